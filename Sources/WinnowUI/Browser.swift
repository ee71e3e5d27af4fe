import WinnowCore

/// Options the reader sets on the command line.
public struct BrowserOptions: Sendable, Equatable {
    /// Draw East-Asian-ambiguous characters (“ ” … — ·) two columns wide, for terminals set that way.
    public var ambiguousIsWide: Bool
    public init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }
}

/// One article the browser can show.
public struct BrowserDocument: Sendable {
    public var analysis: Analysis
    public init(analysis: Analysis) {
        self.analysis = analysis
    }
}

/// The browser: owns the app state and runs the event loop against a terminal backend.
///
/// PLACEHOLDER: shows the first document's lines until `q`. The real front end replaces the body,
/// keeping this public surface (init + run) for the `winnow` executable.
public final class Browser {
    private let documents: [BrowserDocument]
    private let theme: Theme
    private let options: BrowserOptions

    public init(documents: [BrowserDocument], theme: Theme, options: BrowserOptions = BrowserOptions()) {
        self.documents = documents
        self.theme = theme
        self.options = options
    }

    /// Runs until the reader quits or input ends.
    public func run(on backend: TerminalBackend) {
        while true {
            let size = backend.size
            var buffer = CellBuffer(rows: size.rows, columns: size.columns)
            let lines = documents.first?.analysis.lines ?? []
            for (row, line) in lines.prefix(size.rows).enumerated() {
                var column = 0
                for scalar in line.text.unicodeScalars where scalar.value < 0x7F && scalar.value >= 0x20 {
                    guard column < size.columns else { break }
                    buffer[row, column] = Cell(content: String(scalar), width: 1, role: line.kind.isJunk ? .spam : .text)
                    column += 1
                }
            }
            backend.draw(buffer)
            guard let event = backend.nextEvent() else { return }
            if event == .key(.character("q")) { return }
        }
    }
}
