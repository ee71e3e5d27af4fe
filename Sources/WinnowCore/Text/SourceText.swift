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
        let normalised = SourceText.normaliseLineBreaks(decoded)
        self.text = normalised
        self.encoding = encoding
        self.invalidBytes = invalidBytes
        var lines: [Substring] = []
        var starts: [Int] = []
        var scalarOffset = 0
        var lineStartIndex = normalised.startIndex
        var lineStartOffset = 0
        let scalars = normalised.unicodeScalars
        var i = scalars.startIndex
        while i != scalars.endIndex {
            if scalars[i] == "\n" {
                lines.append(normalised[lineStartIndex..<i])
                starts.append(lineStartOffset)
                lineStartIndex = scalars.index(after: i)
                lineStartOffset = scalarOffset + 1
            }
            scalarOffset += 1
            i = scalars.index(after: i)
        }
        lines.append(normalised[lineStartIndex..<normalised.endIndex])
        starts.append(lineStartOffset)
        self.lines = lines
        self.lineStarts = starts
    }

    /// Decodes raw bytes (see `TextDecoder`).
    public init(bytes: [UInt8]) {
        let decoded = TextDecoder.decode(bytes)
        self.init(decoded: decoded.text, encoding: decoded.encoding, invalidBytes: decoded.invalidBytes)
    }

    /// Scalar offset one past the end of line `index` (0-based), excluding its `\n`.
    public func lineEnd(_ index: Int) -> Int {
        lineStarts[index] + lines[index].unicodeScalars.count
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
