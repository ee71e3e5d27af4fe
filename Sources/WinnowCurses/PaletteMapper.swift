import WinnowUI

/// Maps theme colours onto what the terminal has: its 256-colour palette, or only 8 or 16 colours.
///
/// `#rrggbb` goes to the nearest xterm palette entry; on a 256-colour terminal only the fixed
/// cube and grey ramp (16-255) are candidates, because entries 0-15 are redefined by many
/// terminal colour schemes. A palette number the terminal lacks goes to the nearest colour it has.
public struct PaletteMapper: Sendable, Equatable {
    /// How many colours the terminal offers (curses `COLORS`).
    public let colourCount: Int
    /// Whether colour -1 (the terminal's own foreground/background) is available.
    public let hasDefaultColours: Bool

    public init(colourCount: Int, hasDefaultColours: Bool) {
        self.colourCount = colourCount
        self.hasDefaultColours = hasDefaultColours
    }

    /// The curses colour number for `color`: -1 for the terminal default, else 0..<colourCount.
    public func cursesColour(_ color: ThemeColor, isForeground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            if hasDefaultColours { return -1 }
            return isForeground ? 7 : 0
        case .palette(let index):
            if Int(index) < colourCount { return Int32(index) }
            if (8...15).contains(index) && colourCount >= 8 { return Int32(index - 8) }
            return nearest(to: Self.rgb(ofPaletteEntry: Int(index)), in: 0..<min(colourCount, 16))
        case .rgb(let r, let g, let b):
            let candidates = colourCount >= 256 ? 16..<256 : 0..<min(colourCount, 16)
            return nearest(to: (Int(r), Int(g), Int(b)), in: candidates)
        }
    }

    private func nearest(to target: (Int, Int, Int), in candidates: Range<Int>) -> Int32 {
        guard !candidates.isEmpty else { return -1 }
        var best = candidates.lowerBound, bestDistance = Int.max
        for index in candidates {
            let (r, g, b) = Self.rgb(ofPaletteEntry: index)
            let distance = (r - target.0) * (r - target.0) + (g - target.1) * (g - target.1) + (b - target.2) * (b - target.2)
            if distance < bestDistance { (best, bestDistance) = (index, distance) }
        }
        return Int32(best)
    }

    /// The xterm default RGB value of palette entry 0-255.
    public static func rgb(ofPaletteEntry index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16:
            return ansi[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let n = index - 16
            return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
        default:
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
    }

    private static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
