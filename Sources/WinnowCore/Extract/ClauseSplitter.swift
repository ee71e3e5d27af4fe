/// A sentence of a line: a run of the line's clauses (`SplitLine.clauses`).
struct Sentence: Equatable {
    /// Its clauses, as indices into `SplitLine.clauses`; never empty.
    var clauses: Range<Int>
    /// Ends in a question mark: a question states no target or action.
    var isQuestion: Bool
}

/// A line cut into sentences and clauses (ranges of `MatchableText.seen`), all clauses in one
/// array: the extractor refills one `SplitLine` line after line, so splitting allocates nothing
/// once its buffers are large enough.
struct SplitLine {
    private(set) var clauses: [Range<Int>] = []
    private(set) var sentences: [Sentence] = []

    /// The clauses of `sentence`.
    func clauses(of sentence: Sentence) -> ArraySlice<Range<Int>> { clauses[sentence.clauses] }

    mutating func removeAll() {
        clauses.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
    }

    mutating func append(clause: Range<Int>) { clauses.append(clause) }

    /// Makes the clauses since the last sentence one sentence (none if there are none).
    mutating func endSentence(question: Bool) {
        let start = sentences.last?.clauses.upperBound ?? 0
        guard clauses.count > start else { return }
        sentences.append(Sentence(clauses: start..<clauses.count, isQuestion: question))
    }
}

/// Splits a line into sentences and clauses, aware of quotes and brackets.
///
/// - Sentences end at `。！？!?`, at an English full stop, at a ` - ` bullet, at a `[1]`
///   citation mark, and at a gap of spaces between Chinese phrases (headline style).
/// - Clauses end at `，,：:；;` (but not inside numbers: `10,000`, `20:16`, nor between the words of
///   an English list: `recyclable, reusable or compostable`) and at spaced dashes (but not around an
///   aside between two of them).
///   `、` keeps an enumeration together, except before a number: `100萬家A、10萬家B` lists
///   two quantified targets.
/// - Nothing inside `《》` or `()` is ever cut, nor inside a quote (`“”「」『』""`) that holds
///   no clause punctuation (a title, a slogan, a list). A quote that holds clause punctuation is
///   reported speech and is split like the text around it.
struct ClauseSplitter {
    private static let maxBracketSpan = 300

    /// The comma at `comma` parts the words of an English list that ends `X and Y` or `X or Y`
    /// (`recyclable, reusable or compostable`, `oats, wheat, corn and dairy`): a word before it,
    /// then single words between commas up to the `and`/`or`.
    static func continuesEnglishList(_ s: [Unicode.Scalar], after comma: Int) -> Bool {
        guard comma > 0, CharacterClass.isASCIILetter(s[comma - 1]) else { return false }
        var i = comma
        while i < s.count && s[i] == "," {
            i += 1
            guard i < s.count, s[i] == " " else { return false }
            i += 1
            let word = i
            while i < s.count && (CharacterClass.isASCIILetter(s[i]) || s[i] == "-") { i += 1 }
            guard i > word, i < s.count else { return false }
            if s[i] == "," { continue }
            guard s[i] == " " else { return false }
            // `X and Y` / `X or Y`, Y a word.
            let next = i + 1
            for joint in listJoints where s.count > next + joint.count && s[next..<(next + joint.count)].elementsEqual(joint) {
                return CharacterClass.isASCIILetter(s[next + joint.count])
            }
            return false
        }
        return false
    }

    private static let listJoints = ["and ", "or "].map { Array($0.unicodeScalars) }

    /// A second spaced `—` within 60 scalars of the one at `open`, in the same sentence, with
    /// English words between: the two enclose an aside.
    static func closingDash(_ s: [Unicode.Scalar], after open: Int) -> Int? {
        var j = open + 2
        let end = min(s.count - 1, open + 60)
        while j < end {
            switch s[j] {
            case ".", ";", "。", "；", "!", "?": return nil
            case "—" where s[j - 1] == " " && s[j + 1] == " ":
                return CharacterClass.isASCIILetter(s[open + 2]) ? j : nil
            default: j += 1
            }
        }
        return nil
    }

    /// The sentences of `text`.
    func split(_ text: MatchableText) -> SplitLine {
        var line = SplitLine()
        split(text, into: &line)
        return line
    }

    /// The sentences of `text`, replacing those of `line` (its storage reused).
    func split(_ text: MatchableText, into line: inout SplitLine) {
        line.removeAll()
        let s = text.seen
        let n = s.count
        var clauseStart = 0

        func endClause(_ end: Int) {
            let r = Self.trim(s, clauseStart..<max(clauseStart, end))
            if !r.isEmpty { line.append(clause: r) }
        }
        func endSentence(question: Bool) {
            line.endSentence(question: question)
        }

        var i = 0
        while i < n {
            let c = s[i]
            // Letters, digits and ideographs never cut a clause nor open a bracket: most scalars.
            let v = c.value
            if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                i += 1
                continue
            }
            if let close = Self.closer(of: c), let end = Self.findClose(s, from: i, opener: c, closer: close) {
                if Self.isProtected(s, opener: c, open: i, close: end) {
                    i = end + 1
                    continue
                }
                i += 1
                continue
            }
            switch c {
            case "。", "!", "?", "！", "？":
                endClause(i)
                var j = i + 1
                // A closing quote after the stop belongs to the sentence it closes.
                while j < n && (s[j] == "”" || s[j] == "」" || s[j] == "』") { j += 1 }
                endSentence(question: c == "?" || c == "？")
                clauseStart = j
                i = j
                continue
            case ",", ":":
                if i > 0 && i + 1 < n && CharacterClass.isDigit(s[i - 1]) && CharacterClass.isDigit(s[i + 1]) {
                    break
                }
                if c == ",", Self.continuesEnglishList(s, after: i) { break }
                endClause(i)
                clauseStart = i + 1
            case ";":
                endClause(i)
                clauseStart = i + 1
            case "、":
                // `…；2、推动…` or `100萬家…、10萬家…`: the next item's number or count; not a
                // name in a list (`數據中心、5G基站`).
                if i + 1 < n && CharacterClass.isDigit(s[i + 1]) && !Self.opensName(s, at: i + 1) {
                    endClause(i)
                    clauseStart = i + 1
                }
            case ".":
                // An English full stop: followed by a space or the end, not inside a number.
                let next = i + 1 < n ? s[i + 1] : " "
                let previous = i > 0 ? s[i - 1] : " "
                // After a figure or a bracket only when a word follows (`by 2030. Government…`; the
                // text is folded, so its capital cannot be told).
                let figureEnds = (CharacterClass.isDigit(previous) || previous == "%" || previous == ")")
                    && (i + 2 >= n || CharacterClass.isASCIILetter(s[i + 2]))
                if CharacterClass.isSpace(next) && (CharacterClass.isASCIILetter(previous) && !Self.isAbbreviation(s, endingAt: i) || figureEnds) {
                    endClause(i)
                    endSentence(question: false)
                    clauseStart = i + 1
                }
            case "[":
                // A citation mark such as [1] ends a summary sentence.
                var j = i + 1
                while j < n && CharacterClass.isDigit(s[j]) { j += 1 }
                if j > i + 1 && j < n && s[j] == "]" {
                    endClause(i)
                    endSentence(question: false)
                    clauseStart = j + 1
                    i = j + 1
                    continue
                }
            case "-", "–", "—":
                // A spaced dash: a bullet (` - `) ends a sentence, a dash between words a clause.
                let spacedBefore = i > 0 && CharacterClass.isSpace(s[i - 1])
                let spacedAfter = i + 1 < n && CharacterClass.isSpace(s[i + 1])
                if spacedBefore && spacedAfter {
                    // `… key ingredients — oats, wheat, corn and dairy — from regenerative farms`:
                    // an aside between two dashes is part of its clause (commas and all).
                    if c == "—", let close = Self.closingDash(s, after: i) {
                        i = close + 1
                        continue
                    }
                    endClause(i)
                    if c == "-" { endSentence(question: false) }
                    clauseStart = i + 1
                }
            default:
                if CharacterClass.isSpace(c) {
                    // `… will build 12 hubs and aims to cut …`, `… will establish a fund and launch
                    // an academy`: a second plan or action is a second clause.
                    if c == " ", Vocabulary.andThenPlan.match(text, at: i + 1) != nil {
                        endClause(i)
                        clauseStart = i + 5
                        i += 5
                        continue
                    }
                    // `… to 35% by 2030 and 50% by 2040`: a dated target, then another.
                    if c == " ", i > 0, CharacterClass.isDigit(s[i - 1]), Self.closesWithDatedTarget(s, before: i), i + 5 < n,
                       s[i + 1] == "a", s[i + 2] == "n", s[i + 3] == "d", s[i + 4] == " " {
                        endClause(i)
                        clauseStart = i + 5
                        i += 5
                        continue
                    }
                    var j = i
                    while j < n && CharacterClass.isSpace(s[j]) { j += 1 }
                    if i > 0 && j < n && Self.isPhraseGap(left: s[i - 1], right: s[j]) {
                        endClause(i)
                        endSentence(question: false)
                        clauseStart = j
                    }
                    i = j
                    continue
                }
            }
            i += 1
        }
        endClause(n)
        endSentence(question: false)
    }

    /// `by 2030` right before `end`.
    private static func closesWithDatedTarget(_ s: [Unicode.Scalar], before end: Int) -> Bool {
        guard end >= 8, s[end - 8] == " " || end == 8, s[end - 7] == "b", s[end - 6] == "y", s[end - 5] == " " else { return false }
        return (end - 4..<end).allSatisfy { CharacterClass.isDigit(s[$0]) } && s[end - 4] == "2"
    }

    /// Spaces between two Chinese phrases separate them, as in headlines and decks.
    private static func isPhraseGap(left: Unicode.Scalar, right: Unicode.Scalar) -> Bool {
        left.value >= 0x2E80 && (right.value >= 0x2E80 || CharacterClass.isDigit(right))
    }

    static func closer(of c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "“": "”"
        case "「": "」"
        case "『": "』"
        case "《": "》"
        case "(": ")"
        case "\"": "\""
        default: nil
        }
    }

    private static func findClose(_ s: [Unicode.Scalar], from open: Int, opener: Unicode.Scalar,
                                  closer: Unicode.Scalar) -> Int? {
        var depth = 0
        var i = open + 1
        let limit = min(s.count, open + maxBracketSpan)
        while i < limit {
            if s[i] == closer {
                if depth == 0 { return i }
                depth -= 1
            } else if s[i] == opener && opener != closer {
                depth += 1
            }
            i += 1
        }
        return nil
    }

    private static func isProtected(_ s: [Unicode.Scalar], opener: Unicode.Scalar, open: Int, close: Int) -> Bool {
        if opener == "《" || opener == "(" { return true }
        for i in (open + 1)..<close {
            switch s[i] {
            case ",", "。", ";", "!", "?", ":": return false
            default: continue
            }
        }
        return true
    }

    /// The end of a list number opening at `i`: `1.`, `2、`, `3)`, `(一)`, `四、`.
    static func enumeratorEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        let parenthesised = j < s.count && s[j] == "("
        if parenthesised { j += 1 }
        let start = j
        while j < s.count && j - start < 3 && (CharacterClass.isDigit(s[j]) || CharacterClass.isChineseCountingDigit(s[j])) { j += 1 }
        guard j > start, j < s.count else { return nil }
        if parenthesised { return s[j] == ")" ? j + 1 : nil }
        if s[j] == "、" || s[j] == ")" { return j + 1 }
        // `1.` but not `1.5`
        if s[j] == "." && CharacterClass.isDigit(s[start]) && (j + 1 >= s.count || !CharacterClass.isDigit(s[j + 1])) { return j + 1 }
        return nil
    }

    /// Digits glued to Latin letters (`5G`, `4K`, `3D`) name a thing, not a count.
    private static func opensName(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i
        while j < s.count && CharacterClass.isDigit(s[j]) { j += 1 }
        return j < s.count && CharacterClass.isASCIILetter(s[j])
    }

    /// The letters before the full stop at `stop` are an abbreviation, no sentence's end: an
    /// initialism (`U.S.`, `e.g.`) or a title (`Mr.`, `Dr.`, `Gov.`, `Inc.`).
    private static func isAbbreviation(_ s: [Unicode.Scalar], endingAt stop: Int) -> Bool {
        if stop >= 2 && s[stop - 2] == "." { return true }
        var start = stop
        while start > 0 && CharacterClass.isASCIILetter(s[start - 1]) { start -= 1 }
        guard stop - start <= 4, start == 0 || !CharacterClass.isASCIILetter(s[start - 1]) else { return false }
        return EnglishWords.titleAbbreviations.contains(s, start..<stop)
    }

    /// Drops spaces, bullets, list numbers, edge punctuation and quote marks left unpaired by the cut.
    static func trim(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        var changed = true
        while changed && lo < hi {
            changed = false
            if let end = enumeratorEnd(s, from: lo), end < hi {
                lo = end
                changed = true
                continue
            }
            let first = s[lo]
            if CharacterClass.isSpace(first) || isLeadingJunk(first)
                || isCloser(first) || (isOpener(first) && !hasCloser(s, lo, hi)) {
                lo += 1
                changed = true
                continue
            }
            let last = s[hi - 1]
            if CharacterClass.isSpace(last) || isTrailingJunk(last)
                || isOpener(last) || (isCloser(last) && !hasOpener(s, lo, hi - 1, closer: last)) {
                hi -= 1
                changed = true
            }
        }
        return lo..<hi
    }

    /// Bullets, dashes and stops a clause does not start with.
    private static func isLeadingJunk(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "-", "•", "·", "*", "—", "–", "…", "。", "、": true
        default: false
        }
    }

    /// Stops and dashes a clause does not end with.
    private static func isTrailingJunk(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", ".", ",", ";", ":", "、", "…", "-", "—", "–": true
        default: false
        }
    }

    private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "“" || c == "「" || c == "『" || c == "《" || c == "(" || c == "‘"
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "”" || c == "」" || c == "』" || c == "》" || c == ")" || c == "’"
    }

    private static func hasCloser(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        let opener = s[lo]
        let close: Unicode.Scalar = opener == "‘" ? "’" : closer(of: opener)!
        return s[(lo + 1)..<hi].contains(close)
    }

    private static func hasOpener(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, closer: Unicode.Scalar) -> Bool {
        let open: Unicode.Scalar
        switch closer {
        case "”": open = "“"
        case "」": open = "「"
        case "』": open = "『"
        case "》": open = "《"
        case ")": open = "("
        default: open = "‘"
        }
        return s[lo..<hi].contains(open)
    }
}
