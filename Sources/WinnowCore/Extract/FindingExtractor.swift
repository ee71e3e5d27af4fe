/// Finds goals (targets) and measures (policy actions) in the article lines.
///
/// PLACEHOLDER: finds nothing. The clause-based extractor replaces this.
public struct FindingExtractor: Sendable {
    public init() {}

    public func extract(from lines: [AnalyzedLine]) -> (goals: [Finding], measures: [Finding]) {
        ([], [])
    }
}
