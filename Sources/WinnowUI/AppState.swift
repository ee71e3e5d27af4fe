import WinnowCore

/// Which pane takes the movement keys.
public enum Focus: Sendable, Equatable { case article, sidebar }

/// A window drawn over the article.
public enum Popup: Sendable, Equatable {
    /// The key list, scrolled by `scroll` lines on short terminals.
    case help(scroll: Int)
    case outline(selection: Int)
}

/// The search as typed so far and what it found in the current view.
public struct SearchState: Sendable, Equatable {
    public var query = ""
    /// True while the `/` prompt takes keys.
    public var isEditing = false
    public var matches: [SearchMatch] = []
    public var current: Int?
}

/// A source span to highlight (the selected goal, measure or removed region).
public struct SourceHighlight: Sendable, Equatable {
    public var line: Int
    public var span: Range<Int>?
}

/// What fills the screen: the list of articles or one article.
public enum Screen: Sendable, Equatable { case library, article }

/// The whole state of the browser as a value; `update` changes it, `ScreenRenderer` draws it.
public struct AppState: Sendable {
    /// Every article known so far, as summaries, with the rows shown and the selection.
    public var library = LibraryState()
    public var screen: Screen = .library
    /// Input number of the open article.
    public var documentIndex = 0
    /// The open article's full analysis (only the open one is kept).
    public var openAnalysis: Analysis?
    /// The open article is the raw text of a document still being analysed (`ArticlePreview`):
    /// shown in the raw view, unlabelled, until `replacePreview` swaps the analysis in.
    public var isPreview = false
    /// A one-line message for the status line (an article that could not be read again).
    public var notice: String?
    public var options: BrowserOptions
    public var rows: Int
    public var columns: Int
    public var mode: ViewMode = .cleaned
    public var showMarkers: Bool
    /// The reader's choice; the sidebar also folds away on narrow terminals.
    public var sidebarWanted = true
    public var focus: Focus = .article
    public var top = ScrollPosition(block: 0)
    public var sidebarItems: [SidebarItem] = []
    public var sidebarSelection: Int?
    public var highlight: SourceHighlight?
    public var search = SearchState()
    public var popup: Popup?
    /// First key of a two-key command (`]]`, `[[`).
    public var pendingKey: Unicode.Scalar?
    let layouts: LayoutStore

    /// A browser over articles already analysed: one opens at once, several open on the library.
    public init(documents: [BrowserDocument], options: BrowserOptions = BrowserOptions(), rows: Int, columns: Int) {
        self.init(options: options, rows: rows, columns: columns)
        library.append(documents.enumerated().map { LibraryEntry(number: $0.offset, analysis: $0.element.analysis) })
        library.progress = IndexProgress(finished: true)
        if documents.count == 1 { open(number: 0, analysis: documents[0].analysis) }
    }

    /// An empty library; articles arrive with `documentsArrived`.
    public init(options: BrowserOptions = BrowserOptions(), rows: Int, columns: Int) {
        self.options = options
        self.rows = rows
        self.columns = columns
        self.showMarkers = options.showMarkers
        self.layouts = LayoutStore(measure: DisplayWidth(ambiguousIsWide: options.ambiguousIsWide))
        loadSidebar()
    }

    public var analysis: Analysis? { openAnalysis }

    /// True when there is a library to go back to (more than one article, or more coming).
    public var hasLibrary: Bool { library.entries.count > 1 || !library.progress.finished }

    /// Shows an article and starts it at the top.
    mutating func open(number: Int, analysis: Analysis) {
        documentIndex = number
        openAnalysis = analysis
        isPreview = false
        layouts.forget()
        screen = .article
        top = ScrollPosition(block: 0)
        search = SearchState()
        highlight = nil
        popup = nil
        focus = .article
        notice = nil
        loadSidebar()
        library.select(number: number)
    }

    /// Shows the raw text of the first document while it is analysed.
    mutating func openPreview(_ preview: Analysis) {
        open(number: 0, analysis: preview)
        mode = .raw
        isPreview = true
    }

    /// The analysis of the previewed document arrived. A reader who has not moved gets the
    /// cleaned view from the top, as if it had been there all along; one who has scrolled or
    /// searched stays in the raw view at the same line.
    mutating func replacePreview(with analysis: Analysis) {
        let moved = top != ScrollPosition(block: 0) || !search.query.isEmpty
        let line = topLine
        openAnalysis = analysis
        isPreview = false
        layouts.forget()
        loadSidebar()
        library.select(number: documentIndex)
        if moved {
            top = ScrollPosition(block: layout.block(atLine: line))
            if !search.query.isEmpty { runSearch(moveToFirstHit: false) }
            notice = "analysed: v shows the cleaned article"
        } else {
            mode = .cleaned
            top = ScrollPosition(block: 0)
        }
    }

    // MARK: geometry (header row, article pane, status row)

    public static let minimumColumnsForSidebar = 80
    public var isSidebarShown: Bool { sidebarWanted && columns >= Self.minimumColumnsForSidebar }
    public var sidebarWidth: Int { isSidebarShown ? min(40, max(24, columns / 3)) : 0 }
    public var paneWidth: Int { max(1, columns - sidebarWidth) }
    public var paneHeight: Int { max(1, rows - 2) }
    public var gutterWidth: Int { mode == .raw ? (layout.blocks.first?.gutter.count ?? 0) : 1 }
    /// Columns the article text wraps at.
    public var textWidth: Int { max(4, paneWidth - gutterWidth - 1) }

    /// The current document in the current view, wrapped at the current width.
    public var layout: DocumentLayout {
        let l = layouts.layout(documentIndex: documentIndex, analysis: analysis, mode: mode, showMarkers: showMarkers)
        let gutter = mode == .raw ? (l.blocks.first?.gutter.count ?? 0) : 1
        l.setWidth(max(4, paneWidth - gutter - 1))
        return l
    }

    /// The current view's blocks folded for search.
    public var foldedTexts: [[UInt32]] {
        layout.foldedTexts(lineFolds: layouts.foldedLines(documentIndex: documentIndex, analysis: analysis))
    }

    /// Fills the search caches of the current document ahead of the first search. Changes no
    /// visible state; the runtime calls it while waiting for the first key.
    public func prepareSearch() { _ = foldedTexts }

    mutating func loadSidebar() {
        sidebarItems = analysis.map { SidebarItem.items(for: $0) } ?? []
        sidebarSelection = sidebarItems.firstIndex { $0.isSelectable }
    }

    /// The section the top of the screen is in.
    public var currentSection: Section? {
        guard let analysis, !layout.blocks.isEmpty else { return nil }
        let line = layout.blocks[min(top.block, layout.blocks.count - 1)].sourceLine
        return analysis.sections.last { $0.line <= line }
    }

    /// Share of the document above the bottom of the screen, by blocks (no full wrap needed).
    public var positionPercent: Int {
        let l = layout
        guard l.blocks.count > 1 else { return 100 }
        let bottom = l.move(top, by: paneHeight - 1)
        if bottom == l.end { return 100 }
        return min(100, bottom.block * 100 / (l.blocks.count - 1))
    }
}

/// Layouts of the open documents, built on first use (a memo shared by copies of the state).
final class LayoutStore: @unchecked Sendable {
    struct Key: Hashable { var document: Int; var mode: ViewMode; var markers: Bool }
    let measure: DisplayWidth
    private var layouts: [Key: DocumentLayout] = [:]
    private static let empty = Analysis(path: "", encoding: "utf-8", language: "other")

    init(measure: DisplayWidth) { self.measure = measure }

    /// Drops the memo when another article opens: only the open article's layouts are kept.
    func forget() {
        layouts = [:]
        lineFolds = [:]
    }

    func layout(documentIndex: Int, analysis: Analysis?, mode: ViewMode, showMarkers: Bool) -> DocumentLayout {
        let key = Key(document: documentIndex, mode: mode, markers: mode == .cleaned && showMarkers)
        if let l = layouts[key] { return l }
        let l = DocumentLayout(analysis: analysis ?? Self.empty, mode: mode, showMarkers: key.markers, measure: measure)
        layouts[key] = l
        return l
    }

    private var lineFolds: [Int: [[UInt32]]] = [:]

    /// The document's lines folded for search, computed once per document.
    func foldedLines(documentIndex: Int, analysis: Analysis?) -> [[UInt32]] {
        if let f = lineFolds[documentIndex] { return f }
        let f = (analysis?.lines ?? []).map { SearchFolding.fold($0.text) }
        lineFolds[documentIndex] = f
        return f
    }
}
