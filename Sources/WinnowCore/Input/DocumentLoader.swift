import Foundation

/// One document read from a path, ready to analyse.
public struct LoadedDocument: Sendable {
    /// The path as the user named it (`-` for standard input).
    public var path: String
    public var source: SourceText
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

/// Turns the paths a user names into documents: a file, `-` for standard input, or a
/// directory (its article files, recursively, in name order). Input files are only read.
public struct DocumentLoader: Sendable {
    /// File name endings read from directories.
    public static let articleExtensions: Set<String> = ["txt", "text"]

    public init() {}

    /// Each element is a document or the error for one input; one bad input never stops the rest.
    public func load(_ path: String) -> [Result<LoadedDocument, InputError>] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return [.success(LoadedDocument(path: "-", source: SourceText(bytes: [UInt8](data))))]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.failure(InputError(path: path, reason: "no such file or directory"))]
        }
        if isDirectory.boolValue {
            let files = articleFiles(in: path)
            if files.isEmpty { return [.failure(InputError(path: path, reason: "directory holds no article files"))] }
            return files.map(readFile)
        }
        return [readFile(path)]
    }

    func readFile(_ path: String) -> Result<LoadedDocument, InputError> {
        guard FileManager.default.isReadableFile(atPath: path) else {
            return .failure(InputError(path: path, reason: "permission denied"))
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return .success(LoadedDocument(path: path, source: SourceText(bytes: [UInt8](data))))
        } catch {
            return .failure(InputError(path: path, reason: "cannot be read"))
        }
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
        return files.sorted()
    }
}
