/// Whether a page speaks about policy, plans or public targets at all.
///
/// A tutorial or a forum thread is full of imperative verbs (`創建一個表`, `設置參數`) that read
/// like measures; goals and measures are only looked for on pages that use the vocabulary of
/// plans and public affairs somewhere in their article lines.
struct PolicyContext {
    /// Words of public affairs that tutorials and forums rarely use (no `方案`, `部署`, `計劃`:
    /// solutions, deployments and query plans are everyday words in technical text).
    private static let words = PhraseSet([
        "政府", "政策", "规划", "产业", "经济", "举措", "措施", "国务院", "省委", "市委", "工信部", "发改委",
        "财政", "民生", "投资", "行动方案", "实施意见", "指导意见", "十四五", "十五五", "施政", "纲要",
        "战略", "高质量", "人才", "就业", "资金", "亿元", "万元", "中小企", "预算", "基础设施", "公共服务",
        "government", "governments", "minister", "ministers", "ministry", "council", "councils", "policy",
        "policies", "strategy", "target", "targets", "programme", "programmes", "scheme", "schemes",
        "billion", "pledge", "pledged", "investment", "emissions", "economy", "jobs", "fund", "funding",
        "budget", "parliament", "congress", "federal", "mayor", "public",
    ])

    /// One word of public affairs, or a stated deadline (`到2025年`, `by 2030`), in the article.
    static func isPolicyPage(_ lines: [AnalyzedLine]) -> Bool {
        let deadlines = DeadlineFinder(publicationYear: nil)
        for line in lines where line.kind == .title || line.kind == .lead || line.kind == .body || line.kind == .heading {
            let s = MatchableText(line.text).seen
            if words.occurs(s, in: 0..<s.count) || deadlines.find(in: s, range: 0..<s.count) != nil { return true }
        }
        return false
    }
}
