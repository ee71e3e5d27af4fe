/// A terminal colour: the terminal's own default, one of the 256 palette entries, or an RGB
/// value that backends map to the nearest palette entry.
public enum ThemeColor: Equatable, Sendable, Hashable {
    case terminalDefault
    case palette(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// The names theme files use, in the order they are listed in messages.
    public static let names: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
    ]
}

public struct CellStyle: Equatable, Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: TextAttributes

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
                attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Maps every style role to a style. A role the theme does not name falls back to `text`.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [StyleRole: CellStyle]
    /// True for themes that use attributes only (the `NO_COLOR` choice).
    public var isMonochrome: Bool

    public init(name: String, styles: [StyleRole: CellStyle], isMonochrome: Bool = false) {
        self.name = name
        self.styles = styles
        self.isMonochrome = isMonochrome
    }

    public func style(for role: StyleRole) -> CellStyle {
        styles[role] ?? styles[.text] ?? CellStyle()
    }

    /// True when no role uses a colour, only attributes.
    public static func usesNoColour(_ styles: [StyleRole: CellStyle]) -> Bool {
        styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }
}
