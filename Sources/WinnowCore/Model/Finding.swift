/// A stated quantity: `突破3000億元` is `{3000, 億元, >}`; `50%` is `{50, %, =}`.
public struct Quantity: Codable, Sendable, Equatable {
    public var value: Double
    public var unit: String
    /// One of `>`, `≥`, `=`, `≤`, `<`.
    public var comparator: String

    public init(value: Double, unit: String, comparator: String) {
        self.value = value
        self.unit = unit
        self.comparator = comparator
    }
}

/// A goal (a target the article states) or a measure (a policy action): one clause,
/// located exactly so the browser can highlight it.
///
/// Laid out compactly (72 bytes): a dense page has a finding every twenty characters, so the
/// findings would otherwise outweigh the page. The clause is kept as the decoded text it is cut
/// from and 32-bit UTF-8 offsets into it (a `Substring` takes eight bytes more), the offsets and
/// quantity are stored unboxed, and the rare rank and actor sit in one shared box that most
/// findings never allocate. Offsets past 4 GiB, which no real page reaches, go in that box too.
public struct Finding: Codable, Sendable, Equatable {
    /// The text the clause is cut from, and the clause's UTF-8 offsets in it.
    private var textBase: String
    private var textFrom: UInt32
    private var textTo: UInt32
    private var storedStart: UInt32
    private var storedEnd: UInt32
    private var storedLine: UInt32
    /// The year, or 0 when none (years outside ±32767 are not deadlines).
    private var storedYear: Int16
    private var storedComparator: Comparator
    private var quantityValue: Double
    private var quantityUnit: String
    private var rare: RareFields?

    public init(text: Substring, line: Int, start: Int, end: Int, year: Int? = nil,
                quantity: Quantity? = nil, rank: String? = nil, actor: String? = nil) {
        (textBase, textFrom, textTo) = ("", 0, 0)
        (storedStart, storedEnd) = (0, 0)
        storedLine = UInt32(clamping: line)
        storedYear = 0
        storedComparator = .none
        quantityValue = 0
        quantityUnit = ""
        self.text = text
        self.start = start
        self.end = end
        self.year = year
        self.quantity = quantity
        self.rank = rank
        self.actor = actor
    }

    public init(text: String, line: Int, start: Int, end: Int, year: Int? = nil,
                quantity: Quantity? = nil, rank: String? = nil, actor: String? = nil) {
        self.init(text: Substring(text), line: line, start: start, end: end, year: year,
                  quantity: quantity, rank: rank, actor: actor)
    }

    /// The clause, an exact substring of the decoded text (sharing its storage).
    public var text: Substring {
        get {
            let utf8 = textBase.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: Int(textFrom))
            return textBase[from..<utf8.index(from, offsetBy: Int(textTo - textFrom))]
        }
        set {
            let base = newValue.base
            let from = base.utf8.distance(from: base.startIndex, to: newValue.startIndex)
            let to = from + newValue.utf8.count
            if let f = UInt32(exactly: from), let t = UInt32(exactly: to) {
                (textBase, textFrom, textTo) = (base, f, t)
            } else {
                // Past 4 GiB into its page: the clause keeps a copy of itself.
                (textBase, textFrom, textTo) = (String(newValue), 0, UInt32(newValue.utf8.count))
            }
        }
    }

    /// The clause's UTF-8 bytes, read in place (writers need no `Substring` for them).
    func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = Int(textFrom)..<Int(textTo)
        return textBase.utf8.withContiguousStorageIfAvailable { body(UnsafeBufferPointer(rebasing: $0[range])) }
            ?? Array(textBase.utf8)[range].withUnsafeBufferPointer(body)
    }

    /// How many UTF-8 bytes the clause has.
    var textUTF8Count: Int { Int(textTo - textFrom) }

    /// Unicode-scalar offsets in the decoded text: `text == decoded[start..<end]`.
    public var start: Int {
        get { Self.offset(storedStart, far: rare?.values.farStart) }
        set {
            storedStart = Self.stored(newValue)
            keepFar(newValue, stored: storedStart, old: rare?.values.farStart) { $0.farStart = $1 }
        }
    }

    public var end: Int {
        get { Self.offset(storedEnd, far: rare?.values.farEnd) }
        set {
            storedEnd = Self.stored(newValue)
            keepFar(newValue, stored: storedEnd, old: rare?.values.farEnd) { $0.farEnd = $1 }
        }
    }

    /// Puts `offset` in the rare box when it did not fit in 32 bits (and clears an old one).
    private mutating func keepFar(_ offset: Int, stored: UInt32, old: Int?, set: (inout RareFields.Values, Int?) -> Void) {
        let far = stored == Self.farOffset ? offset : nil
        if far != nil || old != nil { updateRare { set(&$0, far) } }
    }

    private static func offset(_ stored: UInt32, far: Int?) -> Int {
        stored == farOffset ? far ?? 0 : Int(stored)
    }

    /// The stored offset that means "in the rare box": offsets from it on, and negative ones
    /// (which no finding has), are kept there whole.
    private static let farOffset = UInt32.max

    private static func stored(_ offset: Int) -> UInt32 {
        UInt32(exactly: offset) ?? farOffset
    }

    /// 1-based line number of the clause.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public var year: Int? {
        get { storedYear == 0 ? nil : Int(storedYear) }
        set { storedYear = newValue.flatMap { Int16(exactly: $0) } ?? 0 }
    }

    public var quantity: Quantity? {
        get {
            guard storedComparator != .none else { return nil }
            let comparator = storedComparator.symbol ?? rare?.otherComparator ?? ""
            return Quantity(value: quantityValue, unit: quantityUnit, comparator: comparator)
        }
        set {
            guard let q = newValue else {
                (storedComparator, quantityValue, quantityUnit) = (.none, 0, "")
                updateRare { $0.otherComparator = nil }
                return
            }
            (quantityValue, quantityUnit) = (q.value, q.unit)
            let comparator = Comparator(symbol: q.comparator)
            storedComparator = comparator
            updateRare { $0.otherComparator = comparator == .other ? q.comparator : nil }
        }
    }

    /// A rank or level such as `全國第一`, `國際先進水平`.
    public var rank: String? {
        get { rare?.rank }
        set { updateRare { $0.rank = newValue } }
    }

    /// Who acts: `廣東`, `the Government`.
    public var actor: String? {
        get { rare?.actor }
        set { updateRare { $0.actor = newValue } }
    }

    private mutating func updateRare(_ change: (inout RareFields.Values) -> Void) {
        var values = rare?.values ?? RareFields.Values()
        change(&values)
        rare = values.isEmpty ? nil : RareFields(values)
    }

    public static func == (a: Finding, b: Finding) -> Bool {
        a.text == b.text && a.line == b.line && a.start == b.start && a.end == b.end
            && a.year == b.year && a.quantity == b.quantity && a.rank == b.rank && a.actor == b.actor
    }

    enum CodingKeys: String, CodingKey { case text, line, start, end, year, quantity, rank, actor }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(text: try c.decode(String.self, forKey: .text), line: try c.decode(Int.self, forKey: .line),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  year: try c.decodeIfPresent(Int.self, forKey: .year),
                  quantity: try c.decodeIfPresent(Quantity.self, forKey: .quantity),
                  rank: try c.decodeIfPresent(String.self, forKey: .rank),
                  actor: try c.decodeIfPresent(String.self, forKey: .actor))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(String(text), forKey: .text)
        try c.encode(line, forKey: .line)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encodeIfPresent(quantity, forKey: .quantity)
        try c.encodeIfPresent(rank, forKey: .rank)
        try c.encodeIfPresent(actor, forKey: .actor)
    }

    /// A quantity's comparator in one byte; `.none` means the finding states no quantity.
    private enum Comparator: UInt8, Sendable {
        case none, greater, atLeast, equal, atMost, less, other

        private static let symbols = [">", "≥", "=", "≤", "<"]

        init(symbol: String) {
            self = Self.symbols.firstIndex(of: symbol).flatMap { Comparator(rawValue: UInt8($0) + 1) } ?? .other
        }

        var symbol: String? {
            self == .none || self == .other ? nil : Self.symbols[Int(rawValue) - 1]
        }
    }

    /// The fields few findings have, boxed so the others pay one pointer for them.
    private final class RareFields: Sendable {
        struct Values {
            var rank: String?
            var actor: String?
            /// A comparator outside the five documented ones, kept as given.
            var otherComparator: String?
            /// Offsets `Finding` cannot hold in 32 bits.
            var farStart: Int?
            var farEnd: Int?
            var isEmpty: Bool { rank == nil && actor == nil && otherComparator == nil && farStart == nil && farEnd == nil }
        }

        let values: Values
        init(_ values: Values) { self.values = values }

        var rank: String? { values.rank }
        var actor: String? { values.actor }
        var otherComparator: String? { values.otherComparator }
    }
}
