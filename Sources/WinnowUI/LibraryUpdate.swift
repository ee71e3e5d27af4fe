/// The library's part of `update`: actions from the background indexer and the runtime on any
/// screen, and the reader's keys while the library is shown. Returns nil for an action it leaves
/// to the article.
func updateLibrary(_ state: inout AppState, _ action: Action) -> [Effect]? {
    switch action {
    case .documentsArrived(let entries, let progress):
        let wasEmpty = state.library.entries.isEmpty
        state.library.append(entries)
        state.library.progress = progress
        if wasEmpty && !entries.isEmpty { state.library.selectRow(0) }
        // Nothing could be read: close, and the runtime reports why.
        if progress.finished && state.library.entries.isEmpty { return [.quit] }
        // A single article needs no library: open it once indexing is done.
        if progress.finished, state.library.entries.count == 1, state.screen == .library, state.openAnalysis == nil {
            return [.openArticle(number: 0)]
        }
        // The preview on screen has its analysis now: swap it in.
        if state.isPreview, entries.contains(where: { $0.number == state.documentIndex }) {
            return [.openArticle(number: state.documentIndex)]
        }
        return []
    case .previewArrived(let analysis):
        // Only while nothing else is on screen.
        if state.screen == .library, state.library.entries.isEmpty, state.openAnalysis == nil {
            state.openPreview(analysis)
        }
        return []
    case .articleOpened(let number, let analysis):
        if state.isPreview && number == state.documentIndex {
            state.replacePreview(with: analysis)
        } else {
            state.open(number: number, analysis: analysis)
        }
        return []
    case .articleFailed(_, let reason):
        state.notice = reason
        return []
    default:
        break
    }
    guard state.screen == .library else { return nil }
    state.notice = nil
    switch action {
    case .libraryMove(let d), .scrollLines(let d): state.library.moveSelection(by: d)
    case .scrollPages(let n): state.library.moveSelection(by: n * state.libraryHeight)
    case .scrollHalfPages(let n): state.library.moveSelection(by: n * max(1, state.libraryHeight / 2))
    case .goToTop: state.library.selectRow(0)
    case .goToBottom: state.library.selectRow(state.library.rows.count - 1)
    case .openSelected:
        if let entry = state.library.selectedEntry { return [.openArticle(number: entry.number)] }
    case .sortLibrary(let sort): state.library.setSort(sort)
    case .cycleSort:
        let all = LibrarySort.allCases
        state.library.setSort(all[(all.firstIndex(of: state.library.sort)! + 1) % all.count])
    case .startSearch: state.library.isEditingFilter = true
    case .filterType(let c):
        var text = state.library.filter
        text.unicodeScalars.append(c)
        state.library.setFilter(text)
    case .filterErase:
        var text = state.library.filter
        if !text.isEmpty { text.unicodeScalars.removeLast() }
        state.library.setFilter(text)
    case .filterCommit: state.library.isEditingFilter = false
    case .cancel:
        if state.popup != nil { state.popup = nil } else {
            state.library.isEditingFilter = false
            state.library.setFilter("")
        }
    case .showHelp: state.popup = .help(scroll: 0)
    case .popupMove, .closePopup: return nil
    case .resize: return nil
    case .suspend: return [.suspend]
    case .quit:
        if state.popup != nil { state.popup = nil; return [] }
        return [.quit]
    case .nextDocument: state.library.moveSelection(by: 1)
    case .previousDocument: state.library.moveSelection(by: -1)
    default:
        break  // article keys do nothing in the library
    }
    return []
}

extension AppState {
    /// Rows of articles the library pane shows (below its column headings).
    public var libraryHeight: Int { max(1, paneHeight - 1) }
}
