/// Spider-pool link farms: `主站蜘蛛池模板: 关键词一| 关键词二| ...`, or the same long
/// `|`-separated list of keyword phrases without the marker. A short menu of two- to
/// four-character items (`首页 | 新闻 | 体育`) is navigation, left to `SiteChromeRule`.
struct LinkFarmRule: LineRule {
    /// The `LexiconList.linkFarm` terms.
    static let markers = ["蜘蛛池", "蜘蛛池模板", "站群", "seo优化"]

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        if line.contains(.linkFarm) {
            return RuleHit(kind: .spam, reason: "link-farm", strength: .strong)
        }
        guard line.bars >= 7, line.cjkSentenceMarks == 0 else { return nil }
        var segments = 0, segmentLength = 0, totalLength = 0, pipes = 0
        for c in line.scalars {
            if c == "|" || c == "｜" {
                pipes += 1
                if segmentLength > 0 { segments += 1 }
                segmentLength = 0
            } else if !ScalarClass.isWhitespace(c) {
                segmentLength += 1
                totalLength += 1
            }
        }
        if segmentLength > 0 { segments += 1 }
        guard pipes >= 7, segments >= 8, line.cjkSentenceMarks == 0 else { return nil }
        // A site's own footer row (`关于我们 | 广告服务 | 招聘信息 | …`) is chrome, not a farm.
        guard SiteChromeRule.decisiveTermCount(line) < 2 else { return nil }
        let average = Double(totalLength) / Double(segments)
        return average >= 5 ? RuleHit(kind: .spam, reason: "link-farm", strength: .strong) : nil
    }
}
