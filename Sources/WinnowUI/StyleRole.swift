/// What a cell means, not how it looks: themes map roles to colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable {
    case text, title, heading, meta, lead, spam, boilerplate, goal, measure
    case match, matchCurrent, selection, sidebar, status, gutter, border, dim
}
