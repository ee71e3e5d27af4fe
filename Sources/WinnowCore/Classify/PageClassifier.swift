/// Labels every non-empty line of a page and recovers the article's structure.
///
/// PLACEHOLDER: labels every line `body`. The rule-based classifier replaces this.
public struct PageClassifier: Sendable {
    public init() {}

    public func classify(_ source: SourceText) -> ClassifiedPage {
        var lines: [AnalyzedLine] = []
        for (index, line) in source.lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            lines.append(AnalyzedLine(n: index + 1, kind: .body, text: String(line), reasons: ["default"],
                                      start: source.lineStarts[index], end: source.lineEnd(index)))
        }
        return ClassifiedPage(lines: lines, language: "other")
    }
}
