/// A set of words matched against folded scalars: indexed by first scalar, longest first, so a
/// lookup at a position costs a few comparisons and no allocation.
///
/// Words may be written in either script (they are folded like the text). Words made of ASCII
/// letters only match whole words (`will` does not match inside `willing`).
struct PhraseSet: Sendable {
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]
    /// One bit per Basic Multilingual Plane scalar that starts a word: most positions are
    /// rejected by a bit test, before any hashing.
    private let firstBits: [UInt64]

    init(_ words: [String]) {
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for word in Set(words) where !word.isEmpty {
            let folded = ScriptFolding.fold(word)
            byFirst[folded[0], default: []].append(folded)
        }
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in byFirst.keys {
            byFirst[key]!.sort { $0.count > $1.count }
            if key.value < 0x10000 { bits[Int(key.value >> 6)] |= 1 << UInt64(key.value & 63) }
        }
        self.byFirst = byFirst
        self.firstBits = bits
    }

    /// Whether a word may start with `c` (a bit test; exact only inside the BMP).
    @inline(__always) func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v >= 0x10000 || firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// Length of the longest word starting at `i` and ending by `limit`, if any.
    func match(_ s: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> Int? {
        let end = limit ?? s.count
        guard i < end else { return nil }
        let v = s[i].value
        if v < 0x10000 && firstBits[Int(v >> 6)] & (1 << UInt64(v & 63)) == 0 { return nil }
        guard let candidates = byFirst[s[i]] else { return nil }
        for word in candidates where i + word.count <= end {
            var k = 1
            while k < word.count && s[i + k] == word[k] { k += 1 }
            guard k == word.count else { continue }
            if CharacterClass.isASCIILetter(word[word.count - 1]) {
                // Whole English words only.
                if i + k < s.count && CharacterClass.isASCIILetter(s[i + k]) { continue }
                if i > 0 && CharacterClass.isASCIILetter(s[i - 1]) { continue }
            }
            return word.count
        }
        return nil
    }

    /// The first occurrence inside `range`.
    func firstMatch(_ s: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        var i = range.lowerBound
        while i < range.upperBound {
            if mayStart(s[i]), let n = match(s, at: i, limit: range.upperBound) { return i..<(i + n) }
            i += 1
        }
        return nil
    }

    /// The last occurrence inside `range`.
    func lastMatch(_ s: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            if mayStart(s[i]), let n = match(s, at: i, limit: range.upperBound) { return i..<(i + n) }
            i -= 1
        }
        return nil
    }

    func occurs(_ s: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        firstMatch(s, in: range) != nil
    }

    /// The longest word that ends exactly at `end` (and starts at or after `from`).
    func matchEnding(_ s: [Unicode.Scalar], at end: Int, from: Int = 0) -> Range<Int>? {
        var i = max(from, end - 12)
        while i < end {
            if mayStart(s[i]), let n = longestEnding(s, at: i, end: end) { return i..<(i + n) }
            i += 1
        }
        return nil
    }

    /// A word starting at `i` that ends exactly at `end`.
    private func longestEnding(_ s: [Unicode.Scalar], at i: Int, end: Int) -> Int? {
        guard let candidates = byFirst[s[i]] else { return nil }
        for word in candidates where i + word.count == end {
            // Whole English words only.
            if CharacterClass.isASCIILetter(word[0]) && i > 0 && CharacterClass.isASCIILetter(s[i - 1]) { continue }
            if s[i..<end].elementsEqual(word) { return word.count }
        }
        return nil
    }
}
