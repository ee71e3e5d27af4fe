import Testing
@testable import WinnowUI

@Suite struct CellBufferTests {
    @Test func linesSkipContinuationCells() {
        var buffer = CellBuffer(rows: 1, columns: 4)
        buffer[0, 0] = Cell(content: "中", width: 2, role: .text)
        buffer[0, 1] = .continuation(role: .text)
        buffer[0, 2] = Cell(content: "a", width: 1, role: .spam)
        #expect(buffer.lines == ["中a "])
        #expect(buffer.role(row: 0, column: 2) == .spam)
    }
}
