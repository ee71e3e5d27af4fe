import WinnowCore

/// The raw text of a document before its analysis is done: every non-blank line, unlabelled.
///
/// A large page takes longer to analyse than a frame may wait, so the browser shows this in the
/// raw view at once and swaps in the analysis when it arrives (the reader is never left with a
/// blank screen).
enum ArticlePreview {
    /// Smaller pages are analysed within about 50 ms: they open straight on the cleaned view.
    static let minimumBytes = 512 * 1024

    static func isWorthShowing(_ document: LoadedDocument) -> Bool {
        document.source.text.utf8.count >= minimumBytes
    }

    static func analysis(of document: LoadedDocument) -> Analysis {
        let source = document.source
        var lines: [AnalyzedLine] = []
        lines.reserveCapacity(source.lines.count)
        for (i, line) in source.lines.enumerated() where !isBlank(line) {
            let start = source.lineStarts[i]
            // A line ends one scalar before the next one starts (its `\n`); the line table has
            // the offsets already, so no line is counted again.
            let end = i + 1 < source.lineStarts.count ? source.lineStarts[i + 1] - 1 : source.scalarCount
            lines.append(AnalyzedLine(n: i + 1, kind: .body, text: String(line), start: start, end: end))
        }
        return Analysis(path: document.path, encoding: source.encoding, language: "other", lines: lines)
    }

    /// Only white space. Decided on the first bytes for almost every line.
    private static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0B, 0x0C, 0x0D: continue
            case ..<0x80: return false
            default: return !line.unicodeScalars.contains { !$0.properties.isWhitespace }
            }
        }
        return true
    }
}
