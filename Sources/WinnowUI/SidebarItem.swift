import WinnowCore

/// One row of the sidebar: a list heading or an item that jumps to its place in the article.
public struct SidebarItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case heading, goal, measure, removed }
    public let kind: Kind
    /// What the row shows: a heading's title, or where its finding or region is in the
    /// analysis. A dense article has tens of thousands of rows and only a screenful is ever on
    /// screen, so an item is a few bytes and its strings are made when it is drawn.
    private let content: Content
    private let lists: Lists

    private enum Content: Sendable, Equatable {
        case heading(String)
        /// `repeats`: how many times the article states it (goals stated twice are listed once).
        case goal(Int, repeats: Int)
        case measure(Int)
        case region(Int)
    }

    /// The analysis' findings and regions, shared by every item made from it.
    private final class Lists: Sendable {
        let goals: [Finding]
        let measures: [Finding]
        let regions: [Region]

        init(_ analysis: Analysis) {
            goals = analysis.goals
            measures = analysis.measures
            regions = analysis.regions
        }
    }

    private init(_ kind: Kind, _ content: Content, _ lists: Lists) {
        self.kind = kind
        self.content = content
        self.lists = lists
    }

    public static func == (a: SidebarItem, b: SidebarItem) -> Bool {
        a.kind == b.kind && a.label == b.label && a.detail == b.detail && a.line == b.line && a.span == b.span
    }

    public var isSelectable: Bool { kind != .heading }

    private var finding: Finding? {
        switch content {
        case .goal(let i, _): lists.goals[i]
        case .measure(let i): lists.measures[i]
        case .heading, .region: nil
        }
    }

    /// The one-line label (the clause, with `×2` when the article states it twice).
    public var label: String {
        switch content {
        case .heading(let title): title
        case .goal(let i, let repeats): repeats > 1 ? "\(lists.goals[i].text) ×\(repeats)" : String(lists.goals[i].text)
        case .measure(let i): String(lists.measures[i].text)
        case .region(let i):
            Self.label(of: lists.regions[i])
        }
    }

    /// Fields shown under the selected item: year, quantity, rank, actor, line; or the reasons.
    public var detail: String {
        if let f = finding { return Self.fields(of: f) }
        if case .region(let i) = content { return lists.regions[i].reasons.joined(separator: ", ") }
        return ""
    }

    /// Where Enter jumps: the 1-based source line (0 for a list heading).
    public var line: Int {
        if let f = finding { return f.line }
        if case .region(let i) = content { return lists.regions[i].first }
        return 0
    }

    /// A finding's exact scalar span.
    public var span: Range<Int>? { finding.map { $0.start..<$0.end } }

    /// Goals grouped by year (a goal stated twice is shown once with ×2), measures, removed regions.
    public static func items(for analysis: Analysis) -> [SidebarItem] {
        let lists = Lists(analysis)
        func heading(_ title: String) -> SidebarItem { SidebarItem(.heading, .heading(title), lists) }
        var items: [SidebarItem] = []
        items.reserveCapacity(analysis.goals.count + analysis.measures.count + analysis.regions.count + 3)
        items.append(heading("Goals (\(analysis.goals.count))"))
        // Goals by year in one stable sort of their indices, rather than one pass per year.
        let goals = analysis.goals
        let byYear = goals.indices.sorted { (goals[$0].year ?? Int.max, $0) < (goals[$1].year ?? Int.max, $1) }
        var k = 0
        while k < byYear.count {
            let year = goals[byYear[k]].year ?? Int.max
            items.append(heading(year == Int.max ? " no year" : " \(year)"))
            var seen: [Substring: Int] = [:]
            var order: [Int] = []
            while k < byYear.count, (goals[byYear[k]].year ?? Int.max) == year {
                let text = goals[byYear[k]].text
                if seen[text] == nil { order.append(byYear[k]) }
                seen[text, default: 0] += 1
                k += 1
            }
            for i in order { items.append(SidebarItem(.goal, .goal(i, repeats: seen[goals[i].text] ?? 1), lists)) }
        }
        items.append(heading("Measures (\(analysis.measures.count))"))
        for i in analysis.measures.indices { items.append(SidebarItem(.measure, .measure(i), lists)) }
        items.append(heading("Removed (\(analysis.regions.count))"))
        for i in analysis.regions.indices { items.append(SidebarItem(.removed, .region(i), lists)) }
        return items
    }

    private static func label(of r: Region) -> String {
        "\(r.kind.rawValue) · " + (r.first == r.last ? "line \(r.first)" : "lines \(r.first)–\(r.last)")
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
