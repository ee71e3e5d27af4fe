/// What the rules look at for one non-empty line: its scalars, counts of scalar classes, and the
/// vocabulary found in it (`LineLexicon`), all computed once.
///
/// `scalars` is the line with pinyin annotations removed and surrounding white space trimmed, so
/// vocabulary such as `繼續閱讀` matches `繼續(xù)閱讀` too.
///
/// The scalars are held (`holdingScalars`) unless the page is large: held for every line they
/// take four bytes a scalar, four times an English page, for as long as the page is classified.
/// A large page's features keep only the line (a slice of the page) and decode its scalars when
/// asked for; its classifier holds them while a line's own rules judge it (`holdScalars`).
/// Lines whose pinyin annotations were removed always hold theirs: the line cannot give them.
struct LineFeatures: Sendable {
    /// 1-based line number and 0-based index into `SourceText.lines`.
    let n: Int
    let index: Int
    /// The line without surrounding white space, a slice of the page that `scalars` decodes
    /// again: only for lines that may let go of their scalars (large pages, no annotations).
    private let trimmed: Substring?
    /// The trimmed scalars when held: see the type's comment.
    private var heldScalars: [Unicode.Scalar]?
    /// How many scalars `scalars` has, and its first and last (which many shapes check first).
    let scalarCount: Int
    let firstScalar: Unicode.Scalar?
    let lastScalar: Unicode.Scalar?
    /// Pinyin annotations found (and how many carried tone marks).
    let pinyinCount: Int
    let pinyinToned: Int
    /// Non-white-space scalars.
    let visible: Int
    let cjk: Int
    let latinLetters: Int
    let digits: Int
    /// Runs of ASCII letters (English words), and those starting with a capital.
    let words: Int
    let capitalizedWords: Int
    /// `,` and `，`.
    let commas: Int
    /// `。！？；` anywhere.
    let cjkSentenceMarks: Int
    /// The last visible scalar (closing quotes and brackets skipped) is sentence-final punctuation.
    let endsLikeSentence: Bool
    /// Commas, enumeration commas and colons.
    let clauseMarks: Int
    let traditionalOnly: Int
    let simplifiedOnly: Int
    /// Kana and Hangul, which tell Japanese and Korean pages from Chinese ones.
    let kanaOrHangul: Int
    /// `|` and `｜`; breadcrumb arrows (`>` `＞` `»` `›` `→`).
    let bars: Int
    let arrows: Int
    /// Any white space inside the (trimmed) line.
    let hasInnerSpace: Bool
    /// The terms of the lists in `scannedLists` found in the line, in order of their start.
    private var scannedHits: [LexiconHit] = []
    private var scannedLists: UInt32 = 0
    /// The scanned lists with at least one hit.
    private var foundLists: UInt32 = 0

    init(n: Int, index: Int, raw: Substring, holdingScalars: Bool = true) {
        self.n = n
        self.index = index
        var counts = ScalarCounts()
        var scalars = LineFeatures.trimmedScalars(raw, counting: &counts)
        var pinyinCount = 0, pinyinToned = 0
        if counts.bracketAfterIdeograph {
            let stripped = PinyinAnnotation.strip(scalars)
            if stripped.count > 0 {
                scalars = stripped.cleaned
                counts = ScalarCounts(scalars)
                pinyinCount = stripped.count
                pinyinToned = stripped.toned
            }
        }
        // Annotations removed cannot be decoded again from the line: those few lines keep theirs
        // (and so does a line whose bytes are not contiguous, which a page's never are).
        let decodable = pinyinCount == 0 && raw.utf8.withContiguousStorageIfAvailable { _ in true } == true
        trimmed = decodable && !holdingScalars ? LineFeatures.withoutSurroundingWhiteSpace(raw) : nil
        heldScalars = trimmed == nil ? scalars : nil
        scalarCount = scalars.count
        firstScalar = scalars.first
        lastScalar = scalars.last
        self.pinyinCount = pinyinCount
        self.pinyinToned = pinyinToned
        visible = counts.visible
        cjk = counts.cjk
        latinLetters = counts.latin
        digits = counts.digits
        words = counts.words
        capitalizedWords = counts.capitals
        commas = counts.commas
        cjkSentenceMarks = counts.marks
        clauseMarks = counts.clauses
        traditionalOnly = counts.traditional
        simplifiedOnly = counts.simplified
        kanaOrHangul = counts.kanaOrHangul
        bars = counts.bars
        arrows = counts.arrows
        hasInnerSpace = counts.visible < scalars.count
        var end = scalars.count - 1
        while end >= 0, LineFeatures.isCloser(scalars[end]) || ScalarClass.isWhitespace(scalars[end]) { end -= 1 }
        endsLikeSentence = end >= 0 && ScalarClass.isSentenceFinal(scalars[end])
        scannedLists = LexiconList.worthScanning(self)
        if !scalars.isEmpty { scannedHits = LineLexicon.shared.scan(scalars, lists: scannedLists) }
        for hit in scannedHits { foundLists |= hit.list.bit }
    }

    /// The line's scalars without surrounding white space, decoded straight from its UTF-8 bytes.
    static func trimmedScalars(_ raw: Substring) -> [Unicode.Scalar] {
        var ignored = IgnoredScalars()
        return decodeTrimmed(raw, into: &ignored) ?? fallbackTrimmed(raw)
    }

    /// `trimmedScalars`, counting the scalar classes in the same pass.
    private static func trimmedScalars(_ raw: Substring, counting counts: inout ScalarCounts) -> [Unicode.Scalar] {
        var tally = ScalarCounts()
        // Trailing white space is counted too: it changes no count.
        if let decoded = decodeTrimmed(raw, into: &tally) {
            counts = tally
            return decoded
        }
        let scalars = fallbackTrimmed(raw)
        counts = ScalarCounts(scalars)
        return scalars
    }

    /// Decodes the line's UTF-8 bytes, leading and trailing white space dropped, handing each
    /// scalar kept (and any white space between them and after them) to `sink` with its kind.
    /// Nil when the bytes are not contiguous.
    private static func decodeTrimmed<Sink: ScalarSink>(_ raw: Substring, into sink: inout Sink) -> [Unicode.Scalar]? {
        var visitor = sink
        defer { sink = visitor }
        return ScalarKind.bmp.withUnsafeBufferPointer { table in raw.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            // Sized to the scalars, not the bytes: a line of ideographs would otherwise hold three
            // times the room it needs for as long as the page's features live.
            let scalarCount = UTF8Bytes.scalarCount(bytes)
            return [Unicode.Scalar](filling: scalarCount) { out, count in
                var i = 0
                var k = 0
                var lastVisible = 0  // `k` after the last non-white-space scalar
                while i < bytes.count {
                    let (v, length) = UTF8Bytes.decode(bytes, at: i)
                    i &+= length
                    // A String's UTF-8 is valid: `v` is a scalar value.
                    let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
                    let kind = v <= 0xFFFF ? table[Int(v)] : ScalarKind.astral(v)
                    if kind == .whitespace {
                        if k == 0 { continue }  // leading white space
                    } else {
                        lastVisible = k &+ 1
                    }
                    visitor.add(scalar, kind)
                    out[k] = scalar
                    k &+= 1
                }
                count = lastVisible
            }
        }}
    }

    private static func fallbackTrimmed(_ raw: Substring) -> [Unicode.Scalar] {
        var s = Array(raw.unicodeScalars)[...]
        while let f = s.first, ScalarClass.isWhitespace(f) { s.removeFirst() }
        while let l = s.last, ScalarClass.isWhitespace(l) { s.removeLast() }
        return Array(s)
    }

    /// Closing quotes and brackets that may follow a sentence's final mark.
    @inline(__always)
    private static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0x22, 0x27, 0x300D, 0x300F, 0x29, 0xFF09, 0x3011: return true
        default: return false
        }
    }

    /// The trimmed line, pinyin annotations removed.
    var scalars: [Unicode.Scalar] {
        heldScalars ?? LineFeatures.trimmedScalars(trimmed ?? "")
    }

    /// `raw` without the leading and trailing scalars `decodeTrimmed` drops.
    private static func withoutSurroundingWhiteSpace(_ raw: Substring) -> Substring {
        let table = ScalarKind.bmp
        let u = raw.unicodeScalars
        var start = u.startIndex
        var end = u.endIndex
        while start < end, ScalarKind.of(u[start], in: table) == .whitespace { start = u.index(after: start) }
        while start < end {
            let last = u.index(before: end)
            guard ScalarKind.of(u[last], in: table) == .whitespace else { break }
            end = last
        }
        return raw[start..<end]
    }

    /// Whether `scalars` is held rather than decoded on each use.
    var holdsScalars: Bool { heldScalars != nil }

    /// Decodes the scalars once and holds them, for code that reads them many times.
    mutating func holdScalars() {
        if heldScalars == nil { heldScalars = scalars }
    }

    /// Lets go of scalars that can be decoded again.
    mutating func releaseScalars() {
        if trimmed != nil { heldScalars = nil }
    }

    /// The trimmed, annotation-free text.
    var text: String {
        heldScalars.map { String(scalars: $0) } ?? String(trimmed ?? "")
    }

    /// Mostly Latin letters: an English (or other Latin-script) line.
    var isLatin: Bool { latinLetters > 2 * cjk && latinLetters >= 3 }

    /// Reads as running text: sentence punctuation and some length, or long.
    var isProse: Bool {
        if isLatin {
            // A single token (a path, a URL) is never a paragraph, however many letter runs it has.
            guard hasInnerSpace else { return false }
            return (words >= 6 && endsLikeSentence) || (words >= 12 && !isTitleCase && !isTitleCaseBesidesLinkWords)
        }
        // Length alone makes text only of words: a market ticker's row of figures is not prose.
        return (cjkSentenceMarks > 0 && visible >= 16) || (clauseMarks >= 2 && visible >= 40) || visible >= 80 && digits * 2 < visible
    }

    /// Most words capitalised, as English headlines are.
    var isTitleCase: Bool { words > 0 && capitalizedWords * 10 >= words * 6 }

    /// Every word capitalised but the small words of a title (`Ministers for the Department of
    /// Climate Change, Energy, the Environment and Water`), which a name or a heading can be long.
    private var isTitleCaseBesidesLinkWords: Bool {
        guard capitalizedWords * 10 >= words * 4 else { return false }
        let s = scalars
        var linkWords = 0
        var i = 0
        while i < s.count {
            guard ScalarClass.isASCIILetter(s[i]), i == 0 || !ScalarClass.isASCIILetter(s[i - 1]) else { i += 1; continue }
            var end = i
            while end < s.count && ScalarClass.isASCIILetter(s[end]) { end += 1 }
            if !ScalarClass.isASCIIUppercase(s[i]) && EnglishWords.titleLinkWords.contains(s, i..<end) { linkWords += 1 }
            i = end
        }
        return capitalizedWords + linkWords == words
    }

    func starts(with prefix: [Unicode.Scalar]) -> Bool {
        if let heldScalars { return heldScalars.starts(with: prefix) }
        return (trimmed ?? "").unicodeScalars.starts(with: prefix)
    }

    func hasPrefix(_ prefix: String) -> Bool {
        guard let heldScalars else { return (trimmed ?? "").unicodeScalars.starts(with: prefix.unicodeScalars) }
        var i = 0
        for p in prefix.unicodeScalars {
            guard i < heldScalars.count, heldScalars[i] == p else { return false }
            i += 1
        }
        return true
    }

    /// The hits of one list, in order (what that list's own `TermMatcher` would find). A list left
    /// out of the first scan is scanned now.
    func hits(_ list: LexiconList) -> LexiconHits {
        guard scannedLists & list.bit != 0 else { return LexiconHits(LineLexicon.shared.scan(scalars, lists: list.bit), of: list) }
        return LexiconHits(foundLists & list.bit != 0 ? scannedHits : [], of: list)
    }

    /// The first hit of one list.
    func firstHit(_ list: LexiconList) -> LexiconHit? {
        var hits = hits(list).makeIterator()
        return hits.next()
    }

    /// Whether any term of the list occurs.
    func contains(_ list: LexiconList) -> Bool {
        scannedLists & list.bit != 0 ? foundLists & list.bit != 0 : firstHit(list) != nil
    }
}

/// What the decoder hands each scalar to.
private protocol ScalarSink {
    mutating func add(_ c: Unicode.Scalar, _ kind: ScalarKind)
}

private struct IgnoredScalars: ScalarSink {
    @inline(__always)
    mutating func add(_ c: Unicode.Scalar, _ kind: ScalarKind) {}
}

/// Counts of the scalar classes `LineFeatures` reports, in one pass.
///
/// Each scalar adds one to its kind's cell of a histogram (no switch per scalar); the counts
/// are sums of cells. Only words and the pinyin hint look at the previous kind.
private struct ScalarCounts: ScalarSink {
    private var histogram = SIMD16<Int32>(repeating: 0)
    var words = 0, capitals = 0
    /// A `(` or `（` right after an ideograph: the line may carry pinyin annotations.
    var bracketAfterIdeograph = false
    private var previous = ScalarKind.other

    init() {}

    init(_ scalars: [Unicode.Scalar]) {
        let table = ScalarKind.bmp
        for c in scalars { add(c, ScalarKind.of(c, in: table)) }
    }

    @inline(__always)
    mutating func add(_ c: Unicode.Scalar, _ kind: ScalarKind) {
        histogram[Int(kind.rawValue) & 15] &+= 1
        // An ASCII letter after a non-letter starts a word.
        if ScalarCounts.isASCIILetter(kind) && !ScalarCounts.isASCIILetter(previous) {
            words += 1
            if kind == .upperASCII { capitals += 1 }
        }
        if kind == .openingBracket && previous.isIdeograph { bracketAfterIdeograph = true }
        previous = kind
    }

    @inline(__always)
    private static func isASCIILetter(_ kind: ScalarKind) -> Bool {
        kind == .upperASCII || kind == .lowerASCII
    }

    private func count(_ kind: ScalarKind) -> Int { Int(histogram[Int(kind.rawValue)]) }

    var visible: Int { Int(histogram.wrappedSum()) - count(.whitespace) }
    var cjk: Int { count(.ideograph) + count(.traditionalIdeograph) + count(.simplifiedIdeograph) }
    var latin: Int { count(.upperASCII) + count(.lowerASCII) + count(.otherLatin) }
    var digits: Int { count(.digit) }
    var commas: Int { count(.comma) }
    var marks: Int { count(.cjkSentenceMark) }
    var clauses: Int { count(.comma) + count(.otherClauseMark) }
    var traditional: Int { count(.traditionalIdeograph) }
    var simplified: Int { count(.simplifiedIdeograph) }
    var kanaOrHangul: Int { count(.kanaOrHangul) }
    var bars: Int { count(.bar) }
    var arrows: Int { count(.arrow) }
}

private extension Array {
    /// What `init(unsafeUninitializedCapacity:initializingWith:)` makes, without the generic
    /// storage-type lookup that initialiser does on every call on Linux (about 600 instructions,
    /// more than decoding a short line): `body` fills a temporary buffer, which is copied into
    /// storage reserved through the array's own specialised growth path.
    init(filling capacity: Int, _ body: (UnsafeMutableBufferPointer<Element>, inout Int) -> Void) {
        self = withUnsafeTemporaryAllocation(of: Element.self, capacity: capacity) { buffer in
            var count = 0
            body(buffer, &count)
            var array: [Element] = []
            array.reserveCapacity(count)
            array.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
            UnsafeMutableBufferPointer(rebasing: buffer[0..<count]).deinitialize()
            return array
        }
    }
}
