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
            lines.append(AnalyzedLine(n: d.features.n, kind: d.kind ?? .body, text: String(source.lines[index]),
                                      reasons: d.reasons.isEmpty ? ["paragraph"] : d.reasons,
                                      start: source.lineStarts[index], end: source.lineEnd(index), clean: d.clean))
        }
        return ClassifiedPage(lines: lines, language: language, title: titleText(), published: published(),
                              source: sourceName(), byline: byline(), sections: sections())
    }

    /// The raw line, trimmed: fields keep the text as the page has it (annotations included).
    private func rawTrimmed(_ d: LineDraft) -> [Unicode.Scalar] {
        var s = Array(source.lines[d.features.index].unicodeScalars)[...]
        while let f = s.first, ScalarClass.isWhitespace(f) { s.removeFirst() }
        while let l = s.last, ScalarClass.isWhitespace(l) { s.removeLast() }
        return Array(s)
    }

    private func string(_ s: some Sequence<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
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
        for label in ["標題", "标题", "題目", "题目", "主題", "主题", "title", "subject"] {
            let l = Array(label.unicodeScalars)
            guard s.count > l.count + 2, s.prefix(l.count).map(TermMatcher.fold) == l else { continue }
            var i = l.count
            guard s[i] == ":" || s[i] == "：" else { continue }
            i += 1
            while i < s.count, ScalarClass.isWhitespace(s[i]) { i += 1 }
            if i < s.count { return Array(s[i...]) }
        }
        return s
    }

    private func sections() -> [Section] {
        var out: [Section] = []
        for d in drafts {
            if d.kind == .heading {
                out.append(Section(title: string(rawTrimmed(d)), line: d.features.n))
            } else if d.kind == .body && d.features.visible >= 80 && InlineHeadings.mayHold(d.features.scalars) {
                for heading in InlineHeadings.find(in: rawTrimmed(d)) { out.append(Section(title: heading, line: d.features.n)) }
            } else if d.kind == .title, let block = title, d.features.index == drafts[block.main].features.index {
                let raw = rawTrimmed(d)
                if let glued = TitleFinder.gluedHeadingStart(raw) {
                    out.append(Section(title: string(raw[glued...]), line: d.features.n))
                }
            }
        }
        return out
    }

    /// The lines of the given kinds, kind by kind in the order given (the likeliest carrier first).
    private func lines(ofKinds kinds: [LineKind]) -> [LineDraft] {
        kinds.flatMap { kind in drafts.filter { $0.kind == kind } }
    }

    private func published() -> String? {
        for d in lines(ofKinds: [.meta, .byline, .title]) {
            if let date = PublishedDate.find(in: d.features.scalars) { return date }
        }
        return nil
    }

    private func sourceName() -> String? {
        for d in lines(ofKinds: [.meta, .byline]) {
            if let name = MetaLine.source(in: d.features.scalars) { return name }
        }
        return nil
    }

    /// A credit line first; else `(記者 葉 青)` closing one of the last paragraphs; else a
    /// dateline credit opening the first paragraph.
    private func byline() -> String? {
        for line in drafts where line.kind == .byline {
            // A bare label (`作者:` with the name on the next line) is no credit.
            let credit = BylineShape.credit(of: line.features)
            if credit.unicodeScalars.count >= 2, let last = credit.unicodeScalars.last, last != ":" && last != "：" {
                return credit
            }
        }
        let body = drafts.filter { $0.kind == .body && $0.features.isProse }
        for d in body.suffix(3).reversed() {
            if let credit = BylineShape.trailingCredit(in: d.features) { return credit }
        }
        if let first = body.first, let credit = BylineShape.leadingCredit(in: first.features) { return credit }
        for d in drafts where d.kind == .meta {
            if let credit = BylineShape.creditInMeta(d.features) { return credit }
        }
        return nil
    }
}
