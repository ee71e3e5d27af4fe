import Testing
import WinnowCore
@testable import WinnowUI

/// Odd and extreme terminal sizes, and a storm of resizes: every frame fits the size of its
/// moment and keeps the wide-cell invariant.
@Suite struct TerminalSizeTests {
    func expectWellFormed(_ frame: CellBuffer, rows: Int, columns: Int) {
        #expect(frame.rows == rows && frame.columns == columns)
        for r in 0..<frame.rows {
            for c in 0..<frame.columns where frame[r, c].width == 2 {
                #expect(c + 1 < frame.columns && frame[r, c + 1].isContinuation)
            }
        }
    }

    @Test(arguments: [(1, 1), (5, 20), (100, 300)])
    func drawsAtSize(rows: Int, columns: Int) {
        let backend = MemoryBackend(rows: rows, columns: columns, events: keys("jGv}/廣東") + [.key(.enter)] + keys("o?"))
        Browser(documents: [BrowserDocument(analysis: sampleAnalysis(paragraphs: 40))], theme: Theme(name: "t", styles: [:]))
            .run(on: backend)
        #expect(backend.frames.count > 5)
        for frame in backend.frames { expectWellFormed(frame, rows: rows, columns: columns) }
    }

    @Test func aThousandResizesInARow() {
        let sizes = [(24, 80), (1, 1), (5, 20), (100, 300), (7, 33), (50, 120), (2, 79)]
        var events: [InputEvent] = []
        for i in 0..<1000 {
            let (r, c) = sizes[i % sizes.count]
            events.append(.resize(rows: r, columns: c))
        }
        events += keys("jj")
        let backend = MemoryBackend(rows: 24, columns: 80, events: events)
        Browser(documents: [BrowserDocument(analysis: sampleAnalysis(paragraphs: 40))], theme: Theme(name: "t", styles: [:]))
            .run(on: backend)
        #expect(backend.frames.count >= 1000)
        // The last frames belong to the last size of the storm.
        let (lastRows, lastColumns) = sizes[999 % sizes.count]
        expectWellFormed(backend.screen, rows: lastRows, columns: lastColumns)
        for frame in backend.frames { expectWellFormed(frame, rows: frame.rows, columns: frame.columns) }
    }
}
