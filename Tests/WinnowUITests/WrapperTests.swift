import Testing
@testable import WinnowUI

@Suite struct WrapperTests {
    let measure = DisplayWidth()

    func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Wrapper(width: width, measure: measure).rows(of: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    func checkRules(_ rows: [String], width: Int) {
        for (i, row) in rows.enumerated() {
            #expect(measure.width(of: row) <= width, "row \(i) too wide: \(row)")
            if i > 0, let first = row.unicodeScalars.first {
                #expect(!LineBreakRules.cannotStart.contains(first), "row \(i) starts with \(first): \(row)")
            }
            if i < rows.count - 1, let last = row.unicodeScalars.last {
                #expect(!LineBreakRules.cannotEnd.contains(last), "row \(i) ends with \(last): \(row)")
            }
        }
    }

    static let chinese = "方案提出,到2030年,兩地氫能產業總產值突破1500億元,加氫站數量超過300座,燃料電池汽車推廣應用達到2萬輛,力爭建成國內領先的氫能裝備製造基地,形成“製儲運用”全鏈條協同發展格局。他說:「這是一個新的開始。」——這段話……很重要。"

    @Test(arguments: [10, 11, 20, 21, 33, 80])
    func chineseNeverExceedsWidthAndKeepsProhibitionRules(width: Int) {
        let rows = wrapped(Self.chinese, width: width)
        checkRules(rows, width: width)
        #expect(rows.joined() == Self.chinese)
    }

    @Test(arguments: [20, 40])
    func fullwidthPunctuationAndQuotes(width: Int) {
        let text = String(repeating: "發展目標，「重點任務」（試行）《方案》。", count: 6)
        checkRules(wrapped(text, width: width), width: width)
    }

    @Test func dashesAndEllipsesStayWhole() {
        for width in 8...30 {
            for row in wrapped(Self.chinese, width: width) {
                #expect(!(row.hasSuffix("…") && !row.hasSuffix("……")), "split ellipsis at width \(width): \(row)")
                #expect(!(row.hasSuffix("—") && !row.hasSuffix("——")), "split dash at width \(width): \(row)")
            }
        }
    }

    @Test func latinWordsAreNotSplit() {
        let text = "The Government will publish a strategy for hydrogen infrastructure by 2030, officials said."
        let rows = wrapped(text, width: 20)
        checkRules(rows, width: 20)
        let words = Set(text.split(separator: " ").map(String.init))
        for row in rows { for word in row.split(separator: " ") { #expect(words.contains(String(word)), "split word \(word)") } }
    }

    @Test func mixedChineseAndLatin() {
        let text = "浙閩兩地 Hydrogen Corridor 計劃於2030年建成，投資 1500 億元，covering 300 stations。"
        for width in [12, 20, 27] {
            let rows = wrapped(text, width: width)
            checkRules(rows, width: width)
            #expect(!rows.contains { $0.hasSuffix("Hydro") || $0.hasSuffix("Corri") }, "\(rows)")
        }
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let rows = wrapped(String(repeating: "x", count: 45), width: 20)
        #expect(rows.map(\.count) == [20, 20, 5])
    }

    @Test func aWideCharacterNeverCrossesTheEdge() {
        let rows = wrapped("abc中文字", width: 4)
        #expect(rows.allSatisfy { measure.width(of: $0) <= 4 })
    }
}

@Suite struct AmbiguousWidthWrapTests {
    @Test func ambiguousWideSettingNarrowsWhatFits() {
        let text = "“氫能”……“走廊”·“協同”"
        let wide = DisplayWidth(ambiguousIsWide: true)
        let scalars = Array(text.unicodeScalars)
        for width in [6, 9, 14] {
            let rows = Wrapper(width: width, measure: wide).rows(of: scalars)
            #expect(rows.allSatisfy { wide.width(of: String(String.UnicodeScalarView(scalars[$0]))) <= width })
        }
        #expect(Wrapper(width: 12, measure: wide).rows(of: scalars).count
                > Wrapper(width: 12, measure: DisplayWidth()).rows(of: scalars).count)
    }
}
