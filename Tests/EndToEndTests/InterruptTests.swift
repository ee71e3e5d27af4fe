import Foundation
import Testing

/// Ctrl-C on a long batch run: it stops between documents, and what it wrote stays whole.
@Suite struct InterruptTests {
    @Test func interruptedAnalyzeLeavesOnlyWholeJSONLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-int-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Enough articles that the run is still going when the signal arrives.
        var corpus = ""
        let paragraph = "到2030年，全省產業規模突破1500億元，企業數量超過300家。兩地將加強關鍵材料研發，構建協同創新平台。"
        for i in 0..<20_000 {
            corpus += "{\"title\":\"第\(i)篇\",\"text\":\"標題\(i)\\n\\n\(paragraph)\\n\\n\(paragraph)\"}\n"
        }
        let input = dir.appendingPathComponent("corpus.jsonl")
        try Data(corpus.utf8).write(to: input)
        let output = dir.appendingPathComponent("out.jsonl")
        FileManager.default.createFile(atPath: output.path, contents: nil)

        let process = Process()
        process.executableURL = WinnowBinary.url
        process.arguments = ["analyze", "--format", "json", input.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first output, then interrupt.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, (try? Data(contentsOf: output))?.isEmpty ?? true { usleep(20_000) }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()

        #expect(process.terminationStatus == 130)
        let written = try Data(contentsOf: output)
        #expect(written.last == 0x0A, "output ends with a whole line")
        let lines = written.split(separator: 0x0A)
        #expect(!lines.isEmpty && lines.count < 20_000, "stopped part way: \(lines.count) documents")
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil)
        }
    }
}
