/// What classification and structure recovery produce for one page.
public struct ClassifiedPage: Sendable, Equatable {
    /// One entry per non-empty line, in order, each with exactly one kind.
    public var lines: [AnalyzedLine]
    public var language: String
    public var title: String?
    public var published: String?
    public var source: String?
    public var byline: String?
    public var sections: [Section]

    public init(lines: [AnalyzedLine], language: String, title: String? = nil, published: String? = nil,
                source: String? = nil, byline: String? = nil, sections: [Section] = []) {
        self.lines = lines
        self.language = language
        self.title = title
        self.published = published
        self.source = source
        self.byline = byline
        self.sections = sections
    }
}
