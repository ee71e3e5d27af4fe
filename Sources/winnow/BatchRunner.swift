import Dispatch
import Foundation
import WinnowCore

/// Runs a per-document job over every input on all cores and writes the results in input order.
///
/// Documents are read in batches (bounded by count and bytes, so memory stays bounded on a large
/// corpus); each batch is analysed in parallel, then its outputs and errors are written in order.
/// Ctrl-C stops between documents: what was written stays whole (no half-written JSON line).
struct BatchRunner {
    static let batchDocuments = 256
    static let batchBytes = 32 << 20

    /// Written between two documents' outputs (not before the first).
    var separator = ""
    private(set) var failed = false
    private var wroteAny = false
    private var progress = ProgressLine()

    /// `job` turns one document into the UTF-8 text to write for it (it runs concurrently).
    mutating func run(paths: [String], job: @escaping @Sendable (LoadedDocument) -> [UInt8]) throws {
        InterruptFlag.install()
        let loader = DocumentLoader()
        var batch: [Result<LoadedDocument, InputError>] = []
        var batchBytes = 0
        for path in paths {
            loader.forEachDocument(at: path) { result in
                if case .success(let doc) = result { batchBytes += doc.source.text.utf8.count }
                batch.append(result)
                if batch.count >= Self.batchDocuments || batchBytes >= Self.batchBytes {
                    flush(&batch, job: job)
                    batchBytes = 0
                }
            }
            if InterruptFlag.isSet { break }
        }
        flush(&batch, job: job)
        progress.finish()
        if InterruptFlag.isSet { throw ExitCodeError(status: 130) }
        if failed { throw ExitCodeError(status: 1) }
    }

    private mutating func flush(_ batch: inout [Result<LoadedDocument, InputError>], job: @escaping @Sendable (LoadedDocument) -> [UInt8]) {
        guard !batch.isEmpty, !InterruptFlag.isSet else { batch.removeAll(); return }
        let outputs = ParallelMap.map(batch) { result -> [UInt8]? in
            guard case .success(let doc) = result else { return nil }
            return job(doc)
        }
        for (result, output) in zip(batch, outputs) {
            if InterruptFlag.isSet { break }
            switch result {
            case .success(let doc):
                if let output {
                    if wroteAny { Console.write(separator) }
                    Console.write(output)
                    wroteAny = true
                }
                progress.advance(bytes: doc.source.text.utf8.count)
            case .failure(let error):
                failed = true
                progress.clear()
                Console.error(error.description)
            }
        }
        batch.removeAll(keepingCapacity: true)
    }
}

/// Thrown to leave with a given exit status after output is flushed.
struct ExitCodeError: Error {
    var status: Int32
}

/// Order-preserving parallel map over all cores.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            output[i] = transform(items[i])  // each index is written by exactly one iteration
        }
        return results.map { $0! }
    }
}

/// Set by SIGINT; batch loops check it between documents.
enum InterruptFlag {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0

    static var isSet: Bool { flag != 0 }

    static func install() {
        signal(SIGINT) { _ in InterruptFlag.flag = 1 }
        // A parent may hand us SIGINT blocked (test runners, some job controllers); Ctrl-C must work.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

/// "analysed 1,204 documents, 38.2 MB" on stderr, redrawn in place, only when stderr is a terminal.
struct ProgressLine {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var documents = 0
    private var bytes = 0
    private var lastDraw = Date.distantPast
    private var visible = false

    mutating func advance(bytes added: Int) {
        documents += 1
        bytes += added
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let megabytes = String(format: "%.1f", Double(bytes) / 1_000_000)
        FileHandle.standardError.write(Data("\r\u{1B}[Kwinnow: analysed \(documents) documents, \(megabytes) MB".utf8))
        visible = true
    }

    mutating func clear() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }

    mutating func finish() { clear() }
}
