/// The readable report of `winnow analyze --format text`: the article fields, every line with
/// its number, kind and reasons (junk marked so the eye finds it), the outline, then goals
/// grouped by year and measures.
public struct AnalysisReport: Sendable {
    /// Longest stretch of a line's text shown in the report.
    public var excerptLength: Int

    public init(excerptLength: Int = 60) {
        self.excerptLength = excerptLength
    }

    public func format(_ a: Analysis) -> String {
        var out = "== \(a.path)\n"
        out += "title:     \(a.title ?? "-")\n"
        out += "published: \(a.published ?? "-")\n"
        out += "source:    \(a.source ?? "-")\n"
        out += "byline:    \(a.byline ?? "-")\n"
        out += "language:  \(a.language)   encoding: \(a.encoding)"
        if a.invalidBytes > 0 { out += "   invalid bytes replaced: \(a.invalidBytes)" }
        out += "\n"
        out += "lines:     \(a.lines.count) (\(a.spamLineCount) spam, \(a.boilerplateLineCount) boilerplate)\n\n"

        out += "-- lines\n"
        let width = String(a.lines.last?.n ?? 0).count
        for line in a.lines {
            let number = String(repeating: " ", count: max(0, width - String(line.n).count)) + String(line.n)
            // "!!" marks spam and "--" boilerplate, so junk stands out in a plain terminal or a pipe.
            let mark = line.kind == .spam ? "!!" : line.kind == .boilerplate ? "--" : "  "
            let kind = line.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
            out += "\(mark) \(number) \(kind) \(excerpt(String(line.displayText)))"
            if !line.reasons.isEmpty { out += "  [\(line.reasons.joined(separator: ", "))]" }
            out += "\n"
        }

        out += "\n-- outline\n"
        if let title = a.title { out += "\(title)\n" }
        if a.sections.isEmpty { out += "  (no sections)\n" }
        for section in a.sections { out += "  \(section.line): \(section.title)\n" }

        out += "\n-- goals (\(a.goals.count))\n"
        let byYear = Dictionary(grouping: a.goals, by: { $0.year })
        let years = byYear.keys.sorted { ($0 ?? Int.max) < ($1 ?? Int.max) }
        for year in years {
            out += "  \(year.map(String.init) ?? "no year")\n"
            for goal in byYear[year]! { out += "    \(describe(goal))\n" }
        }
        out += "\n-- measures (\(a.measures.count))\n"
        for measure in a.measures { out += "    \(describe(measure))\n" }
        return out
    }

    private func describe(_ f: Finding) -> String {
        var parts = ["\(f.line): \(f.text)"]
        if let q = f.quantity { parts.append("[\(q.comparator) \(Self.number(q.value)) \(q.unit)]") }
        if let rank = f.rank { parts.append("[rank: \(rank)]") }
        if let actor = f.actor { parts.append("[actor: \(actor)]") }
        return parts.joined(separator: " ")
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    private func excerpt(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.count > excerptLength else { return trimmed }
        return String(trimmed.prefix(excerptLength)) + "…"
    }
}
