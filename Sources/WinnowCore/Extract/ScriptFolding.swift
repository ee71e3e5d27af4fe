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
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        if v < 0x80 { return s }
        // Full-width ASCII (！＂…～) to ASCII, then lower case.
        if v >= 0xFF01 && v <= 0xFF5E {
            let ascii = v - 0xFEE0
            return Unicode.Scalar(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)!
        }
        if v == 0x3007 || v == 0x25CB { return "零" }  // 〇 and ○ used as zero in years
        return Unicode.Scalar(ScriptFold.simplified(v)) ?? s
    }

    /// Folds a word of the vocabulary (written in either script).
    static func fold(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { fold($0) }
    }
}
