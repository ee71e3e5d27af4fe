import Testing
import WinnowCore

/// `Finding` stores its fields compactly; what a caller sets is what it reads back.
@Suite struct FindingTests {
    @Test func aClauseCutFromAPageReadsBackExactly() {
        let page = "標題\n到2025年，產業規模突破3000億元。\nEnglish tail"
        let from = page.index(page.startIndex, offsetBy: 3), to = page.index(page.startIndex, offsetBy: 23)
        let clause = page[from..<to]
        let finding = Finding(text: clause, line: 2, start: 3, end: 23, year: 2025,
                              quantity: Quantity(value: 3000, unit: "億元", comparator: ">"), rank: "全國第一", actor: "廣東")
        #expect(finding.text == "到2025年，產業規模突破3000億元。")
        #expect(finding.text.base == page)  // shares the page, no copy
        #expect((finding.line, finding.start, finding.end, finding.year) == (2, 3, 23, 2025))
        #expect(finding.quantity == Quantity(value: 3000, unit: "億元", comparator: ">"))
        #expect(finding.rank == "全國第一" && finding.actor == "廣東")
    }

    @Test func offsetsBeyond32BitsAndOddComparatorsAreKeptWhole() {
        var finding = Finding(text: "clause", line: 1, start: 5_000_000_000, end: 5_000_000_006,
                              quantity: Quantity(value: 1.5, unit: "%", comparator: "~"))
        #expect((finding.start, finding.end) == (5_000_000_000, 5_000_000_006))
        #expect(finding.quantity?.comparator == "~")
        finding.start = Int(UInt32.max)
        finding.end = -1
        #expect((finding.start, finding.end) == (Int(UInt32.max), -1))
        finding.start = 7
        finding.end = 9
        finding.quantity = nil
        #expect((finding.start, finding.end) == (7, 9))
        #expect(finding == Finding(text: "clause", line: 1, start: 7, end: 9))
    }

    @Test func settingTheTextReplacesIt() {
        var finding = Finding(text: "舊的", line: 1, start: 0, end: 2)
        let page = "前文新的條文"
        finding.text = page[page.index(page.startIndex, offsetBy: 2)...]
        #expect(finding.text == "新的條文")
        #expect(finding != Finding(text: "舊的", line: 1, start: 0, end: 2))
    }
}
