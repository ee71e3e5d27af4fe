import Foundation
import Testing
import WinnowUI
@testable import WinnowCurses

@Suite struct FrameDiffTests {
    func frame(_ text: String, columns: Int) -> CellBuffer {
        var buffer = CellBuffer(rows: 1, columns: columns)
        var column = 0
        for scalar in text.unicodeScalars {
            let wide = scalar.value >= 0x1100
            buffer[0, column] = Cell(content: String(scalar), width: wide ? 2 : 1, role: .text)
            if wide { buffer[0, column + 1] = .continuation(role: .text) }
            column += wide ? 2 : 1
        }
        return buffer
    }

    func columns(_ cells: [(row: Int, column: Int)]) -> [Int] { cells.map(\.column) }

    @Test func firstFrameDrawsEveryCellButContinuations() {
        #expect(columns(FrameDiff.cellsToDraw(from: nil, to: frame("a中b", columns: 5))) == [0, 1, 3, 4])
    }

    @Test func unchangedFrameDrawsNothing() {
        let screen = frame("廣東ab", columns: 6)
        #expect(FrameDiff.cellsToDraw(from: screen, to: screen).isEmpty)
    }

    @Test func changedCellsOnly() {
        #expect(columns(FrameDiff.cellsToDraw(from: frame("abcd", columns: 4), to: frame("abXd", columns: 4))) == [2])
    }

    @Test func changedWideCharacterIsDrawnOnceFromItsFirstColumn() {
        let cells = FrameDiff.cellsToDraw(from: frame("a中b", columns: 4), to: frame("a國b", columns: 4))
        #expect(columns(cells) == [1])
    }

    @Test func narrowTextOverAWideCharacterRedrawsBothColumns() {
        let cells = FrameDiff.cellsToDraw(from: frame("中ab", columns: 4), to: frame("xyab", columns: 4))
        #expect(columns(cells) == [0, 1])
    }

    @Test func wideCharacterShiftedByOneColumn() {
        // "中ab" -> "a中b": column 0 changes to narrow, the wide owner moves to column 1.
        let cells = FrameDiff.cellsToDraw(from: frame("中ab", columns: 4), to: frame("a中b", columns: 4))
        #expect(columns(cells) == [0, 1])
    }

    @Test func newSizeRedrawsEverything() {
        #expect(FrameDiff.cellsToDraw(from: frame("ab", columns: 2), to: frame("ab", columns: 3)).count == 3)
    }
}

@Suite struct CellTextTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    @Test func wideCharacterInTheLastColumnBecomesABlank() {
        let cell = Cell(content: "中", width: 2, role: .text)
        #expect(CellText(cell, column: 79, columns: 80).characters == [0x20, 0])
        #expect(CellText(cell, column: 78, columns: 80).characters == [0x4E2D, 0])
        #expect(CellText(cell, column: 78, columns: 80).width == 2)
    }

    @Test func unprintableScalarsAreReplaced() {
        let cell = Cell(content: "\u{0007}", width: 1, role: .text)
        #expect(CellText(cell, column: 0, columns: 80).characters == [0xFFFD, 0])
    }

    @Test func combiningMarksStayWithTheirBase() {
        let cell = Cell(content: "e\u{0301}", width: 1, role: .text)
        #expect(CellText(cell, column: 0, columns: 80).characters == [0x65, 0x301, 0])
    }

    @Test func characterWiderThanPlannedDoesNotOverflowItsCell() {
        let cell = Cell(content: "中", width: 1, role: .text)
        #expect(CellText(cell, column: 0, columns: 80).width == 1)
    }

    @Test func narrowCharacterInAWideCellReportsItsOwnWidth() {
        // The ambiguous-wide setting counts “ as 2 columns; ncurses draws it in 1 and the
        // backend pads the second.
        let cell = Cell(content: "“", width: 2, role: .text)
        #expect(CellText(cell, column: 0, columns: 80).width == 1)
    }
}
