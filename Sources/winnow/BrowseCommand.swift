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

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(environment: environment)
        } catch {
            Console.error("cannot browse here (\(error.description)); printing the cleaned text")
            return try printText()
        }
        defer { terminal.close() }  // also on an error thrown on the way

        let choice = ThemeChoice(requested: theme, catalog: ThemeCatalog(environment: environment),
                                 environment: environment, terminalHasColours: terminal.hasColours)
        terminal.apply(theme: choice.theme)
        terminal.notice = choice.problem.map { "\($0.description); using \(choice.theme.name)" }

        // Named paths are indexed in the background: the library shows its first rows at once.
        let source: ArticleSource = paths.isEmpty ? InMemorySource(sampleAnalyses()) : CorpusSource(paths: paths)
        let browser = Browser(source: source, theme: choice.theme, options: BrowserOptions(ambiguousIsWide: ambiguousWide))
        browser.run(on: terminal)
        terminal.close()
        for error in browser.inputErrors { Console.error(error.description) }
        if !browser.inputErrors.isEmpty { throw ExitCode.failure }
    }

    private func sampleAnalyses() -> [Analysis] {
        let analyzer = Analyzer()
        return EmbeddedSamples.files.map { analyzer.analyze(text: $0.text, path: $0.name) }
    }

    private func printText() throws {
        if paths.isEmpty {
            printText(sampleAnalyses().map { BrowserDocument(analysis: $0) })
        } else {
            try Clean.printCleaned(paths: paths, style: .text)
        }
    }

    private func printText(_ documents: [BrowserDocument]) {
        let formatter = CleanArticleFormatter(style: .text)
        for (index, document) in documents.enumerated() {
            if index > 0 { Console.write("\u{0C}\n") }  // as `winnow clean` separates documents
            Console.write(formatter.format(document.analysis))
        }
    }
}
