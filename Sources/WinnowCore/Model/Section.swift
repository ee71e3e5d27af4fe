/// A section heading of the article outline.
public struct Section: Codable, Sendable, Equatable {
    /// The heading text, stripped of surrounding white space.
    public var title: String
    /// Its 1-based line number.
    public var line: Int

    public init(title: String, line: Int) {
        self.title = title
        self.line = line
    }
}
