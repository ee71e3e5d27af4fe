/// What one clause says, read once: the facts the sentence walk (`SentenceReader`) decides on.
struct ClauseFacts {
    /// The clause, trimmed.
    var range: Range<Int>
    /// The clause after a reporting verb (`《實施意見》提出，` / `還提出構建…` -> `構建…`).
    var content: Range<Int>
    var isEnglish = false
    var deadline: Deadline?
    var isPast = false
    var hasFutureMarker = false
    /// Content follows a proposal verb (`提出`): what the policy proposes.
    var isProposal = false
    /// Content follows an order (`指示`, `要求`).
    var isDirective = false
    /// Nothing but a speaker and a reporting verb (`該負責人表示`).
    var isReporting = false
    /// Only sets the scene: a topic (`在技術底座方面`), a source (`據了解`) or a purpose (`為…`).
    var isScene = false
    /// A deadline or link words and nothing else (`到2025年`, `展望到2035年`, `屆時`).
    var isLeadIn = false
    /// Where a lead-in's item text starts (after a reporting verb such as `明確`).
    var leadInStart = 0
    /// The action verb that makes the clause a measure, if it is one.
    var actionStart: Int?
    var isBudget = false
    var hasAspiration = false
    var rank: Range<Int>?
    var quantity: Quantity?
    /// Says that targets follow (`主要目標是…`, `根據…提出的目標`).
    var mentionsGoals = false
    /// Only names the targets that follow (`主要目標`).
    var namesGoals = false
    var actor: String?
}

/// Reads `ClauseFacts` from a clause of a `MatchableText`.
struct ClauseReader {
    var deadlines: DeadlineFinder
    private let quantities = QuantityReader()
    private let actors = ActorFinder()
    private static let predicateWords: [Vocabulary] = [.futureMarkers, .aspirations, .actionVerbs, .targetVerbs]

    func read(_ text: MatchableText, clause: Range<Int>) -> ClauseFacts {
        var f = readTime(text, clause: clause)
        readRest(text, &f)
        return f
    }

    /// The facts that place a clause in time (language, deadline, future marker, past): a
    /// clause about the past is not read further (`SentenceReader` skips it).
    func readTime(_ text: MatchableText, clause: Range<Int>) -> ClauseFacts {
        let s = text.seen
        var f = ClauseFacts(range: clause, content: clause)
        f.isEnglish = Self.isEnglish(s, clause)
        f.deadline = deadlines.find(in: text, range: clause)
        f.hasFutureMarker = hasFutureMarker(text, clause)
        f.isPast = Vocabulary.pastMarkers.occurs(text, in: clause)
            || (!f.hasFutureMarker && f.deadline == nil && reportsAResult(text, clause))
            || Self.opensWithStartYear(s, clause)
            || opensWithPastYear(s, clause)
        return f
    }

    /// `取得了…`, `實現了…`: a result reported. `取得明顯成效`, `取得突破` with no `了` is what a
    /// plan's targets say as well, so it reports nothing by itself.
    private func reportsAResult(_ text: MatchableText, _ clause: Range<Int>) -> Bool {
        guard let verb = Vocabulary.achievedVerbs.firstMatch(text, in: clause) else { return false }
        let s = text.seen
        guard s[verb.lowerBound] == "取", verb.upperBound < clause.upperBound, s[verb.upperBound] != "了" else { return true }
        let window = s[verb.upperBound..<min(clause.upperBound, verb.upperBound + 6)]
        return !Self.progressNouns.contains { noun in
            window.indices.contains { i in i + noun.count <= window.endIndex && s[i..<(i + noun.count)].elementsEqual(noun) }
        }
    }

    private static let progressNouns = ["成效", "进展", "突破"].map { Array($0.unicodeScalars) }

    /// Whether the clause gives an order (`指示各部會…`): what `readRest` sets `isDirective` by.
    func isDirective(_ text: MatchableText, _ f: ClauseFacts) -> Bool {
        guard !f.isEnglish, let verb = reportingVerb(text, f.range) else { return false }
        var start = verb.upperBound
        while start < f.range.upperBound, Vocabulary.softAfterReport.match(text, at: start, limit: f.range.upperBound) != nil { start += 1 }
        return start < f.range.upperBound && Vocabulary.directiveVerbs.match(text, at: verb.lowerBound, limit: verb.upperBound) != nil
    }

    /// Everything else, given the facts of `readTime`.
    func readRest(_ text: MatchableText, _ f: inout ClauseFacts) {
        let clause = f.range
        // `根據實施意見提出的目標，…`, `主要目標是…`; not `為實現上述目標`.
        f.mentionsGoals = Vocabulary.purposeOpenings.match(text, at: clause.lowerBound, limit: clause.upperBound) == nil
            && ((clause.count <= 12 && Vocabulary.goalWord.matchEnding(text, at: clause.upperBound, from: clause.lowerBound) != nil)
                || Vocabulary.goalStatements.occurs(text, in: clause))
        // `主要目標：` names what follows; it is not a target itself.
        f.namesGoals = f.mentionsGoals && Vocabulary.goalHeads.matchEnding(text, at: clause.upperBound, from: clause.lowerBound) != nil

        // A reporting verb near the start hands over to what follows it.
        if !f.isEnglish, let verb = reportingVerb(text, clause) {
            var start = verb.upperBound
            while start < clause.upperBound, Vocabulary.softAfterReport.match(text, at: start, limit: clause.upperBound) != nil { start += 1 }
            if start >= clause.upperBound {
                f.isReporting = true
            } else {
                f.content = start..<clause.upperBound
                f.isProposal = Vocabulary.proposalVerbs.match(text, at: verb.lowerBound, limit: verb.upperBound) != nil
                f.isDirective = Vocabulary.directiveVerbs.match(text, at: verb.lowerBound, limit: verb.upperBound) != nil
                if f.isProposal || f.isDirective {
                    f.actor = actors.actor(in: text, range: clause.lowerBound..<verb.lowerBound, verbStart: verb.lowerBound)
                }
            }
        }
        let content = f.content
        f.isScene = isScene(text, clause: clause, content: content, english: f.isEnglish)
        f.quantity = quantities.firstQuantity(in: text, range: content)
        f.hasAspiration = Vocabulary.aspirations.occurs(text, in: content)
            || (Vocabulary.forming.occurs(text, in: content) && Vocabulary.pattern.occurs(text, in: content))
        f.rank = Vocabulary.ranks.firstMatch(text, in: content)
        if f.quantity != nil, let spend = Vocabulary.spendingVerbs.firstMatch(text, in: content),
           Vocabulary.moneyUnits.occurs(text, in: content) || Vocabulary.funds.occurs(text, in: content),
           !Self.leverages(text.seen, content.lowerBound..<spend.lowerBound) {
            f.isBudget = true
        }
        f.isLeadIn = isLeadIn(text, f)
        if let d = f.deadline {
            f.leadInStart = Vocabulary.reportingVerbs.matchEnding(text, at: d.range.lowerBound, from: clause.lowerBound) != nil
                ? d.range.lowerBound : clause.lowerBound
        } else {
            f.leadInStart = clause.lowerBound
        }
        f.actionStart = f.isEnglish ? englishAction(text, content) : action(text, content, facts: &f)
        if !f.isEnglish && f.actionStart != nil && isDescription(text, content) { f.actionStart = nil }
        if f.isEnglish {
            if f.actor == nil { f.actor = actors.englishActor(in: text, range: clause) }
        } else if f.actor == nil, let verb = firstPredicate(text, content) {
            f.actor = actors.actor(in: text, range: content.lowerBound..<verb, verbStart: verb)
        }
    }

    private static let englishModals: [[Unicode.Scalar]] = ["will ", "would ", "shall "].map { Array($0.unicodeScalars) }
    private static let englishAdverbs: [[Unicode.Scalar]] = ["also ", "now ", "further ", "then ", "soon ", "still "].map { Array($0.unicodeScalars) }

    /// Where the verb after the first `will`, `would` or `shall` of `range` starts, when a
    /// number follows it.
    private static func englishModalEnd(_ s: [Unicode.Scalar], in range: Range<Int>) -> Int? {
        var i = range.lowerBound
        while i < range.upperBound {
            if i == range.lowerBound || s[i - 1] == " " {
                for modal in englishModals where i + modal.count < range.upperBound && s[i..<(i + modal.count)].elementsEqual(modal) {
                    var verb = i + modal.count
                    // `will also create …`: the verb after an adverb.
                    for adverb in englishAdverbs where verb + adverb.count < range.upperBound
                        && s[verb..<(verb + adverb.count)].elementsEqual(adverb) { verb += adverb.count }
                    guard CharacterClass.isASCIILetter(s[verb]), s[verb..<range.upperBound].contains(where: CharacterClass.isDigit) else { return nil }
                    return verb
                }
            }
            i += 1
        }
        return nil
    }

    /// The item text of an English clause: from the verb of `to <verb>` before a target, or
    /// from the action verb of a measure, up to a trailing `as …`/`which …` part.
    func englishItem(_ text: MatchableText, _ f: ClauseFacts, isGoal: Bool) -> Range<Int> {
        let s = text.seen
        var lo = f.content.lowerBound
        let hi = f.content.upperBound
        if isGoal {
            // `…by 2027, and its technology will become mature`: the item starts after the `and`.
            if Self.opens(s, lo..<hi, with: Self.spacedAnd.dropFirst()) { lo += Self.spacedAnd.count - 1 }
            // The last `to <verb>` after a word that takes one (`aims to bring`), else the verb after a
            // modal (`Officials will add 3,000 spaces by 2027`), else any last `to <verb>`: not the
            // `to` of `food waste to landfill`, `access to shared solar`.
            var anyInfinitive: Int?
            var takenInfinitive: Int?
            var i = hi - 3
            while i >= lo && takenInfinitive == nil {
                if s[i] == "t" && s[i + 1] == "o" && s[i + 2] == " " && (i == lo || s[i - 1] == " "),
                   i + 3 < hi, Self.opensInfinitive(s, at: i + 3, limit: hi),
                   s[(i + 3)..<hi].contains(where: CharacterClass.isDigit) {
                    anyInfinitive = anyInfinitive ?? i + 3
                    if Self.takesInfinitive(s, before: i, from: lo) { takenInfinitive = i + 3 }
                }
                i -= 1
            }
            // (A clause with a modal has a future marker: most have none, and no modal to look for.)
            let modal = takenInfinitive == nil && f.hasFutureMarker ? Self.englishModalEnd(s, in: lo..<hi) : nil
            if let start = takenInfinitive ?? modal ?? anyInfinitive { lo = start }
            // `sets a target of 95% of homes …`: the target itself.
            if let named = Vocabulary.englishTargetNouns.firstMatch(text, in: lo..<hi) {
                lo = named.upperBound
                while lo < hi && s[lo] == " " { lo += 1 }
            }
        } else if let a = f.actionStart {
            return englishAction(text, from: a, to: hi)
        }
        return lo..<hi
    }

    /// One English action from `lo`, up to a trailing `as …`/`which …` part or to an `and` that
    /// opens the next action: `develop innovative technologies and make …`, `… and £582m in
    /// grants`; `and` between nouns (`refuse and street cleansing vehicles`) leaves it whole.
    private func englishAction(_ text: MatchableText, from lo: Int, to end: Int) -> Range<Int> {
        let s = text.seen
        var hi = end
        var from = lo
        while let cut = Vocabulary.englishCuts.firstMatch(text, in: from..<hi) {
            // `as much as 100,000 baht`: an amount (both its `as`), not a trailing `as …` part.
            if let word = EnglishWords.asAmounts.match(s, at: cut.upperBound, limit: hi) {
                from = cut.upperBound + word
                if let second = Vocabulary.englishCuts.firstMatch(text, in: from..<hi), second.lowerBound == from { from = second.upperBound }
                continue
            }
            hi = cut.lowerBound
            break
        }
        if let and = Vocabulary.englishAnd.firstMatch(text, in: lo..<hi),
           s[lo..<and.lowerBound].filter({ $0 == " " }).count >= 2,
           Vocabulary.englishMeasureVerbs.match(text, at: and.upperBound, limit: hi) != nil
            || EnglishWords.commonVerbs.match(s, at: and.upperBound, limit: hi) != nil
            || and.upperBound < hi && Self.opensSum(s[and.upperBound]) {
            hi = and.lowerBound
        }
        return lo..<hi
    }

    /// The action after `and` that ended `item` (`will pool state money and speed up permits`),
    /// if `englishAction` cut it there before a verb of how a body acts (not `and make strides`).
    func englishActionAfter(_ text: MatchableText, _ item: Range<Int>, in f: ClauseFacts) -> Range<Int>? {
        let and = Self.spacedAnd
        let start = item.upperBound + and.count
        guard start < f.content.upperBound, text.seen[item.upperBound..<start].elementsEqual(and),
              Vocabulary.englishMeasureVerbs.match(text, at: start, limit: f.content.upperBound) != nil else { return nil }
        return englishAction(text, from: start, to: f.content.upperBound)
    }

    private static let spacedAnd = Array(" and ".unicodeScalars)

    /// The word before the `to` at `to` takes an infinitive (`aims`, `pledged`, `plan`, `million`), or
    /// the `to` opens the clause.
    private static func takesInfinitive(_ s: [Unicode.Scalar], before to: Int, from lo: Int) -> Bool {
        var end = to
        while end > lo && s[end - 1] == " " { end -= 1 }
        var start = end
        while start > lo && CharacterClass.isASCIILetter(s[start - 1]) { start -= 1 }
        // (Not a figure before it: `by 40% to reach` continues a target, it opens none.)
        return end == lo || start < end && EnglishWords.infinitiveTakers.contains(s, start..<end)
    }

    /// The word after a `to` is a verb: a lower-case word that is no article, pronoun or amount
    /// (`to bring`, not `to the country's GDP`, `to more than`, `to Lagos`).
    private static func opensInfinitive(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard (0x61...0x7A).contains(s[i].value) else { return false }
        return EnglishWords.afterPrepositionTo.match(s, at: i, limit: limit) == nil
    }

    /// Where the predicate of a target starts (`廣東實現…`, `廣東有望…`).
    private func firstPredicate(_ text: MatchableText, _ content: Range<Int>) -> Int? {
        let window = content.lowerBound..<min(content.upperBound, content.lowerBound + 12)
        var first: Int?
        for words in Self.predicateWords {
            if let r = words.firstMatch(text, in: window), r.lowerBound < (first ?? Int.max) { first = r.lowerBound }
        }
        return first
    }

    /// Mostly ASCII letters, hardly any Han.
    static func isEnglish(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var letters = 0
        var han = 0
        return s.withUnsafeBufferPointer { s in
            for i in r {
                if CharacterClass.isASCIILetter(s[i]) {
                    letters += 1
                } else if CharacterClass.isHan(s[i]) {
                    han += 1
                    // A quarter of the clause Han: the letters (at most the rest) cannot outnumber
                    // them three to one. A Chinese clause ends here after a few scalars.
                    if 4 * han >= r.count { return false }
                }
            }
            return letters > 3 * han && letters > 0
        }
    }

    /// A reporting verb in the first part of the clause, outside brackets, not inside a longer word.
    private func reportingVerb(_ text: MatchableText, _ clause: Range<Int>) -> Range<Int>? {
        guard Vocabulary.reportingVerbs.isIn(text) else { return nil }
        let s = text.seen
        // The first 24 scalars outside brackets: a long document title does not push the verb out.
        var budget = 24
        var depth = 0
        var found: Range<Int>?
        var i = clause.lowerBound
        while i < clause.upperBound && budget > 0 {
            let c = s[i]
            if c == "《" || c == "“" || c == "「" || c == "(" { depth += 1 } else if c == "》" || c == "”" || c == "」" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0 { budget -= 1 }
            if depth == 0, Vocabulary.reportingVerbs.startsAt(text, i), let n = Vocabulary.reportingVerbs.match(text, at: i, limit: clause.upperBound),
               i + n >= clause.upperBound || s[i + n] != "的", !Self.isInsideAWord(s, i, n, clause) {
                // `提出了` keeps its 了 with the proposal.
                found = i..<(i + n)
                i += n
                continue
            }
            i += 1
        }
        return found
    }

    /// `說` and `稱` of `說明會`, `小說`, `簡稱`, `名稱`: part of another word, not "says".
    private static func isInsideAWord(_ s: [Unicode.Scalar], _ i: Int, _ n: Int, _ clause: Range<Int>) -> Bool {
        guard n == 1, s[i] == "说" || s[i] == "称" else { return false }
        if i + 1 < clause.upperBound && "明服法为号赞作".unicodeScalars.contains(s[i + 1]) { return true }
        return i > clause.lowerBound && "小简俗统名职对解".unicodeScalars.contains(s[i - 1])
    }

    private func isScene(_ text: MatchableText, clause: Range<Int>, content: Range<Int>, english: Bool) -> Bool {
        let s = text.seen
        // `up from about 900 hours in 2024`: the baseline a target is measured against.
        if english { return Self.baselineOpenings.contains { Self.opens(s, clause, with: $0) } }
        if let n = Vocabulary.purposeOpenings.match(text, at: content.lowerBound, limit: content.upperBound) {
            // `围绕上述目标`, `以…为抓手` frame what follows; with an action of its own after the
            // frame (`围绕关键材料开展攻关`, `以合肥为核心打造…`) the clause is a task.
            let lo = content.lowerBound
            guard s[lo] == "以" && n == 1 || s[lo] == "围" && n == 2,
                  let verb = Vocabulary.actionVerbs.firstMatch(text, in: (lo + n)..<content.upperBound) else { return true }
            // `以` frames only as `以…为…` (`以衡量…的成效` states a purpose).
            return s[lo] == "以" && !s[(lo + n)..<verb.lowerBound].contains("为")
        }
        if Vocabulary.sceneEndings.matchEnding(text, at: clause.upperBound, from: clause.lowerBound) != nil { return true }
        let opensWithTopic = Vocabulary.topicOpenings.match(text, at: clause.lowerBound, limit: clause.upperBound) != nil
        if opensWithTopic && Vocabulary.placeEndings.matchEnding(text, at: clause.upperBound, from: clause.lowerBound) != nil {
            return true
        }
        // 據了解, 根據…
        if opensWithTopic && (s[clause.lowerBound] == "据" || s[clause.lowerBound] == "根") && clause.count <= 14 { return true }
        return false
    }

    private static let baselineOpenings = ["up from ", "down from ", "compared with ", "compared to ", "both from ", "from about ",
                                           "from around ", "from a "].map { Array($0.unicodeScalars) }

    /// Whether `range` opens with the letters of `word` (in lower case).
    static func opens(_ s: [Unicode.Scalar], _ range: Range<Int>, with word: some Collection<Unicode.Scalar>) -> Bool {
        range.count > word.count && s[range.lowerBound..<(range.lowerBound + word.count)].elementsEqual(word)
    }

    /// `The plan said that by 2027,`, `By 2030,`: an English clause that is a deadline, alone or
    /// after what reports it, introduces the targets after it.
    static func isEnglishLeadIn(_ s: [Unicode.Scalar], _ f: ClauseFacts) -> Bool {
        guard f.isEnglish, let d = f.deadline, f.quantity == nil else { return false }
        var end = f.range.upperBound
        while end > d.range.upperBound && !CharacterClass.isASCIILetter(s[end - 1]) && !CharacterClass.isDigit(s[end - 1]) { end -= 1 }
        guard end == d.range.upperBound else { return false }
        var before = d.range.lowerBound
        while before > f.range.lowerBound && s[before - 1] == " " { before -= 1 }
        var word = before
        while word > f.range.lowerBound && CharacterClass.isASCIILetter(s[word - 1]) { word -= 1 }
        return word == f.range.lowerBound || EnglishWords.reportingLeadIns.contains(s, word..<before)
    }

    /// A deadline (or link words) with nothing that could be a target: `到2025年`, `展望到2035年`,
    /// `2025年現金分享計劃` (a deadline that opens a short topic). `新廠將於2027年投產` is a
    /// statement of its own.
    private func isLeadIn(_ text: MatchableText, _ f: ClauseFacts) -> Bool {
        guard f.quantity == nil, f.rank == nil else { return false }
        guard let d = f.deadline else { return substance(text, f.content) == 0 }
        // (a reporting verb before the deadline was already cut off into `content`)
        let before = substance(text, f.content.lowerBound..<max(f.content.lowerBound, d.range.lowerBound))
        let after = substance(text, d.range.upperBound..<f.content.upperBound)
        guard let before, let after else { return false }
        return (before == 0 && after <= 8) || (after == 0 && before <= 4)
    }

    /// Letters, digits and Han characters in `r` that are not link words; nil when an action
    /// verb is among them.
    private func substance(_ text: MatchableText, _ r: Range<Int>) -> Int? {
        let s = text.seen
        var count = 0
        guard Vocabulary.linkWords.isIn(text) || Vocabulary.actionVerbs.isIn(text) else {
            s.withUnsafeBufferPointer { s in
                for i in r where CharacterClass.isHan(s[i]) || CharacterClass.isASCIILetter(s[i]) || CharacterClass.isDigit(s[i]) {
                    count += 1
                }
            }
            return count
        }
        var i = r.lowerBound
        while i < r.upperBound {
            if Vocabulary.linkWords.startsAt(text, i), let n = Vocabulary.linkWords.match(text, at: i, limit: r.upperBound) { i += n; continue }
            if Vocabulary.actionVerbs.startsAt(text, i), Vocabulary.actionVerbs.match(text, at: i, limit: r.upperBound) != nil { return nil }
            if CharacterClass.isHan(s[i]) || CharacterClass.isASCIILetter(s[i]) || CharacterClass.isDigit(s[i]) { count += 1 }
            i += 1
        }
        return count
    }

    /// The action verb that opens the clause, after a name and adverbs (`廣東將進一步夯實…`).
    private func action(_ text: MatchableText, _ content: Range<Int>, facts f: inout ClauseFacts) -> Int? {
        // Every way in needs an action verb.
        guard Vocabulary.actionVerbs.isIn(text) else { return nil }
        let s = text.seen
        // The verb comes early, unless a frame or a place opens the clause (`围绕…开展攻关`).
        let lo = content.lowerBound
        let framed = content.count > 3 && (Self.opensFrame(s, lo, content.upperBound) || s[lo] == "在" || s[lo] == "对")
        let window = min(content.upperBound, lo + (framed ? 34 : 16))
        var i = content.lowerBound
        while i < window {
            if Vocabulary.actionVerbs.startsAt(text, i), let n = Vocabulary.actionVerbs.match(text, at: i, limit: content.upperBound) {
                // `鞏固了…`: a completed action is a report, not a measure.
                // `完善的政策`: a verb before 的 describes a noun.
                if i + n < content.upperBound && (s[i + n] == "了" || s[i + n] == "的") { return nil }
                if acceptsPrefix(text, content.lowerBound..<i, verbStart: i, facts: &f) && content.upperBound - (i + n) >= 2 {
                    return i
                }
                // A verb inside a body's name (`投資推廣署`, `發展局`) is not the clause's.
                if let suffix = Vocabulary.actorSuffixes.match(text, at: i + n, limit: content.upperBound) {
                    i += n + suffix
                    continue
                }
                break
            }
            // A modal opening the clause carries an action anywhere after it (`擬在…開展技術攻關`).
            if Vocabulary.leadingModals.startsAt(text, i), let m = Vocabulary.leadingModals.match(text, at: i, limit: content.upperBound),
               acceptsPrefix(text, content.lowerBound..<i, verbStart: i, facts: &f),
               let verb = Vocabulary.actionVerbs.firstMatch(text, in: (i + m)..<content.upperBound),
               !s[(i + m)..<verb.lowerBound].contains("的") {
                // (`將節省的開支用於…` is 將 as 把 before a noun phrase, not a plan.)
                return i
            }
            i += 1
        }
        // An obligation anywhere (`相關部會應將…列入`).
        if let m = Vocabulary.obligations.firstMatch(text, in: content),
           Vocabulary.actionVerbs.occurs(text, in: m.upperBound..<content.upperBound) {
            return m.lowerBound
        }
        return nil
    }

    /// `带动民间投资450亿元`, `撬动社会资本…`: investment drawn in is an outcome, not spending.
    private static func leverages(_ s: [Unicode.Scalar], _ before: Range<Int>) -> Bool {
        before.count >= 2 && before.indices.dropLast().contains { i in
            (s[i] == "带" && s[i + 1] == "动") || (s[i] == "撬" && s[i + 1] == "动") || (s[i] == "吸" && s[i + 1] == "引")
        }
    }

    /// `围绕…`, `聚焦…`, `依托…`, `针对…`, or `以…为核心`/`以…为主轴` (not `面向…需求`, a purpose).
    private static func opensFrame(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        guard end - k >= 3 else { return false }
        if s[k] == "以" { return s[(k + 2)..<end].contains("为") }
        let pair = (s[k], s[k + 1])
        return pair == ("围", "绕") || pair == ("聚", "焦") || pair == ("依", "托") || pair == ("针", "对")
    }

    /// The text before a verb is empty, adverbs, or a name followed by adverbs.
    private func acceptsPrefix(_ text: MatchableText, _ prefix: Range<Int>, verbStart: Int, facts f: inout ClauseFacts) -> Bool {
        let s = text.seen
        let end = ActorFinder.dropTrailingAdverbs(text, prefix)
        let strippedAdverb = end < prefix.upperBound
        if end == prefix.lowerBound { return true }
        if let actor = actors.actor(in: text, range: prefix.lowerBound..<end, verbStart: end) {
            f.actor = f.actor ?? actor
            return true
        }
        // Whom the action is for, before it: `對小微企業用電成本給予10%的補貼`.
        // (Only a plain noun phrase: `對穩定經濟運行、促進…` lists what something matters for.)
        if (s[prefix.lowerBound] == "对" || s[prefix.lowerBound] == "向") && end - prefix.lowerBound <= 20
            && s[prefix.lowerBound..<end].allSatisfy(CharacterClass.isHan) { return true }
        // Where the action happens, in a few ideographs before it: `在全台設立50個據點`, `並在台中、台南設置`
        // (a list of places may be longer: `在工业园区、数据中心、5G基站等用户侧推广`).
        var k = prefix.lowerBound
        if k < end && (s[k] == "并" || s[k] == "将" || s[k] == "也" || s[k] == "还") { k += 1 }
        let listed = s[k..<end].contains("、")
        let phrase = s[k..<end].allSatisfy { CharacterClass.isHan($0) || $0 == "、" || listed && (CharacterClass.isASCIILetter($0) || CharacterClass.isDigit($0)) }
        if k < end && s[k] == "在" && phrase, end - k <= (listed ? 24 : 8) { return true }
        // What the action centres on or builds from: `围绕质子交换膜、催化剂等关键材料开展攻关`,
        // `以合肥、芜湖为核心打造`, `依托…`.
        if phrase, end - k <= 30, Self.opensFrame(s, k, end) { return true }
        if strippedAdverb && end - prefix.lowerBound <= 4
            && !s[prefix.lowerBound..<end].contains(where: { $0 == "的" || CharacterClass.isDigit($0) || !CharacterClass.isHan($0) }) {
            return true
        }
        return false
    }

    /// A future marker, not counting a 將 that is 把 before a noun phrase (`將兩人的談話…`) nor
    /// words inside a book title (`《行動計劃》`).
    private func hasFutureMarker(_ text: MatchableText, _ clause: Range<Int>) -> Bool {
        guard Vocabulary.futureMarkers.isIn(text) else { return false }
        let s = text.seen
        var i = clause.lowerBound
        while i < clause.upperBound {
            if let close = CharacterClass.bookTitleEnd(s, at: i, limit: clause.upperBound) {
                i = close + 1
                continue
            }
            if Vocabulary.futureMarkers.startsAt(text, i), let n = Vocabulary.futureMarkers.match(text, at: i, limit: clause.upperBound) {
                let isBa = n == 1 && s[i] == "将" && s[(i + 1)..<min(clause.upperBound, i + 7)].contains("的")
                if !isBa { return true }
                i += n
                continue
            }
            i += 1
        }
        return false
    }

    /// A copula or a listing verb: the clause describes, it does not act.
    private func isDescription(_ text: MatchableText, _ content: Range<Int>) -> Bool {
        let s = text.seen
        if Vocabulary.descriptions.occurs(text, in: content) { return true }
        guard Vocabulary.notCopula.isIn(text) else { return s[content].contains("是") }
        var i = content.lowerBound
        while i < content.upperBound {
            if Vocabulary.notCopula.startsAt(text, i), let n = Vocabulary.notCopula.match(text, at: i, limit: content.upperBound) { i += n; continue }
            if s[i] == "是" { return true }
            i += 1
        }
        return false
    }

    /// `2023年，該市…` in a page published later reports that year.
    private func opensWithPastYear(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        guard let published = deadlines.publicationYear,
              let (year, end) = DeadlineFinder.year(s, at: clause.lowerBound, limit: clause.upperBound),
              end < clause.upperBound, s[end] == "年" else { return false }
        return year < published
    }

    /// `自2015年…` reports what happened since then.
    private static func opensWithStartYear(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        clause.count > 2 && s[clause.lowerBound] == "自" && CharacterClass.isDigit(s[clause.lowerBound + 1])
    }

    /// A figure or a currency sign: `and £582m in grants` is another item.
    private static func opensSum(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(c) || c == "£" || c == "$" || c == "€" || c == "¥"
    }

    /// `cheaper to install than gas boilers`, `cost more to install`: a `to` after a comparative
    /// compares, it plans nothing.
    private static func isComparativeTo(_ s: [Unicode.Scalar], _ marker: Range<Int>, from start: Int) -> Bool {
        guard marker.count == 2, s[marker.lowerBound] == "t", marker.lowerBound >= start + 3 else { return false }
        var k = marker.lowerBound
        while k > start && s[k - 1] == " " { k -= 1 }
        var w = k
        while w > start && CharacterClass.isASCIILetter(s[w - 1]) { w -= 1 }
        let word = s[w..<k]
        if word.elementsEqual("more".unicodeScalars) || word.elementsEqual("less".unicodeScalars) { return true }
        return word.count >= 4 && word.suffix(2).elementsEqual("er".unicodeScalars) && !word.elementsEqual("order".unicodeScalars)
    }

    private func englishAction(_ text: MatchableText, _ content: Range<Int>) -> Int? {
        let s = text.seen
        if let announced = Self.announcedToday(s, content) { return announced }
        guard let verb = Vocabulary.englishMeasureVerbs.firstMatch(text, in: content) else { return Self.passiveAction(s, content) }
        // `will build`, `has launched`, `plans to develop`, or a list item opening with the verb;
        // not a plain past narrative (`Apple launched the phone`).
        if verb.lowerBound == content.lowerBound { return verb.lowerBound }
        var end = verb.lowerBound
        while end > content.lowerBound && s[end - 1] == " " { end -= 1 }
        // Allow one adverb between the marker and the verb (`will also build`).
        for _ in 0..<2 {
            if let marker = Vocabulary.englishPlanMarkers.matchEnding(text, at: end, from: content.lowerBound) {
                return Self.isComparativeTo(s, marker, from: content.lowerBound) ? nil : verb.lowerBound
            }
            var k = end
            while k > content.lowerBound && CharacterClass.isASCIILetter(s[k - 1]) { k -= 1 }
            end = k
            while end > content.lowerBound && s[end - 1] == " " { end -= 1 }
        }
        return Self.passiveAction(s, content)
    }

    /// `The Mayor today announced Cool Corridors, an $18 million plan`, `The Board today approved
    /// $300 million`: the news a release gives is the body's action, though told in the past. Not
    /// a target it announces (`has today announced a new ambitious target`), which the target
    /// reading finds.
    private static func announcedToday(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Int? {
        var i = content.lowerBound
        while i + 6 < content.upperBound {
            defer { i += 1 }
            guard s[i] == "t", i == content.lowerBound || s[i - 1] == " ", s[i..<(i + 6)].elementsEqual(today) else { continue }
            var verb = i + 6
            if let n = EnglishWords.perfectAuxiliaries.match(s, at: verb, limit: content.upperBound), verb + n < content.upperBound,
               s[verb + n] == " " { verb += n + 1 }
            guard EnglishWords.announcements.match(s, at: verb, limit: content.upperBound) != nil else { return nil }
            let rest = s[verb..<content.upperBound]
            return targetWords.contains { w in rest.indices.contains { rest[$0...].starts(with: w) } } ? nil : verb
        }
        return nil
    }

    private static let today = Array("today ".unicodeScalars)
    private static let targetWords = ["target", "goal", "commitment to"].map { Array($0.unicodeScalars) }

    /// `Proposals will be invited from …`, `The scheme will be implemented with …`: an action planned
    /// in the passive. The item is the whole clause, its subject included.
    private static func passiveAction(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Int? {
        var i = content.lowerBound
        while i + 9 < content.upperBound {
            if s[i] == "w" || s[i] == "s", i == content.lowerBound || s[i - 1] == " " {
                for modal in passiveModals where s[i..<min(i + modal.count, content.upperBound)].elementsEqual(modal) {
                    let start = i + modal.count
                    var j = start
                    while j < content.upperBound && CharacterClass.isASCIILetter(s[j]) { j += 1 }
                    // A participle in -ed that is an action, not a state (`will be needed`).
                    if j - start >= 5, s[j - 2] == "e", s[j - 1] == "d",
                       !EnglishWords.stateParticiples.contains(s, start..<j) { return content.lowerBound }
                }
            }
            i += 1
        }
        return nil
    }

    private static let passiveModals = ["will be ", "shall be "].map { Array($0.unicodeScalars) }
}
