import Foundation
import Testing
@testable import WinnowCore

@Suite struct JSONLinesWriterTests {
    @Test func writesTheContractFieldsInOrderAndParses() throws {
        var analysis = Analysis(path: "a/b.txt", encoding: "utf-8", language: "zh-Hant", title: "標題 \"引號\"")
        analysis.lines = [AnalyzedLine(n: 1, kind: .spam, text: "久久\t综合\\", reasons: ["keyword-stuffing"], start: 0, end: 6)]
        analysis.goals = [Finding(text: "突破3000億元", line: 3, start: 10, end: 18, year: 2025,
                                  quantity: Quantity(value: 3000, unit: "億元", comparator: ">"))]
        let line = JSONLinesWriter().line(for: analysis)
        #expect(!line.contains("\n"))
        let keys = ["schema", "path", "encoding", "language", "title", "published", "source", "byline",
                    "lines", "regions", "sections", "goals", "measures"]
        let positions = keys.map { line.range(of: "\"\($0)\":")!.lowerBound }
        #expect(positions == positions.sorted())
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        #expect(object["title"] as? String == "標題 \"引號\"")
        #expect(object["published"] is NSNull)
        let lines = object["lines"] as! [[String: Any]]
        #expect(lines[0]["text"] as? String == "久久\t综合\\")
        let goal = (object["goals"] as! [[String: Any]])[0]
        #expect((goal["quantity"] as! [String: Any])["value"] as? Int == 3000)
        #expect(line.contains("\"value\":3000,"))
    }

    @Test func escapesEveryByteThatNeedsItWhereverItStands() throws {
        // Each escaped character at every offset of a long line (the writer scans 8 bytes at a time).
        for special in ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}"] {
            for offset in 0..<20 {
                let text = String(repeating: "國a", count: offset / 2) + (offset % 2 == 1 ? "b" : "") + special + "中文 text ~\u{7F}é"
                let analysis = Analysis(path: "p", encoding: "utf-8", language: "zh-Hant",
                                        lines: [AnalyzedLine(n: 1, kind: .body, text: text, start: -3, end: 1_234_567)])
                let line = JSONLinesWriter().line(for: analysis)
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                let first = (object["lines"] as! [[String: Any]])[0]
                #expect(first["text"] as? String == text)
                #expect(first["start"] as? Int == -3 && first["end"] as? Int == 1_234_567)
            }
        }
    }

    @Test func appendedLineIsTheLineAndANewline() {
        let analysis = Analysis(path: "x.txt", encoding: "utf-8", language: "en", title: "T")
        var out = Array("before\n".utf8)
        JSONLinesWriter().appendLine(for: analysis, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "before\n" + JSONLinesWriter().line(for: analysis) + "\n")
    }
}
