import WinnowCore

/// The raw text of a document before its analysis is done: every non-blank line, unlabelled.
///
/// A large page takes longer to analyse than a frame may wait, so the browser shows this in the
/// raw view at once and swaps in the analysis when it arrives (the reader is never left with a
/// blank screen).
enum ArticlePreview {
    /// Smaller pages are analysed within a frame or two: they open straight on the cleaned view.
    static let minimumBytes = 128 * 1024

    static func isWorthShowing(_ document: LoadedDocument) -> Bool {
        document.source.text.utf8.count >= minimumBytes
    }

    static func analysis(of document: LoadedDocument) -> Analysis {
        let source = document.source
        var lines: [AnalyzedLine] = []
        for (i, line) in source.lines.enumerated() where line.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            let start = source.lineStarts[i]
            lines.append(AnalyzedLine(n: i + 1, kind: .body, text: String(line), start: start,
                                      end: start + line.unicodeScalars.count))
        }
        return Analysis(path: document.path, encoding: source.encoding, language: "other", lines: lines)
    }
}
