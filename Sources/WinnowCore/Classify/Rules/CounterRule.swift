/// View, click and comment counters standing on their own (`瀏覽次數:1562`, `閱讀 1.2萬次`,
/// `評論 12`, `1237 0`). On a meta line next to the date they are part of the meta line instead.
struct CounterRule: LineRule {
    /// The `LexiconList.counter` terms.
    static let terms = [
        "瀏覽次數", "浏览次数", "瀏覽量", "浏览量", "閱讀", "阅读", "點擊數", "点击数", "點擊量", "点击量", "點擊", "点击",
        "評論", "评论", "回復", "回复", "次瀏覽", "次浏览", "點贊", "点赞", "人氣", "人气", "views", "likes", "comments",
        "replies", "shares", "reads", "瀏覽人次", "浏览人次", "訪客人次", "访客人次", "點閱", "点阅", "瀏覽數", "浏览数",
    ]

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        guard line.visible <= 30, !line.isProse, line.digits > 0 else { return nil }
        if line.contains(.counter) {
            return RuleHit(kind: .boilerplate, reason: "counter", strength: .strong)
        }
        // Bare numbers are counters under a headline, but may be output or a figure in the text.
        return CounterRule.isNumbersOnly(line.scalars) ? RuleHit(kind: .boilerplate, reason: "counter", strength: .weak) : nil
    }

    /// One to four numbers separated by white space and nothing else.
    static func isNumbersOnly(_ s: [Unicode.Scalar]) -> Bool {
        var numbers = 0, inNumber = false
        for c in s {
            if ScalarClass.isDigit(c) {
                if !inNumber { numbers += 1 }
                inNumber = true
            } else if ScalarClass.isWhitespace(c) {
                inNumber = false
            } else {
                return false
            }
        }
        return (1...4).contains(numbers)
    }
}
