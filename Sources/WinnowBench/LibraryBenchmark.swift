import Dispatch
import Foundation
import WinnowCore
import WinnowUI

/// The library over a generated JSONL corpus (written to a temporary file): time to the first
/// rows on screen, to a fully indexed library, and to open the last article while everything is
/// indexed; peak memory.
struct LibraryBenchmark {
    var megabytes: Int

    func run() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-library-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let (articles, bytes) = Self.writeCorpus(to: url, bytes: megabytes * 1_000_000)
        print("library: \(articles) generated articles in one JSONL file, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")

        let backend = TimingBackend()
        let browser = Browser(source: CorpusSource(paths: [url.path]), theme: Theme(name: "bench", styles: [:]))
        backend.start = DispatchTime.now().uptimeNanoseconds
        browser.run(on: backend)
        print(String(format: "  first rows on screen: %.3f s", backend.firstRows ?? .nan))
        print(String(format: "  fully indexed (%d articles): %.2f s (%.1f MB/s)", browser.state.library.entries.count,
                     backend.indexed ?? .nan, Double(bytes) / 1e6 / (backend.indexed ?? .nan)))
        print(String(format: "  sort the full library by name (key to frame): %.3f s", backend.sorted ?? .nan))
        print(String(format: "  open the last article (read again by its line): %.3f s", backend.opened ?? .nan))
        print("  resident memory once indexed (the index; the loader has let the file go): \(backend.residentWhenIndexed) MB")
        print("  peak memory (whole process; JSONL is streamed a chunk at a time): \(PeakMemory.megabytes()) MB")
    }

    /// Writes articles as JSON lines until `bytes`; returns the count and the size written.
    static func writeCorpus(to url: URL, bytes: Int) -> (Int, Int) {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        guard let file = try? FileHandle(forWritingTo: url) else { return (0, 0) }
        defer { try? file.close() }
        var generator = CorpusGenerator()
        var written = 0, count = 0
        var buffer = Data()
        while written < bytes {
            // Shorter than the analyze benchmark's articles: about 100,000 in 200 MB, as in the issue.
            let text = generator.nextArticle(paragraphs: 2 + count % 6)
            let title = String(text.split(separator: "\n").dropFirst(3).first ?? "")
            guard var line = try? JSONSerialization.data(withJSONObject: ["text": text, "title": title, "url": "https://example.com/\(count)"]) else { continue }
            line.append(0x0A)
            buffer.append(line)
            written += line.count
            count += 1
            if buffer.count > 4_000_000 { file.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        file.write(buffer)
        return (count, written)
    }
}

/// A terminal that records when frames show what the benchmark waits for: the first library rows,
/// the end of indexing; then sorts by name, opens the last article (G, Enter) and quits.
final class TimingBackend: TerminalBackend {
    var start: UInt64 = 0
    var firstRows: Double?
    var indexed: Double?
    var opened: Double?
    var sorted: Double?
    private var sortAsked: UInt64?
    var residentWhenIndexed = -1
    private var openAsked: UInt64?
    private var script: [InputEvent] = []
    var size: (rows: Int, columns: Int) { (50, 160) }

    private var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    func draw(_ buffer: CellBuffer) {
        let status = buffer.lines.last ?? ""
        if firstRows == nil, buffer.lines.count > 2, buffer.lines[2].contains("›") { firstRows = seconds }
        if indexed == nil, firstRows != nil, !status.contains("indexing") {
            indexed = seconds
            residentWhenIndexed = PeakMemory.megabytes(field: "VmRSS:")
            script = [.key(.character("1"))]
            sortAsked = DispatchTime.now().uptimeNanoseconds
        }
        if let asked = sortAsked, sorted == nil, buffer.lines[0].contains("sorted by name") {
            sorted = Double(DispatchTime.now().uptimeNanoseconds - asked) / 1e9
            script = [.key(.character("G")), .key(.enter)]
        }
        if let asked = openAsked, opened == nil, status.contains("CLEANED") {
            opened = Double(DispatchTime.now().uptimeNanoseconds - asked) / 1e9
            script = [.key(.character("q")), .key(.character("q"))]
        }
    }

    func nextEvent() -> InputEvent? {
        guard !script.isEmpty else { return nil }
        let event = script.removeFirst()
        if event == .key(.enter) { openAsked = DispatchTime.now().uptimeNanoseconds }
        return event
    }

    func nextEvent(timeoutMilliseconds milliseconds: Int) -> TimedInput {
        if let event = nextEvent() { return .event(event) }
        usleep(UInt32(milliseconds) * 1000)
        return .timedOut
    }

    func suspend() {}
}
