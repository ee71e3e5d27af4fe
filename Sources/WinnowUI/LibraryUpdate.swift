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
        return []
    case .articleOpened(let number, let analysis):
        state.open(number: number, analysis: analysis)
        return []
    case .articleFailed(_, let reason):
        state.notice = reason
        return []
    default:
        break
    }
    guard state.screen == .library else { return nil }
    state.notice = nil
    var library = state.library
    defer { state.library = library }
    switch action {
    case .libraryMove(let d), .scrollLines(let d): library.moveSelection(by: d)
    case .scrollPages(let n): library.moveSelection(by: n * state.libraryHeight)
    case .scrollHalfPages(let n): library.moveSelection(by: n * max(1, state.libraryHeight / 2))
    case .goToTop: library.selectRow(0)
    case .goToBottom: library.selectRow(library.rows.count - 1)
    case .openSelected:
        if let entry = library.selectedEntry { return [.openArticle(number: entry.number)] }
    case .sortLibrary(let sort): library.setSort(sort)
    case .cycleSort:
        let all = LibrarySort.allCases
        library.setSort(all[(all.firstIndex(of: library.sort)! + 1) % all.count])
    case .startSearch: library.isEditingFilter = true
    case .filterType(let c):
        var text = library.filter
        text.unicodeScalars.append(c)
        library.setFilter(text)
    case .filterErase:
        var text = library.filter
        if !text.isEmpty { text.unicodeScalars.removeLast() }
        library.setFilter(text)
    case .filterCommit: library.isEditingFilter = false
    case .cancel:
        if state.popup != nil { state.popup = nil } else {
            library.isEditingFilter = false
            library.setFilter("")
        }
    case .showHelp: state.popup = .help(scroll: 0)
    case .popupMove, .closePopup: return nil
    case .resize: return nil
    case .suspend: return [.suspend]
    case .quit:
        if state.popup != nil { state.popup = nil; return [] }
        return [.quit]
    case .nextDocument: library.moveSelection(by: 1)
    case .previousDocument: library.moveSelection(by: -1)
    default:
        break  // article keys do nothing in the library
    }
    return []
}

extension AppState {
    /// Rows of articles the library pane shows (below its column headings).
    public var libraryHeight: Int { max(1, paneHeight - 1) }
}
