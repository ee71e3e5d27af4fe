/// Site furniture and navigation: breadcrumbs (`您的位置：首頁 > ...`, `Home > News`), font-size and
/// print widgets (`放大字體 縮小字體`, `字號 大 中 小`, `打印本頁 關閉窗口`), share rows (`分享到`,
/// `Share Tweet Email`), previous/next links, related-article and popular-post headers, document
/// sites' page lists (`..._第3頁`, `已閱讀5頁,還剩25頁未讀`), image placeholders and lone
/// decorative characters.
struct SiteChromeRule: LineRule {
    /// Terms that mark a short line as chrome wherever they occur in it.
    static let decisive = [
        "您的位置", "您現在的位置", "您现在的位置", "當前位置", "当前位置", "所在位置", "放大字體", "縮小字體", "放大字体", "缩小字体",
        "字號", "字号", "字体大小", "字體大小", "字級設定", "字级设定", "字型大小", "大 中 小", "小 中 大", "回上一頁", "回上一页", "回上頁",
        "分享至", "打印本頁", "打印本页", "打印此文", "關閉窗口", "关闭窗口", "分享到", "返回頂部", "返回顶部",
        "返回首頁", "返回首页", "上一篇", "下一篇", "上一主题", "下一主题", "上一主題", "下一主題", "已閱讀", "已阅读",
        "免費閱讀", "免费阅读", "繼續閱讀", "继续阅读", "下載本文檔", "下载本文档", "文檔簡介", "文档简介", "加入收藏",
        "設為首頁", "设为首页", "会员中心", "會員中心", "我要投稿", "复制链接", "複製鏈接", "只看该作者", "只看該作者", "阅读模式",
        "閱讀模式", "未能播放", "扫一扫", "掃一掃", "收藏本文", "点击排行", "點擊排行", "搜索文档", "搜索文檔", "登录", "登錄",
        "注册", "註冊", "相關閱讀", "相关阅读", "相關新聞", "相关新闻", "相關文章", "相关文章", "推薦閱讀", "推荐阅读",
        "熱門文章", "热门文章", "熱門推薦", "热门推荐", "更多>>", "查看更多", "點擊查看", "点击查看", "微信掃碼", "微信扫码",
        "二维码", "二維碼", "扫码", "掃碼", "公众号", "公眾號", "手机版", "手機版", "网站地图", "網站地圖", "关于我们", "關於我們",
        "友情链接", "友情鏈接", "返回列表", "发表评论", "發表評論", "我要评论", "我要評論", "网友评论", "網友評論", "编辑推荐",
        "編輯推薦", "相关推荐", "相關推薦", "为你推荐", "為你推薦", "加载中", "載入中", "视频播放", "視頻播放", "本文链接", "本文鏈接", "电梯直达", "電梯直達", "倒序浏览", "倒序瀏覽", "使用道具", "楼主", "樓主",
        "发表回复", "發表回復", "回复本帖", "回復本帖", "本帖最后由", "本帖最後由", "收藏帖子", "举报", "舉報", "纠错", "糾錯", "展开全文", "展開全文", "阅读全文", "閱讀全文",
        "加载更多", "載入更多", "立即下载", "立即下載", "免费下载", "免費下載", "全文预览", "全文預覽", "预览已结束", "預覽已結束",
        "下载积分", "下載積分", "下载资源", "下載資源", "资源描述", "資源描述", "文档描述", "文檔描述", "相关文档", "内容提供方", "內容提供方", "文档格式", "文檔格式", "请登录", "請登錄", "立即登录", "立即登錄",
        "验证码", "驗證碼", "忘记密码", "忘記密碼", "温馨提示", "溫馨提示", "友情提示", "支付方式", "换一换", "換一換",
        "账号:", "帳號:", "密码:", "密碼:", "账号：", "帳號：", "密码：", "密碼：", "用户名", "用戶名", "资源大小", "資源大小",
        "资源格式", "資源格式", "全文页数", "全文頁數", "合集下载", "合集下載", "帮助中心", "幫助中心", "全部分类", "全部分類",
        "一键下载", "一鍵下載", "会员登录", "會員登錄", "加入vip", "开通vip", "開通vip", "相关专题", "相關專題", "更多报道", "更多報道", "更多新闻", "更多新聞", "欢迎来到", "歡迎來到", "欢迎光临", "歡迎光臨", "欢迎访问", "歡迎訪問", "welcome to",
        "猜你喜歡", "猜你喜欢", "more stories", "latest news", "热点推荐", "熱點推薦",
        "24小时热文", "24小時熱文", "热文排行", "熱文排行", "注册时间", "註冊時間", "最后登录", "最後登錄", "当前离线", "當前離線", "当前在线", "當前在線", "只看楼主", "只看樓主",
        "高级模式", "高級模式", "processed in", "跳到主要內容", "跳到主要内容", "跳至主要內容", "跳至主要内容", "熱門關鍵字", "热门关键字", "熱門關鍵詞", "热门关键词",
        "skip to content", "skip to main content", "skip to navigation", "navigation menu", "main menu", "share this", "related articles", "related posts", "related stories", "popular posts",
        "you may also like", "read more", "posted in", "filed under", "leave a comment", "leave a reply", "sign in",
        "log in", "subscribe", "newsletter", "advertisement", "loading", "previous post", "next post", "back to top",
        "print this", "appeared first on", "recommended for you", "most read", "trending now", "continue reading",
        "click here", "sign up", "about us", "follow us", "accept all", "cookie settings", "terms and conditions",
        "点击上方蓝字", "點擊上方藍字", "点击蓝字", "點擊藍字", "关注我们", "關注我們", "点击关注", "點擊關注", "长按识别", "長按識別",
        "阅读原文", "閱讀原文", "関連記事", "関連ニュース", "延伸閱讀", "延伸阅读", "往期推荐", "往期推薦", "往期回顾", "往期回顧", "精彩推荐", "精彩推薦", "热文推荐", "熱文推薦",
        "编辑推介", "編輯推介", "编辑精选", "編輯精選", "小编推荐", "小編推薦", "下载文档", "下載文檔", "广告服务", "廣告服務",
        "在线预览", "在線預覽", "超出免费预览", "超出免費預覽", "如果喜欢就下载", "如果喜歡就下載", "最佳瀏覽", "最佳浏览",
        "转载请注明", "轉載請註明", "related searches", "may be for sale", "powered by", "sponsored listings", "打开app", "打開app",
        "隱私權政策", "隐私权政策", "網站安全政策", "网站安全政策", "相關附件", "相关附件", "下载次数", "下載次數", "收藏次数", "收藏次數", "需要金币", "需要金幣", "简体版",
        "簡體版", "繁體版", "繁体版", "下載app", "下载app", "點我下載", "点我下载", "按我看", "招聘信息", "网站律师", "網站律師", "隐私政策", "隱私政策", "用户协议",
        "用戶協議", "意见反馈", "意見反饋", "商务合作", "商務合作",
        "your email address will not be published", "required fields are marked", "our standards:", "trust principles",
        "additional cookies", "we use cookies", "use of cookies", "cookie policy", "cookies on", "accept cookies",
        "is this page useful", "report a problem", "share this page", "updates to this page", "open government licence",
        "opens in new tab", "open in a new tab", "page details", "date modified", "stay connected", "associated links",
        "was this page helpful", "also read:", "whatsapp channel", "telegram channel", "news provided by",
        "also from this source", "co., ltd", "official website of", "search form", "video player", "recent posts",
        "blogroll", "related:", "related topics", "more on this story", "top stories", "related content",
        "listen to this article",
        "explore more on these topics", "reuse this content", "most viewed", "full article", "read the full",
        "exit mobile version", "site icon", "more articles", "read full post", "minute read", "min read",
        "view comments", "read more:", "see also:",
        // the banner a government site opens with (europa.eu, .gov, gov.sg)
        "how do you know?", "here's how you know", "here’s how you know", "how to identify", "website addresses are in the",
        "official websites use", "secure websites use", "websites use https", "share sensitive information only",
        "communicate via .gov", "all eu institutions",
        // a news site's reader prompts
        "also read |", "read later", "sign in to unlock", "sign in to comment", "sign in to continue", "member-only",
        "community guidelines", "top news today",
        "subscribe for free", "reader-supported", "paid subscriber", "type your email", "enter your email",
        "看更多", "看更多！", "看更多!", "相關檔案", "相关档案", "附件下載", "附件下载",
        // a forum thread's furniture: vote buttons, member ranks, check-ins, the rules link
        "支持 反对", "注册会员", "註冊會員", "新手上路", "中级会员", "中級會員", "高级会员", "高級會員", "签到天数", "簽到天數",
        "每日心情", "本版积分规则", "本版積分規則", "认证主体", "認證主體", "ip属地", "ip屬地",
        // what a WeChat post's page leaves under the text
        "轻点两下取消", "輕點兩下取消", "预览时标签不可点", "預覽時標籤不可點", "继续滑动看下一个", "繼續滑動看下一個", "向上滑动看下一个",
        "向上滑動看下一個", "关注该公众号", "關注該公眾號", "轻触阅读原文", "輕觸閱讀原文",
    ]
    /// Terms that count only when they make up much of a short line (`分享`, `Share`, `Comments`).
    static let ambiguous = [
        "首頁", "首页", "分享", "打印", "列印", "評論", "评论", "收藏", "關閉", "关闭", "返回", "微信", "微博", "qq空间", "qq空間",
        "更多", "搜索", "圖片", "图片", "广告", "廣告", "推广", "推廣", "sponsored", "share", "tweet", "email", "e-mail", "print", "comments", "comment", "home", "about", "contact", "archive", "archives",
        "menu", "search", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "tags", "next",
        "previous", "reply", "like", "follow", "pin", "press release", "全文", "点赞", "點讚", "點贊", "在看",
    ]
    /// Headers that open a list of other articles: the lines under them belong to the site.
    static let listHeaders = TermMatcher([
        "相關閱讀", "相关阅读", "相關新聞", "相关新闻", "相關文章", "相关文章", "推薦閱讀", "推荐阅读", "熱門文章", "热门文章",
        "熱門推薦", "热门推荐", "延伸閱讀", "延伸阅读", "相关专题", "相關專題", "猜你喜歡", "猜你喜欢", "往期推荐", "往期推薦",
        "往期回顾", "往期回顧", "精彩推荐", "精彩推薦", "热文推荐", "熱文推薦", "関連記事", "関連ニュース", "related articles", "related posts",
        "related stories", "popular posts", "you may also like", "recommended for you", "most read", "trending now",
        "more stories", "latest news", "more articles", "related topics", "more on this story", "top stories", "related content",
        "explore more on these topics", "most viewed", "related searches", "related:", "associated links", "recent posts",
        "24小时热文", "24小時熱文", "热文排行", "熱文排行", "also from this source", "相关推荐", "相關推薦", "为你推荐", "為你推薦", "热点推荐", "熱點推薦",
        "相關附件", "相关附件", "相關檔案", "相关档案", "附件下載", "附件下载",
    ])

    /// The `LexiconList.siteChrome` terms: decisive, then ambiguous.
    static let terms = decisive + ambiguous
    /// Decisive terms that make a whole sentence the site's prompt
    /// (`亲，该文档总共14页，到这已经超出免费预览范围，如果喜欢就下载吧！`, `建議使用…瀏覽器，最佳瀏覽解析度為…`,
    /// `看更多！ 台南芒果節7月登場`).
    private static let promptTerms: [Int] = ["超出免费预览", "超出免費預覽", "如果喜欢就下载", "如果喜歡就下載", "最佳瀏覽", "最佳浏览",
                                             "转载请注明", "轉載請註明", "轻点两下取消", "輕點兩下取消", "看更多！", "看更多!"]
        .compactMap { decisive.firstIndex(of: $0) }
    /// Decisive terms that make a whole English sentence a site notice.
    private static let noticeTerms: [Int] = ["appeared first on", "newsletter", "continue reading", "skip to content",
                                             "you may also like", "recommended for you", "may be for sale", "sponsored listings",
                                             "additional cookies", "we use cookies", "use of cookies", "cookie policy", "open government licence",
                                             "whatsapp channel", "telegram channel", "posted in", "filed under", "co., ltd",
                                             "read more:", "see also:", "also read:", "related:", "processed in",
                                             "website addresses are in the", "official websites use", "secure websites use",
                                             "share sensitive information only", "communicate via .gov",
                                             "also read |", "sign in to unlock", "sign in to comment", "sign in to continue",
                                             "member-only", "community guidelines",
                                             "subscribe for free", "reader-supported", "paid subscriber"].compactMap { decisive.firstIndex(of: $0) }

    /// Chrome on a meta line: the decisive terms, widget buttons, and the font-size labels with
    /// their colons (`字体：` of `【字体：大 中 小】`; `字体` alone could be a word of an article).
    private static let widgetMatcher = TermMatcher(decisive + ["打印", "列印", "關閉", "关闭", "分享", "收藏"]
        + ["字体", "字體", "字号", "字號"].flatMap { [$0 + "：", $0 + ":"] })

    /// Spans of widget vocabulary in a line (to strip chrome off a meta line): the decisive terms and
    /// the widget buttons, not words such as `微信` that a keyword list may well contain.
    static func chromeSpans(in line: [Unicode.Scalar]) -> [TermMatcher.Match] {
        widgetMatcher.matches(in: line)
    }

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        let strong = RuleHit(kind: .boilerplate, reason: "site-chrome", strength: .strong)
        if isBreadcrumb(line) || isSlashPath(line) || isEnglishSlashPath(line) || isPageList(line) || isImagePlaceholder(line)
            || Self.isSpacedMenu(line) || Self.isLanguageSwitch(line) { return strong }
        // A lone ideograph on a line is decoration (`正` / `文`), never an article line; so is a
        // rule of symbols (`＊＊＊＊＊＊`, `------`).
        if line.visible == 1 && line.cjk == 1 || SiteChromeRule.isRule(line) || SiteChromeRule.isPlayerClock(line)
            || SiteChromeRule.isPageNumber(line) || SiteChromeRule.isForumFloor(line) || SiteChromeRule.isMemberPanel(line) { return strong }
        var decisiveTerms = DistinctTerms()
        var covered = 0, any = false, decisiveAtEdge = false
        for hit in SiteChromeRule.readsVocabulary(line) ? line.hits(.siteChrome) : LexiconHits([], of: .siteChrome) {
            any = true
            covered += hit.end - hit.start
            if hit.term < SiteChromeRule.decisive.count {
                decisiveTerms.insert(hit.term)
                if !decisiveAtEdge && !SiteChromeRule.plainWords.contains(hit.term) {
                    decisiveAtEdge = SiteChromeRule.isAtEdge(hit, of: line.scalars)
                }
            }
        }
        if any {
            let coverage = Double(covered) / Double(max(1, line.visible))
            // (A share row names many: `Facebook Twitter WhatsApp SMS Email Print Copy article link Save`.)
            let short = line.isLatin ? line.words <= (decisiveTerms.count == 0 ? 12 : 40) : line.visible <= 60
            // A widget's word opens or closes the line (`分享到：`, `…继续阅读`), or there are several,
            // or they are most of it; one inside a headline (`国家网信办开通网络谣言举报平台`) is a hint.
            if short && !line.isProse && decisiveTerms.count > 0 && (decisiveAtEdge || decisiveTerms.count >= 2 || coverage >= 0.4) {
                return strong
            }
            if short && !line.isProse && decisiveTerms.count == 1 {
                return RuleHit(kind: .boilerplate, reason: SiteChromeRule.chromeWord, strength: .weak)
            }
            if short && !line.isProse && coverage >= 0.5 { return strong }
            // An English sentence is chrome only when it is a site notice (`Subscribe to our newsletter...`,
            // `The post ... appeared first on ...`), not when an article says `subscribe`.
            if line.isLatin && line.words <= 25
                && (decisiveTerms.count >= 2 || SiteChromeRule.noticeTerms.contains(where: decisiveTerms.contains)) { return strong }
            if line.visible <= 80 && SiteChromeRule.promptTerms.contains(where: decisiveTerms.contains) { return strong }
            // A row of several navigation links (`加入收藏 | 设为首页 | 会员中心`) whatever trails it.
            if decisiveTerms.count >= 3 && line.cjkSentenceMarks <= 1 && line.visible <= 160 { return strong }
        }
        // Two short phrases could as well be a two-part headline (`客服电话不再难打 工信部出台新规`).
        if !isTagRow(line) && isSlogan(line) { return RuleHit(kind: .boilerplate, reason: SiteChromeRule.slogan, strength: .weak) }
        if isTabTitle(line) { return RuleHit(kind: .boilerplate, reason: SiteChromeRule.tabTitle, strength: .weak) }
        // Six capitalised words and no function word: a menu (`World Business Politics Climate Tech
        // Science`), or a title-case headline (`Biden Unveils Sweeping Clean Energy Investment Plan`).
        if line.isLatin, !line.isProse, !line.endsLikeSentence, line.words >= 6, line.capitalizedWords == line.words,
           line.digits == 0, !line.contains(.navigationFunctionWord), line.firstHit(.siteChrome)?.start != 0 {
            return RuleHit(kind: .boilerplate, reason: SiteChromeRule.capitalisedRow, strength: .weak)
        }
        if isNavigationRow(line) || isTagRow(line) || isSiteName(line) {
            return RuleHit(kind: .boilerplate, reason: "site-chrome", strength: .weak)
        }
        return nil
    }

    /// Every word has a capital letter, at its start or inside (`iPlayer`).
    static func everyWordHasACapital(_ s: [Unicode.Scalar]) -> Bool {
        var wordHasCapital = false, inWord = false
        for c in s {
            if ScalarClass.isWhitespace(c) {
                if inWord && !wordHasCapital { return false }
                inWord = false
                wordHasCapital = false
            } else {
                inWord = true
                if ScalarClass.isASCIIUppercase(c) { wordHasCapital = true }
            }
        }
        return !inWord || wordHasCapital
    }

    /// Decisive terms that are also plain words a headline may open or close with (`注册制改革…`,
    /// `…家长可拨打热线举报`): at an edge of the line they decide nothing alone.
    private static let plainWords: Set<Int> = Set([
        "注册", "註冊", "登录", "登錄", "举报", "舉報", "扫码", "掃碼", "二维码", "二維碼", "公众号", "公眾號", "验证码", "驗證碼",
        "纠错", "糾錯", "温馨提示", "溫馨提示", "友情提示", "手机版", "手機版", "楼主", "樓主", "subscribe", "newsletter",
        "advertisement", "loading", "sign up", "sign in", "log in",
    ].compactMap { decisive.firstIndex(of: $0) })

    /// The reason of the weak hint one widget word inside a short line gives: a headline may hold
    /// the word (`国家网信办开通网络谣言举报平台`), so `TitleFinder` may still take the line.
    static let chromeWord = "chrome-word"
    /// The reason of the weak hint a line of two short phrases gives (a motto, or a headline).
    static let slogan = "slogan"
    /// The reason of the weak hint a browser tab's title gives.
    static let tabTitle = "tab-title"
    /// The reason of the weak hint a row of capitalised words gives.
    static let capitalisedRow = "capitalised-row"
    /// Weak hints a headline may carry: `TitleFinder` may take such a line above the meta line,
    /// and a tab's title when nothing else is.
    static let headlineHints: Set<String> = [chromeWord, slogan, tabTitle, capitalisedRow, AdultGamblingLexiconRule.viceWord]

    /// Whether nothing but marks, digits and white space stands before or after `hit` in the line.
    static func isAtEdge(_ hit: LexiconHit, of s: [Unicode.Scalar]) -> Bool {
        let isWord = { (c: Unicode.Scalar) in ScalarClass.isCJK(c) || ScalarClass.isASCIILetter(c) }
        return !s[..<hit.start].contains(where: isWord) || !s[hit.end...].contains(where: isWord)
    }

    /// How many different decisive chrome terms the line holds.
    static func decisiveTermCount(_ line: LineFeatures) -> Int {
        var terms = DistinctTerms()
        for hit in line.hits(.siteChrome) where hit.term < decisive.count { terms.insert(hit.term) }
        return terms.count
    }

    /// A media player's clock and nothing else: `00:00 / 02:35`.
    static func isPlayerClock(_ line: LineFeatures) -> Bool {
        guard line.visible <= 16, line.cjk == 0, line.latinLetters == 0, line.digits >= 4 else { return false }
        return line.scalars.allSatisfy { ScalarClass.isDigit($0) || $0 == ":" || $0 == "/" || ScalarClass.isWhitespace($0) }
            && line.scalars.contains(":")
    }

    /// A reply's floor in a forum thread: `沙发`, `板凳`, `地板`, `5#`, `12楼`.
    static func isForumFloor(_ line: LineFeatures) -> Bool {
        guard line.visible <= 4 else { return false }
        let s = line.scalars
        if floorNames.contains(s) { return true }
        guard let last = s.last, last == "#" || last == "楼" || last == "樓", s.count >= 2 else { return false }
        return s.dropLast().allSatisfy(ScalarClass.isDigit)
    }

    private static let floorNames: Set<[Unicode.Scalar]> = Set(["沙发", "沙發", "板凳", "地板", "藤椅", "凉席", "涼席"].map { Array($0.unicodeScalars) })

    /// A forum member's panel: `积分 256  帖子 88  精华 0` (points, posts, best posts with their counts).
    static func isMemberPanel(_ line: LineFeatures) -> Bool {
        guard line.visible <= 40, line.digits >= 2, line.cjkSentenceMarks == 0, line.commas == 0 else { return false }
        let s = line.scalars
        var fields = 0
        for i in s.indices.dropLast() where isMemberFieldInitial(s[i]) {
            if memberFields.contains(where: { s[i] == $0[0] && s[i + 1] == $0[1] }) { fields += 1 }
            if fields == 2 { return true }
        }
        return false
    }

    private static let memberFields = ["积分", "積分", "帖子", "精华", "精華", "主题", "主題", "金币", "金幣", "威望"].map { Array($0.unicodeScalars) }

    /// `积積帖精主金威`: the first character of a member field (a look at every scalar of a short line).
    private static func isMemberFieldInitial(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "积", "積", "帖", "精", "主", "金", "威": return true
        default: return false
        }
    }

    /// One mark three or more times and nothing else (`＊＊＊＊`, `------`, `= = =`); not an ellipsis
    /// (`...` stands for omitted text, in code too).
    static func isRule(_ line: LineFeatures) -> Bool {
        guard line.visible >= 3, line.cjk == 0, line.latinLetters == 0, line.digits == 0, line.kanaOrHangul == 0,
              let mark = line.firstScalar, mark != ".", mark != "…", ScalarClass.isMark(mark) else { return false }
        return line.scalars.allSatisfy { $0 == mark || ScalarClass.isWhitespace($0) }
    }

    /// A printed page's number between dashes: `- 1 -`, `— 12 —`.
    static func isPageNumber(_ line: LineFeatures) -> Bool {
        guard line.visible <= 8, (1...3).contains(line.digits), line.visible - line.digits >= 2,
              let first = line.firstScalar, let last = line.lastScalar, isDash(first), isDash(last) else { return false }
        return line.scalars.allSatisfy { ScalarClass.isDigit($0) || isDash($0) || ScalarClass.isWhitespace($0) }
    }

    private static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "—" || c == "－" || c == "–" }

    /// Whether the chrome vocabulary can decide the line: no test on it passes for a long line.
    static func readsVocabulary(_ line: LineFeatures) -> Bool {
        line.visible <= 160 || line.isLatin && line.words <= 40
    }

    /// `聯合新聞網 / 要聞 / 產經`: a site and its sections between slashes, each a few ideographs.
    private func isSlashPath(_ line: LineFeatures) -> Bool {
        guard line.visible <= 30, line.cjkSentenceMarks == 0, line.commas == 0, line.cjk >= 4, line.digits == 0 else { return false }
        let crumbs = Segments(line.scalars) { $0 == "/" || $0 == "／" }
        guard crumbs.count >= 3 else { return false }
        // Crumbs without their spaces: at most six scalars each (a site name is the longest).
        let longest = Segments(line.scalars) { $0 == "/" || $0 == "／" || ScalarClass.isWhitespace($0) }.longest
        return longest <= 6
    }

    /// `Home  /  Media releases`, `Newsroom / Press Releases`: capitalised sections of a few words
    /// between spaced slashes.
    private func isEnglishSlashPath(_ line: LineFeatures) -> Bool {
        guard line.isLatin, line.words <= 8, !line.endsLikeSentence, line.digits == 0 else { return false }
        let s = line.scalars
        let slashes = s.indices.filter { s[$0] == "/" }
        guard !slashes.isEmpty, slashes.allSatisfy({ $0 > 0 && $0 + 1 < s.count && s[$0 - 1] == " " && s[$0 + 1] == " " }) else { return false }
        var atStart = true
        for c in s {
            if c == "/" { atStart = true; continue }
            if c == " " { continue }
            if atStart && !ScalarClass.isASCIIUppercase(c) { return false }
            atStart = false
        }
        return true
    }

    /// `首頁 > 新聞 > 正文`, `Home » News`: short segments joined by `>`-like arrows.
    private func isBreadcrumb(_ line: LineFeatures) -> Bool {
        guard line.cjkSentenceMarks == 0, !line.endsLikeSentence, line.arrows >= 1 else { return false }
        var arrows = 0, segment = 0, longestBeforeLast = 0
        for c in line.scalars {
            switch c.value {
            case 0x3E, 0xFF1E, 0xBB, 0x203A, 0x2192:  // > ＞ » › →
                arrows += 1
                longestBeforeLast = max(longestBeforeLast, segment)
                segment = 0
            default:
                if !ScalarClass.isWhitespace(c) { segment += 1 }
            }
        }
        guard arrows >= 1 else { return false }
        // The last crumb may be the article's own (long) headline; the path before it is short.
        if arrows >= 2 { return longestBeforeLast <= 30 && segment <= 80 }
        if SiteChromeRule.locationPhrases.occurs(in: Array(line.scalars.prefix(8))) { return segment <= 80 }
        return max(longestBeforeLast, segment) <= 12 && line.visible <= 24
    }

    /// Document sites list their pages as `標題_第3頁`, `標題 - 第3页` or `第1页 / 共28页`, and name
    /// the file (`報告.docx`).
    private func isPageList(_ line: LineFeatures) -> Bool {
        let s = line.scalars
        if line.visible <= 60, !line.isProse, TitleFinder.hasFileNameEnding(line) { return true }
        // A counter counts pages: `第1页 / 共28页`, `共12頁`; not a short line that merely holds 共
        // (`市政府将扩大公共住房供应。`).
        if line.visible <= 16, line.digits > 0, line.contains(.pageCounter), s.contains("第") || s.contains("共"),
           s.contains("页") || s.contains("頁") { return true }
        guard let last = s.last, last == "頁" || last == "页", s.count >= 4 else { return false }
        var i = s.count - 2
        while i > 0, ScalarClass.isDigit(s[i]) { i -= 1 }
        return i < s.count - 2 && s[i] == "第"
    }

    /// `圖片圖片`, `图片`, `[图片]`: what is left of an image.
    private func isImagePlaceholder(_ line: LineFeatures) -> Bool {
        guard line.visible <= 24, line.cjk * 2 >= line.visible else { return false }
        // The letters (white space and brackets aside) are `圖片` or `图片`, once or more.
        var letters = 0
        for c in line.scalars where !ScalarClass.isWhitespace(c) && !SiteChromeRule.isBracket(c) {
            if letters % 2 == 0 {
                guard c == "圖" || c == "图" else { return false }
            } else {
                guard c == "片" else { return false }
            }
            letters += 1
        }
        return letters > 0 && letters % 2 == 0
    }

    /// The `LexiconList.navigationFunctionWord` terms.
    static let englishFunctionWords = ["the", "a", "an", "of", "to", "in", "on", "for", "and",
                                       "with", "by", "at", "as", "is", "are", "from", "after"]

    /// A menu: four or more items of at most four ideographs (`首页 | 新闻 | 财经 | 科技`) or three
    /// short ones between bars (`政府網站資料開放宣告 | 隱私權政策 | 網站安全政策`), six or
    /// more capitalised English words with no function word among them (`Home News Sport ...`), or
    /// four or more short capitalised English links between bars (`World | Business | Tech`).
    private func isNavigationRow(_ line: LineFeatures) -> Bool {
        guard !line.isProse, !line.endsLikeSentence else { return false }
        if line.isLatin {
            // `Home News Sport Weather iPlayer`: a row of section names after the home link.
            if line.words >= 4 && line.digits == 0 && !line.contains(.navigationFunctionWord)
                && line.firstHit(.siteChrome)?.start == 0 && SiteChromeRule.everyWordHasACapital(line.scalars) { return true }
            // `World | Business | Politics | Tech`: four or more short capitalised links between
            // bars (a headline has at most a section and a site name after its bars).
            guard line.bars >= 3 && line.capitalizedWords == line.words else { return false }
            let links = Segments(line.scalars) { $0 == "|" || $0 == "｜" }
            return links.count >= 4 && links.longest <= 24
        }
        // `政府網站資料開放宣告 | 隱私權政策 | 網站安全政策`: three or more short links between bars.
        if line.bars >= 2 && line.cjkSentenceMarks == 0 && line.commas == 0 {
            let links = Segments(line.scalars) { $0 == "|" || $0 == "｜" }
            if links.count >= 3 && links.longest <= 14 { return true }
        }
        guard line.latinLetters <= 4 else { return false }
        let segments = Segments(line.scalars) { ScalarClass.isWhitespace($0) || SiteChromeRule.isMenuSeparator($0) }
        return segments.count >= 4 && segments.longest <= 4
    }

    /// `中文 | Português | English`, `English 简体`: the site's languages, two or more, and nothing else.
    static func isLanguageSwitch(_ line: LineFeatures) -> Bool {
        guard line.visible <= 40, line.hasInnerSpace || line.bars > 0, line.cjkSentenceMarks == 0, line.commas == 0 else { return false }
        let s = line.scalars
        var names = 0
        var i = 0
        while i < s.count {
            guard !isLanguageGap(s[i]) else { i += 1; continue }
            let start = i
            while i < s.count && !isLanguageGap(s[i]) { i += 1 }
            let token = s[start..<i]
            guard languageNames.contains(where: { $0.count == token.count && token.lazy.map(TermMatcher.fold).elementsEqual($0) })
            else { return false }
            names += 1
        }
        return names >= 2
    }

    private static func isLanguageGap(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isWhitespace(c) || c == "|" || c == "｜" || c == "/" || c == "·"
    }

    private static let languageNames: [[Unicode.Scalar]] = [
        "中文", "简体", "簡體", "繁體", "繁体", "简体中文", "繁體中文", "简", "繁", "english", "en", "português", "español",
        "français", "deutsch", "日本語", "한국어", "русский", "zh", "tc", "sc",
    ].map { Array($0.unicodeScalars) }

    /// `Home   Media releases   Speeches   Transcripts`, `Contact us  Accessibility statement  Privacy
    /// notice  Cookies`: four or more English links of a few capitalised words, set apart by runs of
    /// spaces as a scraped menu leaves them. Prose never spaces its words so. (Links between bars
    /// are `isNavigationRow`'s.)
    static func isSpacedMenu(_ line: LineFeatures) -> Bool {
        // A question may close the menu (`… Departments    How Do I...?`); a full stop may not.
        guard line.isLatin, line.bars == 0, !line.endsLikeSentence || line.lastScalar == "?", line.words >= 4,
              line.words <= 40 else { return false }
        let s = line.scalars
        var links = 0
        var i = 0
        while i < s.count {
            // One link: up to two spaces in a row.
            var end = i
            while end < s.count && !(ScalarClass.isWhitespace(s[end]) && end + 1 < s.count && ScalarClass.isWhitespace(s[end + 1])) {
                end += 1
            }
            var link = s[i..<end]
            while let last = link.last, last == "?" || last == "." || last == "…" { link = link.dropLast() }
            if let first = link.first {
                let words = 1 + link.filter { $0 == " " }.count
                guard ScalarClass.isASCIIUppercase(first), words <= 4, link.count <= 32,
                      !link.contains(where: { $0 == "." || $0 == "," || $0 == ":" || ScalarClass.isDigit($0) }) else { return false }
                links += 1
            }
            i = end
            while i < s.count && ScalarClass.isWhitespace(s[i]) { i += 1 }
        }
        return links >= 4
    }

    /// The `LexiconList.pageCounter` terms.
    static let pageCounter = ["页 /", "頁 /", "页/", "頁/", "共"]
    private static let locationPhrases = TermMatcher(["您的位置", "您現在的位置", "您现在的位置", "當前位置", "当前位置",
                                                      "所在位置", "you are here"])
    /// `[]【】()（）`
    private static func isBracket(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x5B, 0x5D, 0x3010, 0x3011, 0x28, 0x29, 0xFF08, 0xFF09: return true
        default: return false
        }
    }

    /// `|｜/·•・-_`
    private static func isMenuSeparator(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x7C, 0xFF5C, 0x2F, 0xB7, 0x2022, 0x30FB, 0x2D, 0x5F: return true
        default: return false
        }
    }
    private static let siteSuffixes = ["全球資訊網", "全球资讯网", "网站", "網站", "门户", "門戶", "官网", "官網", "频道", "頻道", "论坛", "論壇", "规章库", "規章庫",
                                       "法规库", "法規庫", "文库", "文庫", "信息公开", "資訊公開", "政务公开", "政務公開", "新闻中心", "新聞中心"]
        .map { Array($0.unicodeScalars) }
    /// The `LexiconList.domainMark` terms.
    static let domainMarks = ["www.", ".com", ".cn", ".net", ".org"]

    /// The site's own name: `江南新闻网——江南省重点新闻网站`, `标题_江南新闻网`, `example.com`.
    private func isSiteName(_ line: LineFeatures) -> Bool {
        guard line.visible <= 40, !line.isProse, line.cjk > 0 else { return false }
        let s = line.scalars
        for suffix in SiteChromeRule.siteSuffixes where s.count >= suffix.count && s.suffix(suffix.count).elementsEqual(suffix) {
            return true
        }
        if line.contains(.domainMark) { return true }
        guard let last = line.lastScalar, last == "网" || last == "網" else { return false }
        return line.scalars.contains { c in
            switch c.value {
            case 0x5F, 0x7C, 0xFF5C, 0x2014, 0xFF0D, 0x2D: return true  // _|｜—－-
            default: return false
            }
        }
    }

    /// A browser tab's title: the headline, then the section and the site after `_` or `|`
    /// (`上海发布新能源汽车产业发展三年行动计划_新浪财经_新浪网`). The page's own headline usually
    /// follows, and wins; alone, it is the title.
    private func isTabTitle(_ line: LineFeatures) -> Bool {
        guard line.visible <= 80, !line.isProse, let last = line.lastScalar, last == "网" || last == "網",
              let bar = line.scalars.firstIndex(where: { $0 == "_" || $0 == "|" || $0 == "｜" }) else { return false }
        return line.scalars[..<bar].filter(ScalarClass.isCJK).count >= 8
    }

    /// Category tags and short menus: two to six space-separated words of at most four ideographs
    /// (`開發 前端`), or three to eight of at most six (`搜索 海报新闻 融媒体矩阵`).
    private func isTagRow(_ line: LineFeatures) -> Bool {
        guard line.cjk == line.visible else { return false }
        let segments = Segments(line.scalars, separatedBy: KeywordStuffingRule.isSeparator)
        return (2...6).contains(segments.count) && segments.longest <= 4
            || (3...8).contains(segments.count) && segments.longest <= 6
    }

    /// A site motto: two short space-separated ideograph phrases (`天行健 君子當自強而不息`).
    private func isSlogan(_ line: LineFeatures) -> Bool {
        guard line.cjk == line.visible else { return false }
        let segments = Segments(line.scalars, separatedBy: KeywordStuffingRule.isSeparator)
        return segments.count == 2 && segments.shortest >= 3 && segments.longest <= 8
    }
}
