/// Generates a deterministic corpus of scraped-looking articles: the same seed gives the same
/// bytes on every machine. Articles mix spam, boilerplate, a title block, meta, lead, headings,
/// body paragraphs with goals and measures, in Traditional, Simplified and English.
struct CorpusGenerator {
    private var rng: SplitMix64

    init(seed: UInt64 = 20261129) {
        rng = SplitMix64(seed: seed)
    }

    /// Articles until their UTF-8 size reaches `bytes`.
    mutating func articles(totalBytes bytes: Int) -> [String] {
        var out: [String] = []
        var total = 0
        while total < bytes {
            let article = nextArticle()
            total += article.utf8.count
            out.append(article)
        }
        return out
    }

    /// One article of about `paragraphs` paragraphs, in a language chosen by the generator unless given
    /// (0 Traditional Chinese, 1 Simplified, 2 English).
    mutating func nextArticle(paragraphs: Int? = nil, language chosen: Int? = nil) -> String {
        let language = chosen ?? Int(rng.next() % 3)
        let count = paragraphs ?? 4 + Int(rng.next() % 10)
        switch language {
        case 0: return chinese(traditional: true, paragraphs: count)
        case 1: return chinese(traditional: false, paragraphs: count)
        default: return english(paragraphs: count)
        }
    }

    private mutating func pick(_ items: [String]) -> String { items[Int(rng.next() % UInt64(items.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

    private mutating func chinese(traditional t: Bool, paragraphs: Int) -> String {
        let region = pick(t ? ["浙閩", "粵桂", "川渝", "蘇皖", "湘贛"] : ["浙闽", "粤桂", "川渝", "苏皖", "湘赣"])
        let sector = pick(t ? ["氫能", "人工智能", "新能源汽車", "生物醫藥", "數字經濟"] : ["氢能", "人工智能", "新能源汽车", "生物医药", "数字经济"])
        var lines: [String] = []
        lines.append((0..<6).map { _ in pick(["免费在线视频", "高清影院在线观看", "久久综合网", "最新影院", "在线观看免费"]) }.joined(separator: "_"))
        lines.append(t ? "客服熱線:0571-\(number(10_000_000...99_999_999))" : "客服热线:0571-\(number(10_000_000...99_999_999))")
        lines.append(t ? "您的位置:首頁 > 新聞中心 > 產業動態" : "您的位置:首页 > 新闻中心 > 产业动态")
        lines.append(t ? "\(region)兩地聯合發布\(sector)產業行動方案" : "\(region)两地联合发布\(sector)产业行动方案")
        lines.append((t ? "放大字體  縮小字體 發布時間:" : "放大字体  缩小字体 发布时间:")
                     + "2024年\(number(1...12))月\(number(1...28))日     " + (t ? "來源:經濟觀察報     瀏覽次數:" : "来源:经济观察报     浏览次数:") + "\(number(100...9999))")
        lines.append(t ? "核心提示:\(sector)是未來產業體系的重要組成部分。" : "核心提示:\(sector)是未来产业体系的重要组成部分。")
        for p in 0..<paragraphs {
            if p % 4 == 2 { lines.append(t ? "\(["一", "二", "三", "四", "五"][p / 4 % 5])、重點任務" : "\(["一", "二", "三", "四", "五"][p / 4 % 5])、重点任务") }
            var sentences: [String] = []
            for _ in 0..<number(2...5) {
                sentences.append(pick(t ? [
                    "到20\(number(25...35))年,\(sector)產業總產值突破\(number(100...5000))億元,企業數量超過\(number(100...3000))家",
                    "兩地將加強關鍵材料研發,構建產學研協同創新平台,推動系統成本持續下降",
                    "過去三年,兩地已累計建成示範項目\(number(10...90))個,初步形成了一批產業集群",
                    "省財政將在五年內安排專項資金\(number(10...100))億元,支持重大項目建設",
                    "有關負責人表示,下一步將建立聯席會議制度,定期協調解決重大問題",
                ] : [
                    "到20\(number(25...35))年,\(sector)产业总产值突破\(number(100...5000))亿元,企业数量超过\(number(100...3000))家",
                    "两地将加强关键材料研发,构建产学研协同创新平台,推动系统成本持续下降",
                    "过去三年,两地已累计建成示范项目\(number(10...90))个,初步形成了一批产业集群",
                    "省财政将在五年内安排专项资金\(number(10...100))亿元,支持重大项目建设",
                    "有关负责人表示,下一步将建立联席会议制度,定期协调解决重大问题",
                ]))
            }
            lines.append(sentences.joined(separator: "。") + "。")
        }
        lines.append(t ? "本網聲明:凡註明來源為其他媒體的稿件,均為轉載,並不代表本網站贊同其觀點。" : "本网声明:凡注明来源为其他媒体的稿件,均为转载,并不代表本网站赞同其观点。")
        lines.append(t ? "聯繫電話:0571-86668888" : "联系电话:0571-86668888")
        lines.append("主站蜘蛛池模板: " + (0..<12).map { _ in pick(["免费高清在线视频", "亚洲一区二区", "在线观看影院", "久久精品视频", "国产精品在线"]) }.joined(separator: "| "))
        return lines.joined(separator: "\n\n") + "\n"
    }

    private mutating func english(paragraphs: Int) -> String {
        let city = pick(["Riverside", "Northfield", "Lakeport", "Ashford", "Eastbury"])
        var lines: [String] = ["Home > News > Environment", "Share  Tweet  Email"]
        lines.append("\(city) Council Sets Target to Cut Emissions by 20\(number(30...45))")
        lines.append("By Staff Reporter | March \(number(1...28)), 2024")
        lines.append("The council has approved a plan to cut emissions from local transport within the next decade.")
        for p in 0..<paragraphs {
            if p % 4 == 2 { lines.append("Funding and delivery") }
            var sentences: [String] = []
            for _ in 0..<number(2...4) {
                sentences.append(pick([
                    "The council voted to adopt a target of reducing emissions by \(number(20...70))% by 20\(number(30...45))",
                    "The plan will invest £\(number(10...500)) million in electric buses over five years",
                    "Officials said the city aims to have \(number(1000...20000)) public charging points by 2030",
                    "Last year the city installed \(number(100...900)) charging points across its districts",
                    "Residents were invited to comment on the proposals at a series of public meetings",
                ]))
            }
            lines.append(sentences.joined(separator: ". ") + ".")
        }
        lines.append("Related articles")
        lines.append("Copyright © 2024 \(city) Gazette. All rights reserved.")
        lines.append("We use cookies to improve your experience. By continuing to browse you accept our cookie policy.")
        return lines.joined(separator: "\n\n") + "\n"
    }
}

/// A small, fast, deterministic generator (public-domain SplitMix64).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
