/// Finds who acts in a clause: the name before its verb (`廣東將…`, `廣州市…`,
/// `the Government has launched…`).
struct ActorFinder {

    private static let bodiesEndingInHui = Set("部委协议学商工社理省机".unicodeScalars)

    /// The actor heading `range` when the text before `verbStart` is a name, stripped of adverbs.
    func actor(in text: MatchableText, range: Range<Int>, verbStart: Int) -> String? {
        let s = text.seen
        let end = Self.dropTrailingAdverbs(text, range.lowerBound..<verbStart)
        var start = range.lowerBound
        while start < end, let n = Vocabulary.adverbs.match(text, at: start, limit: end) { start += n }
        guard end - start >= 2, end - start <= 10 else { return nil }
        for i in start..<end {
            let c = s[i]
            guard CharacterClass.isHan(c) else { return nil }
            if c == "的" || c == "在" || c == "和" || c == "与" { return nil }
        }
        let name = start..<end
        let known = Vocabulary.actorNames.match(text, at: start, limit: end) == end - start
            || Vocabulary.actorSuffixes.matchEnding(text, at: end, from: start + 1) != nil
        return known ? text.plainText(name) : nil
    }

    /// Where `range` ends once the adverbs and modals before a verb are dropped
    /// (`廣東將進一步` -> `廣東`).
    static func dropTrailingAdverbs(_ text: MatchableText, _ range: Range<Int>) -> Int {
        let s = text.seen
        var end = range.upperBound
        while end > range.lowerBound, let r = Vocabulary.adverbs.matchEnding(text, at: end, from: range.lowerBound) {
            // 會 after 部/委/協… ends a body's name (`相關部會`), it is not "will".
            if s[r.lowerBound] == "会" && r.count == 1 && r.lowerBound > range.lowerBound
                && bodiesEndingInHui.contains(s[r.lowerBound - 1]) { break }
            end = r.lowerBound
        }
        return end
    }

    /// `The Federal Government`, `the Department of Energy`, `The Biden administration`, or a
    /// name that opens the clause (`President Buhari`, `NHS England`) before the verb.
    func englishActor(in text: MatchableText, range: Range<Int>) -> String? {
        let s = text.seen
        var i = range.lowerBound
        var best: Range<Int>?
        while i < range.upperBound {
            if Vocabulary.englishVerbs.match(text, at: i, limit: range.upperBound) != nil {
                // A name with no article counts when it opens the clause and the verb follows it.
                if best == nil, let name = bareName(text, range.lowerBound..<i) { best = name }
                break
            }
            if s[i] == "t", i + 4 < range.upperBound, s[i + 1] == "h", s[i + 2] == "e", s[i + 3] == " ",
               i == range.lowerBound || !CharacterClass.isASCIILetter(s[i - 1]) {
                let end = nameEnd(text, from: i + 4, limit: range.upperBound, allowingBody: true)
                if end > i + 4 { best = i..<end }
                i = max(i + 1, end)
                continue
            }
            i += 1
        }
        return best.map { text.plainText($0) }
    }

    /// The end of a run of capitalised words from `start` (`Department of Energy`, `Ministry of
    /// Housing, Communities and Local Government`), with a body's common noun after it when
    /// `allowingBody` (`Biden administration`); `start` when no capitalised word is there.
    private func nameEnd(_ text: MatchableText, from start: Int, limit: Int, allowingBody: Bool) -> Int {
        let s = text.seen
        var k = start
        var end = start
        while k < limit {
            if isCapital(text, k) {
                while k < limit && (CharacterClass.isASCIILetter(s[k]) || s[k] == "’" || s[k] == "'" || s[k] == "-") { k += 1 }
                end = k
            } else if end > start, let n = s[k] == "&" ? 1 : EnglishWords.nameLinks.match(text.seen, at: k, limit: limit),
                      k + n < limit, s[k + n] == " ", k + n + 1 < limit, isCapital(text, k + n + 1) {
                k += n
            } else if end > start && allowingBody, let n = EnglishWords.bodies.match(text.seen, at: k, limit: limit) {
                return k + n
            } else {
                break
            }
            // Spaces, or a comma in a list of names, before the next word.
            var next = k
            if next < limit && s[next] == "," { next += 1 }
            while next < limit && s[next] == " " { next += 1 }
            guard next > k else { break }
            k = next
        }
        return end
    }

    /// A name that fills `range` (trailing spaces aside), with no article: two capitalised words
    /// or more (`President Buhari`), or a word in capitals (`NHS`), not a pronoun.
    private func bareName(_ text: MatchableText, _ range: Range<Int>) -> Range<Int>? {
        let s = text.seen
        var start = range.lowerBound
        while start < range.upperBound && s[start] == " " { start += 1 }
        var upper = range.upperBound
        while upper > start && s[upper - 1] == " " { upper -= 1 }
        guard upper > start, isCapital(text, start),
              EnglishWords.nonNames.match(text.seen, at: start, limit: upper) == nil else { return nil }
        let end = nameEnd(text, from: start, limit: upper, allowingBody: false)
        guard end == upper else { return nil }
        let words = s[start..<end].reduce(1) { $1 == " " ? $0 + 1 : $0 }
        let isAcronym = end - start >= 2 && (start..<end).allSatisfy { isCapital(text, $0) }
        return words >= 2 || isAcronym ? start..<end : nil
    }

    private func isCapital(_ text: MatchableText, _ i: Int) -> Bool {
        ScalarClass.isASCIIUppercase(text.original[text.sourceStart(i)])
    }
}
