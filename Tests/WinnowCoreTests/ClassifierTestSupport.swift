import Foundation
@testable import WinnowCore

/// Helpers shared by the classifier tests.
enum ClassifierTestSupport {
    /// The package root: three levels above `Tests/WinnowCoreTests/ClassifierTestSupport.swift`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared dev corpus beside the package (absent on most machines).
    static let devCorpus: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static var hasDevCorpus: Bool {
        FileManager.default.fileExists(atPath: devCorpus.appendingPathComponent("seed-gd-agi-policy.txt").path)
    }

    static func fixture(_ name: String) throws -> Analysis {
        let url = packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name)
        return Analyzer().analyze(bytes: [UInt8](try Data(contentsOf: url)), path: name)
    }

    static func line(_ text: String, n: Int = 1) -> LineFeatures {
        LineFeatures(n: n, index: n - 1, raw: Substring(text))
    }

    static let traditionalPage = PageContext(script: .traditionalOnly, isEnglish: false)
    static let simplifiedPage = PageContext(script: .simplifiedOnly, isEnglish: false)
    static let englishPage = PageContext(script: .shared, isEnglish: true)

    /// Classifies a page given as lines.
    static func page(_ lines: [String]) -> ClassifiedPage {
        PageClassifier().classify(SourceText(decoded: lines.joined(separator: "\n")))
    }

    /// Classifies a page given as lines and returns the kind of each non-empty line by number.
    static func kinds(_ lines: [String]) -> [Int: LineKind] {
        let page = page(lines)
        return Dictionary(uniqueKeysWithValues: page.lines.map { ($0.n, $0.kind) })
    }
}

extension Analysis {
    func labelledLine(_ n: Int) -> AnalyzedLine? { lines.first { $0.n == n } }
    func kind(ofLine n: Int) -> LineKind? { labelledLine(n)?.kind }
}
