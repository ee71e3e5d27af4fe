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

    func forEachRecord(in bytes: [UInt8], firstLineNumber: Int = 1,
                       _ body: (Result<Record, InputError>) throws -> Void) rethrows {
        var lineNumber = firstLineNumber - 1
        var start = 0
        let count = bytes.count
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

    private func record(_ line: ArraySlice<UInt8>, number: Int) -> Result<Record, InputError> {
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
