/// Cloaking debris: lines made only of HTML tags with no text between them
/// (`<menuitem id="vh54u"><acronym id="vh54u"></acronym></menuitem>`), including a tag cut off
/// at the end of the page. Text that merely mentions a tag keeps its words and is not matched.
struct InjectedMarkupRule: LineRule {
    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        // List bullets may stand in front of the tags (`• <tr id="x"></tr>`).
        let s = line.scalars.drop { $0 == "•" || $0 == "·" || $0 == "*" || $0 == "-" || ScalarClass.isWhitespace($0) }
        guard s.count >= 3, s.first == "<", ScalarClass.isASCIILetter(s[s.startIndex + 1]) || s[s.startIndex + 1] == "/" else { return nil }
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
}
