/// A theme that could not be loaded: which file, which key (when one is to blame) and why.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the reader would recognise it (a path, or `NAME.toml (built in)`).
    public var file: String
    /// Dotted key such as `spam.fg`; nil when the whole file is at fault (syntax, missing file).
    public var key: String?
    public var message: String

    public init(file: String, key: String? = nil, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        if let key { return "theme \(file): \(key): \(message)" }
        return "theme \(file): \(message)"
    }
}
