/// What the rules look at for one non-empty line, computed once in one pass over its scalars.
///
/// `scalars` is the line with pinyin annotations removed and surrounding white space trimmed, so
/// vocabulary such as `繼續閱讀` matches `繼續(xù)閱讀` too.
struct LineFeatures: Sendable {
    /// 1-based line number and 0-based index into `SourceText.lines`.
    let n: Int
    let index: Int
    /// The trimmed line, pinyin annotations removed.
    let scalars: [Unicode.Scalar]
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

    init(n: Int, index: Int, raw: Substring) {
        self.n = n
        self.index = index
        let stripped = PinyinAnnotation.strip(Array(raw.unicodeScalars))
        pinyinCount = stripped.count
        pinyinToned = stripped.toned
        var s = stripped.cleaned[...]
        while let f = s.first, ScalarClass.isWhitespace(f) { s.removeFirst() }
        while let l = s.last, ScalarClass.isWhitespace(l) { s.removeLast() }
        scalars = Array(s)
        var visible = 0, cjk = 0, latin = 0, digits = 0, words = 0, capitals = 0, commas = 0, marks = 0, clauses = 0, trad = 0, simp = 0
        var inWord = false
        for c in scalars {
            if !ScalarClass.isWhitespace(c) { visible += 1 }
            if ScalarClass.isCJK(c) {
                cjk += 1
                switch ChineseScript.classify(c) {
                case .traditionalOnly: trad += 1
                case .simplifiedOnly: simp += 1
                case .shared: break
                }
            } else if ScalarClass.isLatinLetter(c) {
                latin += 1
            } else if ScalarClass.isDigit(c) {
                digits += 1
            } else if ScalarClass.isCJKSentenceFinal(c) {
                marks += 1
            } else if ScalarClass.isClausePunctuation(c) {
                clauses += 1
            }
            let letter = ScalarClass.isASCIILetter(c)
            if letter && !inWord {
                words += 1
                if (0x41...0x5A).contains(c.value) { capitals += 1 }
            }
            if c == "," || c == "，" { commas += 1 }
            inWord = letter
        }
        self.visible = visible
        self.cjk = cjk
        self.latinLetters = latin
        self.digits = digits
        self.words = words
        self.capitalizedWords = capitals
        self.commas = commas
        self.cjkSentenceMarks = marks
        self.clauseMarks = clauses
        self.traditionalOnly = trad
        self.simplifiedOnly = simp
        var end = scalars.count - 1
        while end >= 0, LineFeatures.closers.contains(scalars[end].value) || ScalarClass.isWhitespace(scalars[end]) { end -= 1 }
        endsLikeSentence = end >= 0 && ScalarClass.isSentenceFinal(scalars[end])
    }

    /// Closing quotes and brackets that may follow a sentence's final mark.
    private static let closers: Set<UInt32> = [0x201D, 0x2019, 0x22, 0x27, 0x300D, 0x300F, 0x29, 0xFF09, 0x3011]

    /// The trimmed, annotation-free text.
    var text: String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }

    /// Mostly Latin letters: an English (or other Latin-script) line.
    var isLatin: Bool { latinLetters > 2 * cjk && latinLetters >= 3 }

    /// Reads as running text: sentence punctuation and some length, or long.
    var isProse: Bool {
        if isLatin {
            // A single token (a path, a URL) is never a paragraph, however many letter runs it has.
            guard scalars.contains(where: ScalarClass.isWhitespace) else { return false }
            return (words >= 6 && endsLikeSentence) || (words >= 12 && !isTitleCase)
        }
        return (cjkSentenceMarks > 0 && visible >= 16) || (clauseMarks >= 2 && visible >= 40) || visible >= 80
    }

    /// Most words capitalised, as English headlines are.
    var isTitleCase: Bool { words > 0 && capitalizedWords * 10 >= words * 6 }

    func hasPrefix(_ prefix: String) -> Bool {
        var i = 0
        for p in prefix.unicodeScalars {
            guard i < scalars.count, scalars[i] == p else { return false }
            i += 1
        }
        return true
    }
}
