import WinnowCore

/// Which rendering of the document the article pane shows.
public enum ViewMode: Sendable, Equatable {
    /// Only the article, typeset, with one-line markers where junk was removed.
    case cleaned
    /// Every line of the page as decoded, with line numbers and junk marked in the gutter.
    case raw
}

/// One paragraph of the article pane before wrapping: its text, its role and the source line it
/// comes from (so views can be swapped at the same place and findings highlighted).
public struct ArticleBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A line of the page (`lineIndex` into `Analysis.lines`).
        case line(lineIndex: Int)
        /// Where junk was removed in the cleaned view.
        case removedMarker
        /// Blank spacing (between paragraphs, or an empty source line in the raw view).
        case blank
    }
    public var kind: Kind
    /// A slice of the page where the block is the page's own text (no copy: a 5 MB article's
    /// blocks would otherwise hold it again).
    public var text: Substring
    public var role: StyleRole
    /// The 1-based source line this block starts at; never decreases along the document.
    public var sourceLine: Int
    /// Raw view: the gutter text (line number and junk mark); empty in the cleaned view.
    public var gutter: String
    /// Offset in the decoded text of `text`'s first scalar, when `text` is the source line verbatim.
    public var sourceStart: Int?
}

extension ArticleBlock {
    static func role(for kind: LineKind) -> StyleRole {
        switch kind {
        case .title: .title
        case .heading: .heading
        case .meta, .byline: .meta
        case .lead: .lead
        case .caption: .dim
        case .body: .text
        case .spam: .spam
        case .boilerplate: .boilerplate
        }
    }

    /// The cleaned view: article lines with a blank line between, and a marker for each junk run.
    static func cleanedBlocks(of analysis: Analysis, showMarkers: Bool) -> [ArticleBlock] {
        var blocks: [ArticleBlock] = []
        let lines = analysis.lines
        // A line and the blank after it (more only for a line longer than a piece).
        blocks.reserveCapacity(2 * lines.count)
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.kind.isJunk {
                var j = i
                var spam = 0, boilerplate = 0
                var reasons: [String] = []
                while j < lines.count && lines[j].kind.isJunk {
                    if lines[j].kind == .spam { spam += 1 } else { boilerplate += 1 }
                    for r in lines[j].reasons where !reasons.contains(r) { reasons.append(r) }
                    j += 1
                }
                if showMarkers {
                    blocks.append(ArticleBlock(kind: .removedMarker,
                                               text: Substring(markerText(spam: spam, boilerplate: boilerplate, reasons: reasons)),
                                               role: .dim, sourceLine: line.n, gutter: "", sourceStart: nil))
                    blocks.append(ArticleBlock(kind: .blank, text: "", role: .text, sourceLine: line.n, gutter: "", sourceStart: nil))
                }
                i = j
                continue
            }
            let text = line.displayText.withoutSurroundingSpaces()
            let verbatim = line.clean == nil && text == line.text
            for (piece, offset) in pieces(of: text) {
                blocks.append(ArticleBlock(kind: .line(lineIndex: i), text: piece, role: role(for: line.kind),
                                           sourceLine: line.n, gutter: "",
                                           sourceStart: verbatim ? line.start + offset : nil))
            }
            blocks.append(ArticleBlock(kind: .blank, text: "", role: .text, sourceLine: line.n, gutter: "", sourceStart: nil))
            i += 1
        }
        return blocks
    }

    /// Longest block wrapped in one go. Scraped pages often put a whole article on one line; such a
    /// line is cut into pieces at sentence ends so the first screen never waits for all of it.
    static let maximumPieceLength = 2048

    /// The text in pieces of at most `maximumPieceLength` scalars, each with its scalar offset.
    static func pieces(of text: Substring) -> [(Substring, Int)] {
        let scalars = text.unicodeScalars
        guard text.utf8.count > maximumPieceLength else { return [(text, 0)] }
        var result: [(Substring, Int)] = []
        var start = scalars.startIndex, startOffset = 0
        var index = start, offset = 0
        var lastSentenceEnd: (String.UnicodeScalarView.Index, Int)?
        while index != scalars.endIndex {
            let s = scalars[index]
            index = scalars.index(after: index)
            offset += 1
            switch s.value {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F: lastSentenceEnd = (index, offset)  // 。！？；!?
            default: break
            }
            if offset - startOffset >= maximumPieceLength {
                let (cut, cutOffset) = lastSentenceEnd ?? (index, offset)
                result.append((Substring(scalars[start..<cut]), startOffset))
                start = cut; startOffset = cutOffset
                lastSentenceEnd = nil
            }
        }
        if start != scalars.endIndex { result.append((Substring(scalars[start...]), startOffset)) }
        return result
    }

    static func markerText(spam: Int, boilerplate: Int, reasons: [String]) -> String {
        let count = spam + boilerplate
        var what: [String] = []
        if spam > 0 { what.append("spam") }
        if boilerplate > 0 { what.append("boilerplate") }
        var s = "── \(count) line\(count == 1 ? "" : "s") removed · \(what.joined(separator: "+"))"
        if !reasons.isEmpty { s += ": " + reasons.prefix(3).map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ") }
        return s + " ──"
    }

    /// The raw view: every non-empty source line as decoded, numbered (the numbers show where empty
    /// lines were; scraped pages often have one after every line, which would halve what fits).
    static func rawBlocks(of analysis: Analysis) -> [ArticleBlock] {
        let lines = analysis.lines
        let lastLine = lines.last?.n ?? 0
        let numberWidth = max(3, String(lastLine).count)
        func gutter(_ n: Int, _ mark: String) -> String {
            let number = String(n)
            return String(repeating: " ", count: numberWidth - number.count) + number + mark + " "
        }
        var blocks: [ArticleBlock] = []
        blocks.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let mark = line.kind == .spam ? "S" : line.kind == .boilerplate ? "B" : " "
            for (piece, offset) in pieces(of: line.text) {
                blocks.append(ArticleBlock(kind: .line(lineIndex: index), text: piece,
                                           role: line.kind.isJunk ? role(for: line.kind) : .text, sourceLine: line.n,
                                           gutter: offset == 0 ? gutter(line.n, mark) : String(repeating: " ", count: numberWidth + 2),
                                           sourceStart: line.start + offset))
            }
        }
        return blocks
    }
}

extension String {
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}

extension Substring {
    func trimmingSpaces() -> String { String(withoutSurroundingSpaces()) }

    /// The slice without leading and trailing spaces (no copy).
    func withoutSurroundingSpaces() -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !LineBreakRules.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !LineBreakRules.isSpace($0) })!
        return Substring(scalars[first...last])
    }
}
