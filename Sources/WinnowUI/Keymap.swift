/// Where a binding applies.
public enum KeyContext: Sendable, Equatable { case article, sidebar, library, anywhere }

/// One entry of the keymap: the keys, where they apply, what they do and the help text.
public struct KeyBinding: Sendable {
    /// Each element is a key sequence (most are one key; `]]` is two).
    public var keys: [[Key]]
    public var context: KeyContext
    public var action: Action
    public var help: String
}

/// The keymap as data: input is translated through it, and `?` help and the status hints are
/// generated from it.
public enum Keymap {
    private static func ch(_ s: String) -> [Key] { s.unicodeScalars.map { Key.character($0) } }

    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [ch("j"), [.down]], context: .article, action: .scrollLines(1), help: "line down"),
        KeyBinding(keys: [ch("k"), [.up]], context: .article, action: .scrollLines(-1), help: "line up"),
        KeyBinding(keys: [ch(" "), [.pageDown], ch("f")], context: .anywhere, action: .scrollPages(1), help: "page down"),
        KeyBinding(keys: [ch("b"), [.pageUp]], context: .anywhere, action: .scrollPages(-1), help: "page up"),
        KeyBinding(keys: [ch("d")], context: .anywhere, action: .scrollHalfPages(1), help: "half page down"),
        KeyBinding(keys: [ch("u")], context: .anywhere, action: .scrollHalfPages(-1), help: "half page up"),
        KeyBinding(keys: [ch("g"), [.home]], context: .anywhere, action: .goToTop, help: "top"),
        KeyBinding(keys: [ch("G"), [.end]], context: .anywhere, action: .goToBottom, help: "bottom"),
        KeyBinding(keys: [ch("}"), ch("]]")], context: .anywhere, action: .nextSection, help: "next section"),
        KeyBinding(keys: [ch("{"), ch("[[")], context: .anywhere, action: .previousSection, help: "previous section"),
        KeyBinding(keys: [ch("o")], context: .anywhere, action: .openOutline, help: "outline"),
        KeyBinding(keys: [ch("/")], context: .anywhere, action: .startSearch, help: "search"),
        KeyBinding(keys: [ch("n")], context: .anywhere, action: .nextMatch, help: "next match"),
        KeyBinding(keys: [ch("N")], context: .anywhere, action: .previousMatch, help: "previous match"),
        KeyBinding(keys: [[.escape]], context: .anywhere, action: .cancel, help: "clear search / close"),
        KeyBinding(keys: [ch("v"), ch("\\")], context: .anywhere, action: .toggleView, help: "raw / cleaned view"),
        KeyBinding(keys: [ch("m")], context: .anywhere, action: .toggleMarkers, help: "removed markers"),
        KeyBinding(keys: [ch("s")], context: .anywhere, action: .toggleSidebar, help: "sidebar"),
        KeyBinding(keys: [[.tab], [.backTab]], context: .anywhere, action: .toggleFocus, help: "focus article / sidebar"),
        KeyBinding(keys: [ch("j"), [.down]], context: .sidebar, action: .sidebarMove(1), help: "next item"),
        KeyBinding(keys: [ch("k"), [.up]], context: .sidebar, action: .sidebarMove(-1), help: "previous item"),
        KeyBinding(keys: [[.enter]], context: .sidebar, action: .sidebarJump, help: "jump to item"),
        KeyBinding(keys: [ch("J"), ch(">")], context: .anywhere, action: .nextDocument, help: "next article"),
        KeyBinding(keys: [ch("K"), ch("<")], context: .anywhere, action: .previousDocument, help: "previous article"),
        KeyBinding(keys: [[.backspace]], context: .anywhere, action: .backToLibrary, help: "back to the library"),
        KeyBinding(keys: [ch("j"), [.down]], context: .library, action: .libraryMove(1), help: "next row"),
        KeyBinding(keys: [ch("k"), [.up]], context: .library, action: .libraryMove(-1), help: "previous row"),
        KeyBinding(keys: [[.enter]], context: .library, action: .openSelected, help: "open article"),
        KeyBinding(keys: [ch("/")], context: .library, action: .startSearch, help: "filter (Esc clears)"),
        KeyBinding(keys: [ch("S")], context: .library, action: .cycleSort, help: "next sort order"),
        KeyBinding(keys: [ch("0")], context: .library, action: .sortLibrary(.input), help: "sort by input order"),
        KeyBinding(keys: [ch("1")], context: .library, action: .sortLibrary(.name), help: "sort by name"),
        KeyBinding(keys: [ch("2")], context: .library, action: .sortLibrary(.date), help: "sort by date"),
        KeyBinding(keys: [ch("3")], context: .library, action: .sortLibrary(.junk), help: "sort by junk share"),
        KeyBinding(keys: [ch("4")], context: .library, action: .sortLibrary(.goals), help: "sort by goals"),
        KeyBinding(keys: [ch("?")], context: .anywhere, action: .showHelp, help: "help"),
        KeyBinding(keys: [[.control("z")]], context: .anywhere, action: .suspend, help: "suspend"),
        KeyBinding(keys: [ch("q")], context: .anywhere, action: .quit, help: "quit (in an article: back to the library)"),
    ]

    /// The short hints on the status line.
    public static let hintActions: [Action] = [.showHelp, .startSearch, .toggleView, .openOutline, .quit]
    /// The hints in the library.
    public static let libraryHintActions: [Action] = [.showHelp, .startSearch, .cycleSort, .openSelected, .quit]

    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }

    public static func label(_ binding: KeyBinding) -> String {
        binding.keys.map { $0.map(label).joined() }.joined(separator: " ")
    }

    /// Help lines, one per binding: keys, context, help text.
    public static var helpLines: [String] {
        let width = bindings.map { label($0).count }.max() ?? 0
        return bindings.map { b in
            let keys = label(b)
            let context = b.context == .sidebar ? " (sidebar)" : b.context == .library ? " (library)" : ""
            return keys + String(repeating: " ", count: width - keys.count) + "  " + b.help + context
        }
    }

    public static var hints: String { hints(for: hintActions, in: .article) }
    public static var libraryHints: String { hints(for: libraryHintActions, in: .library) }

    static func hints(for actions: [Action], in context: KeyContext) -> String {
        actions.compactMap { a in
            let binding = bindings.first { $0.action == a && $0.context == context } ?? bindings.first { $0.action == a }
            // The short form: help text up to any parenthesis.
            return binding.map { "\(label($0.keys[0].first!)) \($0.help.split(separator: " (").first ?? "")" }
        }.joined(separator: "  ")
    }

    /// Keys that start a two-key sequence.
    static let prefixes: Set<Unicode.Scalar> = Set(bindings.flatMap { $0.keys }.filter { $0.count == 2 }
        .compactMap { if case .character(let c) = $0[0] { c } else { nil } })

    public static func action(for sequence: [Key], focus: Focus, screen: Screen = .article) -> Action? {
        let context: KeyContext = screen == .library ? .library : focus == .sidebar ? .sidebar : .article
        if let b = bindings.first(where: { $0.context == context && $0.keys.contains(sequence) }) { return b.action }
        return bindings.first(where: { $0.context == .anywhere && $0.keys.contains(sequence) })?.action
    }
}
