import Foundation

/// Reads a JSON Lines corpus: one article per line, an object with `text` (or `html`) required and
/// `title`, `url`, `date` optional. A broken line is reported as `file:line: reason` and the rest
/// are still read.
struct JSONLinesReader {
    let path: String

    struct Record {
        var path: String
        var text: String
        var isHTML: Bool
        var hints: PageHints
    }

    /// Streams the records of the file at `path` (memory holds one chunk, not the corpus).
    func forEachRecord(_ body: (Result<Record, InputError>) throws -> Void) throws {
        try LineStream(path: path).forEachLine { number, line in
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { try body(record(line, number: number)) }
            return true
        }
    }

    /// The records of `bytes` already in memory; line numbers count from `firstLineNumber`.
    func forEachRecord<Bytes: RandomAccessCollection>(in bytes: Bytes, firstLineNumber: Int = 1,
                       _ body: (Result<Record, InputError>) throws -> Void) rethrows
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var lineNumber = firstLineNumber - 1
        var start = bytes.startIndex
        let count = bytes.endIndex
        while start < count {
            lineNumber += 1
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            try body(record(line, number: lineNumber))
        }
    }

    private func record<Line: Collection>(_ line: Line, number: Int) -> Result<Record, InputError> where Line.Element == UInt8 {
        let label = "\(path):\(number)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else {
            return .failure(InputError(path: label, reason: "not valid JSON"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(InputError(path: label, reason: "not a JSON object"))
        }
        let hints = PageHints(title: fields["title"] as? String, published: fields["date"] as? String,
                              url: fields["url"] as? String)
        if let text = fields["text"] as? String {
            return .success(Record(path: label, text: text, isHTML: false, hints: hints))
        }
        if let html = fields["html"] as? String {
            return .success(Record(path: label, text: html, isHTML: true, hints: hints))
        }
        return .failure(InputError(path: label, reason: "no \"text\" or \"html\" string field"))
    }
}
