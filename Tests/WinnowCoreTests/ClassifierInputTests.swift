import Testing
@testable import WinnowCore

/// Awkward input: invalid UTF-8, an empty file, CRLF line breaks.
@Suite struct ClassifierInputTests {
    @Test func invalidUTF8IsClassifiedNotFatal() {
        let bytes: [UInt8] = Array("河湾市推进城市更新行动\n".utf8) + [0xFF, 0xFE, 0x80]
            + Array("\n市政府常务会议审议通过了城市更新三年行动方案，提出将改造老旧小区三百个。\n".utf8)
        let a = Analyzer().analyze(bytes: bytes, path: "bad.txt")
        #expect(a.invalidBytes == 3)
        #expect(a.lines.count == 3)
        #expect(a.title == "河湾市推进城市更新行动")
        #expect(a.kind(ofLine: 3) == .body)
    }

    @Test func anEmptyFileHasNoLines() {
        let a = Analyzer().analyze(bytes: [], path: "empty.txt")
        #expect(a.lines.isEmpty)
        #expect(a.title == nil)
        #expect(a.language == "other")
        let blank = Analyzer().analyze(text: " \n\t\n\u{3000}\n")
        #expect(blank.lines.isEmpty)
    }

    @Test func crlfGivesTheSameLabelsAsLF() {
        let lines = ["当前位置：首页 > 新闻", "河湾市推进城市更新行动", "2024-04-02 来源：河湾日报",
                     "市政府常务会议审议通过了城市更新三年行动方案，提出将改造老旧小区三百个。"]
        let lf = Analyzer().analyze(text: lines.joined(separator: "\n"))
        let crlf = Analyzer().analyze(bytes: Array(lines.joined(separator: "\r\n").utf8), path: "crlf.txt")
        #expect(crlf.lines.map(\.kind) == lf.lines.map(\.kind))
        #expect(crlf.lines.map(\.text) == lf.lines.map(\.text))
        #expect(crlf.published == "2024-04-02")
        #expect(!crlf.lines.contains { $0.text.contains("\r") })
    }
}
