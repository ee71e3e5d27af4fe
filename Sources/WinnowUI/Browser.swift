import WinnowCore

/// Options the reader sets on the command line.
public struct BrowserOptions: Sendable, Equatable {
    /// Draw East-Asian-ambiguous characters (“ ” … — ·) two columns wide, for terminals set that way.
    public var ambiguousIsWide: Bool
    /// Show the one-line markers where the cleaned view removed junk (`m` toggles).
    public var showMarkers: Bool
    public init(ambiguousIsWide: Bool = false, showMarkers: Bool = true) {
        self.ambiguousIsWide = ambiguousIsWide
        self.showMarkers = showMarkers
    }
}

/// One article the browser can show.
public struct BrowserDocument: Sendable {
    public var analysis: Analysis
    public init(analysis: Analysis) {
        self.analysis = analysis
    }
}

/// The browser: owns the app state and runs the event loop against a terminal backend:
/// take in indexed articles, draw, wait for an event, update, perform the effects, repeat.
public final class Browser {
    public private(set) var state: AppState
    private let theme: Theme
    private let source: ArticleSource
    private let feed = LibraryFeed()
    /// How long to wait for a key while articles are still arriving, before showing the new ones
    /// (shorter until the first ones are on screen).
    static let pollMilliseconds = 100
    static let firstRowsPollMilliseconds = 10
    /// How long the first frame may wait for a second article: one file opens straight on its
    /// article, without a library flashing up first.
    static let singleArticleGrace = Duration.milliseconds(500)

    /// A browser over articles already analysed (one opens at once; several open on the library).
    public convenience init(documents: [BrowserDocument], theme: Theme, options: BrowserOptions = BrowserOptions()) {
        self.init(source: InMemorySource(documents.map(\.analysis)), theme: theme, options: options)
    }

    /// A browser whose articles are indexed in the background by `source`.
    public init(source: ArticleSource, theme: Theme, options: BrowserOptions = BrowserOptions()) {
        self.theme = theme
        self.source = source
        self.state = AppState(options: options, rows: 24, columns: 80)
    }

    /// Inputs the indexer could not read (to report once the terminal is given back).
    public var inputErrors: [InputError] { feed.inputErrors }

    /// Runs until the reader quits or input ends.
    public func run(on backend: TerminalBackend) {
        defer { feed.cancel() }
        source.startIndexing(into: feed)
        let started = ContinuousClock.now
        var preparedDocument: Int?
        while true {
            if !takeArrivals(on: backend) { return }
            if let preview = feed.takePreview(), !perform(.previewArrived(preview), on: backend) { return }
            // The backend's size is the truth, whether or not a resize event reported it.
            let size = backend.size
            if size.rows != state.rows || size.columns != state.columns {
                _ = update(&state, .resize(rows: size.rows, columns: size.columns))
            }
            let mayBeOneArticle = state.screen == .library && !state.library.progress.finished
                && state.library.entries.count < 2 && ContinuousClock.now - started < Self.singleArticleGrace
            if !mayBeOneArticle { backend.draw(ScreenRenderer.render(state)) }
            // Between the frame and the reader's next key: warm the search caches (not a preview's:
            // the keys must stay quick while the analysis runs, and it replaces them soon).
            if state.screen == .article && !state.isPreview && preparedDocument != state.documentIndex {
                state.prepareSearch()
                preparedDocument = state.documentIndex
            }
            let event: InputEvent
            if state.library.progress.finished {
                guard let e = backend.nextEvent() else { return }
                event = e
            } else {
                let wait = state.library.entries.count < 2 ? Self.firstRowsPollMilliseconds : Self.pollMilliseconds
                switch backend.nextEvent(timeoutMilliseconds: wait) {
                case .event(let e): event = e
                case .timedOut: continue
                case .ended: return
                }
            }
            guard let action = InputTranslator.action(for: event, in: state) else { continue }
            if !perform(action, on: backend) { return }
        }
    }

    /// Hands what the indexer posted since the last frame to `update`. False when the reader quit.
    private func takeArrivals(on backend: TerminalBackend) -> Bool {
        guard !state.library.progress.finished else { return true }
        let (entries, progress) = feed.drain()
        if entries.isEmpty && progress == state.library.progress { return true }
        return perform(.documentsArrived(entries, progress), on: backend)
    }

    /// Applies an action and carries out its effects (which may answer with more actions).
    /// False when the reader quit.
    private func perform(_ action: Action, on backend: TerminalBackend) -> Bool {
        var queue = [action]
        while !queue.isEmpty {
            for effect in update(&state, queue.removeFirst()) {
                switch effect {
                case .quit: return false
                case .suspend: backend.suspend()
                case .openArticle(let number):
                    guard state.library.entries.indices.contains(number) else { continue }
                    switch source.analysis(of: state.library.entries[number]) {
                    case .success(let analysis): queue.append(.articleOpened(number: number, analysis))
                    case .failure(let error): queue.append(.articleFailed(number: number, reason: error.description))
                    }
                }
            }
        }
        return true
    }
}
