import Testing
@testable import WinnowUI

@Suite struct DisplayWidthTests {
    let measure = DisplayWidth()

    @Test func cjkAndFullwidthPunctuationTakeTwoColumns() {
        for s in "中國，。「」：（）～０Ａ\u{3000}가".unicodeScalars { #expect(measure.width(of: s) == 2, "\(s)") }
        #expect(measure.width(of: "廣東發展，2030年") == 16)
    }

    @Test func combiningMarksAndFormatCharactersTakeNone() {
        for s in ["\u{301}", "\u{200B}", "\u{200D}", "\u{FE0F}"] { #expect(measure.width(of: Unicode.Scalar(s)!) == 0) }
        #expect(measure.width(of: "e\u{301}") == 1)
    }

    @Test func emojiTakeTwoColumns() {
        #expect(measure.width(of: "😀") == 2)
        #expect(measure.width(of: "✅") == 2)
    }

    @Test func ambiguousCharactersFollowTheSetting() {
        let wide = DisplayWidth(ambiguousIsWide: true)
        for s in "“”…·—§①".unicodeScalars {
            #expect(measure.width(of: s) == 1, "\(s)")
            #expect(wide.width(of: s) == 2, "\(s)")
        }
        #expect(wide.width(of: "a") == 1)
    }

    @Test func controlsAreReplacedBeforeDrawing() {
        #expect(measure.width(of: Unicode.Scalar(0x07)!) == -1)
        #expect(DisplayWidth.printable(Unicode.Scalar(0x07)!) == "?")
        #expect(DisplayWidth.printable("中") == "中")
        #expect(measure.width(of: "a\u{7}b") == 3)
    }
}
