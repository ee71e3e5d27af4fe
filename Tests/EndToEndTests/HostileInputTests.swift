import Foundation
import Testing

/// Inputs that break lesser tools: each gives a clear outcome and the right exit status, and the
/// other inputs of the same run are still processed. (The full-size cases, a 20 MB single line and
/// a million short lines, are measured in README's Reliability section; a quarter of each runs here,
/// since the test build is unoptimised.)
@Suite struct HostileInputTests {
    private func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-hostile-\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aFiveMegabyteSingleLineIsCleaned() throws {
        let sentence = "Scraped text without a single line break, repeated to make one very long line. "
        let text = String(repeating: sentence, count: 5_000_000 / sentence.utf8.count)
        let url = try temporaryFile("long.txt", Array(text.utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try WinnowBinary.run(["clean", url.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.utf8.count >= text.utf8.count - 1)
        #expect(outcome.stderr == "")
    }

    @Test func aQuarterMillionShortLinesAreAllLabelled() throws {
        let lines = (0..<250_000).map { "第\($0)行" }
        let url = try temporaryFile("many.txt", Array(lines.joined(separator: "\n").utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", url.path])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect((object["lines"] as! [Any]).count == 250_000)
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file, so permission cannot be denied"))
    func unreadableFileIsReportedAndTheOthersProcessed() throws {
        let locked = try temporaryFile("locked.txt", Array("正文。\n".utf8))
        let open = try temporaryFile("open.txt", Array("正文。\n".utf8))
        defer {
            try? FileManager.default.removeItem(at: locked)
            try? FileManager.default.removeItem(at: open)
        }
        chmod(locked.path, 0)
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", locked.path, open.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "winnow: \(locked.path): permission denied\n")
        #expect(outcome.stdout.split(separator: "\n").count == 1)
    }

    @Test func deeplyNestedHTMLFileIsRead() throws {
        let depth = 20_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>深處的正文。</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let url = try temporaryFile("nested.html", Array(html.utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try WinnowBinary.run(["clean", url.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "深處的正文。\n")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func outputThatCannotBeWrittenIsOneLineAndStatusOne() throws {
        let url = try temporaryFile("page.txt", Array("到2030年，全省產業規模突破3000億元。\n".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        for command in [["analyze", "--format", "json"], ["clean"]] {
            let outcome = try WinnowBinary.run(command + [url.path], stdoutPath: "/dev/full")
            #expect(outcome.status == 1, "\(command[0])")
            #expect(outcome.stderr == "winnow: cannot write output: No space left on device\n", "\(command[0])")
        }
    }
}
