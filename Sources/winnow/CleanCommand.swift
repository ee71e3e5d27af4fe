import ArgumentParser
import WinnowCore

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print only the article: title, meta line, lead, headings, paragraphs, byline.")

    @Option(name: .shortAndLong, help: "Output format: text or markdown (# title, ## headings).")
    var format: CleanArticleFormatter.Style = .text

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func run() throws {
        try Self.printCleaned(paths: paths, style: format)
    }

    /// Shared with the browser command when standard output is not a terminal.
    static func printCleaned(paths: [String], style: CleanArticleFormatter.Style) throws {
        var runner = InputRunner()
        let analyzer = Analyzer()
        var first = true
        runner.forEachDocument(in: paths) { document in
            let analysis = analyzer.analyze(document.source, path: document.path)
            if !first { Console.write("\n") }
            first = false
            Console.write(CleanArticleFormatter(style: style).format(analysis))
        }
        try runner.finish()
    }
}

extension CleanArticleFormatter.Style: ExpressibleByArgument {}
