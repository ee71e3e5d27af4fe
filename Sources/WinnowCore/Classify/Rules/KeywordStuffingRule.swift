/// SEO titles stuffed with keywords: many short segments joined by `- | _ 、 ,` or spaces with
/// no sentence punctuation, in which the same CJK pairs keep recurring
/// (`久久综合图区亚洲综合图区-久久综合网久久综合-...`).
///
/// Repetition alone is measured the way FineWeb-2 measures Mandarin documents (the share of
/// characters covered by the most frequent bigram), but only on lines long enough for the share
/// to mean something and only where the top bigram occurs at least three times.
struct KeywordStuffingRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        guard line.cjkSentenceMarks == 0, line.cjk >= 12 else { return nil }
        let segments = KeywordStuffingRule.segments(line.scalars)
        let repetition = KeywordStuffingRule.topBigramShare(line.scalars)
        let stuffedSegments = segments.count >= 4 && segments.allSatisfy { $0 <= 16 }
        // Segmented lines need less repetition than run-on ones (a table row may repeat `方案`).
        if stuffedSegments ? repetition.count >= 3 && repetition.share >= 0.2 : repetition.count >= 4 && repetition.share >= 0.4 {
            return RuleHit(kind: .spam, reason: "keyword-stuffing", strength: .strong)
        }
        if stuffedSegments && segments.count >= 4 && repetition.count >= 2 && line.cjk >= 20 {
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

    /// How often the most frequent CJK bigram occurs, and the share of CJK characters it covers.
    static func topBigramShare(_ s: [Unicode.Scalar]) -> (count: Int, share: Double) {
        var counts: [UInt64: Int] = [:]
        var cjk = 0
        var previous: Unicode.Scalar? = nil
        var top = 0
        for c in s {
            guard ScalarClass.isCJK(c) else { previous = nil; continue }
            cjk += 1
            if let p = previous {
                let key = UInt64(p.value) << 32 | UInt64(c.value)
                let n = counts[key, default: 0] + 1
                counts[key] = n
                top = max(top, n)
            }
            previous = c
        }
        guard cjk > 0 else { return (0, 0) }
        return (top, Double(2 * top) / Double(cjk))
    }
}
