/// One document's finished output, handed from the worker that wrote it to the thread that
/// writes it out, without a copy: either an array or the buffer the JSON writer filled.
public struct OutputBytes: Sendable {
    private enum Storage: Sendable {
        case array([UInt8])
        case buffer(FinishedBuffer)
    }

    private let storage: Storage

    public init(_ bytes: [UInt8]) { storage = .array(bytes) }

    init(_ buffer: consuming ByteBuffer) { storage = .buffer(FinishedBuffer(buffer)) }

    public var count: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .buffer(let buffer): buffer.count
        }
    }

    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let bytes): try bytes.withUnsafeBufferPointer(body)
        case .buffer(let buffer): try body(UnsafeBufferPointer(start: buffer.base, count: buffer.count))
        }
    }

    /// A `ByteBuffer`'s memory once writing is over: only read from then on, so it can be shared.
    private final class FinishedBuffer: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
        let count: Int

        init(_ buffer: consuming ByteBuffer) { (base, count) = buffer.releaseMemory() }

        deinit { base.deallocate() }
    }
}
