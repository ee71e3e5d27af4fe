import CNcursesw
import Glibc

/// Gives the terminal back (endwin) when the program is ended by a signal or crashes, then lets
/// the signal do what it would have done (the previous handler, or the default action).
///
/// Signal handlers cannot capture state, so the previous actions live in a fixed global table.
enum TerminalRestorer {
    /// Ending signals and the ones a Swift trap or a crash raises.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    private static let previous: UnsafeMutablePointer<sigaction> = {
        let table = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        table.initialize(repeating: sigaction(), count: 65)
        return table
    }()

    static func install() {
        // A parent may have spawned us with these blocked (test runners do); we want them.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in signals + [SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, signal) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)

        for signal in signals {
            // Respect `nohup` and shells that start background jobs with SIGINT ignored.
            sigaction(signal, nil, previous + Int(signal))
            if isIgnored(previous[Int(signal)]) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                endwin()
                // Restore what was there before and deliver the signal again once we return.
                sigaction(signal, TerminalRestorer.previous + Int(signal), nil)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
        atexit { if !isendwin() { endwin() } }
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        // SIG_IGN is the handler value 1; C function pointers do not compare in Swift.
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1
    }

    static func uninstall() {
        for signal in signals {
            sigaction(signal, previous + Int(signal), nil)
        }
    }
}
