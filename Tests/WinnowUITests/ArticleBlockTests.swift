import Testing
import WinnowCore
@testable import WinnowUI

@Suite struct ArticleBlockTests {
    @Test func aHugeLineIsCutIntoPiecesAtSentenceEnds() {
        let sentence = "方案提出，到2030年，兩地氫能產業總產值突破1500億元。"
        let text = String(repeating: sentence, count: 400)
        let pieces = ArticleBlock.pieces(of: text[...])
        #expect(pieces.count > 1)
        #expect(pieces.map(\.0).joined() == text)
        #expect(pieces.allSatisfy { $0.0.unicodeScalars.count <= ArticleBlock.maximumPieceLength })
        #expect(pieces.dropLast().allSatisfy { $0.0.hasSuffix("。") })
        var offset = 0
        for (piece, start) in pieces { #expect(start == offset); offset += piece.unicodeScalars.count }
    }

    @Test func aGoalInALaterPieceOfAHugeLineIsHighlighted() {
        var b = AnalysisBuilder()
        let filler = String(repeating: "在技術攻關方面，將加強關鍵材料研發。", count: 300)
        let line = b.add(.body, filler + "到2030年加氫站數量超過300座。")
        b.goal("加氫站數量超過300座", line: line, year: 2030)
        let screen = run(b.build(), columns: 140, events: [.key(.tab), .key(.enter)]).screen
        let row = try! #require(screen.rows(containing: "加氫站數量超過300座").first)
        #expect(screen.role(row: row, column: screen.column(of: "加氫站", row: row)!) == .selection)
    }

    @Test func rawViewNumbersLinesAsInTheSource() {
        var b = AnalysisBuilder()
        b.add(.body, "first")
        b.add(.body, "")
        b.add(.spam, "buy cheap")
        let blocks = ArticleBlock.rawBlocks(of: b.build())
        #expect(blocks.map(\.gutter) == ["  1  ", "  3S "])
    }
}
