import Foundation
import WinnowCore

/// Writes to standard output and one-line messages on standard error.
enum Console {
    static func write(_ s: String) {
        var s = s
        s.withUTF8 { writeAll($0) }
    }

    static func write(_ bytes: OutputBytes) {
        bytes.withUnsafeBufferPointer { writeAll($0) }
    }

    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        writeAll(bytes)
    }

    /// One line on stderr, prefixed with the program name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("winnow: " + message + "\n").utf8))
    }

    static var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes straight from the caller's buffer (a large JSON line is not copied again). Output
    /// that cannot be written (a full disk, `> /dev/full`) ends the run with one line and status 1.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let n = Foundation.write(STDOUT_FILENO, base + written, bytes.count - written)
            if n > 0 {
                written += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                error("cannot write output: " + String(cString: strerror(n < 0 ? errno : EIO)))
                exit(1)
            }
        }
    }
}
