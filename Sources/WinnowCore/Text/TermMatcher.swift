/// Finds every occurrence of a fixed set of terms in a line of scalars, in one pass.
///
/// Terms are grouped by their first scalar; a table over the Basic Multilingual Plane says at
/// once whether a scalar starts any term, and only those terms are tried, longest first. A match
/// consumes its span (leftmost-longest, non-overlapping). ASCII letters match case-insensitively;
/// a term that begins or ends with an ASCII letter only matches at a word boundary, so `share`
/// does not match inside `shareholder`.
struct TermMatcher: Sendable {
    struct Match: Sendable, Equatable {
        /// Index of the term in the list the matcher was built from.
        var term: Int
        /// Scalar offsets of the match in the line.
        var start: Int
        var end: Int
    }

    private let terms: [[Unicode.Scalar]]
    /// For each BMP scalar, 0 or 1 + the index of its group in `groupRanges`.
    private let groupOfScalar: [UInt16]
    /// Each group is a range of `order`.
    private let groupRanges: [Range<Int>]
    /// Term indices grouped by first scalar, longest first within a group.
    private let order: [Int]
    /// Terms starting outside the BMP (rare), by first scalar.
    private let astral: [UInt32: [Int]]

    init(_ terms: [String]) {
        let scalars = terms.map { $0.unicodeScalars.map(TermMatcher.fold) }
        self.terms = scalars
        var groups: [UInt32: [Int]] = [:]
        for (i, term) in scalars.enumerated() where !term.isEmpty {
            groups[term[0].value, default: []].append(i)
        }
        var groupOfScalar = [UInt16](repeating: 0, count: 0x10000)
        var ranges: [Range<Int>] = []
        var order: [Int] = []
        var astral: [UInt32: [Int]] = [:]
        for key in groups.keys.sorted() {
            let group = groups[key]!.sorted { scalars[$0].count > scalars[$1].count }
            if key > 0xFFFF {
                astral[key] = group
                continue
            }
            ranges.append(order.count..<(order.count + group.count))
            order.append(contentsOf: group)
            groupOfScalar[Int(key)] = UInt16(ranges.count)
        }
        self.groupOfScalar = groupOfScalar
        self.groupRanges = ranges
        self.order = order
        self.astral = astral
    }

    /// All non-overlapping matches, left to right.
    func matches(in line: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < line.count {
            if let t = term(at: i, in: line) {
                found.append(Match(term: t, start: i, end: i + terms[t].count))
                i += terms[t].count
            } else {
                i += 1
            }
        }
        return found
    }

    /// True when any term occurs in the line.
    func occurs(in line: [Unicode.Scalar]) -> Bool {
        for i in line.indices where term(at: i, in: line) != nil { return true }
        return false
    }

    /// The longest term matching at `i`, or nil.
    @inline(__always)
    private func term(at i: Int, in line: [Unicode.Scalar]) -> Int? {
        let v = TermMatcher.fold(line[i]).value
        if v <= 0xFFFF {
            let group = Int(groupOfScalar[Int(v)])
            guard group != 0 else { return nil }
            for k in groupRanges[group - 1] where matches(terms[order[k]], in: line, at: i) { return order[k] }
            return nil
        }
        return astral[v]?.first { matches(terms[$0], in: line, at: i) }
    }

    private func matches(_ term: [Unicode.Scalar], in line: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + term.count <= line.count else { return false }
        for k in 1..<max(1, term.count) where TermMatcher.fold(line[i + k]) != term[k] { return false }
        if ScalarClass.isASCIILetter(term[0]), i > 0, ScalarClass.isASCIILetter(line[i - 1]) { return false }
        if let lastScalar = term.last, ScalarClass.isASCIILetter(lastScalar), i + term.count < line.count,
           ScalarClass.isASCIILetter(line[i + term.count]) { return false }
        return true
    }

    /// ASCII upper case to lower case; every other scalar unchanged.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 32)! : s
    }
}
