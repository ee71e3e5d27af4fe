/// Draws the whole screen for a state: header, article pane, sidebar, status line and any popup.
/// Views emit style roles; the backend resolves them through the theme.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> CellBuffer {
        var writer = CellWriter(buffer: CellBuffer(rows: state.rows, columns: state.columns),
                                measure: DisplayWidth(ambiguousIsWide: state.options.ambiguousIsWide))
        guard state.rows >= 3 else { return writer.buffer }
        if state.screen == .library {
            LibraryView.draw(state, into: &writer)
        } else {
            drawHeader(state, &writer)
            ArticleView.draw(state, into: &writer)
            if state.isSidebarShown { SidebarView.draw(state, into: &writer) }
        }
        StatusLine.draw(state, into: &writer)
        switch state.popup {
        case .help(let scroll):
            PopupView.draw(title: "Keys (j/k scroll, any other key closes)", lines: Keymap.helpLines,
                           selection: nil, scroll: scroll, state, &writer)
        case .outline(let selection):
            let lines = (state.analysis?.sections ?? []).map { "\($0.title)" }
            PopupView.draw(title: "Outline", lines: lines.isEmpty ? ["(no sections)"] : lines,
                           selection: selection, scroll: 0, state, &writer)
        case nil: break
        }
        return writer.buffer
    }

    static func drawHeader(_ state: AppState, _ writer: inout CellWriter) {
        writer.fill(row: 0, from: 0, to: state.columns, role: .status)
        let a = state.analysis
        let parts = [a?.title ?? a?.path ?? "", a?.published ?? "", a?.source ?? ""].filter { !$0.isEmpty }
        writer.write(" " + parts.joined(separator: " · "), row: 0, column: 0, limit: state.columns, role: .status)
    }
}

/// The article pane: wrapped rows of the current view from the scroll position down.
enum ArticleView {
    static func draw(_ state: AppState, into writer: inout CellWriter) {
        let layout = state.layout
        guard !layout.blocks.isEmpty else { return }
        let gutter = state.gutterWidth
        let limit = state.paneWidth
        var p = layout.clamp(state.top)
        for screenRow in 1...state.paneHeight {
            let block = layout.blocks[p.block]
            let rows = layout.rows(ofBlock: p.block)
            if state.mode == .raw {
                let text = p.row == 0 ? block.gutter : String(repeating: " ", count: block.gutter.count)
                let markRole: StyleRole = block.role == .spam || block.role == .boilerplate ? block.role : .gutter
                writer.write(text.unicodeScalars, row: screenRow, column: 0, limit: limit) { i in
                    i == text.unicodeScalars.count - 2 ? markRole : .gutter
                }
            }
            let range = rows[p.row]
            let scalars = layout.scalars(ofBlock: p.block)
            let spans = highlightSpans(state, layout, p.block)
            let base = block.role
            writer.write(scalars[range], row: screenRow, column: gutter, limit: limit) { i in
                let index = range.lowerBound + i
                for span in spans where span.range.contains(index) { return span.role }
                return base
            }
            if p.row + 1 < rows.count { p.row += 1 }
            else if p.block + 1 < layout.blocks.count { p = ScrollPosition(block: p.block + 1) }
            else { break }
        }
    }

    /// Search matches (the current one distinct) and the selected sidebar item's span in a block.
    static func highlightSpans(_ state: AppState, _ layout: DocumentLayout, _ block: Int) -> [(range: Range<Int>, role: StyleRole)] {
        var spans: [(range: Range<Int>, role: StyleRole)] = []
        let matches = state.search.matches
        if !matches.isEmpty {
            var lo = 0, hi = matches.count
            while lo < hi { let mid = (lo + hi) / 2; if matches[mid].block < block { lo = mid + 1 } else { hi = mid } }
            var i = lo
            while i < matches.count && matches[i].block == block {
                spans.append((matches[i].range, i == state.search.current ? .matchCurrent : .match))
                i += 1
            }
        }
        if let h = state.highlight, let r = SpanLocator.localRange(of: h, inBlock: block, of: layout, analysis: state.analysis) {
            spans.append((r, .selection))
        }
        return spans
    }
}

/// A centred box listing lines (help, outline), with an optional selected line.
enum PopupView {
    static func draw(title: String, lines: [String], selection: Int?, scroll: Int, _ state: AppState,
                     _ writer: inout CellWriter) {
        let measure = writer.measure
        let width = min(state.columns - 2, max(measure.width(of: title) + 4, (lines.map { measure.width(of: $0) }.max() ?? 0) + 4))
        let height = min(state.rows - 2, lines.count + 2)
        guard width > 4, height > 2 else { return }
        let left = (state.columns - width) / 2
        let topRow = max(1, (state.rows - height) / 2)
        let visible = height - 2
        let first = max(0, min(selection.map { $0 - visible / 2 } ?? scroll, lines.count - visible))
        for r in 0..<height {
            writer.fill(row: topRow + r, from: left, to: left + width, role: .sidebar)
            writer.write("│", row: topRow + r, column: left, limit: left + width, role: .border)
            writer.write("│", row: topRow + r, column: left + width - 1, limit: left + width, role: .border)
        }
        let rule = String(repeating: "─", count: width - 2)
        writer.write("┌" + rule + "┐", row: topRow, column: left, limit: left + width, role: .border)
        writer.write("└" + rule + "┘", row: topRow + height - 1, column: left, limit: left + width, role: .border)
        writer.write(" \(title) ", row: topRow, column: left + 2, limit: left + width - 1, role: .heading)
        for r in 0..<visible where first + r < lines.count {
            let index = first + r
            let role: StyleRole = index == selection ? .selection : .sidebar
            if index == selection { writer.fill(row: topRow + 1 + r, from: left + 1, to: left + width - 1, role: role) }
            writer.write(lines[index], row: topRow + 1 + r, column: left + 2, limit: left + width - 1, role: role)
        }
    }
}
