import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The browser as a reader meets it: the built binary in a real terminal (tmux), driven by keys.
@Suite(.enabled(if: TmuxDriver.isAvailable, "tmux is not installed"))
struct BrowserInTmuxTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let chineseSample = fixtures.appendingPathComponent("zh-hant-policy.txt").path
    static let title = "浙閩兩地聯合發布氫能產業行動方案"

    /// After the program ends the shell gets back exactly the terminal modes it had (the size
    /// may differ when the test resized the window).
    func expectTerminalRestored(_ tmux: TmuxDriver, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let settings = tmux.terminalSettings() else {
            Issue.record("no stty snapshots", sourceLocation: sourceLocation)
            return
        }
        let size = /rows [0-9]+; columns [0-9]+;/
        #expect(settings.before.replacing(size, with: "") == settings.after.replacing(size, with: ""),
                sourceLocation: sourceLocation)
        #expect(tmux.format("#{alternate_on}") == "0", sourceLocation: sourceLocation)
    }

    /// What the parser core says about the sample (`winnow analyze --format json`): the spam lines
    /// and the section headings the browser must hide, show and jump to.
    struct SampleFacts {
        var spamLines: [String] = []
        var headings: [String] = []

        init(path: String) throws {
            let outcome = try WinnowBinary.run(["analyze", "--format", "json", path])
            let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any] ?? [:]
            for line in object["lines"] as? [[String: Any]] ?? [] where line["kind"] as? String == "spam" {
                if let text = line["text"] as? String { spamLines.append(String(text.prefix(8))) }
            }
            for section in object["sections"] as? [[String: Any]] ?? [] {
                if let title = section["title"] as? String { headings.append(title) }
            }
        }
    }

    @Test func readChineseSampleToggleJumpSearchResizeQuit() throws {
        let facts = try SampleFacts(path: Self.chineseSample)
        // 60 rows: the whole page fits in the raw view, wherever the toggle anchors it.
        let tmux = try TmuxDriver([WinnowBinary.url.path, Self.chineseSample], columns: 100, rows: 60)
        #expect(tmux.waitFor(Self.title))
        let status = { (lines: [String]) in lines.last ?? "" }

        // `v` toggles raw and cleaned: the status line names the view; spam shows only in raw.
        #expect(status(tmux.screen()).contains("CLEANED"))
        let showsSpam = { (lines: [String]) in facts.spamLines.contains { spam in lines.contains { $0.contains(spam) } } }
        if !facts.spamLines.isEmpty { #expect(!showsSpam(tmux.screen()), "cleaned view hides spam") }
        tmux.press("v")
        #expect(tmux.waitUntil { status($0).contains("RAW") })
        if !facts.spamLines.isEmpty { #expect(tmux.waitUntil(showsSpam), "raw view shows spam") }
        tmux.press("v")
        #expect(tmux.waitUntil { status($0).contains("CLEANED") })
        if !facts.spamLines.isEmpty { #expect(tmux.waitUntil { !showsSpam($0) }) }

        // `}` brings the next section heading to the top of the article pane (when the core finds
        // headings in the sample; the parser's own tests cover finding them).
        if let heading = facts.headings.first {
            tmux.press("}")
            #expect(tmux.waitUntil { lines in lines.prefix(4).contains { $0.contains(heading) } })
        }

        // `/` searches, across Simplified and Traditional: 氢能 finds 氫能; the status counts hits.
        tmux.press("/")
        tmux.type("氢能")
        tmux.press("Enter")
        // The current hit is the first one at or after the reading position, as in less.
        #expect(tmux.waitUntil { status($0).contains(/\s[1-9][0-9]*\/[1-9][0-9]*\s/) }, "status line shows the hit count")

        // A resize re-lays out at once: the status line is on the new bottom row.
        tmux.resize(columns: 60, rows: 20)
        #expect(tmux.waitUntil { lines in lines.count == 20 && lines[19].contains("zh-hant-policy") })

        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func mouseWheelScrollsTheArticle() throws {
        let tmux = try TmuxDriver([WinnowBinary.url.path, Self.chineseSample], columns: 100, rows: 20)
        #expect(tmux.waitForAlternateScreen())
        #expect(tmux.waitUntil { $0.count > 1 && !$0[1].isEmpty })
        let top = tmux.screen()[1]
        // xterm X10 mouse reports (what tmux-256color's kmous announces): ESC [ M, then button+32,
        // column+33, row+33. Buttons 64/65 are the wheel.
        tmux.type("\u{1B}[Ma+&")
        #expect(tmux.waitUntil { $0.count > 1 && $0[1] != top }, "wheel down scrolls")
        tmux.type("\u{1B}[M`+&")
        #expect(tmux.waitUntil { $0.count > 1 && $0[1] == top }, "wheel up scrolls back")
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func quitRestoresTheTerminal() throws {
        let tmux = try TmuxDriver([WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalRestoresTheTerminal(signal: Int32) throws {
        let tmux = try TmuxDriver([WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        let pid = try #require(tmux.programPID())
        kill(pid, signal)
        #expect(tmux.exitStatus() == 128 + Int(signal), "ended by the signal, as a shell expects")
        expectTerminalRestored(tmux)
    }

    @Test func crashRestoresTheTerminal() throws {
        // A crash signal (here SIGSEGV sent from outside; a Swift trap raises SIGILL/SIGTRAP and is
        // handled the same way) gives the terminal back, then ends the program as the signal would.
        // The runtime's crash reporter is off: after an external signal it would return and let
        // the program run on, which a real fault never does.
        let tmux = try TmuxDriver(["env", "SWIFT_BACKTRACE=enable=no", WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        let pid = try #require(tmux.programPID())
        kill(pid, SIGSEGV)
        #expect(tmux.exitStatus() == 128 + Int(SIGSEGV))
        expectTerminalRestored(tmux)
    }

    @Test func endsWhenTheTerminalGoesAwayEvenWithHangupIgnored() throws {
        // With SIGHUP ignored (nohup) the program only learns from read errors that the pty is gone.
        let tmux = try TmuxDriver(["sh", "-c", "trap '' HUP; exec \"$0\" \"$@\"", WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        let pid = try #require(tmux.programPID())
        tmux.killServer()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && Self.isRunning(pid) { usleep(20_000) }
        #expect(!Self.isRunning(pid), "exits instead of spinning on a dead terminal")
    }

    /// Alive and not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return false }
        return !stat[stat.index(end, offsetBy: 2)...].hasPrefix("Z")
    }

    @Test func documentOnStandardInputKeysFromTheTerminal() throws {
        // `winnow -` reads the page from the pipe and the keys from /dev/tty.
        let tmux = try TmuxDriver(["sh", "-c", "cat \"$1\" | \"$0\" -", WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func noPathOpensTheBundledSamples() throws {
        let tmux = try TmuxDriver([WinnowBinary.url.path])
        #expect(tmux.waitForAlternateScreen())
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func brokenThemeIsReportedOnceAndTheBrowserStillStarts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let themePath = folder.appendingPathComponent("broken.toml").path
        try "[spam]\nfg = \"no-such-colour\"\n".write(toFile: themePath, atomically: true, encoding: .utf8)

        let tmux = try TmuxDriver([WinnowBinary.url.path, "--theme", themePath, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        let message = "broken.toml: spam.fg: unknown colour"
        #expect(tmux.waitFor(message))
        #expect(tmux.screen().filter { $0.contains(message) }.count == 1)
        tmux.press("j")
        #expect(tmux.waitUntil { !$0.contains { $0.contains(message) } }, "shown once: gone after the next key")
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func themeColoursReachTheTerminal() throws {
        let tmux = try TmuxDriver([WinnowBinary.url.path, "--theme", "light", Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        // light.toml: text is #1c1c1c on #ffffff, i.e. palette 234 on 231 of a 256-colour terminal.
        // "42" sits in a body paragraph of the sample.
        #expect(tmux.waitUntil { _ in
            StyledScreen(tmux.styledScreen()).style(of: "42") == StyledScreen.Style(
                foreground: ["38", "5", "234"], background: ["48", "5", "231"])
        })
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func eightColourTerminalsGetTheNearestBasicColours() throws {
        let tmux = try TmuxDriver(["env", "TERM=xterm", WinnowBinary.url.path, "--theme", "light", Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        // xterm has 8 colours: light.toml's #1c1c1c on #ffffff becomes black (30) on white (47).
        #expect(tmux.waitUntil { _ in
            StyledScreen(tmux.styledScreen()).style(of: "42") == StyledScreen.Style(foreground: ["30"], background: ["47"])
        })
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func noColorGivesAttributesOnly() throws {
        let tmux = try TmuxDriver(["env", "NO_COLOR=1", WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitForAlternateScreen())
        #expect(tmux.waitFor("2030"))
        #expect(!StyledScreen(tmux.styledScreen()).usesColour)
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func terminalWithoutColoursGetsAttributesOnly() throws {
        let tmux = try TmuxDriver(["env", "TERM=vt100", WinnowBinary.url.path, "--theme", "light", Self.chineseSample])
        #expect(tmux.waitFor("2030"))
        #expect(!StyledScreen(tmux.styledScreen()).usesColour)
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func monochromeRawViewSetsSpamApart() throws {
        let facts = try SampleFacts(path: Self.chineseSample)
        let tmux = try TmuxDriver(["env", "NO_COLOR=1", WinnowBinary.url.path, Self.chineseSample], columns: 100, rows: 60)
        #expect(tmux.waitFor(Self.title))
        tmux.press("v")
        #expect(tmux.waitUntil { ($0.last ?? "").contains("RAW") })
        let screen = StyledScreen(tmux.styledScreen())
        #expect(!screen.usesColour)
        // Spam (when the core finds some in the sample) is reversed, the article body is not.
        let body = try #require(screen.style(of: "42"))
        #expect(!body.reverse)
        if let spamLine = facts.spamLines.first {
            let spam = try #require(screen.style(of: spamLine))
            #expect(spam.reverse && spam != body)
        }
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let tmux = try TmuxDriver.interactiveShell()
        let directory = TmuxDriver.shellQuoted(tmux.directory)
        #expect(tmux.waitFor("$"))
        tmux.enter("stty -a > \(directory)/stty-before")
        tmux.enter(TmuxDriver.recordingPID([WinnowBinary.url.path, Self.chineseSample], in: directory))
        #expect(tmux.waitFor(Self.title))
        let pid = try #require(tmux.programPID())

        tmux.press("C-z")
        #expect(tmux.waitUntil { _ in Self.isStopped(pid) }, "stopped like any job on Ctrl-Z")
        #expect(tmux.waitUntil { _ in tmux.format("#{alternate_on}") == "0" }, "the shell's screen is back")
        tmux.enter("fg")
        #expect(tmux.waitForAlternateScreen())
        #expect(tmux.waitFor(Self.title), "redrawn on resume")

        tmux.press("q")
        #expect(tmux.waitUntil { _ in tmux.format("#{alternate_on}") == "0" })
        // Typed only once the program is gone: until then its terminal restore may discard
        // pending input (a loaded machine stretches that moment).
        #expect(tmux.waitUntil { _ in Self.hasExited(pid) }, "exits on q")
        tmux.enter("echo EXIT=$?; stty -a > \(directory)/stty-after")
        #expect(tmux.exitStatus() == 0)
        expectTerminalRestored(tmux)
    }

    @Test func chineseShowsEvenInTheCLocale() throws {
        let tmux = try TmuxDriver(["env", "LC_ALL=C", WinnowBinary.url.path, Self.chineseSample])
        #expect(tmux.waitFor(Self.title))
        tmux.press("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// Process state from /proc: T when stopped.
    static func isStopped(_ pid: pid_t) -> Bool {
        processState(pid) == "T"
    }

    /// Gone, or a zombie its shell has yet to reap.
    static func hasExited(_ pid: pid_t) -> Bool {
        let state = processState(pid)
        return state == nil || state == "Z"
    }

    /// The state letter of `/proc/PID/stat` (R, S, T, Z…), nil when there is no such process.
    static func processState(_ pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(end, offsetBy: 2)...].first
    }

    @Test(arguments: [["TERM=dumb"], ["-u", "TERM"], ["TERM=no-such-terminal"]])
    func unusableTerminalGetsOneLineAndTheCleanedText(terminal: [String]) throws {
        let tmux = try TmuxDriver(["env"] + terminal + [WinnowBinary.url.path, Self.chineseSample], rows: 100)
        #expect(tmux.exitStatus() == 0)
        let screen = tmux.screen()
        #expect(screen.filter { $0.contains("winnow: cannot browse here") }.count == 1)
        #expect(screen.contains { $0.contains(Self.title) })
        expectTerminalRestored(tmux)
    }
}
