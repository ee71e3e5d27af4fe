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

    /// `The Federal Government`, `the Government`, `The Prime Minister` before the verb.
    func englishActor(in text: MatchableText, range: Range<Int>) -> String? {
        let s = text.seen
        var i = range.lowerBound
        var best: Range<Int>?
        while i < range.upperBound {
            if Vocabulary.englishVerbs.match(text, at: i, limit: range.upperBound) != nil { break }
            if s[i] == "t", i + 4 < range.upperBound, s[i + 1] == "h", s[i + 2] == "e", s[i + 3] == " ",
               i == range.lowerBound || !CharacterClass.isASCIILetter(s[i - 1]) {
                var k = i + 4
                var end = i
                while k < range.upperBound, isCapital(text, k) {
                    while k < range.upperBound && (CharacterClass.isASCIILetter(s[k]) || s[k] == "’" || s[k] == "'") { k += 1 }
                    end = k
                    while k < range.upperBound && s[k] == " " { k += 1 }
                }
                if end > i { best = i..<end }
                i = max(i + 1, end)
                continue
            }
            i += 1
        }
        return best.map { text.plainText($0) }
    }

    private func isCapital(_ text: MatchableText, _ i: Int) -> Bool {
        let v = text.original[text.sourceStart(i)].value
        return v >= 0x41 && v <= 0x5A
    }
}
