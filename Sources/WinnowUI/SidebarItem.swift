import WinnowCore

/// One row of the sidebar: a list heading or an item that jumps to its place in the article.
public struct SidebarItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case heading, goal, measure, removed }
    public let kind: Kind
    /// What the row shows. A finding is kept as it is (its text a slice of the page), and the
    /// row's strings are made when it is drawn: a dense article has tens of thousands of rows,
    /// and only a screenful is ever on screen.
    private let content: Content

    private enum Content: Sendable, Equatable {
        case heading(String)
        /// `repeats`: how many times the article states it (goals stated twice are listed once).
        case finding(Finding, repeats: Int)
        case region(Region)
    }

    private init(_ kind: Kind, _ content: Content) {
        self.kind = kind
        self.content = content
    }

    private static func heading(_ title: String) -> SidebarItem { SidebarItem(.heading, .heading(title)) }

    public var isSelectable: Bool { kind != .heading }

    /// The one-line label (the clause, with `×2` when the article states it twice).
    public var label: String {
        switch content {
        case .heading(let title): title
        case .finding(let f, let repeats): repeats > 1 ? "\(f.text) ×\(repeats)" : String(f.text)
        case .region(let r): "\(r.kind.rawValue) · " + (r.first == r.last ? "line \(r.first)" : "lines \(r.first)–\(r.last)")
        }
    }

    /// Fields shown under the selected item: year, quantity, rank, actor, line; or the reasons.
    public var detail: String {
        switch content {
        case .heading: ""
        case .finding(let f, _): Self.fields(of: f)
        case .region(let r): r.reasons.joined(separator: ", ")
        }
    }

    /// Where Enter jumps: the 1-based source line (0 for a list heading).
    public var line: Int {
        switch content {
        case .heading: 0
        case .finding(let f, _): f.line
        case .region(let r): r.first
        }
    }

    /// A finding's exact scalar span.
    public var span: Range<Int>? {
        if case .finding(let f, _) = content { return f.start..<f.end }
        return nil
    }

    /// Goals grouped by year (a goal stated twice is shown once with ×2), measures, removed regions.
    public static func items(for analysis: Analysis) -> [SidebarItem] {
        var items: [SidebarItem] = []
        items.reserveCapacity(analysis.goals.count + analysis.measures.count + analysis.regions.count + 3)
        items.append(.heading("Goals (\(analysis.goals.count))"))
        // Goals by year in one stable sort of their indices, rather than one pass per year.
        let byYear = analysis.goals.indices.sorted { (analysis.goals[$0].year ?? Int.max, $0) < (analysis.goals[$1].year ?? Int.max, $1) }
        var k = 0
        while k < byYear.count {
            let year = analysis.goals[byYear[k]].year ?? Int.max
            items.append(.heading(year == Int.max ? " no year" : " \(year)"))
            var seen: [Substring: Int] = [:]
            var order: [Int] = []
            while k < byYear.count, (analysis.goals[byYear[k]].year ?? Int.max) == year {
                let goal = analysis.goals[byYear[k]]
                if seen[goal.text] == nil { order.append(byYear[k]) }
                seen[goal.text, default: 0] += 1
                k += 1
            }
            for i in order {
                let goal = analysis.goals[i]
                items.append(SidebarItem(.goal, .finding(goal, repeats: seen[goal.text] ?? 1)))
            }
        }
        items.append(.heading("Measures (\(analysis.measures.count))"))
        for m in analysis.measures { items.append(SidebarItem(.measure, .finding(m, repeats: 1))) }
        items.append(.heading("Removed (\(analysis.regions.count))"))
        for r in analysis.regions { items.append(SidebarItem(.removed, .region(r))) }
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
