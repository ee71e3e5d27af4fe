/// One screen cell: what to draw, how wide it is and what it means.
///
/// Invariant: a cell of width 2 is always followed by a continuation cell (width 0,
/// `isContinuation == true`) that backends skip.
public struct Cell: Equatable, Sendable {
    /// The scalars drawn in this cell (a base scalar and any zero-width marks after it).
    public var content: String
    /// Display columns: 1 or 2; 0 for a continuation cell.
    public var width: UInt8
    public var role: StyleRole
    public var isContinuation: Bool { width == 0 }

    public init(content: String, width: UInt8, role: StyleRole) {
        self.content = content
        self.width = width
        self.role = role
    }

    public static let blank = Cell(content: " ", width: 1, role: .text)
    public static func continuation(role: StyleRole) -> Cell { Cell(content: "", width: 0, role: role) }
}

/// An in-memory screen that views draw into; a backend flushes it to the terminal and tests
/// read it (`lines`, `role(row:column:)`).
public struct CellBuffer: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (e.g. in the search prompt), if visible.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set { cursorRow = newValue?.row; cursorColumn = newValue?.column ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * columns + column] }
        set { cells[row * columns + column] = newValue }
    }

    public func role(row: Int, column: Int) -> StyleRole { self[row, column].role }

    /// The screen as text, one string per row, continuation cells skipped, trailing blanks kept.
    public var lines: [String] {
        (0..<rows).map { row in
            var s = ""
            for column in 0..<columns {
                let cell = self[row, column]
                if !cell.isContinuation { s += cell.content }
            }
            return s
        }
    }

    public static func == (a: CellBuffer, b: CellBuffer) -> Bool {
        a.rows == b.rows && a.columns == b.columns && a.cells == b.cells
            && a.cursorRow == b.cursorRow && a.cursorColumn == b.cursorColumn
    }
}
