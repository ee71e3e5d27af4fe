import ArgumentParser
import WinnowCore

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Label every line of each article and report what winnow found.",
        discussion: """
            json writes one JSON object per document, one per line (the contract in DESIGN.md): \
            path, encoding, language, title, published, source, byline, lines (n, kind, text, \
            reasons), regions, sections, goals and measures. text writes a readable report. \
            Documents are analysed on all cores and written in input order.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, text
    }

    @Option(name: .shortAndLong, help: "Output format: json or text.")
    var format: Format = .text

    @Argument(help: "Files (.txt, .html, .jsonl), directories, or - for standard input.")
    var paths: [String]

    func run() throws {
        let format = self.format
        var runner = BatchRunner()
        try runner.run(paths: paths) { document, spill in
            let analysis = Analyzer().analyze(document)
            switch format {
            case .json: return JSONLinesWriter().encodedLine(for: analysis, spill: spill)
            case .text: return OutputBytes(Array((AnalysisReport().format(analysis) + "\n").utf8))
            }
        }
    }
}
