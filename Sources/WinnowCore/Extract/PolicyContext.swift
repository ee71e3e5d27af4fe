/// Whether a page speaks about policy, plans or public targets at all.
///
/// A tutorial or a forum thread is full of imperative verbs (`創建一個表`, `設置參數`) that read
/// like measures; goals and measures are only looked for on pages that use the vocabulary of
/// plans and public affairs somewhere in their article lines.
struct PolicyContext {

    /// One word of public affairs, or a stated deadline (`到2025年`, `by 2030`), in the article.
    /// `text` is the caller's buffer (its content is replaced).
    static func isPolicyPage(_ lines: [AnalyzedLine], publicationYear: Int?, using text: inout MatchableText) -> Bool {
        let deadlines = DeadlineFinder(publicationYear: publicationYear)
        for line in lines where line.kind == .title || line.kind == .lead || line.kind == .body || line.kind == .heading {
            text.load(line.text)
            let all = 0..<text.count
            if Vocabulary.publicAffairs.occurs(text, in: all) || deadlines.find(in: text, range: all) != nil { return true }
        }
        return false
    }
}
