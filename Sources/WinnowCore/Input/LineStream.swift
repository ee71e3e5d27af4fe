import Foundation

/// Reads a file's lines in fixed-size chunks with plain reads (no memory mapping), so memory stays
/// bounded by the longest line and a file that shrinks or grows while it is read ends early or
/// reads on, where a mapped file would crash the process with SIGBUS.
struct LineStream {
    static let chunkSize = 1 << 20

    let path: String

    /// Calls `body` with each line (without its `\n`; the bytes are valid only during the call)
    /// and its 1-based number until it returns false or the file ends. Throws when the file
    /// cannot be opened.
    func forEachLine(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
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
            let consumed = try pending.withUnsafeBufferPointer { buffer -> Int? in
                var start = 0
                while start < buffer.count,
                      let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) {
                    let newline = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    number += 1
                    if try !body(number, UnsafeBufferPointer(rebasing: buffer[start..<newline])) { return nil }
                    start = newline + 1
                }
                return start
            }
            guard let consumed else { return }
            pending.removeFirst(consumed)
        }
        if !pending.isEmpty {
            number += 1
            _ = try pending.withUnsafeBufferPointer { try body(number, $0) }
        }
    }
}
