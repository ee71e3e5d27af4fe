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
    /// Per position, one bit per list with a word starting there.
    private var present: [UInt64]
    /// Per position, where its entries start in `forward` and `backward` (one per bit of
    /// `present`, in list order).
    private var firstEntry: [Int32]
    private var forward: [UInt32] = []
    private var backward: [UInt32] = []

    init(_ s: [Unicode.Scalar]) {
        let n = s.count
        present = [UInt64](repeating: 0, count: n)
        firstEntry = [Int32](repeating: 0, count: n)
        let lexicon = Lexicon.shared
        // Lengths found at the current position, per list.
        var forwardScratch = [UInt32](repeating: 0, count: 64)
        var backwardScratch = [UInt32](repeating: 0, count: 64)
        var forward: [UInt32] = []
        var backward: [UInt32] = []
        s.withUnsafeBufferPointer { s in
            lexicon.firstNode.withUnsafeBufferPointer { firstNode in
            lexicon.childStart.withUnsafeBufferPointer { childStart in
            lexicon.childScalars.withUnsafeBufferPointer { childScalars in
            lexicon.childNodes.withUnsafeBufferPointer { childNodes in
            lexicon.lists.withUnsafeBufferPointer { nodeLists in
                for i in 0..<n {
                    let first = s[i].value
                    guard first < 0x10000 else { continue }
                    var node = Int(firstNode[Int(first)])
                    guard node != 0 else { continue }
                    let freeBefore = i == 0 || !CharacterClass.isASCIILetter(s[i - 1])
                    let startsWithLetter = CharacterClass.isASCIILetter(s[i])
                    var length = 1
                    var found: UInt64 = 0
                    while true {
                        let lists = nodeLists[node]
                        if lists != 0 {
                            // A word ending in a letter stands alone (`will`, not `willing`).
                            let endsWithLetter = CharacterClass.isASCIILetter(s[i + length - 1])
                            let freeAfter = i + length >= n || !CharacterClass.isASCIILetter(s[i + length])
                            let bit = UInt32(1) << UInt32(length)
                            let forwardBit = !endsWithLetter || (freeBefore && freeAfter) ? bit : 0
                            let backwardBit = !startsWithLetter || freeBefore ? bit : 0
                            var each = lists
                            while each != 0 {
                                let list = each.trailingZeroBitCount
                                forwardScratch[list] |= forwardBit
                                backwardScratch[list] |= backwardBit
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
                    firstEntry[i] = Int32(forward.count)
                    var each = found
                    while each != 0 {
                        let list = each.trailingZeroBitCount
                        forward.append(forwardScratch[list])
                        backward.append(backwardScratch[list])
                        forwardScratch[list] = 0
                        backwardScratch[list] = 0
                        each &= each - 1
                    }
                }
            }}}}}
        }
        self.forward = forward
        self.backward = backward
    }

    var count: Int { present.count }

    /// Lengths of `list`'s words starting at `i`, as bits, for reading forward.
    @inline(__always) func forwardLengths(_ list: Vocabulary, at i: Int) -> UInt32 {
        let bits = present[i]
        let bit = UInt64(1) << UInt64(list.rawValue)
        guard bits & bit != 0 else { return 0 }
        return forward[Int(firstEntry[i]) + (bits & (bit - 1)).nonzeroBitCount]
    }

    /// Lengths of `list`'s words starting at `i`, as bits, for reading back from their end.
    @inline(__always) func backwardLengths(_ list: Vocabulary, at i: Int) -> UInt32 {
        let bits = present[i]
        let bit = UInt64(1) << UInt64(list.rawValue)
        guard bits & bit != 0 else { return 0 }
        return backward[Int(firstEntry[i]) + (bits & (bit - 1)).nonzeroBitCount]
    }

    /// Length bits of at most `n` scalars.
    @inline(__always) static func upTo(_ n: Int) -> UInt32 {
        n >= 31 ? UInt32.max : (UInt32(2) << UInt32(n)) &- 1
    }

    /// The longest length among `bits`.
    @inline(__always) static func longest(_ bits: UInt32) -> Int {
        31 - bits.leadingZeroBitCount
    }
}

extension Vocabulary {
    /// Length of the longest word of the list starting at `i` and ending by `limit` (the end of
    /// the line by default), if any.
    @inline(__always)
    func match(_ text: MatchableText, at i: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? text.count, text.count)
        guard i >= 0, i < end else { return nil }
        let bits = text.hits.forwardLengths(self, at: i) & WordHits.upTo(end - i)
        return bits == 0 ? nil : WordHits.longest(bits)
    }

    /// The first word of the list inside `range`.
    func firstMatch(_ text: MatchableText, in range: Range<Int>) -> Range<Int>? {
        let hits = text.hits
        var i = range.lowerBound
        while i < range.upperBound {
            let bits = hits.forwardLengths(self, at: i) & WordHits.upTo(range.upperBound - i)
            if bits != 0 { return i..<(i + WordHits.longest(bits)) }
            i += 1
        }
        return nil
    }

    func occurs(_ text: MatchableText, in range: Range<Int>) -> Bool {
        firstMatch(text, in: range) != nil
    }

    /// The longest word of the list (of at most 12 scalars) that ends exactly at `end` and
    /// starts at or after `from`.
    func matchEnding(_ text: MatchableText, at end: Int, from: Int = 0) -> Range<Int>? {
        var i = max(from, end - 12)
        while i < end {
            if text.hits.backwardLengths(self, at: i) & (UInt32(1) << UInt32(end - i)) != 0 { return i..<end }
            i += 1
        }
        return nil
    }
}
