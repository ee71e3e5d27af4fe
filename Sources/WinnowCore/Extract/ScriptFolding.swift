/// Folds text for matching: Traditional characters to their Simplified forms, full-width ASCII
/// to ASCII and ASCII letters to lower case, so one word list serves both scripts and English.
///
/// Ideographs fold through `ScriptFold` (ICU's Hant-Hans pairs); folding is only ever used for
/// matching, never for output.
enum ScriptFolding {
    /// The scalar patterns compare against.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x10000 { return Unicode.Scalar(bmp[Int(v)]).unsafelyUnwrapped }
        return Unicode.Scalar(ScriptFold.simplified(v)) ?? s
    }

    /// Folds every scalar of `s` in place.
    static func fold(_ s: inout [Unicode.Scalar]) {
        bmp.withUnsafeBufferPointer { bmp in
            s.withUnsafeMutableBufferPointer { s in
                for k in 0..<s.count {
                    let v = s[k].value
                    s[k] = v < 0x10000 ? Unicode.Scalar(bmp[Int(v)]).unsafelyUnwrapped
                        : Unicode.Scalar(ScriptFold.simplified(v)) ?? s[k]
                }
            }
        }
    }

    /// Calls `body` with the folded form of every BMP scalar, indexed by scalar value.
    @inline(__always)
    static func withTable<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        bmp.withUnsafeBufferPointer(body)
    }

    /// The folded form of every scalar of the Basic Multilingual Plane: one load per scalar.
    private static let bmp: [UInt32] = {
        var table = [UInt32](unsafeUninitializedCapacity: 0x10000) { table, count in
            for v in 0..<0x10000 { table[v] = UInt32(v) }
            count = 0x10000
        }
        for (t, s) in zip(HantHansTable.traditional, HantHansTable.simplified) where t < 0x10000 { table[Int(t)] = s }
        for v in UInt32(0x41)...0x5A { table[Int(v)] = v + 0x20 }
        // Full-width ASCII (！＂…～) to ASCII, then lower case.
        for v in UInt32(0xFF01)...0xFF5E {
            let ascii = v - 0xFEE0
            table[Int(v)] = ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii
        }
        table[0x3007] = 0x96F6  // 〇 and ○ used as zero in years: 零
        table[0x25CB] = 0x96F6
        return table
    }()
}
