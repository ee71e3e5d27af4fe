/// Finds the headline among the lines above the first paragraph.
///
/// The title is the first headline-shaped line there that no rule claimed: not prose, not junk,
/// not meta, byline, lead or caption, long enough to be a headline (8 characters or 4 English
/// words), not a numbered or one-word heading. A second headline-shaped line right under it,
/// directly followed by meta, a byline or a lead, joins it as a title
/// block (kicker + headline); the main headline is then the line without commas or dashes.
enum TitleFinder {
    struct Block: Sendable {
        /// Indices into the page's line list.
        var lines: [Int]
        var main: Int
    }

    /// `junk[i]`: a rule called line `i` junk; `role[i]`: it is already meta, byline, lead or caption.
    static func find(in lines: [LineFeatures], junk: [Bool], role: [Bool], before firstParagraph: Int) -> Block? {
        let open = (0..<firstParagraph).filter { !junk[$0] && !role[$0] }
        guard let first = open.first(where: { isHeadline(lines[$0]) }) else { return nil }
        var block = [first]
        // The next line that is not junk, and the one after it.
        let following = ((first + 1)..<lines.count).lazy.filter { !junk[$0] }
        var iterator = following.makeIterator()
        if let second = iterator.next(), second < firstParagraph, !role[second], isHeadline(lines[second]),
           lines[second].scalars != lines[first].scalars {
            let third = iterator.next()
            if let third, role[third] { block.append(second) }
        }
        let plain = block.filter { !hasClauseOrDash(lines[$0]) }
        return Block(lines: block, main: plain.count == 1 ? plain[0] : first)
    }

    static func isHeadline(_ line: LineFeatures) -> Bool {
        guard !line.isProse, !HeadingShape.isNumbered(line), !HeadingShape.isWordHeading(line) else { return false }
        if line.isLatin { return (4...25).contains(line.words) && (!line.endsLikeSentence || line.scalars.last == "?") }
        return (8...80).contains(line.visible) && line.cjk >= 2
    }

    private static func hasClauseOrDash(_ line: LineFeatures) -> Bool {
        line.scalars.contains { $0 == "," || $0 == "，" || $0 == "—" || $0 == "：" }
    }

    /// A numbered heading glued to the end of a title line (`...可行性分析報告一、總論`): the
    /// offset where it starts, when what precedes it is still a headline.
    static func gluedHeadingStart(_ s: [Unicode.Scalar]) -> Int? {
        let numerals: Set<UInt32> = Set("一二三四五六七八九十".unicodeScalars.map(\.value))
        guard s.count > 10 else { return nil }
        for k in stride(from: s.count - 3, through: 8, by: -1) where s[k] == "、" {
            var start = k
            while start > 0, numerals.contains(s[start - 1].value) { start -= 1 }
            guard start < k, s.count - start <= 14, start >= 8, !numerals.contains(s[k + 1].value) else { continue }
            return start
        }
        return nil
    }
}
