import WinnowCore
@testable import WinnowUI

/// Builds an `Analysis` by hand, so UI tests do not depend on the classifier.
struct AnalysisBuilder {
    private var lines: [AnalyzedLine] = []
    private var text = ""
    private var n = 0
    var sections: [Section] = []
    var goals: [Finding] = []
    var measures: [Finding] = []
    var title: String?

    /// Adds a line (an empty string adds an empty source line).
    @discardableResult
    mutating func add(_ kind: LineKind, _ line: String, reasons: [String] = []) -> Int {
        n += 1
        let start = text.unicodeScalars.count
        text += line + "\n"
        if !line.isEmpty {
            lines.append(AnalyzedLine(n: n, kind: kind, text: line, reasons: reasons,
                                      start: start, end: start + line.unicodeScalars.count))
            if kind == .heading { sections.append(Section(title: line, line: n)) }
            if kind == .title { title = line }
        }
        return n
    }

    /// Marks `clause` (which must occur in line `lineNumber`) as a goal.
    mutating func goal(_ clause: String, line lineNumber: Int, year: Int?) {
        goals.append(finding(clause, lineNumber, year))
    }

    mutating func measure(_ clause: String, line lineNumber: Int) {
        measures.append(finding(clause, lineNumber, nil))
    }

    private func finding(_ clause: String, _ lineNumber: Int, _ year: Int?) -> Finding {
        let line = lines.first { $0.n == lineNumber }!
        let scalars = Array(line.text.unicodeScalars), needle = Array(clause.unicodeScalars)
        let offset = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return Finding(text: clause, line: lineNumber, start: line.start + offset,
                       end: line.start + offset + needle.count, year: year)
    }

    func build() -> Analysis {
        var regions: [Region] = []
        for line in lines where line.kind.isJunk {
            if let last = regions.last, last.kind == line.kind, last.last == line.n - 1 {
                regions[regions.count - 1].last = line.n
            } else {
                regions.append(Region(kind: line.kind, first: line.n, last: line.n, reasons: line.reasons))
            }
        }
        return Analysis(path: "sample.txt", encoding: "utf-8", language: "zh-Hant", title: title,
                        lines: lines, regions: regions, sections: sections, goals: goals, measures: measures)
    }
}

/// A terminal in memory: plays a script of events and keeps every frame drawn.
final class MemoryBackend: TerminalBackend {
    var size: (rows: Int, columns: Int)
    private var events: [InputEvent]
    private(set) var frames: [CellBuffer] = []
    private(set) var suspendCount = 0

    init(rows: Int, columns: Int, events: [InputEvent]) {
        self.size = (rows, columns)
        self.events = events
    }

    func draw(_ buffer: CellBuffer) { frames.append(buffer) }
    func nextEvent() -> InputEvent? {
        guard !events.isEmpty else { return nil }
        let e = events.removeFirst()
        if case .resize(let r, let c) = e { size = (r, c) }
        return e
    }
    func suspend() { suspendCount += 1 }
    var screen: CellBuffer { frames.last! }
}

func keys(_ s: String) -> [InputEvent] { s.unicodeScalars.map { .key(.character($0)) } }

/// A sample policy article: a spam line, a title, meta, two sections with goals, a boilerplate line.
func sampleAnalysis(paragraphs: Int = 3) -> Analysis {
    var b = AnalysisBuilder()
    b.add(.spam, "免费在线视频_高清影院_免费影院在线观看", reasons: ["keyword-stuffing"])
    b.add(.body, "")
    b.add(.title, "廣東發布氫能產業行動方案")
    b.add(.meta, "發布時間:2024年3月8日 來源:經濟日報")
    b.add(.body, "")
    b.add(.heading, "一、發展目標")
    let goalLine = b.add(.body, "方案提出,到2030年,廣東氫能產業總產值突破1500億元,加氫站數量超過300座。")
    for i in 0..<paragraphs {
        b.add(.body, "第\(i + 1)段:在技術攻關方面,將加強關鍵材料研發,構建產學研協同創新平台,推動燃料電池系統成本持續下降。")
    }
    b.add(.heading, "二、重點任務")
    let measureLine = b.add(.body, "省財政將在五年內安排專項資金80億元,支持重大項目建設。")
    b.add(.boilerplate, "分享到:微信 微博 QQ空間", reasons: ["share-row"])
    b.goal("總產值突破1500億元", line: goalLine, year: 2030)
    b.goal("加氫站數量超過300座", line: goalLine, year: 2030)
    b.measure("安排專項資金80億元", line: measureLine)
    return b.build()
}

func run(_ analysis: Analysis, rows: Int = 24, columns: Int = 100, events: [InputEvent],
         options: BrowserOptions = BrowserOptions()) -> MemoryBackend {
    let backend = MemoryBackend(rows: rows, columns: columns, events: events)
    let browser = Browser(documents: [BrowserDocument(analysis: analysis)],
                          theme: Theme(name: "test", styles: [:]), options: options)
    browser.run(on: backend)
    return backend
}

extension CellBuffer {
    /// Rows whose text contains `text`.
    func rows(containing text: String) -> [Int] { lines.indices.filter { lines[$0].contains(text) } }

    /// The column where `text` starts on a row (cells hold one scalar each in these tests).
    func column(of text: String, row: Int) -> Int? {
        var drawn = ""
        var starts: [Int] = []
        for c in 0..<columns where !self[row, c].isContinuation {
            starts.append(c)
            drawn += self[row, c].content
        }
        guard let r = drawn.range(of: text) else { return nil }
        let index = drawn.unicodeScalars.distance(from: drawn.unicodeScalars.startIndex, to: r.lowerBound)
        return starts.indices.contains(index) ? starts[index] : nil
    }
}
