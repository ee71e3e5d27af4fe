/// One line's scalars as the patterns see them, each mapped back to the original line.
///
/// Pinyin annotations that scrapers insert after Han characters (`導(dǎo)讀`, `國(guo)(guo)`)
/// are removed, and every kept scalar is folded (`ScriptFolding`). `sourceStart[i]` is where
/// `seen[i]` came from in the line; `sourceEnd[i]` is one past it, stretched over any
/// annotation that follows, so a clause ending in `企業(yè)` keeps its annotation.
struct MatchableText {
    /// The line exactly as decoded.
    let original: [Unicode.Scalar]
    private(set) var seen: [Unicode.Scalar] = []
    private(set) var sourceStart: [Int] = []
    private(set) var sourceEnd: [Int] = []

    init(_ line: String) {
        original = Array(line.unicodeScalars)
        seen.reserveCapacity(original.count)
        sourceStart.reserveCapacity(original.count)
        sourceEnd.reserveCapacity(original.count)
        var i = 0
        while i < original.count {
            let scalar = original[i]
            seen.append(ScriptFolding.fold(scalar))
            sourceStart.append(i)
            var end = i + 1
            if CharacterClass.isHan(scalar) {
                while let after = PinyinAnnotation.annotationEnd(in: original, openingAt: end) { end = after }
            }
            sourceEnd.append(end)
            i = end
        }
    }

    var count: Int { seen.count }

    /// The original scalar range behind `range` of `seen`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < count ? sourceStart[range.lowerBound] : original.count
            return at..<at
        }
        return sourceStart[range.lowerBound]..<sourceEnd[range.upperBound - 1]
    }

    /// The original text behind `range` of `seen`, annotations included.
    func originalText(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[originalRange(range)])
        return String(view)
    }

    /// The original scalars behind `range` of `seen`, annotations left out (for short labels
    /// such as units and actors).
    func plainText(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for i in range { view.append(original[sourceStart[i]]) }
        return String(view)
    }
}

/// Scalar classes the extractor needs, decided on code point ranges (no allocation).
enum CharacterClass {
    @inline(__always) static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3134F)
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    /// The index of the `》` closing a book title that opens at `i` (looked for within 100
    /// scalars, so a stray `《` costs little).
    @inline(__always) static func bookTitleEnd(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard s[i] == "《" else { return nil }
        var j = i + 1
        let end = min(limit, i + 100)
        while j < end {
            if s[j] == "》" { return j }
            j += 1
        }
        return nil
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}"
    }
}
