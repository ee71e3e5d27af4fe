/// Cloaking debris: lines made only of HTML tags with no text between them
/// (`<menuitem id="vh54u"><acronym id="vh54u"></acronym></menuitem>`), including a tag cut off
/// at the end of the page, raw links to other sites (`<a href="http://…">…</a>`), markup that
/// opens a line and holds such links (a hidden `<div>` of them), and script code (`<script>…`),
/// spam when obfuscated or pointing elsewhere, else the site's own boilerplate. Text that merely
/// mentions a tag keeps its words and is not matched.
struct InjectedMarkupRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        // List bullets may stand in front of the tags (`• <tr id="x"></tr>`).
        let s = line.scalars.drop { $0 == "•" || $0 == "·" || $0 == "*" || $0 == "-" || ScalarClass.isWhitespace($0) }
        guard s.count >= 3, s.first == "<", ScalarClass.isASCIILetter(s[s.startIndex + 1]) || s[s.startIndex + 1] == "/" else { return nil }
        if Self.holdsExternalAnchor(line) {
            return RuleHit(kind: .spam, reason: "injected-link", strength: .strong)
        }
        if s.starts(with: Self.scriptOpening) {
            let planted = Self.plantedCodeMarks.occurs(in: line.scalars)
            return RuleHit(kind: planted ? .spam : .boilerplate, reason: "injected-script", strength: .strong)
        }
        var inTag = false, tags = 0
        for c in s {
            if inTag {
                if c == ">" { inTag = false }
            } else if c == "<" {
                inTag = true
                tags += 1
            } else if !ScalarClass.isWhitespace(c) {
                return nil
            }
        }
        return tags >= 1 ? RuleHit(kind: .spam, reason: "injected-markup", strength: .strong) : nil
    }

    private static let scriptOpening = Array("<script".unicodeScalars)
    /// Signs of code planted to send visitors elsewhere: escaped strings, obfuscated names, writes
    /// into the page, links to other sites.
    private static let plantedCodeMarks = TermMatcher([#"\x"#, "_0x", "eval(", "document.write", "fromCharCode", "unescape(",
                                                       "http", "https"])
    /// Links to other sites, quoted or not (a term ending in a letter needs its `https` form too).
    private static let externalAnchors = TermMatcher([#"<a href="http"#, #"<a href="https"#, "<a href='http", "<a href='https",
                                                      "<a href=http", "<a href=https", #"<a href="//"#, "<a href='//"])

    /// Markup opening the line with a raw link to another site inside it: one planted link
    /// (`<a href="http://…">開云體育官方網站</a>`) or a hidden `<div>` of casino links. No article's
    /// text starts with a tag.
    private static func holdsExternalAnchor(_ line: LineFeatures) -> Bool {
        externalAnchors.occurs(in: line.scalars)
    }
}
