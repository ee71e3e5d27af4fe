/// What the heading above a line says its items are.
enum SectionContext: Equatable {
    case none
    /// Under a heading that names goals (`發展目標`): every clause is a goal.
    case goals
    /// Under a heading that names measures (`關鍵舉措`, `重點任務`): every item is a measure.
    case measures

    private static let goalHeadings = PhraseSet(["目标"])
    private static let measureHeadings = PhraseSet(["举措", "任务", "措施"])
    private static let numbering = PhraseSet(["(", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "第"])

    /// The context after `heading`: its own when it names one; a numbered sub-heading keeps the
    /// context it sits in; any other heading ends it.
    func after(heading: String) -> SectionContext {
        let text = MatchableText(heading)
        let s = text.seen
        var start = 0
        while start < s.count && CharacterClass.isSpace(s[start]) { start += 1 }
        let all = start..<s.count
        if Self.measureHeadings.occurs(s, in: all) { return .measures }
        if Self.goalHeadings.occurs(s, in: all) { return .goals }
        guard start < s.count else { return self }
        let numbered = CharacterClass.isDigit(s[start])
            || (Self.numbering.match(s, at: start) != nil && s[start..<min(s.count, start + 4)].contains(where: { $0 == "、" || $0 == ")" || $0 == "." || $0 == "是" }))
        return numbered ? self : .none
    }
}
