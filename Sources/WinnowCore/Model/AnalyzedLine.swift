/// One non-empty line of the decoded text with its label and the rules that decided it.
public struct AnalyzedLine: Codable, Sendable, Equatable {
    /// 1-based line number over the decoded text split on line breaks.
    public var n: Int
    public var kind: LineKind
    /// The line exactly as decoded.
    public var text: String
    /// Names of the rules that decided `kind` (e.g. `keyword-stuffing`, `title-repeat`).
    public var reasons: [String]
    /// Unicode-scalar offsets of the line in the decoded text: `text == decoded[start..<end]`.
    public var start: Int
    public var end: Int
    /// The line with scraper artefacts removed (pinyin annotations such as `導(dǎo)讀` -> `導讀`),
    /// present only when it differs from `text`. Cleaned output prints this.
    public var clean: String?

    public init(n: Int, kind: LineKind, text: String, reasons: [String] = [],
                start: Int, end: Int, clean: String? = nil) {
        self.n = n
        self.kind = kind
        self.text = text
        self.reasons = reasons
        self.start = start
        self.end = end
        self.clean = clean
    }

    /// What a reader sees for this line: the cleaned text when there is one.
    public var displayText: String { clean ?? text }
}
