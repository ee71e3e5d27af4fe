import ArgumentParser
import WinnowCore

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print only the article: title, meta line, lead, headings, paragraphs, byline.",
        discussion: "Several documents are separated by a line holding only a form feed (^L).")

    @Option(name: .shortAndLong, help: "Output format: text or markdown (# title, ## headings).")
    var format: CleanArticleFormatter.Style = .text

    @Argument(help: "Files (.txt, .html, .jsonl), directories, or - for standard input.")
    var paths: [String]

    func run() throws {
        try Self.printCleaned(paths: paths, style: format)
    }

    /// Shared with the browser command when standard output is not a terminal.
    static func printCleaned(paths: [String], style: CleanArticleFormatter.Style) throws {
        var runner = BatchRunner()
        runner.separator = "\u{0C}\n"
        try runner.run(paths: paths) { document, _ in
            var out: [UInt8] = []
            CleanArticleFormatter(style: style).append(Analyzer().analyze(document), to: &out)
            return OutputBytes(out)
        }
    }
}

extension CleanArticleFormatter.Style: ExpressibleByArgument {}
