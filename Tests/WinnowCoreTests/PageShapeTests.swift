import Testing
@testable import WinnowCore

/// Whole pages in shapes the dev corpus does not show (written for these tests): a news page with
/// a browser-tab title and a menu, an English news page, an official notice, a document-sharing
/// page, and a blog post with a comment form.
@Suite struct PageShapeTests {
    func analyze(_ text: String) -> Analysis { Analyzer().analyze(text: text) }

    func kinds(_ a: Analysis) -> [LineKind] { a.lines.map(\.kind) }

    static let newsPage = """
江南省发布新能源汽车产业发展规划_江南新闻网
首页 | 新闻 | 财经 | 科技 | 体育 | 汽车
江南新闻网——江南省重点新闻网站
江南省发布新能源汽车产业发展规划
2024年5月6日 10:20  来源：江南日报  作者：王小明
【字体：大 中 小】【打印】【关闭】

5月5日，江南省政府办公厅印发《江南省新能源汽车产业发展规划（2024—2030年）》，提出到2030年全省新能源汽车年产量突破200万辆。

规划明确，将加快建设充电基础设施，推动电池回收利用体系建设。

广告

省工业和信息化厅相关负责人表示，下一步将加强政策协同，确保规划各项任务落到实处。（完）

责任编辑：李华
相关阅读：
江南省召开新能源汽车产业推进会
江南省充电桩数量突破10万个
网友评论
京ICP备12345678号-1  京公网安备11010502030000号
Copyright 2004-2024 江南新闻网 All Rights Reserved
"""

    @Test func newsPageWithTabTitleMenuAndFooter() {
        let a = analyze(Self.newsPage)
        #expect(a.title == "江南省发布新能源汽车产业发展规划")
        #expect(a.published == "2024-05-06")
        #expect(a.source == "江南日报")
        #expect(kinds(a) == [.boilerplate, .boilerplate, .boilerplate, .title, .meta, .boilerplate, .body, .body,
                             .boilerplate, .body, .byline, .boilerplate, .boilerplate, .boilerplate, .boilerplate,
                             .boilerplate, .boilerplate])
    }

    static let englishNews = """
Skip to content
Home News Sport Business Culture Travel Weather
Search
Regional Rail Investment Approved in Northern Counties
By Jane Doe
Published 3 March 2024
Ministers have approved a £2 billion package to upgrade rail lines across the northern counties.
The funding will pay for electrified track, new signalling and longer platforms at twelve stations, officials said on Monday.
Advertisement
Work is expected to begin next spring and finish by 2029, according to the transport department.
Local leaders welcomed the decision but warned that bus services also needed support.
Share this article
Share on Facebook
Share on Twitter
More stories
Fares to rise by 4% in January
New timetable starts in May
Sign up for our newsletter
© 2024 Northern Post. All rights reserved.
"""

    @Test func englishNewsPage() {
        let a = analyze(Self.englishNews)
        #expect(a.language == "en")
        #expect(a.title == "Regional Rail Investment Approved in Northern Counties")
        #expect(a.byline == "Jane Doe")
        #expect(a.published == "2024-03-03")
        // The first paragraph under the byline and date is the text; a standfirst stands right under the headline.
        #expect(kinds(a) == [.boilerplate, .boilerplate, .boilerplate, .title, .byline, .meta, .body, .body,
                             .boilerplate, .body, .body] + Array(repeating: .boilerplate, count: 8))
    }

    static let officialNotice = """
关于印发《东岭省促进低空经济高质量发展若干措施》的通知
东政办发〔2024〕15号
各市、县人民政府，省政府各部门、各直属机构：
《东岭省促进低空经济高质量发展若干措施》已经省人民政府同意，现印发给你们，请认真贯彻执行。
东岭省人民政府办公厅
2024年6月3日
（此件公开发布）
东岭省促进低空经济高质量发展若干措施
为加快培育低空经济新动能，制定以下措施。
一、发展目标
到2027年，全省低空经济规模达到800亿元，培育龙头企业20家以上。
二、主要任务
（一）完善基础设施。建设通用机场10个，起降点200个。
（二）拓展应用场景。支持物流配送、城市管理、应急救援等领域开展示范应用。
"""

    @Test func officialNoticeKeepsItsParts() {
        let a = analyze(Self.officialNotice)
        #expect(a.title == "关于印发《东岭省促进低空经济高质量发展若干措施》的通知")
        #expect(a.published == "2024-06-03")
        #expect(a.junkLineCount == 0)
        #expect(a.kind(ofLine: 2) == .meta)
        #expect(a.kind(ofLine: 5) == .meta)
        // The name of the document the notice issues heads it, and the outline.
        #expect(a.sections.map(\.title) == ["东岭省促进低空经济高质量发展若干措施", "一、发展目标", "二、主要任务"])
    }

    static let documentSite = """
原创力文档
登录 注册
东岭省产业发展研究报告.docx
文档格式：docx | 页数：32 | 浏览：1566 | 上传日期：2023-08-01
VIP免费下载
东岭省产业发展研究报告
第一章 研究背景
近年来，东岭省产业结构持续优化，战略性新兴产业增加值年均增长12%以上，成为全省经济增长的重要引擎。
第二章 发展现状
全省规模以上工业企业达到1.2万家，其中高新技术企业占比超过三成。
全文预览已结束，下载后可阅读完整内容
内容提供方：某某用户
版权声明：本文档由用户上传，如有侵权请联系删除
"""

    @Test func documentSiteChromeGoes() {
        let a = analyze(Self.documentSite)
        #expect(a.title == "东岭省产业发展研究报告")
        #expect(a.sections.map(\.title) == ["第一章 研究背景", "第二章 发展现状"])
        for n in [1, 2, 3, 5, 11, 12, 13] { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        #expect(a.kind(ofLine: 8) == .body)
    }

    static let hackedJournalPage = """
    • <dfn id="p0q1"></dfn>
      • <tt id="p0q1"><u id="p0q1"></u></tt>
      • 精品视频在线观看_日韩无码高清_国产精品一区二区_久久综合网_成人影院免费看 ?

        城市社區(qū)治理數字化轉型研究

        2022-03-14 09:21:05林某某
        城市管理研究 2022年5期
        關(guān)鍵詞:社區(qū)治理;數字化

        ■林某某 何某

        一、引言

        近年來,各地積極推進社區(qū)治理數字化,取得了一定成效,也暴露出數據共享不足等問題。
    """

    @Test func hackedJournalPage() {
        let a = analyze(Self.hackedJournalPage)
        #expect(a.language == "zh-Hant")
        #expect(a.title == "城市社區(qū)治理數字化轉型研究")
        #expect(a.published == "2022-03-14")
        #expect(a.byline == "林某某 何某")
        #expect(kinds(a) == [.spam, .spam, .spam, .title, .meta, .meta, .meta, .byline, .heading, .body])
        #expect(a.labelledLine(5)?.clean == "城市社區治理數字化轉型研究")
    }

    static let blogPost = """
Menu
Home About Us Services Blog Contact
Why Small Towns Are Betting on Community Solar
Posted on June 2, 2023 by Tom Reed
Community solar projects are spreading across rural counties as land costs stay low and grid connections improve.
In Millbrook, a 5 MW array now supplies power to 900 homes and the local school.
"It has changed how people think about energy," said the town manager.
What comes next
The state plans to double its community solar capacity by 2030, officials said.
Tags: solar, energy, rural
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment
Name *
Email *
Website
Post Comment
"""

    @Test func blogPostWithCommentForm() {
        let a = analyze(Self.blogPost)
        #expect(a.title == "Why Small Towns Are Betting on Community Solar")
        #expect(a.byline == "Tom Reed")
        #expect(a.spamLineCount == 0)
        #expect(a.sections.map(\.title) == ["What comes next"])
        #expect(a.lines.filter { $0.n >= 10 }.allSatisfy { $0.kind == .boilerplate })
        #expect(a.lines.filter { (5...9).contains($0.n) }.allSatisfy { $0.kind.isArticle })
    }

    static let wireStoryOnALocalSite = """
Skip to main content
The Riverton Herald
Home  Local  Sports  Opinion  Business  Obituaries  Classifieds
Governors Pledge to Triple Battery Storage by 2030
By ANA SOLER Associated Press
Mar 12, 2026
Facebook  Twitter  WhatsApp  SMS  Email  Print  Copy article link  Save
WASHINGTON (AP) — Governors from 14 states pledged on Thursday to triple the battery storage on their grids by 2030.
The group said it will pool $1.2 billion in state money and speed up permits for new projects.
Read more: Utilities race to keep up as data centers strain the grid
Utilities installed a record amount of grid batteries last year, most of it in two states.
Soler reported from Sacramento, California. Associated Press writer Jo Pike in Albany, New York, contributed to this report.
© 2026 The Associated Press. All rights reserved. This material may not be published without permission.
Get the Morning Briefing
Sign up to receive the day's top local and national stories in your inbox every weekday morning.
Power bills are rising across the Northeast, and here is why that matters for you.
"""

    @Test func wireStoryOnALocalSite() {
        let a = analyze(Self.wireStoryOnALocalSite)
        #expect(a.title == "Governors Pledge to Triple Battery Storage by 2030")
        // The share row and the link to another story are the site's.
        #expect(a.kind(ofLine: 7) == .boilerplate)
        #expect(a.kind(ofLine: 10) == .boilerplate)
        #expect(a.kind(ofLine: 12) == .byline)
        // Below the copyright notice the prose is the site's newsletter box and other stories.
        #expect(a.lines.filter { $0.n >= 13 }.allSatisfy { $0.kind == .boilerplate })
        #expect(a.lines.filter { [8, 9, 11].contains($0.n) }.allSatisfy { $0.kind == .body })
    }

    static let ministersMediaRelease = """
Skip to main content
Ministers for the Department of Climate Change, Energy, the Environment and Water
Home   Media releases   Speeches   Transcripts   Opinion pieces   Search
Home  /  Media releases
Joint media release
The Hon Sarah Whitcombe MP
12 March 2026
Community Batteries and Shared Solar for 40 Regional Towns
Households and small businesses in 40 regional towns will be able to store and share rooftop solar power.
The Government will invest $45 million in community batteries, with the first sites operating by 2027.
Gazette staff report
"""

    @Test func ministersMediaRelease() {
        let a = analyze(Self.ministersMediaRelease)
        // The headline follows the release's date; the ministers' portfolio above is the site's name.
        #expect(a.title == "Community Batteries and Shared Solar for 40 Regional Towns")
        #expect(a.lines.filter { (1...4).contains($0.n) }.allSatisfy { $0.kind == .boilerplate })
        #expect(a.kind(ofLine: 5) == .meta)
        #expect(a.kind(ofLine: 11) == .byline)
    }

    static let policyQAndA = """
首页 | 政务公开 | 政策解读
索引号：11410000005184311T/2025-00087
发文机关：河南省人民政府办公厅
站内搜索： 标题 全文 发文字号  搜索
河南省有关负责同志就《加快新型储能产业发展实施方案》答记者问
问：《实施方案》出台的背景是什么？
答：新型储能是构建新型电力系统的重要支撑，近年来我省新型储能产业快速发展。
二问：《实施方案》提出了哪些发展目标？
答：到2027年，全省新型储能装机规模达到500万千瓦以上。
"""

    @Test func policyQAndA() {
        let a = analyze(Self.policyQAndA)
        #expect(a.title == "河南省有关负责同志就《加快新型储能产业发展实施方案》答记者问")
        // Fields of the file card, one a line, are meta; a search box naming a field is not.
        #expect(a.kind(ofLine: 2) == .meta)
        #expect(a.kind(ofLine: 3) == .meta)
        #expect(a.kind(ofLine: 4) != .meta)
        // The questions head their answers.
        #expect(a.sections.map(\.title) == ["问：《实施方案》出台的背景是什么？", "二问：《实施方案》提出了哪些发展目标？"])
        #expect(a.kind(ofLine: 7) == .body)
    }

    static let weChatPost = """
重磅！苏州具身智能机器人三年行动方案发布，这些要点值得关注
原创 李工 智造前沿 2025年12月09日 18:30 江苏
01
总体目标
方案明确，到2028年，全市具身智能机器人产业规模突破800亿元，集聚相关企业300家以上。
应用场景：先物流，后载人
方案提出，每年发布100个以上具身智能应用场景清单，对首台（套）产品给予最高500万元奖励。
END
预览时标签不可点
继续滑动看下一个
：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏
"""

    @Test func weChatPost() {
        let a = analyze(Self.weChatPost)
        #expect(a.title == "重磅！苏州具身智能机器人三年行动方案发布，这些要点值得关注")
        #expect(a.kind(ofLine: 2) == .meta)
        // A section number over its heading, and a heading of a topic and two short claims.
        #expect(a.sections.map(\.title) == ["01", "总体目标", "应用场景：先物流，后载人"])
        // What the post's page leaves under the text is the site's, its tapping prompts too.
        #expect(a.lines.filter { $0.n >= 9 }.allSatisfy { $0.kind == .boilerplate })
    }

    static let newsPageWithCaptions = """
聯合新聞網
產經 / 產業
智慧機器人方案出爐 政院拚2030年產值破5000億元
2026-01-08 15:21 聯合報／ 記者林庭萱／台北即時報導
經濟部今天在行政院會報告「智慧機器人產業推動方案」。記者林庭萱／攝影
【記者林庭萱／台北報導】行政院會今天通過經濟部提出的「智慧機器人產業推動方案」，目標2030年產值突破5000億元。
大學城規劃範圍示意圖。（政府新聞處圖片）
經濟部表示，將設立機器人產業專區，並投入100億元輔導中小企業導入機器人。
"""

    @Test func newsPageWithCaptions() {
        let a = analyze(Self.newsPageWithCaptions)
        // The date line under the headline is no headline, however the caption below it reads.
        #expect(a.title == "智慧機器人方案出爐 政院拚2030年產值破5000億元")
        #expect(a.kind(ofLine: 5) == .caption)
        #expect(a.kind(ofLine: 7) == .caption)
        #expect(a.kind(ofLine: 6) == .body)
    }

    static let forumThread = """
[政策解读] 苏州2026年电动自行车以旧换新补贴细则出来了
骑行小白 发表于 2026-3-1 09:58:12 | 只看该作者
市商务局等部门近日发布通知，对交售旧车并购买新车的市民给予最高1200元补贴，补贴资金用完即止。
具体参与门店可以在APP里查，现场交旧车直接抵扣，不用自己申请。
TA的每日心情 开心 2026-3-1 09:58  签到天数: 128 天
老王爱骑车 发表于 2026-3-1 10:35:08 | 只看该作者
沙发
积分 256  帖子 88  精华 0  注册会员
感谢楼主整理！我那台2018年的老铅酸车终于可以换了，换锂电能补700。
回复 支持 反对 举报
苏州小周 发表于 2026-3-1 11:20:09 | 只看该作者
5#
积分 518  帖子 140  精华 0  高级会员
请问外地牌照的旧车能参加吗？我的车是老家买的，在苏州骑了三年。
回复 支持 反对 举报
"""

    @Test func forumThread() {
        let a = analyze(Self.forumThread)
        // Floors, member panels, check-ins and vote buttons are the forum's; the replies are text.
        for n in [5, 7, 8, 10, 12, 13, 15] { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        for n in [3, 4, 9, 14] { #expect(a.kind(ofLine: n) == .body, "line \(n)") }
    }

    @Test func aHeadlineWithAKickersExclamation() {
        let a = analyze("""
        居家修繕網
        颱風來襲前必做！居家防颱檢查清單一次看
        2026-07-20 10:30　作者：小編
        每年夏秋之際都是颱風旺季，強風豪雨常造成門窗滲水、陽台積水甚至屋頂受損。
        颱風來臨前，先檢查門窗密封條是否老化，排水孔是否通暢，陽台花盆要移到室內。
        """)
        #expect(a.title == "颱風來襲前必做！居家防颱檢查清單一次看")
    }

    static let stateCouncilNotice = """
中华人民共和国中央人民政府
首页
国务院
新闻
政策
国家政务服务平台
首页 > 政策 > 国务院政策文件库
发文机关：	国务院办公厅	成文日期：	2025年03月18日
标　　题：	国务院办公厅关于印发《智慧养老服务高质量发展行动方案》的通知
发文字号：	国办发〔2025〕9号	发布日期：	2025年03月24日
国务院办公厅关于印发《智慧养老服务高质量发展行动方案》的通知
国办发〔2025〕9号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《智慧养老服务高质量发展行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。
"""

    @Test func stateCouncilNotice() {
        let a = analyze(Self.stateCouncilNotice)
        // Not the last link of the menu column, nor the file card's title field: the notice's own line.
        #expect(a.title == "国务院办公厅关于印发《智慧养老服务高质量发展行动方案》的通知")
        #expect(a.kind(ofLine: 11) == .title)
        #expect(a.kind(ofLine: 6) == .boilerplate)
        #expect(a.kind(ofLine: 9) == .meta)
    }

    /// A government site's banner over a sentence-case headline that reads as prose.
    static let governmentRelease = """
An official website of the Republic of Westland
How do you know?
All official Westland website addresses are in the gov.wl domain.
Secure websites use HTTPS
Residents    Business    Visitors    Government    How Do I...?

Press release    5 June 2025    Eastport

Ministry sets out heating strategy to cut gas use in buildings and lower energy bills for households

Today, the Ministry adopted a strategy to make the heating of homes cleaner and cheaper. It aims to cut gas use for heating by 40% by 2030.

The strategy will be reviewed in 2027.
"""

    @Test func governmentBannerAndAProseHeadline() {
        let a = analyze(Self.governmentRelease)
        #expect(a.title == "Ministry sets out heating strategy to cut gas use in buildings and lower energy bills for households")
        for n in 1...5 { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        #expect(a.kind(ofLine: 11) == .body)
    }

    /// A newspaper's story: a headline, its standfirst and the correspondent's credit, a photo
    /// credit after a bar, reader prompts and counters, and comments below.
    static let newspaperStory = """
e-Paper    Subscribe    Sign In
NEWS  >  States  >  Coastal

Coastal State launches ₹2,400-crore scheme to create three lakh small business jobs by 2027

The scheme offers capital subsidy and plug-and-play sheds in 12 new industrial estates

Special Correspondent
EASTPORT  Updated - March 19, 2025 10:14 pm IST

READ LATER
The Chief Minister launching the scheme in Eastport on Wednesday. | Photo Credit: Special Arrangement

The Chief Minister on Wednesday launched the scheme, which will offer a capital subsidy of 25% on machinery to small units.

Also Read | Coastal Budget 2025: ₹1,918 crore allotted for industries

The government will set up a single-window portal for applications by June.
148
23
Sign in to unlock member-only benefits!
Discussion about this post
Write a comment...
Tom R.
Good piece. Worth remembering that the earlier scheme paid its subsidies two years late.
"""

    @Test func newspaperStoryWithCreditsPromptsAndComments() {
        let a = analyze(Self.newspaperStory)
        #expect(a.title == "Coastal State launches ₹2,400-crore scheme to create three lakh small business jobs by 2027")
        #expect(a.kind(ofLine: 8) == .byline)
        #expect(a.kind(ofLine: 12) == .caption)
        #expect(a.kind(ofLine: 14) == .body)
        #expect(a.kind(ofLine: 18) == .body)
        for n in [11, 16, 19, 20, 21, 22, 23, 24, 25] { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
    }

    /// A financial portal's story: a market ticker over the headline, a chart's caption with its
    /// source in brackets, a flattened table of figures, and the risk notice.
    static let marketStory = """
财经网 首页 | 财经 | 股票 | 基金
上证指数 3412.58 18.36 0.54%　　深证成指 10892.17 95.40 0.88%　　创业板指 2236.05 31.22 1.42%　　沪深300 3986.71 21.09 0.53%
财经网 > 焦点 > 正文
六部门发文力推新型电池产业 固态电池板块午后拉升
2026年02月10日 14:27　来源：证券时报网
2月10日，工业和信息化部等六部门印发《新型电池产业高质量发展行动方案》，提出到2028年产业规模力争突破2.5万亿元。
固态电池板块分时走势（图片来源：Choice数据）
指标	单位	2025年	2024年
电池产量	GWh	1280	1050
受消息影响，固态电池板块午后拉升，多只个股涨停。
风险提示：市场有风险，投资需谨慎。本文所涉个股仅为信息展示，不构成任何买卖建议。
"""

    @Test func marketStoryWithTickerChartAndTable() {
        let a = analyze(Self.marketStory)
        #expect(a.title == "六部门发文力推新型电池产业 固态电池板块午后拉升")
        #expect(a.kind(ofLine: 2) == .boilerplate)
        #expect(a.kind(ofLine: 7) == .caption)
        #expect(a.kind(ofLine: 8) == .body)
        #expect(a.kind(ofLine: 9) == .body)
        #expect(a.kind(ofLine: 11) == .boilerplate)
    }

    /// A listed company's announcement: a row of its codes over the notice's name, and the
    /// board's statement that the notice is true.
    static let companyAnnouncement = """
财经 > 公司公告
证券代码：301526　　　　证券简称：恒拓新能　　　　公告编号：2026-008
关于投资建设年产15GWh钠离子电池及储能系统项目的公告
本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。
公司拟以自有资金及自筹资金投资建设年产15GWh钠离子电池及储能系统项目，项目总投资约60亿元。
项目建成后，预计可实现年销售收入约90亿元。
"""

    @Test func companyAnnouncementWithCodesRow() {
        let a = analyze(Self.companyAnnouncement)
        #expect(a.title == "关于投资建设年产15GWh钠离子电池及储能系统项目的公告")
        #expect(a.kind(ofLine: 2) == .meta)
        #expect(a.kind(ofLine: 4) == .boilerplate)
        #expect(a.kind(ofLine: 5) == .body)
    }

    @Test func aSecondCopyOfTheArticleIsTheSites() {
        let a = analyze("""
        四川印发数字乡村建设行动方案
        2025-02-11 08:15 来源：四川在线
        近日，四川省委网信办等10部门联合印发《四川省数字乡村建设行动方案》，部署了6个方面18项重点任务。
        《方案》提出，到2027年，全省农村宽带接入用户超过900万户，行政村5G通达率达到95%以上。
        省级财政每年安排专项资金支持数字乡村示范县建设。
        《方案》提出，到2027年，全省农村宽带接入用户超过900万户，行政村5G通达率达到95%以上。
        广告
        近日，四川省委网信办等10部门联合印发《四川省数字乡村建设行动方案》，部署了6个方面18项重点任务。
        《方案》提出，到2027年，全省农村宽带接入用户超过900万户，行政村5G通达率达到95%以上。
        """)
        // One paragraph said again is the writer's; the copy of two in a row is the site's.
        #expect(a.kind(ofLine: 6) == .body)
        #expect(a.kind(ofLine: 8) == .boilerplate)
        #expect(a.kind(ofLine: 9) == .boilerplate)
        #expect(a.goals.allSatisfy { $0.line < 8 })
    }

    /// A government's policy address: the government's name, a language switch and a link to
    /// the whole text over the address's own name.
    @Test func policyAddressUnderTheGovernmentsName() {
        let a = analyze("""
        澳門特別行政區政府
        施政報告
        中文 | Português | English

        二〇二六年財政年度施政報告
        全文

        二〇二六年是澳門特別行政區第三個五年規劃的開局之年。特區政府二〇二六年施政的主要預期目標是本地生產總值實現穩定增長。
        """)
        #expect(a.title == "二〇二六年財政年度施政報告")
        #expect(a.kind(ofLine: 3) == .boilerplate)
        #expect(a.kind(ofLine: 6) == .boilerplate)
    }

    /// A legislator's written question and the reply: `問題：` and `答覆：` head their parts.
    @Test func writtenQuestionAndReply() {
        let a = analyze("""
        立法會十二題：推動新型工業化
        English 简体
        以下是今日在立法會會議上議員的提問和創新科技及工業局局長的書面答覆：
        問題：
        政府推出新型工業化資助計劃至今，共有多少宗申請獲批？
        答覆：
        主席：就議員的提問，經諮詢相關部門，現綜合答覆如下。
        """)
        #expect(a.kind(ofLine: 2) == .boilerplate)
        #expect(a.kind(ofLine: 4) == .heading)
        #expect(a.kind(ofLine: 6) == .heading)
    }

    /// A county's work report: its short name over the occasion of the speech and the speaker.
    @Test func workReportWithAShortName() {
        let a = analyze("""
        桐溪县人民政府
        网站首页 走进桐溪 政务公开 政务服务 互动交流 专题专栏
        您现在的位置：首页 > 政务公开 > 政府工作报告
        信息来源：县政府办　　发布时间：2026-01-16 10:20
        政府工作报告
        ——2026年1月9日在桐溪县第十八届人民代表大会第六次会议上
        各位代表：
        　　现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。
        """)
        #expect(a.title == "政府工作报告")
        #expect(a.kind(ofLine: 6) == .meta)
    }
}
