import ArgumentParser
import WinnowCore

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse articles in the terminal (the default).",
        discussion: "When standard output is not a terminal, prints the cleaned text instead.")

    @Argument(help: "Files, directories, or - for standard input. None: the bundled sample articles.")
    var paths: [String] = []

    func run() throws {
        // PLACEHOLDER until the browser lands: print the cleaned text.
        guard !paths.isEmpty else {
            throw ValidationError("no PATH given (the browser with its sample articles is not built yet)")
        }
        try Clean.printCleaned(paths: paths, style: .text)
    }
}
