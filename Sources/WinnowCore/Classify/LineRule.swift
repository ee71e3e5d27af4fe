/// How sure a rule is.
enum RuleStrength: Int, Sendable, Comparable {
    /// A hint: the line goes only where its context agrees (the top or bottom junk zone).
    case weak = 1
    /// Decides the line wherever it stands.
    case strong = 2

    static func < (a: RuleStrength, b: RuleStrength) -> Bool { a.rawValue < b.rawValue }
}

/// One rule's verdict on one line.
struct RuleHit: Sendable, Equatable {
    var kind: LineKind
    /// The rule's kebab-case name, reported in `AnalyzedLine.reasons`.
    var reason: String
    var strength: RuleStrength
}

/// What a rule may know about the page beyond the line itself.
struct PageContext: Sendable {
    /// The page's dominant written form, when it is Chinese.
    var script: ChineseScriptClass
    var isEnglish: Bool
}

/// A junk rule: looks at one line (and the page's script) and may call it spam or boilerplate.
protocol LineRule: Sendable {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit?
}
