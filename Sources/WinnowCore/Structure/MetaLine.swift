/// The article's meta line(s): date, source, author, views, keywords
/// (`發布日期:2024-03-08  來源:經濟觀察報  瀏覽次數:1562`, `某某财经· 2024-05-20 09:30`).
enum MetaLine {
    /// The `LexiconList.metaLabel` terms.
    static let labels = [
        "來源", "来源", "稿源", "出處", "出处", "發布時間", "发布时间", "發布日期", "发布日期", "發表於", "发表于", "更新時間",
        "更新时间", "時間:", "时间:", "時間：", "时间：", "日期:", "日期：", "瀏覽次數", "浏览次数", "點擊數", "点击数",
        "關鍵詞", "关键词", "關鍵字", "关键字", "所属栏目", "所屬欄目", "分類:", "分类:", "分類：", "分类：", "source:",
        "原文链接", "原文鏈接", "原文地址", "date:", "category:", "标签", "標籤", "转自", "轉自", "转载自", "轉載自", "published", "updated", "last modified", "posted on", "keywords", "tags:", "doi", "from:",
        // a WeChat post's header: `原创 李工 智造前沿 2025年12月09日 18:30 江苏`
        "原创", "原創",
    ] + [
        // an official document's file card, one field a line (`发文机关：河南省人民政府办公厅`); with
        // its colon, unlike a search box's options (`站内搜索： 标题 全文 发文字号`)
        "索引号", "索引號", "发文机关", "發文機關", "发布机构", "發布機構", "发布单位", "發布單位", "主题分类", "主題分類",
        "成文日期", "发文字号", "發文字號", "生成日期",
    ].flatMap { [$0 + "：", $0 + ":"] }
    /// How a release is issued, opening a line (`FOR IMMEDIATE RELEASE`, `Press Release | March 12, 2026`).
    private static let releaseLabels = ["for immediate release", "press release", "media release", "joint media release",
                                        "news release"].map { Array($0.unicodeScalars) }
    /// The `LexiconList.keywordLabel` terms.
    static let keywordLabels = ["關鍵詞", "关键词", "關鍵字", "关键字", "标签", "標籤", "keywords", "tags:"]
    private static let sourceLabels = TermMatcher(["文章來源", "文章来源", "來源", "来源", "稿源", "source"])

    /// A short non-prose line carrying a date, or a labelled meta field, or a document number.
    static func isMeta(_ line: LineFeatures) -> Bool {
        guard line.cjkSentenceMarks == 0 || line.visible <= 40, line.visible <= 200 else { return false }
        // English running text is never meta, however many dates it mentions.
        if line.isLatin && line.isProse && line.words > 16 { return false }
        if line.visible <= 30 && isDocumentNumber(line.scalars) { return true }
        if PublishedDate.occurs(in: line) {
            // Date, source, views and keywords can make a long line; a headline with a date cannot.
            return hasLabel(line) ? line.visible <= 200 : line.visible <= 90 && (isMostlyDate(line) || isDatedNote(line.scalars))
        }
        return line.visible <= 120 && hasLabel(line) || isTimeStamp(line) || isReleaseNote(line.scalars) || isFieldRow(line)
    }

    private static func opensWithReleaseLabel(_ s: [Unicode.Scalar]) -> Bool {
        releaseLabels.contains { label in
            s.count >= label.count && s.prefix(label.count).lazy.map(TermMatcher.fold).elementsEqual(label)
                && (s.count == label.count || !ScalarClass.isASCIILetter(s[label.count]))
        }
    }

    /// A row of a government site's file card: two or more labelled fields and no sentence
    /// (`文    号：永府发〔2021〕12号	有 效 性：有效`, `索 引 号：…	主题分类：…`).
    static func isFieldRow(_ line: LineFeatures) -> Bool {
        // (Fields between bars are a forum's counters, `查看: 3518 | 回覆: 12`, not a file card.)
        guard line.clauseMarks >= 2, line.visible <= 120, line.cjkSentenceMarks == 0, line.commas == 0, line.bars == 0 else { return false }
        let s = line.scalars
        var fields = 0
        for i in s.indices where s[i] == "：" || (s[i] == ":" && !(i + 1 < s.count && ScalarClass.isDigit(s[i + 1]))) {
            // The label: at least two ideographs right before the colon, maybe spaced out.
            var k = i, ideographs = 0
            while k > 0, ScalarClass.isCJK(s[k - 1]) || s[k - 1] == " " || s[k - 1] == "\u{3000}" {
                k -= 1
                if ScalarClass.isCJK(s[k]) { ideographs += 1 }
            }
            // The spaces walked over before the label part the fields (`证券代码：301526　　证券简称：…`).
            while k < i && ScalarClass.isWhitespace(s[k]) { k += 1 }
            // A field starts the line or follows white space; `原标题：上海：…` is one field.
            if ideographs >= 2 && (k == 0 || ScalarClass.isWhitespace(s[k - 1])) { fields += 1 }
        }
        return fields >= 2
    }

    /// How an official document is released, closing its signature: `（此件公开发布）`,
    /// `（此件主动公开）`, `（信息公开方式：主动公开）`.
    static func isReleaseNote(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 6, s.count <= 16, !s.contains("，"), let bracketed = insideBrackets(s) else { return false }
        let inner = String(String.UnicodeScalarView(bracketed))
        let namesRelease = inner.contains("公开") || inner.contains("公開") || inner.contains("发布") || inner.contains("發布")
        return namesRelease && (inner.hasPrefix("此件") || inner.contains("公开方式") || inner.contains("公開方式"))
    }

    /// A time of day and little else: `香港時間15時30分`, `15:30 HKT`, `北京时间 09:30`.
    static func isTimeStamp(_ line: LineFeatures) -> Bool {
        guard line.visible <= 24, line.digits >= 3, line.cjkSentenceMarks == 0, line.words <= 3 else { return false }
        let s = line.scalars
        for i in s.indices where ScalarClass.isDigit(s[i]) && (i == 0 || !ScalarClass.isDigit(s[i - 1])) {
            // `h:mm` or `hh:mm`; the colon may be written `時` / `时`.
            let mark = i + 1 < s.count && ScalarClass.isDigit(s[i + 1]) ? i + 2 : i + 1
            guard mark + 2 < s.count else { break }
            if "時时:：".unicodeScalars.contains(s[mark]) && ScalarClass.isDigit(s[mark + 1]) && ScalarClass.isDigit(s[mark + 2]) {
                return isMostlyDate(line)
            }
        }
        return false
    }

    /// An official document number: `某府办〔2024〕12号`, `某發[2023]5號`.
    static func isDocumentNumber(_ s: [Unicode.Scalar]) -> Bool {
        guard let open = s.firstIndex(where: { $0 == "〔" || $0 == "[" || $0 == "［" }), open + 6 < s.count else { return false }
        let year = s[(open + 1)...(open + 4)]
        guard year.allSatisfy(ScalarClass.isDigit), "〕]］".unicodeScalars.contains(s[open + 5]),
              let last = s.last, last == "号" || last == "號" else { return false }
        return true
    }

    private static let dateWords: Set<UInt32> = Set("年月日號号星期一二三四五六七天时時分秒".unicodeScalars.map(\.value))

    /// Little besides the date: a short source name at most (`某某财经· 2024-05-20 09:30`), not a
    /// headline that starts with a date (`2023年11月14日國務院常務會議部署...`).
    static func isMostlyDate(_ line: LineFeatures) -> Bool {
        let otherIdeographs = line.scalars.lazy.filter { ScalarClass.isCJK($0) && !dateWords.contains($0.value) }.count
        // A sentence about a date (`本條例自2024年7月1日起施行。`) is text.
        if line.lastScalar == "。" && otherIdeographs >= 4 { return false }
        return otherIdeographs <= 8 && line.words <= 5
    }

    /// A dated note in brackets under a document's name: how it was adopted or issued
    /// (`（2024年3月28日某市人民代表大會常務委員會第十次會議通過）`).
    /// Or the occasion of a speech under its name, after a dash
    /// (`——2026年1月9日在某县第十八届人民代表大会第六次会议上`).
    static func isDatedNote(_ s: [Unicode.Scalar]) -> Bool {
        if s.count >= 3, s[0] == "—" || s[0] == "－", !s.contains("。") { return true }
        guard let inner = insideBrackets(s) else { return false }
        return !inner.contains { $0 == "（" || $0 == "(" || $0 == "。" }
    }

    /// What a line wholly in round brackets holds, or nil.
    private static func insideBrackets(_ s: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard s.count >= 2, let first = s.first, let last = s.last, first == "（" && last == "）" || first == "(" && last == ")" else { return nil }
        return s[1..<(s.count - 1)]
    }

    /// The line names a meta field (`來源`, `發布時間`, `发表于`...).
    /// A label introduces a value (`來源:`, `[關鍵詞]`, `发表于 2017`), unlike the same word inside a
    /// headline (`新能源汽車的電力來源`).
    static func hasLabel(_ line: LineFeatures) -> Bool {
        let s = line.scalars
        if line.isLatin && line.visible <= 60 && opensWithReleaseLabel(s) { return true }
        return line.hits(.metaLabel).contains { match in
            // An English label opens its field: `Published 12 May`, not `…was published in May 2021.`
            if line.isLatin && !opensField(s, at: match.start) { return false }
            guard match.end < s.count else { return match.start == 0 }  // the label alone (`Published`)
            // WeChat's `… 2024-05-21 18:30 发表于湖南`: where the post was sent from closes the line.
            if s.count - match.end <= 3, s[match.start] == "发" || s[match.start] == "發",
               s[match.end...].allSatisfy(ScalarClass.isCJK) { return true }
            let next = s[match.end]
            return ScalarClass.isWhitespace(next) || ScalarClass.isDigit(next) || ":：]】".unicodeScalars.contains(next)
                || s[match.end - 1] == ":" || s[match.end - 1] == "："
        }
    }

    /// At the start of the line, or after a field separator (`… | Updated 3 May`).
    private static func opensField(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        var k = i
        while k > 0 && ScalarClass.isWhitespace(s[k - 1]) { k -= 1 }
        return k == 0 || "|｜·•-—".unicodeScalars.contains(s[k - 1])
    }

    /// `關鍵詞:...` / `Tags: ...` lines: meta under the title, site furniture at the foot of the page.
    static func isKeywordList(_ line: LineFeatures) -> Bool {
        guard let first = line.firstHit(.keywordLabel) else { return false }
        return first.start <= 2 && !PublishedDate.occurs(in: line)
    }

    /// The name after `來源:` / `Source:`, up to white space or a separator.
    static func source(in s: [Unicode.Scalar]) -> String? {
        for match in sourceLabels.matches(in: s) {
            var j = match.end
            // A label, not the word inside a sentence (`没有来源的`): a colon or a space follows.
            guard j < s.count, s[j] == ":" || s[j] == "：" || ScalarClass.isWhitespace(s[j]) else { continue }
            while j < s.count, s[j] == ":" || s[j] == "：" || ScalarClass.isWhitespace(s[j]) { j += 1 }
            var name: [Unicode.Scalar] = []
            while j < s.count, !ScalarClass.isWhitespace(s[j]), !"|｜,，;；]】)）".unicodeScalars.contains(s[j]) {
                name.append(s[j])
                j += 1
            }
            if !name.isEmpty { return String(scalars: name) }
        }
        return nil
    }

    /// The meta line without site chrome (`放大字體 縮小字體`, `打印`, `上一主题`), fields joined by
    /// one space; nil when the line carries no chrome.
    static func withoutChrome(_ s: [Unicode.Scalar]) -> String? {
        let spans = SiteChromeRule.chromeSpans(in: s).map { span in
            // A reading time goes whole: `5 min read`, not only `min read`.
            var span = span
            span.start = readingTimeStart(s, chromeAt: span.start) ?? span.start
            return span
        }
        guard !spans.isEmpty else { return nil }
        // Chrome, white space and bars separate the fields.
        var out: [Unicode.Scalar] = []
        var span = 0, inField = false
        for (k, c) in s.enumerated() {
            while span < spans.count, spans[span].end <= k { span += 1 }
            let isChrome = span < spans.count && spans[span].start <= k
            if isChrome || ScalarClass.isWhitespace(c) || c == "|" || c == "｜" {
                inField = false
                continue
            }
            if !inField && !out.isEmpty { out.append(" ") }
            out.append(c)
            inField = true
        }
        return String(scalars: withoutEmptyBrackets(out))
    }

    /// Where the count of a reading time starts (`5` of `5 min read`), when the chrome at `start`
    /// is its `min`/`minute`.
    private static func readingTimeStart(_ s: [Unicode.Scalar], chromeAt start: Int) -> Int? {
        let lower = { (k: Int) in Unicode.Scalar(s[k].value | 0x20) }
        guard start + 3 <= s.count, lower(start) == "m", lower(start + 1) == "i", lower(start + 2) == "n" else { return nil }
        var k = start
        while k > 0 && s[k - 1] == " " { k -= 1 }
        var digits = k
        while digits > 0 && ScalarClass.isDigit(s[digits - 1]) { digits -= 1 }
        return digits < k ? digits : nil
    }

    /// Brackets left holding nothing once their chrome is gone (`【字体：大 中 小】` -> `【 】`) go
    /// too, with the space before them.
    private static func withoutEmptyBrackets(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if let closer = closer(of: s[i]) {
                var j = i + 1
                while j < s.count && s[j] == " " { j += 1 }
                if j < s.count && s[j] == closer {
                    while out.last == " " { out.removeLast() }
                    i = j + 1
                    continue
                }
            }
            if !(s[i] == " " && out.isEmpty) { out.append(s[i]) }
            i += 1
        }
        // A separator left at either end once chrome went (`Published 14 March 2024 · 5 min read`).
        while let last = out.last, last == " " || menuSeparators.contains(last) { out.removeLast() }
        while let first = out.first, first == " " || menuSeparators.contains(first) { out.removeFirst() }
        return out
    }

    private static let menuSeparators: Set<Unicode.Scalar> = ["·", "•", "|", "｜", "—"]

    private static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar? {
        switch opener {
        case "【": "】"
        case "[": "]"
        case "(": ")"
        case "（": "）"
        case "〔": "〕"
        case "［": "］"
        default: nil
        }
    }
}
