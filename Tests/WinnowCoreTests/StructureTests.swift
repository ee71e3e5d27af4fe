import Testing
@testable import WinnowCore

/// The article's fields: date forms, source, lead, headings, byline, language, cleaned text.
@Suite struct StructureTests {
    typealias T = ClassifierTestSupport

    @Test(arguments: [
        ("发布日期：2023-11-14", "2023-11-14"), ("2023年11月14日 星期二", "2023-11-14"), ("2023/11/14 08:00", "2023-11-14"),
        ("2023.11.14", "2023-11-14"), ("发表于 2023-6-15 19:01:13", "2023-06-15"), ("March 12, 2024", "2024-03-12"),
        ("Published 3 March 2024", "2024-03-03"), ("Updated: Sept. 9, 2021", "2021-09-09"),
        ("Monday 4th March 2024", "2024-03-04"), ("22nd Feb 2023", "2023-02-22"),
        ("２０２３年１１月１４日", "2023-11-14"),
        // Taiwan's Minguo years count from 1912.
        ("發布日期：113-03-21", "2024-03-21"), ("更新時間：113/3/5", "2024-03-05"), ("113年3月21日", "2024-03-21"),
        ("中華民國99年1月5日", "2010-01-05"),
    ])
    func datesAreNormalised(_ input: String, _ expected: String) {
        #expect(PublishedDate.find(in: input) == expected)
    }

    @Test func nonDatesAreNotDates() {
        #expect(PublishedDate.find(in: "到2025年，全省产值突破3000亿元") == nil)
        #expect(PublishedDate.find(in: "2023-13-45") == nil)
        #expect(PublishedDate.find(in: "服务热线：021-8039-2549") == nil)
        #expect(PublishedDate.find(in: "May the best plan win") == nil)
        #expect(PublishedDate.find(in: "第99-3-5號") == nil, "two digits are a Minguo year only after 民國")
        #expect(PublishedDate.find(in: "版本 160.1.5") == nil, "three digits over 150 are not a Minguo year")
    }

    @Test func sourceIsTheNameAfterTheLabel() {
        #expect(MetaLine.source(in: Array("發布日期:2023-11-14  來源:科技日報  瀏覽次數:827".unicodeScalars)) == "科技日報")
        #expect(MetaLine.source(in: Array("[ 文章来源：河湾日报 | 作者：张三 ]".unicodeScalars)) == "河湾日报")
        #expect(MetaLine.source(in: Array("Source: Riverside Gazette".unicodeScalars)) == "Riverside")
        #expect(MetaLine.source(in: Array("没有来源的一行".unicodeScalars)) == nil)
    }

    @Test func leadMarkersOpenTheLine() {
        #expect(LeadMarker.isLead(T.line("核心提示：今年全市计划新建保障性住房两万套，重点解决新市民住房困难。")))
        #expect(LeadMarker.isLead(T.line("【导读】河湾市出台十条措施，支持中小企业数字化转型。")))
        #expect(LeadMarker.isLead(T.line("[摘要]本文分析了城市更新中的资金平衡问题。")))
        #expect(!LeadMarker.isLead(T.line("摘要")))
        #expect(!LeadMarker.isLead(T.line("会议听取了关于导读服务的报告，并作出部署。")))
    }

    @Test func headingShapes() {
        for heading in ["一、总体要求", "（二）重点任务", "(3)保障措施", "1. 经济发展目标", "2.1 数据来源", "第三章 组织实施", "①强化创新", "壹、計畫緣起",
                        "（一）完善基礎設施。"] {
            #expect(HeadingShape.isNumbered(T.line(heading)), "\(heading)")
        }
        for notHeading in ["1.5亿元资金已经到位", "一是加强组织领导，压实各方责任。", "2024年工作要点", "第三季度",
                           "三、培育數位人才每年1萬人。"] {
            #expect(!HeadingShape.isNumbered(T.line(notHeading)), "\(notHeading)")
        }
        #expect(HeadingShape.isWordHeading(T.line("引言")))
        #expect(HeadingShape.isShortLabel(T.line("推动实现算力自主可控")))
        #expect(!HeadingShape.isShortLabel(T.line("那么效果如何?")))
        #expect(!HeadingShape.isShortLabel(T.line("type Config struct {")))
        #expect(!HeadingShape.isShortLabel(T.line("（完）")))
        // A flattened table's rows and its column of bodies in charge are no headings.
        #expect(!HeadingShape.isShortLabel(T.line("推動策略　具體措施　主（協）辦機關")))
        #expect(!HeadingShape.isShortLabel(T.line("指标\t单位\t2025年\t2024年")))
        #expect(!HeadingShape.isShortLabel(T.line("產發署、標檢局")))
        #expect(HeadingShape.isShortLabel(T.line("聚焦四大領域 實施十項重點工程")))
        // An English heading opens in capitals; in lower case the line continues a list.
        #expect(HeadingShape.isShortLabel(T.line("What’s in the plan")))
        #expect(!HeadingShape.isShortLabel(T.line("planting 25,000 trees on council-owned land by 2026")))
    }

    @Test func inlineHeadingsInASummaryLine() {
        let summary = "城市更新政策要点 - 河湾市印发城市更新行动方案，提出改造老旧小区 [1] - 方案明确资金来源 [2] 实施保障 - 建立月度调度机制"
        #expect(InlineHeadings.find(in: Array(summary.unicodeScalars)) == ["城市更新政策要点", "实施保障"])
        let prose = "会议指出 - 要加快推进，确保实效。另一位代表表示 - 将全力配合。"
        #expect(InlineHeadings.find(in: Array(prose.unicodeScalars)).isEmpty)
    }

    @Test func captions() {
        #expect(CaptionShape.isCaption(T.line("图为河湾市新建的城市公园。")))
        #expect(CaptionShape.isCaption(T.line("（图片来源：河湾日报）")))
        #expect(CaptionShape.isCaption(T.line("新建的公园已对市民开放。图为公园一角。（河湾社）")))
        #expect(CaptionShape.isCaption(T.line("Image result for city park")))
        #expect(!CaptionShape.isCaption(T.line("市民认为新建的公园环境优美，图为此前规划时的设想并不一致。")))
    }

    @Test func bylines() {
        #expect(BylineShape.isByline(T.line("（责任编辑：王某）")))
        #expect(BylineShape.isByline(T.line("（责编：杨某、岳某）")))
        #expect(BylineShape.isByline(T.line("本报记者 陈 某")))
        #expect(BylineShape.isByline(T.line("By Ada Park")))
        #expect(BylineShape.isByline(T.line("Reporting by Ada Park; Editing by Tom Reed")))
        #expect(BylineShape.isByline(T.line("Associated Press writer Ada Park contributed to this report.")))
        #expect(CaptionShape.isCaption(T.line("Wind turbines stand off the coast of Block Island, R.I., Oct. 14, 2022. (AP Photo/Julia Nikhinson)")))
        #expect(!CaptionShape.isCaption(T.line("The plan was approved by the council (a first for the city).")))
        #expect(!CaptionShape.isCaption(T.line("Families on low incomes will get more help with childcare costs (a new tax credit)")))
        #expect(CaptionShape.isCaption(T.line("Ministers visited the new depot on Monday. (Credit: City of Riverside)")))
        #expect(CaptionShape.isCaption(T.line("Volunteers planting saplings at Hollins Park last winter. Picture: Westbury City Council")))
        #expect(CaptionShape.isCaption(T.line("Offshore turbines could be spinning in Bass Strait within a decade.(Supplied: Star of the South)")))
        #expect(!CaptionShape.isCaption(T.line("The council met last winter. Picture: a crowded hall where residents queued for hours to speak against the plan")))
        #expect(BylineShape.credit(of: T.line("Reporting by Ada Park; Editing by Tom Reed")) == "Ada Park; Editing by Tom Reed")
        #expect(BylineShape.credit(of: T.line("By Ada Park | 4 May 2024")) == "Ada Park")
        #expect(!BylineShape.isByline(T.line("记者从市发展改革委获悉，今年全市重大项目投资将超过千亿元。")))
        #expect(!BylineShape.isByline(T.line("记者调查：城郊耕地违规占用问题突出")))
        #expect(!BylineShape.isByline(T.line("记者调查：城中村改造进展如何")))
        #expect(BylineShape.isByline(T.line("编辑：张三 审核：李四")))
        #expect(BylineShape.isByline(T.line("通讯员 李四 记者 张三")))
        #expect(!BylineShape.isByline(T.line("全国两会特别报道")))
        #expect(!BylineShape.isByline(T.line("作者维权案件数量大幅上升")))
        #expect(BylineShape.trailingCredit(in: T.line("会议要求抓好落实。(記者 何 某)")) == "記者 何 某")
        #expect(BylineShape.trailingCredit(in: T.line("会议要求抓好落实。（完）")) == nil)
    }

    @Test func pageFieldsComeFromTheHeaderAndTheLastParagraph() {
        let page = T.page([
            "您的位置：首頁 > 要聞", "河灣市推進城市更新行動", "放大字體  縮小字體 發布日期:2024-04-02  來源:河灣日報  瀏覽次數:77",
            "導讀：河灣市出臺城市更新行動方案。", "市政府常務會議審議通過了城市更新三年行動方案，提出將改造老舊小區三百個。",
            "一、總體要求", "會議要求各區加快項目前期工作，確保年內開工建設。(記者 何 某)",
        ])
        #expect(page.title == "河灣市推進城市更新行動")
        #expect(page.published == "2024-04-02")
        #expect(page.source == "河灣日報")
        #expect(page.byline == "記者 何 某")
        #expect(page.language == "zh-Hant")
        #expect(page.sections == [Section(title: "一、總體要求", line: 6)])
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .meta, .lead, .body, .heading, .body])
        #expect(page.lines[2].clean == "發布日期:2024-04-02 來源:河灣日報 瀏覽次數:77")
    }

    @Test func aFontSizeWidgetLeavesNoEmptyBracketsOnTheMetaLine() {
        let page = T.page([
            "浙江省推进数字经济发展", "2024-03-18 10:25  来源：浙江日报  【字体：大 中 小】  打印本页",
            "近日，浙江省人民政府办公厅印发若干意见，提出到2027年全省数字经济核心产业增加值突破一万亿元。",
            "意见要求各地建立工作推进机制，强化督查考核，确保各项任务落到实处。",
        ])
        #expect(page.lines[1].kind == .meta)
        #expect(page.lines[1].clean == "2024-03-18 10:25 来源：浙江日报")
        #expect(page.source == "浙江日报")
        let label = T.page([
            "东江市加快发展低空经济", "发布日期：2024年9月3日    字号：[ 大 中 小 ]    打印    关闭",
            "为抢抓低空经济发展机遇，培育新质生产力，结合我市实际，提出如下意见，请认真贯彻执行。",
        ])
        #expect(label.lines[1].clean == "发布日期：2024年9月3日")
    }

    @Test func aRepostedWeChatArticleKeepsItsOwnTitleAndDropsTheAccountsFurniture() {
        let page = T.page([
            "点击上方蓝字关注我们", "湖北发布", "2024-05-08 18:30 发表于湖北", "湖北出台新能源汽车产业发展行动方案",
            "近日，湖北省人民政府印发新能源汽车产业发展三年行动方案，明确了主要目标和重点任务。",
            "方案明确，到2026年，全省新能源汽车产量达到150万辆，建成充电桩30万个。",
            "来源：湖北日报", "往期推荐", "▶ 湖北今年GDP有望突破6万亿元", "长按识别二维码关注我们", "分享 收藏 点赞 在看", "阅读原文",
        ])
        #expect(page.title == "湖北出台新能源汽车产业发展行动方案")
        #expect(page.lines[0].kind == .boilerplate)
        #expect(page.lines[7...].allSatisfy { $0.kind == .boilerplate }, "the recommendations and buttons after the article")
        #expect(page.sections.isEmpty)
    }

    @Test func aCommentSectionEndsTheArticle() {
        let page = T.page([
            "Home About Archive Contact", "City council approves $1.2 billion transit expansion",
            "The Riverside city council voted 7-2 on Tuesday night to approve a $1.2 billion expansion of the light rail network.",
            "The plan will add 14 kilometres of track and nine new stations by 2029, connecting the eastern suburbs to downtown.",
            "12 thoughts on \u{201C}City council approves $1.2 billion transit expansion\u{201D}", "John says:",
            "April 2, 2024 at 9:14 pm", "Finally! This should have happened ten years ago, and everyone on my street agrees with that.",
            "Reply", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "© 2024 The Urbanist Review. Powered by WordPress.",
        ])
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .lead, .body] + Array(repeating: .boilerplate, count: 8))
        #expect(page.lines[4].reasons == ["comments"])
        #expect(page.title == "City council approves $1.2 billion transit expansion")
    }

    @Test(arguments: ["Comments", "12 Comments", "Comments (12)", "Leave a Reply", "3 responses to \u{201C}A plan\u{201D}",
                      "网友评论", "評論（3）：", "评论 12 条"])
    func commentHeaders(_ line: String) {
        #expect(CommentsHeader.matches(T.line(line)))
    }

    @Test(arguments: ["12 comments were received during the consultation.", "评论员文章：坚定不移推进高质量发展", "Comment is free"])
    func linesThatAreNotCommentHeaders(_ line: String) {
        #expect(!CommentsHeader.matches(T.line(line)))
    }

    @Test func aPressReleaseDatedUnderItsEndMark() {
        let page = T.page([
            "政府推出新一輪投資者入境計劃優化措施", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
            "政府今日公布，將優化新資本投資者入境計劃，以吸引更多新資金來港，並簡化申請程序。",
            "投資推廣署將於今年第二季舉辦推廣活動，向海外投資者介紹計劃的各項安排。",
            "完", "2024年3月1日（星期五）", "香港時間15時30分",
        ])
        #expect(page.lines.map(\.kind) == [.title, .boilerplate, .body, .body, .boilerplate, .meta, .meta])
        #expect(page.published == "2024-03-01")
    }

    @Test func aPressReleaseUnderTheGovernmentsMastheadAndMenus() {
        let page = T.page([
            "跳至主要內容", "香港特別行政區政府 新聞公報", "English | 简体版", "列印本頁　電郵本頁",
            "政府公布《香港電動車及新能源運輸推廣路線圖》更新", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
            "環境及生態局今日公布路線圖更新，就電動私家車、商用車及新能源運輸提出多項新措施。",
            "政府目標在二○二七年或之前把全港充電泊車位數目增至約二十五萬個。",
            "完", "2024年11月12日（星期二）", "香港時間15時30分", "今日新聞", "新聞公報目錄", "返回頁首",
        ])
        // The masthead is headline-shaped, but the menus stand between it and the text.
        #expect(page.title == "政府公布《香港電動車及新能源運輸推廣路線圖》更新")
        #expect(page.lines[1].kind == .boilerplate)
        // A language switch is the site's, not Simplified spam on a Traditional page.
        #expect(page.lines[2].kind == .boilerplate)
        // Past the end mark only the release's date is the article's.
        #expect(page.lines[9].kind == .meta)
        #expect(page.lines[11].kind == .boilerplate)
        #expect(page.sections.isEmpty)
    }

    @Test func theDocumentANoticeIssuesIsHeadedByItsName() {
        let page = T.page([
            "国务院办公厅关于印发《加快数字人才培育支撑数字经济发展行动方案（2024—2026年）》的通知", "国办发〔2024〕23号",
            "经国务院同意，现将《加快数字人才培育支撑数字经济发展行动方案（2024—2026年）》印发给你们，请认真贯彻执行。",
            "加快数字人才培育支撑数字经济发展行动方案（2024—2026年）",
            "为发挥数字人才支撑数字经济的基础性作用，加快推动形成数字经济发展新优势，制定本行动方案。",
        ])
        #expect(page.lines[3].kind == .heading)
        #expect(page.lines[3].reasons == ["document-title"])
        #expect(HeadingShape.isDocumentTitle(T.line("某市促进就业若干措施")))
        #expect(!HeadingShape.isDocumentTitle(T.line("会议审议通过了方案，要求抓好落实。")))
    }

    @Test func aBroadcastersPageWithItsSectionsImageCreditsAndRelatedTopics() {
        let page = T.page([
            "Home News Sport Weather iPlayer Sounds", "Wales to plant 86 million trees by 2030 under new woodland plan",
            "Published 12 March 2024", "Image source, Getty Images", "Image caption, The plan covers farms and public land",
            "By Sian Lloyd", "BBC Wales environment correspondent",
            "The Welsh government has unveiled plans to plant 86 million trees by 2030 to help tackle climate change.",
            "Ministers said the scheme would create 43,000 hectares of new woodland across the country.",
            "Related Topics", "Climate change", "More on this story", "Farmers protest over tree planting rules",
        ])
        #expect(page.title == "Wales to plant 86 million trees by 2030 under new woodland plan")
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .meta, .caption, .caption, .byline, .byline, .body, .body,
                                           .boilerplate, .boilerplate, .boilerplate, .boilerplate])
        #expect(page.sections.isEmpty)
    }

    @Test func aNewspapersPageWithItsCorrespondentAndTopicLists() {
        let page = T.page([
            "News Opinion Sport Culture Lifestyle", "UK to ban new petrol and diesel cars from 2030, says government",
            "Fiona Harvey Environment correspondent", "Wed 18 Nov 2020 10.30 GMT", "Last modified on Wed 18 Nov 2020 14.12 GMT",
            "The sale of new petrol and diesel cars will be banned in the UK from 2030, the government has announced.",
            "Listen to this article",
            "The government will spend £1.3bn on charging points for electric vehicles in homes, streets and on motorways.",
            "Explore more on these topics", "Electric cars", "Reuse this content",
        ])
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .byline, .meta, .meta, .body, .boilerplate, .body,
                                           .boilerplate, .boilerplate, .boilerplate])
        #expect(page.byline == "Fiona Harvey Environment correspondent")
        #expect(!BylineShape.isByline(T.line("New York Times Names New Executive Editor")))
    }

    @Test func aWireStorysDatelineGivesThePublicationDate() {
        let page = T.page([
            "Nigeria aims to generate 30,000 MW of electricity by 2030",
            "Abuja, March 4, 2024 — The Federal Government has set a target of generating 30,000 megawatts of electricity by 2030.",
            "The ministry plans to connect 5 million homes to the national grid within three years.",
        ])
        #expect(page.published == "2024-03-04")
        let release = T.page([
            "Acme Energy announces plan to double battery storage capacity by 2030",
            "LONDON, 14 March 2024 /PRNewswire/ -- Acme Energy today announced a plan to double its battery storage capacity.",
        ])
        #expect(release.published == "2024-03-14")
    }

    @Test func aBilingualHeadlineAndARepeatAboveTheEndMark() {
        let page = T.page([
            "政府推出新一輪綠色債券計劃", "Government launches new round of Green Bond Programme", "2024年5月8日（星期三）",
            "政府今日宣布推出新一輪綠色債券計劃，發行規模上限為2,000億港元，支持本地可持續發展項目。",
            "政府推出新一輪綠色債券計劃", "完", "2024年5月8日（星期三）",
        ])
        // The main headline is in the page's language; its translation is part of the title block.
        #expect(page.title == "政府推出新一輪綠色債券計劃")
        #expect(page.lines.map(\.kind) == [.title, .title, .meta, .body, .boilerplate, .boilerplate, .meta])
    }

    @Test func aPressReleasesNoteOnItsSenderIsNotTheArticle() {
        let page = T.page([
            "Acme Energy announces plan to double battery storage capacity by 2030",
            "The company will invest £2 billion in new storage sites across the UK over the next six years.",
            "Acme will also create 1,500 new jobs in engineering and operations, the company said today.",
            "About Acme Energy", "Acme Energy is a leading UK renewable energy company based in London.",
            "About the plan", "The plan covers storage sites in Scotland, Wales and the north of England.",
        ])
        #expect(page.lines.map(\.kind) == [.title, .lead, .body, .boilerplate, .boilerplate, .heading, .body])
    }

    @Test func aBrowserTabsTitleIsTheTitleOnlyWhenThePageHasNoHeadline() {
        let tab = "上海发布新能源汽车产业发展三年行动计划_新浪财经_新浪网"
        let text = "5月11日，上海市人民政府办公厅印发实施计划，提出到2026年，本市新能源汽车年产量超过120万辆。"
        #expect(T.page([tab, text]).title == tab)
        let withHeadline = T.page([tab, "上海发布新能源汽车产业发展三年行动计划", "2024年05月12日 08:31 新浪财经", text])
        #expect(withHeadline.title == "上海发布新能源汽车产业发展三年行动计划")
        #expect(withHeadline.lines[0].kind == .boilerplate)
    }

    @Test func aTitleCaseHeadlineAboveTheDateIsTheTitle() {
        let page = T.page([
            "World Business Politics Climate Tech Science", "Biden Unveils Sweeping Clean Energy Investment Plan",
            "Published 3 May 2024",
            "The administration has set out plans to invest in clean energy, with new rules due to take effect by 2026.",
        ])
        #expect(page.title == "Biden Unveils Sweeping Clean Energy Investment Plan")
        #expect(page.lines[0].kind == .boilerplate)
    }

    @Test func aLongHeadlineWithoutAFullStopIsTheTitle() {
        let page = T.page([
            "Home", "Business",
            "Victoria to hold first offshore wind auction next year, with 2GW of turbines promised off Gippsland by 2032",
            "By state political reporter Tom Hadley",
            "The Victorian government will run the nation's first offshore wind auction next year, the minister said on Tuesday.",
            "The auction will open in September 2025 and contracts will be signed in the following year.",
        ])
        #expect(page.title?.hasPrefix("Victoria to hold first offshore wind auction") == true)
        // Under a headline of its own, such a line is the standfirst.
        let standfirst = T.page([
            "UK to ban new petrol and diesel cars from 2030, says government",
            "Plans include £1.3bn to roll out charging points and £582m in grants for buyers",
            "Fiona Harvey Environment correspondent",
            "The sale of new petrol and diesel cars will be banned in the UK from 2030, the government has announced.",
            "The government will spend £1.3bn on charging points for electric vehicles in homes and streets.",
        ])
        #expect(standfirst.title == "UK to ban new petrol and diesel cars from 2030, says government")
        #expect(standfirst.lines[1].kind == .lead)
    }

    @Test func aWireStoryRepostedOnASpammedBlog() {
        let page = T.page([
            "slot gacor hari ini maxwin | situs judi bola terpercaya | daftar sbobet",
            "Philippines to auction 9.4 GW of renewables as it chases 35% clean power goal",
            "Posted on July 3, 2024 by admin",
            "MANILA, July 3 (Reuters) - The Philippines will offer 9,399 megawatts of renewable energy capacity in its third auction.",
            "The country aims to raise the share of renewables in its power mix to 35% by 2030 and 50% by 2040.",
            "(Reporting by Carla Reyes; Editing by David Holmes)",
            "Blogroll", "best online casino bonus no deposit 2024", "replica watches swiss made aaa grade",
            "buy instagram followers cheap instant delivery",
        ])
        #expect(page.lines[0].kind == .spam)
        #expect(page.title == "Philippines to auction 9.4 GW of renewables as it chases 35% clean power goal")
        // A wire's first paragraph is its text, not a standfirst.
        #expect(page.lines[3].kind == .body)
        #expect(page.lines[5].kind == .byline)
        // One vice word among a few others is spam in a list below the text.
        #expect(page.lines[7...].map(\.kind) == [.spam, .spam, .spam])
    }

    @Test func aStoryOnAParkedDomainAmidPharmacySpam() {
        let page = T.page([
            "riverside-news.net", "This domain may be for sale! Click here to inquire about this domain.",
            "buy cheap viagra online without prescription", "payday loans no credit check instant approval",
            "Council approves plan to plant 30,000 street trees by 2030", "By Helen Marsh",
            "Westbury City Council has backed a £4.2m programme to double the number of street trees within six years.",
            "bad credit loans guaranteed approval direct lender",
            "The council will plant 5,000 trees a year and recruit 20 volunteer tree wardens.",
            "Related Searches:", "Tree Planting Services", "buy viagra online uk next day delivery",
        ])
        #expect(page.lines[1].kind == .boilerplate)
        #expect(page.lines[2].kind == .spam && page.lines[3].kind == .spam)
        #expect(page.title == "Council approves plan to plant 30,000 street trees by 2030")
        // Vice words amid the text head nothing.
        #expect(page.lines[7].kind == .spam)
        #expect(page.lines[10].kind == .boilerplate && page.lines[11].kind == .spam)
    }

    @Test func aWeChatPostWithAKickerInItsHeadline() {
        let page = T.page([
            "点击蓝字 关注我们", "重磅！云湖区出台制造业数字化转型三年行动方案",
            "原创 云湖发布 云湖发布 2024-05-21 18:30 发表于湖南", "图片",
            "近日，区政府办公室印发《云湖区制造业数字化转型三年行动方案（2024—2026年）》，明确了未来三年的目标任务。",
            "到2026年，全区规上工业企业数字化改造实现全覆盖，培育省级智能工厂10家以上。",
            "编辑：刘芳 | 审核：陈伟 | 终审：张涛",
        ])
        #expect(page.title == "重磅！云湖区出台制造业数字化转型三年行动方案")
        #expect(page.lines[2].kind == .meta)
        #expect(page.published == "2024-05-21")
        #expect(page.lines[6].kind == .byline)
    }

    @Test func aStockForumRepostUnderTheTicker() {
        let page = T.page([
            "东方财富网 | 股吧 | 财富号 | 东方财富证券 | 天天基金网 | 行情中心 | 数据中心", "宁德时代吧 (300750)",
            "重磅！八部门发文：到2027年新型储能制造业规模和需求基本匹配，这些方向迎来机遇", "储能老司机",
            "2025-04-10 21:33:05 发表于 东方财富Android版　IP属地：广东", "阅读：3215　评论：46", "转自：证券时报网",
            "据工业和信息化部网站消息，工业和信息化部等八部门近日联合印发《新型储能制造业高质量发展行动方案》。",
            "《方案》明确，到2027年，新型储能制造业规模和下游需求基本匹配，培育千亿元以上规模的生态主导型企业。",
            "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        ])
        // The headline offered for its kicker beats the board's name above it.
        #expect(page.title == "重磅！八部门发文：到2027年新型储能制造业规模和需求基本匹配，这些方向迎来机遇")
        #expect(page.lines[6].kind == .meta)
        #expect(page.lines[9].kind == .boilerplate)
    }

    @Test func aSelfMediaPostNumbersItsSections() {
        let page = T.page([
            "成都发力低空经济：到2027年产业规模突破1000亿元，这三件事是关键", "2025-03-18 10:20 四川",
            "近日，成都市印发低空经济发展行动计划，明确到2027年低空经济产业规模突破1000亿元。",
            "01", "制造端：补齐整机和核心部件短板",
            "成都将引进培育整机制造企业10家以上，推动飞控系统、动力电池等核心部件本地配套。",
            "02", "基础设施：织密“天上的路网”",
            "到2027年，全市建成各类起降场点300个以上，开通低空航线100条以上。",
        ])
        #expect(page.sections.map(\.title) == ["01", "制造端：补齐整机和核心部件短板", "02", "基础设施：织密“天上的路网”"])
        // A field is still no heading.
        #expect(!HeadingShape.isShortLabel(T.line("来源：人民日报")))
        #expect(!HeadingShape.isShortLabel(T.line("附件：数字人才培育重点任务分工表")))
    }

    @Test func aMacauReleaseUnderABilingualMasthead() {
        let page = T.page([
            "澳門特別行政區政府新聞局", "Gabinete de Comunicação Social do Governo da RAEM", "繁體　简体　Português　English",
            "經科局推出「中小企業數字化轉型資助計劃」 預計惠及2,000家企業", "經濟及科技發展局", "2025-05-20 17:35",
            "為推動本澳中小企業加快數字化轉型，經濟及科技發展局今日公佈推出資助計劃，每家企業最高可獲資助6萬澳門元。",
            "經科局表示，目標到2026年底，全澳累計有2,000家中小企業完成數字化轉型。",
        ])
        // Not the masthead in Portuguese, nor the issuer's name above the date.
        #expect(page.title == "經科局推出「中小企業數字化轉型資助計劃」 預計惠及2,000家企業")
        #expect(page.lines[4].kind == .meta)
    }

    @Test func aCountyPlanUnderATaiwaneseGovernmentPortal() {
        let page = T.page([
            "跳到主要內容區塊", "雲林縣政府全球資訊網", "熱門關鍵字：育兒津貼　獎學金　建照查詢　社會住宅",
            "首頁 > 施政資訊 > 施政計畫", "雲林縣政府115年度施政計畫", "發布日期：114-09-01",
            "本府秉持「幸福雲林、智慧首都」施政理念，以產業升級、交通串連、安居樂業為主軸推動各項建設。",
            "115年度將持續推動農業轉型，並爭取中央補助擴大各項交通建設，提升縣民生活品質。",
        ])
        #expect(page.title == "雲林縣政府115年度施政計畫")
        #expect(page.lines[0...3].allSatisfy { $0.kind == .boilerplate })
    }

    @Test func aWiresEditorCreditWithItsDateCode() {
        let page = T.page([
            "政院拍板智慧機器人方案 4年投入150億", "2025/06/19 16:20",
            "行政院會今天通過智慧機器人產業推動方案，預計4年投入新台幣150億元，帶動產值倍增。",
            "經濟部表示，將建立機器人共通平台，協助中小企業導入自動化設備。",
            "（編輯：張雅淨）1140619",
        ])
        #expect(page.lines[4].kind == .byline)
    }

    @Test func aDataStoryWithItsChartsAndTrendingList() {
        let page = T.page([
            "数读丨全国算力总规模一年增长近三成", "2025-03-20 07:30 来源：澎湃新闻",
            "截至2024年底，我国算力总规模达到280EFLOPS，智能算力占比超过三成，各地加快建设智算中心。",
            "图1：2020—2024年全国算力总规模及智能算力占比　数据来源：工业和信息化部",
            "多地提出，到2027年智能算力规模要实现翻番，并建设一批万卡级智算集群。",
            "制图：张译文",
            "平台声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。",
            "24小时热文", "1 央行：适时降准降息，保持流动性充裕", "2 3月LPR报价出炉：1年期和5年期以上利率均维持不变",
        ])
        #expect(page.lines[3].kind == .caption)
        #expect(page.lines[5].kind == .byline)
        #expect(page.lines[6...].allSatisfy { $0.kind == .boilerplate })
    }

    @Test func aCompanysNewsUnderItsNameInTwoLanguages() {
        let page = T.page([
            "江苏恒拓新材料科技股份有限公司", "Jiangsu Hengtuo New Material Technology Co., Ltd.",
            "首页　关于恒拓　产品中心　研发创新　新闻中心　投资者关系　人才招聘　联系我们",
            "喜讯｜公司智能化改造项目获省级专项资金支持1200万元", "发布时间：2025-02-18",
            "近日，江苏省工业和信息化厅公布2025年度省级工业和信息产业转型升级专项资金项目名单，公司项目获支持1200万元。",
            "公司计划到2026年底建成数字化车间3个，关键工序数控化率达到90%以上。",
        ])
        #expect(page.title == "喜讯｜公司智能化改造项目获省级专项资金支持1200万元")
        #expect(page.lines[0...2].allSatisfy { $0.kind == .boilerplate })
    }

    @Test func anEnglishStoryByTwoReportersAndADatedFieldRow() {
        let page = T.page([
            "Thailand Doubles Down on EV Hub Ambition With Fresh Tax Breaks", "Kanokporn Suwan and Daniel Marsh",
            "Thailand will extend tax breaks for electric vehicle makers until 2027, the government said on Tuesday.",
            "The country wants zero-emission vehicles to make up 30% of its car output by 2030.",
        ])
        #expect(page.title == "Thailand Doubles Down on EV Hub Ambition With Fresh Tax Breaks")
        #expect(page.lines[1].kind == .byline)
        #expect(MetaLine.isMeta(T.line("Date: 18-03-2025 | Department: Energy | Category: Cabinet Decisions")))
    }

    @Test func aForumThreadUnderTheBoardsTabTitle() {
        let page = T.page([
            "姑苏家长网 - 苏州家长交流社区 - Powered by Discuz!", "返回列表 发新帖 回复",
            "【转帖】省里出了学前教育新三年行动计划，公办园占比要到55%", "[复制链接]", "木棉花开2019", "当前离线",
            "发表于 2024-3-12 21:47:05 | 只看该作者 |倒序浏览 |阅读模式",
            "今天在教育厅官网上看到的，转过来给大家看看，家里明后年要上幼儿园的可以关注一下。",
            "到2026年，全省公办幼儿园在园幼儿占比达到55%以上，普惠性幼儿园覆盖率稳定在90%以上。",
        ])
        // Not the poster's name right above the post's date.
        #expect(page.title == "【转帖】省里出了学前教育新三年行动计划，公办园占比要到55%")
        #expect(page.lines[0].kind == .boilerplate && page.lines[5].kind == .boilerplate)
    }

    @Test func aGovernmentNewsPageUnderACookieBanner() {
        let page = T.page([
            "Cookies on GOV.UK",
            "We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.",
            "Accept additional cookies", "Reject additional cookies", "Press release",
            "Warm Homes Plan: 300,000 households to benefit from upgrades", "Published 3 March 2025",
            "Families across England will save hundreds of pounds on their energy bills under the plan announced today.",
            "The government will fund insulation and heat pumps for 300,000 low-income households by 2028.",
            "Share this page", "Is this page useful?", "Report a problem with this page",
        ])
        #expect(page.title == "Warm Homes Plan: 300,000 households to benefit from upgrades")
        #expect(page.lines[1].kind == .boilerplate && page.lines[2].kind == .boilerplate)
        #expect(page.lines[9...].allSatisfy { $0.kind == .boilerplate })
    }

    @Test func labelsBelowAnEnglishArticleAreTheSites() {
        let article = [
            "Attendance targets set as $140m overhaul of truancy services", "Published 3 March 2025",
            "The Government has set a target for 80 per cent of students to be present more than 90 per cent of the time by 2030.",
            "Attendance services will be overhauled with $140 million of funding over four years.",
        ]
        let page = T.page(article + ["Portfolios", "Education", "Ministers", "Hon Paul Whitcombe"])
        #expect(page.lines[4...].allSatisfy { $0.kind == .boilerplate })
        #expect(page.sections.isEmpty)
        // A label over the article's own list or code still heads it.
        let listed = T.page(article + ["Quick facts", "• The fund opens on 1 April."])
        #expect(listed.lines[4].kind == .heading)
    }

    @Test func aCommentCountUnderTheHeadlineIsNoCommentSection() {
        let page = T.page([
            "Home City Hall Schools Business Events About Support the Ledger",
            "Council recap: sidewalk contract approved, Elm Street bike lanes pushed to April",
            "Posted on March 5, 2025 by Dana Whitlock", "3 comments",
            "Tuesday night’s city council meeting ran nearly four hours, most of it spent on the bike lane plan.",
            "Council voted 6-1 to award a $1.4 million contract to repair sidewalks on Depot Street this summer.",
        ])
        #expect(page.title == "Council recap: sidewalk contract approved, Elm Street bike lanes pushed to April")
        #expect(page.lines[4].kind == .body && page.lines[5].kind == .body)
    }

    @Test func aBlogsSidebarOfRecentPostsAboveThePost() {
        let page = T.page([
            "devnotes — Priya Raman", "Recent Posts", "Why my Postgres index wasn’t used (and how EXPLAIN told me)",
            "A tiny retry decorator with exponential backoff", "Blogroll",
            "slot gacor hari ini | situs slot online terpercaya 2025 | judi bola resmi",
            "Streaming large CSV files in Python without running out of memory",
            "March 2, 2025 · 7 min read · python, performance",
            "Last week a colleague asked why their reporting script kept dying with a MemoryError on a large export.",
            "The usual first attempt reads the whole file into memory at once, which works until the file grows.",
            "Editor: Zhang Yi",
        ])
        #expect(page.title == "Streaming large CSV files in Python without running out of memory")
        #expect(page.lines[2].kind == .boilerplate && page.lines[3].kind == .boilerplate)
        #expect(page.lines[5].kind == .spam)
        #expect(page.lines[10].kind == .byline)
    }

    @Test func aLocalBlogsMeetingRecapWithItsThreadOfComments() {
        let page = T.page([
            "Council recap: sidewalk contract approved, Elm Street bike lanes pushed to April",
            "Posted on March 5, 2025 by Dana Whitlock",
            "Tuesday night’s city council meeting ran nearly four hours, most of it spent on the bike lane plan.",
            "Sidewalks: $1.4 million contract approved",
            "Council voted 6-1 to award a $1.4 million contract to repair sidewalks on Depot Street this summer.",
            "Posted in City Hall | Tagged bike lanes, city council, sidewalks, water rates",
            "3 thoughts on “Council recap: sidewalk contract approved, Elm Street bike lanes pushed to April”",
            "Mike Hanley", "Thanks for sitting through that so we didn’t have to, it was a long night for everyone.",
        ])
        #expect(page.sections.map(\.title) == ["Sidewalks: $1.4 million contract approved"])
        #expect(page.lines[5...].allSatisfy { $0.kind.isJunk })
    }

    @Test func aHeadlineNamingACasinoIsStillTheTitle() {
        let page = T.page([
            "Macau casino revenue jumps in March", "Published 2 April 2024",
            "Gaming revenue in Macau rose 39% in March from a year earlier, the regulator said on Monday.",
            "Analysts expect the recovery to continue through the year as visitor numbers rise.",
        ])
        #expect(page.title == "Macau casino revenue jumps in March")
    }

    @Test func aThreeWordHeadlineRightAboveTheDateIsTheTitle() {
        let lines = [
            "Menu", "Search", "Council Approves Budget", "Published 12 March 2025",
            "The city council on Tuesday approved a £45 million budget for the coming year, including road repairs.",
            "Councillors voted 32 to 11 in favour of the plan after a three-hour debate.",
        ]
        #expect(T.page(lines).title == "Council Approves Budget")
        // With a paragraph between them, three words are not enough to stand out as a headline.
        var apart = lines
        apart.insert("The council met on Tuesday evening in the town hall, with the public gallery full.", at: 3)
        #expect(T.page(apart).title == nil)
    }

    @Test func aSummaryMarkedCoreReadingIsTheLead() {
        let page = T.page([
            "推动新质生产力加快发展", "2024年03月20日08:15 | 来源：人民日报",
            "核心阅读：各地加快培育新兴产业和未来产业，以科技创新引领产业创新。",
            "下一步，该市将加大研发投入，完善科技成果转化机制，培育一批专精特新企业。",
        ])
        #expect(page.lines[2].kind == .lead)
    }

    @Test func aWireStoryCreditsItsReportersNotItsEditor() {
        let page = T.page([
            "新华网 > 时政 > 正文", "我国将加快推进新型基础设施建设", "2024-03-08 10:21:35 来源：新华网",
            "新华社北京3月8日电（记者张三、李四）记者8日从国家发展改革委获悉，我国将加快推进新型基础设施建设。",
            "国家发展改革委有关负责人表示，将实施新一轮技术改造升级工程，推动一批重大项目开工建设。",
            "【纠错】 【责任编辑：王敏】",
        ])
        // Mostly an editor's credit, so a byline, though it holds a widget.
        #expect(page.lines[5].kind == .byline)
        #expect(page.byline == "记者张三、李四")
        let edited = T.page([
            "我国将加快推进新型基础设施建设", "2024-03-08 10:21:35 来源：新华网",
            "国家发展改革委有关负责人表示，将实施新一轮技术改造升级工程，推动一批重大项目开工建设。", "【纠错】 【责任编辑：王敏】",
        ])
        #expect(edited.byline == "责任编辑：王敏")
    }

    @Test func aTaiwaneseDatelineCreditAndAnAdBelowTheText() {
        let page = T.page([
            "政院拍板半導體先進製程計畫 2030年前投入1500億元", "2024/05/20 14:30",
            "〔記者王小明／台北報導〕行政院會今日通過半導體先進製程發展計畫，預計2030年前投入1500億元，培育1萬名高階人才。",
            "經濟部也將設立50億元專款，協助中小企業導入AI應用，並推動產學合作。",
            "不用抽 不用搶 現在用APP看新聞 保證天天中獎", "點我下載APP", "相關新聞",
        ])
        #expect(page.byline == "記者王小明／台北報導")
        // A short line over nothing but the site's furniture heads nothing.
        #expect(page.lines[4].kind == .boilerplate)
        #expect(page.lines[5].kind == .boilerplate)
        #expect(page.sections.isEmpty)
    }

    @Test func aHeadlineHoldingAWidgetWordIsStillTheTitle() {
        let page = T.page([
            "首页 新闻 财经", "国家网信办开通网络谣言举报平台", "2024-05-01 来源：新华网",
            "国家网信办近日开通网络谣言举报平台，提出加快完善举报受理机制，年内实现各省份全覆盖。",
            "我要举报",
        ])
        #expect(page.title == "国家网信办开通网络谣言举报平台")
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .meta, .body, .boilerplate])
        // Two short phrases: a site's motto, or a two-part headline when the meta line follows.
        let twoParts = T.page([
            "首页 新闻 财经", "客服电话不再难打 工信部出台新规", "2024-05-01 来源：新华网",
            "工信部近日出台新规，要求电信企业加快完善客服热线服务，年内实现人工服务全覆盖。",
        ])
        #expect(twoParts.title == "客服电话不再难打 工信部出台新规")
    }

    @Test func aStoryWithAVideoPlayerPicturesAndRecommendations() {
        let page = T.page([
            "深圳发布低空经济产业发展行动计划", "2024-01-05 10:12 来源：深圳特区报", "视频加载中...", "00:00 / 02:35",
            "▲深圳龙华区无人机物流配送场景。资料图片",
            "深圳市近日发布若干措施，提出到2025年，低空经济年产值突破1000亿元，培育一批龙头企业。",
            "无人机物流配送试点已覆盖全市十个区。（新华社发）",
            "措施明确，对新落户的低空经济企业给予最高1000万元奖励，支持企业开展技术攻关。",
            "原文链接：http://www.sz.gov.cn/cn/xxgk/content/post_11085342.html",
            "相关推荐", "2024-01-04 广州发布低空经济发展实施方案",
        ])
        #expect(page.lines.map(\.kind) == [.title, .meta, .boilerplate, .boilerplate, .caption, .body, .caption, .body, .meta,
                                           .boilerplate, .boilerplate])
    }

    @Test func aRegulationUnderItsAdoptionNote() {
        let page = T.page([
            "某某市人民政府规章库", "某某市促进数字经济发展条例", "（2024年3月28日某某市第十六届人民代表大会常务委员会第十次会议通过）",
            "第一章 总则", "第一条 为了促进数字经济发展，推动数字技术与实体经济深度融合，结合本市实际，制定本条例。",
            "本条例自2024年7月1日起施行。",
        ])
        #expect(page.title == "某某市促进数字经济发展条例")
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .meta, .heading, .body, .body])
        #expect(page.published == "2024-03-28")
    }

    @Test func aNoticesReleaseNoteIsMeta() {
        let page = T.page([
            "国务院办公厅关于加快数字人才培育的通知", "各省、自治区、直辖市人民政府：",
            "经国务院同意，现将有关事项通知如下，请认真贯彻执行。", "国务院办公厅", "2024年4月2日", "（此件公开发布）",
        ])
        #expect(page.lines[5].kind == .meta)
        #expect(!MetaLine.isReleaseNote(Array("（此件事情已经公开发布很久了，大家都知道）".unicodeScalars)))
        #expect(!MetaLine.isReleaseNote(Array("（此件作品獲得金獎）".unicodeScalars)))
    }

    @Test func aDocumentSitesFileCardAndPromptsAreTheSites() {
        let page = T.page([
            "襄阳市新能源汽车产业链高质量发展三年行动计划（2023-2025年）.docx", "大小：38.62 KB", "字数：约1.02万字",
            "发布时间：2023-08-14", "下载次数：3", "免费在线预览全文",
            "襄阳市新能源汽车产业链高质量发展三年行动计划（2023-2025年）",
            "为加快推进我市新能源汽车产业链高质量发展，打造万亿级汽车产业集群，制定本行动计划。",
            "一、发展目标", "到2025年，全市新能源汽车产量达到25万辆，产业链产值突破1200亿元。", "- 1 -",
            "二、重点任务", "支持本地整车企业加快新能源车型开发和产能转换，提升整车制造能力。",
            "亲，该文档总共14页，到这已经超出免费预览范围，如果喜欢就下载吧！",
        ])
        // A field's short value is no headline.
        #expect(page.title == "襄阳市新能源汽车产业链高质量发展三年行动计划（2023-2025年）")
        #expect(page.lines[1].kind == .boilerplate && page.lines[2].kind == .boilerplate)
        #expect(page.lines[4].kind == .boilerplate && page.lines[5].kind == .boilerplate)
        // The printed page's number and the preview's limit are the site's; the text goes on past the number.
        #expect(page.lines[10].kind == .boilerplate)
        #expect(page.lines[12].kind == .body)
        #expect(page.lines[13].kind == .boilerplate)
    }

    @Test func aGovernmentFileCardIsMetaAboveTheDocumentsName() {
        let page = T.page([
            "您当前的位置：首页 > 政务公开 > 规划信息",
            "索 引 号：\t014525312/2021-00417\t主题分类：\t国民经济和社会发展规划",
            "文    号：\t永府发〔2021〕12号\t有 效 性：\t有效",
            "永丰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
            "“十四五”时期是我县全面建设社会主义现代化国家新征程的第一个五年，必须准确把握发展新阶段。",
        ])
        #expect(page.title == "永丰县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要")
        #expect(page.lines[2].kind == .meta)
        // One label holding a headline is not a file card.
        #expect(!MetaLine.isFieldRow(T.line("原标题：上海：到2026年新能源汽车年产量超过120万辆")))
    }

    @Test func aPlaceholderCreditNamesNoOne() {
        let page = T.page([
            "某市推进算力基础设施建设", "2024-03-05 来源：某市人民政府 作者：佚名",
            "市政府近日印发行动方案，提出加快建设算力基础设施，推动数据中心绿色发展。",
        ])
        #expect(page.byline == nil)
        #expect(page.source == "某市人民政府")
        #expect(BylineShape.namesSomeone("王小明"))
        #expect(!BylineShape.namesSomeone("admin"))
    }

    @Test func aGovernmentPressReleaseUnderACookieBannerAndMenus() {
        let page = T.page([
            "Cookies on GOV.UK", "We use some essential cookies to make this website work.", "Skip to main content",
            "Navigation menu", "Press release", "New plan to plant 30,000 hectares of trees a year by 2025",
            "Thousands of new woodlands will be created across England under plans announced today.",
            "Published 12 February 2024",
            "The government will plant 30,000 hectares of trees a year across the UK by 2025, as part of its net zero plan.",
            "The England Trees Action Plan was published in May 2021.",
        ])
        #expect(page.title == "New plan to plant 30,000 hectares of trees a year by 2025")
        #expect(page.lines[..<5].allSatisfy { $0.kind == .boilerplate })
        #expect(page.lines[7].kind == .meta)
        #expect(page.lines[9].kind == .body, "a sentence that says `published` is no meta line")
    }

    @Test func anInterviewOpensWithItsFirstQuestion() {
        let page = T.page([
            "国家能源局负责人就能源数字化智能化发展答记者问", "2023-04-06 来源：国家能源局",
            "问：《意见》出台的背景是什么？",
            "答：能源是经济社会发展的重要物质基础。近年来，数字技术与能源产业融合发展取得积极成效。",
            "问：下一步将如何推动《意见》落地？",
            "答：我们将加强组织领导，建立健全工作机制，推动各项任务落到实处。",
        ])
        // Each question heads its answer (as the annotators of such pages label them).
        #expect(page.lines.map(\.kind) == [.title, .meta, .heading, .body, .heading, .body])
    }

    @Test func aTaiwaneseNewsPageUnderItsSectionPath() {
        let page = T.page([
            "聯合新聞網 / 要聞 / 產經", "經濟部：2025年前完成50座充電站 電動車補助延長3年",
            "2024-04-10 14:22 聯合報／ 記者王小明／台北即時報導",
            "經濟部今天宣布，將投入新台幣30億元，在2025年前於全台高速公路服務區完成50座快充站。",
            "圖／經濟部提供", "經濟部官員指出，補助方案將於下月公告，民眾可上網申請，各地服務處也可協助辦理。",
            "延伸閱讀", "台電：夏季供電無虞",
        ])
        #expect(page.title == "經濟部：2025年前完成50座充電站 電動車補助延長3年")
        #expect(page.byline == "王小明")
        #expect(page.lines.map(\.kind) == [.boilerplate, .title, .meta, .body, .caption, .body, .boilerplate, .boilerplate])
    }

    @Test func aRuleIsOneMarkRepeatedNotAnEllipsis() {
        #expect(SiteChromeRule.isRule(T.line("＊＊＊＊＊＊")))
        #expect(SiteChromeRule.isRule(T.line("- - - - -")))
        #expect(!SiteChromeRule.isRule(T.line("...")))
        #expect(!SiteChromeRule.isRule(T.line("}")))
        #expect(!SiteChromeRule.isRule(T.line("*-*")))
    }

    @Test func aReadingTimeGoesWholeFromAnEnglishMetaLine() {
        let page = T.page([
            "Government unveils plan to double offshore wind capacity by 2030",
            "Published 14 March 2024 · 5 min read",
            "The government on Thursday set out plans to double the country's offshore wind capacity to 60 gigawatts by 2030.",
            "Ministers will invest in port upgrades and grid connections over the next five years, officials said on Thursday.",
        ])
        #expect(page.lines[1].kind == .meta)
        #expect(page.lines[1].clean == "Published 14 March 2024")
    }

    @Test func languages() {
        func language(_ text: String) -> String { PageClassifier().classify(SourceText(decoded: text)).language }
        #expect(language("這是一篇關於經濟發展的報導。政府將繼續推動產業升級。") == "zh-Hant")
        #expect(language("这是一篇关于经济发展的报道。政府将继续推动产业升级。") == "zh-Hans")
        #expect(language("The council approved the plan on Tuesday and the work starts in the spring.") == "en")
        #expect(language("Le conseil municipal a approuvé le plan mardi soir.") == "other")
        #expect(language("市の計画は来年から始まります。住民の意見を聞きながら進めます。") == "other")
        #expect(language("") == "other")
    }

    @Test func pinyinAnnotationsAreStrippedAndTheLineKeepsItsKind() {
        let page = T.page([
            "城市大腦(nǎo)建設新進(jìn)展", "2024-04-02",
            "全國(guo)(guo)各地都在建設城市大腦，記者走訪了多個(gè)城市，了解建設進(jìn)展和實際成效。",
        ])
        #expect(page.lines[2].kind == .body)
        #expect(page.lines[2].reasons.contains("pinyin-annotation"))
        #expect(page.lines[2].clean == "全國各地都在建設城市大腦，記者走訪了多個城市，了解建設進展和實際成效。")
        #expect(page.lines[0].clean == "城市大腦建設新進展")
        #expect(page.title == "城市大腦(nǎo)建設新進(jìn)展")
    }

    @Test func englishGlossesInBracketsAreNotPinyin() {
        let stripped = PinyinAnnotation.strip(Array("多態(polymorphism)與重載(overload)和(de)".unicodeScalars))
        #expect(stripped.count == 1)
        #expect(String(String.UnicodeScalarView(stripped.cleaned)) == "多態(polymorphism)與重載(overload)和")
    }

    @Test func anAnnotationOfSeveralSyllablesIsStrippedWhole() {
        let stripped = PinyinAnnotation.strip(Array("浙江（zhè jiāng）將(jiang)加快建設，多態(a la carte)".unicodeScalars))
        #expect(stripped.count == 2)
        #expect(String(String.UnicodeScalarView(stripped.cleaned)) == "浙江將加快建設，多態(a la carte)")
    }

    @Test func scriptTableKnowsBothForms() {
        #expect(ChineseScript.classify("國") == .traditionalOnly)
        #expect(ChineseScript.classify("国") == .simplifiedOnly)
        #expect(ChineseScript.classify("人") == .shared)
        #expect(ChineseScript.classify("A") == .shared)
    }
}
