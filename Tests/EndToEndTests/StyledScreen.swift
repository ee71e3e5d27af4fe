/// A screen captured with `tmux capture-pane -e`, read back as text plus SGR styles.
///
/// tmux does not reset styles at line starts, so the state carries from one row to the next.
struct StyledScreen: CustomStringConvertible {
    struct Style: Equatable {
        var bold = false, dim = false, italic = false, underline = false, reverse = false
        /// SGR colour parameters in effect, e.g. ["38", "5", "231"] or ["31"]; empty for the default.
        var foreground: [String] = []
        var background: [String] = []
    }

    /// Each row's text, and the style of every character on it.
    private(set) var rows: [(text: String, styles: [Style])] = []
    /// Whether any SGR sequence set a foreground or background colour.
    private(set) var usesColour = false

    init(_ captured: String) {
        var style = Style()
        for line in captured.split(separator: "\n", omittingEmptySubsequences: false) {
            var text = "", styles: [Style] = []
            var scalars = Array(line.unicodeScalars)[...]
            while let scalar = scalars.popFirst() {
                if scalar == "\u{1B}", scalars.first == "[" {
                    scalars.removeFirst()
                    var parameters = ""
                    while let next = scalars.popFirst(), next != "m" { parameters.unicodeScalars.append(next) }
                    apply(parameters, to: &style)
                } else {
                    text.unicodeScalars.append(scalar)
                    styles.append(style)
                }
            }
            rows.append((text, styles))
        }
    }

    var description: String { rows.map(\.text).joined(separator: "\n") }

    /// The style of the first character of the first occurrence of `text`.
    func style(of text: String) -> Style? {
        for row in rows {
            guard let range = row.text.range(of: text) else { continue }
            let offset = row.text.unicodeScalars.distance(from: row.text.unicodeScalars.startIndex, to: range.lowerBound)
            return row.styles[offset]
        }
        return nil
    }

    private mutating func apply(_ parameters: String, to style: inout Style) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)[...]
        if codes.isEmpty { codes = ["0"] }
        while let code = codes.popFirst() {
            switch Int(code) ?? 0 {
            case 0: style = Style()
            case 1: style.bold = true
            case 2: style.dim = true
            case 3: style.italic = true
            case 4: style.underline = true
            case 7: style.reverse = true
            case 22: style.bold = false; style.dim = false
            case 23: style.italic = false
            case 24: style.underline = false
            case 27: style.reverse = false
            case 30...37, 90...97: style.foreground = [code]; usesColour = true
            case 40...47, 100...107: style.background = [code]; usesColour = true
            case 39: style.foreground = []
            case 49: style.background = []
            case 38, 48:
                // 38;5;n or 38;2;r;g;b
                var colour = [code]
                if let kind = codes.popFirst() {
                    colour.append(kind)
                    for _ in 0..<(kind == "5" ? 1 : 3) { if let part = codes.popFirst() { colour.append(part) } }
                }
                if code == "38" { style.foreground = colour } else { style.background = colour }
                usesColour = true
            default: break
            }
        }
    }
}
