import Foundation
import WinnowCore

/// Articles read from the paths the user named: a background thread streams them through the
/// `DocumentLoader`, analyses small chunks on every core, and posts summaries in input order.
/// Only summaries stay in memory; an opened article is read again by its path.
public struct CorpusSource: ArticleSource {
    public let paths: [String]
    /// Standard input cannot be read twice, and the first article is the one a single file
    /// opens on: their analyses are kept, so opening them does not analyse them again.
    private let kept = KeptAnalyses()
    public init(paths: [String]) { self.paths = paths }

    public func startIndexing(into feed: LibraryFeed) {
        Thread.detachNewThread { self.index(into: feed) }
    }

    public func analysis(of entry: LibraryEntry) -> Result<Analysis, InputError> {
        if let analysis = kept.analysis(number: entry.number, path: entry.path) { return .success(analysis) }
        return DocumentLoader().reloadDocument(path: entry.path).map { Analyzer().analyze($0) }
    }

    private struct Cancelled: Error {}

    /// Indexes every path on the calling thread, then finishes the feed.
    public func index(into feed: LibraryFeed) {
        let loader = DocumentLoader()
        var chunk: [LoadedDocument] = []
        var next = 0
        // Small first chunks so the first rows show at once; larger ones after for throughput.
        var chunkSize = 4
        func flush() {
            let entries = Self.analyse(chunk, firstNumber: next, keeping: kept)
            next += entries.count
            chunk.removeAll(keepingCapacity: true)
            feed.post(entries)
            chunkSize = min(256, chunkSize * 2)
        }
        do {
            for path in paths {
                try loader.forEachDocument(at: path) { result in
                    if feed.isCancelled { throw Cancelled() }
                    switch result {
                    case .success(let document):
                        if next == 0 && chunk.isEmpty && ArticlePreview.isWorthShowing(document) {
                            feed.post(preview: ArticlePreview.analysis(of: document))
                        }
                        chunk.append(document)
                        if chunk.count >= chunkSize { flush() }
                    case .failure(let error):
                        feed.report(error)
                    }
                }
            }
            flush()
        } catch {}
        feed.finish()
    }

    /// Analyses documents in parallel; the summaries come back in the documents' order.
    static func analyse(_ documents: [LoadedDocument], firstNumber: Int, keeping keeper: KeptAnalyses) -> [LibraryEntry] {
        guard !documents.isEmpty else { return [] }
        let results = ResultSlots<LibraryEntry>(count: documents.count)
        let analyzer = Analyzer()
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            let analysis = analyzer.analyze(documents[i])
            keeper.offer(analysis, number: firstNumber + i)
            results.set(i, LibraryEntry(number: firstNumber + i, analysis: analysis))
        }
        return results.values
    }
}

/// Slots written by concurrent workers, each slot by one worker.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: Value) { lock.withLock { slots[i] = value } }
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}

/// The analyses that are kept whole: standard input's (it cannot be read twice) and the first
/// article's (a single file opens on it as soon as it is indexed). Every other article is read
/// and analysed again when opened, so memory holds summaries only.
final class KeptAnalyses: @unchecked Sendable {
    private let lock = NSLock()
    private var standardInput: Analysis?
    private var first: Analysis?

    func offer(_ analysis: Analysis, number: Int) {
        lock.withLock {
            if analysis.path == "-" { standardInput = analysis }
            if number == 0 { first = analysis }
        }
    }

    func analysis(number: Int, path: String) -> Analysis? {
        lock.withLock {
            if number == 0, let first { return first }
            return path == "-" ? standardInput : nil
        }
    }
}
