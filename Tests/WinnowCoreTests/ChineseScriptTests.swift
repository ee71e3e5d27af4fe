import Testing
@testable import WinnowCore

/// The generated Traditional-only / Simplified-only table (`ChineseScriptTable.swift`).
@Suite struct ChineseScriptTests {
    @Test(arguments: [
        ("書", ChineseScriptClass.traditionalOnly), ("书", .simplifiedOnly),
        ("國", .traditionalOnly), ("国", .simplifiedOnly),
        ("發", .traditionalOnly), ("发", .simplifiedOnly),
        ("與", .traditionalOnly), ("与", .simplifiedOnly),
        ("體", .traditionalOnly), ("体", .simplifiedOnly),
        ("人", .shared), ("中", .shared), ("的", .shared),
    ])
    func knownCharacters(_ character: String, _ expected: ChineseScriptClass) {
        #expect(ChineseScript.classify(character.unicodeScalars.first!) == expected)
    }

    @Test func everythingOutsideTheBlockIsShared() {
        for scalar in ["A", "é", "。", "，", "\u{3400}", "\u{4DFF}", "\u{A000}", "\u{F900}", "\u{20000}", "😀"] as [Unicode.Scalar] {
            #expect(ChineseScript.classify(scalar) == .shared, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func tableCoversTheWholeBlock() {
        // 2 bits per scalar, 32 per word: exactly enough words for U+4E00...U+9FFF.
        #expect(ChineseScript.packedClasses.count == Int(ChineseScript.tableLast - ChineseScript.tableBase + 1 + 31) / 32)
        // Both classes are well represented (several thousand Traditional-only and Simplified-only ideographs).
        var counts = [0, 0, 0]
        for v in ChineseScript.tableBase...ChineseScript.tableLast {
            counts[Int(ChineseScript.classify(Unicode.Scalar(v)!).rawValue)] += 1
        }
        #expect(counts[1] > 2000 && counts[2] > 2000)
    }
}
