import Foundation

/// Folds what a container format said about a page (`PageHints`) into its analysis: the HTML or
/// JSONL title and date where the text gave none, and link-dense lines as navigation.
struct HintApplier {
    /// A line at least this much link text is navigation, unless it is the title.
    static let linkDenseShare = 0.7

    func apply(_ hints: PageHints, to analysis: inout Analysis) {
        if analysis.title == nil { analysis.title = hints.headline ?? hints.title }
        if analysis.published == nil, let raw = hints.published { analysis.published = Self.isoDate(raw) }
        guard !hints.linkShare.isEmpty else { return }
        var changed = false
        for i in analysis.lines.indices {
            let index = analysis.lines[i].n - 1
            guard index < hints.linkShare.count, hints.linkShare[index] >= Self.linkDenseShare else { continue }
            let kind = analysis.lines[i].kind
            guard kind != .title, !kind.isJunk else { continue }
            analysis.lines[i].kind = .boilerplate
            analysis.lines[i].reasons.append("link-dense")
            changed = true
        }
        if changed {
            analysis.regions = RegionBuilder.regions(of: analysis.lines)
            // Line numbers of junk lines, gathered without copying the lines themselves.
            var removed = Set<Int>()
            for i in analysis.lines.indices where analysis.lines[i].kind.isJunk { removed.insert(analysis.lines[i].n) }
            analysis.goals.removeAll { removed.contains($0.line) }
            analysis.measures.removeAll { removed.contains($0.line) }
        }
    }

    /// `2024-03-08T10:00:00+08:00`, `2024/3/8` -> `2024-03-08`; nil when no date is recognised.
    static func isoDate(_ raw: String) -> String? {
        let digits = raw.unicodeScalars.split(whereSeparator: { !("0"..."9").contains($0) }).map { String(String.UnicodeScalarView($0)) }
        guard digits.count >= 3, digits[0].count == 4, let y = Int(digits[0]), let m = Int(digits[1]), let d = Int(digits[2]),
              (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
