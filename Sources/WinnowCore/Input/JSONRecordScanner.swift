/// Reads the string fields a JSON Lines record can carry (`text`, `html`, `title`, `date`, `url`)
/// straight from the line's UTF-8 bytes, without building the whole object.
///
/// It is a fast path in front of `JSONSerialization`, and must never disagree with it: it accepts
/// only plain, well-formed records (standard JSON, UTF-8, one object) and gives up (returns nil)
/// on anything else: malformed JSON, invalid UTF-8, and the corner cases where Foundation's
/// reading differs from the plain one (a byte-order mark at the start of a string piece, trailing
/// commas, exponents, very deep nesting, a top level other than an object). The caller then asks
/// `JSONSerialization`, so errors and oddities read exactly as they always did.
struct JSONRecordScanner {
    /// A field's last occurrence wins, as in a dictionary; a non-string value is `.other`.
    enum Field: Equatable {
        case absent
        case string(String)
        case other

        var string: String? {
            if case .string(let s) = self { return s }
            return nil
        }
    }

    struct Fields {
        var text = Field.absent, html = Field.absent, title = Field.absent, date = Field.absent, url = Field.absent
    }

    /// Nesting deeper than this is left to Foundation (which allows 512).
    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var fields = Fields()
    /// Reused for strings with escapes.
    private var unescaped: [UInt8] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of the one JSON object in `line`, or nil when the line is not one this scanner
    /// reads exactly as `JSONSerialization` does.
    static func fields(of line: UnsafeBufferPointer<UInt8>) -> Fields? {
        var scanner = JSONRecordScanner(line)
        scanner.skipWhitespace()
        guard scanner.peek() == 0x7B, scanner.object(depth: 1, topLevel: true) else { return nil }
        scanner.skipWhitespace()
        guard scanner.i == line.count else { return nil }
        return scanner.fields
    }

    // MARK: Structure

    @inline(__always) private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    /// At `{`: reads to after the matching `}`.
    private mutating func object(depth: Int, topLevel: Bool) -> Bool {
        guard depth <= Self.maximumDepth else { return false }
        i += 1
        skipWhitespace()
        if peek() == 0x7D { i += 1; return true }
        while true {
            guard peek() == 0x22, let key = keyName() else { return false }
            skipWhitespace()
            guard peek() == 0x3A else { return false }
            i += 1
            skipWhitespace()
            if topLevel, let key {
                let field: Field
                if peek() == 0x22 {
                    guard let s = string() else { return false }
                    field = .string(s)
                } else {
                    guard value(depth: depth) else { return false }
                    field = .other
                }
                switch key {
                case .text: fields.text = field
                case .html: fields.html = field
                case .title: fields.title = field
                case .date: fields.date = field
                case .url: fields.url = field
                }
            } else {
                guard value(depth: depth) else { return false }
            }
            if let closed = afterMember(closer: 0x7D) { return closed }
        }
    }

    /// At `[`: reads to after the matching `]`.
    private mutating func array(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth else { return false }
        i += 1
        skipWhitespace()
        if peek() == 0x5D { i += 1; return true }
        while true {
            guard value(depth: depth) else { return false }
            if let closed = afterMember(closer: 0x5D) { return closed }
        }
    }

    /// After a member of an object or array: past a `,` (nil: another member follows), or past
    /// the closing `closer` (true); anything else is broken JSON (false).
    private mutating func afterMember(closer: UInt8) -> Bool? {
        skipWhitespace()
        switch peek() {
        case 0x2C:
            i += 1
            skipWhitespace()
            return nil
        case closer:
            i += 1
            return true
        default:
            return false
        }
    }

    /// Any value, checked but not kept.
    private mutating func value(depth: Int) -> Bool {
        guard let byte = peek() else { return false }
        switch byte {
        case 0x22: return skipString()
        case 0x7B: return object(depth: depth + 1, topLevel: false)
        case 0x5B: return array(depth: depth + 1)
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        case 0x2D, 0x30...0x39: return number()
        default: return false
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
        i += count
        return true
    }

    /// Standard JSON numbers without an exponent, so that each is an ordinary finite `Double` for
    /// Foundation too; anything longer or with an exponent is left to Foundation.
    private mutating func number() -> Bool {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        guard let first = peek(), (0x30...0x39).contains(first) else { return false }
        i += 1
        if first != 0x30 { skipDigits() }
        if peek() == 0x2E {
            i += 1
            let fractionStart = i
            skipDigits()
            guard i > fractionStart else { return false }
        }
        if let next = peek(), next == 0x65 || next == 0x45 || (0x30...0x39).contains(next) { return false }
        return i - start <= 40
    }

    private mutating func skipDigits() {
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
    }

    // MARK: Strings

    private enum Key { case text, html, title, date, url }

    /// At `"`: reads a member name; the outer nil means unreadable, the inner nil a name we do not use.
    private mutating func keyName() -> Key?? {
        let start = i + 1
        guard let end = plainStringEnd() else {
            // A name with escapes: decode it, then compare.
            guard let s = string() else { return nil }
            return .some(Self.key(Array(s.utf8)[...]))
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard Self.isPlainASCII(raw) || String(validating: raw, as: UTF8.self) != nil else { return nil }
        i = end + 1
        return .some(Self.key(raw))
    }

    private static func key<C: Collection<UInt8>>(_ name: C) -> Key? {
        switch name.count {
        case 3: return name.elementsEqual("url".utf8) ? .url : nil
        case 4: return name.elementsEqual("text".utf8) ? .text : name.elementsEqual("html".utf8) ? .html
                : name.elementsEqual("date".utf8) ? .date : nil
        case 5: return name.elementsEqual("title".utf8) ? .title : nil
        default: return nil
        }
    }

    private static func isPlainASCII(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.allSatisfy { $0 < 0x80 }
    }

    /// At `"`: the index of the closing quote when the string has no escapes, no control bytes
    /// and does not start with a byte-order mark; nil otherwise (the index is not moved).
    private func plainStringEnd() -> Int? {
        if startsWithByteOrderMark(i + 1) { return nil }
        let k = nextSpecialByte(from: i + 1)
        return k < bytes.count && bytes[k] == 0x22 ? k : nil
    }

    /// The index of the first quote, backslash or control byte from `start` on (or the end).
    private func nextSpecialByte(from start: Int) -> Int {
        let count = bytes.count
        let base = bytes.baseAddress!
        var k = start
        while k < count {
            // Eight bytes at a time while none is special (almost all text).
            if k + 8 <= count, !JSONBytes.mayNeedEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                k += 8
                continue
            }
            let byte = base[k]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return k }
            k += 1
        }
        return count
    }

    private func startsWithByteOrderMark(_ k: Int) -> Bool {
        k + 2 < bytes.count && bytes[k] == 0xEF && bytes[k + 1] == 0xBB && bytes[k + 2] == 0xBF
    }

    /// A string value that is not kept: checked as `string()` would check it.
    private mutating func skipString() -> Bool {
        if let end = plainStringEnd() {
            let raw = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
            guard Self.isPlainASCII(raw) || String(validating: raw, as: UTF8.self) != nil else { return false }
            i = end + 1
            return true
        }
        return string() != nil
    }

    /// At `"`: the decoded string, after its closing quote; nil for anything Foundation would
    /// refuse or read differently.
    private mutating func string() -> String? {
        if let end = plainStringEnd() {
            let s = String(validating: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), as: UTF8.self)
            i = end + 1
            return s
        }
        i += 1
        if startsWithByteOrderMark(i) { return nil }  // Foundation drops it
        unescaped.removeAll(keepingCapacity: true)
        var runStart = i
        while true {
            i = nextSpecialByte(from: i)
            guard i < bytes.count, bytes[i] >= 0x20 else { return nil }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            if bytes[i] == 0x22 {
                i += 1
                // One validation of the whole: escapes only add complete scalars, so this is the
                // same verdict as validating each raw piece.
                return String(validating: unescaped, as: UTF8.self)
            }
            guard escape() else { return nil }
            runStart = i
            // Foundation drops a byte-order mark that starts a piece between escapes.
            if startsWithByteOrderMark(i) { return nil }
        }
    }

    /// At `\`: appends the escaped character.
    private mutating func escape() -> Bool {
        guard i + 1 < bytes.count else { return false }
        let letter = bytes[i + 1]
        i += 2
        switch letter {
        case 0x22, 0x5C, 0x2F: unescaped.append(letter)
        case 0x62: unescaped.append(0x08)
        case 0x66: unescaped.append(0x0C)
        case 0x6E: unescaped.append(0x0A)
        case 0x72: unescaped.append(0x0D)
        case 0x74: unescaped.append(0x09)
        case 0x75:
            guard let unit = hexUnit() else { return false }
            var value = UInt32(unit)
            if unit & 0xFC00 == 0xD800 {
                // A high surrogate must be followed by an escaped low one.
                guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return false }
                i += 2
                guard let low = hexUnit(), low & 0xFC00 == 0xDC00 else { return false }
                value = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { return false }  // a lone low surrogate
            unescaped.append(contentsOf: UTF8.encode(scalar)!)
        default:
            return false
        }
        return true
    }

    /// Four hex digits.
    private mutating func hexUnit() -> UInt16? {
        guard i + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x37
            case 0x61...0x66: digit = byte - 0x57
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            i += 1
        }
        return unit
    }
}
