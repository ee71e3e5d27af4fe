import Dispatch
import Foundation
import WinnowCore

/// Runs a per-document job over every input on all cores and writes the results in input order.
///
/// A pipeline rather than batches: this thread reads documents and hands each to a worker as soon
/// as it is read, and writes results in input order as they come back, so reading and writing
/// overlap the analysis and no core waits at a batch boundary for the slowest document. At most
/// `maxPendingDocuments` documents (and `maxPendingBytes` of text) are between reading and
/// writing, so memory stays bounded on a large corpus.
/// Ctrl-C stops between documents: what was written stays whole (no half-written JSON line).
struct BatchRunner {
    static let maxPendingDocuments = 64
    static let maxPendingBytes = 32 << 20

    /// Written between two documents' outputs (not before the first).
    var separator = ""
    private(set) var failed = false
    private var progress = ProgressLine()

    /// What one input turned into, waiting for its turn to be written.
    private enum Outcome: Sendable {
        case output(OutputBytes, sourceBytes: Int)
        case failure(InputError)
    }

    private struct Interrupted: Error {}

    /// `job` turns one document into the UTF-8 text to write for it (it runs concurrently). It
    /// may hand parts of a long output to its `OutputSpill` as it goes (they are written at
    /// once if it is that document's turn) and returns the rest.
    mutating func run(paths: [String], job: @escaping @Sendable (LoadedDocument, OutputSpill) -> OutputBytes) throws {
        InterruptFlag.install()
        let loader = DocumentLoader()
        let pipeline = OrderedJobs<Outcome>()
        let turn = OutputTurn(separator: separator)
        var pendingBytes = 0
        do {
            for path in paths {
                try loader.forEachDocument(at: path) { result in
                    if InterruptFlag.isSet { throw Interrupted() }
                    switch result {
                    case .success(let doc):
                        let size = doc.source.text.utf8.count
                        pendingBytes += size
                        let spill = turn.spill(for: pipeline.nextNumber)
                        pipeline.submit { .output(job(doc, spill), sourceBytes: size) }
                    case .failure(let error):
                        pipeline.add(.failure(error))
                    }
                    while pipeline.pending >= Self.maxPendingDocuments || pendingBytes >= Self.maxPendingBytes {
                        if InterruptFlag.isSet { throw Interrupted() }
                        write(pipeline.next(), turn: turn, pendingBytes: &pendingBytes)
                    }
                }
            }
            while pipeline.pending > 0 {
                if InterruptFlag.isSet { throw Interrupted() }
                write(pipeline.next(), turn: turn, pendingBytes: &pendingBytes)
            }
        } catch is Interrupted {
            // Jobs still running are abandoned, except one whose output is partly written: it
            // is finished, so what was written stays whole.
            if turn.close() { write(pipeline.next(), turn: turn, pendingBytes: &pendingBytes) }
        }
        progress.finish()
        if InterruptFlag.isSet { throw ExitCodeError(status: 130) }
        if failed { throw ExitCodeError(status: 1) }
    }

    private mutating func write(_ outcome: Outcome, turn: OutputTurn, pendingBytes: inout Int) {
        switch outcome {
        case .output(let output, let sourceBytes):
            turn.finish(writing: output)
            pendingBytes -= sourceBytes
            progress.advance(bytes: sourceBytes)
        case .failure(let error):
            turn.finish(writing: nil)
            failed = true
            progress.clear()
            Console.error(error.description)
        }
    }
}

/// Documents' outputs go to standard output whole and in input order. The batch's thread writes
/// each finished output in its turn; meanwhile the worker of the document whose turn it is may
/// write its output as it goes (a long JSON line is then never held whole).
final class OutputTurn: @unchecked Sendable {
    private let lock = NSLock()
    private let separator: String
    /// The document whose turn it is, by input number, and whether part of it is written.
    private var current = 0
    private var currentStarted = false
    private var wroteAny = false
    /// No more writing by workers (the batch was interrupted).
    private var closed = false

    init(separator: String) { self.separator = separator }

    /// Where document `number`'s worker hands what it has written so far.
    func spill(for number: Int) -> OutputSpill {
        OutputSpill { [self] bytes in
            lock.lock()
            defer { lock.unlock() }
            guard number == current && !closed else { return false }
            start()
            Console.write(bytes)
            return true
        }
    }

    /// Writes the rest of the current document's output (none for an input that failed) and
    /// gives the turn to the next.
    func finish(writing output: OutputBytes?) {
        lock.lock()
        defer { lock.unlock() }
        if let output {
            start()
            Console.write(output)
        }
        current += 1
        currentStarted = false
    }

    /// Stops workers from writing; true when the current document is partly written (the
    /// caller must finish it).
    func close() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        closed = true
        return currentStarted
    }

    private func start() {
        guard !currentStarted else { return }
        if wroteAny { Console.write(separator) }
        currentStarted = true
        wroteAny = true
    }
}

/// Thrown to leave with a given exit status after output is flushed.
struct ExitCodeError: Error {
    var status: Int32
}

/// Jobs run on all cores; their results come back in the order the jobs were submitted.
/// Submitting and taking results happen on one thread.
final class OrderedJobs<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Finished results not yet taken, by submission number (guarded by `condition`).
    private var finished: [Int: Result] = [:]
    private var submitted = 0
    private var taken = 0

    /// Submitted and not yet taken.
    var pending: Int { submitted - taken }

    /// The number the next job or result submitted gets (results come back in this order).
    var nextNumber: Int { submitted }

    func submit(_ work: @escaping @Sendable () -> Result) {
        let number = submitted
        submitted += 1
        DispatchQueue.global().async {
            let result = work()
            self.condition.lock()
            self.finished[number] = result
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// A result already at hand, delivered in its turn.
    func add(_ result: Result) {
        condition.lock()
        finished[submitted] = result
        condition.unlock()
        submitted += 1
    }

    /// Waits for the oldest result not yet taken. Only call with `pending > 0`.
    func next() -> Result {
        condition.lock()
        defer { condition.unlock() }
        while finished[taken] == nil { condition.wait() }
        let result = finished.removeValue(forKey: taken)!
        taken += 1
        return result
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
