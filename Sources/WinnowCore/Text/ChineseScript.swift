import Foundation

/// Which written form of Chinese a character belongs to.
enum ChineseScriptClass: UInt8, Sendable {
    /// Used in both forms (or not an ideograph).
    case shared = 0
    /// Only in Traditional text (`國`, `發`).
    case traditionalOnly = 1
    /// Only in Simplified text (`国`, `发`).
    case simplifiedOnly = 2
}

/// A table of script-specific ideographs, built once from ICU's `Hant-Hans` and `Hans-Hant`
/// transforms over the CJK Unified Ideographs block (about 60 ms, on first use), so that
/// per-line script detection is a table lookup rather than a transform of every line.
enum ChineseScript {
    private static let base: UInt32 = 0x4E00
    private static let last: UInt32 = 0x9FFF

    private static let table: [ChineseScriptClass] = {
        var block = String.UnicodeScalarView()
        for v in base...last { block.append(Unicode.Scalar(v)!) }
        let original = String(block)
        let count = Int(last - base + 1)
        guard let toHans = original.applyingTransform(StringTransform("Hant-Hans"), reverse: false),
              let toHant = original.applyingTransform(StringTransform("Hans-Hant"), reverse: false) else {
            return Array(repeating: .shared, count: count)
        }
        let a = Array(original.unicodeScalars), s = Array(toHans.unicodeScalars), t = Array(toHant.unicodeScalars)
        // The transforms map the block one-to-one; if ICU ever changes that, fall back to "unknown".
        guard s.count == count, t.count == count else { return Array(repeating: .shared, count: count) }
        var table = [ChineseScriptClass](repeating: .shared, count: count)
        for i in 0..<count {
            if s[i] != a[i] && t[i] == a[i] { table[i] = .traditionalOnly }
            else if t[i] != a[i] && s[i] == a[i] { table[i] = .simplifiedOnly }
        }
        return table
    }()

    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> ChineseScriptClass {
        let v = scalar.value
        guard v >= base && v <= last else { return .shared }
        return table[Int(v - base)]
    }
}
