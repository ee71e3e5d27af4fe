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
            if !Self.isBlank(line) { try body(record(line, number: number)) }
            return true
        }
    }

    /// The records of `bytes` already in memory; line numbers count from `firstLineNumber`.
    func forEachRecord(in bytes: [UInt8], firstLineNumber: Int = 1,
                       _ body: (Result<Record, InputError>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            var lineNumber = firstLineNumber - 1
            var start = 0
            while start < bytes.count {
                lineNumber += 1
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if Self.isBlank(line) { continue }
                try body(record(line, number: lineNumber))
            }
        }
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func record(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> Result<Record, InputError> {
        let label = "\(path):\(number)"
        let text, html, title, date, url: String?
        if let fields = JSONRecordScanner.fields(of: line) {
            (text, html) = (fields.text.string, fields.html.string)
            (title, date, url) = (fields.title.string, fields.date.string, fields.url.string)
        } else {
            // Anything the scanner does not read plainly (and every broken line) goes through
            // Foundation, which has the last word on what the line holds.
            guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: line)) else {
                return .failure(InputError(path: label, reason: "not valid JSON"))
            }
            guard let fields = object as? [String: Any] else {
                return .failure(InputError(path: label, reason: "not a JSON object"))
            }
            (text, html) = (fields["text"] as? String, fields["html"] as? String)
            (title, date, url) = (fields["title"] as? String, fields["date"] as? String, fields["url"] as? String)
        }
        let hints = PageHints(title: title, published: date, url: url)
        if let text {
            return .success(Record(path: label, text: text, isHTML: false, hints: hints))
        }
        if let html {
            return .success(Record(path: label, text: html, isHTML: true, hints: hints))
        }
        return .failure(InputError(path: label, reason: "no \"text\" or \"html\" string field"))
    }
}
