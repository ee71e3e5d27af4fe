import WinnowCore

/// The bottom line: file, view, section, position, counts and key hints; the search prompt or hit
/// count while searching; in the raw view, the reasons for the line at the top.
enum StatusLine {
    static func text(_ state: AppState) -> String {
        if state.screen == .library { return libraryText(state) }
        if state.search.isEditing {
            return "/" + state.search.query + "   " + hitCount(state)
        }
        guard let a = state.analysis else { return " no document" }
        var parts: [String] = []
        let file = a.path.split(separator: "/").last.map(String.init) ?? a.path
        parts.append(file)
        if state.hasLibrary, let row = state.library.rowIndex(ofNumber: state.documentIndex) {
            parts.append("article \(row + 1)/\(state.library.rows.count)")
        }
        parts.append(state.mode == .cleaned ? "CLEANED" : "RAW")
        if state.isPreview {
            // Nothing is labelled yet: no section, reasons or counts to show.
            parts.append("analysing…")
            if let notice = state.notice { parts.append(notice) }
            return " " + parts.joined(separator: " · ")
        }
        if let s = state.currentSection { parts.append("§ " + s.title) }
        parts.append("\(state.positionPercent)%")
        if !state.search.query.isEmpty { parts.append("/\(state.search.query) \(hitCount(state))") }
        if state.mode == .raw, let reasons = reasonsAtTop(state) { parts.append(reasons) }
        if let indexing = indexingText(state) { parts.append(indexing) }
        if let notice = state.notice { parts.append(notice) }
        parts.append("removed: \(a.spamLineCount) spam, \(a.boilerplateLineCount) boilerplate")
        parts.append("goals \(a.goals.count) · measures \(a.measures.count)")
        return " " + parts.joined(separator: " · ")
    }

    /// The library's line: the filter prompt while typing, else counts and indexing progress.
    static func libraryText(_ state: AppState) -> String {
        let library = state.library
        if library.isEditingFilter {
            return "/" + library.filter + "   " + "\(LibraryView.grouped(library.rows.count)) of \(LibraryView.grouped(library.entries.count))"
        }
        var parts: [String] = []
        if !library.rows.isEmpty { parts.append("article \(library.selection + 1)/\(library.rows.count)") }
        if let indexing = indexingText(state) { parts.append(indexing) }
        if library.progress.failures > 0 { parts.append("\(LibraryView.grouped(library.progress.failures)) unreadable") }
        if let notice = state.notice { parts.append(notice) }
        return " " + parts.joined(separator: " · ")
    }

    /// "indexing… 4,096 articles" while the background indexer runs.
    static func indexingText(_ state: AppState) -> String? {
        state.library.progress.finished ? nil : "indexing… \(LibraryView.grouped(state.library.entries.count)) articles"
    }

    static func hitCount(_ state: AppState) -> String {
        let count = state.search.matches.count
        if count == 0 { return state.search.query.isEmpty ? "" : "no match" }
        return "\((state.search.current ?? 0) + 1)/\(count)"
    }

    static func reasonsAtTop(_ state: AppState) -> String? {
        let layout = state.layout
        guard layout.blocks.indices.contains(state.top.block),
              case .line(let i) = layout.blocks[state.top.block].kind,
              let line = state.analysis?.lines[i] else { return nil }
        return "line \(line.n) \(line.kind.rawValue)" + (line.reasons.isEmpty ? "" : ": " + line.reasons.joined(separator: ", "))
    }

    static func draw(_ state: AppState, into writer: inout CellWriter) {
        let row = state.rows - 1
        writer.fill(row: row, from: 0, to: state.columns, role: .status)
        let left = text(state)
        let end = writer.write(left, row: row, column: 0, limit: state.columns, role: .status)
        if state.screen == .library && state.library.isEditingFilter {
            writer.buffer.cursor = (row, min(state.columns - 1, writer.measure.width(of: "/" + state.library.filter)))
        } else if state.search.isEditing && state.screen == .article {
            writer.buffer.cursor = (row, min(state.columns - 1, writer.measure.width(of: "/" + state.search.query)))
        } else {
            // Key hints on the right when they fit.
            let hints = (state.screen == .library ? Keymap.libraryHints : Keymap.hints) + " "
            let width = writer.measure.width(of: hints)
            if end + 3 + width <= state.columns {
                writer.write(hints, row: row, column: state.columns - width, limit: state.columns, role: .status)
            }
        }
    }
}
