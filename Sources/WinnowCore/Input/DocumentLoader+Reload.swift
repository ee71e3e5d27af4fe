import Foundation

extension DocumentLoader {
    /// Reads one document again by the path it was delivered under: a file, or `corpus.jsonl:17`
    /// for record 17 of a JSON Lines file (found by counting lines, so no index is kept). Lets a
    /// browser keep only summaries and re-read an article when it is opened.
    public func reloadDocument(path: String) -> Result<LoadedDocument, InputError> {
        if let colon = path.lastIndex(of: ":"), let number = Int(path[path.index(after: colon)...]),
           DocumentFormat(path: String(path[..<colon])) == .jsonLines {
            let file = String(path[..<colon])
            // Streamed to the record's line, not mapped: a file truncated under a mapping kills the process.
            var line: [UInt8]?
            do {
                try LineStream(path: file).forEachLine { n, bytes in
                    if n == number { line = Array(bytes) }
                    return n < number
                }
            } catch {
                return .failure(InputError(path: file, reason: "cannot be read"))
            }
            guard let line else {
                return .failure(InputError(path: path, reason: "no such line"))
            }
            var found: Result<LoadedDocument, InputError> = .failure(InputError(path: path, reason: "no such record"))
            JSONLinesReader(path: file).forEachRecord(in: line, firstLineNumber: number) { record in
                found = record.flatMap { document(path: $0.path, text: $0.text, isHTML: $0.isHTML, hints: $0.hints) }
            }
            return found
        }
        var result: Result<LoadedDocument, InputError> = .failure(InputError(path: path, reason: "no document"))
        forEachDocument(at: path) { document in
            if case .failure = result { result = document }
        }
        return result
    }
}
