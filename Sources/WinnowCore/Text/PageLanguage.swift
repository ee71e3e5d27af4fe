/// The page's language: `zh-Hant`, `zh-Hans`, `en` or `other`.
///
/// Chinese pages are told apart by their script-specific characters, counted on sentence-bearing
/// lines first, because injected spam on a Traditional page is usually Simplified keyword lists
/// without sentence punctuation. English needs Latin letters and common English function words.
struct PageLanguage: Sendable, Equatable {
    var tag: String
    /// The dominant written form for Chinese pages, `.shared` otherwise.
    var script: ChineseScriptClass

    var isEnglish: Bool { tag == "en" }

    /// The `LexiconList.englishWord` terms.
    static let englishWords = ["the", "and", "of", "to", "in", "is", "for", "that", "with", "on",
                               "by", "was", "has", "have", "are", "it", "as", "be", "from", "this"]

    static func detect(_ lines: some Sequence<LineFeatures>) -> PageLanguage {
        var tally = Tally()
        for line in lines { tally.add(line) }
        return tally.language
    }

    /// The counts `detect` decides on, added one line at a time: a caller holding lines inside
    /// other values passes each in place, with no view that copies them.
    struct Tally {
        private var cjk = 0, latin = 0, words = 0, english = 0, kanaOrHangul = 0
        private var tradProse = 0, simpProse = 0, tradAll = 0, simpAll = 0

        mutating func add(_ line: LineFeatures) {
            cjk += line.cjk
            kanaOrHangul += line.kanaOrHangul
            latin += line.latinLetters
            tradAll += line.traditionalOnly
            simpAll += line.simplifiedOnly
            if line.cjkSentenceMarks > 0 {
                tradProse += line.traditionalOnly
                simpProse += line.simplifiedOnly
            }
            if line.isLatin {
                words += line.words
                if line.contains(.englishWord) { english += line.hits(.englishWord).reduce(0) { n, _ in n + 1 } }
            }
        }

        var language: PageLanguage {
            // Japanese and Korean share the ideographs; their own scripts tell them apart.
            if kanaOrHangul * 5 >= cjk && kanaOrHangul >= 10 { return PageLanguage(tag: "other", script: .shared) }
            if cjk > 0 && cjk * 4 >= latin {
                let (trad, simp) = tradProse + simpProse >= 10 ? (tradProse, simpProse) : (tradAll, simpAll)
                if trad == 0 && simp == 0 { return PageLanguage(tag: "zh-Hans", script: .shared) }
                return trad > simp ? PageLanguage(tag: "zh-Hant", script: .traditionalOnly)
                                   : PageLanguage(tag: "zh-Hans", script: .simplifiedOnly)
            }
            if words >= 5 && english * 12 >= words { return PageLanguage(tag: "en", script: .shared) }
            return PageLanguage(tag: "other", script: .shared)
        }
    }
}
