import WinnowCore
import WinnowUI

/// The browser front end through the in-memory path (update + render into a CellBuffer, no
/// terminal): first frame and key-to-frame times on a 5 MB article.
struct BrowserBenchmark {
    var megabytes = 5

    func run() {
        let clock = ContinuousClock()
        // A generated policy article, analysed as `winnow FILE` would: its goals and measures
        // fill the sidebar, which is drawn on every frame.
        let analysis = Analyzer().analyze(text: AnalyzeBenchmark.denseArticle(megabytes: megabytes), path: "dense-\(megabytes)mb.txt")
        print("article: \(analysis.lines.count) lines, \(analysis.sections.count) sections, \(analysis.goals.count) goals, "
            + "\(analysis.measures.count) measures, \(megabytes) MB")

        for (rows, columns) in [(50, 160), (24, 80)] {
            var state = AppState(documents: [], rows: 1, columns: 1)
            var frame = CellBuffer(rows: 0, columns: 0)
            let first = clock.measure {
                state = AppState(documents: [BrowserDocument(analysis: analysis)], rows: rows, columns: columns)
                frame = ScreenRenderer.render(state)
            }
            precondition(frame.rows == rows)
            print("\(columns)x\(rows) first frame: \(String(format: "%.2f", milliseconds(first))) ms")
            let warm = clock.measure { state.prepareSearch() }
            print("  search caches warmed after the first frame, before the first key: \(String(format: "%.2f", milliseconds(warm))) ms")

            func keyToFrame(_ name: String, _ actions: [Action]) {
                var times: [Double] = []
                for action in actions {
                    let t = clock.measure {
                        _ = update(&state, action)
                        frame = ScreenRenderer.render(state)
                    }
                    times.append(milliseconds(t))
                }
                print("  \(name): \(times.count) keys, p50 \(String(format: "%.3f", percentile(times, 0.5))) ms, "
                    + "p99 \(String(format: "%.3f", percentile(times, 0.99))) ms, max \(String(format: "%.3f", times.max()!)) ms")
            }
            keyToFrame("scroll j", Array(repeating: .scrollLines(1), count: 2000))
            keyToFrame("page down", Array(repeating: .scrollPages(1), count: 1000))
            keyToFrame("G / g", Array([Action.goToBottom, .goToTop], count: 50))
            keyToFrame("} section", Array(repeating: .nextSection, count: 200))
            keyToFrame("v toggle", Array(repeating: .toggleView, count: 20))
            keyToFrame("/ search typing 广东发展", [.startSearch] + "广东发展".unicodeScalars.map { .searchType($0) } + [.searchCommit])
            keyToFrame("n next match", Array(repeating: .nextMatch, count: 500))
            keyToFrame("sidebar j (goals and measures)", [.toggleFocus] + Array(repeating: .sidebarMove(1), count: 1000))
            keyToFrame("sidebar Enter (jump to the finding)", Array([Action.sidebarJump, .sidebarMove(7)], count: 100))
            _ = update(&state, .toggleFocus)
            keyToFrame("/ search typing hydrogen", [.startSearch] + "hydrogen".unicodeScalars.map { .searchType($0) } + [.searchCommit])
        }



        // Scraped pages often arrive as one huge line: the whole article as a single paragraph.
        do {
            var text = ""
            for line in analysis.lines where line.kind == .body { text += line.text; if text.utf8.count > megabytes * 1_000_000 { break } }
            let one = Analysis(path: "one-line.txt", encoding: "utf-8", language: "zh-Hant", title: nil,
                               lines: [AnalyzedLine(n: 1, kind: .body, text: text, start: 0, end: text.unicodeScalars.count)])
            var state = AppState(documents: [], rows: 1, columns: 1)
            let first = clock.measure {
                state = AppState(documents: [BrowserDocument(analysis: one)], rows: 50, columns: 160)
                _ = ScreenRenderer.render(state)
            }
            var times: [Double] = []
            for _ in 0..<500 {
                times.append(milliseconds(clock.measure { _ = update(&state, .scrollPages(1)); _ = ScreenRenderer.render(state) }))
            }
            print("one \(megabytes) MB line, 160x50: first frame \(String(format: "%.2f", milliseconds(first))) ms; page down p99 "
                + "\(String(format: "%.3f", percentile(times, 0.99))) ms")
        }
    }
}

/// A synthetic 5 MB policy article: headings every 40 paragraphs, a spam line every 97,
/// Traditional Chinese paragraphs with a Latin phrase now and then.
func syntheticArticle(bytes: Int) -> Analysis {
    let sentences = [
        "方案提出，到2030年，兩地氫能產業總產值突破1500億元，加氫站數量超過300座。",
        "在技術攻關方面，將加強質子交換膜、催化劑等關鍵材料研發，構建產學研協同創新平台。",
        "省財政將在五年內安排專項資金80億元，支持重大項目建設和首台套裝備推廣。",
        "The Hydrogen Corridor plan links ports, logistics parks and 42 refuelling stations.",
        "「製儲運用」全鏈條協同發展格局逐步形成——廣東、浙江、福建三地聯動……",
    ]
    var lines: [AnalyzedLine] = []
    var sections: [Section] = []
    var offset = 0, n = 0, size = 0, paragraph = 0
    func add(_ kind: LineKind, _ text: String, _ reasons: [String] = []) {
        n += 1
        let count = text.unicodeScalars.count
        lines.append(AnalyzedLine(n: n, kind: kind, text: text, reasons: reasons, start: offset, end: offset + count))
        if kind == .heading { sections.append(Section(title: text, line: n)) }
        offset += count + 2
        n += 1                              // an empty line between paragraphs
        size += text.utf8.count + 2
    }
    add(.title, "浙閩兩地聯合發布氫能產業行動方案")
    while size < bytes {
        if paragraph % 40 == 0 { add(.heading, "第\(paragraph / 40 + 1)部分、重點任務") }
        if paragraph % 97 == 0 { add(.spam, "免费在线视频_高清影院在线观看_免费影院在线观看_在线观看影院免费", ["keyword-stuffing"]) }
        var text = ""
        for k in 0..<(3 + paragraph % 4) { text += sentences[(paragraph + k) % sentences.count] }
        add(.body, text)
        paragraph += 1
    }
    return Analysis(path: "synthetic-5mb.txt", encoding: "utf-8", language: "zh-Hant",
                    title: "浙閩兩地聯合發布氫能產業行動方案", lines: lines, sections: sections)
}

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

extension Array {
    init(_ pattern: [Element], count: Int) {
        self = (0..<count).flatMap { _ in pattern }
    }
}
