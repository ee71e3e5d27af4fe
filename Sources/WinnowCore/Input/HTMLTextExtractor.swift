import CLibXML2

/// HTML -> text lines, through libxml2's forgiving HTML parser.
///
/// A line ends at every block boundary (p, div, li, h1–h6, br, tr, td, …); script, style,
/// noscript and template content is dropped; white space is collapsed except inside `<pre>`.
/// The `<title>`, first `<h1>` and meta dates become hints, and each line records how much of it
/// was link text. The walk is iterative, so deeply nested markup cannot exhaust the stack.
public struct HTMLTextExtractor: Sendable {
    public struct Result: Sendable {
        public var text: String
        public var hints: PageHints
    }

    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object", "select"]
    static let blocks: Set<String> = [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr",
        "tr", "td", "th", "table", "thead", "tbody", "tfoot", "caption", "section", "article", "header",
        "footer", "nav", "aside", "main", "blockquote", "pre", "figure", "figcaption", "address", "center",
        "form", "fieldset", "legend", "option", "body", "details", "summary",
    ]
    static let dateMetaNames: Set<String> = [
        "article:published_time", "pubdate", "publishdate", "publish_date", "publication_date", "date",
        "dc.date", "dc.date.issued", "datepublished", "og:published_time", "sailthru.date", "parsely-pub-date",
    ]

    public init() {}

    /// `html` is already decoded; libxml2 is told it is UTF-8.
    public func extract(_ html: String) -> Result {
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return Result(text: "", hints: PageHints()) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let doc = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return Result(text: "", hints: PageHints()) }
        defer { xmlFreeDoc(doc) }
        var walker = Walker()
        if let root = xmlDocGetRootElement(doc) { walker.walk(root) }
        walker.flush()
        var hints = walker.hints
        hints.linkShare = walker.linkShare
        return Result(text: walker.lines.joined(separator: "\n"), hints: hints)
    }

    private struct Walker {
        var lines: [String] = []
        var linkShare: [Double] = []
        var hints = PageHints()
        private var current = ""
        private var currentLinkChars = 0
        private var currentChars = 0
        private var linkDepth = 0
        private var preDepth = 0
        private var pendingSpace = false

        mutating func walk(_ root: xmlNodePtr) {
            var node: xmlNodePtr? = root
            while let n = node {
                let descend = enter(n)
                if descend, let child = n.pointee.children {
                    node = child
                    continue
                }
                if descend { exit(n) }
                // Climb until a node has a next sibling, leaving each finished element.
                var cursor = n
                while cursor.pointee.next == nil {
                    guard let parent = cursor.pointee.parent, cursor != root, parent.pointee.type == XML_ELEMENT_NODE else {
                        return
                    }
                    cursor = parent
                    exit(cursor)
                    if cursor == root { return }
                }
                if cursor == root { return }
                node = cursor.pointee.next
            }
        }

        /// Returns whether to visit the node's children (and later `exit` it).
        private mutating func enter(_ n: xmlNodePtr) -> Bool {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { append(String(cString: content)) }
                return false
            case XML_ELEMENT_NODE:
                let name = Self.name(of: n)
                if name == "title" || name == "meta" || name == "time" { readHint(n, name: name) }
                if HTMLTextExtractor.skipped.contains(name) || name == "title" { return false }
                if name == "br" { flush(); return false }
                if HTMLTextExtractor.blocks.contains(name) { flush() }
                if name == "a" { linkDepth += 1 }
                if name == "pre" { preDepth += 1 }
                if name == "h1", hints.headline == nil {
                    let text = Self.textContent(n)
                    if !text.isEmpty { hints.headline = text }
                }
                return true
            default:
                return false
            }
        }

        private mutating func exit(_ n: xmlNodePtr) {
            guard n.pointee.type == XML_ELEMENT_NODE else { return }
            let name = Self.name(of: n)
            if name == "a" { linkDepth = max(0, linkDepth - 1) }
            if name == "pre" { preDepth = max(0, preDepth - 1) }
            if HTMLTextExtractor.blocks.contains(name) { flush() }
        }

        private mutating func append(_ text: String) {
            for scalar in text.unicodeScalars {
                if scalar == "\n" && preDepth > 0 { flush(); continue }
                if scalar.properties.isWhitespace && scalar != "\u{3000}" && scalar != "\u{A0}" {
                    if !current.isEmpty { pendingSpace = true }
                    continue
                }
                if pendingSpace {
                    current.unicodeScalars.append(" ")
                    currentChars += 1
                    if linkDepth > 0 { currentLinkChars += 1 }
                    pendingSpace = false
                }
                current.unicodeScalars.append(scalar == "\u{A0}" ? " " : scalar)
                currentChars += 1
                if linkDepth > 0 { currentLinkChars += 1 }
            }
        }

        mutating func flush() {
            pendingSpace = false
            guard !current.isEmpty else { return }
            lines.append(current)
            linkShare.append(currentChars == 0 ? 0 : Double(currentLinkChars) / Double(currentChars))
            current = ""
            currentChars = 0
            currentLinkChars = 0
        }

        private mutating func readHint(_ n: xmlNodePtr, name: String) {
            switch name {
            case "title":
                if hints.title == nil {
                    let text = Self.textContent(n)
                    if !text.isEmpty { hints.title = text }
                }
            case "meta":
                let key = (Self.attribute(n, "property") ?? Self.attribute(n, "name") ?? Self.attribute(n, "itemprop") ?? "").lowercased()
                if hints.published == nil, HTMLTextExtractor.dateMetaNames.contains(key),
                   let content = Self.attribute(n, "content"), !content.isEmpty {
                    hints.published = content
                }
                if hints.url == nil, key == "og:url", let content = Self.attribute(n, "content") { hints.url = content }
            case "time":
                if hints.published == nil, let value = Self.attribute(n, "datetime"), !value.isEmpty {
                    hints.published = value
                }
            default: break
            }
        }

        static func name(of n: xmlNodePtr) -> String {
            guard let raw = n.pointee.name else { return "" }
            return String(cString: raw).lowercased()
        }

        static func attribute(_ n: xmlNodePtr, _ name: String) -> String? {
            guard let value = xmlGetProp(n, name) else { return nil }
            defer { wn_xml_free(value) }
            return String(cString: value)
        }

        static func textContent(_ n: xmlNodePtr) -> String {
            guard let value = xmlNodeGetContent(n) else { return "" }
            defer { wn_xml_free(value) }
            return String(cString: value).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }

    /// The charset an HTML page declares in its first bytes (`<meta charset=…>` or
    /// `content="text/html; charset=…"`), if any.
    public static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var name = ""
        for ch in head[range.upperBound...] {
            if ch == "\"" || ch == "'" { if name.isEmpty { continue } else { break } }
            if ch.isLetter || ch.isNumber || ch == "-" || ch == "_" { name.append(ch) } else { break }
        }
        return name.isEmpty ? nil : name
    }
}
