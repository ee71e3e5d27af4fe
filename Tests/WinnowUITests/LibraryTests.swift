import Testing
import WinnowCore
@testable import WinnowUI

/// An article with a title, a date, a source, some junk and some goals.
func libraryArticle(_ title: String, date: String, source: String = "Daily", junk: Int = 0, goals: Int = 0,
                    path: String? = nil) -> Analysis {
    var b = AnalysisBuilder()
    b.add(.title, title)
    b.add(.meta, "Published \(date)")
    for i in 0..<junk { b.add(.spam, "free movies online \(i)", reasons: ["keyword-stuffing"]) }
    var lines: [Int] = []
    for i in 0..<max(1, goals) { lines.append(b.add(.body, "By 2030 the city will plant \(i + 1)00 trees in every district.")) }
    for i in 0..<goals { b.goal("plant \(i + 1)00 trees", line: lines[i], year: 2030) }
    var a = b.build()
    a.path = path ?? title.lowercased().replacingOccurrences(of: " ", with: "-") + ".txt"
    a.published = date
    a.source = source
    a.language = "en"
    return a
}

let libraryArticles = [
    libraryArticle("Harbour Bridge Reopens", date: "2024-05-02", junk: 1, goals: 0),
    libraryArticle("Air Quality Plan Adopted", date: "2024-07-19", junk: 0, goals: 3),
    libraryArticle("Council Budget Passed", date: "2023-11-30", junk: 4, goals: 1),
]

func runLibrary(_ analyses: [Analysis] = libraryArticles, rows: Int = 20, columns: Int = 120,
                events: [InputEvent]) -> MemoryBackend {
    let backend = MemoryBackend(rows: rows, columns: columns, events: events)
    Browser(documents: analyses.map { BrowserDocument(analysis: $0) }, theme: Theme(name: "test", styles: [:]))
        .run(on: backend)
    return backend
}

extension CellBuffer {
    /// The article titles listed, top to bottom (rows below the column headings).
    var libraryTitles: [String] {
        lines.dropFirst(2).dropLast().compactMap { line in
            libraryArticles.map { $0.title! }.first { line.contains($0) }
        }
    }
}

@Suite struct LibraryViewTests {
    @Test func severalArticlesOpenOnTheLibraryWithOneRowEach() {
        let screen = runLibrary(events: []).screen
        #expect(screen.lines[0].contains("Library · 3 articles · sorted by input order"))
        #expect(screen.lines[1].contains("Title") && screen.lines[1].contains("Junk") && screen.lines[1].contains("Goals"))
        #expect(screen.libraryTitles == ["Harbour Bridge Reopens", "Air Quality Plan Adopted", "Council Budget Passed"])
        let budget = try! #require(screen.rows(containing: "Council Budget Passed").first)
        // Date, source, language, junk share (4 of 7 lines), goals, measures.
        for cell in ["2023-11-30", "Daily", "en", "57%", "1", "0"] { #expect(screen.lines[budget].contains(cell), "\(cell)") }
        #expect(screen.lines.last!.contains("article 1/3"))
    }

    @Test func oneArticleOpensDirectly() {
        let screen = runLibrary([libraryArticles[0]], events: []).screen
        #expect(screen.lines[0].contains("Harbour Bridge Reopens"))
        #expect(screen.lines.last!.contains("CLEANED"))
        #expect(!screen.lines.last!.contains("article 1/1"))
    }

    @Test func sortKeysReorderTheRowsAndNameTheOrder() {
        let byName = runLibrary(events: keys("1")).screen
        #expect(byName.lines[0].contains("sorted by name"))
        #expect(byName.libraryTitles == ["Air Quality Plan Adopted", "Council Budget Passed", "Harbour Bridge Reopens"])
        let byDate = runLibrary(events: keys("2")).screen
        #expect(byDate.libraryTitles == ["Air Quality Plan Adopted", "Harbour Bridge Reopens", "Council Budget Passed"])
        let byJunk = runLibrary(events: keys("3")).screen
        #expect(byJunk.libraryTitles == ["Council Budget Passed", "Harbour Bridge Reopens", "Air Quality Plan Adopted"])
        let byGoals = runLibrary(events: keys("4")).screen
        #expect(byGoals.libraryTitles == ["Air Quality Plan Adopted", "Council Budget Passed", "Harbour Bridge Reopens"])
        // S steps through the orders: input, name, date.
        #expect(runLibrary(events: keys("SS")).screen.lines[0].contains("sorted by date"))
    }

    @Test func theSelectionStaysOnItsArticleWhenTheOrderChanges() {
        let screen = runLibrary(events: keys("jj1")).screen  // select the budget, then sort by name
        let row = try! #require(screen.rows(containing: "Council Budget Passed").first)
        #expect(screen.lines[row].contains("› Council Budget Passed"))
        #expect(screen.lines.last!.contains("article 2/3"))
    }

    @Test func typingAfterSlashFiltersAndEscClears() {
        let filtered = runLibrary(events: keys("/bud")).screen
        #expect(filtered.libraryTitles == ["Council Budget Passed"])
        #expect(filtered.lines.last!.hasPrefix("/bud"))
        #expect(filtered.lines.last!.contains("1 of 3"))
        // Enter keeps the filter and opens the only match on the next Enter.
        let opened = runLibrary(events: keys("/bud") + [.key(.enter), .key(.enter)]).screen
        #expect(opened.lines[0].contains("Council Budget Passed"))
        #expect(opened.lines.last!.contains("article 1/1"))
        let cleared = runLibrary(events: keys("/bud") + [.key(.escape)]).screen
        #expect(cleared.libraryTitles.count == 3)
        // Case and script fold as in search: 广东 finds 廣東.
        let chinese = [libraryArticle("廣東氫能方案", date: "2024-03-08", path: "a.txt"), libraryArticle("Other", date: "2024-03-09")]
        #expect(runLibrary(chinese, events: keys("/广东")).screen.rows(containing: "廣東氫能方案").count == 1)
        #expect(runLibrary(events: keys("/BUDGET")).screen.libraryTitles == ["Council Budget Passed"])
        let none = runLibrary(events: keys("/zzz")).screen
        #expect(!none.rows(containing: "no article matches the filter").isEmpty)
    }

    @Test func enterOpensTheSelectedArticleAndQOrBackspaceReturns() {
        let opened = runLibrary(events: keys("j") + [.key(.enter)]).screen
        #expect(opened.lines[0].contains("Air Quality Plan Adopted"))
        #expect(opened.lines.last!.contains("article 2/3"))
        #expect(!opened.rows(containing: "Goals (3)").isEmpty, "the article's sidebar")
        for back in [InputEvent.key(.character("q")), .key(.backspace)] {
            let backend = runLibrary(events: keys("j") + [.key(.enter), back])
            #expect(backend.screen.lines[0].contains("Library"))
            #expect(backend.screen.lines.last!.contains("article 2/3"), "the selection is where the reader left")
        }
    }

    @Test func qInTheLibraryQuits() {
        let backend = runLibrary(events: keys("qj"))
        #expect(backend.frames.count == 1, "no frame after q")
    }

    @Test func capitalJAndKOpenTheNextAndPreviousArticleInTheLibraryOrder() {
        let next = runLibrary(events: [.key(.enter)] + keys("J")).screen
        #expect(next.lines[0].contains("Air Quality Plan Adopted"))
        #expect(next.lines.last!.contains("article 2/3"))
        let previous = runLibrary(events: [.key(.enter)] + keys("JJK")).screen
        #expect(previous.lines[0].contains("Air Quality Plan Adopted"))
        // In the order by name, the one after the Air Quality plan is the budget.
        let byName = runLibrary(events: keys("1g") + [.key(.enter)] + keys("J")).screen
        #expect(byName.lines[0].contains("Council Budget Passed"))
        #expect(byName.lines.last!.contains("article 2/3"))
        // Past the last article it wraps to the first.
        let wrapped = runLibrary(events: keys("G") + [.key(.enter)] + keys("J")).screen
        #expect(wrapped.lines[0].contains("Harbour Bridge Reopens"))
    }

    @Test func helpListsTheLibraryKeys() {
        let help = Keymap.helpLines
        for needle in ["sort by name", "sort by date", "sort by junk share", "sort by goals", "open article",
                       "next article", "previous article", "back to the library"] {
            #expect(help.contains { $0.contains(needle) }, "\(needle)")
        }
        #expect(help.contains { $0.hasPrefix("J >") })
    }

    @Test func theStatusLineCountsArticlesAmongMany() {
        let many = (0..<120).map { libraryArticle("Article \($0)", date: "2024-01-01") }
        let screen = runLibrary(many, events: keys("jj") + [.key(.enter)]).screen
        #expect(screen.lines.last!.contains("article 3/120"))
        let paged = runLibrary(many, rows: 12, events: [.key(.pageDown)]).screen
        #expect(paged.lines.last!.contains("article 10/120"), "a page is the 9 rows shown")
        #expect(paged.lines[2].contains("› Article 9"))
    }
}

/// Articles arriving while the browser runs: the backend posts to the feed between key events,
/// as the background indexer would.
final class StreamingBackend: TerminalBackend {
    enum Step { case key(InputEvent), arrive([LibraryEntry]), finish }
    var size: (rows: Int, columns: Int) = (20, 120)
    private var steps: [Step]
    let source: StreamingSource
    private(set) var frames: [CellBuffer] = []

    init(source: StreamingSource, steps: [Step]) {
        self.source = source
        self.steps = steps
    }

    func draw(_ buffer: CellBuffer) { frames.append(buffer) }
    func nextEvent() -> InputEvent? {
        while !steps.isEmpty {
            if case .key(let e) = steps.removeFirst() { return e }
        }
        return nil
    }
    func nextEvent(timeoutMilliseconds: Int) -> TimedInput {
        guard !steps.isEmpty else { return .ended }
        switch steps.removeFirst() {
        case .key(let e): return .event(e)
        case .arrive(let entries): source.feed?.post(entries)
        case .finish: source.feed?.finish()
        }
        return .timedOut
    }
    func suspend() {}
    var screen: CellBuffer { frames.last! }
}

/// A source that only hands out its feed: the test posts to it.
final class StreamingSource: ArticleSource, @unchecked Sendable {
    var feed: LibraryFeed?
    let analyses: [Analysis]
    init(_ analyses: [Analysis]) { self.analyses = analyses }
    func startIndexing(into feed: LibraryFeed) { self.feed = feed }
    func analysis(of entry: LibraryEntry) -> Result<Analysis, InputError> { .success(analyses[entry.number]) }
}

@Suite struct LibraryStreamingTests {
    let entries = libraryArticles.enumerated().map { LibraryEntry(number: $0.offset, analysis: $0.element) }

    @Test func rowsAppearAsArticlesArriveWithProgress() {
        let source = StreamingSource(libraryArticles)
        let backend = StreamingBackend(source: source, steps: [
            .arrive(Array(entries[..<2])), .arrive([entries[2]]), .finish,
        ])
        Browser(source: source, theme: Theme(name: "test", styles: [:])).run(on: backend)
        let frames = backend.frames
        // (The first frame waits for a second article, so one file opens without a library.)
        #expect(frames[0].libraryTitles == ["Harbour Bridge Reopens", "Air Quality Plan Adopted"])
        #expect(frames[0].lines.last!.contains("indexing… 2 articles"))
        #expect(frames[1].libraryTitles.count == 3)
        #expect(!frames.last!.lines.last!.contains("indexing"), "done")
        #expect(frames.last!.lines[0].contains("3 articles"))
    }

    @Test func anArticleOpensBeforeIndexingEnds() {
        let source = StreamingSource(libraryArticles)
        let backend = StreamingBackend(source: source, steps: [
            .arrive(Array(entries[..<2])), .key(.key(.enter)), .arrive([entries[2]]), .key(.key(.character("J"))),
        ])
        Browser(source: source, theme: Theme(name: "test", styles: [:])).run(on: backend)
        #expect(backend.frames[1].lines[0].contains("Harbour Bridge Reopens"))
        #expect(backend.frames[1].lines.last!.contains("indexing…"))
        #expect(backend.screen.lines[0].contains("Air Quality Plan Adopted"))
        #expect(backend.screen.lines.last!.contains("article 2/3"))
    }

    @Test func newArticlesKeepTheirPlaceInASortedLibrary() {
        var state = AppState(rows: 20, columns: 120)
        _ = update(&state, .documentsArrived([entries[0]], IndexProgress()))
        _ = update(&state, .sortLibrary(.name))
        _ = update(&state, .documentsArrived(Array(entries[1...]), IndexProgress(finished: true)))
        let titles = state.library.rows.map { state.library.entries[$0].title }
        #expect(titles == ["Air Quality Plan Adopted", "Council Budget Passed", "Harbour Bridge Reopens"])
        #expect(state.library.selectedEntry?.title == "Harbour Bridge Reopens", "the selection stays on its article")
    }

    @Test func sortingByNameFoldsCaseAndScriptAndKeepsTiesInInputOrder() {
        func entry(_ number: Int, _ title: String) -> LibraryEntry {
            LibraryEntry(number: number, path: "c.jsonl:\(number)", title: title, date: "", source: "", language: "",
                         junkShare: 0, goals: 0, measures: 0)
        }
        var library = LibraryState()
        library.append([entry(0, "beta"), entry(1, "廣東"), entry(2, "Alpha"), entry(3, "广东"), entry(4, "alpha"), entry(5, "")])
        library.setSort(.name)
        // Folded: 廣東 and 广东 are the same title, Alpha and alpha too; equal titles keep input order.
        #expect(library.rows == [5, 2, 4, 0, 1, 3])
    }

    @Test func everySortGivesTheSameOrderWhetherRebuiltOrMergedAsArticlesArrive() {
        let titles = ["beta", "Alpha", "廣東", "广东", "alpha", ""]
        let dates = ["2024-03-08", "", "2023年5月1日", "2024-03-08", "2024-3-9", ""]
        let entries = (0..<60).map { (i: Int) -> LibraryEntry in
            let junk: Double = Double((i * 5) % 7) / 7
            return LibraryEntry(number: i, path: "c.jsonl:\(i)", title: titles[i % titles.count], date: dates[(i * 7) % dates.count],
                                source: "", language: "", junkShare: junk, goals: (i * 3) % 4, measures: i % 3)
        }
        for sort in LibrarySort.allCases {
            var rebuilt = LibraryState()
            rebuilt.append(entries)
            rebuilt.setSort(sort)
            var merged = LibraryState()
            merged.setSort(sort)
            for start in stride(from: 0, to: entries.count, by: 7) { merged.append(Array(entries[start..<min(start + 7, entries.count)])) }
            #expect(rebuilt.rows == merged.rows, "\(sort)")
            let expected = entries.indices.sorted { sort.precedes(entries[$0], entries[$1]) }
            #expect(rebuilt.rows == expected, "\(sort)")
        }
    }

    @Test func aSingleArticleOpensWhenIndexingEnds() {
        var state = AppState(rows: 20, columns: 120)
        #expect(update(&state, .documentsArrived([entries[0]], IndexProgress())) == [])
        #expect(update(&state, .documentsArrived([], IndexProgress(finished: true))) == [.openArticle(number: 0)])
    }

    @Test func nothingReadableQuits() {
        var state = AppState(rows: 20, columns: 120)
        #expect(update(&state, .documentsArrived([], IndexProgress(finished: true, failures: 2))) == [.quit])
    }
}
