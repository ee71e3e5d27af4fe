/// The parser core's entry point: decoded text in, `Analysis` out.
///
/// Stages: classify every line and recover the article's structure (`PageClassifier`),
/// group junk into regions (`RegionBuilder`), then extract goals and measures from the
/// article lines only (`FindingExtractor`).
public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ source: SourceText, path: String) -> Analysis {
        let page = PageClassifier().classify(source)
        let findings = FindingExtractor().extract(from: page.lines)
        return Analysis(
            path: path, encoding: source.encoding, language: page.language,
            title: page.title, published: page.published, source: page.source, byline: page.byline,
            lines: page.lines, regions: RegionBuilder.regions(of: page.lines), sections: page.sections,
            goals: findings.goals, measures: findings.measures, invalidBytes: source.invalidBytes)
    }

    /// A loaded document: its text, plus what its container (HTML, JSONL) said about it.
    public func analyze(_ document: LoadedDocument) -> Analysis {
        var analysis = analyze(document.source, path: document.path)
        HintApplier().apply(document.hints, to: &analysis)
        return analysis
    }

    /// Convenience for raw bytes (decoded as `TextDecoder` does).
    public func analyze(bytes: [UInt8], path: String) -> Analysis {
        analyze(SourceText(bytes: bytes), path: path)
    }

    /// Convenience for a string already in memory.
    public func analyze(text: String, path: String = "-") -> Analysis {
        analyze(SourceText(decoded: text), path: path)
    }
}
