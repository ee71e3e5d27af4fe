import TOMLKit

/// Reads a theme from TOML: one table per style role, each with optional `fg`, `bg` and `attrs`.
///
/// Unknown roles and keys are errors rather than silently ignored, so that a typo (`[spma]`)
/// is reported instead of leaving a role unstyled.
public struct ThemeLoader: Sendable {
    public init() {}

    /// - Parameters:
    ///   - name: the theme's name (usually the file name without `.toml`).
    ///   - file: how to name the source in errors.
    public func theme(fromTOML text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, message: "line \(error.source.begin.line): \(error.description)")
        } catch {
            throw ThemeError(file: file, message: "not valid TOML")
        }
        var styles: [StyleRole: CellStyle] = [:]
        for key in table.keys.sorted() {
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, key: key, message: "unknown style role (roles: \(known))")
            }
            guard let roleTable = table[key]?.table else {
                throw ThemeError(file: file, key: key, message: "expected a table ([\(key)]) with fg, bg, attrs")
            }
            styles[role] = try style(from: roleTable, role: key, file: file)
        }
        return Theme(name: name, styles: styles, isMonochrome: Theme.usesNoColour(styles))
    }

    private func style(from table: TOMLTable, role: String, file: String) throws(ThemeError) -> CellStyle {
        var style = CellStyle()
        for key in table.keys.sorted() {
            let value = table[key]!
            let path = "\(role).\(key)"
            switch key {
            case "fg": style.foreground = try color(value, key: path, file: file)
            case "bg": style.background = try color(value, key: path, file: file)
            case "attrs": style.attributes = try attributes(value, key: path, file: file)
            default:
                throw ThemeError(file: file, key: path, message: "unknown key (use fg, bg, attrs)")
            }
        }
        return style
    }

    private func color(_ value: TOMLValueConvertible, key: String, file: String) throws(ThemeError) -> ThemeColor {
        if let number = value.int {
            guard let color = ThemeColor(paletteNumber: number) else {
                throw ThemeError(file: file, key: key, message: "palette number \(number) is outside 0-255")
            }
            return color
        }
        if let text = value.string, let color = ThemeColor(themeText: text) {
            return color
        }
        throw ThemeError(file: file, key: key, message:
            "unknown colour \(Self.describe(value)) (use a name such as red or bright-blue, 0-255, \"#rrggbb\" or \"default\")")
    }

    private func attributes(_ value: TOMLValueConvertible, key: String, file: String) throws(ThemeError) -> TextAttributes {
        let words: [TOMLValueConvertible]
        if let array = value.array {
            words = Array(array)
        } else {
            words = [value]
        }
        var result: TextAttributes = []
        for word in words {
            guard let text = word.string,
                  let attribute = TextAttributes.names.first(where: { $0.name == text.lowercased() })?.attribute
            else {
                let known = TextAttributes.names.map(\.name).joined(separator: ", ")
                throw ThemeError(file: file, key: key, message: "unknown attribute \(Self.describe(word)) (use \(known))")
            }
            result.insert(attribute)
        }
        return result
    }

    /// A value as it would appear in the file, for messages.
    private static func describe(_ value: TOMLValueConvertible) -> String {
        if let text = value.string { return "\"\(text)\"" }
        if let number = value.int { return String(number) }
        return "of type \(value.type)"
    }
}
