import WinnowCore

/// Everything the reader can ask for; input events become actions through the keymap.
public enum Action: Sendable, Equatable {
    case scrollLines(Int)
    case scrollPages(Int)
    case scrollHalfPages(Int)
    case goToTop, goToBottom
    case nextSection, previousSection
    case openOutline, outlineJump
    /// Moves the outline selection or scrolls the help.
    case popupMove(Int)
    case toggleView, toggleMarkers, toggleSidebar, toggleFocus
    case sidebarMove(Int), sidebarJump, clickSidebar(row: Int)
    case startSearch, searchType(Unicode.Scalar), searchErase, searchCommit, nextMatch, previousMatch
    /// Esc: closes a popup, else leaves the search prompt, else clears the search.
    case cancel
    /// `J`/`K` (and `>`/`<`): open the next or previous article in the library's order.
    case nextDocument, previousDocument
    /// Library: move the selection, open the selected article, go back from an article.
    case libraryMove(Int), openSelected, backToLibrary
    /// Library: sort by an order, or step to the next order.
    case sortLibrary(LibrarySort), cycleSort
    /// Library filter prompt (`/` in the library starts it).
    case filterType(Unicode.Scalar), filterErase, filterCommit
    /// From the runtime: articles indexed in the background, and how far indexing has come.
    case documentsArrived([LibraryEntry], IndexProgress)
    /// From the runtime: the article asked for with `Effect.openArticle`, read and analysed.
    case articleOpened(number: Int, Analysis)
    case articleFailed(number: Int, reason: String)
    /// From the runtime: the first document's raw text, while its analysis is still running.
    case previewArrived(Analysis)
    case showHelp, closePopup
    case resize(rows: Int, columns: Int)
    case suspend, quit
    /// The first key of a two-key command was pressed.
    case keyPrefix(Unicode.Scalar)
}

/// What `update` asks the runtime to do; the answer, if any, comes back as an action.
public enum Effect: Sendable, Equatable {
    /// Read and analyse the article with this input number; answer with `articleOpened`.
    case openArticle(number: Int)
    case suspend
    case quit
}
