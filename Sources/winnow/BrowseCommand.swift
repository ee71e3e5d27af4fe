import ArgumentParser
import Foundation
import WinnowCore
import WinnowCurses
import WinnowUI

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse articles in the terminal (the default).",
        discussion: """
            With no PATH, opens the sample articles built into winnow. When standard output is not \
            a terminal, or the terminal cannot be driven (TERM unset, dumb or unknown), prints the \
            cleaned text instead. NO_COLOR (non-empty) or a terminal without colours gives the \
            monochrome theme unless --theme names one.
            """)

    @Option(help: ArgumentHelp(
        "Colour theme: a name or a path to a .toml file.",
        discussion: "Built in: \(ThemeCatalog.builtInNames.joined(separator: ", ")). Your own go in "
            + "$XDG_CONFIG_HOME/winnow/themes/NAME.toml (default ~/.config/winnow/themes).",
        valueName: "name|path"))
    var theme: String?

    @Flag(help: "Count East Asian ambiguous characters (“ ” … — ·) as two columns, for terminals set up that way.")
    var ambiguousWide = false

    @Argument(help: "Files, directories, or - for standard input. None: the bundled sample articles.")
    var paths: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard Console.isOutputTerminal else { return try printText() }

        var runner = InputRunner()
        let documents = loadDocuments(&runner)
        guard !documents.isEmpty else { return try runner.finish() }

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(environment: environment)
        } catch {
            Console.error("cannot browse here (\(error.description)); printing the cleaned text")
            printText(documents)
            return try runner.finish()
        }
        defer { terminal.close() }  // also on an error thrown on the way

        let choice = ThemeChoice(requested: theme, catalog: ThemeCatalog(environment: environment),
                                 environment: environment, terminalHasColours: terminal.hasColours)
        terminal.apply(theme: choice.theme)
        terminal.notice = choice.problem.map { "\($0.description); using \(choice.theme.name)" }

        Browser(documents: documents, theme: choice.theme, options: BrowserOptions(ambiguousIsWide: ambiguousWide))
            .run(on: terminal)
        terminal.close()  // before any exit status is reported
        try runner.finish()
    }

    /// The named documents, or the built-in samples when no path was given.
    private func loadDocuments(_ runner: inout InputRunner) -> [BrowserDocument] {
        let analyzer = Analyzer()
        if paths.isEmpty {
            return EmbeddedSamples.files.map {
                BrowserDocument(analysis: analyzer.analyze(text: $0.text, path: $0.name))
            }
        }
        var documents: [BrowserDocument] = []
        runner.forEachDocument(in: paths) { document in
            documents.append(BrowserDocument(analysis: analyzer.analyze(document)))
        }
        return documents
    }

    private func printText() throws {
        if paths.isEmpty {
            var runner = InputRunner()
            printText(loadDocuments(&runner))
        } else {
            try Clean.printCleaned(paths: paths, style: .text)
        }
    }

    private func printText(_ documents: [BrowserDocument]) {
        let formatter = CleanArticleFormatter(style: .text)
        for (index, document) in documents.enumerated() {
            if index > 0 { Console.write("\n") }
            Console.write(formatter.format(document.analysis))
        }
    }
}
