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
public struct Finding: Codable, Sendable, Equatable {
    /// The clause, an exact substring of the decoded text.
    public var text: String
    /// 1-based line number of the clause.
    public var line: Int
    /// Unicode-scalar offsets in the decoded text: `text == decoded[start..<end]`.
    public var start: Int
    public var end: Int
    public var year: Int?
    public var quantity: Quantity?
    /// A rank or level such as `全國第一`, `國際先進水平`.
    public var rank: String?
    /// Who acts: `廣東`, `the Government`.
    public var actor: String?

    public init(text: String, line: Int, start: Int, end: Int, year: Int? = nil,
                quantity: Quantity? = nil, rank: String? = nil, actor: String? = nil) {
        self.text = text
        self.line = line
        self.start = start
        self.end = end
        self.year = year
        self.quantity = quantity
        self.rank = rank
        self.actor = actor
    }
}
