import ArgumentParser
import WinnowCore

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Label every line of each article and report what winnow found.",
        discussion: """
            json writes one JSON object per document, one per line (the contract in DESIGN.md): \
            path, encoding, language, title, published, source, byline, lines (n, kind, text, \
            reasons), regions, sections, goals and measures. text writes a readable report.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Option(name: .shortAndLong, help: "Output format: json or text.")
    var format: Format = .text

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func run() throws {
        var runner = InputRunner()
        let analyzer = Analyzer()
        try runner.forEachDocument(in: paths) { document in
            let analysis = analyzer.analyze(document.source, path: document.path)
            switch format {
            case .json: Console.write(JSONLinesWriter().line(for: analysis) + "\n")
            case .text: Console.write(AnalysisReport().format(analysis) + "\n")
            }
        }
        try runner.finish()
    }
}
