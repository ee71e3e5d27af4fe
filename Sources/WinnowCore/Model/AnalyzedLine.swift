/// One non-empty line of the decoded text with its label and the rules that decided it.
public struct AnalyzedLine: Codable, Sendable, Equatable {
    /// 1-based line number over the decoded text split on line breaks.
    public var n: Int
    public var kind: LineKind
    /// The line exactly as decoded: a slice sharing the decoded text's storage, so an analysis
    /// does not hold a second copy of its page.
    public var text: Substring
    /// Names of the rules that decided `kind` (e.g. `keyword-stuffing`, `title-repeat`).
    public var reasons: [String]
    /// Unicode-scalar offsets of the line in the decoded text: `text == decoded[start..<end]`.
    public var start: Int
    public var end: Int
    /// The line with scraper artefacts removed (pinyin annotations such as `導(dǎo)讀` -> `導讀`),
    /// present only when it differs from `text`. Cleaned output prints this.
    public var clean: String?

    public init(n: Int, kind: LineKind, text: Substring, reasons: [String] = [],
                start: Int, end: Int, clean: String? = nil) {
        self.n = n
        self.kind = kind
        self.text = text
        self.reasons = reasons
        self.start = start
        self.end = end
        self.clean = clean
    }

    public init(n: Int, kind: LineKind, text: String, reasons: [String] = [],
                start: Int, end: Int, clean: String? = nil) {
        self.init(n: n, kind: kind, text: Substring(text), reasons: reasons, start: start, end: end, clean: clean)
    }

    /// What a reader sees for this line: the cleaned text when there is one.
    public var displayText: Substring { clean.map { Substring($0) } ?? text }

    enum CodingKeys: String, CodingKey { case n, kind, text, reasons, start, end, clean }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(n: try c.decode(Int.self, forKey: .n), kind: try c.decode(LineKind.self, forKey: .kind),
                  text: try c.decode(String.self, forKey: .text), reasons: try c.decode([String].self, forKey: .reasons),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  clean: try c.decodeIfPresent(String.self, forKey: .clean))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(n, forKey: .n)
        try c.encode(kind, forKey: .kind)
        try c.encode(String(text), forKey: .text)
        try c.encode(reasons, forKey: .reasons)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encodeIfPresent(clean, forKey: .clean)
    }
}
