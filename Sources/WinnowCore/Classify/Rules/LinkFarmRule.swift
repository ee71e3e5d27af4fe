/// Spider-pool link farms: `主站蜘蛛池模板: 关键词一| 关键词二| ...`, or the same long
/// `|`-separated list of keyword phrases without the marker. A short menu of two- to
/// four-character items (`首页 | 新闻 | 体育`) is navigation, left to `SiteChromeRule`. Bare host
/// names among keywords are a spider pool too.
struct LinkFarmRule: LineRule {
    /// The `LexiconList.linkFarm` terms.
    static let markers = ["蜘蛛池", "蜘蛛池模板", "站群", "seo优化"]

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        if line.contains(.linkFarm) {
            return RuleHit(kind: .spam, reason: "link-farm", strength: .strong)
        }
        // (Keywords in Chinese stand between the host names.)
        if line.latinLetters >= 6 && line.cjk >= 2 && line.cjkSentenceMarks == 0 && !line.endsLikeSentence && Self.isDomainList(line.scalars) {
            return RuleHit(kind: .spam, reason: "link-farm", strength: .strong)
        }
        // A row of capitalised English sections (`Home | China | World | Business | …`) is a menu.
        guard line.bars >= 7, line.cjkSentenceMarks == 0, !(line.isLatin && line.capitalizedWords == line.words) else { return nil }
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

    /// A spider pool's bare host names among keywords: three or more
    /// (`m.qdhxmy.cn 淄博网站优化 wap.jnyxkj.com 衡水seo公司 …`), or one closing a row of keyword
    /// phrases with no label (`· 东莞工厂装修公司哪家好 东莞厂房装修报价 wap.dgcfzx.com`).
    static func isDomainList(_ s: [Unicode.Scalar]) -> Bool {
        var domains = 0, phrases = 0, lastIsDomain = false
        var token: ArraySlice<Unicode.Scalar> = []
        var start = 0
        func close(_ end: Int) {
            token = s[start..<end]
            guard !token.isEmpty else { return }
            lastIsDomain = isHostName(token)
            if lastIsDomain { domains += 1 } else if token.count >= 4 && token.allSatisfy(ScalarClass.isCJK) { phrases += 1 }
        }
        for i in s.indices where ScalarClass.isWhitespace(s[i]) || s[i] == "|" || s[i] == "｜" || s[i] == "·" {
            close(i)
            start = i + 1
        }
        close(s.count)
        if domains >= 3 { return true }
        return domains >= 1 && lastIsDomain && phrases >= 2 && !s.contains { $0 == "：" || $0 == ":" }
    }

    /// `wap.dgcfzx.com`: dotted lowercase labels ending in a common top-level domain, no path.
    private static func isHostName(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        guard t.count >= 5, let dot = t.lastIndex(of: "."), t.contains(where: { (0x61...0x7A).contains($0.value) }),
              t.allSatisfy({ (0x61...0x7A).contains($0.value) || ScalarClass.isDigit($0) || $0 == "." || $0 == "-" }) else { return false }
        let ending = String(String.UnicodeScalarView(t[(dot + 1)...]))
        return topLevelDomains.contains(ending)
    }

    private static let topLevelDomains: Set<String> = ["com", "cn", "net", "org", "cc", "top", "vip", "xyz", "info", "co", "io", "me", "tv", "la", "hk", "tw"]
}
