/// A small set of English words looked up where a reader needs them, outside `Lexicon`: short
/// common words (`of`, `is`, `it`) would make the line-wide word scan stop at nearly every English
/// word, for questions asked a few times per page.
struct EnglishWords: Sendable {
    private let words: Set<[UInt8]>

    init(_ words: [String]) {
        self.words = Set(words.map { Array($0.utf8) })
    }

    /// The length of the word of letters at `i` (ASCII, any case, ending before `limit`) when it is
    /// one of the set and stands alone: no letter before it.
    func match(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i < limit, i == 0 || !CharacterClass.isASCIILetter(s[i - 1]) else { return nil }
        var end = i
        while end < limit && CharacterClass.isASCIILetter(s[end]) { end += 1 }
        return end > i && contains(s, i..<end) ? end - i : nil
    }

    /// Whether the letters of `range` are one of the set's words.
    func contains(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= 16 else { return false }
        return words.contains(s[range].map { UInt8(truncatingIfNeeded: $0.value | 0x20) })
    }

    /// What a release says a body did today (`today announced`, `has today approved`).
    static let announcements = EnglishWords(["announced", "launched", "adopted", "approved", "unveiled", "opened", "introduced"])
    static let perfectAuxiliaries = EnglishWords(["has", "have"])

    /// Words that are never the noun of an English quantity.
    static let stopWords = EnglishWords([
        "of", "by", "in", "to", "and", "for", "from", "per", "the", "a", "on", "at", "or", "with", "within",
        "across", "over", "under", "into", "through", "than", "as", "that", "which", "who", "this", "these",
        "their", "its", "our", "will", "would", "shall", "can", "could", "may", "must", "should", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "each", "every", "up", "out", "off", "before", "after",
        "until", "since", "during", "between", "around", "about", "while", "when", "where", "if", "but", "so",
    ])
    /// Verbs that open a second action after `and` (`develop technologies and make …`), besides
    /// the measure verbs.
    static let commonVerbs = EnglishWords([
        "make", "create", "help", "ensure", "deliver", "reduce", "cut", "boost", "increase", "bring", "give",
        "take", "put", "set", "keep", "allow", "enable", "raise", "double", "halve", "reach", "achieve",
        "attract", "protect", "save", "end", "tackle", "address", "meet", "grow", "generate", "build",
    ])
    /// Participles that say how things will be, not what a body will do (`will be needed`).
    static let stateParticiples = EnglishWords([
        "needed", "required", "expected", "affected", "based", "located", "considered", "used", "impacted",
        "concerned", "interested", "pleased", "delighted", "surprised", "limited", "allowed", "involved", "tied",
    ])
    /// Words after which a `to` is a preposition, not the `to` of an infinitive (`the GDP to 21 per
    /// cent`, `capacity to more than 180 million kilowatts`).
    static let afterPrepositionTo = EnglishWords([
        "the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "more", "less",
        "about", "around", "nearly", "over", "under", "at", "up", "between", "all", "each", "every", "some",
        "any", "them", "it", "us", "one", "two", "three", "zero", "net",
    ])
    /// The word before a deadline that only introduces targets (`said that by 2027,`).
    static let reportingLeadIns = EnglishWords(["that", "said", "says", "stated", "announced", "noted", "added"])
    /// The small words a title leaves in lower case.
    static let titleLinkWords = EnglishWords(["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "with", "by", "at",
                                             "as", "from", "vs", "nor", "but", "into", "over"])
    /// Words a `to <verb>` follows: verbs of intent, nouns of a plan, a sum (`$50 million to expand`).
    static let infinitiveTakers = EnglishWords([
        "aim", "aims", "aimed", "aiming", "plan", "plans", "planned", "planning", "pledge", "pledges", "pledged", "pledging",
        "promise", "promises", "promised", "vow", "vows", "vowed", "seek", "seeks", "seeking", "want", "wants", "wanted",
        "need", "needs", "intend", "intends", "intended", "expect", "expects", "expected", "hope", "hopes", "commit",
        "commits", "committed", "agree", "agrees", "agreed", "help", "helps", "continue", "continues", "strive", "strives",
        "work", "works", "working", "set", "is", "are", "be", "going", "order", "as", "ambition", "ambitions", "target",
        "targets", "goal", "goals", "bid", "effort", "efforts", "push", "drive", "designed", "able", "and", "or", "also",
        "further", "decided", "proposal", "proposals", "proposes", "proposed", "mission", "way", "steps", "measures",
        "million", "billion", "m", "bn", "funding", "money", "strategy", "roadmap", "programme", "program", "scheme",
        "initiative", "moves", "move", "seeking", "hoping", "looking", "determined", "poised", "likely", "ready",
    ])
    /// After `as`, the words of an amount (`as much as`, `as many as`), not of a trailing part.
    static let asAmounts = EnglishWords(["much", "many", "high", "little", "few", "long", "well"])
    /// Abbreviations a full stop closes inside a sentence.
    static let titleAbbreviations = EnglishWords(["mr", "mrs", "ms", "dr", "st", "no", "co", "jr", "sr", "inc", "ltd", "gov",
                                                  "sen", "rep", "vs", "etc", "fig", "dept", "prof", "corp", "rs", "approx"])
    /// Words inside a body's name (`Department of Energy`; `&` is read apart).
    static let nameLinks = EnglishWords(["of", "for", "and"])
    /// Common nouns that end a body's name after its proper ones (`the Biden administration`).
    static let bodies = EnglishWords([
        "administration", "government", "ministry", "department", "council", "agency", "authority",
        "commission", "committee", "regulator", "cabinet", "parliament", "assembly", "office", "board",
    ])
    /// Capitalised words that open a sentence but no name (`It`, `In`, `Today`).
    static let nonNames = EnglishWords([
        "it", "this", "that", "these", "those", "they", "we", "he", "she", "there", "here", "i", "you",
        "our", "its", "their", "in", "on", "at", "by", "for", "under", "after", "before", "with", "from",
        "to", "a", "an", "but", "and", "so", "today", "yesterday", "last", "next", "if", "when",
    ])
}
