import CNcursesw
import WinnowUI

/// PLACEHOLDER for the ncurses backend (`TerminalBackend` over libncursesw).
public enum CursesSupport {
    /// Display width of a scalar as glibc (and so ncurses and tmux) measures it; -1 if unprintable.
    public static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
