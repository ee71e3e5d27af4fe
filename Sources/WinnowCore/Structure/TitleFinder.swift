/// Finds the headline among the lines above the first paragraph.
///
/// Candidates are headline-shaped lines there that no rule claimed: not prose, not junk, not
/// meta, byline, lead or caption, long enough to be a headline (8 characters or 4 English
/// words), not a numbered or one-word heading. The headline is the first candidate directly
/// above meta, a byline or a lead (site names and section labels above it lose), on English pages
/// else the candidate directly above the first paragraph, else the first
/// candidate, unless that is a browser-tab title (`標題_網站名`) repeating a later candidate.
/// A line the page repeats word for word near the top is a candidate even when it reads as a
/// sentence. A line whose only junk is a hint a headline may carry (a widget word inside it, two
/// short phrases, six capitalised words) is a candidate right above the meta line; a browser tab's
/// title is the title when nothing else is, and so is a document's short name (`政府工作报告`)
/// right above the meta line. A candidate on the line right above an anchored
/// headline is its kicker (in English, a label of three words at most): the two form the title
/// block, and the main headline is the one without commas or dashes, or the one in the page's
/// language when the other is its translation.
enum TitleFinder {
    struct Block: Sendable {
        /// Indices into the page's line list.
        var lines: [Int]
        var main: Int
    }

    /// `junk[i]`: a rule called line `i` junk; `role[i]`: it is already meta, byline, lead or caption;
    /// `headlineHinted[i]`: its only junk is a hint a headline may carry too (a widget word inside it,
    /// two short phrases), so it is a candidate when anchored; `tabTitles[i]`: it is a browser tab's
    /// title, the title when no line is a candidate.
    static func find<Lines: RandomAccessCollection<LineFeatures>>(in lines: Lines, junk: [Bool], role: [Bool], before firstParagraph: Int,
                     english: Bool = false, repeated: Int? = nil, headlineHinted: [Bool] = [],
                     tabTitles: [Bool] = []) -> Block? where Lines.Index == Int {
        func isAnchored(_ i: Int) -> Bool {
            guard let next = ((i + 1)..<lines.count).first(where: { !junk[$0] }) else { return false }
            return role[next]
        }
        // The last item of a menu set one link a line (`首页` `国务院` … `国家政务服务平台`) is no headline.
        func endsAMenuColumn(_ i: Int) -> Bool {
            guard i >= 3, lines[i].visible <= 10 else { return false }
            return (i - 3..<i).allSatisfy { !role[$0] && lines[$0].visible <= 6 && !lines[$0].isLatin }
        }
        let anyLanguage = (0..<firstParagraph).filter {
            let hinted = $0 < headlineHinted.count && headlineHinted[$0]
            // A hinted line must stand right above the meta line, with no other junk between.
            let directlyAnchored = $0 + 1 < role.count && role[$0 + 1]
            return (!junk[$0] || hinted && directlyAnchored) && !role[$0] && !endsAMenuColumn($0)
                && (isHeadline(lines[$0]) || $0 == repeated || directlyAnchored && isShortEnglishHeadline(lines[$0]))
        }
        // With no other candidate, a document's short name right above the meta line
        // (`政府工作报告` over `——2026年1月9日在…会议上`).
        if anyLanguage.isEmpty, let short = (0..<firstParagraph).first(where: { i in
            !junk[i] && !role[i] && i + 1 < role.count && role[i + 1] && isShortDocumentName(lines[i])
        }) {
            return Block(lines: [short], main: short)
        }
        // A line in the page's language first: a Chinese page's masthead in Portuguese or English
        // is the site's.
        let inLanguage = anyLanguage.filter { lines[$0].isLatin == english }
        let candidates = inLanguage.isEmpty ? anyLanguage : inLanguage
        guard let first = candidates.first else {
            // No headline of its own: the browser tab's title is the page's.
            return (0..<min(firstParagraph, tabTitles.count)).first { tabTitles[$0] }.map { Block(lines: [$0], main: $0) }
        }
        // English pages put the headline straight above the first paragraph when there is no
        // byline; their mastheads are often headline-shaped (`Jane Doe MP for Northtown`). Chinese
        // pages do too when the site's menus stand between (`…政府 新聞公報`, `English | 简体版`).
        let aboveText = candidates.last { c in
            ((c + 1)..<lines.count).first { !junk[$0] } == firstParagraph && (english || (first..<c).contains { junk[$0] })
        }
        // On an English page the line above the text beats an earlier anchored one that names the
        // site: one split by a bar (`Office of the Governor | Dana Whitfield`), or any when the line
        // above the text follows a release's credits and date.
        let followsCredits = aboveText.map { a in (0..<a).last(where: { !junk[$0] }).map { role[$0] } == true } ?? false
        let anchored = candidates.first { c in
            guard english, let a = aboveText, c < a else { return isAnchored(c) }
            return isAnchored(c) && lines[c].bars == 0 && !followsCredits
        }
        // A line offered as the headline (repeated, or a headline that reads as prose) beats the
        // first candidate, often the site's name.
        let offered = repeated.flatMap { candidates.contains($0) ? $0 : nil }
        var headline = anchored ?? aboveText ?? offered ?? first
        if anchored == nil, aboveText == nil, let bare = candidates.dropFirst().first(where: {
            lines[first].scalarCount > lines[$0].scalarCount && lines[first].scalars.starts(with: lines[$0].scalars)
        }) {
            headline = bare
        }
        // A file card's `标题：` field over the document's own headline line: the line is the title.
        let labelled = lines[headline].scalars
        let unlabelled = ArticleStructure.droppingLabel(labelled)
        if unlabelled.count < labelled.count, let own = candidates.first(where: { c in
            c > headline && lines[c].scalars.starts(with: unlabelled.prefix(16))
        }) {
            headline = own
        }
        var block = [headline]
        let kicker = headline - 1
        // An English kicker is a label of a few words (`Energy`, `Exclusive`); a longer line there
        // is the site's menu (`News Opinion Sport Culture Lifestyle`).
        if anchored != nil, kicker >= 0, candidates.contains(kicker), lines[kicker].scalars != lines[headline].scalars,
           !lines[kicker].isLatin || lines[kicker].words <= 3 {
            block.insert(kicker, at: 0)
        }
        var main = block.count == 2 && hasClauseOrDash(lines[headline]) && !hasClauseOrDash(lines[kicker]) ? kicker : headline
        // A headline and its translation: the main one is in the page's language.
        if block.count == 2, lines[kicker].isLatin != lines[headline].isLatin {
            main = lines[kicker].isLatin == english ? kicker : headline
        }
        // The headline's translation under it belongs to the title block.
        let next = headline + 1
        if block.count == 1, anyLanguage.contains(next), !candidates.contains(next) { block.append(next) }
        return Block(lines: block, main: main)
    }

    /// A document site's file name (`報告.docx`) is not the headline.
    private static let fileNameEndings = [".docx", ".doc", ".pdf", ".pptx", ".ppt", ".xlsx", ".xls", ".txt", ".wps"]
        .map { Array($0.unicodeScalars) }
    /// Their last letters: a line ending otherwise needs no closer look.
    private static let fileNameEndingLetters = Set(fileNameEndings.compactMap(\.last))

    static func hasFileNameEnding(_ line: LineFeatures) -> Bool {
        // Every ending is a dot and letters: a matcher over the last six scalars finds one ending
        // there exactly when the line ends with it.
        guard let last = line.lastScalar, fileNameEndingLetters.contains(TermMatcher.fold(last)) else { return false }
        let s = line.scalars
        return fileNameEndings.contains { ending in
            ending.count <= s.count && s.suffix(ending.count).lazy.map(TermMatcher.fold).elementsEqual(ending)
        }
    }

    static func isHeadline(_ line: LineFeatures) -> Bool {
        guard !line.isProse, !HeadingShape.isNumbered(line), !HeadingShape.isWordHeading(line),
              !hasFileNameEnding(line), !HeadingShape.startsWithBullet(line), !isShortField(line), !isBodysName(line),
              !isUserName(line), !opensWithNumericDate(line.scalars),
              !line.hasPrefix("—") else { return false }  // `——访...` is the subtitle
        if line.isLatin { return (4...25).contains(line.words) && (!line.endsLikeSentence || line.lastScalar == "?") }
        return (8...80).contains(line.visible) && line.cjk >= 2
    }

    /// `2026-01-08 15:21 聯合報／記者…`, `2025/3/4 …`: a line that opens with a date in figures is
    /// the article's date line, never its headline (`2026年全國兩會…` may be).
    private static func opensWithNumericDate(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 8, s[0..<4].allSatisfy(ScalarClass.isDigit) else { return false }
        return (s[4] == "-" || s[4] == "/" || s[4] == ".") && ScalarClass.isDigit(s[5])
    }

    /// A labelled field with a short value (`大小：38.62 KB`, `字数：约1.02万字`), unlike a headline
    /// quoting someone (`工信部：加快推进…`).
    private static func isShortField(_ line: LineFeatures) -> Bool {
        let s = line.scalars
        guard let colon = HeadingShape.colonAfterShortLabel(s) else { return false }
        return s[(colon + 1)...].lazy.filter(ScalarClass.isCJK).count <= 3
    }

    /// A public body's or company's name alone (`經濟及科技發展局`, `國務院辦公廳`, `…有限公司`): the
    /// issuer or the site, no headline (`…特別行政區政府` too).
    private static func isBodysName(_ line: LineFeatures) -> Bool {
        guard line.visible <= 20, line.cjk == line.visible, let last = line.lastScalar else { return false }
        // A company's name (`江苏恒拓新材料科技股份有限公司`) may be longer.
        if line.visible > 12 { return line.scalars.suffix(4).elementsEqual("有限公司".unicodeScalars) }
        return ScalarClass.endsBodysName(last)
    }

    /// A forum poster's name: a few ideographs and digits (`木棉花开2019`), no space.
    private static func isUserName(_ line: LineFeatures) -> Bool {
        guard line.visible <= 12, line.cjk <= 6, line.digits >= 2, line.words == 0, let last = line.lastScalar,
              ScalarClass.isDigit(last) else { return false }
        return !line.scalars.contains(where: ScalarClass.isWhitespace)
    }

    /// Three capitalised words (`Council Approves Budget`): too short to stand out alone, a
    /// headline when the meta line follows it.
    private static func isShortEnglishHeadline(_ line: LineFeatures) -> Bool {
        line.isLatin && line.words == 3 && !line.endsLikeSentence && !HeadingShape.startsWithBullet(line)
            && line.firstScalar.map(ScalarClass.isASCIIUppercase) == true
    }

    /// Four to seven ideographs and nothing else, no body's name (`政府工作报告`).
    private static func isShortDocumentName(_ line: LineFeatures) -> Bool {
        (4...7).contains(line.visible) && line.cjk == line.visible && !isBodysName(line) && !HeadingShape.isWordHeading(line)
    }

    private static func hasClauseOrDash(_ line: LineFeatures) -> Bool {
        line.scalars.contains { $0 == "," || $0 == "，" || $0 == "—" || $0 == "：" }
    }

    /// A numbered heading glued to the end of a title line (`...可行性分析報告一、總論`): the
    /// offset where it starts, when what precedes it is still a headline.
    static func gluedHeadingStart(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count > 10 else { return nil }
        for k in stride(from: s.count - 3, through: 8, by: -1) where s[k] == "、" {
            var start = k
            while start > 0, isNumeral(s[start - 1]) { start -= 1 }
            guard start < k, s.count - start <= 14, start >= 8, !isNumeral(s[k + 1]) else { continue }
            return start
        }
        return nil
    }

    /// `一二三四五六七八九十`
    private static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }
}
