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
    /// The deadline an introducing line gave its list (`到2025年，主要目標如下：`).
    var year: Int?
    /// The heading is numbered and only names the targets (`一、工作目標`, `2. Targets`): its
    /// paragraphs are targets too, not only its list items.
    var coversParagraphs = false

    static let none = SectionContext()


    func after(heading: String) -> SectionContext {
        let text = MatchableText(heading)
        let s = text.seen
        var start = 0
        while start < s.count && CharacterClass.isSpace(s[start]) { start += 1 }
        let all = start..<s.count
        let numbering = Self.numbering(s, from: start)
        if Vocabulary.measureHeadings.occurs(text, in: all) { return SectionContext(kind: .measures, numbering: numbering) }
        if Vocabulary.goalHeadings.occurs(text, in: all) {
            // Only a document's numbered heading: a feature's `总体目标` goes on to comment on them.
            return SectionContext(kind: .goals, numbering: numbering,
                                  coversParagraphs: numbering != .none && Self.onlyNamesGoals(text, from: start))
        }
        if numbering != .none && numbering != self.numbering { return self }
        return .none
    }

    /// The context a line ending in a colon gives the list items after it:
    /// `到2025年，主要目標如下：` -> goals with year 2025, `重點任務包括：` -> measures.
    static func introduced(by text: MatchableText, deadlines: DeadlineFinder) -> SectionContext? {
        let s = text.seen
        var end = s.count
        while end > 0 && CharacterClass.isSpace(s[end - 1]) { end -= 1 }
        guard end > 0, s[end - 1] == ":" else { return nil }
        let all = 0..<end
        if Vocabulary.measureHeadings.occurs(text, in: all) { return SectionContext(kind: .measures) }
        let deadline = deadlines.find(in: text, range: all)
        if deadline != nil || Vocabulary.goalHeadings.occurs(text, in: all) {
            return SectionContext(kind: .goals, year: deadline?.year)
        }
        return nil
    }

    /// `一、工作目標`, `（二）主要目标`, `2. Targets`: a short heading, past its numbering, that ends
    /// with the word for targets (not `實現碳中和目標的路徑`, `Why the targets matter`).
    private static func onlyNamesGoals(_ text: MatchableText, from start: Int) -> Bool {
        let s = text.seen
        var end = s.count
        while end > start && (CharacterClass.isSpace(s[end - 1]) || s[end - 1] == ":") { end -= 1 }
        guard let ending = Vocabulary.goalHeadings.matchEnding(text, at: end, from: start) else { return false }
        var words = start
        while words < ending.lowerBound && !(CharacterClass.isHan(s[words]) || CharacterClass.isASCIILetter(s[words])) { words += 1 }
        return ending.upperBound - words <= 8
    }

    private static func numbering(_ s: [Unicode.Scalar], from i: Int) -> Numbering {
        guard i < s.count else { return .none }
        if s[i] == "(" { return .parenthesized }
        var j = i
        while j < s.count && CharacterClass.isDigit(s[j]) { j += 1 }
        if j > i && j < s.count && (s[j] == "." || s[j] == "、" || s[j] == ")") { return .arabic }
        j = i
        while j < s.count && CharacterClass.isChineseCountingDigit(s[j]) { j += 1 }
        if j > i && j < s.count && (s[j] == "、" || s[j] == "是") { return .chinese }
        return .none
    }
}
