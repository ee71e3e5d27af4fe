import Foundation
import Testing
@testable import WinnowCore

/// The one-pass lexicon must find, for every list, exactly what that list's own `TermMatcher` finds.
struct LineLexiconTests {
    static let samples = [
        "Share this: Facebook Twitter Email | Print", "ShareHolder shares rose; the shareholders SHARE it",
        "相關閱讀：熱門文章 | 分享到 微信 微博", "版权所有 © 2024 某某网 All Rights Reserved. We use cookies.",
        "免费在线视频_久久综合网_在线观看免费_高清影院在线观看", "主站蜘蛛池模板: 站群 seo优化",
        "联系电话：021-12345678 投稿邮箱 editor@example.org QQ:88776655", "THE END of the story, and to the theatre",
        "发布时间：2024-01-01 来源：本站 浏览次数：12 关键词：政策", "核心提示：摘要 内容摘要 编者按", "图为公园一角。图片来源：某报",
        "(记者 王某 通讯员 李某) 责任编辑：赵某", "第1页 / 共28页 页/ 頁 /", "www.example.com.cn/a.net", "", "a", "相关", "abcabc",
    ]

    static var lines: [String] {
        let fixtures = ["zh-hant-policy.txt", "zh-hans-industry.txt", "en-climate.txt"].compactMap { name in
            try? String(contentsOf: ClassifierTestSupport.packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name),
                        encoding: .utf8)
        }
        return samples + fixtures.flatMap { $0.split(separator: "\n").map(String.init) }
    }

    private func triples(_ hits: some Sequence<LexiconHit>) -> [[Int]] { hits.map { [$0.term, $0.start, $0.end] } }

    @Test func everyListFindsWhatItsOwnMatcherFinds() {
        let matchers = LexiconList.allCases.map { TermMatcher($0.terms) }
        for line in Self.lines {
            let s = Array(line.unicodeScalars)
            let all = LineLexicon.shared.scan(s)
            for list in LexiconList.allCases {
                let expected = matchers[list.rawValue].matches(in: s).map { [$0.term, $0.start, $0.end] }
                #expect(triples(all.filter { $0.list == list }) == expected, "\(list) in \(line)")
                #expect(triples(LineLexicon.shared.scan(s, lists: list.bit)) == expected, "\(list) alone in \(line)")
            }
        }
    }

    @Test func featuresAnswerForListsLeftOutOfTheFirstScan() {
        // A long prose line: the contact list is not scanned up front, but asking still finds its terms.
        let prose = "市民可拨打热线反映问题，相关部门将在三个工作日内答复，联系电话见官网公告，欢迎监督。" + String(repeating: "这是一段很长的正文。", count: 10)
        let f = ClassifierTestSupport.line(prose)
        #expect(f.contains(.contact))
        #expect(triples(f.hits(.contact)) == TermMatcher(LexiconList.contact.terms).matches(in: f.scalars).map { [$0.term, $0.start, $0.end] })
    }
}
