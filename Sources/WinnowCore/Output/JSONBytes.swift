/// Byte tests shared by the JSON writer and the JSON Lines reader.
enum JSONBytes {
    /// Whether any of the 8 bytes in `word` is below 0x20, `"` or `\`, the bytes that end a plain
    /// run of a JSON string. Exact when false (the usual "has a zero byte" bit trick, applied to
    /// `word` and to `word` xor each of the two characters), so runs are skipped 8 bytes at a time.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }
}
