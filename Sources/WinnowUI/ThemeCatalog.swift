import Foundation

/// Finds themes by name or path: the reader's own themes first, then those built into the binary.
///
/// User themes live in `$XDG_CONFIG_HOME/winnow/themes/NAME.toml` (default `~/.config/winnow/themes`).
/// The built-in themes are embedded (`EmbeddedThemes`), so they work wherever the binary is copied.
public struct ThemeCatalog: Sendable {
    public var userDirectory: String?

    public init(userDirectory: String?) {
        self.userDirectory = userDirectory
    }

    /// The catalog for this environment (XDG_CONFIG_HOME, HOME).
    public init(environment: [String: String]) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            userDirectory = config + "/winnow/themes"
        } else if let home = environment["HOME"], !home.isEmpty {
            userDirectory = home + "/.config/winnow/themes"
        } else {
            userDirectory = nil
        }
    }

    public static let builtInNames: [String] = EmbeddedThemes.files.keys.sorted()

    /// A built-in theme; these are checked by tests, so loading them cannot fail.
    public static func builtIn(_ name: String) -> Theme {
        guard let text = EmbeddedThemes.files[name],
              let theme = try? ThemeLoader().theme(fromTOML: text, name: name, file: "\(name).toml (built in)")
        else { preconditionFailure("built-in theme \(name) is missing or broken") }
        return theme
    }

    public static let standard = builtIn("default")
    public static let monochrome = builtIn("monochrome")

    /// Loads `nameOrPath`: a path when it contains `/` or ends in `.toml`, otherwise a user theme
    /// of that name, otherwise a built-in one.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            return try loadFile(nameOrPath)
        }
        if let userDirectory {
            let path = userDirectory + "/" + nameOrPath + ".toml"
            if FileManager.default.fileExists(atPath: path) { return try loadFile(path) }
        }
        if let text = EmbeddedThemes.files[nameOrPath] {
            return try ThemeLoader().theme(fromTOML: text, name: nameOrPath, file: "\(nameOrPath).toml (built in)")
        }
        var message = "no such theme (built in: \(Self.builtInNames.joined(separator: ", "))"
        if let userDirectory { message += "; yours go in \(userDirectory)/NAME.toml" }
        throw ThemeError(file: nameOrPath, message: message + ")")
    }

    private func loadFile(_ path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, message: "cannot read the file")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try ThemeLoader().theme(fromTOML: String(decoding: data, as: UTF8.self), name: name, file: path)
    }
}
