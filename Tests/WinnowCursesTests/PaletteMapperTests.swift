import Testing
import WinnowCurses
import WinnowUI

@Suite struct PaletteMapperTests {
    let xterm256 = PaletteMapper(colourCount: 256, hasDefaultColours: true)
    let ansi8 = PaletteMapper(colourCount: 8, hasDefaultColours: true)

    @Test func defaultIsTheTerminalsOwnColourWhenAvailable() {
        #expect(xterm256.cursesColour(.terminalDefault, isForeground: true) == -1)
        let noDefaults = PaletteMapper(colourCount: 8, hasDefaultColours: false)
        #expect(noDefaults.cursesColour(.terminalDefault, isForeground: true) == 7)
        #expect(noDefaults.cursesColour(.terminalDefault, isForeground: false) == 0)
    }

    @Test func rgbGoesToTheNearestCubeOrGreyEntry() {
        #expect(xterm256.cursesColour(.rgb(0xFF, 0x87, 0x00), isForeground: true) == 208)
        #expect(xterm256.cursesColour(.rgb(0x00, 0x5F, 0xAF), isForeground: true) == 25)
        #expect(xterm256.cursesColour(.rgb(0x8A, 0x8A, 0x8A), isForeground: true) == 245)
        #expect(xterm256.cursesColour(.rgb(0x89, 0x8B, 0x8A), isForeground: true) == 245)
        // Entries 0-15 are left out on 256-colour terminals: schemes redefine them.
        #expect(xterm256.cursesColour(.rgb(0, 0, 0), isForeground: true) == 16)
    }

    @Test func eightColourTerminalsGetTheNearestBasicColour() {
        #expect(ansi8.cursesColour(.rgb(0xFF, 0xFF, 0xFF), isForeground: false) == 7)
        #expect(ansi8.cursesColour(.rgb(0x1C, 0x1C, 0x1C), isForeground: true) == 0)
        #expect(ansi8.cursesColour(.rgb(0xAF, 0x00, 0x00), isForeground: true) == 1)
        #expect(ansi8.cursesColour(.palette(9), isForeground: true) == 1)   // bright red -> red
        #expect(ansi8.cursesColour(.palette(196), isForeground: true) == 1)
        #expect(ansi8.cursesColour(.palette(4), isForeground: true) == 4)
    }

    @Test func paletteEntriesTheTerminalHasAreKept() {
        #expect(xterm256.cursesColour(.palette(250), isForeground: true) == 250)
        #expect(PaletteMapper(colourCount: 16, hasDefaultColours: true).cursesColour(.palette(12), isForeground: true) == 12)
    }

    @Test func xtermPaletteValues() {
        #expect(PaletteMapper.rgb(ofPaletteEntry: 208) == (255, 135, 0))
        #expect(PaletteMapper.rgb(ofPaletteEntry: 232) == (8, 8, 8))
        #expect(PaletteMapper.rgb(ofPaletteEntry: 255) == (238, 238, 238))
    }
}
