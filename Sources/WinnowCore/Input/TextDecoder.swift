/// Bytes -> text. UTF-8 with or without a byte-order mark; invalid sequences become U+FFFD
/// and are counted, never a crash.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: String
        public var invalidBytes: Int
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        var body = bytes[...]
        var encoding = "utf-8"
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            encoding = "utf-8-bom"
        }
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, encoding: encoding, invalidBytes: 0)
        }
        return Decoded(text: String(decoding: body, as: UTF8.self), encoding: encoding,
                       invalidBytes: countInvalidSequences(body))
    }

    /// Counts the replacement characters the standard library's decoder inserts.
    static func countInvalidSequences(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var errors = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: errors += 1
            case .emptyInput: break loop
            }
        }
        return errors
    }
}
