import CNcursesw

/// Display widths as glibc measures them, which is what ncurses and tmux use to place the cursor.
public enum CursesSupport {
    /// Display width of a scalar as glibc (and so ncurses and tmux) measures it; -1 if unprintable.
    /// Needs a UTF-8 locale (`TerminalLocale.ensureUTF8()`).
    public static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }
}
