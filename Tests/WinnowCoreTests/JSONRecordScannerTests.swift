import Foundation
import Testing
@testable import WinnowCore

/// The JSON Lines fast path must read every record exactly as `JSONSerialization` does, or leave it
/// to Foundation.
@Suite struct JSONRecordScannerTests {
    private func scan(_ line: String) -> JSONRecordScanner.Fields? {
        scan(Array(line.utf8))
    }

    private func scan(_ bytes: [UInt8]) -> JSONRecordScanner.Fields? {
        bytes.withUnsafeBufferPointer { JSONRecordScanner.fields(of: $0) }
    }

    @Test func readsTheFieldsOfAPlainRecord() throws {
        let fields = try #require(scan(#"{"title":"標題","text":"第一段\n\n第二段 \"引\" \\ \/ \t","url":"https:\/\/example.com\/1","id":17,"tags":["a",{"b":null}],"ok":true}"#))
        #expect(fields.title == .string("標題"))
        #expect(fields.text == .string("第一段\n\n第二段 \"引\" \\ / \t"))
        #expect(fields.url == .string("https://example.com/1"))
        #expect(fields.date == .absent && fields.html == .absent)
    }

    @Test func decodesUnicodeEscapesAndSurrogatePairs() throws {
        let fields = try #require(scan(#"{"text":"\u00e9\u4E2D\ud83d\ude00\u0000x"}"#))
        #expect(fields.text == .string("é中😀\u{0}x"))
    }

    @Test func lastOccurrenceWinsAndNonStringsAreNotText() throws {
        #expect(try #require(scan(#"{"text":"a","text":"b"}"#)).text == .string("b"))
        #expect(try #require(scan(#"{"text":"a","text":3}"#)).text == .other)
        #expect(try #require(scan(#"{"t\u0065xt":"escaped name"}"#)).text == .string("escaped name"))
        #expect(try #require(scan(" {\"date\":\"2024-03-08\"} \r")).date == .string("2024-03-08"))
    }

    @Test(arguments: [
        #"{"text":"a",}"#, #"{"text":[1,]}"#, #"{"text":1e5}"#, #"[{"text":"a"}]"#, #""text""#,
        #"{"text":"\ud800"}"#, #"{"text":"\udc00"}"#, #"{"text":"\ud800\u0041"}"#, #"{"text":"\x"}"#,
        "{\"text\":\"a\tb\"}", #"{"text":"a"} x"#, #"{"text":01}"#, #"{"text":1.}"#, #"{"text":tru}"#,
        "\u{FEFF}{\"text\":\"a\"}", "{\"text\":\"\u{FEFF}a\"}", "{\"text\":\"\\n\u{FEFF}a\"}", #"{"text":"a""#,
    ])
    func leavesOddOrBrokenLinesToFoundation(_ line: String) {
        #expect(scan(line) == nil)
    }

    @Test func leavesInvalidUTF8ToFoundation() {
        #expect(scan(Array(#"{"text":""#.utf8) + [0xC3] + Array(#""}"#.utf8)) == nil)
        #expect(scan(Array(#"{"id":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#"","text":"a"}"#.utf8)) == nil)
    }

    /// Seeded mutations of well-formed records: whenever the scanner reads a line, Foundation
    /// reads the same fields from it.
    @Test func agreesWithFoundationOnMutatedRecords() {
        let seeds = [
            #"{"title":"標題 T","text":"第一段\n第二段 \"q\" \u4e2d\ud83d\ude00 end","url":"https:\/\/e.com\/1","date":"2024-03-08"}"#,
            #"{"html":"<p>a<\/p>","n":-0.25,"x":[true,false,null,{"y":[]}],"title":null}"#,
            #"{"text":"plain ascii text that is long enough to be scanned eight bytes at a time ..."}"#,
        ].map { Array($0.utf8) }
        let alphabet = Array(#"{}[]:,"\/ueE.-+0123456789abfnrtxTD \"#.utf8) + [0x09, 0x0D, 0x00, 0x1F, 0x7F, 0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xEF, 0xBB, 0xBF, 0xED, 0xA0, 0x80]
        var random = SeededRandom(seed: 6)
        var read = 0
        for round in 0..<6000 {
            var line = seeds[round % seeds.count]
            for _ in 0..<(1 + random.below(3)) {
                let at = random.below(line.count)
                switch random.next() % 3 {
                case 0: line[at] = alphabet[random.below(alphabet.count)]
                case 1: line.insert(alphabet[random.below(alphabet.count)], at: at)
                default: line.remove(at: at)
                }
            }
            guard let fields = scan(line) else { continue }
            read += 1
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            #expect(object != nil, "\(String(decoding: line, as: UTF8.self))")
            guard let object else { continue }
            for (name, field) in [("text", fields.text), ("html", fields.html), ("title", fields.title),
                                  ("date", fields.date), ("url", fields.url)] {
                #expect(field.string == object[name] as? String, "\(name) in \(String(decoding: line, as: UTF8.self))")
            }
        }
        #expect(read > 1000)  // the mutations leave many lines readable, so the comparison has teeth
    }
}
