/// Which theme the browser starts with, and the one problem to tell the reader about, if any.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Set when the requested theme could not be loaded and a fallback is used instead.
    public var problem: ThemeError?

    /// - Parameters:
    ///   - requested: `--theme NAME|PATH`, if given.
    ///   - environment: for `NO_COLOR` (any non-empty value means monochrome unless a theme is named).
    ///   - terminalHasColours: false gives the monochrome theme whatever was asked for.
    public init(requested: String?, catalog: ThemeCatalog, environment: [String: String], terminalHasColours: Bool) {
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        let fallback = noColour ? ThemeCatalog.monochrome : ThemeCatalog.standard
        var theme = fallback
        if let requested {
            do {
                theme = try catalog.load(requested)
            } catch {
                problem = error
            }
        }
        self.theme = terminalHasColours ? theme : ThemeCatalog.monochrome
    }
}
