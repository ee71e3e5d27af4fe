import Testing
@testable import WinnowCore

@Suite struct SourceTextTests {
    @Test func crlfAndLoneCRBecomeLineBreaks() {
        let source = SourceText(bytes: Array("一\r\n二\r三\n四".utf8))
        #expect(source.lines.map(String.init) == ["一", "二", "三", "四"])
        #expect(source.lineStarts == [0, 2, 4, 6])
        #expect(!source.text.contains("\r"))
    }

    @Test func offsetsAreUnicodeScalars() {
        let source = SourceText(decoded: "廣東 AI\n到2025年")
        #expect(source.lineStarts == [0, 6])
        #expect(source.lineEnd(0) == 5)
        #expect(source.lineEnd(1) == 12)
    }

    @Test func byteOrderMarkIsDroppedAndNamed() {
        let source = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("標題".utf8))
        #expect(source.encoding == "utf-8-bom")
        #expect(source.text == "標題")
    }

    @Test func invalidBytesAreReplacedAndCounted() {
        let bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" 中".utf8) + [0xE4, 0xB8]
        let source = SourceText(bytes: bytes)
        #expect(source.invalidBytes == 3)
        #expect(source.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 3)
        #expect(source.text.hasPrefix("ok "))
    }

    @Test func emptyInputHasOneEmptyLine() {
        let source = SourceText(bytes: [])
        #expect(source.lines.count == 1)
        #expect(source.lines[0].isEmpty)
    }
}
