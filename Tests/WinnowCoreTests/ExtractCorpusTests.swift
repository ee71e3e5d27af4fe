import Foundation
import Testing
@testable import WinnowCore

/// The extractor on the dev corpus with the gold line kinds, scored with the scorer's rule
/// (a prediction matches a gold item when it overlaps at least half of it and is at most three
/// times as long). Skips when the corpus is not beside the project.
@Suite struct ExtractCorpusTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static var corpusPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    struct Tally { var gold = 0, predicted = 0, matched = 0
        var f1: Double {
            let p = predicted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(predicted)
            let r = gold == 0 ? 1 : Double(matched) / Double(gold)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    @Test(.enabled(if: corpusPresent)) func goalsAndMeasuresMatchTheGoldWithGoldLineKinds() throws {
        var goals = Tally(), measures = Tally()
        let verbose = ProcessInfo.processInfo.environment["EXTRACT_VERBOSE"] != nil
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        for name in names {
            let base = String(name.dropLast(".gold.json".count))
            let raw = try String(contentsOf: Self.corpus.appendingPathComponent(base + ".txt"), encoding: .utf8)
            let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent(name))) as! [String: Any]
            let source = SourceText(decoded: raw)
            let kinds = gold["lines"] as! [String: String]
            var lines: [AnalyzedLine] = []
            for (index, line) in source.lines.enumerated() {
                guard let kind = kinds[String(index + 1)].flatMap(LineKind.init(rawValue:)) else { continue }
                lines.append(AnalyzedLine(n: index + 1, kind: kind, text: String(line),
                                          start: source.lineStarts[index], end: source.lineEnd(index)))
            }
            let found = FindingExtractor().extract(from: lines)
            let text = Array(source.text.unicodeScalars)
            for (key, predicted) in [("goals", found.goals), ("measures", found.measures)] {
                let goldSpans = Self.goldSpans(text, gold[key] as? [Any] ?? [], lineStarts: source.lineStarts)
                let spans = predicted.map { $0.start..<$0.end }
                let (matched, unmatchedGold, unmatchedPred) = Self.match(goldSpans, spans)
                if key == "goals" { goals.gold += goldSpans.count; goals.predicted += spans.count; goals.matched += matched }
                else { measures.gold += goldSpans.count; measures.predicted += spans.count; measures.matched += matched }
                if verbose {
                    print("\(base) \(key) \(matched)/\(goldSpans.count) (\(spans.count))")
                    for g in unmatchedGold { print("   MISS \(Self.string(text, g))") }
                    for p in unmatchedPred { print("   EXTRA \(Self.string(text, spans[p]))") }
                }
            }
        }
        print("goals_f1=\(goals.f1) \(goals) measures_f1=\(measures.f1) \(measures)")
        #expect(goals.f1 >= 0.85)
        #expect(measures.f1 >= 0.75)
    }

    static func string(_ text: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var v = String.UnicodeScalarView(); v.append(contentsOf: text[r]); return String(v)
    }

    static func occurrences(_ text: [Unicode.Scalar], _ needle: [Unicode.Scalar], from: Int = 0) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var out: [Range<Int>] = []
        var i = from
        while i + needle.count <= text.count {
            if text[i] == needle[0] && Array(text[i..<(i + needle.count)]) == needle { out.append(i..<(i + needle.count)) }
            i += 1
        }
        return out
    }

    static func goldSpans(_ text: [Unicode.Scalar], _ items: [Any], lineStarts: [Int]) -> [Range<Int>] {
        var used: [String: Int] = [:]
        var spans: [Range<Int>] = []
        for item in items {
            if let d = item as? [String: Any], let s = d["text"] as? String, let n = d["line"] as? Int {
                if let r = occurrences(text, Array(s.unicodeScalars), from: lineStarts[n - 1]).first { spans.append(r) }
                continue
            }
            guard let s = item as? String else { continue }
            let occ = occurrences(text, Array(s.unicodeScalars))
            let k = used[s, default: 0]
            if !occ.isEmpty { spans.append(occ[min(k, occ.count - 1)]) }
            used[s] = k + 1
        }
        return spans
    }

    /// Greedy one-to-one matching, largest overlap first.
    static func match(_ gold: [Range<Int>], _ pred: [Range<Int>]) -> (Int, [Range<Int>], [Int]) {
        var pairs: [(Int, Int, Int)] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in pred.enumerated() {
                let overlap = min(g.upperBound, p.upperBound) - max(g.lowerBound, p.lowerBound)
                if overlap > 0 && Double(overlap) >= 0.5 * Double(g.count) && p.count <= 3 * g.count {
                    pairs.append((overlap, gi, pi))
                }
            }
        }
        pairs.sort { ($0.0, $0.1, $0.2) > ($1.0, $1.1, $1.2) }
        var gu = Set<Int>(), pu = Set<Int>()
        for (_, gi, pi) in pairs where !gu.contains(gi) && !pu.contains(pi) { gu.insert(gi); pu.insert(pi) }
        return (gu.count, gold.indices.filter { !gu.contains($0) }.map { gold[$0] }, pred.indices.filter { !pu.contains($0) })
    }
}

extension ExtractCorpusTests {
    /// The seed page's three numeric targets, with the gold line kinds.
    @Test(.enabled(if: corpusPresent)) func seedPageNumericTargets() throws {
        let raw = try String(contentsOf: Self.corpus.appendingPathComponent("seed-gd-agi-policy.txt"), encoding: .utf8)
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("seed-gd-agi-policy.gold.json"))) as! [String: Any]
        let kinds = gold["lines"] as! [String: String]
        let source = SourceText(decoded: raw)
        let lines = source.lines.enumerated().compactMap { index, line -> AnalyzedLine? in
            guard let kind = kinds[String(index + 1)].flatMap(LineKind.init(rawValue:)) else { return nil }
            return AnalyzedLine(n: index + 1, kind: kind, text: String(line), start: source.lineStarts[index], end: source.lineEnd(index))
        }
        let goals = FindingExtractor().extract(from: lines).goals
        for g in goals { print("seed goal: \(g.line) \(g.text) year=\(g.year.map(String.init) ?? "-") q=\(String(describing: g.quantity)) rank=\(g.rank ?? "-") actor=\(g.actor ?? "-")") }
        let rank = goals.first { $0.line == 21 && $0.text.contains("智能算力規模全國第一") }
        #expect(rank?.year == 2025)
        #expect(rank?.rank == "全國第一")
        let industry = goals.first { $0.text == "全省人工智能核心產業規模突破3000億元" }
        #expect(industry?.year == 2025)
        #expect(industry?.quantity == Quantity(value: 3000, unit: "億元", comparator: ">"))
        let firms = goals.first { $0.text == "企業數量超2000家" }
        #expect(firms?.year == 2025)
        #expect(firms?.quantity == Quantity(value: 2000, unit: "家", comparator: ">"))
    }
}
