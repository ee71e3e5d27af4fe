extension String {
    /// The string of the given scalars, encoded to UTF-8 straight into the new string's storage
    /// (appending to a `String.UnicodeScalarView` costs hundreds of instructions per scalar).
    init(scalars: some Collection<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { bytes in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    bytes[n] = UInt8(v)
                    n += 1
                } else if v < 0x800 {
                    bytes[n] = UInt8(0xC0 | v >> 6)
                    bytes[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    bytes[n] = UInt8(0xE0 | v >> 12)
                    bytes[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    bytes[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                } else {
                    bytes[n] = UInt8(0xF0 | v >> 18)
                    bytes[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    bytes[n + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    bytes[n + 3] = UInt8(0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }
}
