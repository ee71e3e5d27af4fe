/// Headings run into a summary line: `四川省产业政策与目标 - 四川省印发... [1] 重点任务 - 方案提出...`.
///
/// Aggregator summaries put a whole outline on one line: bullets joined by ` - `, citation marks
/// `[1]`, and section names standing right before a bullet. Lines without both marks are left alone. A section name is a short phrase
/// without punctuation between the line start (or a citation mark) and ` - `.
enum InlineHeadings {
    /// A cheap test before `find`: a citation mark and a spaced dash both occur.
    static func mayHold(_ s: [Unicode.Scalar]) -> Bool {
        s.contains("]") && s.indices.dropFirst().dropLast().contains { s[$0] == "-" && s[$0 - 1] == " " && s[$0 + 1] == " " }
    }

    static func find(in s: [Unicode.Scalar]) -> [String] {
        var headings: [String] = []
        var segmentStart = 0
        var bullets = 0, citations = 0
        var k = 0
        while k < s.count {
            if s[k] == "]", k > 0, let open = s[..<k].lastIndex(of: "["), s[(open + 1)..<k].allSatisfy(ScalarClass.isDigit) {
                segmentStart = k + 1
                citations += 1
            } else if s[k] == "-", k > 0, k + 1 < s.count, s[k - 1] == " ", s[k + 1] == " " {
                bullets += 1
                if let heading = phrase(s[segmentStart..<(k - 1)]) { headings.append(heading) }
                segmentStart = k + 1
            }
            k += 1
        }
        // Both marks of the summary shape, so that prose using a dash is left alone.
        return bullets >= 2 && citations >= 1 ? headings : []
    }

    private static func phrase(_ segment: ArraySlice<Unicode.Scalar>) -> String? {
        var s = segment
        while let f = s.first, ScalarClass.isWhitespace(f) { s.removeFirst() }
        while let l = s.last, ScalarClass.isWhitespace(l) { s.removeLast() }
        let visible = s.filter { !ScalarClass.isWhitespace($0) }.count
        guard (4...24).contains(visible), s.contains(where: ScalarClass.isCJK) else { return nil }
        guard !s.contains(where: { ScalarClass.isSentenceFinal($0) || ScalarClass.isClausePunctuation($0) }) else { return nil }
        return String(scalars: s)
    }
}
