/// Encodes one `Analysis` as one line of JSON (the `winnow analyze --format json` contract).
///
/// Hand-written rather than `JSONEncoder`: keys come out in the documented order (readable,
/// diff-friendly output) and it is several times faster on large corpora. Everything is written
/// straight into one byte buffer; no `String` is made per value.
public struct JSONLinesWriter: Sendable {
    public init() {}

    public func line(for a: Analysis) -> String {
        object(for: a).finish().withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends the JSON object for `a` and a newline to `out` (UTF-8).
    public func appendLine(for a: Analysis, to out: inout [UInt8]) {
        encodedLine(for: a).withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }

    /// The JSON object for `a` and a newline, in the buffer it was written into (no copy: a
    /// dense page's line is over three times the page).
    ///
    /// With `spill`, a long line is not held whole: each time a megabyte or so is written it is
    /// offered to `spill`, and what `spill` takes (returning true) is gone from the buffer. What
    /// is returned is the rest of the line.
    public func encodedLine(for a: Analysis, spill: OutputSpill? = nil) -> OutputBytes {
        var o = object(for: a, spill: spill)
        o.newline()
        return o.finish()
    }

    private func object(for a: Analysis, spill: OutputSpill? = nil) -> JSONObjectWriter {
        var o = JSONObjectWriter(reserving: Self.estimatedSize(a), spill: spill)
        o.field("schema", a.schema)
        o.field("path", a.path)
        o.field("encoding", a.encoding)
        o.field("language", a.language)
        o.field("title", a.title)
        o.field("published", a.published)
        o.field("source", a.source)
        o.field("byline", a.byline)
        o.array("lines", a.lines) { o, line in
            o.field("n", line.n)
            o.field("kind", line.kind.rawValue)
            o.field("text", line.text)
            o.stringArray("reasons", line.reasons)
            o.field("start", line.start)
            o.field("end", line.end)
            if let clean = line.clean { o.field("clean", clean) }
        }
        o.array("regions", a.regions) { o, region in
            o.field("kind", region.kind.rawValue)
            o.field("first", region.first)
            o.field("last", region.last)
            o.stringArray("reasons", region.reasons)
        }
        o.array("sections", a.sections) { o, section in
            o.field("title", section.title)
            o.field("line", section.line)
        }
        o.array("goals", a.goals, Self.finding)
        o.array("measures", a.measures, Self.finding)
        o.field("invalid_bytes", a.invalidBytes)
        o.close()
        return o
    }

    private static func finding(_ o: inout JSONObjectWriter, _ f: Finding) {
        f.withTextUTF8 { o.field("text", utf8: $0) }
        o.field("line", f.line)
        o.field("start", f.start)
        o.field("end", f.end)
        if let year = f.year { o.field("year", year) }
        if let q = f.quantity {
            o.object("quantity") { o in
                o.field("value", q.value)
                o.field("unit", q.unit)
                o.field("comparator", q.comparator)
            }
        }
        if let rank = f.rank { o.field("rank", rank) }
        if let actor = f.actor { o.field("actor", actor) }
    }

    /// Enough for the usual page, so the buffer rarely grows: the texts plus the keys and numbers
    /// around each line and finding.
    private static func estimatedSize(_ a: Analysis) -> Int {
        var size = 512 + a.path.utf8.count + (a.title?.utf8.count ?? 0)
        for line in a.lines { size += 96 + line.text.utf8.count + (line.clean?.utf8.count ?? 0) }
        for f in a.goals { size += 128 + f.textUTF8Count }
        for f in a.measures { size += 128 + f.textUTF8Count }
        return size + 64 * (a.regions.count + a.sections.count)
    }
}

/// Takes a document's output as it is written, when it can (see `JSONLinesWriter.encodedLine`).
public struct OutputSpill: Sendable {
    /// Writes the bytes out and returns true, or returns false having done nothing.
    public let take: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool

    public init(take: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> Bool) { self.take = take }
}

/// Writes one JSON object, with nested objects and arrays, into a byte buffer.
///
/// Keys are `StaticString`s written as they are: they are our own names and need no escaping.
struct JSONObjectWriter: ~Copyable {
    private var out: ByteBuffer
    /// Whether the next member of the current object or array needs a comma before it.
    private var needsComma = false
    /// Where the bytes written so far may go once there are `spillAt` of them.
    private let spill: OutputSpill?
    private var spillAt: Int

    /// Bytes written before they are first offered to `spill`.
    static let spillSize = 1 << 20

    init(reserving capacity: Int = 0, spill: OutputSpill? = nil) {
        self.spill = spill
        spillAt = Self.spillSize
        out = ByteBuffer(capacity: spill == nil ? capacity : min(capacity, Self.spillSize + Self.spillSize / 8))
        out.append(0x7B)  // {
    }

    /// Offers what is written to `spill` once there is enough of it. Called between array
    /// elements: cheap when there is no spill or too little written.
    @inline(__always)
    private mutating func spillIfFull() {
        guard out.count >= spillAt, let spill else { return }
        if out.withBytes(spill.take) {
            out.removeAll()
        } else {
            spillAt = out.count * 2  // not taken (not this document's turn yet): ask again later
        }
    }

    /// Closes the object.
    mutating func close() {
        out.append(0x7D)  // }
    }

    /// Ends the line after the object.
    mutating func newline() {
        out.append(0x0A)
    }

    /// The bytes written.
    consuming func finish() -> OutputBytes {
        OutputBytes(out)
    }

    private mutating func key(_ k: StaticString) {
        out.appendKey(k, comma: needsComma)
        needsComma = true
    }

    mutating func field(_ k: StaticString, _ v: Int) {
        key(k)
        out.appendDecimal(v)
    }

    mutating func field(_ k: StaticString, _ v: Double) {
        key(k)
        if v.isFinite && v == v.rounded() && abs(v) < 1e15 {
            out.appendDecimal(Int(v))
        } else if v.isFinite {
            var s = String(v)
            s.withUTF8 { out.append($0.baseAddress!, count: $0.count) }
        } else {
            out.append("null")
        }
    }

    mutating func field(_ k: StaticString, _ v: String?) {
        key(k)
        if let v { appendString(v) } else { out.append("null") }
    }

    mutating func field(_ k: StaticString, _ v: Substring) {
        var v = v  // `withUTF8` is mutating; a native string's slice is not copied
        v.withUTF8 { field(k, utf8: $0) }
    }

    /// A string field given as its UTF-8 bytes.
    mutating func field(_ k: StaticString, utf8 bytes: UnsafeBufferPointer<UInt8>) {
        key(k)
        out.append(0x22)
        appendEscaped(bytes)
        out.append(0x22)
    }

    mutating func stringArray(_ k: StaticString, _ values: [String]) {
        key(k)
        out.append(0x5B)  // [
        for i in values.indices {
            if i > 0 { out.append(0x2C) }
            appendString(values[i])
        }
        out.append(0x5D)  // ]
    }

    /// A nested object whose members `body` writes.
    mutating func object(_ k: StaticString, _ body: (inout JSONObjectWriter) -> Void) {
        key(k)
        out.append(0x7B)
        needsComma = false
        body(&self)
        out.append(0x7D)
        needsComma = true
    }

    /// An array of objects, one per value, whose members `body` writes.
    mutating func array<T>(_ k: StaticString, _ values: [T], _ body: (inout JSONObjectWriter, T) -> Void) {
        key(k)
        out.append(0x5B)
        for i in values.indices {
            if i > 0 { out.append(0x2C) }
            out.append(0x7B)
            needsComma = false
            body(&self, values[i])
            out.append(0x7D)
            spillIfFull()
        }
        out.append(0x5D)
        needsComma = true
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// RFC 8259 string: quotes, backslash and control characters escaped; everything else as
    /// UTF-8. Runs without anything to escape are copied in one piece.
    private mutating func appendString(_ s: String) {
        out.append(0x22)
        var s = s  // `withUTF8` is mutating; a native string is not copied
        s.withUTF8 { appendEscaped($0) }
        out.append(0x22)
    }

    private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            // Eight bytes at a time while none of them needs escaping (almost all text).
            if i + 8 <= count, !JSONBytes.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = base[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { i += 1; continue }
            out.append(base + runStart, count: i - runStart)
            i += 1
            runStart = i
            out.append(0x5C)  // \
            switch byte {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(0x6E)  // n
            case 0x0D: out.append(0x72)  // r
            case 0x09: out.append(0x74)  // t
            default:
                out.append("u00")
                out.append(Self.hex.utf8Start[Int(byte >> 4)])
                out.append(Self.hex.utf8Start[Int(byte & 0xF)])
            }
        }
        out.append(base + runStart, count: count - runStart)
    }
}
