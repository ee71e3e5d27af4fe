/// Section headings: numbered forms (`一、`, `（一）`, `1.`, `1.2`, `第一章`, `①`), the usual
/// one-word headings (`引言`, `前言`, `結語`), and short lines without sentence punctuation.
enum HeadingShape {
    /// Numerals of headings, with the financial forms official documents number their parts with (`壹、`, `貳、`).
    private static let chineseNumerals: Set<UInt32> = Set("一二三四五六七八九十百零〇○壹貳贰參叁肆伍陸陆柒捌玖拾".unicodeScalars.map(\.value))
    private static let wordHeadings: Set<String> = [
        "引言", "前言", "導言", "导言", "背景", "結語", "结语", "結論", "结论", "小結", "小结", "概述", "總結", "总结", "附錄",
        "附录", "參考文獻", "参考文献", "序言", "緒論", "绪论", "問題", "问题", "答覆", "答复", "introduction", "background",
        "conclusion", "summary",
    ]

    private static let wordHeadingScalars = wordHeadings.map { Array($0.unicodeScalars) }

    /// Numbered heading: a numbering prefix, short, not a sentence.
    static func isNumbered(_ line: LineFeatures) -> Bool {
        if isBareSectionNumber(line) { return true }
        // The checks on counts come first: they need no decoding of the line.
        guard let last = line.lastScalar, line.commas <= 1, !ScalarClass.isClausePunctuation(last),
              let after = numberingEnd(line.scalars), after < line.scalarCount,
              line.visible - after >= 2 else { return false }
        // Official documents close a short numbered heading with a full stop: `（一）完善基礎設施。`;
        // a count makes it a listed target instead (`三、培育數位人才每年1萬人。`).
        if last == "。" && line.cjkSentenceMarks == 1 && line.commas == 0 && line.visible <= 20 {
            return !line.scalars[after...].contains(where: ScalarClass.isDigit)
        }
        return line.visible <= 40 && line.cjkSentenceMarks == 0 && !line.endsLikeSentence
    }

    /// An interview's question heading its answer: `问：《指导意见》出台的背景是什么？`,
    /// `二问：企业可以享受哪些扶持政策？`, `Q: When will the scheme open?`.
    static func isInterviewQuestion(_ line: LineFeatures) -> Bool {
        guard let last = line.lastScalar, last == "？" || last == "?",
              line.isLatin ? line.words <= 25 : line.visible <= 60 else { return false }
        let s = line.scalars
        var i = 0
        while i < s.count && (ScalarClass.isWhitespace(s[i]) || chineseNumerals.contains(s[i].value)) { i += 1 }
        guard i + 1 < s.count else { return false }
        let asks = s[i] == "问" || s[i] == "問" || s[i] == "Q" && i == 0
        return asks && (s[i + 1] == "：" || s[i + 1] == ":")
    }

    /// `01`, `02`: a self-media post numbers its sections on a line of their own, over the heading.
    static func isBareSectionNumber(_ line: LineFeatures) -> Bool {
        guard line.visible == 2, line.digits == 2, line.scalarCount == 2 else { return false }
        return line.firstScalar == "0" && line.lastScalar != "0"
    }

    /// The name of a document standing alone (`加快數字人才培育行動方案（2024—2026年）`, `某市促進就業若干措施`):
    /// in an official notice it heads the document the notice issues.
    static func isDocumentTitle(_ line: LineFeatures) -> Bool {
        guard line.visible >= 6, line.visible <= 60, line.cjkSentenceMarks == 0, line.commas == 0, !line.isLatin else { return false }
        var s = line.scalars[...]
        // A year span after the name: `（2024—2026年）`.
        if let last = s.last, last == "）" || last == ")", let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }),
           s[open...].contains(where: ScalarClass.isDigit) {
            s = s[..<open]
        }
        return documentKinds.contains { kind in s.count > kind.count && s.suffix(kind.count).elementsEqual(kind) }
    }

    private static let documentKinds: [[Unicode.Scalar]] = [
        "方案", "規劃", "规划", "計劃", "计划", "意見", "意见", "辦法", "办法", "綱要", "纲要", "條例", "条例", "細則", "细则",
        "規定", "规定", "若干措施", "指導意見", "指导意见", "實施方案", "实施方案", "行動計劃", "行动计划", "工作要點", "工作要点",
    ].map { Array($0.unicodeScalars) }

    /// `引言`, `前言:`...
    static func isWordHeading(_ line: LineFeatures) -> Bool {
        guard line.visible <= 14 else { return false }
        let s = line.scalars
        var end = s.count
        while end > 0, s[end - 1] == ":" || s[end - 1] == "：" { end -= 1 }
        // The word is `s[..<end]` without white space, folded; compared in place (no lazy views,
        // whose iterators cost more than the comparison on these short lines).
        var simple = true
        for k in 0..<end where !ScalarClass.isWhitespace(s[k]) {
            let v = TermMatcher.fold(s[k]).value
            if !(v < 0x80 || (0x4E00...0x9FFF).contains(v)) { simple = false; break }
        }
        // ASCII and unified ideographs have no other canonical form: scalars compare as strings do.
        if simple { return wordHeadingScalars.contains { isWord($0, s, end: end) } }
        let word = s[..<end].filter { !ScalarClass.isWhitespace($0) }.map(TermMatcher.fold)
        return wordHeadings.contains(String(scalars: word))
    }

    /// `s[..<end]`, white space skipped and folded, is `word`.
    private static func isWord(_ word: [Unicode.Scalar], _ s: [Unicode.Scalar], end: Int) -> Bool {
        var j = 0
        for k in 0..<end where !ScalarClass.isWhitespace(s[k]) {
            guard j < word.count, TermMatcher.fold(s[k]) == word[j] else { return false }
            j += 1
        }
        return j == word.count
    }

    private static let codeMarks: Set<UInt32> = Set("{}=;<>".unicodeScalars.map(\.value))

    /// A short label that can head a section when paragraphs surround it: no sentence or
    /// clause punctuation at its end, no code, not a list bullet, three or more characters.
    static func isShortLabel(_ line: LineFeatures) -> Bool {
        let s = line.scalars
        guard let last = s.last, let first = s.first else { return false }
        if line.isLatin {
            guard (1...12).contains(line.words), !line.endsLikeSentence else { return false }
            // A heading opens in capitals; a line in lower case continues a list or a sentence
            // (`installing 120 charge points by 2025`).
            if (0x61...0x7A).contains(first.value) { return false }
        } else {
            // One comma between two short claims after a topic (`应用场景：先物流，后载人`).
            guard (3...30).contains(line.visible), line.cjkSentenceMarks == 0,
                  line.commas == 0 || line.commas == 1 && line.visible <= 24 && isTopicAndClaim(s) else { return false }
        }
        if ScalarClass.isSentenceFinal(last) || ScalarClass.isClausePunctuation(last) { return false }
        if line.cjk < 2 && line.words == 0 { return false }  // numbers or symbols only
        // `標籤:值` is a field, not a heading; `总规模：五年翻了一番多` names a topic and says it.
        if s.contains(where: { $0 == ":" || $0 == "：" }) && !isTopicAndClaim(s) { return false }
        if startsWithBullet(line) || "—>※".unicodeScalars.contains(first) { return false }
        // `(完)`, `【責任編輯】`: a bracketed remark, not a heading.
        if "(（【[〔".unicodeScalars.contains(first) && ")）】]〕".unicodeScalars.contains(last) { return false }
        if holdsCode(line) || isTableRow(s) || isListOfBodies(s) { return false }
        if s.count >= 2, zip(s, s.dropFirst()).contains(where: { $0 == "(" && $1 == ")" }) { return false }
        return true
    }

    /// A flattened table's row: three cells or more, set apart by tabs, ideographic spaces or runs
    /// of spaces, one of them opening with a figure (`工业机器人产量⇥万套⇥3.86⇥3.02⇥27.8%`,
    /// `指标⇥单位⇥2025年⇥2024年`, ⇥ a tab) or all of them short (`推動策略　具體措施　主（協）辦機關`).
    static func isTableRow(_ s: [Unicode.Scalar]) -> Bool {
        var cells = 0, figures = 0, longest = 0
        var i = 0
        while i < s.count {
            let start = i
            while i < s.count, !isCellGap(s, at: i) { i += 1 }
            if i > start {
                cells += 1
                longest = max(longest, i - start)
                if ScalarClass.isDigit(s[start]) || s[start] == "-" && i - start > 1 && ScalarClass.isDigit(s[start + 1]) { figures += 1 }
            }
            while i < s.count, ScalarClass.isWhitespace(s[i]) { i += 1 }
        }
        return cells >= 3 && (figures >= 1 || longest <= 10)
    }

    /// `產發署、標檢局`, `省发展改革委、省财政厅`: bodies' names listed, as a table's column of who
    /// is in charge holds them.
    static func isListOfBodies(_ s: [Unicode.Scalar]) -> Bool {
        var parts = 0
        var end = s.count
        while end > 0 {
            var start = end
            while start > 0 && s[start - 1] != "、" { start -= 1 }
            guard end - start >= 2, end - start <= 12, let last = s[start..<end].last, ScalarClass.endsBodysName(last) else { return false }
            parts += 1
            end = start - 1
        }
        return parts >= 2
    }

    /// A tab, an ideographic space or two spaces: where a scraped table's cells meet.
    private static func isCellGap(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        s[i] == "\t" || s[i] == "\u{3000}" || s[i] == " " && i + 1 < s.count && ScalarClass.isWhitespace(s[i + 1])
    }

    /// Braces, `=`, `;` or angle brackets: a line of code, no label.
    static func holdsCode(_ line: LineFeatures) -> Bool {
        line.scalars.contains { codeMarks.contains($0.value) }
    }

    /// Where the colon after a label of two to six ideographs stands (`大小：`, `制造端：`), if any.
    static func colonAfterShortLabel(_ s: [Unicode.Scalar]) -> Int? {
        guard let colon = s.prefix(7).firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 2,
              s[..<colon].allSatisfy(ScalarClass.isCJK) else { return nil }
        return colon
    }

    /// A topic of a few ideographs, one colon, and a claim of six or more (`制造端：补齐整机和核心部件短板`);
    /// in English a few words, a colon and three or more.
    private static func isTopicAndClaim(_ s: [Unicode.Scalar]) -> Bool {
        if let colon = s.firstIndex(of: ":"), s.first.map(ScalarClass.isASCIILetter) == true {
            // `Sidewalks: $1.4 million contract approved`, `Option 1: read in chunks`.
            let topic = s[..<colon].split(separator: " "), claim = s[(colon + 1)...].split(separator: " ")
            return topic.count <= 4 && claim.count >= 3 && !s[(colon + 1)...].contains(":")
        }
        guard let colon = colonAfterShortLabel(s), !attachmentLabels.contains(Array(s[..<colon])) else { return false }
        let claim = s[(colon + 1)...]
        return !claim.contains { $0 == ":" || $0 == "：" } && claim.lazy.filter(ScalarClass.isCJK).count >= 6
    }

    /// `附件：…分工表` names a document attached, no topic.
    private static let attachmentLabels: Set<[Unicode.Scalar]> = Set(["附件", "附表", "附录", "附錄"].map { Array($0.unicodeScalars) })

    /// `• item`, `- item`, `* item`.
    static func startsWithBullet(_ line: LineFeatures) -> Bool {
        guard let first = line.firstScalar else { return false }
        return "•·-*–●○■□◦▪".unicodeScalars.contains(first)
    }

    /// Index just after a numbering prefix (`一、` `（一）` `(1)` `1.` `1、` `1.2 ` `第一章` `①`), or nil.
    static func numberingEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        if (0x2460...0x2473).contains(first.value) { return 1 }  // ① … ⑳
        if first == "第" {
            var j = 1
            while j < s.count, chineseNumerals.contains(s[j].value) || ScalarClass.isDigit(s[j]) { j += 1 }
            guard j > 1, j < s.count, "章節节條条部篇講讲".unicodeScalars.contains(s[j]) else { return nil }
            return j + 1
        }
        if first == "(" || first == "（" {
            var j = 1
            while j < s.count, chineseNumerals.contains(s[j].value) || ScalarClass.isDigit(s[j]) { j += 1 }
            guard j > 1, j < s.count, s[j] == ")" || s[j] == "）", j <= 4 else { return nil }
            return j + 1
        }
        if chineseNumerals.contains(first.value) {
            var j = 1
            while j < s.count, chineseNumerals.contains(s[j].value) { j += 1 }
            guard j <= 3, j < s.count, s[j] == "、" || s[j] == "." || s[j] == "．" else { return nil }
            return j + 1
        }
        if ScalarClass.isDigit(first) {
            var j = 1
            while j < s.count, ScalarClass.isDigit(s[j]) || (s[j] == "." && j + 1 < s.count && ScalarClass.isDigit(s[j + 1])) {
                j += 1
            }
            guard j <= 6, j < s.count else { return nil }
            if s[j] == "、" || s[j] == "." || s[j] == "．" {
                // `1.` followed by text, not a decimal like `1.5億`.
                return j + 1
            }
            if s[j] == " " && s[..<j].contains(".") { return j + 1 }
            return nil
        }
        return nil
    }
}
