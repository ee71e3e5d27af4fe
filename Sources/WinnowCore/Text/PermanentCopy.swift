extension UnsafeMutableBufferPointer {
    /// A copy of `array` in memory that is never freed. The process-wide lexicons keep their tables
    /// this way: every line reads them, with neither reference counting nor bounds checks.
    static func permanentCopy(of array: [Element]) -> Self {
        let buffer = allocate(capacity: Swift.max(1, array.count))
        _ = buffer.initialize(from: array)
        return Self(rebasing: buffer[0..<array.count])
    }
}
