import CNcursesw

/// ncursesw draws CJK only in a UTF-8 locale; in the "C" locale those cells come out blank.
public enum TerminalLocale {
    /// Takes the locale from the environment; if its codeset is not UTF-8, falls back to
    /// C.UTF-8 (present on every glibc system). Returns whether the result is UTF-8.
    @discardableResult
    public static func ensureUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        setlocale(LC_ALL, "C.UTF-8")
        return isUTF8
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
