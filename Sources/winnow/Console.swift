import Foundation

/// Buffered writes to standard output and one-line messages on standard error.
enum Console {
    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// One line on stderr, prefixed with the program name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("winnow: " + message + "\n").utf8))
    }

    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
