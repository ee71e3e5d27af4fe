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
/// draw, wait for an event, update, perform the effects, repeat.
public final class Browser {
    public private(set) var state: AppState
    private let theme: Theme

    public init(documents: [BrowserDocument], theme: Theme, options: BrowserOptions = BrowserOptions()) {
        self.theme = theme
        self.state = AppState(documents: documents, options: options, rows: 24, columns: 80)
    }

    /// Runs until the reader quits or input ends.
    public func run(on backend: TerminalBackend) {
        var preparedDocument: Int?
        while true {
            // The backend's size is the truth, whether or not a resize event reported it.
            let size = backend.size
            if size.rows != state.rows || size.columns != state.columns {
                _ = update(&state, .resize(rows: size.rows, columns: size.columns))
            }
            backend.draw(ScreenRenderer.render(state))
            if preparedDocument != state.documentIndex {
                // Between the frame and the reader's next key: warm the search caches.
                state.prepareSearch()
                preparedDocument = state.documentIndex
            }
            guard let event = backend.nextEvent() else { return }
            guard let action = InputTranslator.action(for: event, in: state) else { continue }
            for effect in update(&state, action) {
                switch effect {
                case .quit: return
                case .suspend:
                    backend.suspend()
                }
            }
        }
    }
}
