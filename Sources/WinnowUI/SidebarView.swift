/// Draws the sidebar: the lists of goals, measures and removed regions. Items are one line each,
/// cut with `…`; the selected item is wrapped in full with its fields under it.
enum SidebarView {
    /// For each sidebar row from the top of the pane, the item drawn there.
    static func rowItems(in state: AppState) -> [(item: Int, text: String, role: StyleRole)] {
        let width = max(4, state.sidebarWidth - 2)
        let wrapper = Wrapper(width: width, measure: DisplayWidth(ambiguousIsWide: state.options.ambiguousIsWide))
        var rows: [(Int, String, StyleRole)] = []
        var selectionRow = 0
        for (i, item) in state.sidebarItems.enumerated() {
            let selected = i == state.sidebarSelection
            let role: StyleRole = switch item.kind {
            case .heading: .heading
            case .goal: .goal
            case .measure: .measure
            case .removed: .dim
            }
            if selected {
                selectionRow = rows.count
                let text = "› " + item.label
                let scalars = Array(text.unicodeScalars)
                for r in wrapper.rows(of: scalars) { rows.append((i, String(String.UnicodeScalarView(scalars[r])), .selection)) }
                let detail = Array(("  " + item.detail).unicodeScalars)
                if !item.detail.isEmpty {
                    for r in wrapper.rows(of: detail) { rows.append((i, "  " + String(String.UnicodeScalarView(detail[r])).trimmingSpaces(), .dim)) }
                }
            } else {
                let prefix = item.kind == .heading ? "" : "  "
                rows.append((i, truncated(prefix + item.label, width: width, wrapper.measure), role))
            }
        }
        // Scroll so the selected item is visible.
        let height = state.paneHeight
        if selectionRow >= height - 2 {
            let drop = min(selectionRow - 1, max(0, rows.count - height))
            rows.removeFirst(max(0, drop))
        }
        return rows.map { (item: $0.0, text: $0.1, role: $0.2) }
    }

    static func truncated(_ text: String, width: Int, _ measure: DisplayWidth) -> String {
        if measure.width(of: text) <= width { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for s in text.unicodeScalars {
            let w = measure.drawnWidth(of: s)
            if used + w > width - 1 { break }
            out.append(s)
            used += w
        }
        return String(out) + "…"
    }

    /// The item under a screen row (for mouse clicks).
    static func itemIndex(atScreenRow row: Int, in state: AppState) -> Int? {
        let rows = rowItems(in: state)
        let index = row - 1
        return rows.indices.contains(index) && index < state.paneHeight ? rows[index].item : nil
    }

    static func draw(_ state: AppState, into writer: inout CellWriter) {
        let left = state.paneWidth
        let right = state.columns
        for r in 0..<state.paneHeight {
            writer.write(state.focus == .sidebar ? "┃" : "│", row: r + 1, column: left, limit: right, role: .border)
            writer.fill(row: r + 1, from: left + 1, to: right, role: .sidebar)
        }
        for (r, row) in rowItems(in: state).prefix(state.paneHeight).enumerated() {
            writer.write(row.text, row: r + 1, column: left + 2, limit: right, role: row.role)
        }
    }
}
