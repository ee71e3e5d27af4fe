/// Everything winnow learns about one document: the JSON contract of `winnow analyze`.
///
/// Field names are a public contract (others score and script against them): add fields,
/// never rename. `title`, `published`, `source` and `byline` are written as `null` when unknown.
public struct Analysis: Codable, Sendable, Equatable {
    public var schema: Int = 1
    public var path: String
    /// `utf-8`, `utf-8-bom`, later `gb18030`, `big5`...
    public var encoding: String
    /// `zh-Hant`, `zh-Hans`, `en` or `other`.
    public var language: String
    public var title: String?
    /// `YYYY-MM-DD`.
    public var published: String?
    public var source: String?
    public var byline: String?
    /// One entry for every non-empty line, in order.
    public var lines: [AnalyzedLine]
    public var regions: [Region]
    public var sections: [Section]
    public var goals: [Finding]
    public var measures: [Finding]
    /// Invalid byte sequences that decoding replaced with U+FFFD.
    public var invalidBytes: Int = 0

    public init(path: String, encoding: String, language: String, title: String? = nil,
                published: String? = nil, source: String? = nil, byline: String? = nil,
                lines: [AnalyzedLine] = [], regions: [Region] = [], sections: [Section] = [],
                goals: [Finding] = [], measures: [Finding] = [], invalidBytes: Int = 0) {
        self.path = path
        self.encoding = encoding
        self.language = language
        self.title = title
        self.published = published
        self.source = source
        self.byline = byline
        self.lines = lines
        self.regions = regions
        self.sections = sections
        self.goals = goals
        self.measures = measures
        self.invalidBytes = invalidBytes
    }

    enum CodingKeys: String, CodingKey {
        case schema, path, encoding, language, title, published, source, byline
        case lines, regions, sections, goals, measures
        case invalidBytes = "invalid_bytes"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(path, forKey: .path)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(language, forKey: .language)
        // Unknown article fields are explicit nulls, so scripts can rely on the keys.
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(source, forKey: .source)
        try c.encode(byline, forKey: .byline)
        try c.encode(lines, forKey: .lines)
        try c.encode(regions, forKey: .regions)
        try c.encode(sections, forKey: .sections)
        try c.encode(goals, forKey: .goals)
        try c.encode(measures, forKey: .measures)
        try c.encode(invalidBytes, forKey: .invalidBytes)
    }

    public var junkLineCount: Int { lines.lazy.filter { $0.kind.isJunk }.count }
    public var spamLineCount: Int { lines.lazy.filter { $0.kind == .spam }.count }
    public var boilerplateLineCount: Int { lines.lazy.filter { $0.kind == .boilerplate }.count }
}
