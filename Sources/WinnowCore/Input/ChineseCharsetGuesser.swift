/// Tells GB18030 (which covers GBK and GB2312) from Big5 for bytes that are not UTF-8.
///
/// GB18030 decodes almost any byte string, so validity alone cannot decide: Big5 text read as
/// GB18030 comes out as rare characters. The guess decodes both ways and prefers the one with
/// fewer invalid bytes, then the one whose text is made more of everyday Chinese characters.
struct ChineseCharsetGuesser {
    struct Guess {
        var encoding: String
        var text: String
        var invalidBytes: Int
        /// Share of CJK characters that are everyday ones (0...1).
        var commonShare: Double
    }

    /// Candidates in order of preference when the evidence ties.
    static let candidates = ["GB18030", "BIG5"]

    func guess(_ bytes: ArraySlice<UInt8>, preferring hint: String? = nil) -> Guess? {
        var order = Self.candidates
        if let hint = hint.flatMap(Self.canonicalName), let i = order.firstIndex(of: hint) {
            order.swapAt(0, i)
        }
        var best: Guess?
        for encoding in order {
            guard let result = IconvConverter(encoding: encoding).convert(bytes) else { continue }
            let candidate = Guess(encoding: encoding, text: result.text, invalidBytes: result.invalidBytes,
                                  commonShare: Self.commonShare(result.text))
            if let current = best, !Self.isBetter(candidate, than: current) { continue }
            best = candidate
        }
        return best
    }

    private static func isBetter(_ a: Guess, than b: Guess) -> Bool {
        // A clear difference in invalid bytes decides; otherwise the more natural text wins.
        let allowance = max(2, b.text.unicodeScalars.count / 200)
        if a.invalidBytes + allowance < b.invalidBytes { return true }
        if b.invalidBytes + allowance < a.invalidBytes { return false }
        return a.commonShare > b.commonShare + 0.05
    }

    /// Maps charset labels (from a meta tag or a caller) to the iconv names tried here.
    static func canonicalName(_ label: String) -> String? {
        switch label.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "gb18030", "gbk", "gb2312", "x-gbk", "cp936", "euc-cn", "hz-gb-2312": return "GB18030"
        case "big5", "big5-hkscs", "cp950", "x-x-big5": return "BIG5"
        default: return nil
        }
    }

    static func commonShare(_ text: String) -> Double {
        var cjk = 0, common = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x3400 && scalar.value <= 0x9FFF {
            cjk += 1
            if commonCharacters.contains(scalar) { common += 1 }
        }
        return cjk == 0 ? 0 : Double(common) / Double(cjk)
    }

    /// About 400 of the most frequent Chinese characters, in both scripts where they differ.
    static let commonCharacters: Set<Unicode.Scalar> = Set((
        "的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能而子那得於于著着下自之年過过發发後后作裡里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没動动面起看定天分還还進进好小部其些主樣样理心她本前開开但因只從从想實实日軍军者意無无力它與与長长把機机十民第公此已工使情明性知全三又關关點点正業业外將将兩两高間间由問问很最重並并物手應应戰战向頭头文體体政美相見见被利什二等產产或新己制身果加西斯月話话合回特代內内信表化老給给世位次度門门任常先海通教兒儿原東东聲声提立及比員员解水名真論论處处走義义各入幾几口認认條条平系氣气題题活爾尔更別别打女變变四神總总何電电數数安少報报才結结反受目太量再感建務务做接必場场件計计管期市直德資资命山金指克許许統统區区保至隊队形社便空決决治展馬马科司五基眼書书非則则聽听白卻却界達达光放強强即像難难且權权思王象完設设式色路記记南品住告類类求據据程北邊边死張张該该交規规萬万取拉格望覺觉術术領领共確确傳传師师觀观清今切院讓让識识候帶带導导爭争運运笑飛飞風风步改收根幹干造言聯联持組组每濟济車车親亲極极林服快辦办議议往元英士證证近失轉转夫令準准布始怎呢存未遠远叫台單单影具羅罗字愛爱擊击流備备兵連连調调深商算質质團团集百需價价花黨党華华城石級级整府離离況况亞亚請请技際际約约示復复病息究線线似官火斷断精滿满支視视消越器容照須须九增研寫写稱称企八功嗎吗包片史委乎查輕轻易早曾除農农找裝装廣广顯显吧阿李標标談谈吃圖图念六引歷历首醫医局突專专費费號号盡尽另周較较注語语僅仅考落青隨随選选列武紅红響响雖虽推勢势參参希古眾众構构房半節节土投某案黑維维革劃划敵敌致陳陈律足態态護护七興兴派孩驗验責责營营星夠够章音跟志底站嚴严巴例防族供效續续施留講讲型料終终答緊紧黃黄絕绝奇察母京段依批群項项故按河米圍围江織织害斗雙双境客紀纪采舉举殺杀攻父蘇苏密低朝友訴诉止細细願愿千值仍男錢钱破網网熱热助倒育屬属坐帝限船臉脸職职速刻樂乐否剛刚威毛狀状率甚獨独球般普怕彈弹校苦創创假久錯错承印晚蘭兰試试主注"
    ).unicodeScalars)
}
