/// Writes text into a `CellBuffer` by display width: wide characters take two cells (the second a
/// continuation), zero-width marks join the previous cell, unprintable scalars become `?`, and a wide
/// character that would cross `limit` is not split (the cell is left blank).
struct CellWriter {
    var buffer: CellBuffer
    let measure: DisplayWidth

    /// Writes `scalars` from `column` up to (not including) `limit`; returns the next free column.
    /// `roleAt` gives the role of the scalar at each index.
    @discardableResult
    mutating func write<S: Sequence>(_ scalars: S, row: Int, column: Int, limit: Int,
                                     roleAt: (Int) -> StyleRole) -> Int where S.Element == Unicode.Scalar {
        guard row >= 0 && row < buffer.rows else { return column }
        let limit = min(limit, buffer.columns)
        var col = column
        for (i, raw) in scalars.enumerated() {
            let s = DisplayWidth.printable(raw)
            let w = measure.drawnWidth(of: s)
            if w == 0 {
                if col > column {  // attach to the cell before (skip back over a continuation)
                    var c = col - 1
                    if buffer[row, c].isContinuation && c > 0 { c -= 1 }
                    buffer[row, c].content.unicodeScalars.append(s)
                }
                continue
            }
            if col + w > limit { break }
            let role = roleAt(i)
            put(Cell(content: String(s), width: UInt8(w), role: role), row: row, column: col)
            col += w
        }
        return col
    }

    @discardableResult
    mutating func write(_ text: String, row: Int, column: Int, limit: Int, role: StyleRole) -> Int {
        write(text.unicodeScalars, row: row, column: column, limit: limit) { _ in role }
    }

    /// Fills cells with blanks of a role.
    mutating func fill(row: Int, from: Int, to: Int, role: StyleRole) {
        guard row >= 0 && row < buffer.rows else { return }
        for c in max(0, from)..<min(to, buffer.columns) { put(Cell(content: " ", width: 1, role: role), row: row, column: c) }
    }

    /// Puts a cell (and its continuation) over whatever was there, keeping the buffer's invariant:
    /// a wide cell cut in half by the new one (a popup edge over CJK text) becomes a blank.
    mutating func put(_ cell: Cell, row: Int, column: Int) {
        let last = column + Int(cell.width) - 1
        guard column >= 0, last < buffer.columns else { return }
        if buffer[row, column].isContinuation && column > 0 {
            buffer[row, column - 1] = Cell(content: " ", width: 1, role: buffer[row, column - 1].role)
        }
        if buffer[row, last].width == 2 && last + 1 < buffer.columns {
            buffer[row, last + 1] = Cell(content: " ", width: 1, role: buffer[row, last + 1].role)
        }
        buffer[row, column] = cell
        if cell.width == 2 { buffer[row, column + 1] = .continuation(role: cell.role) }
    }
}
