import Foundation
import Testing
@testable import WinnowCore

/// The three sample articles in `Fixtures/` as a reader would label them.
@Suite struct FixtureClassificationTests {
    typealias T = ClassifierTestSupport

    @Test func traditionalPolicyArticle() throws {
        let a = try T.fixture("zh-hant-policy.txt")
        #expect(a.language == "zh-Hant")
        #expect(a.title == "浙閩兩地聯合發布氫能產業行動方案")
        #expect(a.published == "2024-03-08")
        #expect(a.source == "經濟觀察報")
        #expect(a.byline == "記者 林 思遠")
        #expect(a.kind(ofLine: 1) == .spam)
        #expect(a.kind(ofLine: 33) == .spam)
        for n in [3, 5, 30, 31, 32] { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        #expect(a.kind(ofLine: 7) == .title)
        #expect(a.kind(ofLine: 9) == .meta)
        #expect(a.labelledLine(9)?.clean?.hasPrefix("發布時間") == true)
        #expect(a.kind(ofLine: 10) == .lead)
        #expect(a.sections.map(\.title) == ["一、發展目標", "二、重點任務"])
        for n in [12, 16, 18, 22, 24, 26, 28] { #expect(a.kind(ofLine: n) == .body, "line \(n)") }
    }

    @Test func simplifiedIndustryArticle() throws {
        let a = try T.fixture("zh-hans-industry.txt")
        #expect(a.language == "zh-Hans")
        #expect(a.title == "西江市出台数字经济三年行动计划")
        #expect(a.published == "2024-05-20")
        #expect(a.source == "西江日报")
        #expect(a.byline?.contains("周敏") == true)
        #expect(a.kind(ofLine: 1) == .spam)
        #expect(a.kind(ofLine: 23) == .spam)
        for n in [2, 3] + Array(16...22) { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        #expect(a.kind(ofLine: 5) == .meta)
        #expect(a.kind(ofLine: 6) == .lead)
        #expect(a.kind(ofLine: 15) == .byline)
        #expect(a.sections.map(\.title) == ["一、主要目标", "二、重点举措"])
        for n in [7, 9, 11, 12, 13, 14] { #expect(a.kind(ofLine: n) == .body, "line \(n)") }
    }

    @Test func englishClimateArticle() throws {
        let a = try T.fixture("en-climate.txt")
        #expect(a.language == "en")
        #expect(a.title == "City Council Sets Target to Halve Transport Emissions by 2035")
        #expect(a.published == "2024-03-12")
        #expect(a.byline == "Maria Lopez")
        for n in [1, 3, 21, 23, 25, 27] { #expect(a.kind(ofLine: n) == .boilerplate, "line \(n)") }
        #expect(a.kind(ofLine: 7) == .byline)
        // Under the byline, the first paragraph is the text, not a standfirst.
        #expect(a.kind(ofLine: 9) == .body)
        #expect(a.sections.map(\.title) == ["Funding and delivery"])
        for n in [11, 15, 17, 19] { #expect(a.kind(ofLine: n) == .body, "line \(n)") }
        #expect(a.spamLineCount == 0)
    }

    /// A large page's lines decode their scalars on demand instead of holding them: every
    /// fixture page, and every line of it with pinyin or white space around it, is labelled the
    /// same either way.
    @Test func largePagesAreLabelledAsSmallOnesAre() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: T.packageRoot.appendingPathComponent("Fixtures/pages").path)
            .filter { $0.hasSuffix(".txt") }.map { "pages/" + $0 } + ["zh-hant-policy.txt", "zh-hans-industry.txt", "en-climate.txt"]
        #expect(pages.count >= 6)
        for name in pages {
            let bytes = [UInt8](try Data(contentsOf: T.packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name)))
            // Pinyin annotations and surrounding white space: the lines that cannot simply be decoded again.
            let text = String(decoding: bytes, as: UTF8.self) + "\n\u{3000} 推進(tuī jìn)產業發展。 \t\n"
            let held = PageClassifier().classify(SourceText(decoded: text))
            let decoded = PageClassifier(holdScalarsBelow: 0).classify(SourceText(decoded: text))
            #expect(held == decoded, "\(name)")
        }
    }
}
