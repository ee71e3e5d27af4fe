import Testing
import WinnowCore
@testable import WinnowUI

@Suite struct BrowserRenderTests {
    let analysis = sampleAnalysis()

    @Test func rawViewGivesSpamCellsTheSpamRoleAndMarksTheGutter() {
        let screen = run(analysis, events: keys("v")).screen
        let row = try! #require(screen.rows(containing: "免费在线视频").first)
        let col = try! #require(screen.column(of: "免费", row: row))
        #expect(screen.role(row: row, column: col) == .spam)
        #expect(screen.lines[row].contains("1S"))
        let boiler = try! #require(screen.rows(containing: "分享到").first)
        #expect(screen.role(row: boiler, column: screen.column(of: "分享到", row: boiler)!) == .boilerplate)
        #expect(screen.lines.last!.contains("RAW"))
    }

    @Test func cleanedViewDropsJunkAndShowsAMarker() {
        let screen = run(analysis, events: []).screen
        #expect(screen.rows(containing: "免费在线视频").isEmpty)
        #expect(screen.rows(containing: "分享到").isEmpty)
        #expect(!screen.rows(containing: "1 line removed · spam: keyword stuffing").isEmpty)
        #expect(!screen.cells.contains { $0.role == .spam })
        let title = try! #require(screen.rows(containing: "廣東發布氫能產業行動方案").first(where: { $0 > 0 }))
        #expect(screen.role(row: title, column: screen.column(of: "廣東", row: title)!) == .title)
    }

    @Test func markersCanBeHidden() {
        let screen = run(analysis, events: keys("m")).screen
        #expect(screen.rows(containing: "removed ·").isEmpty)
    }

    @Test func sidebarListsGoalsByYearAndMeasures() {
        let screen = run(analysis, events: []).screen
        #expect(!screen.rows(containing: "Goals (2)").isEmpty)
        #expect(!screen.rows(containing: "2030").isEmpty)
        #expect(!screen.rows(containing: "加氫站數量超過300座").isEmpty)
        #expect(!screen.rows(containing: "安排專項資金80億元").isEmpty)
        #expect(!screen.rows(containing: "spam · line 1").isEmpty)
    }

    @Test func aGoalStatedTwiceIsListedOnceWithCount() {
        var a = analysis
        a.goals.append(a.goals[0])
        let items = SidebarItem.items(for: a)
        #expect(items.filter { $0.label.hasPrefix("總產值突破1500億元") }.map(\.label) == ["總產值突破1500億元 ×2"])
    }

    @Test func sidebarFoldsAwayOnNarrowTerminals() {
        let screen = run(analysis, columns: 60, events: []).screen
        #expect(screen.rows(containing: "Goals (").isEmpty)
    }

    @Test func nextSectionBringsTheHeadingToTheTop() {
        let backend = run(sampleAnalysis(paragraphs: 20), rows: 12, events: keys("}"))
        #expect(backend.screen.lines[1].contains("一、發展目標"))
        let again = run(sampleAnalysis(paragraphs: 20), rows: 12, events: keys("}]]")).screen
        #expect(again.lines[1].contains("二、重點任務"))
        let back = run(sampleAnalysis(paragraphs: 20), rows: 12, events: keys("}}{")).screen
        #expect(back.lines[1].contains("一、發展目標"))
        #expect(back.lines.last!.contains("§ 一、發展目標"))
    }

    @Test func toggleKeepsTheAnchorLine() {
        let a = sampleAnalysis(paragraphs: 20)
        let screens = run(a, rows: 12, events: keys("}jjv")).frames
        let before = screens[screens.count - 2], after = screens.last!
        #expect(before.lines[1].contains("方案提出"))
        #expect(after.lines[1].contains("方案提出"), "\(after.lines[1])")
        #expect(after.lines.last!.contains("RAW"))
        let back = run(a, rows: 12, events: keys("}jj\\\\")).screen
        #expect(back.lines[1] == before.lines[1])
    }

    @Test func searchFoldsScriptsAndCountsHits() {
        let screen = run(analysis, events: keys("/广东") + [.key(.enter)]).screen
        let title = try! #require(screen.rows(containing: "廣東發布").first(where: { $0 > 0 }))
        let body = try! #require(screen.rows(containing: "廣東氫能").first)
        #expect(screen.role(row: title, column: screen.column(of: "廣東發布", row: title)!) == .matchCurrent)
        #expect(screen.role(row: body, column: screen.column(of: "廣東氫能", row: body)!) == .match)
        #expect(screen.role(row: body, column: screen.column(of: "氫能", row: body)!) == .text)
        #expect(screen.lines.last!.contains("1/2"))
        let next = run(analysis, events: keys("/广东") + [.key(.enter)] + keys("n")).screen
        #expect(next.lines.last!.contains("2/2"))
        #expect(next.role(row: body, column: next.column(of: "廣東氫能", row: body)!) == .matchCurrent)
        let cleared = run(analysis, events: keys("/广东") + [.key(.enter), .key(.escape)]).screen
        #expect(!cleared.cells.contains { $0.role == .match || $0.role == .matchCurrent })
    }

    @Test func latinSearchIgnoresCase() {
        var b = AnalysisBuilder()
        b.add(.body, "Hydrogen is here. The HYDROGEN strategy; hydrogen again.")
        let screen = run(b.build(), events: keys("/hydrogen")).screen
        #expect(screen.lines.last!.contains("1/3"))
    }

    @Test func enterOnASidebarItemHighlightsItsExactSpan() {
        let screen = run(analysis, columns: 140, events: [.key(.tab)] + keys("j") + [.key(.enter)]).screen
        let row = try! #require(screen.rows(containing: "加氫站數量超過300座").first)
        let col = screen.column(of: "加氫站數量超過300座", row: row)!
        #expect(screen.role(row: row, column: col) == .selection)
        #expect(screen.role(row: row, column: col - 2) != .selection)
    }

    @Test func clickOnASidebarItemJumps() {
        let first = run(analysis, events: []).screen
        let row = try! #require(first.rows(containing: "安排專項資金80億元").first)
        let screen = run(analysis, events: [.mouse(button: .left, row: row, column: 90)]).screen
        #expect(screen.cells.contains { $0.role == .selection && $0.content == "專" })
    }

    @Test func outlineJumpsToTheChosenSection() {
        let screen = run(sampleAnalysis(paragraphs: 20), rows: 14, events: keys("oj") + [.key(.enter)]).screen
        #expect(screen.lines[1].contains("二、重點任務"))
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        let screen = run(analysis, rows: 60, events: keys("?")).screen
        for binding in Keymap.bindings { #expect(!screen.rows(containing: binding.help).isEmpty, "\(binding.help)") }
        let closed = run(analysis, rows: 40, events: keys("?q")).screen
        #expect(closed.rows(containing: "outline").count <= 1)
    }

    @Test func resizeRelaysOutAtOnceWithoutCrossingTheEdge() {
        let frames = run(sampleAnalysis(paragraphs: 5), events: [.resize(rows: 10, columns: 21)]).frames
        let screen = frames.last!
        #expect(screen.columns == 21 && screen.rows == 10)
        for r in 0..<screen.rows {
            for c in 0..<screen.columns where screen[r, c].width == 2 { #expect(c + 1 < screen.columns && screen[r, c + 1].isContinuation) }
        }
    }

    @Test func quitEndsTheLoopAndCtrlZSuspends() {
        let backend = run(analysis, events: [.key(.control("z"))] + keys("q") + keys("j"))
        #expect(backend.suspendCount == 1)
        #expect(backend.frames.count == 2)
    }
}

@Suite struct BrowserInputTests {
    @Test func mouseWheelScrollsThreeRows() {
        let a = sampleAnalysis(paragraphs: 20)
        let frames = run(a, rows: 12, columns: 60, events: [.mouse(button: .wheelDown, row: 5, column: 3)]).frames
        #expect(frames[1].lines[1] == frames[0].lines[4])
        let back = run(a, rows: 12, columns: 60, events: [.mouse(button: .wheelDown, row: 5, column: 3),
                                              .mouse(button: .wheelUp, row: 5, column: 3)]).screen
        #expect(back.lines[1] == frames[0].lines[1])
    }

    @Test func pagingKeysMoveByAPageAndStopAtTheEnd() {
        let a = sampleAnalysis(paragraphs: 40)
        let frames = run(a, rows: 12, events: keys(" ")).frames
        #expect(frames[1].lines[1] == run(a, rows: 12, events: keys("jjjjjjjjjj")).screen.lines[1])
        let bottom = run(a, rows: 12, events: keys("G")).screen
        #expect(bottom.lines.last!.contains("100%"))
        #expect(run(a, rows: 12, events: keys("Gj")).screen.lines == bottom.lines)
        #expect(run(a, rows: 12, events: keys("Gg")).screen.lines == frames[0].lines)
    }
}

@Suite struct HelpPopupTests {
    @Test func helpScrollsOnAShortTerminal() {
        let a = sampleAnalysis()
        let last = Keymap.helpLines.last!
        #expect(run(a, rows: 24, events: keys("?")).screen.rows(containing: last).isEmpty)
        let scrolled = run(a, rows: 24, events: keys("?") + Array(repeating: .key(.down), count: Keymap.helpLines.count)).screen
        #expect(!scrolled.rows(containing: last).isEmpty)
        #expect(!scrolled.rows(containing: "Keys (").isEmpty, "still open")
    }
}

@Suite struct RobustnessTests {
    /// Every key in every mode at odd sizes: no crash, every frame the size of the terminal, and no
    /// wide character split at a row's end.
    @Test(arguments: [(3, 10), (5, 20), (24, 79), (40, 140), (1, 1)])
    func randomKeysAtOddSizesKeepFramesWellFormed(rows: Int, columns: Int) {
        let pool: [InputEvent] = keys("jkfbdugG}{]][[ovm\\s?nN/广东q") + [
            .key(.tab), .key(.enter), .key(.escape), .key(.backspace), .key(.pageDown), .key(.pageUp),
            .key(.home), .key(.end), .key(.up), .key(.down), .key(.character(">")),
            .mouse(button: .wheelDown, row: 2, column: 2), .mouse(button: .wheelUp, row: 2, column: 2),
            .mouse(button: .left, row: 3, column: columns - 3), .resize(rows: rows, columns: columns),
        ].filter { $0 != .key(.character("q")) }
        var seed: UInt64 = 42
        var events: [InputEvent] = []
        for _ in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            events.append(pool[Int(seed >> 33) % pool.count])
        }
        let a = sampleAnalysis(paragraphs: 30)
        let backend = MemoryBackend(rows: rows, columns: columns, events: events)
        Browser(documents: [BrowserDocument(analysis: a), BrowserDocument(analysis: sampleAnalysis(paragraphs: 1))],
                theme: Theme(name: "test", styles: [:])).run(on: backend)
        #expect(backend.frames.count > 1)
        for frame in backend.frames {
            #expect(frame.rows == rows && frame.columns == columns)
            for r in 0..<frame.rows {
                for c in 0..<frame.columns where frame[r, c].width == 2 {
                    #expect(c + 1 < frame.columns && frame[r, c + 1].isContinuation)
                }
                for c in 0..<frame.columns where frame[r, c].isContinuation {
                    #expect(c > 0 && frame[r, c - 1].width == 2, "orphan continuation at \(r),\(c)")
                }
            }
        }
    }

    @Test func aPopupOverChineseTextLeavesNoHalfCharacter() {
        let screen = run(sampleAnalysis(paragraphs: 10), rows: 30, columns: 91, events: keys("?")).screen
        for r in 0..<screen.rows {
            for c in 0..<screen.columns {
                if screen[r, c].width == 2 { #expect(c + 1 < screen.columns && screen[r, c + 1].isContinuation) }
                if screen[r, c].isContinuation { #expect(c > 0 && screen[r, c - 1].width == 2) }
            }
        }
    }
}

@Suite struct DocumentsAndViewsTests {
    @Test func searchFollowsTheToggleIntoTheRawView() {
        let screen = run(sampleAnalysis(), events: keys("/广东") + [.key(.enter)] + keys("v")).screen
        #expect(screen.lines.last!.contains("RAW"))
        #expect(screen.lines.last!.contains("/广东 1/2"))
        #expect(screen.cells.contains { $0.role == .match || $0.role == .matchCurrent })
    }

    @Test func nextDocumentShowsTheOtherArticle() {
        var b = AnalysisBuilder()
        b.add(.title, "City Council Sets Transport Target")
        // Two articles open on the library; Enter opens the first.
        let backend = MemoryBackend(rows: 20, columns: 100, events: [.key(.enter)] + keys(">"))
        Browser(documents: [BrowserDocument(analysis: sampleAnalysis()), BrowserDocument(analysis: b.build())],
                theme: Theme(name: "test", styles: [:])).run(on: backend)
        #expect(backend.frames[1].lines.last!.contains("article 1/2"))
        #expect(backend.screen.lines.last!.contains("article 2/2"))
        #expect(!backend.screen.rows(containing: "City Council Sets Transport Target").isEmpty)
    }
}

@Suite struct SidebarSelectionTests {
    @Test func theSelectedItemShowsItsWholeTextAndFields() {
        var b = AnalysisBuilder()
        let clause = "到2030年全省燃料電池汽車推廣應用達到兩萬輛並建成國內領先的氫能裝備製造基地"
        let line = b.add(.body, "方案提出，" + clause + "。")
        b.goal(clause, line: line, year: 2030)
        let screen = run(b.build(), rows: 20, columns: 90, events: []).screen
        let left = AppState(documents: [], rows: 20, columns: 90).paneWidth + 1
        let sidebarText = screen.lines.indices.map { r in
            (left..<screen.columns).map { screen[r, $0] }.filter { !$0.isContinuation }.map(\.content).joined()
        }
        let joined = sidebarText.map { $0.trimmingSpaces().replacingOccurrences(of: "› ", with: "") }.joined()
        #expect(joined.contains(clause), "\(sidebarText)")
        #expect(sidebarText.contains { $0.contains("year 2030") })
    }
}

@Suite struct LongSidebarTests {
    /// An article with `count` measures, one a line.
    static func article(measures count: Int) -> Analysis {
        var b = AnalysisBuilder()
        for k in 1...count {
            let clause = "推進第\(k)號重點項目建設"
            let line = b.add(.body, "省政府將" + clause + "。")
            b.measure(clause, line: line)
        }
        return b.build()
    }

    @Test func movingFarDownKeepsTheSelectionOnScreenWithItsNeighbours() throws {
        // The first measure is selected at first; 40 moves down select the 41st.
        let screen = run(Self.article(measures: 3000), rows: 20, columns: 100,
                         events: [.key(.tab)] + Array(repeating: .key(.character("j")), count: 40)).screen
        let left = AppState(documents: [], rows: 20, columns: 100).paneWidth + 1
        let sidebar = (1..<19).map { r in
            (left..<screen.columns).map { screen[r, $0] }.filter { !$0.isContinuation }.map(\.content).joined().trimmingSpaces()
        }
        // The item above the selection first, then the selection, its fields, and the items after it.
        #expect(Array(sidebar.prefix(3)) == ["推進第40號重點項目建設", "› 推進第41號重點項目建設", "line 41"])
        #expect(Array(sidebar[3...5]) == ["推進第42號重點項目建設", "推進第43號重點項目建設", "推進第44號重點項目建設"])
    }

    @Test func theLastItemCanBeReached() {
        let screen = run(Self.article(measures: 300), rows: 20, columns: 100,
                         events: [.key(.tab)] + Array(repeating: .key(.character("j")), count: 400)).screen
        #expect(!screen.rows(containing: "› 推進第300號重點項目建設").isEmpty)
    }
}
