/// A key as the front end sees it, independent of ncurses key codes.
public enum Key: Hashable, Sendable {
    case character(Unicode.Scalar)
    /// Ctrl plus a letter, lower-case (`.control("c")`).
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

public enum MouseButton: Sendable, Equatable {
    case left, wheelUp, wheelDown
}

/// Everything the terminal can tell the front end.
public enum InputEvent: Sendable, Equatable {
    case key(Key)
    case mouse(button: MouseButton, row: Int, column: Int)
    case resize(rows: Int, columns: Int)
}

/// The small surface a terminal offers the front end. The ncurses backend implements it
/// for real; tests use an in-memory one.
public protocol TerminalBackend: AnyObject {
    /// Rows and columns of the screen now.
    var size: (rows: Int, columns: Int) { get }
    /// Makes the terminal show `buffer` (a backend may diff against what it drew last).
    func draw(_ buffer: CellBuffer)
    /// Waits for the next event; `nil` when input has ended (the terminal went away).
    func nextEvent() -> InputEvent?
    /// Waits at most `milliseconds` for an event (the browser polls this way while articles are
    /// still being indexed, to show them as they arrive).
    func nextEvent(timeoutMilliseconds milliseconds: Int) -> TimedInput
    /// Ctrl-Z: give the terminal back to the shell, stop, and take it again on resume.
    func suspend()
}

/// The answer to a wait with a timeout.
public enum TimedInput: Sendable, Equatable {
    case event(InputEvent)
    case timedOut
    /// Input has ended (the terminal went away).
    case ended
}

extension TerminalBackend {
    /// For backends that cannot wait with a timeout: waits for the next event.
    public func nextEvent(timeoutMilliseconds milliseconds: Int) -> TimedInput {
        nextEvent().map { .event($0) } ?? .ended
    }
}
