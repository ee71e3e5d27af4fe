import Foundation
import Testing

/// Directories, JSONL corpora and HTML through the built binary: order, errors, exit status.
@Suite struct BatchInputTests {
    /// A fresh temporary folder holding `files` (relative path -> contents).
    private func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-batch-\(UUID().uuidString)")
        for (relative, bytes) in files {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    private func paths(ofJSONLines output: String) throws -> [String] {
        try output.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["path"] as! String
        }
    }

    @Test func nestedDirectoryIsReadRecursivelyInNameOrder() throws {
        let root = try folder([
            "b/2.txt": Array("乙。\n".utf8),
            "a.txt": Array("甲。\n".utf8),
            "b/1.html": Array("<p>丙。</p>".utf8),
            "b/c/3.jsonl": Array("{\"text\":\"丁。\"}\n{\"text\":\"戊。\"}\n".utf8),
            "notes.pdf": [0x25, 0x50, 0x44, 0x46],
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", root.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "")
        let names = try paths(ofJSONLines: outcome.stdout).map { $0.replacingOccurrences(of: root.path + "/", with: "") }
        #expect(names == ["a.txt", "b/1.html", "b/2.txt", "b/c/3.jsonl:1", "b/c/3.jsonl:2"])
    }

    /// Long JSON lines are written while they are made when it is their document's turn; a
    /// directory's lines must still be exactly each file's own line, whole and in name order,
    /// whichever document finishes first.
    @Test func longLinesAmongShortOnesComeOutWholeAndInOrder() throws {
        let paragraph = "到2030年，全省產業規模突破1500億元，企業數量超過300家。兩地將加強關鍵材料研發，構建協同創新平台。\n"
        let long = Array(("長篇政策文章\n" + String(repeating: paragraph, count: 12_000)).utf8)  // about 2 MB of JSON
        let short = Array(("短文\n" + paragraph).utf8)
        let root = try folder(["1.txt": short, "2.txt": long, "3.txt": short, "4.txt": long, "5.txt": short])
        defer { try? FileManager.default.removeItem(at: root) }
        let together = try WinnowBinary.run(["analyze", "--format", "json", root.path])
        #expect(together.status == 0)
        var alone = ""
        for name in ["1.txt", "2.txt", "3.txt", "4.txt", "5.txt"] {
            alone += try WinnowBinary.run(["analyze", "--format", "json", root.appendingPathComponent(name).path]).stdout
        }
        #expect(together.stdout.utf8.count > 4_000_000)
        #expect(together.stdout == alone)
    }

    @Test func emptyDirectoryIsReportedAndOthersStillRun() throws {
        let empty = try folder([:])
        let full = try folder(["x.txt": Array("正文。\n".utf8)])
        defer {
            try? FileManager.default.removeItem(at: empty)
            try? FileManager.default.removeItem(at: full)
        }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", empty.path, full.path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.split(separator: "\n").count == 1)
        #expect(outcome.stderr.contains(empty.path))
        #expect(try paths(ofJSONLines: outcome.stdout).count == 1)
    }

    @Test func brokenJSONLinesAreNamedByLineAndTheRestProcessed() throws {
        let root = try folder(["corpus.jsonl": Array("""
            {"text": "第一篇。", "title": "一"}
            {"text": broken
            [1, 2]
            {"title": "no text"}
            {"html": "<p>第五篇。</p>", "date": "2024-01-02"}

            """.utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("corpus.jsonl").path
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", file])
        #expect(outcome.status == 1)
        let errors = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(errors == ["winnow: \(file):2: not valid JSON", "winnow: \(file):3: not a JSON object",
                           "winnow: \(file):4: no \"text\" or \"html\" string field"])
        let names = try paths(ofJSONLines: outcome.stdout)
        #expect(names == ["\(file):1", "\(file):5"])
        let last = try JSONSerialization.jsonObject(with: Data(outcome.stdout.split(separator: "\n")[1].utf8)) as! [String: Any]
        #expect(last["published"] as? String == "2024-01-02")
    }

    @Test func legacyEncodingIsNamedInTheJSON() throws {
        // "中文" in Big5, then ASCII.
        let root = try folder(["big5.txt": [0xA4, 0xA4, 0xA4, 0xE5] + Array(" ok\n".utf8)])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", root.appendingPathComponent("big5.txt").path])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect(object["encoding"] as? String == "big5")
        #expect(((object["lines"] as! [[String: Any]])[0]["text"] as? String) == "中文 ok")
    }

    @Test func binaryFileIsRefusedWithOneLine() throws {
        let root = try folder(["blob.txt": (0..<4096).map { UInt8($0 % 256) }])
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("blob.txt").path
        let outcome = try WinnowBinary.run(["clean", path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "winnow: \(path): binary file, not text\n")
        #expect(outcome.stdout == "")
    }

    @Test func inputFilesAreNeverModified() throws {
        let bytes = Array("標題\r\n\r\n正文。\r\n".utf8)
        let root = try folder(["crlf.txt": bytes])
        defer { try? FileManager.default.removeItem(at: root) }
        let url = root.appendingPathComponent("crlf.txt")
        let before = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
        _ = try WinnowBinary.run(["analyze", "--format", "json", url.path])
        _ = try WinnowBinary.run(["clean", url.path])
        #expect(try [UInt8](Data(contentsOf: url)) == bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date == before)
    }

    @Test func htmlInGB2312IsDecodedByItsMetaCharset() throws {
        // "<p>中文</p>" with the ideographs in GB2312 bytes, announced by a meta charset.
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>t</title></head><body><p>".utf8)
        let bytes = head + [0xD6, 0xD0, 0xCE, 0xC4] + Array("</p><script>var x = 1;</script></body></html>".utf8)
        let root = try folder(["page.html": bytes])
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", root.appendingPathComponent("page.html").path])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect(object["encoding"] as? String == "gb18030")
        let texts = (object["lines"] as! [[String: Any]]).map { $0["text"] as! String }
        #expect(texts == ["中文"])
    }
}
