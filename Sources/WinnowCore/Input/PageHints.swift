/// What a container format tells about a page besides its text: an HTML `<title>`, `<h1>` and
/// meta date, a JSONL record's title, url and date, and for HTML the share of each text line that
/// was link text (navigation blocks are mostly links).
public struct PageHints: Sendable, Equatable {
    public var title: String?
    public var headline: String?
    /// As found; `Analyzer` normalises it when the text itself gives no date.
    public var published: String?
    public var url: String?
    /// One entry per line of the derived text (0...1), or empty when unknown.
    public var linkShare: [Double]

    public init(title: String? = nil, headline: String? = nil, published: String? = nil,
                url: String? = nil, linkShare: [Double] = []) {
        self.title = title
        self.headline = headline
        self.published = published
        self.url = url
        self.linkShare = linkShare
    }
}
