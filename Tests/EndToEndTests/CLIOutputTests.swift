import Foundation
import Testing

/// What `winnow analyze` and `winnow clean` print for the shipped sample articles.
@Suite struct CLIOutputTests {
    private func analyze(_ name: String) throws -> [String: Any] {
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", Fixture.path(name)])
        #expect(outcome.status == 0)
        return try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
    }

    @Test(arguments: ["zh-hant-policy.txt", "zh-hans-industry.txt", "en-climate.txt"])
    func jsonFollowsTheContract(name: String) throws {
        let object = try analyze(name)
        #expect(object["schema"] as? Int == 1)
        for key in ["path", "encoding", "language", "title", "published", "source", "byline",
                    "lines", "regions", "sections", "goals", "measures"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        let text = try String(contentsOfFile: Fixture.path(name), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        let fileLines = text.components(separatedBy: "\n")
        let lines = object["lines"] as! [[String: Any]]
        let kinds: Set<String> = ["title", "meta", "lead", "heading", "body", "byline", "caption", "boilerplate", "spam"]
        // Every non-empty line exactly once, in order, with one known kind and its exact text.
        let expectedNumbers = fileLines.indices.filter { !fileLines[$0].trimmingCharacters(in: .whitespaces).isEmpty }.map { $0 + 1 }
        #expect(lines.map { $0["n"] as! Int } == expectedNumbers)
        for line in lines {
            let n = line["n"] as! Int
            #expect(kinds.contains(line["kind"] as! String))
            #expect(line["text"] as? String == fileLines[n - 1])
            #expect(!(line["reasons"] as! [String]).isEmpty)
        }
        // Goals and measures point at their exact text.
        for item in (object["goals"] as! [[String: Any]]) + (object["measures"] as! [[String: Any]]) {
            let start = item["start"] as! Int, end = item["end"] as! Int
            #expect(0 <= start && start < end && end <= scalars.count)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == item["text"] as? String)
        }
        // Regions cover exactly the junk lines.
        let junk = Set(lines.filter { ["spam", "boilerplate"].contains($0["kind"] as! String) }.map { $0["n"] as! Int })
        var covered = Set<Int>()
        for region in object["regions"] as! [[String: Any]] {
            let first = region["first"] as! Int, last = region["last"] as! Int
            covered.formUnion(Set(expectedNumbers.filter { $0 >= first && $0 <= last }))
        }
        #expect(covered == junk)
    }

    @Test func traditionalSampleFieldsAndLabels() throws {
        let object = try analyze("zh-hant-policy.txt")
        #expect(object["language"] as? String == "zh-Hant")
        #expect(object["title"] as? String == "浙閩兩地聯合發布氫能產業行動方案")
        #expect(object["published"] as? String == "2024-03-08")
        #expect(object["source"] as? String == "經濟觀察報")
        #expect(object["byline"] as? String == "記者 林 思遠")
        let kinds = Dictionary(uniqueKeysWithValues: (object["lines"] as! [[String: Any]]).map { ($0["n"] as! Int, $0["kind"] as! String) })
        #expect(kinds[1] == "spam")
        #expect(kinds[33] == "spam")
        for n in [3, 5, 30, 31, 32] { #expect(kinds[n] == "boilerplate", "line \(n)") }
        #expect(kinds[7] == "title")
        #expect(kinds[9] == "meta")
        #expect(kinds[10] == "lead")
        #expect(kinds[14] == "heading")
        #expect(kinds[20] == "heading")
        for n in [12, 16, 18, 22, 24, 26, 28] { #expect(kinds[n] == "body", "line \(n)") }
        let sections = (object["sections"] as! [[String: Any]]).map { $0["title"] as! String }
        #expect(sections == ["一、發展目標", "二、重點任務"])
    }

    @Test func simplifiedAndEnglishSampleFields() throws {
        let hans = try analyze("zh-hans-industry.txt")
        #expect(hans["language"] as? String == "zh-Hans")
        #expect(hans["title"] as? String == "西江市出台数字经济三年行动计划")
        #expect(hans["published"] as? String == "2024-05-20")
        #expect(hans["source"] as? String == "西江日报")
        let en = try analyze("en-climate.txt")
        #expect(en["language"] as? String == "en")
        #expect(en["title"] as? String == "City Council Sets Target to Halve Transport Emissions by 2035")
        #expect(en["published"] as? String == "2024-03-12")
    }

    @Test(arguments: ["zh-hant-policy.txt", "zh-hans-industry.txt", "en-climate.txt"])
    func cleanPrintsOnlyArticleLines(name: String) throws {
        let object = try analyze(name)
        let outcome = try WinnowBinary.run(["clean", Fixture.path(name)])
        #expect(outcome.status == 0)
        let printed = Set(outcome.stdout.components(separatedBy: "\n").filter { !$0.isEmpty })
        for line in object["lines"] as! [[String: Any]] {
            let text = (line["text"] as! String).trimmingCharacters(in: .whitespaces)
            let kind = line["kind"] as! String
            if kind == "spam" || kind == "boilerplate" {
                #expect(!printed.contains(text), "junk line \(line["n"]!) printed")
            } else if kind != "meta", line["clean"] == nil {
                #expect(printed.contains(text), "article line \(line["n"]!) missing")
            }
        }
    }

    @Test func cleanMetaLineDropsSiteChrome() throws {
        let outcome = try WinnowBinary.run(["clean", Fixture.path("zh-hant-policy.txt")])
        #expect(!outcome.stdout.contains("放大字體"))
        #expect(!outcome.stdout.contains("縮小字體"))
        #expect(outcome.stdout.contains("2024年3月8日"))
        #expect(outcome.stdout.contains("經濟觀察報"))
        #expect(outcome.stdout.hasPrefix("浙閩兩地聯合發布氫能產業行動方案\n\n"))
    }

    @Test func markdownMarksTitleAndHeadings() throws {
        let outcome = try WinnowBinary.run(["clean", "--format", "markdown", Fixture.path("zh-hant-policy.txt")])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.components(separatedBy: "\n")
        #expect(lines.first == "# 浙閩兩地聯合發布氫能產業行動方案")
        #expect(lines.contains("## 一、發展目標"))
        #expect(lines.contains("## 二、重點任務"))
    }

    @Test func emptyFileGivesEmptyArticleAndStatusZero() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-empty-\(UUID().uuidString).txt")
        try Data().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let json = try WinnowBinary.run(["analyze", "--format", "json", url.path])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect((object["lines"] as! [Any]).isEmpty)
        #expect(object["title"] is NSNull)
        let clean = try WinnowBinary.run(["clean", url.path])
        #expect(clean.status == 0)
        #expect(clean.stdout == "")
    }

    @Test func textReportMarksJunk() throws {
        let outcome = try WinnowBinary.run(["analyze", Fixture.path("zh-hant-policy.txt")])
        #expect(outcome.status == 0)
        let spamRow = outcome.stdout.components(separatedBy: "\n").first { $0.hasPrefix("!!  1 spam") }
        #expect(spamRow != nil)
        #expect(outcome.stdout.contains("-- outline"))
        #expect(outcome.stdout.contains("-- goals"))
    }

    @Test func crlfLinesAreNumberedLikeLFLines() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-crlf-\(UUID().uuidString).txt")
        try Data("標題行\r\n\r\n第一段正文。\r\n第二段正文。\r\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", url.path])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        let lines = object["lines"] as! [[String: Any]]
        #expect(lines.map { $0["n"] as! Int } == [1, 3, 4])
        #expect(lines.map { $0["text"] as! String } == ["標題行", "第一段正文。", "第二段正文。"])
    }

    @Test func invalidUTF8IsRepairedAndCounted() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-bad-\(UUID().uuidString).txt")
        try Data(Array("第一段正文，內容完整。\n第二段".utf8) + [0xFF] + Array("正文。\n".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", url.path])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect(object["invalid_bytes"] as? Int == 1)
        let texts = (object["lines"] as! [[String: Any]]).map { $0["text"] as! String }
        #expect(texts.last == "第二段\u{FFFD}正文。")
    }
}
