import Foundation

/// One document read from a path, ready to analyse.
public struct LoadedDocument: Sendable {
    /// The path as the user named it (`-` for standard input, `corpus.jsonl:17` for a JSONL record).
    public var path: String
    public var source: SourceText
    public var hints: PageHints

    public init(path: String, source: SourceText, hints: PageHints = PageHints()) {
        self.path = path
        self.source = source
        self.hints = hints
    }
}

/// Why an input could not be read. `description` is the one line shown on stderr.
public struct InputError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// How a file's bytes hold articles.
public enum DocumentFormat: Sendable, Equatable {
    case text, html, jsonLines

    /// By file name ending; anything unknown is read as text.
    public init(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml", "shtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: self = .text
        }
    }

    /// For standard input, where there is no name: markup at the start means HTML.
    static func sniff(_ bytes: [UInt8]) -> DocumentFormat {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body") { return .html }
        return .text
    }
}

/// Turns the paths a user names into documents: a file (.txt, .html, .jsonl), `-` for standard
/// input, or a directory (its article files, recursively, in name order). Input files are only read.
public struct DocumentLoader: Sendable {
    /// File name endings read from directories.
    public static let articleExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "shtml", "jsonl", "ndjson"]

    public init() {}

    /// Calls `body` with each document or the error for one input, in order; one bad input never
    /// stops the rest. JSONL files are streamed record by record.
    public func forEachDocument(at path: String, _ body: (Result<LoadedDocument, InputError>) throws -> Void) rethrows {
        if path == "-" {
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            try body(document(path: "-", bytes: bytes, format: DocumentFormat.sniff(bytes)))
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            try body(.failure(InputError(path: path, reason: "no such file or directory")))
            return
        }
        if isDirectory.boolValue {
            let files = articleFiles(in: path)
            if files.isEmpty {
                try body(.failure(InputError(path: path, reason: "directory holds no article files (.txt, .html, .jsonl)")))
            }
            for file in files { try forEachDocumentInFile(file, body) }
            return
        }
        try forEachDocumentInFile(path, body)
    }

    private func forEachDocumentInFile(_ path: String, _ body: (Result<LoadedDocument, InputError>) throws -> Void) rethrows {
        guard FileManager.default.isReadableFile(atPath: path) else {
            return try body(.failure(InputError(path: path, reason: "permission denied")))
        }
        let format = DocumentFormat(path: path)
        if format == .jsonLines {
            // Streamed record by record: memory follows the record, not the corpus.
            do {
                try JSONLinesReader(path: path).forEachRecord { record in
                    try body(record.flatMap { document(path: $0.path, text: $0.text, isHTML: $0.isHTML, hints: $0.hints) })
                }
            } catch let error as InputError {
                try body(.failure(error))
            } catch {
                try body(.failure(InputError(path: path, reason: "cannot be read")))
            }
            return
        }
        switch readBytes(path) {
        case .success(let bytes): try body(document(path: path, bytes: bytes, format: format))
        case .failure(let error): try body(.failure(error))
        }
    }

    /// The whole file, read (not mapped: a file truncated under a mapping kills the process).
    func readBytes(_ path: String) -> Result<[UInt8], InputError> {
        do {
            return .success([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        } catch {
            return .failure(InputError(path: path, reason: "cannot be read"))
        }
    }

    func document(path: String, bytes: [UInt8], format: DocumentFormat) -> Result<LoadedDocument, InputError> {
        let hint = format == .html ? HTMLTextExtractor.declaredCharset(bytes) : nil
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decodeChecked(bytes, charsetHint: hint)
        } catch {
            return .failure(InputError(path: path, reason: error.description))
        }
        if format == .html {
            return document(path: path, text: decoded.text, isHTML: true, hints: PageHints(),
                            encoding: decoded.encoding, invalidBytes: decoded.invalidBytes)
        }
        return .success(LoadedDocument(path: path, source: SourceText(decoded: decoded.text, encoding: decoded.encoding,
                                                                         invalidBytes: decoded.invalidBytes)))
    }

    func document(path: String, text: String, isHTML: Bool, hints: PageHints,
                  encoding: String = "utf-8", invalidBytes: Int = 0) -> Result<LoadedDocument, InputError> {
        guard isHTML else {
            return .success(LoadedDocument(path: path, source: SourceText(decoded: text, encoding: encoding, invalidBytes: invalidBytes),
                                           hints: hints))
        }
        let page = HTMLTextExtractor().extract(text)
        var merged = page.hints
        merged.title = hints.title ?? merged.title
        merged.published = hints.published ?? merged.published
        merged.url = hints.url ?? merged.url
        return .success(LoadedDocument(path: path, source: SourceText(decoded: page.text, encoding: encoding, invalidBytes: invalidBytes),
                                       hints: merged))
    }

    func articleFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard Self.articleExtensions.contains(ext) else { continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        // Name order, compared by path components so "a/b.txt" sorts with its folder.
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
