/// Finds goals (targets the article states) and measures (policy actions) in the article lines.
///
/// Pipeline per article line (lead and body only; headings set the section context, every other
/// kind is skipped): `MatchableText` (pinyin annotations removed, scripts folded) ->
/// `ClauseSplitter` (sentences and clauses, quotes and brackets kept whole) -> `ClauseReader`
/// (what each clause says) -> `SentenceReader` (goal, measure or neither, with year, quantity,
/// rank and actor).
///
/// The rules, in the order they decide:
/// - Pages with no word of public affairs and no deadline (tutorials, forums) have no findings
///   (`PolicyContext`).
/// - Questions, and sentences about the past (已, 截至, 近年來, 取得, a year before the page's
///   publication date, `already`, `was`), hold neither; a clause of such a sentence that plans,
///   obliges or orders is still read.
/// - A deadline (`到2025年`, `2025年前`, `到“十四五”末`, `將於2027年`, `by 2030`) makes its clause
///   and every later clause of the sentence a goal with that year; a clause that is only the
///   deadline is joined to the next one. `主要目標：` and `目標是` open targets the same way.
/// - Spending with an amount of money is a measure, always.
/// - After a future marker (將, 力爭, 計劃, `will`, `aims to`), a quantity, a rank or level, or
///   becoming something (打造成為, 建成) is a goal; an action that merely counts what it does
///   (`將實施三項工程`) stays a measure.
/// - A clause led by an action verb (after a name and adverbs: `廣東將進一步夯實…`), what a policy
///   proposes (`還提出構建…`), an order (`指示各部會…完成`) and an obligation (`應將…列入`) are
///   measures; a verb used as a description (`完善的`, `是`, `包括`) or a done action (`鞏固了`)
///   is not.
/// - After an order to a body (`請經濟部…`), every later clause of the sentence is a measure.
/// - List items under a heading that names goals are goals, clause by clause; under one that names
///   measures, each item that opens with its action is one measure, unless it is dated and counted
///   (a target). A line ending in a colon (`到2025年，主要目標如下：`, `重點任務包括：`, `the
///   ministry will:`) does the same for the list right after it. An English release's numbered
///   paragraphs are paragraphs, not list items.
public struct FindingExtractor: Sendable {
    public init() {}

    public func extract(from lines: [AnalyzedLine]) -> (goals: [Finding], measures: [Finding]) {
        // One text for every line: its buffers are reused, only one line is held at a time.
        var text = MatchableText()
        // Sized once for the page's lines (UTF-8 bytes bound the scalars), up to a cap: a
        // longer line grows the buffers to its own length only.
        text.reserve(min(4096, lines.reduce(0) { max($0, $1.text.utf8.count) }))
        let publicationYear = Self.publicationYear(of: lines)
        guard PolicyContext.isPolicyPage(lines, publicationYear: publicationYear, using: &text) else { return ([], []) }
        let reader = SentenceReader(clauses: ClauseReader(deadlines: DeadlineFinder(publicationYear: publicationYear)))
        let splitter = ClauseSplitter()
        // Buffers kept from line to line.
        var split = SplitLine()
        var clauseFacts: [ClauseFacts] = []
        var items: [FoundItem] = []
        var goals: [Finding] = []
        var measures: [Finding] = []
        var section = SectionContext.none
        // Set by a line ending in a colon; holds for the list items right after it.
        var introduced: SectionContext?
        for line in lines {
            switch line.kind {
            case .heading:
                section = section.after(heading: String(line.text))
                // A list introduced by a line ends at the next heading.
                introduced = nil
                continue
            case .lead, .body:
                break
            default:
                continue
            }
            text.load(line.text)
            splitter.split(text, into: &split)
            // Under a line that introduced a list, items often lost their bullets in the scrape.
            var isListItem = reader.isListItem(text) || introduced != nil && Self.readsAsListItem(line.text)
            // An English release numbers its paragraphs (`3.   Under the ITM 2030, the industry
            // aims to….`): one of several sentences, or a long one closed by a full stop, is read
            // on its own terms.
            if isListItem, split.sentences.count > 1 || text.count > 120 && Self.endsWithFullStop(text.seen),
               ClauseReader.isEnglish(text.seen, 0..<text.count) {
                isListItem = false
            }
            if !isListItem { introduced = nil }
            // A section's kind is forced on its list items only; a paragraph is read on its own
            // terms, unless its heading only names the targets (`一、工作目標`).
            let context = isListItem ? (introduced ?? section) : (section.coversParagraphs ? section : .none)
            items.removeAll(keepingCapacity: true)
            if context.kind == .measures, split.sentences.count == 1, isListItem {
                // A listed task is one measure, however many clauses it has.
                let clauses = split.clauses(of: split.sentences[0])
                let whole = clauses.first!.lowerBound..<clauses.last!.upperBound
                let facts = reader.clauses.read(text, clause: whole)
                // Only a task that opens with its action (`加大科技研發投入，…`); in English the
                // items are often what is given (`£5 billion for social housing`).
                let opensWithAction = facts.actionStart == facts.content.lowerBound
                if facts.deadline != nil && facts.quantity != nil {
                    // A task dated and counted (`installing 120 charge points by 2025`) is a target.
                    reader.items(in: text, split: split, section: .none, facts: &clauseFacts, into: &items)
                } else if !facts.isPast && (opensWithAction || facts.isEnglish) {
                    items.append(FoundItem(kind: .measure, range: whole, year: facts.deadline?.year, quantity: facts.quantity,
                                           rank: facts.rank.map { text.plainText($0) }, actor: facts.actor))
                }
            } else {
                reader.items(in: text, split: split, section: context, facts: &clauseFacts, into: &items)
            }
            if let context = SectionContext.introduced(by: text, deadlines: reader.clauses.deadlines) {
                introduced = context
                // The lead-in (`Its expected outcomes by 2030 are:`, `2026年，协会将重点开展以下工作：`)
                // is no item itself.
                if let leadIn = split.clauses.last { items.removeAll { $0.range.upperBound >= leadIn.upperBound } }
            }
            for item in items {
                let r = text.originalRange(item.range)
                let finding = Finding(
                    text: text.originalText(item.range), line: line.n,
                    start: line.start + r.lowerBound, end: line.start + r.upperBound,
                    year: item.year, quantity: item.quantity, rank: item.rank, actor: item.actor)
                if item.kind == .goal { goals.append(finding) } else { measures.append(finding) }
            }
        }
        return (goals, measures)
    }

    /// An item of a list whose bullets are gone: it opens in lower case (`a €1.2 billion call …`)
    /// or closes with `;` or `,` or with no full stop at all.
    static func readsAsListItem(_ text: Substring) -> Bool {
        let t = text.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
        // A closing quote or bracket is not the end: `…right across the district.”` ends a sentence.
        guard let first = t.first, let last = t.last(where: { !" ”’\"')）」』".unicodeScalars.contains($0) }) else { return false }
        if (0x61...0x7A).contains(first.value) || last == ";" || last == "；" || last == "," { return true }
        return !".。!?！？".unicodeScalars.contains(last)
    }

    private static func endsWithFullStop(_ s: [Unicode.Scalar]) -> Bool {
        s.last { !CharacterClass.isSpace($0) && $0 != "”" && $0 != "\"" } == "."
    }

    /// The first year a meta line names (`發布日期:2023-11-14`), if any.
    static func publicationYear(of lines: [AnalyzedLine]) -> Int? {
        for line in lines where line.kind == .meta {
            let s = Array(line.text.unicodeScalars)
            // A whole date first: it may be written in Minguo years (`發布日期：113-03-21`).
            if let year = PublishedDate.year(in: s) { return year }
            var i = 0
            while i + 4 <= s.count {
                if (i == 0 || !CharacterClass.isDigit(s[i - 1])), let (year, _) = DeadlineFinder.year(s, at: i, limit: s.count) {
                    return year
                }
                i += 1
            }
        }
        return nil
    }
}
