/// UTF-8 done by hand on byte buffers, for the hot loops that read a line's bytes once (the
/// classifier's features, the extractor's folded text). Input is a `String`'s UTF-8, so it is
/// valid and no check is made.
public enum UTF8Bytes {
    /// The number of scalars: the bytes that are not continuation bytes (`10xxxxxx`), counted
    /// eight at a time.
    public static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuation = 0
        var i = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 of each byte: set, with bit 6 (shifted up into its place) clear.
            continuation &+= byteSum((w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7)
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuation += 1 }
            i += 1
        }
        return bytes.count - continuation
    }

    /// The sum of the bytes of `w`, each 0 or 1: one multiply, where `nonzeroBitCount` is a
    /// dozen instructions on CPUs without `popcnt` (the baseline x86-64 target).
    @inline(__always)
    static func byteSum(_ w: UInt64) -> Int {
        Int(truncatingIfNeeded: (w &* 0x0101_0101_0101_0101) >> 56)
    }

    /// The scalar value starting at byte `i`, and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = UInt32(bytes[i])
        if b < 0x80 { return (b, 1) }
        if b < 0xE0 { return ((b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0 {
            return ((b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Writes scalar value `v` at `buffer[at...]`; returns the bytes written.
    @inline(__always)
    static func encode(_ v: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        if v < 0x80 {
            buffer[at] = UInt8(v)
            return 1
        }
        if v < 0x800 {
            buffer[at] = UInt8(0xC0 | v >> 6)
            buffer[at + 1] = UInt8(0x80 | v & 0x3F)
            return 2
        }
        if v < 0x10000 {
            buffer[at] = UInt8(0xE0 | v >> 12)
            buffer[at + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
            buffer[at + 2] = UInt8(0x80 | v & 0x3F)
            return 3
        }
        buffer[at] = UInt8(0xF0 | v >> 18)
        buffer[at + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
        buffer[at + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
        buffer[at + 3] = UInt8(0x80 | v & 0x3F)
        return 4
    }
}

extension String {
    /// The string of the given scalars, encoded to UTF-8 straight into the new string's storage,
    /// sized exactly (appending to a `String.UnicodeScalarView` costs hundreds of instructions per
    /// scalar).
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes = 0
        for s in scalars { bytes += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: bytes) { buffer in
            var at = 0
            for s in scalars { at += UTF8Bytes.encode(s.value, into: buffer, at: at) }
            return at
        }
    }
}
