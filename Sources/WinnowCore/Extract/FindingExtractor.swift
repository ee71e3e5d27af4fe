/// Finds goals (targets the article states) and measures (policy actions) in the article lines.
///
/// Pipeline per article line (lead and body only; headings set the section context, every other
/// kind is skipped): `MatchableText` (pinyin annotations removed, scripts folded) ->
/// `ClauseSplitter` (sentences and clauses) -> `ClauseReader` (what each clause says) ->
/// `SentenceReader` (goal, measure or neither, with year, quantity, rank and actor). Items
/// listed under a heading that names goals are goals; under one that names measures, each
/// one-sentence item is one measure.
public struct FindingExtractor: Sendable {
    public init() {}

    public func extract(from lines: [AnalyzedLine]) -> (goals: [Finding], measures: [Finding]) {
        guard PolicyContext.isPolicyPage(lines) else { return ([], []) }
        let reader = SentenceReader(clauses: ClauseReader(deadlines: DeadlineFinder(publicationYear: Self.publicationYear(of: lines))))
        let splitter = ClauseSplitter()
        var goals: [Finding] = []
        var measures: [Finding] = []
        var section = SectionContext.none
        for line in lines {
            switch line.kind {
            case .heading:
                section = section.after(heading: line.text)
                continue
            case .lead, .body:
                break
            default:
                continue
            }
            let text = MatchableText(line.text)
            let sentences = splitter.split(text)
            var items: [FoundItem]
            if section.kind == .measures, sentences.count == 1, reader.isListItem(text, sentences), let first = sentences[0].clauses.first,
               let last = sentences[0].clauses.last {
                // A listed task is one measure, however many clauses it has.
                let whole = first.lowerBound..<last.upperBound
                let facts = reader.clauses.read(text, clause: whole)
                // Only a task that opens with its action (`加大科技研發投入，…`).
                let opensWithAction = facts.actionStart == facts.content.lowerBound
                items = facts.isPast || !opensWithAction ? [] : [FoundItem(kind: .measure, range: whole, year: facts.deadline?.year,
                                                       quantity: facts.quantity,
                                                       rank: facts.rank.map { text.plainText($0) }, actor: facts.actor)]
            } else {
                items = reader.items(in: text, sentences: sentences, section: section)
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

    /// The first year a meta line names (`發布日期:2023-11-14`), if any.
    static func publicationYear(of lines: [AnalyzedLine]) -> Int? {
        for line in lines where line.kind == .meta {
            let s = Array(line.text.unicodeScalars)
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
