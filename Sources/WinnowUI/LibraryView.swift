/// Draws the library: a header with the count and sort order, column headings, and one row per
/// article (title, date, source, language, junk share, goals, measures), the selected row marked.
enum LibraryView {
    /// A column to the right of the title: heading, width, and the cell text for an entry.
    struct Column: Sendable {
        var heading: String
        var width: Int
        var text: @Sendable (LibraryEntry) -> String
    }

    static let columns: [Column] = [
        Column(heading: "Date", width: 10) { shortDate($0) },
        Column(heading: "Source", width: 12) { $0.source },
        Column(heading: "Lang", width: 7) { $0.language },
        Column(heading: "Junk", width: 4) { "\(Int(($0.junkShare * 100).rounded()))%" },
        Column(heading: "Goals", width: 5) { "\($0.goals)" },
        Column(heading: "Meas.", width: 5) { "\($0.measures)" },
    ]

    /// The columns that fit beside a title of at least 20 cells, dropping from the left.
    static func shownColumns(width: Int) -> [Column] {
        var shown = columns
        while !shown.isEmpty && width - shown.reduce(0, { $0 + $1.width + 2 }) < 20 { shown.removeFirst() }
        return shown
    }

    /// `2024-03-08` when the date has year, month and day; else the date as given.
    static func shortDate(_ e: LibraryEntry) -> String {
        let k = e.dateKey
        guard k.count >= 3, k[0] > 999 else { return e.date }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(k[0])-\(two(k[1]))-\(two(k[2]))"
    }

    /// Index into `library.rows` of the first row drawn: whole pages, so the list does not jump.
    static func firstRow(_ state: AppState) -> Int {
        let height = state.libraryHeight
        return (state.library.selection / height) * height
    }

    static func headerText(_ state: AppState) -> String {
        let library = state.library
        var parts = ["Library", "\(grouped(library.entries.count)) articles", "sorted by \(library.sort.label)"]
        if !library.filter.isEmpty { parts.append("filter “\(library.filter)”: \(grouped(library.rows.count)) shown") }
        return " " + parts.joined(separator: " · ")
    }

    static func draw(_ state: AppState, into writer: inout CellWriter) {
        writer.fill(row: 0, from: 0, to: state.columns, role: .status)
        writer.write(headerText(state), row: 0, column: 0, limit: state.columns, role: .status)
        let shown = shownColumns(width: state.columns - 2)
        let titleWidth = state.columns - 2 - shown.reduce(0) { $0 + $1.width + 2 }
        drawRow(title: "Title", cells: shown.map(\.heading), shown, titleWidth: titleWidth, row: 1,
                role: .heading, &writer)
        let library = state.library
        let first = firstRow(state)
        for r in 0..<state.libraryHeight {
            let index = first + r
            guard library.rows.indices.contains(index) else { break }
            let entry = library.entries[library.rows[index]]
            let selected = index == library.selection
            let role: StyleRole = selected ? .selection : .text
            if selected { writer.fill(row: 2 + r, from: 0, to: state.columns, role: role) }
            drawRow(title: (selected ? "› " : "  ") + entry.title, cells: shown.map { $0.text(entry) }, shown,
                    titleWidth: titleWidth, row: 2 + r, role: role, &writer)
        }
        if library.rows.isEmpty {
            let message = library.entries.isEmpty
                ? (library.progress.finished ? "  no articles" : "  reading…")
                : "  no article matches the filter"
            writer.write(message, row: 2, column: 0, limit: state.columns, role: .dim)
        }
    }

    private static func drawRow(title: String, cells: [String], _ shown: [Column], titleWidth: Int, row: Int,
                                role: StyleRole, _ writer: inout CellWriter) {
        let measure = writer.measure
        writer.write(SidebarView.truncated(title, width: titleWidth, measure), row: row, column: 0,
                     limit: titleWidth, role: role)
        var column = titleWidth + 2
        for (cell, c) in zip(cells, shown) {
            let text = SidebarView.truncated(cell, width: c.width, measure)
            // Numbers line up on the right, words on the left.
            let pad = c.heading == "Junk" || c.heading == "Goals" || c.heading == "Meas."
                ? max(0, c.width - measure.width(of: text)) : 0
            writer.write(text, row: row, column: column + pad, limit: column + c.width, role: role)
            column += c.width + 2
        }
    }

    /// 100000 → "100,000".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
