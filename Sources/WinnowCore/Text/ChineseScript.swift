/// Which written form of Chinese a character belongs to.
enum ChineseScriptClass: UInt8, Sendable {
    /// Used in both forms (or not an ideograph).
    case shared = 0
    /// Only in Traditional text (`國`, `發`).
    case traditionalOnly = 1
    /// Only in Simplified text (`国`, `发`).
    case simplifiedOnly = 2
}

/// Script-specific ideographs of the CJK Unified Ideographs block, so that per-line script
/// detection is a table lookup rather than a transform of every line. The table
/// (`ChineseScriptTable.swift`) is generated from ICU's `Hant-Hans` and `Hans-Hant` transforms by
/// `scripts/generate-chinese-script-table.swift`, so no process runs ICU for it.
enum ChineseScript {
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> ChineseScriptClass {
        let v = scalar.value
        guard v >= tableBase && v <= tableLast else { return .shared }
        let i = Int(v - tableBase)
        let bits = UInt8(truncatingIfNeeded: packedClasses[i >> 5] >> UInt64((i & 31) << 1)) & 3
        return ChineseScriptClass(rawValue: bits) ?? .shared
    }
}
