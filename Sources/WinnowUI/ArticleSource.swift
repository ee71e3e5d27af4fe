import Foundation
import WinnowCore

/// Where the browser's articles come from. Indexing runs outside the pure `update`: a source posts
/// summaries to a `LibraryFeed` (from any thread) and the `Browser` loop drains it between events.
public protocol ArticleSource: Sendable {
    /// Starts indexing and returns at once (or, for a source already in memory, after posting
    /// everything). Entries are numbered from 0 in input order; the feed is finished at the end.
    func startIndexing(into feed: LibraryFeed)
    /// The full analysis of an article, made again when it is opened.
    func analysis(of entry: LibraryEntry) -> Result<Analysis, InputError>
}

/// Articles already analysed (the bundled samples, tests).
public struct InMemorySource: ArticleSource {
    public let analyses: [Analysis]
    public init(_ analyses: [Analysis]) { self.analyses = analyses }

    public func startIndexing(into feed: LibraryFeed) {
        feed.post(analyses.enumerated().map { LibraryEntry(number: $0.offset, analysis: $0.element) })
        feed.finish()
    }

    public func analysis(of entry: LibraryEntry) -> Result<Analysis, InputError> {
        analyses.indices.contains(entry.number) ? .success(analyses[entry.number])
            : .failure(InputError(path: entry.path, reason: "no such article"))
    }
}

/// A thread-safe hand-over from an indexing thread to the browser loop.
public final class LibraryFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [LibraryEntry] = []
    private var finished = false
    private var cancelled = false
    private var failureCount = 0
    private var failures: [InputError] = []
    private var preview: Analysis?
    /// Failures kept for the report after the browser closes (all are counted).
    public static let keptFailures = 10_000

    public init() {}

    public func post(_ entries: [LibraryEntry]) {
        lock.withLock { pending.append(contentsOf: entries) }
    }

    public func report(_ error: InputError) {
        lock.withLock {
            failureCount += 1
            if failures.count < Self.keptFailures { failures.append(error) }
        }
    }

    public func finish() { lock.withLock { finished = true } }

    /// The raw text of the first document, posted before its analysis (see `ArticlePreview`).
    public func post(preview analysis: Analysis) {
        lock.withLock { preview = analysis }
    }

    /// Takes the preview, if one was posted and not yet taken.
    public func takePreview() -> Analysis? {
        lock.withLock {
            defer { preview = nil }
            return preview
        }
    }

    /// The browser closed: the indexer stops at its next document.
    public func cancel() { lock.withLock { cancelled = true } }
    public var isCancelled: Bool { lock.withLock { cancelled } }

    /// Takes what arrived since the last call, with the progress so far.
    public func drain() -> (entries: [LibraryEntry], progress: IndexProgress) {
        lock.withLock {
            let taken = pending
            pending = []
            return (taken, IndexProgress(finished: finished, failures: failureCount))
        }
    }

    /// The inputs that could not be read, in the order met.
    public var inputErrors: [InputError] { lock.withLock { failures } }
}
