/// Where the words of every `Vocabulary` list start in a line, found in one pass (`Lexicon`),
/// so that the many questions the readers ask of each clause are lookups, not scans.
///
/// For each position: one bit per list with a word starting there and, for each such list, the
/// lengths of its words there as bits (bit n: a word of n scalars). Two sets of lengths are kept
/// because the two ways of asking check English word edges differently: a word read forward
/// from a position (`match`, `firstMatch`) that ends in a letter must stand alone on both sides;
/// a word read back from where it ends (`matchEnding`) that starts with a letter must have no
/// letter before it.
struct WordHits {
    /// Per position, one bit per list with a word starting there (the first `count` are this
    /// line's; the buffers are kept from line to line).
    private var present: [UInt64] = []
    /// Per position, where its entries start in `entries` (one per bit of `present`, in list order).
    private var firstEntry: [Int32] = []
    /// Lengths read forward in the low 32 bits, read back in the high 32 bits.
    private var entries: [UInt64] = []
    /// The lists with a word anywhere in the line: most questions end here.
    private(set) var lists: UInt64 = 0
    /// The line's length.
    private var count = 0

    init() {}

    mutating func reserve(_ n: Int) {
        guard present.count < n else { return }
        // Grown rather than made with `init(repeating:count:)`, whose generic storage-type
        // lookup costs more than a short line's scan.
        present.append(contentsOf: repeatElement(0, count: n - present.count))
        firstEntry.append(contentsOf: repeatElement(0, count: n - firstEntry.count))
        entries.reserveCapacity(n)
    }

    /// Finds the words of every list in `s`, replacing the previous line's.
    mutating func index(_ s: [Unicode.Scalar]) {
        let n = s.count
        count = n
        reserve(n)
        present.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[0..<n]).update(repeating: 0) }
        entries.removeAll(keepingCapacity: true)
        var lineLists: UInt64 = 0
        let lexicon = Lexicon.shared
        // Lengths found at the current position, per list (forward | back << 32).
        // Unsafe views of the line and the trie: this loop runs for every scalar of every
        // article line.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { scratch in
        scratch.initialize(repeating: 0)
        s.withUnsafeBufferPointer { s in
        present.withUnsafeMutableBufferPointer { present in
        firstEntry.withUnsafeMutableBufferPointer { firstEntry in
        let firstNode = lexicon.firstNode, childStart = lexicon.childStart, childScalars = lexicon.childScalars
        let childNodes = lexicon.childNodes, nodeLists = lexicon.lists, pairFilter = lexicon.pairFilter
            for i in 0..<n {
                let first = s[i].value
                guard first < 0x10000 else { continue }
                var node = Int(firstNode[Int(first)])
                guard node != 0 else { continue }
                if nodeLists[node] == 0 {
                    // The first scalar alone is no word: a word needs its first two scalars.
                    guard i + 1 < n else { continue }
                    let bit = Lexicon.pairBit(first, s[i + 1].value)
                    guard pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                }
                let freeBefore = i == 0 || !CharacterClass.isASCIILetter(s[i - 1])
                let startsWithLetter = CharacterClass.isASCIILetter(s[i])
                if startsWithLetter && !freeBefore && lexicon.letterWordsStandAlone { continue }
                var length = 1
                var found: UInt64 = 0
                while true {
                    let lists = nodeLists[node]
                    if lists != 0 {
                        // A word ending in a letter stands alone (`will`, not `willing`).
                        let endsWithLetter = CharacterClass.isASCIILetter(s[i + length - 1])
                        let freeAfter = i + length >= n || !CharacterClass.isASCIILetter(s[i + length])
                        let bit = UInt64(1) << UInt64(length)
                        let forward = !endsWithLetter || (freeBefore && freeAfter) ? bit : 0
                        let back = !startsWithLetter || freeBefore ? bit << 32 : 0
                        var each = lists
                        while each != 0 {
                            scratch[each.trailingZeroBitCount] |= forward | back
                            each &= each - 1
                        }
                        found |= lists
                    }
                    guard i + length < n else { break }
                    let next = s[i + length].value
                    var k = Int(childStart[node])
                    let end = Int(childStart[node + 1])
                    while k < end && childScalars[k] < next { k += 1 }
                    guard k < end && childScalars[k] == next else { break }
                    node = Int(childNodes[k])
                    length += 1
                }
                guard found != 0 else { continue }
                present[i] = found
                firstEntry[i] = Int32(entries.count)
                lineLists |= found
                var each = found
                while each != 0 {
                    let list = each.trailingZeroBitCount
                    entries.append(scratch[list])
                    scratch[list] = 0
                    each &= each - 1
                }
            }
        }}}}
        self.lists = lineLists
    }

    /// `list`'s word lengths at `i` (forward | back << 32), given `bit` is set in `bits = present[i]`.
    @inline(__always) private func entry(_ bits: UInt64, _ bit: UInt64, at i: Int) -> UInt64 {
        entries[Int(firstEntry[i]) + (bits & (bit &- 1)).nonzeroBitCount]
    }

    /// The lists with a word starting at `i`.
    @inline(__always) func lists(at i: Int) -> UInt64 { present[i] }

    /// Lengths of `list`'s words starting at `i`, as bits, for reading forward.
    @inline(__always) func forwardLengths(_ list: Vocabulary, at i: Int) -> UInt32 {
        let bit = UInt64(1) << UInt64(list.rawValue)
        let bits = present[i]
        guard bits & bit != 0 else { return 0 }
        return UInt32(truncatingIfNeeded: entry(bits, bit, at: i))
    }

    /// Length of the longest word of `list` starting at `i` and ending by `limit`.
    @inline(__always) func match(_ list: Vocabulary, at i: Int, limit: Int) -> Int? {
        let bit = UInt64(1) << UInt64(list.rawValue)
        guard lists & bit != 0 else { return nil }
        let end = min(limit, count)
        guard i >= 0, i < end else { return nil }
        let lengths = forwardLengths(list, at: i) & Self.upTo(end - i)
        return lengths == 0 ? nil : Self.longest(lengths)
    }

    /// The first word of `list` inside `range`.
    func firstMatch(_ list: Vocabulary, in range: Range<Int>) -> Range<Int>? {
        let bit = UInt64(1) << UInt64(list.rawValue)
        guard lists & bit != 0 else { return nil }
        return present.withUnsafeBufferPointer { present in
            var i = range.lowerBound
            while i < range.upperBound {
                let bits = present[i]
                if bits & bit != 0 {
                    let lengths = UInt32(truncatingIfNeeded: entry(bits, bit, at: i)) & Self.upTo(range.upperBound - i)
                    if lengths != 0 { return i..<(i + Self.longest(lengths)) }
                }
                i += 1
            }
            return nil
        }
    }

    /// The longest word of `list` (of at most 12 scalars) that ends exactly at `end` and starts
    /// at or after `from`.
    func matchEnding(_ list: Vocabulary, at end: Int, from: Int) -> Range<Int>? {
        let bit = UInt64(1) << UInt64(list.rawValue)
        guard lists & bit != 0 else { return nil }
        var i = max(from, end - 12)
        while i < end {
            let bits = present[i]
            if bits & bit != 0 && entry(bits, bit, at: i) & (UInt64(1) << UInt64(32 + end - i)) != 0 { return i..<end }
            i += 1
        }
        return nil
    }

    /// Length bits of at most `n` scalars.
    @inline(__always) private static func upTo(_ n: Int) -> UInt32 {
        n >= 31 ? UInt32.max : (UInt32(2) << UInt32(n)) &- 1
    }

    /// The longest length among `bits`.
    @inline(__always) private static func longest(_ bits: UInt32) -> Int {
        31 - bits.leadingZeroBitCount
    }
}

extension Vocabulary {
    /// Whether a word of the list is anywhere in the line: readers that scan a clause for the
    /// list's words skip the scan when not.
    @inline(__always)
    func isIn(_ text: MatchableText) -> Bool {
        text.hits.lists & (UInt64(1) << UInt64(rawValue)) != 0
    }

    /// Length of the longest word of the list starting at `i` and ending by `limit` (the end of
    /// the line by default), if any.
    @inline(__always)
    func match(_ text: MatchableText, at i: Int, limit: Int? = nil) -> Int? {
        text.hits.match(self, at: i, limit: limit ?? text.count)
    }

    /// The first word of the list inside `range`.
    @inline(__always)
    func firstMatch(_ text: MatchableText, in range: Range<Int>) -> Range<Int>? {
        text.hits.firstMatch(self, in: range)
    }

    @inline(__always)
    func occurs(_ text: MatchableText, in range: Range<Int>) -> Bool {
        text.hits.firstMatch(self, in: range) != nil
    }

    /// Whether a word of the list starts at `i` (whatever its length, whichever way it is
    /// read): one load, a cheap test before `match` in loops over a clause.
    @inline(__always)
    func startsAt(_ text: MatchableText, _ i: Int) -> Bool {
        text.hits.lists(at: i) & (UInt64(1) << UInt64(rawValue)) != 0
    }

    /// The longest word of the list (of at most 12 scalars) that ends exactly at `end` and
    /// starts at or after `from`.
    @inline(__always)
    func matchEnding(_ text: MatchableText, at end: Int, from: Int = 0) -> Range<Int>? {
        text.hits.matchEnding(self, at: end, from: from)
    }
}
