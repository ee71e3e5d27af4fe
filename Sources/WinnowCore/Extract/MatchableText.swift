/// One line's scalars as the patterns see them, each mapped back to the original line.
///
/// Pinyin annotations that scrapers insert after Han characters (`導(dǎo)讀`, `國(guo)(guo)`)
/// are removed, and every kept scalar is folded (`ScriptFolding`). `sourceStart(i)` is where
/// `seen[i]` came from in the line; `sourceEnd(i)` is one past it, stretched over any
/// annotation that follows, so a clause ending in `企業(yè)` keeps its annotation.
struct MatchableText {
    /// The line exactly as decoded.
    private(set) var original: [Unicode.Scalar] = []
    /// The line as given, and where each of its scalars starts in its UTF-8: a finding's text
    /// is a slice of it, sharing the decoded page's storage.
    private var line: Substring = ""
    private var utf8Starts: [Int32] = []
    private(set) var seen: [Unicode.Scalar] = []
    /// Where each seen scalar starts and ends in `original`; empty when no annotation was
    /// removed (most lines), where `seen[i]` is `original[i]` folded.
    private var starts: [Int] = []
    private var ends: [Int] = []
    /// Where the words of each vocabulary list start in `seen`.
    private(set) var hits = WordHits()

    /// An empty text, to be filled by `load` line after line (its buffers are kept).
    init() {}

    init(_ line: String) {
        load(Substring(line))
    }

    /// Sizes the buffers for lines of up to `scalars` scalars at once, rather than growing
    /// them line after line.
    mutating func reserve(_ scalars: Int) {
        original.reserveCapacity(scalars)
        utf8Starts.reserveCapacity(scalars)
        seen.reserveCapacity(scalars)
        hits.reserve(scalars)
    }

    /// Prepares `line`, reusing this text's storage: the extractor reads every article line
    /// through one `MatchableText`, so a line costs no allocation once the buffers are large
    /// enough.
    mutating func load(_ line: Substring) {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        // Most lines have no bracket after an ideograph: no annotation, no offset tables, and
        // `seen` is `original` folded, both made in one pass over the UTF-8.
        let mayHaveAnnotation = decode(line)
        guard mayHaveAnnotation else {
            hits.index(seen)
            return
        }
        let n = original.count
        seen.removeAll(keepingCapacity: true)
        seen.reserveCapacity(n)
        starts.reserveCapacity(n)
        ends.reserveCapacity(n)
        var i = 0
        while i < n {
            let scalar = original[i]
            seen.append(ScriptFolding.fold(scalar))
            starts.append(i)
            var end = i + 1
            if CharacterClass.isHan(scalar) {
                while let after = PinyinAnnotation.annotationEnd(in: original, openingAt: end) { end = after }
            }
            ends.append(end)
            i = end
        }
        hits.index(seen)
    }

    var count: Int { seen.count }

    /// Where `seen[i]` came from in `original`.
    @inline(__always) func sourceStart(_ i: Int) -> Int { starts.isEmpty ? i : starts[i] }

    /// One past the original scalars (annotations included) behind `seen[i]`.
    @inline(__always) func sourceEnd(_ i: Int) -> Int { ends.isEmpty ? i + 1 : ends[i] }

    /// The original scalar range behind `range` of `seen`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < count ? sourceStart(range.lowerBound) : original.count
            return at..<at
        }
        return sourceStart(range.lowerBound)..<sourceEnd(range.upperBound - 1)
    }

    /// The original text behind `range` of `seen`, annotations included.
    func originalText(_ range: Range<Int>) -> Substring {
        let r = originalRange(range)
        let utf8 = line.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: utf8Offset(r.lowerBound))
        let to = utf8.index(utf8.startIndex, offsetBy: utf8Offset(r.upperBound))
        return line[from..<to]
    }

    /// Where the original scalar `i` (or the end of the line) starts in the line's UTF-8.
    @inline(__always) private func utf8Offset(_ i: Int) -> Int {
        i < utf8Starts.count ? Int(utf8Starts[i]) : line.utf8.count
    }

    /// The original scalars behind `range` of `seen`, annotations left out (for short labels
    /// such as units and actors).
    func plainText(_ range: Range<Int>) -> String {
        plainText(range, 0..<0)
    }

    /// The plain text of `first` followed by that of `second`, made at once (units, ranks and
    /// actors are short and many are read: no closure, no intermediate array).
    func plainText(_ first: Range<Int>, _ second: Range<Int>) -> String {
        var bytes = 0
        for k in first { bytes += UTF8.width(original[sourceStart(k)]) }
        for k in second { bytes += UTF8.width(original[sourceStart(k)]) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var at = 0
            for k in first { at += UTF8Bytes.encode(original[sourceStart(k)].value, into: buffer, at: at) }
            for k in second { at += UTF8Bytes.encode(original[sourceStart(k)].value, into: buffer, at: at) }
            return at
        }
    }

    /// Decodes `line` into `original` and its folded form into `seen` (their storage reused),
    /// straight from the UTF-8 (a String's UTF-8 is valid). Returns whether a bracket follows
    /// an ideograph somewhere (a pinyin annotation, maybe).
    private mutating func decode(_ line: Substring) -> Bool {
        var line = line
        defer { self.line = line }
        return line.withUTF8 { u in
            let n = UTF8Bytes.scalarCount(u)
            Self.setCount(&original, n, filler: Unicode.Scalar(0))
            Self.setCount(&utf8Starts, n, filler: 0)
            Self.setCount(&seen, n, filler: Unicode.Scalar(0))
            var bracketAfterHan = false
            ScriptFolding.withTable { bmp in
            original.withUnsafeMutableBufferPointer { out in
            utf8Starts.withUnsafeMutableBufferPointer { starts in
            seen.withUnsafeMutableBufferPointer { folded in
                var i = 0
                var n = 0
                while i < u.count {
                    starts[n] = Int32(truncatingIfNeeded: i)
                    let (v, length) = UTF8Bytes.decode(u, at: i)
                    i &+= length
                    // A String's UTF-8 is valid and the table holds scalars: no checks per scalar.
                    let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
                    out[n] = scalar
                    folded[n] = v < 0x10000 ? unsafeBitCast(bmp[Int(v)], to: Unicode.Scalar.self) : ScriptFolding.fold(scalar)
                    if (v == 0x28 || v == 0xFF08) && n > 0 && CharacterClass.isHan(out[n &- 1]) { bracketAfterHan = true }
                    n &+= 1
                }
            }}}}
            return bracketAfterHan
        }
    }

    /// Makes `array` hold `n` elements, keeping its storage (the elements are overwritten).
    private static func setCount<Element>(_ array: inout [Element], _ n: Int, filler: Element) {
        if array.count < n {
            array.append(contentsOf: repeatElement(filler, count: n - array.count))
        } else if array.count > n {
            array.removeLast(array.count - n)
        }
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

    /// 一 to 十, as list numbers and counts use them.
    @inline(__always) static func isChineseCountingDigit(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
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
