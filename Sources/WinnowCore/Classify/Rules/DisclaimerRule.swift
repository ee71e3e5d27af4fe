/// Disclaimers and copyright notices: `本網聲明:凡註明來源...均為轉載,並不代表本網站...`,
/// `版權所有`, `Copyright © 2024`, cookie notices. One strong phrase decides; the weaker words
/// (`聲明`, `轉載`, `侵權`...) need company, since an article may well mention a 轉載 or a 侵權.
struct DisclaimerRule: LineRule {
    static let strong = [
        "版權所有", "版权所有", "不代表本網", "不代表本网", "不代表本站", "免責聲明", "免责声明", "版權說明", "版权说明",
        "版權聲明", "版权声明", "本網聲明", "本网声明", "本站聲明", "本站声明", "未經授權", "未经授权", "未經許可", "未经许可",
        "禁止轉載", "禁止转载", "均為轉載", "均为转载", "謝絕轉載", "谢绝转载", "icp备", "icp證", "icp证", "公网安备",
        "公網安備", "备案号", "備案號", "由会员分享", "由會員分享", "由用户上传", "由用戶上傳", "本文档由", "本文檔由", "copyright", "©", "all rights reserved", "powered by wordpress", "powered by discuz",
        "powered by blogger", "powered by dedecms", "powered by phpcms",
        "cookie", "cookies", "privacy policy", "terms of use", "terms of service", "we use cookies", "use cookies",
        "accept all cookies", "cookie policy", "your privacy", "manage preferences", "manage cookies",
        "essential cookies", "this website uses cookies", "this site uses cookies", "by continuing to browse",
        "make this website work", "make our website work", "make this site work", "forward-looking statements",
        "risks and uncertainties",
        "仅代表作者本人", "僅代表作者本人", "信息存储空间", "資訊儲存空間", "风险自负", "風險自負", "不构成投资建议", "不構成投資建議", "投资需谨慎", "投資需謹慎", "据此买卖", "據此買賣",
        "不构成任何投资建议", "不構成任何投資建議", "市场有风险", "市場有風險", "风险提示：", "風險提示：", "没有虚假记载", "沒有虛假記載",
        "误导性陈述", "誤導性陳述", "重大遗漏", "重大遺漏",
        "主办单位", "主辦單位", "承办单位", "承辦單位", "网站标识码", "網站標識碼", "技术支持", "技術支持",
    ]
    static let weak = [
        "聲明", "声明", "轉載", "转载", "侵權", "侵权", "舉報", "举报", "刪除", "删除", "觀點", "观点", "真實性", "真实性",
        "本站", "本網", "本网", "用戶提供", "用户提供", "上傳", "上传", "收益歸屬", "收益归属", "來源於網絡", "来源于网络",
        "僅供參考", "仅供参考", "聯系", "联系", "不代表", "授權", "授权", "本網站", "本网站",
        "在线阅读", "在線閱讀", "会员", "會員", "下载", "下載",
    ]
    private static let copyrightSignTerm = strong.firstIndex(of: "©")!
    /// The terms of a copyright notice, which closes a page's own text.
    private static let copyrightTerms = Set(["版權所有", "版权所有", "©", "all rights reserved"].map { strong.firstIndex(of: $0)! })

    /// The `LexiconList.disclaimer` terms: strong, then weak.
    static let terms = strong + weak
    /// English notices (`cookie`, `copyright`) count only on English lines: a Chinese article
    /// about cookies or copyright law keeps its words. Per strong term: it counts on any line.
    private static let countsOnAnyLine: [Bool] = strong.map { $0.unicodeScalars.contains(where: ScalarClass.isCJK) || $0 == "©" }

    /// A notice is short: a longer line is never one, whatever it holds.
    static func withinLength(_ line: LineFeatures) -> Bool {
        line.isLatin ? line.words <= 60 : line.visible <= 300
    }

    /// A short line that holds a copyright notice (`© 2026 The Associated Press. All rights reserved.`).
    static func isCopyrightNotice(_ line: LineFeatures) -> Bool {
        withinLength(line) && line.hits(.disclaimer).contains { copyrightTerms.contains($0.term) }
    }

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        guard DisclaimerRule.withinLength(line) else { return nil }
        var strongSeen = DistinctTerms(), weakSeen = DistinctTerms()
        var any = false, strongCovered = 0, copyrightSign = false
        for hit in line.hits(.disclaimer) {
            any = true
            if hit.term < DisclaimerRule.strong.count {
                if line.isLatin || DisclaimerRule.countsOnAnyLine[hit.term] {
                    strongSeen.insert(hit.term)
                    strongCovered += hit.end - hit.start
                    if hit.term == DisclaimerRule.copyrightSignTerm { copyrightSign = true }
                }
            } else {
                weakSeen.insert(hit.term)
            }
        }
        guard any else { return nil }
        let strongTerms = strongSeen.count, weakTerms = weakSeen.count
        // In running text one strong phrase needs company (`未經授權擅自...` can be news); a short
        // notice (`版權所有 © 某報`) needs none. An English headline may name one
        // (`Government proposes new cookie rules`): there it must be much of the line, or a `©`.
        let enough: Bool
        if line.isProse {
            enough = strongTerms >= 2 || strongTerms == 1 && weakTerms >= 1
        } else if line.isLatin {
            enough = strongTerms >= 2 || copyrightSign || strongTerms == 1 && strongCovered * 2 >= line.visible
        } else {
            enough = strongTerms >= 1
        }
        if enough || weakTerms >= 3 {
            return RuleHit(kind: .boilerplate, reason: "disclaimer", strength: .strong)
        }
        return nil
    }
}
