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
        var out: [UInt8] = []
        append(analysis, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends what `format` returns, as UTF-8, to `out`.
    public func append(_ analysis: Analysis, to out: inout [UInt8]) {
        var wroteAny = false
        for line in analysis.lines where line.kind.isArticle {
            let text = line.displayText
            guard let trimmed = text.whitespaceTrimmedRange() else { continue }
            if wroteAny { out.append(0x0A); out.append(0x0A) }
            wroteAny = true
            let (prefix, suffix) = markup(line.kind)
            out.append(contentsOf: prefix.utf8)
            out.append(contentsOf: text.utf8[trimmed])
            out.append(contentsOf: suffix.utf8)
        }
        if wroteAny { out.append(0x0A) }
    }

    /// What goes around a line of this kind.
    private func markup(_ kind: LineKind) -> (prefix: String, suffix: String) {
        guard style == .markdown else { return ("", "") }
        switch kind {
        case .title: return ("# ", "")
        case .heading: return ("## ", "")
        case .meta, .byline, .caption: return ("*", "*")
        case .lead: return ("> ", "")
        default: return ("", "")
        }
    }
}

extension StringProtocol {
    /// Trims ASCII and Unicode white space, including the ideographic space U+3000.
    func trimmingWhitespace() -> String {
        guard let range = whitespaceTrimmedRange() else { return "" }
        return String(String.UnicodeScalarView(unicodeScalars[range]))
    }

    /// The text without leading and trailing white space (Unicode `White_Space`), or nil when
    /// nothing else is left.
    func whitespaceTrimmedRange() -> Range<Index>? {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return first..<scalars.index(after: last)
    }
}
