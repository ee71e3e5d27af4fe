import Foundation

/// A decoded page: its text with line breaks normalised to `\n`, and a line table.
///
/// Invariants: `text` contains no `\r`; `lines[i]` is the i-th piece of `text` split on `\n`
/// (so line numbers are `i + 1`); `lineStarts[i]` is the Unicode-scalar offset of `lines[i]`
/// in `text`. Offsets are in scalars so that Python's `text[start:end]` finds the same span.
public struct SourceText: Sendable {
    public let text: String
    public let lines: [Substring]
    public let lineStarts: [Int]
    /// How the bytes were decoded (`utf-8`, `utf-8-bom`, ...).
    public let encoding: String
    /// Invalid byte sequences replaced with U+FFFD while decoding.
    public let invalidBytes: Int

    public init(decoded: String, encoding: String = "utf-8", invalidBytes: Int = 0) {
        var normalised = SourceText.normaliseLineBreaks(decoded)
        normalised.makeContiguousUTF8()
        self.encoding = encoding
        self.invalidBytes = invalidBytes
        // One pass over the UTF-8 bytes: a scalar starts at every byte that is not a continuation
        // byte (10xxxxxx), so scalar offsets are counted without decoding.
        var lineByteRanges: [Range<Int>] = []
        var starts: [Int] = []
        let scalarCount = normalised.withUTF8 { bytes -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            let count = bytes.count
            var scalarOffset = 0
            var lineStartOffset = 0
            var lineStartByte = 0
            var i = 0
            while i < count {
                // Eight bytes at a time while there is no line break among them.
                if i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if !Self.hasNewline(word) {
                        scalarOffset += 8 - Self.continuationBytes(word)
                        i += 8
                        continue
                    }
                }
                let byte = base[i]
                if byte == 0x0A {
                    lineByteRanges.append(lineStartByte..<i)
                    starts.append(lineStartOffset)
                    lineStartByte = i + 1
                    lineStartOffset = scalarOffset + 1
                }
                if byte & 0xC0 != 0x80 { scalarOffset += 1 }
                i += 1
            }
            lineByteRanges.append(lineStartByte..<count)
            starts.append(lineStartOffset)
            return scalarOffset
        }
        let utf8 = normalised.utf8
        self.lines = lineByteRanges.map { range in
            normalised[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
        self.text = normalised
        self.lineStarts = starts
        self.scalarCount = scalarCount
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether a byte of `word` is `\n` (the "has a zero byte" bit trick on `word` xor `\n`s).
    @inline(__always)
    private static func hasNewline(_ word: UInt64) -> Bool {
        let x = word ^ (ones &* 0x0A)
        return (x &- ones) & ~x & (ones &* 0x80) != 0
    }

    /// How many bytes of `word` are UTF-8 continuation bytes (bit 7 set, bit 6 clear).
    @inline(__always)
    private static func continuationBytes(_ word: UInt64) -> Int {
        UTF8Bytes.byteSum((word >> 7) & ~(word >> 6) & ones)
    }

    /// Unicode scalars in `text`.
    public let scalarCount: Int

    /// Decodes raw bytes (see `TextDecoder`).
    public init(bytes: [UInt8]) {
        let decoded = TextDecoder.decode(bytes)
        self.init(decoded: decoded.text, encoding: decoded.encoding, invalidBytes: decoded.invalidBytes)
    }

    /// Scalar offset one past the end of line `index` (0-based), excluding its `\n`.
    public func lineEnd(_ index: Int) -> Int {
        index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalarCount
    }

    /// `\r\n` and a lone `\r` become `\n`, as Python's universal newlines read them.
    static func normaliseLineBreaks(_ s: String) -> String {
        var s = s
        let normalised = s.withUTF8 { bytes -> [UInt8]? in
            guard let base = bytes.baseAddress, memchr(base, 0x0D, bytes.count) != nil else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var runStart = 0
            while runStart < bytes.count,
                  let found = memchr(base + runStart, 0x0D, bytes.count - runStart) {
                let cr = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: cr - runStart))
                out.append(0x0A)
                runStart = cr + 1 < bytes.count && base[cr + 1] == 0x0A ? cr + 2 : cr + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: bytes.count - runStart))
            return out
        }
        guard let normalised else { return s }
        return String(decoding: normalised, as: UTF8.self)
    }
}
