import Foundation

/// Reads a file's lines in fixed-size chunks with plain reads (no memory mapping), so memory stays
/// bounded by the longest line and a file that shrinks or grows while it is read ends early or
/// reads on, where a mapped file would crash the process with SIGBUS.
struct LineStream {
    static let chunkSize = 1 << 20

    let path: String

    /// Calls `body` with each line (without its `\n`) and its 1-based number until it returns
    /// false or the file ends. Throws when the file cannot be opened.
    func forEachLine(_ body: (Int, ArraySlice<UInt8>) throws -> Bool) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, reason: "cannot be read")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        while true {
            let chunk = (try? handle.read(upToCount: Self.chunkSize)) ?? nil
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                number += 1
                if try !body(number, pending[start..<newline]) { return }
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty {
            number += 1
            _ = try body(number, pending[...])
        }
    }
}
