extension ThemeColor {
    /// The colour names a theme file may use: the 16 ANSI colours (palette 0-15) and `default`.
    public static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses a colour as written in a theme file: `default`, a name, `#rrggbb`, or a palette
    /// number in quotes (unquoted numbers come as TOML integers: `init(paletteNumber:)`).
    /// Nil if not understood.
    public init?(themeText text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names[lowered] {
            self = .palette(index)
        } else if let number = Int(lowered), let color = ThemeColor(paletteNumber: number) {
            self = color
        } else if lowered.hasPrefix("#"), lowered.utf8.count == 7,
                  let value = UInt32(lowered.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    public init?(paletteNumber: Int) {
        guard (0...255).contains(paletteNumber) else { return nil }
        self = .palette(UInt8(paletteNumber))
    }
}
