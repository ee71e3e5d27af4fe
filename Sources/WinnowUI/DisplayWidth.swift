/// The one display-width function of the front end: wrapping, padding, clipping, mouse and search
/// highlights all measure with it. It agrees with glibc `wcwidth` (what ncurses and tmux use to place
/// the cursor) for every scalar, through a table generated from glibc (`scripts/generate-width-table.py`).
public struct DisplayWidth: Sendable, Equatable {
    /// Count East-Asian-ambiguous characters (“ ” … — ·) as two columns.
    public var ambiguousIsWide: Bool

    public init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// Columns of one scalar: 0, 1 or 2; -1 when the terminal cannot print it (see `printable`).
    public func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        if v == 0 { return -1 }  // NUL would end the string ncurses draws
        let w = Self.systemWidth(v)
        if w == 1 && ambiguousIsWide && Self.isAmbiguous(v) { return 2 }
        return w
    }

    /// Columns the scalar takes once drawn: unprintable scalars are drawn as a one-column `?`.
    public func drawnWidth(of scalar: Unicode.Scalar) -> Int {
        if scalar == "\t" { return 1 }
        let w = width(of: scalar)
        return w < 0 ? 1 : w
    }

    /// Columns of a string, counting unprintable scalars as their one-column replacement.
    public func width(of text: Substring.UnicodeScalarView) -> Int {
        var total = 0
        for s in text { total += drawnWidth(of: s) }
        return total
    }

    public func width(of text: String) -> Int { width(of: Substring(text).unicodeScalars) }

    /// The scalar to draw in place of `scalar`: wcwidth-rejected ones (controls, unassigned) become `?`
    /// so that the app and the terminal never disagree about where a cell ends.
    public static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return " " }
        return systemWidth(scalar.value) < 0 || scalar.value == 0 ? "?" : scalar
    }

    /// glibc's width, from the generated table.
    static func systemWidth(_ v: UInt32) -> Int {
        if v >= 0x20 && v < 0x7F { return 1 }
        let starts = DisplayWidthTable.rangeStarts
        var lo = 0, hi = starts.count - 1
        guard hi >= 0, v >= starts[0] else { return 1 }
        while lo < hi {  // last range whose start <= v
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= v { lo = mid } else { hi = mid - 1 }
        }
        return v <= DisplayWidthTable.rangeEnds[lo] ? Int(DisplayWidthTable.rangeWidths[lo]) : 1
    }

    static func isAmbiguous(_ v: UInt32) -> Bool {
        let starts = DisplayWidthTable.ambiguousStarts
        var lo = 0, hi = starts.count - 1
        guard hi >= 0, v >= starts[0] else { return false }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= v { lo = mid } else { hi = mid - 1 }
        }
        return v <= DisplayWidthTable.ambiguousEnds[lo]
    }
}
