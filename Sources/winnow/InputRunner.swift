import ArgumentParser
import WinnowCore

/// Reads every named path in order for commands that need all documents at once (the browser),
/// reporting each failure on one stderr line and keeping going.
struct InputRunner {
    private(set) var failed = false

    mutating func forEachDocument(in paths: [String], _ body: (LoadedDocument) throws -> Void) rethrows {
        let loader = DocumentLoader()
        for path in paths {
            try loader.forEachDocument(at: path) { result in
                switch result {
                case .success(let document): try body(document)
                case .failure(let error):
                    failed = true
                    Console.error(error.description)
                }
            }
        }
    }

    /// Exit status 1 when some input failed.
    func finish() throws {
        if failed { throw ExitCode.failure }
    }
}
