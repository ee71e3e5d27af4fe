/// A growable byte buffer written through a pointer. An append is a capacity check and a store or
/// a copy, without `Array.append`'s uniqueness check and generic sequence handling; the JSON writer
/// appends a few bytes at a time, many thousand times per page.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count n: Int) {
        if count + n > capacity { grow(toAtLeast: count + n) }
        (base + count).update(from: start, count: n)
        count += n
    }

    @inline(__always)
    mutating func append(_ s: StaticString) {
        append(s.utf8Start, count: s.utf8CodeUnitCount)
    }

    /// `"k":`, after a comma if asked: one capacity check for the whole (the JSON writer writes
    /// a key for every value).
    @inline(__always)
    mutating func appendKey(_ k: StaticString, comma: Bool) {
        let n = k.utf8CodeUnitCount
        if count + n + 4 > capacity { grow(toAtLeast: count + n + 4) }
        var p = base + count
        if comma { p.pointee = 0x2C; p += 1 }
        p.pointee = 0x22
        for j in 0..<n { p[1 + j] = k.utf8Start[j] }  // keys are short: no call to memcpy
        p += n + 1
        p[0] = 0x22
        p[1] = 0x3A  // :
        count = p + 2 - base
    }

    /// Decimal digits, as `String(v)` writes them.
    mutating func appendDecimal(_ v: Int) {
        if count + 20 > capacity { grow(toAtLeast: count + 20) }
        if v < 0 { base[count] = 0x2D; count += 1 }  // -
        var magnitude = v.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        count += digits
        var k = count
        repeat {
            k -= 1
            base[k] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// The bytes written so far.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() {
        count = 0
    }

    /// Hands the memory to the caller, who deallocates it: the bytes are `base[0..<count]`.
    consuming func releaseMemory() -> (base: UnsafeMutablePointer<UInt8>, count: Int) {
        let memory = (base, count)
        discard self
        return memory
    }

    @inline(never)
    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
