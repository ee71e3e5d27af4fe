/// The one label every non-empty line of a page gets.
///
/// Seven kinds belong to the article; `boilerplate` (site furniture: navigation, share rows,
/// disclaimers, contact lines) and `spam` (SEO keyword stuffing, link farms, injected
/// vocabulary or markup) are the junk that cleaning removes. The browser colours the two
/// junk kinds differently, so the difference matters.
public enum LineKind: String, Codable, Sendable, CaseIterable, Hashable {
    case title, meta, lead, heading, body, byline, caption, boilerplate, spam

    /// Junk is what `winnow clean` drops.
    public var isJunk: Bool { self == .boilerplate || self == .spam }
    /// Article kinds are the ones `winnow clean` keeps.
    public var isArticle: Bool { !isJunk }
}
