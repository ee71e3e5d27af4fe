#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts bytes in a legacy encoding to text through the C library's iconv, replacing each
/// undecodable byte with U+FFFD and counting it.
struct IconvConverter {
    let encoding: String

    struct Result {
        var text: String
        var invalidBytes: Int
    }

    /// nil when the C library does not know the encoding.
    func convert(_ bytes: ArraySlice<UInt8>) -> Result? {
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }

        var output = [UInt8]()
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var invalid = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(bytes)
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inPtr = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
            var inLeft = inBuffer.count
            while inLeft > 0 {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int, Int) in
                    var outPtr = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                    var outLeft = outBuffer.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    return (r, outBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if status != -1 { continue }
                switch errno {
                case E2BIG:
                    continue  // output chunk full: go round again
                default:
                    // EILSEQ (invalid sequence) or EINVAL (truncated at the end): skip one byte.
                    invalid += 1
                    output += [0xEF, 0xBF, 0xBD]
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                }
            }
        }
        return Result(text: String(decoding: output, as: UTF8.self), invalidBytes: invalid)
    }
}
