import Dispatch
import Foundation
import WinnowCore

/// `analyze` throughput on one core and on all cores, over a generated corpus, with peak memory.
struct AnalyzeBenchmark {
    var megabytes: Int

    func run() {
        oneArticleMemory()
        var generator = CorpusGenerator()
        let articles = generator.articles(totalBytes: megabytes * 1_000_000)
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        print("analyze: \(articles.count) generated articles, \(String(format: "%.1f", Double(bytes) / 1e6)) MB (seed \(20261129))")

        // Each document as `winnow analyze --format json` handles it: analysed, then its JSON
        // line written into bytes (not made into a String, which the command never does).
        let analyseOne: @Sendable (Int) -> Void = { i in _ = JSONLinesWriter().encodedLine(for: Analyzer().analyze(text: articles[i])) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // One-core and all-core runs take turns, so that a slow spell of a shared machine
        // weighs on both alike; each figure is the best of its runs.
        var single = Double.infinity
        var parallel = Double.infinity
        for _ in 0..<Self.rounds {
            single = min(single, Self.best(of: 1) { for i in articles.indices { analyseOne(i) } })
            parallel = min(parallel, Self.best(of: 1) { DispatchQueue.concurrentPerform(iterations: articles.count, execute: analyseOne) })
        }
        report("1 core", seconds: single, bytes: bytes, articles: articles.count)
        report("\(cores) cores", seconds: parallel, bytes: bytes, articles: articles.count)
        print(String(format: "  scaling: %.2fx on %d cores", single / parallel, cores))
        print("  peak memory (whole process, corpus included): \(PeakMemory.megabytes()) MB")
    }

    /// Memory one large article needs on top of its text: analysis plus its JSON line, measured
    /// first, before the corpus is generated, as peak resident memory minus resident memory before.
    /// Two small articles are analysed first, so what every process sets up once (vocabulary
    /// tables, allocator arenas) is not counted as the article's.
    func oneArticleMemory(english: Bool = false) {
        var warmUp = CorpusGenerator(seed: 1)
        for language in [0, 2] { _ = JSONLinesWriter().line(for: Analyzer().analyze(text: warmUp.nextArticle(paragraphs: 20, language: language))) }
        let text = Self.denseArticle(megabytes: max(1, megabytes / 4), english: english)
        let bytes = text.utf8.count
        // The peak from here on: generating the text may have raised the process's peak already.
        PeakMemory.resetPeak()
        let before = PeakMemory.megabytes(field: "VmRSS:")
        let analysis = Analyzer().analyze(text: text)
        let analysed = PeakMemory.megabytes()
        // As `winnow analyze` writes it when it is the document's turn: a megabyte at a time.
        let spilled = SpilledBytes()
        let rest = JSONLinesWriter().encodedLine(for: analysis, spill: OutputSpill { spilled.count += $0.count; return true })
        let written = PeakMemory.megabytes()
        let jsonBytes = spilled.count + rest.count
        func share(_ mb: Int) -> String { String(format: "%.1fx the input", Double(mb) * 1_048_576 / Double(bytes)) }
        print(String(format: "  one %.1f MB %@ article: analysis peak +%d MB over its text (%@); with its %.1f MB JSON line +%d MB (%@)",
                     Double(bytes) / 1e6, english ? "English" : "Chinese", analysed - before, share(analysed - before), Double(jsonBytes) / 1e6,
                     written - before, share(written - before)))
    }

    /// Counts what a spill was handed (one thread only).
    private final class SpilledBytes: @unchecked Sendable {
        var count = 0
    }

    /// One dense Traditional Chinese (or English) article of about `megabytes` MB (seed 5).
    static func denseArticle(megabytes: Int, english: Bool = false) -> String {
        var generator = CorpusGenerator(seed: 5)
        return generator.nextArticle(paragraphs: megabytes * 1_000_000 / (english ? 240 : 330), language: english ? 2 : 0)
    }

    /// Runs of each kind in `run`.
    static let rounds = 5

    private func report(_ label: String, seconds: Double, bytes: Int, articles: Int) {
        print(String(format: "  %@: %.1f MB/s, %.0f articles/s (best of %d: %.3f s)",
                     label, Double(bytes) / 1e6 / seconds, Double(articles) / seconds, Self.rounds, seconds))
    }

    static func best(of runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}

/// The process's peak resident memory (VmHWM), or another /proc/self/status field, in MB.
enum PeakMemory {
    static func megabytes(field: String = "VmHWM:") -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) }) else { return -1 }
        let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
        return kilobytes < 0 ? -1 : kilobytes / 1024
    }

    /// Sets the peak (VmHWM) back to the present resident size (Linux: `5` into clear_refs).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }
}
