/// The non-empty runs between separators in a line, summarised: how many, and the shortest and
/// longest run's length (in scalars).
struct Segments {
    private(set) var count = 0
    private(set) var shortest = Int.max
    private(set) var longest = 0

    init(_ s: [Unicode.Scalar], separatedBy isSeparator: (Unicode.Scalar) -> Bool) {
        var current = 0
        for c in s {
            if isSeparator(c) {
                close(current)
                current = 0
            } else {
                current += 1
            }
        }
        close(current)
    }

    private mutating func close(_ length: Int) {
        guard length > 0 else { return }
        count += 1
        shortest = min(shortest, length)
        longest = max(longest, length)
    }
}
