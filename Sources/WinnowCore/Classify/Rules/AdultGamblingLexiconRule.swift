/// Injected porn and gambling vocabulary. Strong terms (`无码`, `百家乐`) weigh 2, ambiguous ones
/// (`在线观看`, `美女`) weigh 1. A line goes when it is a keyword list rather than prose, or when
/// the terms are dense; a single hit never drops an otherwise normal paragraph. A short label
/// made mostly of one strong term (`某某赌场官网`) is a weak hint that context settles. A line with a
/// word of the law (`打击`, `警方`, `illegal`) reports on vice and is left alone.
struct AdultGamblingLexiconRule: LineRule {
    static let strong = [
        // adult
        "无码", "無碼", "有码", "有碼", "毛片", "黄片", "黃片", "黄网", "黃網", "黄色网站", "黃色網站", "啪啪", "色综合", "色綜合",
        "乱伦", "亂倫", "强奸", "強姦", "偷拍", "巨乳", "爆乳", "熟女", "人妻", "av片", "三级片", "三級片", "一级片", "一級片",
        "成人视频", "成人視頻", "成人影院", "成人免费", "成人網站", "成人网站", "色情", "情色", "裸聊", "约炮", "約炮", "噜噜", "擼擼",
        "撸", "伊人", "人成", "无遮挡", "無遮擋", "看片", "久久综合", "久久綜合", "久久精品", "一区二区", "一區二區", "精品视频",
        "日韩精品", "欧美日韩", "亚洲综合", "亚洲国产", "国产精品", "国产亚洲", "麻豆", "蜜桃视频", "午夜影院", "18禁", "19禁",
        "超黄", "超黃", "全脱", "全脫", "裸体", "裸體", "做爱", "做愛", "性爱", "性愛", "露点", "露點", "小黄片", "小黃片",
        "porn", "xxx", "sex video", "nude", "boobs", "viagra", "cialis", "levitra", "online pharmacy", "no prescription",
        "escort", "hentai", "payday loan", "payday loans", "replica watches",
        // gambling
        "赌场", "賭場", "博彩", "百家乐", "百家樂", "娱乐场", "娛樂場", "娱乐城", "娛樂城", "葡京", "威尼斯人", "六合彩",
        "时时彩", "時時彩", "体育投注", "體育投注", "老虎机", "老虎機", "赌博", "賭博", "彩金", "网投", "網投", "太阳城",
        "真人荷官", "开奖", "開獎", "棋牌", "casino", "slot machine", "slot gacor", "gacor", "judi bola", "judi online",
        "situs judi", "agen judi", "togel", "sbobet", "maxwin", "no deposit bonus", "free spins", "online casino",
        "首存", "稳赚不赔", "穩賺不賠", "带玩", "帶玩", "特马", "特碼", "一码中特", "一碼中特", "казино",
        // loan sharks and diploma mills (`网贷不看征信 黑户也能下`, `купить диплом`, `займ на карту`)
        "不看征信", "不看徵信", "黑户", "黑戶", "秒批", "купить диплом", "займ", "прогон", "хрумер",
        // counterfeits and bought followers
        "replica rolex", "instagram followers", "buy followers", "essay writing service", "bad credit loan", "bad credit loans",
    ]
    static let weak = [
        "在线观看", "在線觀看", "免费观看", "免費觀看", "在线视频", "在線視頻", "视频", "影院", "高清", "国产", "國產",
        "欧美", "歐美", "日韩", "日韓", "亚洲", "亞洲", "精品", "久久", "美女", "少妇", "少婦", "激情", "成人", "午夜",
        "福利", "天天", "夜夜", "狠狠", "日日", "丁香", "五月天", "投注", "彩票", "在线", "免费", "av", "不卡", "交配",
        "pharmacy", "pills", "buy cheap", "best price", "free shipping", "betting", "poker", "slots", "bonus", "no credit check",
        "加微信", "网贷", "網貸", "当天到账", "當天到賬", "скачать", "бесплатно", "недорого", "торрент",
    ]
    /// Words of the law and its enforcement: a line holding one reports on vice
    /// (`公安部开展打击网络赌博专项行动 捣毁赌场窝点120个`), it does not advertise it.
    static let enforcement = [
        "打击", "捣毁", "搗毀", "查处", "查處", "整治", "取缔", "取締", "抓获", "抓獲", "破获", "破獲", "侦破", "偵破", "严打",
        "嚴打", "扫黄", "掃黃", "涉赌", "涉賭", "涉黄", "涉黃", "犯罪", "违法", "違法", "非法", "警方", "公安", "法院", "判处",
        "判處", "禁毒", "crackdown", "police", "illegal", "arrested", "court", "banned",
    ]
    /// The `LexiconList.adultGambling` terms: strong, weak, then enforcement.
    static let terms = strong + weak + enforcement

    static let viceWord = "vice-word"
    static let lexiconReason = "adult-gambling-lexicon"
    /// Every reason this rule gives.
    static let reasons: Set<String> = [viceWord, lexiconReason]

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        var weight = 0, count = 0, covered = 0, strongCovered = 0
        var distinct = DistinctTerms()
        for hit in line.hits(.adultGambling) {
            if hit.term >= AdultGamblingLexiconRule.strong.count + AdultGamblingLexiconRule.weak.count { return nil }
            let isStrong = hit.term < AdultGamblingLexiconRule.strong.count
            weight += isStrong ? 2 : 1
            count += 1
            covered += hit.end - hit.start
            if isStrong { strongCovered += hit.end - hit.start }
            distinct.insert(hit.term)
        }
        guard count > 0 else { return nil }
        let density = Double(covered) / Double(max(1, line.visible))
        let listLike = !line.isProse || line.cjkSentenceMarks == 0 && line.clauseMarks + 1 >= count
        // Or a paragraph that is an advertisement: many vice words, of three kinds or more
        // (`…online casino bonuses… 200 free spins… Claim your bonus…`).
        if distinct.count >= 2 && weight >= 4 && (listLike || density >= 0.3) || distinct.count >= 3 && weight >= 8 {
            return RuleHit(kind: .spam, reason: AdultGamblingLexiconRule.lexiconReason, strength: .strong)
        }
        if !line.isProse && (weight >= 3 && distinct.count >= 2 || line.visible <= 20 && strongCovered * 10 >= line.visible * 3) {
            return RuleHit(kind: .spam, reason: AdultGamblingLexiconRule.lexiconReason, strength: .weak)
        }
        // A few English words around one of them (`replica watches swiss made aaa grade`): spam in a
        // list of links, but it could head a story (`Macau casino revenue jumps`), so only a hint.
        if line.isLatin && !line.isProse && strongCovered > 0 && line.words <= 8 {
            return RuleHit(kind: .spam, reason: AdultGamblingLexiconRule.viceWord, strength: .weak)
        }
        return nil
    }
}
