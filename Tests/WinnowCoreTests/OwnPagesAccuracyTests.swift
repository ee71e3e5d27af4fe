import Foundation
import Testing
import WinnowCore

/// Scores the classifier on the labelled pages in `Fixtures/pages` (our own text, in the shared
/// corpus' gold format): junk found and article kept, line kinds, titles and sections.
@Suite struct OwnPagesAccuracyTests {
    struct Gold: Decodable {
        var title: String?
        var lines: [String: String]
        var sections: [String]
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/pages")

    static var pages: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test func everyPageHasGold() {
        #expect(Self.pages.count >= 5)
        for page in Self.pages {
            #expect(FileManager.default.fileExists(atPath: Self.directory.appendingPathComponent(page + ".gold.json").path))
        }
    }

    @Test func junkArticleKindsTitlesAndSections() throws {
        var junkHit = 0, junkPredicted = 0, junkGold = 0, articleKept = 0, articleGold = 0
        var kindsRight = 0, kinds = 0, titlesRight = 0, sectionsRight = 0, sectionsGold = 0
        for page in Self.pages {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: Self.directory.appendingPathComponent(page + ".gold.json")))
            let bytes = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(page + ".txt")))
            let analysis = Analyzer().analyze(bytes: bytes, path: page)
            let predicted = Dictionary(uniqueKeysWithValues: analysis.lines.map { ($0.n, $0.kind) })
            for (number, goldKind) in gold.lines {
                let kind = predicted[Int(number)!] ?? .body
                let isJunk = goldKind == "spam" || goldKind == "boilerplate"
                junkGold += isJunk ? 1 : 0
                junkPredicted += kind.isJunk ? 1 : 0
                junkHit += isJunk && kind.isJunk ? 1 : 0
                articleGold += isJunk ? 0 : 1
                articleKept += !isJunk && !kind.isJunk ? 1 : 0
                kinds += 1
                kindsRight += kind.rawValue == goldKind ? 1 : 0
            }
            titlesRight += analysis.title == gold.title ? 1 : 0
            sectionsGold += gold.sections.count
            sectionsRight += gold.sections.filter { s in analysis.sections.contains { $0.title == s } }.count
        }
        let precision = Double(junkHit) / Double(max(1, junkPredicted)), recall = Double(junkHit) / Double(max(1, junkGold))
        let junkF1 = 2 * precision * recall / max(1e-9, precision + recall)
        #expect(junkF1 >= 0.95, "junk F1 \(junkF1)")
        #expect(Double(articleKept) / Double(articleGold) >= 0.98)
        #expect(Double(kindsRight) / Double(kinds) >= 0.90, "kind accuracy \(Double(kindsRight) / Double(kinds))")
        #expect(titlesRight >= Self.pages.count - 1)
        #expect(Double(sectionsRight) / Double(max(1, sectionsGold)) >= 0.8)
    }
}
