import CNcursesw
import Glibc
import WinnowUI

/// The real terminal: `TerminalBackend` over libncursesw's wide-character API.
///
/// Draws a `CellBuffer` by diffing it against the previous frame and placing every changed cell
/// at its own column, so a wrong width can never shift the rest of a row. Reads keys with
/// `wget_wch`, the mouse with `getmouse`. The terminal is restored by `close()`, at exit, and on
/// SIGINT/SIGTERM/SIGHUP or a crash (`TerminalRestorer`).
public final class CursesTerminal: TerminalBackend {
    /// Whether the terminal can show colours at all; without them use the monochrome theme.
    public let hasColours: Bool
    /// A one-off message shown on the bottom row until the next key (e.g. a broken theme file).
    public var notice: String?

    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: PaletteMapper?
    private var styles: CursesStyleTable
    private var lastFrame: CellBuffer?
    private var isOpen = true

    private static var restorerInstalled = false

    /// Takes over the terminal: output on stdout, keys from stdin or, when stdin carries the
    /// document (`winnow - < page.txt`), from /dev/tty. Uses `newterm`, not `initscr`, so that an
    /// unknown TERM is an error the caller can report instead of ncurses exiting the program.
    /// Styles follow the default theme until `apply(theme:)`.
    public static func open(environment: [String: String]) throws(TerminalUnavailable) -> CursesTerminal {
        let term = environment["TERM"] ?? ""
        if term.isEmpty { throw TerminalUnavailable("TERM is not set") }
        if term == "dumb" { throw TerminalUnavailable("TERM=dumb cannot move the cursor") }
        guard isatty(STDOUT_FILENO) == 1 else { throw TerminalUnavailable("standard output is not a terminal") }
        var input: UnsafeMutablePointer<FILE>? = stdin
        if isatty(STDIN_FILENO) != 1 {
            input = fopen("/dev/tty", "r")
            guard input != nil else { throw TerminalUnavailable("no terminal to read keys from") }
        }
        TerminalLocale.ensureUTF8()
        if !restorerInstalled {
            TerminalRestorer.install()
            restorerInstalled = true
        }
        guard newterm(nil, stdout, input) != nil else {
            throw TerminalUnavailable("unknown terminal type \"\(term)\"")
        }
        return CursesTerminal(theme: ThemeCatalog.standard)
    }

    private init(theme: Theme) {
        window = wn_stdscr()
        raw()                    // Ctrl-C and Ctrl-Z arrive as keys; the front end decides.
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)         // Esc is a key of its own here, not the start of Alt-sequences.
        curs_set(0)
        mousemask(WN_BUTTON1_PRESSED | WN_BUTTON1_CLICKED | WN_BUTTON4_PRESSED | WN_BUTTON5_PRESSED, nil)
        mouseinterval(0)         // report presses at once instead of waiting to resolve clicks
        if has_colors() {
            start_color()
            let defaults = use_default_colors() == OK
            palette = PaletteMapper(colourCount: Int(wn_colors()), hasDefaultColours: defaults)
            hasColours = wn_colors() >= 8
        } else {
            palette = nil
            hasColours = false
        }
        styles = CursesStyleTable(theme: theme, palette: palette, maxPairs: Int(wn_color_pairs()))
    }

    /// Switches theme; the next `draw` repaints everything in the new styles.
    public func apply(theme: Theme) {
        styles = CursesStyleTable(theme: theme, palette: hasColours ? palette : nil, maxPairs: Int(wn_color_pairs()))
        lastFrame = nil
    }

    /// Gives the terminal back to the shell. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        // endwin leaves the cursor on the bottom row. Without an alternate screen (vt100) the shell
        // would print over the status line there, so clear that row first.
        wmove(window, getmaxy(window) - 1, 0)
        wclrtoeol(window)
        wrefresh(window)
        endwin()
        TerminalRestorer.uninstall()
    }

    deinit { close() }

    // MARK: TerminalBackend

    public var size: (rows: Int, columns: Int) {
        (Int(getmaxy(window)), Int(getmaxx(window)))
    }

    public func draw(_ frame: CellBuffer) {
        var frame = frame
        if let notice { overlay(notice, on: &frame) }
        if let last = lastFrame, last.rows != frame.rows || last.columns != frame.columns { lastFrame = nil }
        if lastFrame == nil { werase(window) }
        for (row, column) in FrameDiff.cellsToDraw(from: lastFrame, to: frame) {
            drawCell(frame, row: row, column: column)
        }
        if let cursor = frame.cursor, cursor.row < frame.rows, cursor.column < frame.columns {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = frame
    }

    public func nextEvent() -> InputEvent? {
        // Blocking reads: ERR means the terminal is gone (EOF, hangup) unless a signal interrupted
        // the read. Give up after a few in a row so an orphaned process never spins.
        var failures = 0
        while failures < 3 {
            var character: wint_t = 0
            errno = 0
            let status = wget_wch(window, &character)
            if status == ERR {
                if errno != EINTR { failures += 1 }
                continue
            }
            failures = 0
            if status == KEY_CODE_YES {
                if let event = functionKeyEvent(Int32(bitPattern: character)) { return take(event) }
            } else if let key = KeyTranslator.key(forCharacter: character) {
                return take(.key(key))
            }
        }
        return nil
    }

    /// Waits at most `milliseconds` (`wtimeout`); ERR then means no key came. A terminal that went
    /// away is noticed by the blocking `nextEvent()`, which the browser uses once indexing is done.
    public func nextEvent(timeoutMilliseconds milliseconds: Int) -> TimedInput {
        wtimeout(window, Int32(max(0, milliseconds)))
        defer { wtimeout(window, -1) }
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        if status == ERR { return .timedOut }
        if status == KEY_CODE_YES {
            if let event = functionKeyEvent(Int32(bitPattern: character)) { return .event(take(event)) }
        } else if let key = KeyTranslator.key(forCharacter: character) {
            return .event(take(.key(key)))
        }
        return .timedOut
    }

    public func suspend() {
        endwin()
        // Stop the way a shell expects (the whole job), with the default action so ncurses'
        // own SIGTSTP handler does not run a second endwin.
        var stopDefault = sigaction(), saved = sigaction()
        stopDefault.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stopDefault.sa_mask)
        sigaction(SIGTSTP, &stopDefault, &saved)
        kill(0, SIGTSTP)
        sigaction(SIGTSTP, &saved, nil)
        // Resumed: the shell has drawn over the screen; repaint all of it.
        clearok(curscr, true)
        if let last = lastFrame {
            lastFrame = nil
            draw(last)
        } else {
            doupdate()
        }
    }

    // MARK: Input

    private func take(_ event: InputEvent) -> InputEvent {
        if notice != nil, case .key = event { notice = nil }
        return event
    }

    private func functionKeyEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE:
            lastFrame = nil
            let (rows, columns) = size
            return .resize(rows: rows, columns: columns)
        case KEY_MOUSE:
            var mouse = MEVENT()
            guard getmouse(&mouse) == OK else { return nil }
            return KeyTranslator.mouseEvent(state: mouse.bstate, row: Int(mouse.y), column: Int(mouse.x))
        default:
            return KeyTranslator.key(forKeyCode: code).map { .key($0) }
        }
    }

    // MARK: Output

    private func drawCell(_ frame: CellBuffer, row: Int, column: Int) {
        let cell = frame[row, column]
        if cell.isContinuation { return }
        let style = styles[cell.role]
        let text = CellText(cell, column: column, columns: frame.columns)
        var pair = style.pair
        var cchar = cchar_t()
        text.characters.withUnsafeBufferPointer { characters in
            _ = setcchar(&cchar, characters.baseAddress, style.attributes, 0, &pair)
        }
        mvwadd_wch(window, Int32(row), Int32(column), &cchar)
        // A front end may count a character wider than ncurses does (ambiguous-wide setting):
        // fill the rest of the cell so nothing stale shows through.
        if text.width < Int(cell.width) && column + Int(cell.width) <= frame.columns {
            var blank = cchar_t()
            CellText.blank.characters.withUnsafeBufferPointer { characters in
                _ = setcchar(&blank, characters.baseAddress, style.attributes, 0, &pair)
            }
            for extra in text.width..<Int(cell.width) {
                mvwadd_wch(window, Int32(row), Int32(column + extra), &blank)
            }
        }
    }

    /// Puts `message` on the bottom row in the status style.
    private func overlay(_ message: String, on frame: inout CellBuffer) {
        guard frame.rows > 0 else { return }
        let row = frame.rows - 1
        var column = 0
        for scalar in (" " + message + " ").unicodeScalars {
            let width = max(0, CursesSupport.systemWidth(scalar))
            guard width > 0 else { continue }
            guard column + width <= frame.columns else { break }
            frame[row, column] = Cell(content: String(scalar), width: UInt8(width), role: .status)
            if width == 2 { frame[row, column + 1] = .continuation(role: .status) }
            column += width
        }
        while column < frame.columns {
            frame[row, column] = Cell(content: " ", width: 1, role: .status)
            column += 1
        }
    }
}
