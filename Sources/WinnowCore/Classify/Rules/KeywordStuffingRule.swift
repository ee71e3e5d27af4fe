/// SEO titles stuffed with keywords: many short segments joined by `- | _ 、 ,` or spaces with
/// no sentence punctuation, in which the same CJK pairs keep recurring
/// (`久久综合图区亚洲综合图区-久久综合网久久综合-...`).
///
/// Repetition is measured the way FineWeb-2 measures Mandarin documents (the share of characters
/// covered by the most frequent n-gram), but only on lines long enough for the share to mean
/// something and only where the top n-gram occurs at least three times.
struct KeywordStuffingRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        if line.isLatin { return KeywordStuffingRule.englishStuffing(line) }
        guard line.cjkSentenceMarks == 0, line.cjk >= 12 else { return nil }
        let segments = Segments(line.scalars, separatedBy: KeywordStuffingRule.isSeparator)
        let stuffedSegments = segments.count >= 4 && segments.longest <= 16
        // Keyword phrases recur whole (`免费电影` five times); an enumeration repeats at most a
        // two-character prefix (`电子政务,电子商务`), so the strong test counts trigrams.
        let trigrams = KeywordStuffingRule.topNGramShare(line.scalars, n: 3)
        if stuffedSegments ? trigrams.count >= 3 && trigrams.share >= 0.25 : trigrams.count >= 4 && trigrams.share >= 0.4 {
            return RuleHit(kind: .spam, reason: "keyword-stuffing", strength: .strong)
        }
        if stuffedSegments && line.cjk >= 20 && KeywordStuffingRule.topNGramShare(line.scalars, n: 2).count >= 2 {
            return RuleHit(kind: .spam, reason: "keyword-stuffing", strength: .weak)
        }
        return nil
    }

    /// English search phrases strung together (`best vpn china 2025 free download, vpn for china
    /// that works, free vpn apk for android, …`): four or more phrases between commas or bars, in
    /// lower case, no sentence, one word of three letters or more (not a small word such as `the`)
    /// in three of them at least.
    static func englishStuffing(_ line: LineFeatures) -> RuleHit? {
        guard !line.endsLikeSentence, line.words >= 12, line.capitalizedWords * 5 <= line.words else { return nil }
        let s = line.scalars
        let phrases = Segments(s) { $0 == "," || $0 == "|" }
        guard phrases.count >= 4, phrases.longest <= 60 else { return nil }
        var words: [ArraySlice<Unicode.Scalar>] = []
        var i = 0
        while i < s.count {
            guard ScalarClass.isASCIILetter(s[i]) else { i += 1; continue }
            let start = i
            while i < s.count && ScalarClass.isASCIILetter(s[i]) { i += 1 }
            if i - start >= 3 && !EnglishWords.titleLinkWords.contains(s, start..<i) { words.append(s[start..<i]) }
        }
        let top = words.indices.map { k in words[k...].count { $0.elementsEqual(words[k]) } }.max() ?? 0
        guard top >= 3 else { return nil }
        return RuleHit(kind: .spam, reason: "keyword-stuffing", strength: top >= 4 ? .strong : .weak)
    }

    /// `- | _ 、 , ， ｜ —`, space, ideographic space and tab.
    static func isSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x7C, 0x5F, 0x3001, 0x2C, 0xFF0C, 0xFF5C, 0x2014, 0x20, 0x3000, 0x09: return true
        default: return false
        }
    }

    /// How often the most frequent CJK n-gram (n = 2 or 3, within runs of ideographs) occurs, and the
    /// share of the line's ideographs its occurrences cover.
    static func topNGramShare(_ s: [Unicode.Scalar], n: Int) -> (count: Int, share: Double) {
        // Ideographs fit in 21 bits: the last n of the current run pack into one key. The keys
        // are counted in an open-addressing table on the stack, twice as large as the line.
        let mask: UInt64 = n >= 3 ? (1 << 63) - 1 : (1 << UInt64(21 * n)) - 1
        var capacity = 16
        while capacity < 2 * s.count { capacity *= 2 }
        return withUnsafeTemporaryAllocation(of: (key: UInt64, count: Int).self, capacity: capacity) { table in
            table.initialize(repeating: (0, 0))
            let slotMask = capacity - 1
            var cjk = 0, top = 0, run = 0
            var key: UInt64 = 0
            for c in s {
                guard ScalarClass.isCJK(c) else { run = 0; key = 0; continue }
                cjk += 1
                run += 1
                key = (key << 21 | UInt64(c.value)) & mask
                guard run >= n else { continue }
                // Keys are never 0 (ideographs are not U+0000), so a zero key marks a free slot.
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & slotMask
                while table[slot].key != 0 && table[slot].key != key { slot = (slot + 1) & slotMask }
                table[slot].key = key
                table[slot].count += 1
                top = max(top, table[slot].count)
            }
            guard cjk > 0 else { return (0, 0) }
            return (top, Double(n * top) / Double(cjk))
        }
    }
}
