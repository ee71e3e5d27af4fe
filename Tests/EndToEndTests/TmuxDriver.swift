import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command in a detached tmux session on a private server, and reads its screen.
///
/// Two traps shape this (both seen on Linux): `Foundation.Process` waits on `tmux new-session -d`
/// until the tmux *server* exits, so tmux is started with `posix_spawn` + `waitpid`; and children
/// of test threads inherit a signal mask that blocks SIGTERM/SIGINT/SIGHUP, so the mask and
/// dispositions are reset for every child. Each session has its own `-S` socket.
final class TmuxDriver {
    /// The tmux executable on PATH, if any; tests skip without it.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
    static var isAvailable: Bool { executable != nil }

    /// A scratch folder for the socket, the pane's pid file and its `stty -a` snapshots.
    let directory: String
    private var socket: String { directory + "/tmux.sock" }
    private let session = "winnow"

    /// Starts `arguments` (the first is the program) in a `columns`×`rows` pane, wrapped so that the
    /// shell snapshots `stty -a` before and after it, records its pid, and prints `EXIT=<status>`.
    convenience init(_ arguments: [String], columns: Int = 100, rows: Int = 40, environment: [String: String] = [:]) throws {
        try self.init(columns: columns, rows: rows, environment: environment) { directory in
            "stty -a > \(directory)/stty-before; \(Self.recordingPID(arguments, in: directory)); "
                + "echo \"EXIT=$?\"; stty -a > \(directory)/stty-after; exec sleep 600"
        }
    }

    /// An interactive shell with job control (prompt `$ `), for what only a shell can do: `fg`.
    static func interactiveShell(columns: Int = 100, rows: Int = 40) throws -> TmuxDriver {
        try TmuxDriver(columns: columns, rows: rows, environment: ["PS1": "$ ", "ENV": ""]) { _ in "exec sh -i" }
    }

    /// A shell command that records its pid in `directory`/pid and then becomes `arguments`.
    static func recordingPID(_ arguments: [String], in directory: String) -> String {
        let program = arguments.map(Self.shellQuoted).joined(separator: " ")
        return "sh -c 'echo $$ > \"$0\"/pid.tmp && mv \"$0\"/pid.tmp \"$0\"/pid; exec \"$@\"' \(directory) \(program)"
    }

    private init(columns: Int, rows: Int, environment extra: [String: String], script: (String) -> String) throws {
        // Unix socket paths are short (108 bytes): keep the folder name brief.
        let temporary = FileManager.default.temporaryDirectory.path
        directory = (temporary.utf8.count < 60 ? temporary : "/tmp") + "/wne2e-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["NO_COLOR"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["SHELL"] = "/bin/sh"
        environment["XDG_CONFIG_HOME"] = directory     // no user themes leak into tests
        for (key, value) in extra { environment[key] = value }
        let status = try run(["-f", "/dev/null", "new-session", "-d", "-s", session,
                              "-x", String(columns), "-y", String(rows), script(Self.shellQuoted(directory))],
                             environment: environment)
        guard status.exitCode == 0 else { throw Failure("tmux new-session failed: \(status.output)") }
    }

    func killServer() {
        _ = try? run(["kill-server"])
    }

    deinit {
        killServer()
        try? FileManager.default.removeItem(atPath: directory)
    }

    // MARK: Reading the screen

    /// The pane's rows as text (trailing blanks trimmed by tmux).
    func screen() -> [String] {
        guard let result = try? run(["capture-pane", "-p", "-t", session]) else { return [] }
        var lines = result.output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The pane with SGR escapes (`capture-pane -e`), for style assertions.
    func styledScreen() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", session]))?.output ?? ""
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}`.
    func format(_ format: String) -> String {
        let output = (try? run(["display-message", "-p", "-t", session, format]))?.output ?? ""
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 20 ms until `condition` holds; false after `timeout` seconds.
    @discardableResult
    func waitUntil(timeout: Double = 10, _ condition: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen()) { return true }
            usleep(20_000)
        }
        return condition(screen())
    }

    /// Waits for text anywhere on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// True once the program has switched to the alternate screen (curses is up).
    @discardableResult
    func waitForAlternateScreen(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if format("#{alternate_on}") == "1" { return true }
            usleep(20_000)
        }
        return false
    }

    // MARK: Driving

    /// tmux key names (`q`, `Enter`, `Escape`, `PageDown`, `C-c`), one per argument.
    func press(_ keys: String...) {
        _ = try? run(["send-keys", "-t", session] + keys)
    }

    /// Text typed as is (Chinese included).
    func type(_ text: String) {
        _ = try? run(["send-keys", "-t", session, "-l", text])
    }

    /// A command line typed into an interactive shell, then Enter.
    func enter(_ commandLine: String) {
        type(commandLine)
        press("Enter")
    }

    func resize(columns: Int, rows: Int) {
        _ = try? run(["resize-window", "-t", session, "-x", String(columns), "-y", String(rows)])
    }

    /// The program's pid, once the wrapper has recorded it.
    func programPID(timeout: Double = 10) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: directory + "/pid", encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            usleep(20_000)
        }
        return nil
    }

    /// Waits for the wrapper's `EXIT=n` line and returns n.
    func exitStatus(timeout: Double = 10) -> Int? {
        var status: Int?
        waitUntil(timeout: timeout) { lines in
            status = lines.lazy.compactMap { $0.hasPrefix("EXIT=") ? Int($0.dropFirst(5)) : nil }.first
            return status != nil
        }
        return status
    }

    /// `stty -a` as the shell saw it before the program started and after it ended.
    func terminalSettings() -> (before: String, after: String)? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let before = try? String(contentsOfFile: directory + "/stty-before", encoding: .utf8),
               let after = try? String(contentsOfFile: directory + "/stty-after", encoding: .utf8),
               !after.isEmpty {
                return (before, after)
            }
            usleep(20_000)
        }
        return nil
    }

    // MARK: Spawning tmux

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private struct Result {
        var exitCode: Int32
        var output: String
    }

    private func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        guard let tmux = Self.executable else { throw Failure("tmux is not installed") }
        let outputPath = directory + "/out-" + UUID().uuidString.prefix(8)
        defer { unlink(outputPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([tmux, "-S", socket] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + env).forEach { free($0) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, env)
        guard spawned == 0 else { throw Failure("posix_spawn tmux: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(exitCode: exitCode, output: output)
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
