import Foundation

extension DocumentLoader {
    /// Reads one document again by the path it was delivered under: a file, or `corpus.jsonl:17`
    /// for record 17 of a JSON Lines file (found by counting lines, so no index is kept). Lets a
    /// browser keep only summaries and re-read an article when it is opened.
    public func reloadDocument(path: String) -> Result<LoadedDocument, InputError> {
        if let colon = path.lastIndex(of: ":"), let number = Int(path[path.index(after: colon)...]),
           DocumentFormat(path: String(path[..<colon])) == .jsonLines {
            let file = String(path[..<colon])
            // Mapped, not copied: only the pages up to the record are touched.
            guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else {
                return .failure(InputError(path: file, reason: "cannot be read"))
            }
            guard let line = Self.line(number, of: bytes) else {
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

    /// Line `number` (from 1) of `bytes`, without its newline; newlines are found with memchr.
    static func line(_ number: Int, of bytes: Data) -> [UInt8]? {
        guard number >= 1 else { return nil }
        let count = bytes.count
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [UInt8]? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return number == 1 ? [] : nil }
            func nextNewline(from start: Int) -> Int? {
                guard start < count, let p = memchr(base + start, 0x0A, count - start) else { return nil }
                return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }
            var start = 0
            for _ in 1..<number {
                guard let newline = nextNewline(from: start) else { return nil }
                start = newline + 1
            }
            let end = nextNewline(from: start) ?? count
            return Array(UnsafeBufferPointer(start: base + start, count: end - start))
        }
    }
}
