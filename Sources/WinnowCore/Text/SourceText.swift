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
        self.text = normalised
        self.encoding = encoding
        self.invalidBytes = invalidBytes
        // One pass over the UTF-8 bytes: a scalar starts at every byte that is not a continuation
        // byte (10xxxxxx), so scalar offsets are counted without decoding.
        var lines: [Substring] = []
        var starts: [Int] = []
        let utf8 = normalised.utf8
        var scalarOffset = 0
        var lineStartOffset = 0
        var lineStartIndex = utf8.startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 0x0A {
                lines.append(normalised[lineStartIndex..<i])
                starts.append(lineStartOffset)
                lineStartIndex = utf8.index(after: i)
                lineStartOffset = scalarOffset + 1
            }
            if byte & 0xC0 != 0x80 { scalarOffset += 1 }
            i = utf8.index(after: i)
        }
        lines.append(normalised[lineStartIndex..<normalised.endIndex])
        starts.append(lineStartOffset)
        self.lines = lines
        self.lineStarts = starts
        self.scalarCount = scalarOffset
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
        guard s.utf8.contains(13) else { return s }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
