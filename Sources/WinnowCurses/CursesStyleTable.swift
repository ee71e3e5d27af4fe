import CNcursesw
import WinnowUI

/// Each style role resolved to curses attributes and a colour pair, allocated once per theme.
struct CursesStyleTable {
    struct Entry {
        var attributes: attr_t
        var pair: Int32
    }

    private(set) var entries: [StyleRole: Entry] = [:]

    /// Allocates one colour pair per distinct (foreground, background); pair 0 is the terminal's own.
    /// Without colours (`palette == nil`) only attributes are used.
    init(theme: Theme, palette: PaletteMapper?, maxPairs: Int) {
        var pairs: [PairKey: Int32] = [:]
        for role in StyleRole.allCases {
            let style = theme.style(for: role)
            var pair: Int32 = 0
            if let palette, style.foreground != .terminalDefault || style.background != .terminalDefault {
                let key = PairKey(foreground: palette.cursesColour(style.foreground, isForeground: true),
                                  background: palette.cursesColour(style.background, isForeground: false))
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < maxPairs {
                    pair = Int32(pairs.count + 1)
                    init_extended_pair(pair, key.foreground, key.background)
                    pairs[key] = pair
                }
            }
            entries[role] = Entry(attributes: Self.cursesAttributes(style.attributes), pair: pair)
        }
    }

    subscript(role: StyleRole) -> Entry {
        entries[role] ?? Entry(attributes: WN_A_NORMAL, pair: 0)
    }

    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = WN_A_NORMAL
        if attributes.contains(.bold) { result |= WN_A_BOLD }
        if attributes.contains(.dim) { result |= WN_A_DIM }
        if attributes.contains(.underline) { result |= WN_A_UNDERLINE }
        if attributes.contains(.reverse) { result |= WN_A_REVERSE }
        if attributes.contains(.italic) { result |= WN_A_ITALIC }
        return result
    }

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }
}
