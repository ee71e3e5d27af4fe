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
    case nextDocument, previousDocument
    case showHelp, closePopup
    case resize(rows: Int, columns: Int)
    case suspend, quit
    /// The first key of a two-key command was pressed.
    case keyPrefix(Unicode.Scalar)
}

/// What `update` asks the runtime to do; the answer, if any, comes back as an action.
public enum Effect: Sendable, Equatable {
    case suspend
    case quit
}
