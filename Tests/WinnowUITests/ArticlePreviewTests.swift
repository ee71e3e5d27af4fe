import Foundation
import Testing
import WinnowCore
@testable import WinnowUI

/// A large page is shown as raw text at once while it is analysed, then its analysis takes over.
@Suite struct ArticlePreviewTests {
    /// What the indexer posts for a page before analysing it: its raw lines.
    func preview(of text: String, path: String = "big.txt") -> Analysis {
        ArticlePreview.analysis(of: LoadedDocument(path: path, source: SourceText(decoded: text)))
    }

    func text(paragraphs: Int) -> String {
        var lines = ["免费在线视频_高清影院_免费影院在线观看", "", "廣東發布氫能產業行動方案", ""]
        for i in 0..<paragraphs { lines += ["第\(i + 1)段:將加強關鍵材料研發,構建協同創新平台,推動系統成本持續下降。", ""] }
        return lines.joined(separator: "\n")
    }

    /// The state the browser has when the preview arrives: an empty library, nothing indexed yet.
    func previewing(_ preview: Analysis, rows: Int = 12, columns: Int = 100) -> AppState {
        var state = AppState(rows: rows, columns: columns)
        _ = update(&state, .previewArrived(preview))
        return state
    }

    @Test func previewKeepsEveryNonBlankLineWithItsNumberAndOffsets() {
        let page = "標題\n\n  \n第一段。\r\n第二段。"
        let p = preview(of: page)
        #expect(p.lines.map(\.n) == [1, 4, 5])
        #expect(p.lines.map(\.text) == ["標題", "第一段。", "第二段。"])
        let scalars = Array(SourceText(decoded: page).text.unicodeScalars)
        for line in p.lines { #expect(String(String.UnicodeScalarView(scalars[line.start..<line.end])) == line.text) }
    }

    @Test func previewShowsTheRawTextAndSaysItIsAnalysing() {
        let state = previewing(preview(of: text(paragraphs: 40)))
        #expect(state.screen == .article)
        #expect(state.mode == .raw)
        let frame = ScreenRenderer.render(state)
        #expect(frame.rows(containing: "免费在线视频").count == 1)  // nothing removed yet
        #expect(frame.lines.last!.contains("RAW · analysing…"))
        #expect(!frame.lines.last!.contains("removed:"))
    }

    @Test func theCleanedViewIsNotOfferedBeforeTheAnalysis() {
        var state = previewing(preview(of: text(paragraphs: 40)))
        _ = update(&state, .toggleView)
        #expect(state.mode == .raw)
        #expect(ScreenRenderer.render(state).lines.last!.contains("still analysing"))
    }

    @Test func anUnmovedReaderGetsTheCleanedViewWhenTheAnalysisArrives() {
        let page = text(paragraphs: 40)
        var state = previewing(preview(of: page))
        let entry = LibraryEntry(number: 0, analysis: Analyzer().analyze(text: page, path: "big.txt"))
        let effects = update(&state, .documentsArrived([entry], IndexProgress(finished: true)))
        #expect(effects == [.openArticle(number: 0)])
        _ = update(&state, .articleOpened(number: 0, Analyzer().analyze(text: page, path: "big.txt")))
        #expect(!state.isPreview)
        #expect(state.mode == .cleaned)
        #expect(state.top == ScrollPosition(block: 0))
        let frame = ScreenRenderer.render(state)
        #expect(frame.rows(containing: "免费在线视频").isEmpty)  // the spam line is gone
        #expect(frame.lines.last!.contains("CLEANED"))
    }

    @Test func aReaderWhoScrolledStaysOnTheSameLineInTheRawView() {
        let page = text(paragraphs: 40)
        var state = previewing(preview(of: page), columns: 200)
        _ = update(&state, .scrollLines(10))
        let line = state.topLine
        #expect(line > 1)
        _ = update(&state, .articleOpened(number: 0, Analyzer().analyze(text: page, path: "big.txt")))
        #expect(!state.isPreview)
        #expect(state.mode == .raw)
        #expect(state.topLine == line)
        #expect(ScreenRenderer.render(state).lines.last!.contains("v shows the cleaned article"))
    }

    @Test func theIndexerPostsAPreviewOfALargeFirstDocument() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-preview-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let page = text(paragraphs: 7000)
        #expect(page.utf8.count >= ArticlePreview.minimumBytes)
        try page.write(to: url, atomically: true, encoding: .utf8)
        let feed = LibraryFeed()
        CorpusSource(paths: [url.path]).index(into: feed)
        #expect(feed.takePreview()?.lines.count == 7002)
    }

    @Test func aPreviewArrivingAfterTheFirstArticleIsIgnored() {
        var state = AppState(rows: 12, columns: 100)
        let page = text(paragraphs: 3)
        let analysis = Analyzer().analyze(text: page, path: "a.txt")
        _ = update(&state, .documentsArrived([LibraryEntry(number: 0, analysis: analysis)], IndexProgress(finished: false)))
        _ = update(&state, .previewArrived(preview(of: page)))
        #expect(!state.isPreview)
        #expect(state.screen == .library)
    }

    @Test func theIndexerKeepsTheFirstArticleSoASingleFileIsNotAnalysedTwice() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-preview-\(UUID().uuidString).txt")
        try text(paragraphs: 5).write(to: url, atomically: true, encoding: .utf8)
        let source = CorpusSource(paths: [url.path])
        let feed = LibraryFeed()
        source.index(into: feed)
        #expect(feed.takePreview() == nil)  // small: opens straight on its analysis
        let entry = try #require(feed.drain().entries.first)
        // Gone from disk: only the kept analysis can answer.
        try FileManager.default.removeItem(at: url)
        let analysis = try source.analysis(of: entry).get()
        #expect(analysis.lines.first?.kind == .spam)
    }
}
