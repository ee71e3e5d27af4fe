import WinnowCore

/// One row of the sidebar: a list heading or an item that jumps to its place in the article.
public struct SidebarItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case heading, goal, measure, removed }
    public var kind: Kind
    /// The one-line label (the clause, with `×2` when the article states it twice).
    public var label: String
    /// Fields shown under the selected item: year, quantity, rank, actor, line; or the reasons.
    public var detail: String
    /// Where Enter jumps: the 1-based source line and, for findings, the exact scalar span.
    public var line: Int
    public var span: Range<Int>?
    public var isSelectable: Bool { kind != .heading }

    /// Goals grouped by year (a goal stated twice is shown once with ×2), measures, removed regions.
    public static func items(for analysis: Analysis) -> [SidebarItem] {
        var items: [SidebarItem] = []
        items.append(SidebarItem(kind: .heading, label: "Goals (\(analysis.goals.count))", detail: "", line: 0))
        let years = Set(analysis.goals.map { $0.year ?? Int.max }).sorted()
        for year in years {
            items.append(SidebarItem(kind: .heading, label: year == Int.max ? " no year" : " \(year)", detail: "", line: 0))
            var seen: [Substring: Int] = [:]
            var order: [Finding] = []
            for goal in analysis.goals where (goal.year ?? Int.max) == year {
                if seen[goal.text] == nil { order.append(goal) }
                seen[goal.text, default: 0] += 1
            }
            for goal in order {
                let count = seen[goal.text] ?? 1
                items.append(SidebarItem(kind: .goal, label: String(goal.text) + (count > 1 ? " ×\(count)" : ""),
                                         detail: fields(of: goal), line: goal.line, span: goal.start..<goal.end))
            }
        }
        items.append(SidebarItem(kind: .heading, label: "Measures (\(analysis.measures.count))", detail: "", line: 0))
        for m in analysis.measures {
            items.append(SidebarItem(kind: .measure, label: String(m.text), detail: fields(of: m), line: m.line, span: m.start..<m.end))
        }
        items.append(SidebarItem(kind: .heading, label: "Removed (\(analysis.regions.count))", detail: "", line: 0))
        for r in analysis.regions {
            let lines = r.first == r.last ? "line \(r.first)" : "lines \(r.first)–\(r.last)"
            items.append(SidebarItem(kind: .removed, label: "\(r.kind.rawValue) · \(lines)",
                                     detail: r.reasons.joined(separator: ", "), line: r.first))
        }
        return items
    }

    static func fields(of f: Finding) -> String {
        var parts: [String] = []
        if let y = f.year { parts.append("year \(y)") }
        if let q = f.quantity {
            let value = q.value == q.value.rounded() ? String(Int(q.value)) : String(q.value)
            parts.append("\(q.comparator) \(value) \(q.unit)")
        }
        if let r = f.rank { parts.append(r) }
        if let a = f.actor { parts.append(a) }
        parts.append("line \(f.line)")
        return parts.joined(separator: " · ")
    }
}
