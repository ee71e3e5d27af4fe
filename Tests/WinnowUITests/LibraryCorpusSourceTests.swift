import Foundation
import Testing
import WinnowCore
@testable import WinnowUI

@Suite struct LibraryCorpusSourceTests {
    /// A JSONL corpus of three articles with a broken line between them, in a temporary file.
    func corpus() throws -> URL {
        let lines = [
            #"{"title": "Harbour Bridge Reopens", "date": "2024-05-02", "text": "Harbour Bridge Reopens\nThe bridge reopened on Monday after two years of repairs to its deck and cables."}"#,
            #"{"title": "Broken"#,
            #"{"title": "Air Quality Plan Adopted", "text": "Air Quality Plan Adopted\nBy 2030 the city will cut fine dust by half, the council said on Tuesday evening."}"#,
            #"{"title": "Council Budget Passed", "text": "Council Budget Passed\nThe council passed next year's budget after a long debate about school repairs."}"#,
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-library-test-\(UUID().uuidString).jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func indexesSummariesInInputOrderAndReportsBrokenLines() throws {
        let url = try corpus()
        defer { try? FileManager.default.removeItem(at: url) }
        let feed = LibraryFeed()
        CorpusSource(paths: [url.path]).index(into: feed)
        let (entries, progress) = feed.drain()
        #expect(entries.map(\.title) == ["Harbour Bridge Reopens", "Air Quality Plan Adopted", "Council Budget Passed"])
        #expect(entries.map(\.number) == [0, 1, 2])
        #expect(entries[0].date == "2024-05-02")
        #expect(progress == IndexProgress(finished: true, failures: 1))
        #expect(feed.inputErrors.map(\.path) == ["\(url.path):2"])
    }

    @Test func anOpenedArticleIsReadAgainFromItsLine() throws {
        let url = try corpus()
        defer { try? FileManager.default.removeItem(at: url) }
        let feed = LibraryFeed()
        let source = CorpusSource(paths: [url.path])
        source.index(into: feed)
        let entries = feed.drain().entries
        let analysis = try source.analysis(of: entries[2]).get()
        #expect(analysis.path == "\(url.path):4")
        #expect(analysis.lines.contains { $0.text.contains("school repairs") })
        #expect(throws: InputError.self) {
            try source.analysis(of: LibraryEntry(number: 9, path: "\(url.path):9", title: "", date: "", source: "",
                                                 language: "en", junkShare: 0, goals: 0, measures: 0)).get()
        }
    }
}
