/// Breaks one paragraph into display rows no wider than `width`, following `LineBreakRules`.
///
/// Greedy: each row takes as much as fits and ends at the last allowed break; a word longer than
/// the row is cut where it overflows. A wide character is never split at the right edge. Spaces at a
/// break hang at the end of the row and are not counted. Rows are ranges of scalar indices.
public struct Wrapper: Sendable {
    public var width: Int
    public var measure: DisplayWidth

    public init(width: Int, measure: DisplayWidth = DisplayWidth()) {
        self.width = max(2, width)
        self.measure = measure
    }

    public func rows(of text: String) -> [Range<Int>] { rows(of: Array(text.unicodeScalars)) }

    public func rows(of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        if scalars.isEmpty { return [0..<0] }
        var rows: [Range<Int>] = []
        var rowStart = 0
        var used = 0
        var lastBreak = -1        // latest index after rowStart where a new row may begin
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if i > rowStart, LineBreakRules.canBreak(between: scalars[i - 1], and: s, width: measure) {
                lastBreak = i
            }
            let w = measure.drawnWidth(of: s)
            if s == " " && used + w > width { i += 1; continue }   // a space may hang past the edge
            if used + w > width && i > rowStart {
                let end = lastBreak > rowStart ? lastBreak : i
                rows.append(rowStart..<trimmedEnd(scalars, rowStart, end))
                rowStart = end
                while rowStart < scalars.count && scalars[rowStart] == " " { rowStart += 1 }
                // Measure the carried-over text again from the new row start.
                i = rowStart
                used = 0
                lastBreak = -1
                continue
            }
            used += w
            i += 1
        }
        if rowStart < scalars.count || rows.isEmpty {
            rows.append(rowStart..<trimmedEnd(scalars, rowStart, scalars.count))
        }
        return rows
    }

    private func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start && scalars[e - 1] == " " { e -= 1 }
        return e
    }
}
