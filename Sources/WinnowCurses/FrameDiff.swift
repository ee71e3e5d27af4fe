import WinnowUI

/// Which cells to hand to ncurses for a new frame, given the frame already on screen.
///
/// Continuation cells are never drawn themselves: when one changes, its wide owner is drawn,
/// which fills both columns. Cells come in row order, left to right.
enum FrameDiff {
    static func cellsToDraw(from last: CellBuffer?, to frame: CellBuffer) -> [(row: Int, column: Int)] {
        var cells: [(row: Int, column: Int)] = []
        let sameShape = last.map { $0.rows == frame.rows && $0.columns == frame.columns } ?? false
        for row in 0..<frame.rows {
            var lastDrawn = -1
            for column in 0..<frame.columns {
                if sameShape, let last, last[row, column] == frame[row, column] { continue }
                var owner = column
                while owner > 0 && frame[row, owner].isContinuation { owner -= 1 }
                if frame[row, owner].isContinuation || owner <= lastDrawn { continue }
                cells.append((row, owner))
                lastDrawn = owner
            }
        }
        return cells
    }
}
