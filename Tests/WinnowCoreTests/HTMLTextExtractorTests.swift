import Testing
@testable import WinnowCore

@Suite struct HTMLTextExtractorTests {
    let page = """
        <!DOCTYPE html><html><head><title>站名 - 標題</title>
        <meta property="article:published_time" content="2024-03-08T09:00:00+08:00">
        <style>p { color: red }</style><script>var tracker = 1;</script></head>
        <body><div class="nav"><a href="/">首頁</a> &gt; <a href="/news">新聞</a></div>
        <!-- a comment that must not show -->
        <h1>兩地發布行動方案</h1>
        <p>第一段<b>正文</b>，有<a href="#">一個鏈接</a>。</p>
        <ul><li>甲項</li><li>乙項</li></ul>
        <noscript>請開啟腳本</noscript>
        <table><tr><td>左格</td><td>右格</td></tr></table>
        <p>第二行<br>換行後</p>
        </body></html>
        """

    @Test func blocksBecomeLinesAndScriptsAreDropped() {
        let result = HTMLTextExtractor().extract(page)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines == ["首頁 > 新聞", "兩地發布行動方案", "第一段正文，有一個鏈接。", "甲項", "乙項",
                          "左格", "右格", "第二行", "換行後"])
        #expect(!result.text.contains("tracker"))
        #expect(!result.text.contains("comment"))
        #expect(!result.text.contains("color"))
        #expect(!result.text.contains("請開啟腳本"))
    }

    @Test func hintsComeFromTitleHeadlineAndMeta() {
        let hints = HTMLTextExtractor().extract(page).hints
        #expect(hints.title == "站名 - 標題")
        #expect(hints.headline == "兩地發布行動方案")
        #expect(hints.published == "2024-03-08T09:00:00+08:00")
    }

    @Test func linkShareIsKeptPerLine() {
        let result = HTMLTextExtractor().extract(page)
        #expect(result.hints.linkShare.count == 9)
        #expect(result.hints.linkShare[0] > 0.7)   // the navigation line is mostly links
        #expect(result.hints.linkShare[1] == 0)    // the headline has none
        #expect(result.hints.linkShare[2] > 0 && result.hints.linkShare[2] < 0.5)
    }

    @Test func deeplyNestedMarkupDoesNotExhaustTheStack() {
        let depth = 50_000
        let html = String(repeating: "<div>", count: depth) + "深處" + String(repeating: "</div>", count: depth)
        #expect(HTMLTextExtractor().extract(html).text == "深處")
    }

    @Test func emptyAndBrokenMarkupGiveNoCrash() {
        #expect(HTMLTextExtractor().extract("").text == "")
        #expect(HTMLTextExtractor().extract("<p>未閉合<div><span>文字").text == "未閉合\n文字")
    }
}
