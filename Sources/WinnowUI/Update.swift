/// The pure state transition: no terminal, clock or disk. Returns the effects the runtime performs.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .keyPrefix(let c) = action {
        state.pendingKey = c
        return []
    }
    state.pendingKey = nil
    if let effects = updateLibrary(&state, action) { return effects }
    let layout = state.layout
    switch action {
    case .scrollLines(let n): state.scroll(by: n)
    case .scrollPages(let n): state.scroll(by: n * state.paneHeight)
    case .scrollHalfPages(let n): state.scroll(by: n * max(1, state.paneHeight / 2))
    case .goToTop: state.top = ScrollPosition(block: 0)
    case .goToBottom: state.top = layout.lastPageTop(height: state.paneHeight)
    case .nextSection:
        let line = state.topLine
        if let section = state.analysis?.sections.first(where: { $0.line > line }) { state.jump(toLine: section.line) }
    case .previousSection:
        let line = state.topLine
        let atBlockStart = state.top.row == 0
        if let section = state.analysis?.sections.last(where: { $0.line < line || (!atBlockStart && $0.line == line) }) {
            state.jump(toLine: section.line)
        }
    case .openOutline:
        let current = state.currentSection.flatMap { s in state.analysis?.sections.firstIndex(of: s) } ?? 0
        state.popup = .outline(selection: current)
    case .popupMove(let d):
        if case .outline(let sel) = state.popup {
            let count = state.analysis?.sections.count ?? 0
            state.popup = .outline(selection: min(max(0, sel + d), max(0, count - 1)))
        } else if case .help(let scroll) = state.popup {
            let most = max(0, Keymap.helpLines.count - (state.rows - 4))
            state.popup = .help(scroll: min(max(0, scroll + d), most))
        }
    case .outlineJump:
        if case .outline(let sel) = state.popup, let sections = state.analysis?.sections, sections.indices.contains(sel) {
            state.jump(toLine: sections[sel].line)
        }
        state.popup = nil
    case .toggleView:
        if state.isPreview {
            state.notice = "still analysing: the cleaned view comes when it is done"
        } else {
            state.keepingAnchor { $0.mode = $0.mode == .cleaned ? .raw : .cleaned }
        }
    case .toggleMarkers:
        state.keepingAnchor { $0.showMarkers.toggle() }
    case .toggleSidebar:
        state.keepingAnchor { $0.sidebarWanted.toggle() }
        if !state.isSidebarShown { state.focus = .article }
    case .toggleFocus:
        state.focus = state.focus == .article && state.isSidebarShown ? .sidebar : .article
    case .sidebarMove(let d): state.moveSidebarSelection(by: d)
    case .sidebarJump: state.jumpToSidebarSelection()
    case .clickSidebar(let row):
        if let index = SidebarView.itemIndex(atScreenRow: row, in: state), state.sidebarItems[index].isSelectable {
            state.sidebarSelection = index
            state.focus = .sidebar
            state.jumpToSidebarSelection()
        }
    case .startSearch:
        state.search = SearchState(query: "", isEditing: true)
    case .searchType(let c):
        state.search.query.unicodeScalars.append(c)
        state.runSearch(moveToFirstHit: true)
    case .searchErase:
        if !state.search.query.isEmpty { state.search.query.unicodeScalars.removeLast() }
        state.runSearch(moveToFirstHit: true)
    case .searchCommit:
        state.search.isEditing = false
        if state.search.query.isEmpty { state.search = SearchState() }
    case .nextMatch: state.stepMatch(by: 1)
    case .previousMatch: state.stepMatch(by: -1)
    case .cancel:
        if state.popup != nil { state.popup = nil }
        else if state.search.isEditing || !state.search.query.isEmpty { state.search = SearchState() }
        else if state.highlight != nil { state.highlight = nil }
        else { state.focus = .article }
    case .nextDocument: return state.stepArticle(by: 1)
    case .previousDocument: return state.stepArticle(by: -1)
    case .backToLibrary:
        if state.hasLibrary { state.screen = .library; state.popup = nil }
    case .showHelp: state.popup = .help(scroll: 0)
    case .closePopup: state.popup = nil
    case .resize(let rows, let columns):
        state.keepingAnchor { $0.rows = max(1, rows); $0.columns = max(1, columns) }
        if !state.isSidebarShown { state.focus = .article }
    case .suspend: return [.suspend]
    case .quit:
        if state.popup != nil { state.popup = nil; return [] }
        if state.hasLibrary { state.screen = .library; return [] }
        return [.quit]
    case .keyPrefix, .libraryMove, .openSelected, .sortLibrary, .cycleSort, .filterType, .filterErase,
         .filterCommit, .documentsArrived, .articleOpened, .articleFailed, .previewArrived: break
    }
    return []
}

extension AppState {
    /// Source line of the block at the top of the article pane.
    var topLine: Int {
        let l = layout
        return l.blocks.isEmpty ? 0 : l.blocks[min(top.block, l.blocks.count - 1)].sourceLine
    }

    mutating func scroll(by n: Int) {
        let l = layout
        let moved = l.move(top, by: n)
        if n > 0 {
            let last = l.lastPageTop(height: paneHeight)
            top = moved > last ? max(top, last) : moved
        } else {
            top = moved
        }
    }

    /// Puts the block showing source line `line` at the top.
    mutating func jump(toLine line: Int) {
        top = ScrollPosition(block: layout.block(atLine: line))
    }

    /// Applies a change that re-lays out the article and keeps the same source line at the top.
    mutating func keepingAnchor(_ change: (inout AppState) -> Void) {
        let line = topLine
        let oldMode = mode, oldMarkers = showMarkers
        let row = top.row
        change(&self)
        let l = layout
        if mode != oldMode || showMarkers != oldMarkers {
            top = ScrollPosition(block: l.block(atLine: line))
            if !search.query.isEmpty { runSearch(moveToFirstHit: false) }
        } else {
            top = l.clamp(ScrollPosition(block: top.block, row: row))
        }
    }

    mutating func moveSidebarSelection(by d: Int) {
        guard let current = sidebarSelection else { return }
        var i = current + d
        while sidebarItems.indices.contains(i) && !sidebarItems[i].isSelectable { i += d }
        if sidebarItems.indices.contains(i) { sidebarSelection = i }
    }

    mutating func jumpToSidebarSelection() {
        guard let index = sidebarSelection, sidebarItems.indices.contains(index) else { return }
        let item = sidebarItems[index]
        highlight = SourceHighlight(line: item.line, span: item.span)
        let l = layout
        var block = l.block(atLine: item.line)
        var row = 0
        // A long line is cut into several blocks: find the one that shows the span.
        var b = block
        while b < l.blocks.count && l.blocks[b].sourceLine == item.line {
            if let local = SpanLocator.localRange(of: highlight!, inBlock: b, of: l, analysis: analysis) {
                block = b
                row = l.rows(ofBlock: b).lastIndex { $0.lowerBound <= local.lowerBound } ?? 0
                break
            }
            b += 1
        }
        top = l.move(ScrollPosition(block: block, row: row), by: row > 2 ? -2 : -row)
    }

    mutating func runSearch(moveToFirstHit: Bool) {
        let l = layout
        search.matches = search.query.isEmpty ? [] : TextSearch.matches(of: search.query, in: foldedTexts)
        let topNow = top
        // First hit at or below the top; only the top block is wrapped to decide.
        search.current = search.matches.firstIndex {
            $0.block > topNow.block || ($0.block == topNow.block && l.row(of: $0) >= topNow.row)
        } ?? (search.matches.isEmpty ? nil : 0)
        if moveToFirstHit, let c = search.current { reveal(search.matches[c]) }
    }

    mutating func stepMatch(by d: Int) {
        guard !search.matches.isEmpty else { return }
        let count = search.matches.count
        search.current = ((search.current ?? (d > 0 ? -1 : 0)) + d + count) % count
        reveal(search.matches[search.current!])
    }

    /// Scrolls just enough to show a match, with two rows of context above it when it moves.
    mutating func reveal(_ match: SearchMatch) {
        let l = layout
        let p = ScrollPosition(block: match.block, row: l.row(of: match))
        let bottom = l.move(top, by: paneHeight - 1)
        if p < top || p > bottom { top = l.move(p, by: -2) }
    }

    /// Asks for the article after (or before) the open one in the library's order, wrapping around.
    mutating func stepArticle(by d: Int) -> [Effect] {
        let rows = library.rows
        guard rows.count > 1 || (rows.count == 1 && rows[0] != documentIndex) else { return [] }
        let here = library.rowIndex(ofNumber: documentIndex) ?? (d > 0 ? -1 : 0)
        let next = (here + d + rows.count) % rows.count
        return [.openArticle(number: rows[next])]
    }
}

extension DocumentLayout {
    /// The display row of a block that contains a match's start.
    func row(of match: SearchMatch) -> Int {
        rows(ofBlock: match.block).lastIndex { $0.lowerBound <= match.range.lowerBound } ?? 0
    }
}
