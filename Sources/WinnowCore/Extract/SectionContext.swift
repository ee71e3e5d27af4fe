/// What the headings above a line say its items are.
///
/// A heading that names goals (`發展目標`) or measures (`關鍵舉措`, `重點任務`) sets the context.
/// A numbered sub-heading (`1. 強化科技創新` under `關鍵舉措`) keeps it; a heading numbered like
/// the one that set it (`五、背景` after `四、重點任務`), or any unnumbered heading, ends it.
struct SectionContext: Equatable {
    enum Kind: Equatable {
        case none
        /// Every clause is a goal.
        case goals
        /// Every one-sentence item is a measure.
        case measures
    }

    /// How a heading is numbered: `一、`, `(一)`, `1.`, or not at all.
    enum Numbering: Equatable { case none, chinese, parenthesized, arabic }

    var kind: Kind = .none
    /// The numbering of the heading that set `kind`.
    var numbering: Numbering = .none

    static let none = SectionContext()

    private static let goalHeadings = PhraseSet(["目标"])
    private static let measureHeadings = PhraseSet(["举措", "任务", "措施"])
    private static let chineseNumerals = "一二三四五六七八九十".unicodeScalars

    func after(heading: String) -> SectionContext {
        let s = MatchableText(heading).seen
        var start = 0
        while start < s.count && CharacterClass.isSpace(s[start]) { start += 1 }
        let all = start..<s.count
        let numbering = Self.numbering(s, from: start)
        if Self.measureHeadings.occurs(s, in: all) { return SectionContext(kind: .measures, numbering: numbering) }
        if Self.goalHeadings.occurs(s, in: all) { return SectionContext(kind: .goals, numbering: numbering) }
        if numbering != .none && numbering != self.numbering { return self }
        return .none
    }

    private static func numbering(_ s: [Unicode.Scalar], from i: Int) -> Numbering {
        guard i < s.count else { return .none }
        if s[i] == "(" { return .parenthesized }
        var j = i
        while j < s.count && CharacterClass.isDigit(s[j]) { j += 1 }
        if j > i && j < s.count && (s[j] == "." || s[j] == "、" || s[j] == ")") { return .arabic }
        j = i
        while j < s.count && chineseNumerals.contains(s[j]) { j += 1 }
        if j > i && j < s.count && (s[j] == "、" || s[j] == "是") { return .chinese }
        return .none
    }
}
