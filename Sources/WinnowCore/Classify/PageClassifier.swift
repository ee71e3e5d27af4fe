/// Labels every non-empty line of a page and recovers the article's structure.
///
/// Three passes:
/// 1. Every line gets its features (`LineFeatures`) and the verdicts of the junk rules
///    (`LineRule`s: strong verdicts decide, weak ones are hints), then the shapes that decide a
///    line alone: spam, meta with a date, lead markers, strong boilerplate, bylines, captions.
/// 2. Paragraphs (prose lines nobody claimed and no rule hinted at) locate the article: junk
///    clusters above the first and below the last paragraph. `TitleFinder` picks the headline
///    above the first paragraph.
/// 3. Context settles what the rules left open. Above the article: lines over the title are site
///    header (`header-zone`), lines under it are meta, deck or credits until a heading starts the
///    text. Between paragraphs: short lines are headings or body and weak hints are ignored, except
///    under a related-articles header. Below the article: weak hints go, and everything after the
///    first piece of footer junk goes (`footer-zone`). Finally later repeats of the headline go
///    (`title-repeat`) and cleaned text is attached (pinyin annotations, chrome on meta lines).
public struct PageClassifier: Sendable {
    /// Pages of this many bytes or more keep no decoded scalars for their lines (`LineFeatures`):
    /// a line is decoded again when its rules judge it, which costs about 11% more instructions and
    /// saves four bytes a scalar. Below it the scalars cost at most a few megabytes.
    let holdScalarsBelow: Int

    public init() { holdScalarsBelow = 1 << 20 }

    /// A classifier that holds lines' scalars only on pages under `bytes` (tests compare both ways).
    init(holdScalarsBelow bytes: Int) { holdScalarsBelow = bytes }

    public func classify(_ source: SourceText) -> ClassifiedPage {
        // One array of drafts, sized once, holds every line's features: no second array of
        // features and no copies while it grows (a long article's lines dominate its memory).
        var drafts: [LineDraft] = []
        drafts.reserveCapacity(source.lines.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) })
        let holdingScalars = source.text.utf8.count < holdScalarsBelow
        for (index, line) in source.lines.enumerated() where !line.isEmpty {
            let f = LineFeatures(n: index + 1, index: index, raw: line, holdingScalars: holdingScalars)
            if f.scalarCount > 0 { drafts.append(LineDraft(features: f)) }  // white space only
        }
        var tally = PageLanguage.Tally()
        for i in drafts.indices { tally.add(drafts[i].features) }  // in place, no copy of features
        let language = tally.language
        let context = PageContext(script: language.script, isEnglish: language.isEnglish)
        for i in drafts.indices { Self.judgeAndClaim(&drafts[i], page: context) }
        Self.settleComments(&drafts)
        Self.settleAboutSections(&drafts)
        Self.settleListsOfLinks(&drafts)
        Self.settleRepeatedParagraphs(&drafts)

        // A weak junk hint keeps a prose-length line from anchoring the article (a long keyword
        // list), except a script mismatch on real sentences (a quotation left unconverted).
        let repeatedHeadline = Self.repeatedHeadline(in: drafts) ?? Self.clauseHeadline(in: drafts)
        var paragraphs = drafts.indices.filter { i in
            let d = drafts[i]
            guard !d.isDecided && d.features.isProse && i != repeatedHeadline else { return false }
            return d.weakJunk.allSatisfy { $0.reason == "script-mismatch" && d.features.cjkSentenceMarks >= 2 }
        }
        Self.endAtCopyright(&paragraphs, drafts)
        let firstParagraph = paragraphs.first ?? drafts.count
        let lastParagraph = paragraphs.last ?? drafts.count

        let junk = drafts.map { $0.kind?.isJunk ?? $0.isJunkHinted }
        let role = drafts.map { $0.kind.map { !$0.isJunk } ?? false }
        // (Indices, not elements: a copy of a draft retains each of its buffers.)
        let headlineHinted = drafts.indices.map { i in
            drafts[i].kind == nil && !drafts[i].weakJunk.isEmpty
                && drafts[i].weakJunk.allSatisfy { SiteChromeRule.headlineHints.contains($0.reason) }
        }
        let tabTitles = drafts.indices.map { i in
            headlineHinted[i] && drafts[i].weakJunk.contains { $0.reason == SiteChromeRule.tabTitle }
        }
        let titleBlock = TitleFinder.find(in: drafts.lazy.map(\.features), junk: junk, role: role, before: firstParagraph,
                                          english: context.isEnglish, repeated: repeatedHeadline, headlineHinted: headlineHinted,
                                          tabTitles: tabTitles)
        for i in titleBlock?.lines ?? [] { drafts[i].decide(.title, "title") }

        Self.settleHeader(&drafts, before: firstParagraph, title: titleBlock, hasParagraphs: !paragraphs.isEmpty)
        if !paragraphs.isEmpty {
            Self.settleArticle(&drafts, from: firstParagraph, through: lastParagraph, english: context.isEnglish)
            Self.settleFooter(&drafts, after: lastParagraph)
        }
        if let block = titleBlock { Self.markTitleRepeats(&drafts, of: block) }
        for i in drafts.indices { Self.addCleanText(&drafts[i]) }

        return ArticleStructure(drafts: drafts, source: source, title: titleBlock).page(language: language.tag)
    }

    /// A copyright notice under the article's paragraphs closes the article: the prose below it
    /// is the site's (a newsletter box, a list of other stories).
    private static func endAtCopyright(_ paragraphs: inout [Int], _ drafts: [LineDraft]) {
        guard paragraphs.count >= 3 else { return }
        let notice = (paragraphs[1]..<paragraphs[paragraphs.count - 1]).first { i in
            drafts[i].kind == .boilerplate && DisclaimerRule.isCopyrightNotice(drafts[i].features)
        }
        guard let notice else { return }
        paragraphs.removeAll { $0 > notice }
    }

    // MARK: pass 1

    /// Pass 1 for one line, with its scalars decoded once for all its rules.
    private static func judgeAndClaim(_ d: inout LineDraft, page: PageContext) {
        let decodedForThisPass = !d.features.holdsScalars
        if decodedForThisPass { d.features.holdScalars() }
        judge(&d, page: page)
        claimByShape(&d)
        if decodedForThisPass { d.features.releaseScalars() }
    }

    /// The junk rules' verdicts on a line. Rules after the first strong verdict are not asked: that
    /// verdict (or a shape `claimByShape` prefers) decides the line, and weak hints only matter for
    /// lines left undecided.
    static func judge(_ d: inout LineDraft, page: PageContext) {
        let f = d.features
        var verdicts = Verdicts()
        defer {
            d.strongJunk = verdicts.strong
            d.weakJunk = verdicts.weak
        }
        // Junk rules, most specific first: the first strong verdict wins.
        if verdicts.end(with: InjectedMarkupRule().evaluate(f, page: page))
            || verdicts.end(with: LinkFarmRule().evaluate(f, page: page))
            || verdicts.end(with: KeywordStuffingRule().evaluate(f, page: page))
            || verdicts.end(with: AdultGamblingLexiconRule().evaluate(f, page: page))
            || verdicts.end(with: DisclaimerRule().evaluate(f, page: page))
            || verdicts.end(with: ContactLineRule().evaluate(f, page: page))
            || verdicts.end(with: SiteChromeRule().evaluate(f, page: page))
            || verdicts.end(with: CounterRule().evaluate(f, page: page)) {
            return
        }
        _ = verdicts.end(with: ScriptMismatchRule().evaluate(f, page: page))
    }

    /// The rules' verdicts on one line so far.
    private struct Verdicts {
        var strong: RuleHit?
        var weak: [RuleHit] = []

        /// Takes one rule's verdict; true when it is strong and ends the questioning.
        mutating func end(with hit: RuleHit?) -> Bool {
            guard let hit else { return false }
            if hit.strength == .strong {
                strong = hit
                return true
            }
            weak.append(hit)
            return false
        }
    }

    /// Spam first; then a dated meta line or a lead (which may carry chrome words); then strong
    /// boilerplate; then the other shapes that decide a line on their own.
    static func claimByShape(_ d: inout LineDraft) {
        let f = d.features
        if let hit = d.strongJunk, hit.kind == .spam { return d.decide(.spam, hit.reason) }
        if f.isLatin && BylineShape.isByline(f) { return d.decide(.byline, "byline") }
        // A date makes a meta line even among chrome words, unless chrome is all there is besides
        // the date (`本帖最后由 某人 于 2017-6-15 编辑`): then the line needs a meta label too.
        let isMeta = MetaLine.isMeta(f)
        if isMeta && PublishedDate.occurs(in: f) && (d.strongJunk?.kind != .boilerplate || MetaLine.hasLabel(f) || f.visible <= 24) {
            return d.decide(.meta, "meta-date")
        }
        if LeadMarker.isLead(f) { return d.decide(.lead, "lead-marker") }
        if let hit = d.strongJunk, hit.reason == "site-chrome", BylineShape.isMostlyCredit(f) { return d.decide(.byline, "byline") }
        if let hit = d.strongJunk { return d.decide(hit.kind, hit.reason) }
        if BylineShape.isByline(f) { return d.decide(.byline, "byline") }
        if CaptionShape.isCaption(f) { return d.decide(.caption, "caption") }
        if isMeta { return d.decide(.meta, "meta-field") }
    }

    /// A sentence-shaped headline (`Facing rising costs, the city plans a new budget.`) that the page
    /// repeats a few lines further down: among the first lines, a short line whose exact text comes
    /// again. It is offered to `TitleFinder` instead of anchoring the article as a paragraph.
    static func repeatedHeadline(in drafts: [LineDraft]) -> Int? {
        let top = drafts.prefix(10).indices.filter { i in
            let f = drafts[i].features
            return !drafts[i].isDecided && (f.isLatin ? (4...20).contains(f.words) : (8...40).contains(f.visible))
                && f.cjkSentenceMarks <= 1
        }
        return top.first { i in top.contains { $0 > i && drafts[$0].features.scalars == drafts[i].features.scalars } }
    }

    /// A headline that reads as prose: in English a long clause (`Victoria to hold first offshore
    /// wind auction next year, with 2GW of turbines promised by 2032`) with no full stop, in
    /// Chinese one with a kicker's exclamation (`重磅！…`). It is the first line that reads as prose,
    /// with a meta or byline line up to two lines above it or three below (a standfirst may stand
    /// between), and not right under a line of words with no menu word, which would be the
    /// headline it stands under.
    static func clauseHeadline(in drafts: [LineDraft]) -> Int? {
        guard let first = drafts.indices.first(where: { !drafts[$0].isDecided && drafts[$0].features.isProse }) else { return nil }
        let f = drafts[first].features
        if f.isLatin {
            guard !f.endsLikeSentence, f.words <= 30 else { return nil }
        } else {
            // `重磅！云湖区出台制造业数字化转型三年行动方案`: a kicker's exclamation is all that makes it prose.
            guard f.visible <= 60, f.cjkSentenceMarks == 1, !f.endsLikeSentence,
                  f.scalars.prefix(10).contains(where: ScalarClass.isCJKSentenceFinal) else { return nil }
        }
        // Under a headline of its own it is the standfirst.
        if first > 0, !drafts[first - 1].isDecided, !drafts[first - 1].isJunkHinted, drafts[first - 1].features.words >= 4,
           !drafts[first - 1].features.contains(.siteChrome) { return nil }
        let near = drafts.indices[max(0, first - 2)..<min(drafts.count, first + 4)]
        return near.contains { $0 != first && drafts[$0].kind.map { !$0.isJunk } == true } ? first : nil
    }

    /// `記者：…？`: a reporter's question in an interview, which opens the text.
    static func isReporterQuestion(_ f: LineFeatures) -> Bool {
        guard let last = f.lastScalar, last == "？" || last == "?" else { return false }
        return reporterTurns.contains { f.hasPrefix($0) }
    }

    private static let reporterTurns = ["记者：", "记者:", "記者：", "記者:"]

    /// `完`, `（完）`, `-完-`, `END`, `(End)`: the mark some releases and wires close their text with.
    static func isEndMark(_ f: LineFeatures) -> Bool {
        guard f.visible <= 7 else { return false }
        let core = f.scalars.filter { !ScalarClass.isWhitespace($0) && !ScalarClass.isMark($0) }
        return core == ["完"] || core.map { TermMatcher.fold($0) } == Array("end".unicodeScalars)
    }

    /// A readers' comment section (`CommentsHeader`) under the article is the site's, to the end of
    /// the page: its comments read like paragraphs and would otherwise stretch the article over them.
    static func settleComments(_ drafts: inout [LineDraft]) {
        // Only under some article text, two prose lines at least: a `Comments` link in the header
        // menu or a count under the headline (`3 comments`) starts nothing.
        // (Indices, not elements: a copy of a draft retains each of its buffers.)
        var prose: [Int] = []
        for i in drafts.indices where prose.count < 2 && !drafts[i].isDecided && drafts[i].features.isProse { prose.append(i) }
        guard prose.count == 2, let secondProse = prose.last,
              let header = drafts.indices[(secondProse + 1)...].first(where: { i in
                  drafts[i].features.visible <= CommentsHeader.longest && CommentsHeader.matches(drafts[i].features)
              })
        else { return }
        for i in header..<drafts.count where drafts[i].kind?.isJunk != true {
            drafts[i].decide(.boilerplate, "comments")
        }
    }

    /// Headlines listed under `Recent Posts` / `相关推荐` are links to other articles, wherever the
    /// list stands: decided before the paragraphs are counted, a sidebar of prose-like headlines
    /// above the article does not start it, nor does one below stretch it.
    static func settleListsOfLinks(_ drafts: inout [LineDraft]) {
        var i = 0
        while i < drafts.count {
            defer { i += 1 }
            // (Every list header is a chrome term: the line's word hits say whether to look.)
            guard drafts[i].kind == .boilerplate, drafts[i].features.visible <= 30, drafts[i].features.contains(.siteChrome),
                  SiteChromeRule.listHeaders.occurs(in: drafts[i].features.scalars) else { continue }
            var k = i + 1
            while k < drafts.count, !drafts[k].isDecided, drafts[k].features.isProse, isListedHeadline(drafts[k].features) {
                drafts[k].decideByWeakHints(zone: "related-list", kind: drafts[k].isOnlySpamHinted ? .spam : .boilerplate)
                k += 1
            }
        }
    }

    /// Paragraphs the page prints again word for word and in the same order (a content farm's
    /// second copy of the article, a mirror's repeat): the repeat is the site's, as a repeated
    /// headline is. Two in a row at least: one paragraph said twice may be the writer's.
    static func settleRepeatedParagraphs(_ drafts: inout [LineDraft]) {
        // Per paragraph, in page order: its line, and which earlier paragraph it repeats.
        var paragraphs: [(line: Int, repeats: Int?)] = []
        // A hash of each paragraph's text, made in one pass, and its position: sorted, equal
        // texts stand together (no `Hasher`, no dictionary: hashing every scalar through them
        // cost a tenth of all the analysis). A match is confirmed scalar by scalar.
        for i in drafts.indices where !drafts[i].isDecided && drafts[i].features.isProse {
            let f = drafts[i].features
            if f.isLatin ? f.words >= 10 : f.visible >= 30 { paragraphs.append((i, nil)) }
        }
        guard paragraphs.count >= 4 else { return }
        var keys = paragraphs.indices.map { k in (key: Self.fingerprint(drafts[paragraphs[k].line].features.scalars), k: k) }
        keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.k < $1.k }
        var first = 0
        for j in 1..<keys.count {
            if keys[j].key != keys[first].key { first = j; continue }
            let (e, k) = (keys[first].k, keys[j].k)
            if drafts[paragraphs[e].line].features.scalars == drafts[paragraphs[k].line].features.scalars { paragraphs[k].repeats = e }
        }
        func continues(_ k: Int) -> Bool {
            guard k > 0, let previous = paragraphs[k - 1].repeats, let this = paragraphs[k].repeats else { return false }
            return this == previous + 1
        }
        for k in paragraphs.indices where continues(k) || k + 1 < paragraphs.count && continues(k + 1) {
            drafts[paragraphs[k].line].decide(.boilerplate, "repeated-paragraph")
        }
    }

    /// FNV-1a over the scalars' values.
    private static func fingerprint(_ s: [Unicode.Scalar]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in s { h = (h ^ UInt64(c.value)) &* 0x100_0000_01b3 }
        return h
    }

    /// A press release's note on who sent it: `About Acme Energy` over a paragraph that opens
    /// with the same name (`Acme Energy is a leading…`). Both are the sender's boilerplate, not the
    /// article; a heading `About the plan` over the article's own text is left alone.
    static func settleAboutSections(_ drafts: inout [LineDraft]) {
        let about = Array("About ".unicodeScalars)
        for i in drafts.indices where !drafts[i].isDecided && drafts[i].features.isLatin && (2...6).contains(drafts[i].features.words) {
            guard !drafts[i].features.endsLikeSentence, drafts[i].features.scalars.starts(with: about) else { continue }
            let name = drafts[i].features.scalars[about.count...]
            guard let first = name.first, first.value >= 0x41 && first.value <= 0x5A,
                  !["The ", "This ", "Our ", "Us"].contains(where: { name.starts(with: $0.unicodeScalars) }),
                  let next = drafts.indices[(i + 1)...].first(where: { !drafts[$0].isDecided }),
                  drafts[next].features.scalars.starts(with: name) else { continue }
            drafts[i].decide(.boilerplate, "about-sender")
            drafts[next].decide(.boilerplate, "about-sender")
        }
    }

    // MARK: pass 3

    /// Lines above the first paragraph.
    static func settleHeader(_ drafts: inout [LineDraft], before end: Int, title: TitleFinder.Block?, hasParagraphs: Bool) {
        let titleStart = title?.lines.first ?? end
        let titleText = title.map { drafts[$0.main].features.scalars }
        // Once a heading or text line has followed the title, the article has begun: weak hints no
        // longer decide.
        var articleBegun = false
        for i in 0..<min(end, drafts.count) where !drafts[i].isDecided {
            let f = drafts[i].features
            defer { if i > titleStart, let kind = drafts[i].kind, kind == .heading || kind == .body { articleBegun = true } }
            if HeadingShape.isNumbered(f) || HeadingShape.isWordHeading(f) {
                drafts[i].decide(.heading, HeadingShape.isNumbered(f) ? "numbered-heading" : "heading-word")
            } else if i < titleStart && ArticleStructure.droppingLabel(f.scalars).count < f.scalarCount {
                // A file card's `标　　题：…` field over the headline line.
                drafts[i].decide(.meta, "meta-field")
            } else if i < titleStart {
                // With no paragraph to anchor it, a page of short lines is kept, not thrown away.
                if drafts[i].isJunkHinted { drafts[i].decideByWeakHints(zone: "header-zone") }
                else if hasParagraphs { drafts[i].decide(.boilerplate, "header-zone") }
                else { drafts[i].decide(.body, "no-paragraphs") }
            } else if articleBegun && i > 0 && HeadingShape.isBareSectionNumber(drafts[i - 1].features) && HeadingShape.isShortLabel(f) {
                // `01` over `总体目标`: a self-media post's section number and its heading.
                drafts[i].decide(.heading, "short-line-heading")
            } else if articleBegun {
                drafts[i].decide(.body, "between-paragraphs")
            } else if drafts[i].isJunkHinted {
                drafts[i].decideByWeakHints(zone: "header-zone")
            } else if let t = titleText, f.scalarCount > t.count, f.starts(with: t) {
                drafts[i].decide(.lead, "title-deck")
            } else if f.hasPrefix("—") || f.hasPrefix("－－") || f.hasPrefix("--") {
                // A subtitle under the headline: `——访某省发展改革委主任`.
                drafts[i].decide(.lead, "title-deck")
            } else if UrlLine.matches(f) {
                drafts[i].decide(.meta, "url")
            } else if f.isLatin && (1...3).contains(f.words) && f.isTitleCase && f.digits == 0 {
                drafts[i].decide(.byline, "byline-name")
            } else if let first = f.firstScalar, "■□●".unicodeScalars.contains(first), f.visible <= 16, f.cjk >= 2,
                      f.clauseMarks == 0 {
                // `■張某 李某`: authors marked with a square under the headline.
                drafts[i].decide(.byline, "byline-name")
            } else if let last = f.lastScalar, last == "：" || last == ":" {
                // A salutation (`各市、縣人民政府：`) opens the text.
                drafts[i].decide(.body, "paragraph")
            } else if HeadingShape.isInterviewQuestion(f) {
                // An interview opens with its first question (`问：…是什么？`), which heads its answer.
                drafts[i].decide(.heading, "question-heading")
            } else if Self.isReporterQuestion(f) {
                drafts[i].decide(.body, "paragraph")
            } else if i > 0, drafts[i - 1].kind == .byline, BylineShape.isRole(f) {
                // `By Sian Lloyd` / `Environment correspondent`: the credit's second line.
                drafts[i].decide(.byline, "byline-role")
            } else if hasParagraphs && f.visible <= 100 {
                drafts[i].decide(.meta, "header-meta")
            } else {
                drafts[i].decide(.body, "paragraph")
            }
        }
    }

    /// Lines from the first to the last paragraph: the article.
    static func settleArticle(_ drafts: inout [LineDraft], from first: Int, through last: Int, english: Bool) {
        var previousCanLeadHeading = true
        var inRelatedList = false
        // A standfirst sits right under the headline; an image between them means a plain paragraph.
        var seenCaption = drafts[..<first].contains { $0.kind == .caption }
        for i in first...last {
            let f = drafts[i].features
            if let kind = drafts[i].kind {
                if !kind.isJunk { previousCanLeadHeading = kind != .body || f.isProse }
                if kind == .caption { seenCaption = true }
                inRelatedList = kind == .boilerplate && SiteChromeRule.listHeaders.occurs(in: f.scalars)
                continue
            }
            if inRelatedList && (!f.isProse || Self.isListedHeadline(f)) {
                // Article links under `相关新闻` / `Related articles`, up to the next paragraph; a
                // headline asking a question (`…进展如何？一文梳理`) is still a link.
                drafts[i].decideByWeakHints(zone: "related-list", kind: drafts[i].isOnlySpamHinted ? .spam : .boilerplate)
                continue
            }
            inRelatedList = false
            if !f.isProse, !drafts[i].weakJunk.isEmpty, drafts[i].weakJunk.allSatisfy({ AdultGamblingLexiconRule.reasons.contains($0.reason) }) {
                // A short line of vice words amid the text (`buy cheap viagra online`) is no heading.
                drafts[i].decideByWeakHints(zone: "in-text")
                continue
            }
            if f.isProse && HeadingShape.isInterviewQuestion(f) {
                drafts[i].decide(.heading, "question-heading")
                previousCanLeadHeading = true
            } else if f.isProse {
                if i == first && !seenCaption && (LeadMarker.isMarkedStandfirst(f)
                    || english && i < last && isOneSentence(f) && !opensWithDateline(f) && Self.followsTitle(drafts, i)) {
                    drafts[i].decide(.lead, "standfirst")
                } else if i == first, i > 0, drafts[i - 1].kind == .lead, i + 1 < drafts.count,
                          drafts[i + 1].kind?.isJunk == true {
                    // An editor's note in two paragraphs, closed off from the text by a separator (`正文`).
                    drafts[i].decide(.lead, "lead-continued")
                } else {
                    drafts[i].decide(.body, "paragraph")
                }
                previousCanLeadHeading = true
            } else if UrlLine.matches(f) {
                drafts[i].decide(.meta, "url")
            } else if HeadingShape.isNumbered(f) || HeadingShape.isWordHeading(f) {
                drafts[i].decide(.heading, HeadingShape.isNumbered(f) ? "numbered-heading" : "heading-word")
                previousCanLeadHeading = true
            } else if HeadingShape.isDocumentTitle(f) {
                drafts[i].decide(.heading, "document-title")
                previousCanLeadHeading = true
            } else if i + 1 < drafts.count, drafts[i + 1].kind == .meta, f.visible <= 30 {
                // The issuer signing above the closing date of an official document.
                drafts[i].decide(.meta, "signature")
            } else if previousCanLeadHeading && HeadingShape.isShortLabel(f) {
                drafts[i].decide(.heading, "short-line-heading")
                previousCanLeadHeading = true
            } else {
                drafts[i].decide(.body, "between-paragraphs")
                // The end of a bulleted list is a natural place for a heading; code or a fragment is not.
                previousCanLeadHeading = HeadingShape.startsWithBullet(f)
            }
        }
    }

    /// Short, and not closed like a sentence: a headline in a list of links.
    private static func isListedHeadline(_ f: LineFeatures) -> Bool {
        if f.isLatin { return f.words <= 14 && !f.endsLikeSentence }
        return f.visible <= 40 && f.commas == 0 && f.lastScalar != "。" && f.lastScalar != "."
    }

    /// The nearest line above that is not the site's is the title: a standfirst sits right under
    /// the headline; under the date or byline the text has begun.
    private static func followsTitle(_ drafts: [LineDraft], _ i: Int) -> Bool {
        guard let above = drafts.indices[..<i].last(where: { drafts[$0].kind?.isJunk == false }) else { return false }
        return drafts[above].kind == .title
    }

    /// A wire story's first paragraph: `MANILA, July 3 (Reuters) - The Philippines will…`, a place in
    /// capitals and a dash, or the agency's name in brackets, within its first 60 characters.
    private static func opensWithDateline(_ f: LineFeatures) -> Bool {
        let head = f.scalars.prefix(60)
        if let tag = wireTags.matches(in: f.scalars).first, tag.start < 60 { return true }
        let place = head.prefix { ScalarClass.isASCIIUppercase($0) || $0 == " " || $0 == "." }
        guard place.count >= 3, place.count < head.count, head[place.count] == ",",
              place.filter(ScalarClass.isASCIIUppercase).count >= 3 else { return false }
        // A dash, spaced when it is a hyphen.
        return head.indices.contains { k in
            head[k] == "—" || head[k] == "–" || head[k] == "-" && k > 0 && k + 1 < head.count && head[k - 1] == " " && head[k + 1] == " "
        }
    }

    private static let wireTags = TermMatcher(["(Reuters)", "(AP)", "(AFP)", "(Bloomberg)", "(Xinhua)", "(PTI)", "(IANS)", "(UPI)"])

    /// An English standfirst is the first paragraph, one sentence long, with more paragraphs after it.
    private static func isOneSentence(_ f: LineFeatures) -> Bool {
        var sentences = 0
        let s = f.scalars
        for k in s.indices where s[k] == "." || s[k] == "!" || s[k] == "?" {
            if k == s.count - 1 || ScalarClass.isWhitespace(s[k + 1]) { sentences += 1 }
        }
        return sentences <= 1
    }

    /// Lines below the last paragraph.
    static func settleFooter(_ drafts: inout [LineDraft], after last: Int) {
        // The last prose line may itself be the site's (a headline in a list of links).
        var footerStarted = drafts[last].kind?.isJunk == true
        // Past an end mark only the release's date and credits are the article's.
        var ended = false
        var previousCanLeadHeading = true
        for i in (last + 1)..<drafts.count {
            let f = drafts[i].features
            if let kind = drafts[i].kind {
                if kind.isJunk {
                    // An end mark (`完`, `(END)`) closes the article, not the page: the release's
                    // date may still follow it.
                    if Self.isEndMark(f) { ended = true } else { footerStarted = true }
                } else if kind != .byline && (footerStarted || kind == .meta && MetaLine.isKeywordList(f)
                                              || kind == .meta && !SiteChromeRule.chromeSpans(in: f.scalars).isEmpty) {
                    // Below the site's furniture, dates and captions belong to other articles; keyword
                    // tags and a post's footer (`posted on ... 阅读(12) 评论(0) 收藏`) are the site's.
                    // A credit line is still the article's.
                    drafts[i].decide(.boilerplate, "footer-zone")
                    footerStarted = true
                }
                continue
            }
            if footerStarted || ended {
                drafts[i].decideByWeakHints(zone: "footer-zone", kind: drafts[i].isOnlySpamHinted ? .spam : .boilerplate)
                footerStarted = true
            } else if drafts[i].isJunkHinted {
                drafts[i].decideByWeakHints(zone: "footer-zone")
                footerStarted = true
            } else if UrlLine.matches(f) {
                drafts[i].decide(.boilerplate, "footer-zone")
                footerStarted = true
            } else if i + 1 < drafts.count, drafts[i + 1].kind == .meta, f.visible <= 30, !f.isProse {
                // The issuer signing above the closing date of an official document.
                drafts[i].decide(.meta, "signature")
            } else if HeadingShape.isNumbered(f) || HeadingShape.isWordHeading(f)
                        || previousCanLeadHeading && HeadingShape.isShortLabel(f) {
                let next = i + 1 < drafts.count ? drafts[i + 1] : nil
                let numbered = HeadingShape.isNumbered(f) || HeadingShape.isWordHeading(f)
                if let next, !Self.isEndMark(next.features), next.kind?.isJunk == true || next.isJunkHinted {
                    // A heading over nothing but the site's furniture heads none of the article
                    // (`現在用APP看新聞` over `點我下載APP`).
                    drafts[i].decide(.boilerplate, "footer-zone")
                    footerStarted = true
                } else if !numbered, f.isLatin, let next, next.kind == nil, Self.isEnglishLink(next.features) {
                    // Below the last paragraph of an English page, a plain label over a few words that
                    // are no list item nor code is the site's (`Is this page useful?` over `Maybe`,
                    // `Portfolios` over `Education`).
                    drafts[i].decide(.boilerplate, "footer-zone")
                    footerStarted = true
                } else {
                    drafts[i].decide(.heading, "short-line-heading")
                }
            } else {
                drafts[i].decide(.body, "between-paragraphs")
                // The end of a bulleted list is a natural place for a heading; code or a fragment is not.
                previousCanLeadHeading = HeadingShape.startsWithBullet(f)
            }
        }
    }

    /// A few English words, not a list item, not code: a link.
    private static func isEnglishLink(_ f: LineFeatures) -> Bool {
        f.isLatin && f.words <= 8 && !HeadingShape.startsWithBullet(f) && !HeadingShape.isNumbered(f) && !HeadingShape.holdsCode(f)
    }

    /// A later line that repeats the headline is site furniture (`title-repeat`).
    static func markTitleRepeats(_ drafts: inout [LineDraft], of block: TitleFinder.Block) {
        let title = drafts[block.main].features.scalars.filter { !ScalarClass.isWhitespace($0) }
        for i in (block.main + 1)..<drafts.count where drafts[i].kind != .spam && !block.lines.contains(i) {
            let f = drafts[i].features
            // `visible` counts the scalars that are not white space: lines of another length differ.
            guard f.visible == title.count else { continue }
            if f.scalars.lazy.filter({ !ScalarClass.isWhitespace($0) }).elementsEqual(title) {
                drafts[i].decide(.boilerplate, "title-repeat")
            }
        }
    }

    /// Pinyin annotations stripped (`導(dǎo)讀` -> `導讀`); site chrome stripped off meta lines.
    static func addCleanText(_ d: inout LineDraft) {
        let f = d.features
        let annotated = f.pinyinCount >= 2 || f.pinyinToned >= 1
        if annotated {
            d.reasons.append("pinyin-annotation")
            d.clean = f.text
        }
        if d.kind == .meta, let stripped = MetaLine.withoutChrome(f.scalars) {
            d.clean = stripped
            d.reasons.append("chrome-stripped")
        }
    }
}
