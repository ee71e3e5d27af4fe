/// SEO titles stuffed with keywords: many short segments joined by `- | _ 、 ,` or spaces with
/// no sentence punctuation, in which the same CJK pairs keep recurring
/// (`久久综合图区亚洲综合图区-久久综合网久久综合-...`).
///
/// Repetition is measured the way FineWeb-2 measures Mandarin documents (the share of characters
/// covered by the most frequent n-gram), but only on lines long enough for the share to mean
/// something and only where the top n-gram occurs at least three times.
struct KeywordStuffingRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        guard line.cjkSentenceMarks == 0, line.cjk >= 12 else { return nil }
        let segments = KeywordStuffingRule.segments(line.scalars)
        let stuffedSegments = segments.count >= 4 && segments.allSatisfy { $0 <= 16 }
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

    private static let separators: Set<UInt32> = [0x2D, 0x7C, 0x5F, 0x3001, 0x2C, 0xFF0C, 0xFF5C, 0x2014, 0x20, 0x3000, 0x09]

    /// Lengths of the separator-delimited segments.
    static func segments(_ s: [Unicode.Scalar]) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        for c in s {
            if separators.contains(c.value) {
                if current > 0 { lengths.append(current) }
                current = 0
            } else {
                current += 1
            }
        }
        if current > 0 { lengths.append(current) }
        return lengths
    }

    /// How often the most frequent CJK n-gram (n = 2 or 3, within runs of ideographs) occurs, and the
    /// share of the line's ideographs its occurrences cover.
    static func topNGramShare(_ s: [Unicode.Scalar], n: Int) -> (count: Int, share: Double) {
        var counts: [UInt64: Int] = [:]
        var cjk = 0, top = 0, run = 0
        var key: UInt64 = 0
        // Ideographs fit in 21 bits: the last n of the current run pack into one key.
        let mask: UInt64 = n >= 3 ? (1 << 63) - 1 : (1 << UInt64(21 * n)) - 1
        for c in s {
            guard ScalarClass.isCJK(c) else { run = 0; key = 0; continue }
            cjk += 1
            run += 1
            key = (key << 21 | UInt64(c.value)) & mask
            guard run >= n else { continue }
            let count = counts[key, default: 0] + 1
            counts[key] = count
            top = max(top, count)
        }
        guard cjk > 0 else { return (0, 0) }
        return (top, Double(n * top) / Double(cjk))
    }
}
