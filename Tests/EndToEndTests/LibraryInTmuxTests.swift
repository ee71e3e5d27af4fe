import Foundation
import Testing

/// The library in a real terminal: a JSONL corpus with a broken line streams in, sorts, opens
/// and returns; the broken line is reported on stderr after the terminal is given back.
@Suite(.enabled(if: TmuxDriver.isAvailable, "tmux is not installed"))
struct LibraryInTmuxTests {
    @Test func corpusOpensOnTheLibraryAndArticlesOpenAndReturn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-lib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("news.jsonl")
        let records = (1...30).map { i in
            #"{"title": "Harbour report number \#(i)", "date": "2024-05-\#(i < 10 ? "0" : "")\#(i)", "text": "Harbour report number \#(i)\nThe harbour moved \#(i) thousand containers this week, the port authority said on Monday."}"#
        }
        try (records.prefix(3) + [#"{"title": "#] + records.dropFirst(3)).joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)

        let tmux = try TmuxDriver([WinnowBinary.url.path, corpus.path], columns: 110, rows: 24)
        #expect(tmux.waitUntil { $0.first?.contains("Library · 30 articles") == true })
        #expect(tmux.waitUntil { $0.last?.contains("article 1/30") == true })
        tmux.press("2", "g")  // newest first; the selection follows its article, g goes to the top
        #expect(tmux.waitUntil { $0.count > 2 && $0[2].contains("› Harbour report number 30") })
        tmux.press("j", "Enter")
        #expect(tmux.waitUntil { $0.first?.contains("Harbour report number 29") == true })
        #expect(tmux.waitUntil { $0.last?.contains("article 2/30") == true })
        tmux.press("J")
        #expect(tmux.waitUntil { $0.first?.contains("Harbour report number 28") == true })
        tmux.press("q")
        #expect(tmux.waitUntil { $0.first?.contains("Library") == true })
        tmux.press("q")
        #expect(tmux.exitStatus() == 1, "a broken line is a failed input")
        #expect(tmux.waitUntil { lines in lines.contains { $0.contains("news.jsonl:4: not valid JSON") } })
    }
}
