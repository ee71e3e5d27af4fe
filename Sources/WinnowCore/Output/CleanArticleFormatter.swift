/// Writes the cleaned article: only article lines, junk removed, scraper artefacts fixed.
public struct CleanArticleFormatter: Sendable {
    public enum Style: String, Sendable, CaseIterable {
        case text, markdown
    }

    public var style: Style

    public init(style: Style = .text) {
        self.style = style
    }

    /// Paragraphs are separated by one blank line; the result ends with a newline
    /// (or is empty when the page had no article lines).
    public func format(_ analysis: Analysis) -> String {
        var blocks: [String] = []
        for line in analysis.lines where line.kind.isArticle {
            let text = line.displayText.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            switch (style, line.kind) {
            case (.markdown, .title): blocks.append("# " + text)
            case (.markdown, .heading): blocks.append("## " + text)
            case (.markdown, .meta), (.markdown, .byline), (.markdown, .caption): blocks.append("*" + text + "*")
            case (.markdown, .lead): blocks.append("> " + text)
            default: blocks.append(text)
            }
        }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }
}

extension StringProtocol {
    /// Trims ASCII and Unicode white space, including the ideographic space U+3000.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
