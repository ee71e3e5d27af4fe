/// Draws the sidebar: the lists of goals, measures and removed regions. Items are one line each,
/// cut with `…`; the selected item is wrapped in full with its fields under it.
enum SidebarView {
    /// One row of the pane: the item drawn there, its text and its style.
    typealias Row = (item: Int, text: String, role: StyleRole)

    /// For each sidebar row from the top of the pane, the item drawn there (a paneful at most).
    ///
    /// Every item is one row but the selected one, wrapped in full with its fields under it, so
    /// where the pane starts is arithmetic: only the rows on screen are made, whatever the
    /// number of items (a dense article has tens of thousands).
    static func rowItems(in state: AppState) -> [Row] {
        let width = max(4, state.sidebarWidth - 2)
        let wrapper = Wrapper(width: width, measure: DisplayWidth(ambiguousIsWide: state.options.ambiguousIsWide))
        let items = state.sidebarItems
        let height = state.paneHeight
        let selection = state.sidebarSelection.flatMap { items.indices.contains($0) ? $0 : nil }
        let selectedRows = selection.map { selectedItemRows($0, items[$0], wrapper) } ?? []
        // Scroll so the selected item is visible.
        let selectionRow = selection ?? 0
        let rowCount = items.count - (selection == nil ? 0 : 1) + selectedRows.count
        // The first row shown is an item's only row: the selection, itself on screen, is further down.
        var i = max(0, selectionRow >= height - 2 ? min(selectionRow - 1, max(0, rowCount - height)) : 0)
        var rows: [Row] = []
        while rows.count < height && i < items.count {
            if i == selection {
                rows.append(contentsOf: selectedRows.prefix(height - rows.count))
            } else {
                let item = items[i]
                let prefix = item.kind == .heading ? "" : "  "
                rows.append((i, truncated(prefix + item.label, width: width, wrapper.measure), role(of: item.kind)))
            }
            i += 1
        }
        return rows
    }

    /// The selected item's rows: its label wrapped in full, then its fields.
    private static func selectedItemRows(_ index: Int, _ item: SidebarItem, _ wrapper: Wrapper) -> [Row] {
        var rows: [Row] = []
        let scalars = Array(("› " + item.label).unicodeScalars)
        for r in wrapper.rows(of: scalars) { rows.append((index, String(String.UnicodeScalarView(scalars[r])), .selection)) }
        let detail = item.detail
        if !detail.isEmpty {
            let scalars = Array(("  " + detail).unicodeScalars)
            for r in wrapper.rows(of: scalars) { rows.append((index, "  " + String(String.UnicodeScalarView(scalars[r])).trimmingSpaces(), .dim)) }
        }
        return rows
    }

    private static func role(of kind: SidebarItem.Kind) -> StyleRole {
        switch kind {
        case .heading: .heading
        case .goal: .goal
        case .measure: .measure
        case .removed: .dim
        }
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
