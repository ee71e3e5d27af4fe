/// A goal or a measure found in a line, located in `MatchableText.seen`.
struct FoundItem {
    enum Kind { case goal, measure }
    var kind: Kind
    var range: Range<Int>
    var year: Int?
    var quantity: Quantity?
    var rank: String?
    var actor: String?
}

/// Walks the clauses of each sentence with what the sentence has said so far: a deadline that
/// opens a sentence makes every later clause a goal with that year (`到2025年，A，B，C`); a past
/// marker makes the sentence neither; a future marker lets a later quantity or level be a target.
struct SentenceReader {
    var clauses: ClauseReader
    /// Shortest goal and measure, in matched scalars: shorter pieces are fragments of a list.
    private static let minimumGoal = 4
    private static let minimumMeasure = 6

    /// The goals and measures of a line, appended to `found`; `facts` is scratch space, kept
    /// from line to line with `found` so that reading a line allocates nothing.
    func items(in text: MatchableText, split: SplitLine, section: SectionContext,
               facts: inout [ClauseFacts], into found: inout [FoundItem]) {
        // `到2025年，A，B。C，D。`: the targets a dated sentence opens go on in the line's next
        // sentences, while they look ahead to nothing else (no 將, no past, no date of their own).
        var carriedYear: Int?
        for sentence in split.sentences where !sentence.isQuestion {
            facts.removeAll(keepingCapacity: true)
            for clause in split.clauses(of: sentence) { facts.append(clauses.readTime(text, clause: clause)) }
            let hasDeadline = facts.contains { $0.deadline != nil && !$0.isEnglish }
            // A sentence about the past (已, 截至, 近年來…) holds no goal and no measure, except
            // a clause that looks ahead itself (a plan, an obligation, an order).
            let aboutThePast = !hasDeadline && facts.contains(where: \.isPast)
            // The clauses skipped below whatever else they say are not read further: those
            // about the past, and in a sentence about the past those that do not look ahead.
            for k in facts.indices where !facts[k].isPast {
                if aboutThePast && !facts[k].hasFutureMarker && !clauses.isDirective(text, facts[k]) { continue }
                clauses.readRest(text, &facts[k])
            }
            let opensWithDeadline = facts.first.map { $0.deadline != nil && !$0.isEnglish } ?? false
            if opensWithDeadline || aboutThePast || facts.contains(where: { $0.hasFutureMarker || $0.isPast || $0.isEnglish }) {
                carriedYear = nil
            }
            // A sentence naming tasks or measures (`重点任务与支持措施`) turns from the targets.
            if carriedYear != nil, let first = facts.first, let last = facts.last,
               Vocabulary.measureHeadings.occurs(text, in: first.range.lowerBound..<last.range.upperBound) {
                carriedYear = nil
            }
            var year: Int? = section.year ?? carriedYear
            var inTargets = section.kind == .goals || carriedYear != nil
            defer { if opensWithDeadline, let d = facts.first?.deadline { carriedYear = d.year } }
            var future = false
            // After `請經濟部…` (an order given to a body), every clause is a task.
            var ordered = false
            // Under `力爭`, a count is a target even when an action counts it.
            var striving = false
            var actor: String?
            var leadIn: Int?
            for f in facts {
                if aboutThePast && !(f.hasFutureMarker || f.isDirective) { continue }
                if let d = f.deadline, !f.isEnglish {
                    year = d.year
                    inTargets = true
                }
                if ClauseReader.isEnglishLeadIn(text.seen, f) {
                    year = f.deadline?.year
                    inTargets = true
                    leadIn = nil
                    continue
                }
                if f.isPast {
                    leadIn = nil
                    continue
                }
                // A purpose or topic that names a goal (`為實現上述目標`) looks ahead for itself
                // only: what follows it is read on its own terms.
                if f.hasFutureMarker && !f.isScene {
                    future = true
                    if Vocabulary.strivings.occurs(text, in: f.content) { striving = true }
                }
                if f.mentionsGoals { inTargets = true }
                if f.namesGoals {
                    leadIn = nil
                    continue
                }
                if let a = f.actor { actor = a }
                if f.isLeadIn {
                    // Link words alone (`屆時`) only extend a deadline already waiting.
                    if f.deadline != nil { leadIn = leadIn ?? f.leadInStart }
                    continue
                }
                if f.isReporting || f.isScene || Self.namesResponsibleBodies(text.seen, f.content) {
                    leadIn = nil
                    continue
                }
                let orderedTask: FoundItem.Kind? = ordered && f.content.count >= Self.minimumMeasure ? .measure : nil
                if Self.opensOrder(text.seen, f.content) { ordered = true }
                guard let kind = kind(of: f, text: text, inTargets: inTargets, future: future, striving: striving, section: section)
                    ?? orderedTask else {
                    leadIn = nil
                    continue
                }
                var range: Range<Int>
                if f.isEnglish {
                    range = clauses.englishItem(text, f, isGoal: kind == .goal)
                } else if kind == .goal {
                    range = (leadIn ?? f.content.lowerBound)..<f.content.upperBound
                } else if f.isProposal && f.actionStart != f.content.lowerBound {
                    range = f.range
                } else {
                    range = f.content
                }
                leadIn = nil
                // English actions joined by `and` are one item each.
                while true {
                    let item = ClauseSplitter.trim(text.seen, range)
                    // An English action needs its object (`… this city has adopted,` is none).
                    if !item.isEmpty && !(f.isEnglish && kind == .measure && !text.seen[item].contains(" ")) {
                        // An English item is cut out of a longer clause: read its own quantity.
                        let quantity = f.isEnglish ? QuantityReader().firstQuantity(in: text, range: item) : f.quantity
                        found.append(FoundItem(
                            kind: kind, range: item,
                            year: kind == .goal ? (f.deadline?.year ?? year) : f.deadline?.year,
                            quantity: quantity,
                            rank: f.rank.map { text.plainText($0) },
                            actor: f.actor ?? actor))
                    }
                    guard f.isEnglish && kind == .measure, let next = clauses.englishActionAfter(text, range, in: f) else { break }
                    range = next
                }
            }
        }
    }

    /// `请经济部…`, `请各区…`: the clause asks a body to act, named within a few scalars (not
    /// `请求`, `请示`, nor `请认真抓好贯彻落实`, `请注明…`).
    private static func opensOrder(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Bool {
        guard content.count >= 4, s[content.lowerBound] == "请" else { return false }
        let body = (content.lowerBound + 1)..<min(content.upperBound, content.lowerBound + 14)
        return s[body].contains { $0 == "各" || ScalarClass.endsBodysName($0) }
    }

    /// `（责任单位：省能源局、省财政厅）` after a task says who carries it out: no task itself.
    private static func namesResponsibleBodies(_ s: [Unicode.Scalar], _ content: Range<Int>) -> Bool {
        var i = content.lowerBound
        while i < content.upperBound && (s[i] == "(" || s[i] == "（") { i += 1 }
        // Most clauses open otherwise: one look at the first ideograph settles them.
        guard i < content.upperBound, s[i] == "责" || s[i] == "牵" || s[i] == "配" else { return false }
        return responsibilityLabels.contains { label in
            i + label.count <= content.upperBound && s[i..<(i + label.count)].elementsEqual(label)
        }
    }

    private static let responsibilityLabels = ["责任单位", "牵头单位", "责任部门", "配合单位", "责任主体", "牵头部门"]
        .map { Array($0.unicodeScalars) }

    /// A bullet or numbered line.
    func isListItem(_ text: MatchableText) -> Bool {
        let s = text.seen
        var i = 0
        while i < s.count && CharacterClass.isSpace(s[i]) { i += 1 }
        guard i < s.count else { return false }
        switch s[i] {
        // `——综合实力迈上新台阶。…`: a dash opens the items of a Chinese plan's list of targets.
        case "-", "•", "·", "*", "●", "▪", "■", "◆", "—", "▶", "►", "★", "◎": return true
        default: return ClauseSplitter.enumeratorEnd(s, from: i) != nil
        }
    }

    private func kind(of f: ClauseFacts, text: MatchableText, inTargets: Bool, future: Bool, striving: Bool,
                      section: SectionContext) -> FoundItem.Kind? {
        let length = f.content.count
        let goal: FoundItem.Kind? = length >= Self.minimumGoal ? .goal : nil
        let measure: FoundItem.Kind? = length >= Self.minimumMeasure ? .measure : nil
        // A count striven for is a target (`力争上半年完成投资900亿元以上`), even among the tasks.
        let strivenFor = striving && f.quantity.map { $0.comparator != "=" } == true
        // Spending commitments are measures, even inside a target statement.
        if f.isBudget && !strivenFor { return measure }
        // A dated clause states a target even among the tasks (`到2027年…占比不低于50%`).
        if section.kind == .measures && !(f.deadline != nil && !f.isEnglish) && !strivenFor {
            return length >= Self.minimumGoal ? .measure : nil
        }
        if inTargets || (f.isEnglish && f.deadline != nil) { return goal }
        let expected = f.hasFutureMarker || future
        // English `will build 10 hospitals` is an action; `plans to create 20 million jobs` a target.
        if f.isEnglish { return f.actionStart != nil ? measure : (f.quantity != nil && expected ? goal : nil) }
        // A quantity after a future marker is a target, unless an action merely counts what it
        // does (`將實施三項工程`); a comparator (`突破`, `以上`) always makes it a target.
        if let q = f.quantity, expected, f.actionStart == nil || q.comparator != "=" || striving { return goal }
        if let rank = f.rank, expected, rank.lowerBound >= f.content.lowerBound { return goal }
        if f.hasAspiration && expected, let aspiration = Vocabulary.aspirations.firstMatch(text, in: f.content) {
            // 力爭打造成為… is a target; 力爭在…建立…形成… is an action with a hoped-for result.
            let action = Vocabulary.actionVerbs.firstMatch(text, in: f.content)
            if action == nil || action!.lowerBound >= aspiration.lowerBound { return goal }
        }
        if f.actionStart != nil { return measure }
        if f.isProposal { return measure }
        if f.isDirective && Vocabulary.actionVerbs.occurs(text, in: f.content) { return measure }
        return nil
    }
}
