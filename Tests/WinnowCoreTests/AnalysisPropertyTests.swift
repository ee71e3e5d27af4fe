import Foundation
import Testing
import WinnowCore

/// Properties that hold for any input, checked over random and mutated pages: no crash; every
/// non-empty line gets exactly one kind; offsets are in bounds and point at their text; the
/// cleaned article is made only of the page's article lines, in order.
@Suite struct AnalysisPropertyTests {
    static let fixtures: [[UInt8]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
        let names = ["zh-hant-policy.txt", "zh-hans-industry.txt", "en-climate.txt"]
            + ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("pages").path)) ?? [])
                .filter { $0.hasSuffix(".txt") }.map { "pages/" + $0 }
        return names.compactMap { try? [UInt8](Data(contentsOf: root.appendingPathComponent($0))) }
    }()

    /// Mutations a scraper or a broken download produces: flipped bytes, cut pages, shuffled,
    /// doubled or dropped lines, stray markup, CR line ends, and plain random bytes.
    static func mutate(_ page: [UInt8], _ g: inout SeededRandom) -> [UInt8] {
        var bytes = page
        switch g.below(7) {
        case 0:
            for _ in 0..<(1 + g.below(20)) where !bytes.isEmpty { bytes[g.below(bytes.count)] = UInt8(g.below(256)) }
        case 1:
            bytes = Array(bytes.prefix(g.below(bytes.count + 1)))
        case 2:
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
            for _ in 0..<lines.count { lines.swapAt(g.below(lines.count), g.below(lines.count)) }
            bytes = Array(lines.joined(separator: [10]))
        case 3:
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
            let i = g.below(lines.count)
            if g.below(2) == 0 { lines.insert(lines[i], at: i) } else { lines.remove(at: i) }
            bytes = Array(lines.joined(separator: [10]))
        case 4:
            let junk = Array(["<div id=\"a1\"></div>", "久久综合|在线观看|免费视频|", "（", "「未閉合", "——……", "\u{FEFF}", "\t\t"][g.below(7)].utf8)
            bytes.insert(contentsOf: junk, at: g.below(bytes.count + 1))
        case 5:
            bytes = bytes.flatMap { $0 == 10 ? [13, 10] : [$0] }
        default:
            bytes = (0..<g.below(3000)).map { _ in UInt8(g.below(256)) }
        }
        return bytes
    }

    func checkProperties(_ bytes: [UInt8]) {
        let source = SourceText(bytes: bytes)
        let analysis = Analyzer().analyze(source, path: "property")
        let scalars = Array(source.text.unicodeScalars)
        let text = { (start: Int, end: Int) in String(String.UnicodeScalarView(scalars[start..<end])) }

        // Exactly the non-empty lines, once each, in order.
        let nonEmpty = source.lines.indices.filter { !source.lines[$0].unicodeScalars.allSatisfy(\.properties.isWhitespace) }.map { $0 + 1 }
        #expect(analysis.lines.map(\.n) == nonEmpty)
        for line in analysis.lines {
            #expect(0 <= line.start && line.start <= line.end && line.end <= scalars.count)
            #expect(text(line.start, line.end) == line.text)
            #expect(!line.reasons.isEmpty)
        }
        for item in analysis.goals + analysis.measures {
            #expect(0 <= item.start && item.start < item.end && item.end <= scalars.count)
            #expect(text(item.start, item.end) == item.text)
            #expect(analysis.lines.contains { $0.n == item.line && $0.kind.isArticle })
        }
        // The cleaned text is the article lines' (cleaned) text, in order, and nothing else.
        let trim = { (s: String) -> String in
            let v = s.unicodeScalars
            guard let a = v.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            let b = v.lastIndex(where: { !$0.properties.isWhitespace })!
            return String(String.UnicodeScalarView(v[a...b]))
        }
        let cleaned = CleanArticleFormatter().format(analysis).split(separator: "\n").map(String.init)
        let article = analysis.lines.filter { $0.kind.isArticle }.map { trim(String($0.displayText)) }.filter { !$0.isEmpty }
        #expect(cleaned == article.flatMap { $0.split(separator: "\n").map(String.init) },
                "cleaned text differs from the article lines (\(cleaned.count) vs \(article.count) lines)")
    }

    @Test func mutatedPagesKeepTheContract() {
        var g = SeededRandom(seed: 20261129)
        for round in 0..<400 {
            let page = Self.fixtures[round % Self.fixtures.count]
            checkProperties(Self.mutate(page, &g))
        }
    }

    @Test func edgeInputsKeepTheContract() {
        for bytes: [UInt8] in [[], [10], [13], [13, 10, 13], [0xFF], Array("\u{3000}\u{3000}".utf8), Array("(((((((((".utf8),
                               Array(repeating: 0x2D, count: 5000), Array("到2025年".utf8), Array("《".utf8)] {
            checkProperties(bytes)
        }
    }
}
