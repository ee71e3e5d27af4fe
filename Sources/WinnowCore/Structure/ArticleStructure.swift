/// Reads the article's fields off the settled lines: title, published date, source, byline and
/// the section outline.
struct ArticleStructure {
    let drafts: [LineDraft]
    let source: SourceText
    let title: TitleFinder.Block?

    func page(language: String) -> ClassifiedPage {
        var lines: [AnalyzedLine] = []
        lines.reserveCapacity(drafts.count)
        for d in drafts {
            let index = d.features.index
            lines.append(AnalyzedLine(n: d.features.n, kind: d.kind ?? .body, text: source.lines[index],
                                      reasons: d.reasons.isEmpty ? Self.paragraphReasons : d.reasons,
                                      start: source.lineStarts[index], end: source.lineEnd(index), clean: d.clean))
        }
        return ClassifiedPage(lines: lines, language: language, title: titleText(), published: published(),
                              source: sourceName(), byline: byline(), sections: sections())
    }

    /// The reasons of a line no rule or context claimed (one shared array, not one per line).
    private static let paragraphReasons = ["paragraph"]

    /// The raw line, trimmed: fields keep the text as the page has it (annotations included).
    private func rawTrimmed(_ d: LineDraft) -> [Unicode.Scalar] {
        LineFeatures.trimmedScalars(source.lines[d.features.index])
    }

    private func string(_ s: some Collection<Unicode.Scalar>) -> String {
        String(scalars: s)
    }

    private func titleText() -> String? {
        guard let block = title else { return nil }
        var raw = rawTrimmed(drafts[block.main])
        if let glued = TitleFinder.gluedHeadingStart(raw) { raw = Array(raw[..<glued]) }
        return string(Self.droppingLabel(raw))
    }

    /// Forums and archives print the headline as a field (`標題: ...`, `Title: ...`); the title
    /// field holds the headline alone.
    static func droppingLabel(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        for l in titleLabels {
            // The label's characters, maybe spaced out as a file card aligns them (`标　　题：`).
            var i = 0
            for c in l {
                while i < s.count && i > 0 && ScalarClass.isWhitespace(s[i]) { i += 1 }
                guard i < s.count, TermMatcher.fold(s[i]) == c else { i = -1; break }
                i += 1
            }
            guard i > 0, s.count > i + 2, s[i] == ":" || s[i] == "：" else { continue }
            i += 1
            while i < s.count, ScalarClass.isWhitespace(s[i]) { i += 1 }
            if i < s.count { return Array(s[i...]) }
        }
        return s
    }

    private static let titleLabels = ["標題", "标题", "題目", "题目", "主題", "主题", "title", "subject"]
        .map { Array($0.unicodeScalars) }

    private func sections() -> [Section] {
        var out: [Section] = []
        for i in drafts.indices {
            let kind = drafts[i].kind, n = drafts[i].features.n
            if kind == .heading {
                out.append(Section(title: string(rawTrimmed(drafts[i])), line: n))
            } else if kind == .body && drafts[i].features.visible >= 80 && InlineHeadings.mayHold(drafts[i].features.scalars) {
                for heading in InlineHeadings.find(in: rawTrimmed(drafts[i])) { out.append(Section(title: heading, line: n)) }
            } else if kind == .title, let block = title, i == block.main {
                let raw = rawTrimmed(drafts[i])
                if let glued = TitleFinder.gluedHeadingStart(raw) {
                    out.append(Section(title: string(raw[glued...]), line: n))
                }
            }
        }
        return out
    }

    /// The first value `read` finds on a line of the given kinds, kind by kind in the order given
    /// (the likeliest carrier first).
    private func first<T>(ofKinds kinds: [LineKind], _ read: (LineFeatures) -> T?) -> T? {
        for kind in kinds {
            for i in drafts.indices where drafts[i].kind == kind {
                if let value = read(drafts[i].features) { return value }
            }
        }
        return nil
    }

    /// From a meta, byline or title line; else from the dateline opening the text
    /// (`Abuja, March 4, 2024 — The Federal Government…`).
    private func published() -> String? {
        if let date = first(ofKinds: [.meta, .byline, .title], { PublishedDate.find(in: $0.scalars) }) { return date }
        guard let opening = drafts.first(where: { $0.kind == .lead || $0.kind == .body }) else { return nil }
        let s = opening.features.scalars
        // The dateline ends at the first dash, within the line's first 60 characters.
        guard let dash = s.prefix(60).firstIndex(where: { $0 == "—" || $0 == "–" }) ?? Self.doubleHyphen(in: s.prefix(60)) else { return nil }
        return PublishedDate.find(in: Array(s[..<dash]))
    }

    /// Where `--` stands (a dateline's dash typed as two hyphens).
    private static func doubleHyphen(in s: ArraySlice<Unicode.Scalar>) -> Int? {
        s.indices.first { $0 + 1 < s.endIndex && s[$0] == "-" && s[$0 + 1] == "-" }
    }

    private func sourceName() -> String? {
        first(ofKinds: [.meta, .byline]) { MetaLine.source(in: $0.scalars) }
    }

    /// An author's credit line first; else a credit in the text (`authorInText`); else an
    /// editor's credit line (`【责任编辑：王敏】`), which names no author.
    private func byline() -> String? {
        var editor: String?
        for i in drafts.indices where drafts[i].kind == .byline {
            // A bare label (`作者:` with the name on the next line) is no credit.
            let credit = BylineShape.credit(of: drafts[i].features)
            if credit.unicodeScalars.count >= 2, let last = credit.unicodeScalars.last, last != ":" && last != "：",
               BylineShape.namesSomeone(credit) {
                if !BylineShape.isEditorCredit(credit) { return credit }
                editor = editor ?? credit
            }
        }
        return authorInText() ?? editor
    }

    /// A credit inside the text: `(記者 葉 青)` closing one of the last paragraphs, a dateline
    /// credit opening the first, or a credit in a meta line.
    private func authorInText() -> String? {
        let body = drafts.indices.filter { drafts[$0].kind == .body && drafts[$0].features.isProse }
        for i in body.suffix(3).reversed() {
            if let credit = BylineShape.trailingCredit(in: drafts[i].features), BylineShape.namesSomeone(credit) { return credit }
        }
        if let first = body.first, let credit = BylineShape.leadingCredit(in: drafts[first].features),
           BylineShape.namesSomeone(credit) { return credit }
        for i in drafts.indices where drafts[i].kind == .meta {
            if let credit = BylineShape.creditInMeta(drafts[i].features), BylineShape.namesSomeone(credit) { return credit }
        }
        return nil
    }
}
