/// Traditional -> Simplified for single ideographs, from the generated `HantHansTable` (ICU's
/// `Hant-Hans` pairs): one mapping shared by extraction (one word list serves both scripts) and
/// search (广东 finds 廣東). Each scalar maps to exactly one scalar, so offsets survive folding.
public enum ScriptFold {
    static let base: UInt32 = 0x3400
    static let end: UInt32 = 0xA000

    /// Direct lookup for CJK Extension A and the Unified Ideographs block.
    private static let table: [UInt32] = {
        var table = Array(base..<end)
        for (t, s) in zip(HantHansTable.traditional, HantHansTable.simplified) where t >= base && t < end {
            table[Int(t - base)] = s
        }
        return table
    }()

    /// The Simplified form of `v`, or `v` itself.
    @inline(__always)
    public static func simplified(_ v: UInt32) -> UInt32 {
        if v >= base && v < end { return table[Int(v - base)] }
        guard v >= 0xF900 else { return v }
        let keys = HantHansTable.traditional
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == v ? HantHansTable.simplified[lo] : v
    }
}
