import Dispatch
import Foundation
import WinnowCore
import WinnowUI

/// Opening one large file end to end: read, decode, analyse in the background, draw. Prints the
/// time to the first frame with the article's text on it (the raw preview when the analysis takes
/// longer than a frame may wait) and to the cleaned view.
struct OpenFileBenchmark {
    var megabytes = 5

    func run() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-open-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        var generator = CorpusGenerator()
        // About 330 bytes a paragraph.
        let text = generator.nextArticle(paragraphs: megabytes * 1_000_000 / 330, language: 0)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        print(String(format: "open one file end to end: %.1f MB, %d lines", Double(text.utf8.count) / 1e6,
                     text.split(separator: "\n").count))

        let backend = FirstFrameBackend()
        let browser = Browser(source: CorpusSource(paths: [url.path]), theme: Theme(name: "bench", styles: [:]))
        backend.start = DispatchTime.now().uptimeNanoseconds
        browser.run(on: backend)
        print(String(format: "  first frame with the article's text: %.1f ms (%@)", (backend.firstText ?? .nan) * 1000,
                     backend.firstWasPreview ? "raw preview while analysing" : "cleaned view"))
        print(String(format: "  cleaned view on screen: %.1f ms", (backend.cleaned ?? .nan) * 1000))
        print("  peak memory (whole process): \(PeakMemory.megabytes()) MB")
    }
}

/// Records when the first article frame and the cleaned view appear, then quits.
final class FirstFrameBackend: TerminalBackend {
    var start: UInt64 = 0
    var firstText: Double?
    var firstWasPreview = false
    var cleaned: Double?
    var size: (rows: Int, columns: Int) { (50, 160) }

    private var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    func draw(_ buffer: CellBuffer) {
        let status = buffer.lines.last ?? ""
        if firstText == nil, status.contains("RAW") || status.contains("CLEANED") {
            firstText = seconds
            firstWasPreview = status.contains("analysing")
        }
        if cleaned == nil, status.contains("CLEANED") { cleaned = seconds }
    }

    func nextEvent() -> InputEvent? { cleaned == nil ? nil : .key(.character("q")) }

    func nextEvent(timeoutMilliseconds milliseconds: Int) -> TimedInput {
        if cleaned != nil { return .event(.key(.character("q"))) }
        usleep(UInt32(milliseconds) * 1000)
        return .timedOut
    }

    func suspend() {}
}
