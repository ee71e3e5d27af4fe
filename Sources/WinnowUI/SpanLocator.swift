import WinnowCore

/// Finds where a source span (a goal, a measure) appears in a block's displayed text.
enum SpanLocator {
    /// Scalar range in the block's text, or nil when the block does not show the span.
    static func localRange(of highlight: SourceHighlight, inBlock index: Int, of layout: DocumentLayout,
                           analysis: Analysis?) -> Range<Int>? {
        guard layout.blocks.indices.contains(index) else { return nil }
        let block = layout.blocks[index]
        guard block.sourceLine == highlight.line, case .line(let lineIndex) = block.kind else { return nil }
        let count = layout.scalars(ofBlock: index).count
        guard let span = highlight.span else { return 0..<count }
        if let start = block.sourceStart {
            let lo = span.lowerBound - start, hi = span.upperBound - start
            return lo >= 0 && hi <= count && lo < hi ? lo..<hi : nil
        }
        // The cleaned text differs from the source: find the clause in it.
        guard let analysis, analysis.lines.indices.contains(lineIndex) else { return nil }
        let line = analysis.lines[lineIndex]
        let lo = span.lowerBound - line.start, hi = span.upperBound - line.start
        let source = Array(line.text.unicodeScalars)
        guard lo >= 0, hi <= source.count, lo < hi else { return nil }
        let needle = Array(source[lo..<hi])
        let hay = layout.scalars(ofBlock: index)
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
            return i..<(i + needle.count)
        }
        return nil
    }
}
