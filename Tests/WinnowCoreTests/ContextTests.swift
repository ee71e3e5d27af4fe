import Testing
@testable import WinnowCore

/// What the page around a line decides: header and footer zones, short lines between paragraphs,
/// title repeats, spam told apart from boilerplate.
@Suite struct ContextTests {
    typealias T = ClassifierTestSupport

    static let paragraphA = "市政府常务会议审议通过了城市更新三年行动方案，提出将改造老旧小区三百个，新增公共绿地五十公顷。"
    static let paragraphB = "会议要求各区加快项目前期工作，确保年内开工建设，并建立月度调度机制，及时协调解决推进中的困难。"

    @Test func aShortLineBetweenParagraphsIsKept() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "2024-04-02 来源：河湾日报", Self.paragraphA, "统筹推进", Self.paragraphB,
                             "那么效果如何", Self.paragraphA])
        #expect(kinds[4] == .heading)
        #expect(kinds[6] == .heading)
    }

    @Test func aWeakSignalGoesInTheFooterButStaysBetweenParagraphs() {
        // `開發 前端`-like tag rows are a weak signal.
        let middle = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, "城建 规划", Self.paragraphB])
        #expect(middle[4]?.isArticle == true)
        let footer = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB, "城建 规划"])
        #expect(footer[5] == .boilerplate)
        #expect(PageClassifier().classify(SourceText(decoded: "河湾市推进城市更新行动\n2024-04-02\n\(Self.paragraphA)\n\(Self.paragraphB)\n城建 规划"))
            .lines.last?.reasons.contains("footer-zone") == true)
    }

    @Test func bareNumbersAreCountersOnlyUnderTheHeadline() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "1237 0", Self.paragraphA, "189", Self.paragraphB])
        #expect(kinds[2] == .boilerplate)
        #expect(kinds[4] == .body)
    }

    @Test func linesUnderARelatedListHeaderAreFooter() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB, "相关新闻",
                             "河湾市召开城市更新工作会", "老旧小区改造进展顺利"])
        #expect(kinds[6] == .boilerplate)
        #expect(kinds[7] == .boilerplate)
    }

    @Test func aRelatedListGoesOnOverAHeadlineThatAsks() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB, "相关推荐",
                             "深圳：到2025年低空经济年产值超1000亿元", "eVTOL适航取证进展如何？一文梳理",
                             "工信部等四部门：到2030年通用航空装备全面融入生产生活", "打开APP阅读更多精彩内容"])
        #expect(kinds[7] == .boilerplate)
        #expect(kinds[8] == .boilerplate)
        #expect(kinds[9] == .boilerplate)
    }

    @Test func aGovernmentSitesFooterIsTheSites() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB,
                             "标签：城市更新 老旧小区 河湾", "相關附件", "附件1：河湾市城市更新行动方案.pdf（1.2MB）",
                             "政府網站資料開放宣告 | 隱私權政策 | 網站安全政策",
                             "建議使用Chrome、Edge、Firefox等瀏覽器，最佳瀏覽解析度為1280x1024以上",
                             "本文由 河湾资讯网 整理发布，如需转载请注明出处：http://www.hw-news.cn/news/5831.html"])
        #expect(kinds[4] == .body)
        #expect((5...10).allSatisfy { kinds[$0] == .boilerplate })
    }

    @Test func junkAboveTheTitleIsHeader() {
        let kinds = T.kinds(["河湾在线", "河湾市推进城市更新行动", "2024-04-02 来源：河湾日报", Self.paragraphA])
        #expect(kinds[1] == .boilerplate)
        #expect(kinds[2] == .title)
        #expect(kinds[3] == .meta)
    }

    @Test func aHeadlineThatStartsWithADateIsStillTheTitle() {
        let page = PageClassifier().classify(SourceText(decoded: [
            "2024年4月2日河湾市政府常务会议部署城市更新工作", "来源：河湾日报", Self.paragraphA,
        ].joined(separator: "\n")))
        #expect(page.title == "2024年4月2日河湾市政府常务会议部署城市更新工作")
        #expect(page.lines.map(\.kind) == [.title, .meta, .body])
    }

    @Test func aHeadlineThatContainsAMetaWordIsStillTheTitle() {
        let kinds = T.kinds(["河湾市新能源汽车的电力来源", "2024-04-02 来源：河湾日报", Self.paragraphA])
        #expect(kinds == [1: .title, 2: .meta, 3: .body])
    }

    @Test func anEnglishMastheadAboveTheHeadlineIsHeader() {
        let a = Analyzer().analyze(text: """
            Justin Example MP for North Townsville
            Council Approves New Flood Defences for the River
            The council approved new flood defences on Tuesday after a long consultation with residents.
            Work starts in the spring and will take two years to complete, officials said.
            """)
        #expect(a.title == "Council Approves New Flood Defences for the River")
        #expect(a.lines.map(\.kind) == [.boilerplate, .title, .lead, .body])
    }

    @Test func anEditorsNoteRunsOnUntilItsSeparator() {
        let note = "编者按：城市更新牵动千家万户。本报记者走访多个小区，听取居民意见。"
        let more = "本文分三部分刊发，今天刊发第一部分。欢迎读者来信交流。"
        let separated = T.kinds(["河湾市城市更新调查", "2024-04-02", note, more, "正", "一、老旧小区", Self.paragraphA])
        #expect(separated[4] == .lead)
        #expect(separated[5] == .boilerplate)
        let plain = T.kinds(["河湾市城市更新调查", "2024-04-02", note, more, "一、老旧小区", Self.paragraphA])
        #expect(plain[4] == .body)
    }

    @Test func aDashedSubtitleUnderTheHeadlineIsTheLead() {
        let kinds = T.kinds(["城市更新要算好民生账", "——访河湾市住房和城乡建设局局长", "2024-04-02", Self.paragraphA])
        #expect(kinds == [1: .title, 2: .lead, 3: .meta, 4: .body])
    }

    @Test func aSentenceShapedHeadlineRepeatedBelowIsTheTitle() {
        let headline = "Facing rising costs, the town council is drawing up a new budget."
        let a = Analyzer().analyze(text: [
            "Site icon Riverside", headline, headline,
            headline + " The mayor said on Monday that every department would be asked to find savings.",
            "Exit mobile version",
        ].joined(separator: "\n"))
        #expect(a.title == headline)
        #expect(a.lines.map(\.kind) == [.boilerplate, .title, .boilerplate, .body, .boilerplate])
    }

    @Test func aBlogPostFooterWithCountersIsBoilerplate() {
        let kinds = T.kinds(["河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB,
                             "posted on 2024-04-02 10:20 某某 阅读(356) 评论(2) 收藏"])
        #expect(kinds[2] == .meta)
        #expect(kinds[5] == .boilerplate)
    }

    @Test func theTitleRepeatedInTheBodyIsBoilerplate() {
        let page = PageClassifier().classify(SourceText(decoded: ["河湾市推进城市更新行动", "2024-04-02", "河湾市推进城市更新行动",
                                                                Self.paragraphA].joined(separator: "\n")))
        #expect(page.lines[0].kind == .title)
        #expect(page.lines[2].kind == .boilerplate)
        #expect(page.lines[2].reasons == ["title-repeat"])
    }

    @Test func spamAndBoilerplateAreToldApart() {
        let page = PageClassifier().classify(SourceText(decoded: [
            "免费电影在线看_免费电影网站_最新免费电影_免费电影下载_免费电影大全",
            "当前位置：首页 > 新闻",
            "河湾市推进城市更新行动", "2024-04-02", Self.paragraphA, Self.paragraphB,
            "版权所有 河湾日报社",
            "线上百家乐 真人荷官 体育投注 彩金天天送",
        ].joined(separator: "\n")))
        #expect(page.lines.map(\.kind) == [.spam, .boilerplate, .title, .meta, .body, .body, .boilerplate, .spam])
    }

    @Test func everyNonEmptyLineGetsExactlyOneKindAndAReason() {
        let text = "標題行很長很長很長\n\n   \n正文第一段，內容充實。內容充實內容充實。\n\t\n尾行"
        let page = PageClassifier().classify(SourceText(decoded: text))
        #expect(page.lines.map(\.n) == [1, 4, 6])
        #expect(page.lines.allSatisfy { !$0.reasons.isEmpty })
    }
}
