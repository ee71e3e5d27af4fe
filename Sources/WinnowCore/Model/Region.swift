/// A run of consecutive junk lines of one kind (blank lines between them do not break a run).
public struct Region: Codable, Sendable, Equatable {
    public var kind: LineKind
    /// First and last line numbers (1-based, inclusive).
    public var first: Int
    public var last: Int
    /// The union of the reasons of its lines, in first-seen order.
    public var reasons: [String]

    public init(kind: LineKind, first: Int, last: Int, reasons: [String]) {
        self.kind = kind
        self.first = first
        self.last = last
        self.reasons = reasons
    }
}
