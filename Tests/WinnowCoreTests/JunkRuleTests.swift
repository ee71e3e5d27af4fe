import Testing
@testable import WinnowCore

/// Each junk rule on lines written for these tests: one that must fire and one that must not.
@Suite struct JunkRuleTests {
    typealias T = ClassifierTestSupport

    @Test func keywordStuffingFlagsRepeatedSegmentsNotAHeadline() {
        let rule = KeywordStuffingRule()
        let spam = T.line("免费电影在线看_免费电影网站_最新免费电影_免费电影下载_免费电影大全")
        #expect(rule.evaluate(spam, page: T.simplifiedPage)?.reason == "keyword-stuffing")
        #expect(rule.evaluate(spam, page: T.simplifiedPage)?.kind == .spam)
        let headline = T.line("海港市发布智能网联汽车道路测试管理办法 明年起实施")
        #expect(rule.evaluate(headline, page: T.simplifiedPage) == nil)
        let enumeration = T.line("智慧交通,智慧医疗,智能制造、智能家居,智慧教育")
        #expect(rule.evaluate(enumeration, page: T.simplifiedPage)?.strength != .strong)
        let sentence = T.line("发展数字经济，发展数字产业，发展数字政府，这是全市今年的三项重点工作。")
        #expect(rule.evaluate(sentence, page: T.simplifiedPage) == nil)
    }

    @Test func linkFarmNeedsTheMarkerOrALongListOfPhrases() {
        let rule = LinkFarmRule()
        let marked = T.line("主站蜘蛛池模板: 某某影视| 某某小说网| 某某下载站")
        #expect(rule.evaluate(marked, page: T.simplifiedPage)?.reason == "link-farm")
        let unmarked = T.line("夜间剧场免费看| 热门电视剧排行| 经典老歌下载站| 网络小说排行榜| 手机游戏礼包码| 明星八卦新闻网| 每日壁纸高清图| 动漫新番时间表")
        #expect(rule.evaluate(unmarked, page: T.simplifiedPage)?.kind == .spam)
        let menu = T.line("首页 | 新闻 | 体育 | 财经 | 科技 | 汽车 | 房产 | 教育 | 旅游")
        #expect(rule.evaluate(menu, page: T.simplifiedPage) == nil)
        // A portal's footer row is its own chrome, however long its items.
        let footer = T.line("新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑")
        #expect(rule.evaluate(footer, page: T.simplifiedPage) == nil)
        #expect(SiteChromeRule().evaluate(footer, page: T.simplifiedPage)?.reason == "site-chrome")
    }

    @Test func aGovernmentPortalsOwnLinesAreChrome() {
        let rule = SiteChromeRule()
        for line in ["The official website of the New Zealand Government", "Is this page useful?", "跳到主要內容區塊",
                     "熱門關鍵字：育兒津貼　獎學金　建照查詢"] {
            #expect(rule.evaluate(T.line(line), page: T.englishPage)?.kind == .boilerplate, "\(line)")
        }
    }

    @Test func aSpiderPoolsBareHostNamesAreALinkFarm() {
        let rule = LinkFarmRule()
        let hosts = T.line("m.qdhxmy.cn 淄博网站优化 wap.jnyxkj.com 衡水seo公司 7x24.zzlgjx.com 宿迁网络推广")
        #expect(rule.evaluate(hosts, page: T.simplifiedPage)?.kind == .spam)
        let listed = T.line("· 东莞工厂装修公司哪家好 东莞厂房装修报价 wap.dgcfzx.com")
        #expect(rule.evaluate(listed, page: T.simplifiedPage)?.kind == .spam)
        // A site's own address after its label is not a farm.
        #expect(rule.evaluate(T.line("官方网站：www.hefei.gov.cn 咨询热线 0551-12345"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("Visit example.com or example.org for more details on the new scheme."), page: T.englishPage) == nil)
    }

    @Test func scriptMismatchFlagsASimplifiedLineOnATraditionalPage() {
        let rule = ScriptMismatchRule()
        let simplified = T.line("这里发现更多好看的视频节目")
        #expect(rule.evaluate(simplified, page: T.traditionalPage)?.reason == "script-mismatch")
        #expect(rule.evaluate(simplified, page: T.simplifiedPage) == nil)
        // A converted Traditional line with a leaked `并` is still Traditional.
        let leaked = T.line("會議強調要加快發展並推動產業升級，并提出具體措施。")
        #expect(rule.evaluate(leaked, page: T.traditionalPage) == nil)
        let traditional = T.line("這裡發現更多好看的視頻節目")
        #expect(rule.evaluate(traditional, page: T.simplifiedPage)?.kind == .spam)
    }

    @Test func newsOfACrackdownOnVice() {
        let rule = AdultGamblingLexiconRule()
        #expect(rule.evaluate(T.line("公安部开展打击网络赌博专项行动 捣毁赌场窝点120个"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("澳門新葡京娛樂城-百家樂線上投注-真人視訊博彩平台"), page: T.traditionalPage)?.kind == .spam)
    }

    @Test func pharmacySpamInEnglish() {
        let rule = AdultGamblingLexiconRule()
        for spam in ["Buy Cheap Viagra Online - Best Price Pharmacy - Free Shipping Worldwide",
                     "online pharmacy viagra cialis levitra cheap pills no prescription buy now discount"] {
            #expect(rule.evaluate(T.line(spam), page: T.englishPage)?.kind == .spam, "\(spam)")
        }
        for article in ["The state legalised casino gambling and sports betting in 2019, the report said.",
                        "The pharmacy chain will close 300 stores and cut prices on generic pills next year."] {
            #expect(rule.evaluate(T.line(article), page: T.englishPage)?.strength != .strong, "\(article)")
        }
    }

    @Test func adultAndGamblingVocabularyNeedsMoreThanOneHitInProse() {
        let rule = AdultGamblingLexiconRule()
        let list = T.line("线上百家乐 真人荷官 体育投注 彩金天天送")
        #expect(rule.evaluate(list, page: T.simplifiedPage)?.reason == "adult-gambling-lexicon")
        #expect(rule.evaluate(list, page: T.simplifiedPage)?.strength == .strong)
        let report = T.line("警方近日破获一起跨境赌博案件，涉案金额逾千万元，十余名嫌疑人已被依法刑事拘留。")
        #expect(rule.evaluate(report, page: T.simplifiedPage) == nil)
        let english = T.line("The casino reopened on Friday after a month of repairs to its roof and heating system.")
        #expect(rule.evaluate(english, page: T.englishPage) == nil)
    }

    @Test func gamblingAndLoanAdsInjectedBetweenParagraphs() {
        let rule = AdultGamblingLexiconRule()
        for spam in ["澳门威尼斯人官网 首存即送188 加微信:wns7788 专人带玩 稳赚不赔",
                     "急用钱?网贷不看征信 黑户也能下 3分钟审核 当天到账 加微信 dk0519 秒批"] {
            #expect(rule.evaluate(T.line(spam), page: T.simplifiedPage)?.kind == .spam, "\(spam)")
        }
        let ad = T.line("Sponsored: Looking for the best online casino bonuses in 2025? SpinHub Casino gives new players 200 free spins with no deposit required. Claim your bonus today at spinhub-casino.bet.")
        #expect(rule.evaluate(ad, page: T.englishPage)?.kind == .spam)
        // A paragraph on the trade names it a few times; that is no advertisement.
        let report = T.line("Casino revenue in the city rose 12% last year, and the regulator said online casino operators must now verify every player's age before any bonus is paid.")
        #expect(rule.evaluate(report, page: T.englishPage) == nil)
    }

    @Test func englishSearchPhrasesStrungTogetherAreStuffing() {
        let rule = KeywordStuffingRule()
        let spam = T.line("best vpn china 2025 free download, vpn for china that works, free vpn apk for android, fastest vpn china reddit, vpn china iphone no registration")
        #expect(rule.evaluate(spam, page: T.simplifiedPage)?.kind == .spam)
        let tags = T.line("heat pumps, solar panels, home insulation, electric vehicles, energy bills, grid storage")
        #expect(rule.evaluate(tags, page: T.englishPage) == nil)
        let legal = T.line("These statements are subject to risks and uncertainties, including changes in technology, the cost of energy, government policy, the weather and the economy")
        #expect(rule.evaluate(legal, page: T.englishPage) == nil)
    }

    @Test func injectedMarkupIsTagsWithoutText() {
        let rule = InjectedMarkupRule()
        #expect(rule.evaluate(T.line(#"<span id="q8xw1"><em id="q8xw1"></em></span>"#), page: T.simplifiedPage)?.kind == .spam)
        #expect(rule.evaluate(T.line(#"   <kbd id="m2"></kbd>"#), page: T.simplifiedPage)?.reason == "injected-markup")
        #expect(rule.evaluate(T.line(#"<p id="zz"#), page: T.simplifiedPage) != nil)
        #expect(rule.evaluate(T.line("<b>重要</b>通知：明天停水"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("a < b and c > d"), page: T.englishPage) == nil)
        // A raw link to another site is planted; a link to the page's own site is left to the others.
        #expect(rule.evaluate(T.line(#"<a href="http://xn--abc.com">開云體育官方網站</a>"#), page: T.traditionalPage)?.reason == "injected-link")
        #expect(rule.evaluate(T.line(#"<a href="/about">關於我們</a>"#), page: T.traditionalPage) == nil)
        // Markup that opens a line and holds such links: a hidden block of them.
        let hidden = #"<div style="position:fixed;left:-3000px"><a href="http://hg.vip/">皇冠體育</a><a href="http://xpj.com/">新葡京</a></div>"#
        #expect(rule.evaluate(T.line(hidden), page: T.traditionalPage)?.kind == .spam)
    }

    @Test func scriptCodeIsSpamWhenPlantedAndTheSitesOtherwise() {
        let rule = InjectedMarkupRule()
        let obfuscated = #"<script>var _0x5a1c=["\x68\x74\x74\x70"];document.write(_0x5a1c[0])"#
        #expect(rule.evaluate(T.line(obfuscated), page: T.traditionalPage)?.kind == .spam)
        let analytics = "<script>var _hmt = _hmt || [];</script>"
        #expect(rule.evaluate(T.line(analytics), page: T.simplifiedPage)?.kind == .boilerplate)
        #expect(rule.evaluate(T.line("在<script>标签中加载脚本会阻塞页面渲染。"), page: T.simplifiedPage) == nil)
    }

    @Test func contactLinesCarryANumberOrAnAddress() {
        let rule = ContactLineRule()
        #expect(rule.evaluate(T.line("服务热线：400-800-1234"), page: T.simplifiedPage)?.reason == "contact-line")
        #expect(rule.evaluate(T.line("投稿邮箱：editor@example.org"), page: T.simplifiedPage)?.kind == .boilerplate)
        #expect(rule.evaluate(T.line("客服QQ：88776655"), page: T.simplifiedPage) != nil)
        #expect(rule.evaluate(T.line("Tel: 020 7946 0958"), page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("发布时间：2024-01-15"), page: T.simplifiedPage) == nil)
        // A date and time are no phone number.
        #expect(rule.evaluate(T.line("2024-07-02 15:30发布于河北澎湃新闻官方帐号"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("John Doe, press@acme-energy.co.uk, +44 20 7946 0000"), page: T.englishPage)?.reason == "contact-line")
        #expect(rule.evaluate(T.line("Residents can report problems on 0800 123 4567, the council said in a statement on Monday."),
                              page: T.englishPage) == nil)
        #expect(rule.evaluate(T.line("市民可拨打热线反映问题，相关部门将在三个工作日内答复。"), page: T.simplifiedPage) == nil)
    }

    @Test func siteChromeCoversNavigationWidgetsAndPageLists() {
        let rule = SiteChromeRule()
        for chrome in ["您的位置：首页 > 政务 > 正文", "Home > World > Asia", "放大字體 縮小字體", "字號：大 中 小",
                       "打印本頁 關閉窗口", "分享到：", "上一篇：某某消息", "返回頂部", "相關閱讀", "已閱讀3頁，還剩12頁未讀",
                       "某某研究報告_第2頁", "Share  Tweet  Email", "Related articles", "Popular posts from this blog",
                       "圖片圖片", "正", "欢迎来到某某网站建设!", "第1页 / 共28页", "字級設定：小 中 大", "回上一頁", "列印",
                       "分享至Facebook 分享至LINE", "点击上方蓝字关注我们", "往期推荐", "分享 收藏 点赞 在看", "阅读原文",
                       "Our Standards: The Thomson Reuters Trust Principles.", "関連記事", "【編輯推介】", "下载文档到电脑，查找使用更方便", "某某行业研究报告.pdf", "您的位置:首页 > 科技 > 为什么城市需要一个轻量级的数据平台:架构解析与实践指南"] {
            #expect(rule.evaluate(T.line(chrome), page: T.simplifiedPage)?.reason == "site-chrome", "\(chrome)")
        }
        for article in ["分享经济成为新的增长点", "市政府将扩大公共住房供应。", "坚持共建共享", "第三章 共同富裕", "Sharing the load: how towns pool services", "第二章 建设任务",
                        "市民可在首页查看办事指南，也可以通过手机办理相关业务。"] {
            #expect(rule.evaluate(T.line(article), page: T.simplifiedPage)?.strength != .strong, "\(article)")
        }
    }

    @Test func aWidgetWordInsideAHeadlineIsOnlyAHint() {
        let rule = SiteChromeRule()
        for headline in ["国家网信办开通网络谣言举报平台", "全面实行股票发行注册制改革", "UK launches newsletter for small businesses"] {
            let hit = rule.evaluate(T.line(headline), page: T.simplifiedPage)
            #expect(hit?.strength == .weak, "\(headline)")
            #expect(hit?.reason == SiteChromeRule.chromeWord, "\(headline)")
        }
        // A plain word closing or opening a headline decides nothing alone.
        for headline in ["教育部：严禁校外培训机构违规收费 家长可拨打热线举报", "注册制改革全面落地"] {
            #expect(rule.evaluate(T.line(headline), page: T.simplifiedPage)?.strength != .strong, "\(headline)")
        }
        for widget in ["我要举报", "登录 注册", "还剩11页未读，继续阅读"] {
            #expect(rule.evaluate(T.line(widget), page: T.simplifiedPage)?.strength == .strong, "\(widget)")
        }
    }

    @Test func aRowOfEnglishLinksBetweenBarsIsAMenuAHeadlineWithItsSiteIsNot() {
        let rule = SiteChromeRule()
        let menu = rule.evaluate(T.line("World | Business | Politics | Climate | Tech"), page: T.englishPage)
        #expect(menu?.reason == "site-chrome")
        #expect(menu?.strength == .weak)
        for headline in ["Plan to Double Offshore Wind | Energy | Daily Courier",
                         "Council Approves Budget | Local News | Politics | The Riverside Gazette Online Edition Today"] {
            #expect(rule.evaluate(T.line(headline), page: T.englishPage) == nil, "\(headline)")
        }
    }

    @Test func englishLinksSpacedApartAreAMenuAndSlashedSectionsAPath() {
        let rule = SiteChromeRule()
        for menu in ["Contact us  Accessibility statement  Privacy notice  Cookies",
                     "Research    Blog    Events    People    About    Support us",
                     "Home  /  Media releases", "Newsroom / Press Releases"] {
            #expect(rule.evaluate(T.line(menu), page: T.englishPage)?.strength == .strong, "\(menu)")
        }
        // Double spaces in a sentence, or a headline with a slash, are no menu.
        for text in ["The council said  it will open  four new  charging hubs  this year.",
                     "Heat Pumps  Are Still  Too Expensive  to Run for Most Families",
                     "Wind / solar mix reaches 40% in March"] {
            #expect(rule.evaluate(T.line(text), page: T.englishPage)?.strength != .strong, "\(text)")
        }
    }

    @Test func disclaimersNeedAStrongPhraseOrSeveralWeakOnes() {
        let rule = DisclaimerRule()
        #expect(rule.evaluate(T.line("版权所有 © 某某日报社"), page: T.simplifiedPage)?.reason == "disclaimer")
        #expect(rule.evaluate(T.line("声明：本文仅代表作者观点，不代表本网站立场。"), page: T.simplifiedPage) != nil)
        #expect(rule.evaluate(T.line("Copyright © 2025 Example Media. All rights reserved."), page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("法院认定被告构成侵权，判令其赔偿经济损失十万元。"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("该公司未经授权擅自使用他人商标，被处以罚款。市场监管部门已责令其整改。"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("The court ruled that the copyright claim had been filed too late to succeed."),
                              page: T.englishPage) == nil)
        #expect(rule.evaluate(T.line("本文转载自某某公众号，作者是一位资深工程师。"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("We use some essential cookies to make this website work."), page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("© 2024 The Urbanist Review. Powered by WordPress."), page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("The website was taken down after a copyright claim by the publisher last week."),
                              page: T.englishPage) == nil)
        #expect(rule.evaluate(T.line("Powered by hydrogen"), page: T.englishPage) == nil)
        #expect(rule.evaluate(T.line("Forward-looking statements"), page: T.englishPage) != nil)
        // An English headline may name a notice; a notice is mostly its phrase, or has its `©`.
        for headline in ["Government proposes new cookie rules for websites", "Tech giants face copyright shake-up under new EU law",
                         "Terms of service changes anger app users"] {
            #expect(rule.evaluate(T.line(headline), page: T.englishPage) == nil, "\(headline)")
        }
        for notice in ["Privacy Policy", "Copyright 2024 BBC", "© The Riverside Gazette Online Limited"] {
            #expect(rule.evaluate(T.line(notice), page: T.englishPage) != nil, "\(notice)")
        }
        #expect(rule.evaluate(T.line("This press release contains forward-looking statements that involve risks and uncertainties."),
                              page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("Analysts warned that the forecast carried risks for the region's exporters."), page: T.englishPage) == nil)
    }

    @Test func countersStandAlone() {
        let rule = CounterRule()
        #expect(rule.evaluate(T.line("浏览次数：1024"), page: T.simplifiedPage)?.reason == "counter")
        #expect(rule.evaluate(T.line("阅读 356次"), page: T.simplifiedPage) != nil)
        #expect(rule.evaluate(T.line("4521 12"), page: T.simplifiedPage) != nil)
        #expect(rule.evaluate(T.line("12 comments"), page: T.englishPage) != nil)
        #expect(rule.evaluate(T.line("瀏覽人次：12345"), page: T.traditionalPage) != nil)
        #expect(rule.evaluate(T.line("阅读理解能力培养"), page: T.simplifiedPage) == nil)
        #expect(rule.evaluate(T.line("全年阅读推广活动覆盖12个区县，参与人数超过30万。"), page: T.simplifiedPage) == nil)
    }
}
