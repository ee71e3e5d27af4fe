/// Leads: a line opened by `核心提示`, `導讀`/`导读`, `摘要`, `提要`, `編者按`/`编者按`, `導語`
/// or `Editor's note`, possibly inside brackets (`[摘要]`, `【导读】`).
enum LeadMarker {
    /// The `LexiconList.leadMarker` terms.
    static let markers = [
        "核心提示", "核心阅读", "核心閱讀", "導讀", "导读", "摘要", "內容摘要", "内容摘要", "提要", "內容提要", "内容提要", "編者按", "编者按", "導語",
        "导语", "editor's note", "editor’s note", "summary:", "abstract",
    ]
    private static let openers: Set<UInt32> = [0x5B, 0x3010, 0x28, 0xFF08, 0x3014, 0x25C6, 0x25A0, 0x25CF, 0x20]

    static func isLead(_ line: LineFeatures) -> Bool {
        guard let first = line.firstHit(.leadMarker) else { return false }
        guard line.scalars[..<first.start].allSatisfy({ openers.contains($0.value) }) else { return false }
        // The marker must introduce text, not stand alone as a heading (`摘要`).
        return line.visible >= first.end - first.start + 8
    }

    /// `◆港口群的協同發展還需...`: a paragraph marked with a diamond before the article starts.
    static func isMarkedStandfirst(_ line: LineFeatures) -> Bool {
        guard let first = line.firstScalar else { return false }
        return (first == "◆" || first == "◇") && line.visible >= 20
    }
}
