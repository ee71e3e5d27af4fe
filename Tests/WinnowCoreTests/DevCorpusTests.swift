import Foundation
import Testing
@testable import WinnowCore

/// The project's seed page from the shared dev corpus, labelled exactly. Skipped when the corpus
/// is not beside the package.
@Suite struct DevCorpusTests {
    typealias T = ClassifierTestSupport

    @Test(.enabled(if: ClassifierTestSupport.hasDevCorpus, "needs ../shared/corpus/dev"))
    func seedPageIsLabelledExactly() throws {
        let url = T.devCorpus.appendingPathComponent("seed-gd-agi-policy.txt")
        let a = Analyzer().analyze(bytes: [UInt8](try Data(contentsOf: url)), path: url.path)
        var expected: [Int: LineKind] = [1: .spam, 44: .spam, 3: .boilerplate, 9: .boilerplate, 41: .boilerplate,
                                         42: .boilerplate, 43: .boilerplate, 5: .title, 7: .meta, 8: .lead,
                                         15: .heading, 29: .heading]
        for line in a.lines where expected[line.n] == nil { expected[line.n] = .body }
        #expect(Dictionary(uniqueKeysWithValues: a.lines.map { ($0.n, $0.kind) }) == expected)
        #expect(a.published == "2023-11-14")
        #expect(a.source == "科技日報")
        #expect(a.byline == "記者 葉 青")
        #expect(a.language == "zh-Hant")
        #expect(a.title == "廣東出臺“通用人工智能產業發展實施意見”")
        #expect(a.sections.map(\.line) == [15, 29])
        #expect(a.labelledLine(7)?.clean?.contains("放大字體") == false)
    }
}
