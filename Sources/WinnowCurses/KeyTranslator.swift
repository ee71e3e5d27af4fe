import CNcursesw
import WinnowUI

/// Turns what `wget_wch` returns into the front end's `Key`s.
public enum KeyTranslator {
    /// A character read with `OK`: printable text, or a control character.
    public static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(code + 0x60)!))
        case 0x00..<0x20: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(scalar)
        }
    }

    /// A function key read with `KEY_CODE_YES` (not KEY_RESIZE or KEY_MOUSE, which carry more).
    public static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_A3: return .pageUp
        case KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// A mouse report (`getmouse`): wheel up/down and a left press or click; nil for the rest
    /// (releases, other buttons).
    public static func mouseEvent(state: mmask_t, row: Int, column: Int) -> InputEvent? {
        let button: MouseButton
        if state & WN_BUTTON4_PRESSED != 0 {
            button = .wheelUp
        } else if state & WN_BUTTON5_PRESSED != 0 {
            button = .wheelDown
        } else if state & (WN_BUTTON1_PRESSED | WN_BUTTON1_CLICKED) != 0 {
            button = .left
        } else {
            return nil
        }
        return .mouse(button: button, row: row, column: column)
    }
}
