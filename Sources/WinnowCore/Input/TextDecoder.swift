/// Bytes -> text.
///
/// Order of evidence: a byte-order mark (UTF-8, UTF-16); valid UTF-8; otherwise GB18030 (covers GBK
/// and GB2312) or Big5, chosen by `ChineseCharsetGuesser` and a charset hint (an HTML meta charset).
/// Invalid sequences become U+FFFD and are counted, never a crash. `decodeChecked` refuses bytes
/// that decode as nothing well (binary files, unknown encodings) instead of garbling them.
public enum TextDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030` or `big5`.
        public var encoding: String
        public var invalidBytes: Int
    }

    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Lenient: always returns text, falling back to UTF-8 with replacements.
    public static func decode(_ bytes: [UInt8], charsetHint: String? = nil) -> Decoded {
        (try? decodeChecked(bytes, charsetHint: charsetHint, lenient: true)) ?? utf8(bytes[...], encoding: "utf-8")
    }

    /// Strict: throws when the bytes look binary or decode well in none of the encodings tried.
    public static func decodeChecked(_ bytes: [UInt8], charsetHint: String? = nil) throws(Failure) -> Decoded {
        try decodeChecked(bytes, charsetHint: charsetHint, lenient: false)
    }

    private static func decodeChecked(_ bytes: [UInt8], charsetHint: String?, lenient: Bool) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3), encoding: "utf-8-bom") }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }

        let asUTF8 = utf8(bytes[...], encoding: "utf-8")
        if asUTF8.invalidBytes == 0 { return asUTF8 }

        if let legacy = ChineseCharsetGuesser().guess(bytes[...], preferring: charsetHint),
           legacy.invalidBytes < asUTF8.invalidBytes,
           legacy.invalidBytes * 100 <= bytes.count,
           legacy.commonShare > 0.2 {
            return Decoded(text: legacy.text, encoding: legacy.encoding.lowercased(), invalidBytes: legacy.invalidBytes)
        }
        if lenient { return asUTF8 }
        if looksBinary(bytes) { throw Failure(description: "binary file, not text") }
        // A few bad bytes in UTF-8 text (a cut-off download) are repaired; many are refused.
        if asUTF8.invalidBytes * 20 > max(1, asUTF8.text.unicodeScalars.count) {
            throw Failure(description: "cannot decode: not UTF-8, GB18030 or Big5 text")
        }
        return asUTF8
    }

    static func utf8(_ body: ArraySlice<UInt8>, encoding: String) -> Decoded {
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, encoding: encoding, invalidBytes: 0)
        }
        return Decoded(text: String(decoding: body, as: UTF8.self), encoding: encoding,
                       invalidBytes: countInvalidSequences(body))
    }

    static func utf16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var invalid = body.count % 2
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: invalid += 1
            case .emptyInput: break loop
            }
        }
        return Decoded(text: String(decoding: units, as: UTF16.self),
                       encoding: littleEndian ? "utf-16le" : "utf-16be", invalidBytes: invalid)
    }

    /// NUL bytes, or many control bytes other than white space, in the first 8 KiB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        if head.contains(0) { return true }
        let controls = head.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 10 > head.count
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
