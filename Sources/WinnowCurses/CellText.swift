import CNcursesw
import WinnowUI

/// A cell's scalars made safe for `setcchar`: a spacing base character that glibc can print
/// (else U+FFFD), at most four combining marks, NUL-terminated.
struct CellText {
    var characters: [wchar_t]
    /// Columns ncurses will give the base character.
    var width: Int

    static let blank = CellText(characters: [0x20, 0], width: 1)

    init(characters: [wchar_t], width: Int) {
        self.characters = characters
        self.width = width
    }

    /// The text for `cell` at `column` of a row `columns` wide. A wide character that would reach
    /// past the last column becomes a blank: ncurses would wrap it onto the next row.
    init(_ cell: Cell, column: Int, columns: Int) {
        guard column + Int(cell.width) <= columns else {
            self = .blank
            return
        }
        var scalars = cell.content.unicodeScalars.makeIterator()
        guard let base = scalars.next() else {
            self = .blank
            return
        }
        let baseWidth = Int(wcwidth(wchar_t(bitPattern: base.value)))
        if baseWidth <= 0 || baseWidth > Int(cell.width) {
            // Unprintable here, or wider than the front end planned: keep the grid intact.
            self.init(characters: [0xFFFD, 0], width: 1)
            return
        }
        var characters: [wchar_t] = [wchar_t(bitPattern: base.value)]
        while characters.count < 5, let mark = scalars.next() {
            if wcwidth(wchar_t(bitPattern: mark.value)) == 0 { characters.append(wchar_t(bitPattern: mark.value)) }
        }
        characters.append(0)
        self.init(characters: characters, width: baseWidth)
    }
}
