/// A deadline stated in a clause: where it is and the year it names.
struct Deadline: Equatable {
    var range: Range<Int>
    var year: Int
}

/// Finds deadlines: `到2025年`, `至2030年底`, `2025年前`, `到“十四五”末`, `by 2030`, `by FY2028`, and a year
/// that opens a clause (`2025年現金分享計劃`) when the page was published no later than that year.
///
/// `截至2023年` (up to now) and `2023年前5個月` (the first five months) are not deadlines.
struct DeadlineFinder {
    /// The year the page was published, when a meta line says so.
    var publicationYear: Int?

    private static let planNames: [Unicode.Scalar: Int] = ["三": 2020, "四": 2025, "五": 2030, "六": 2035]

    /// The last deadline in `range` (a clause names at most one that matters: the latest said).
    func find(in text: MatchableText, range: Range<Int>) -> Deadline? {
        let s = text.seen
        // Every deadline holds the digits of a year (or the 零 of one in numerals), or the 十 of a
        // plan period (`十四五`), or it names a year from the page's (`今年底前`), which is read
        // apart, more rarely.
        guard s[range].contains(where: { CharacterClass.isDigit($0) || $0 == "十" || $0 == "零" }) else {
            return publicationYear == nil ? nil : relativeDeadline(text, range: range)
        }
        var found = planPeriodOpening(s, range: range)
        var i = found?.range.upperBound ?? range.lowerBound
        while i < range.upperBound {
            // A year inside a book title names the document, not a deadline.
            if let close = CharacterClass.bookTitleEnd(s, at: i, limit: range.upperBound) {
                i = close + 1
                continue
            }
            // A deadline starts with a lead word or with the digits of a year.
            if CharacterClass.isDigit(s[i]) || Vocabulary.leadWords.startsAt(text, i),
               let d = deadline(text, at: i, range: range) {
                found = d
                i = d.range.upperBound
            } else {
                i += 1
            }
        }
        if found == nil, publicationYear != nil { return relativeDeadline(text, range: range) }
        return found
    }

    /// The last deadline in `range` that names a year from the page's: `今年底前`, `明年年底`,
    /// `今年內`, `到明年` (not `將於今年第二季`, which schedules), or a lone `年底前`
    /// (`計劃年底前形成…`; not `每年年底前`, `2025年底前`).
    private func relativeDeadline(_ text: MatchableText, range: Range<Int>) -> Deadline? {
        // Most lines name no such year: one look at the line's word hits says so.
        guard let published = publicationYear, Vocabulary.relativeYears.isIn(text) else { return nil }
        let s = text.seen
        var found: Deadline?
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == "今" || c == "明" || c == "后", let (year, end) = relativeYear(s, at: i, limit: range.upperBound) {
                // A lead word before it belongs to the deadline (`將於今年底前`).
                let lead = Vocabulary.leadWords.matchEnding(text, at: i, from: range.lowerBound)
                let start = lead?.lowerBound ?? i
                if let after = Self.relativeYearEnd(s, at: end, limit: range.upperBound) {
                    found = Deadline(range: start..<after, year: year)
                    i = after
                    continue
                }
                if let lead, lead.count == 1, s[lead.lowerBound] == "到" || s[lead.lowerBound] == "至",
                   !Self.isDateOrSpan(s, at: end, limit: range.upperBound) {
                    found = Deadline(range: start..<end, year: year)
                    i = end
                    continue
                }
            } else if c == "底" || c == "末", i > range.lowerBound, s[i - 1] == "年", i + 1 < range.upperBound, s[i + 1] == "前",
                      i - 1 == range.lowerBound || !Self.namesAYear(s[i - 2]) {
                // Read from its `底`: `年` is far too common to start a reading at.
                found = Deadline(range: (i - 1)..<(i + 2), year: published)
                i += 2
                continue
            }
            i += 1
        }
        return found
    }

    private func deadline(_ text: MatchableText, at i: Int, range: Range<Int>) -> Deadline? {
        let s = text.seen
        // 到/至/by + year
        if let n = Vocabulary.leadWords.match(text, at: i, limit: range.upperBound) {
            if i > range.lowerBound && (s[i - 1] == "截" || s[i - 1] == "止") { return nil }
            // `延长至2027年` extends a scheme until then: a term, not a target's deadline.
            if s[i] == "至" && i > range.lowerBound && (s[i - 1] == "长" || s[i - 1] == "延") { return nil }
            var j = i + n
            while j < range.upperBound && CharacterClass.isSpace(s[j]) { j += 1 }
            // `by FY2028`, `by FY 2030`: a fiscal year (text here is in lower case).
            if j + 2 < range.upperBound, s[j] == "f", s[j + 1] == "y", CharacterClass.isASCIILetter(s[i]) {
                j += s[j + 2] == " " ? 3 : 2
            }
            if let (year, end) = Self.year(s, at: j, limit: range.upperBound) {
                let isEnglish = CharacterClass.isASCIILetter(s[i])
                if isEnglish {
                    return Deadline(range: i..<end, year: year)
                }
                guard let m = Vocabulary.afterYear.match(text, at: end, limit: range.upperBound),
                      !Self.isDateOrSpan(s, at: end + m, limit: range.upperBound) else { return nil }
                // `在2025年` without 前/底 is a time, not a deadline.
                if s[i] == "在" && m == 1 { return nil }
                if s[i] == "于" && m == 1 { return nil }
                return Deadline(range: i..<(end + m), year: year)
            }
            if let (year, end) = Self.planPeriod(s, at: j, limit: range.upperBound), s[i] != "在" {
                return Deadline(range: i..<end, year: year)
            }
            return nil
        }
        if let span = Self.yearSpan(s, at: i, range: range) { return span }
        // year + 前 / 底前
        if CharacterClass.isDigit(s[i]), i == range.lowerBound || !CharacterClass.isDigit(s[i - 1]),
           let (year, end) = Self.year(s, at: i, limit: range.upperBound),
           let m = Vocabulary.afterYear.match(text, at: end, limit: range.upperBound) {
            if m > 1 && s[end + m - 1] == "前" && !Self.isDateOrSpan(s, at: end + m, limit: range.upperBound) {
                return Deadline(range: i..<(end + m), year: year)
            }
            // A year opening the clause: a target year when it is not in the page's past, and not
            // the subject of a description (`2026年是“十五五”规划开局之年`).
            if i == range.lowerBound && m == 1, let published = publicationYear, year >= published,
               !Self.isDateOrSpan(s, at: end + 1, limit: range.upperBound),
               end + 1 >= range.upperBound || s[end + 1] != "是" {
                return Deadline(range: i..<(end + 1), year: year)
            }
        }
        return nil
    }

    /// `2025—2027年每年新建…`: a plan's years, due by the last of them. Not `方案（2025—2027年）`,
    /// the span in a plan's name.
    private static func yearSpan(_ s: [Unicode.Scalar], at i: Int, range: Range<Int>) -> Deadline? {
        // Most digits start no span: the dash after four of them says so first.
        let dash = i + 4
        guard dash + 1 < range.upperBound, Self.isSpanDash(s[dash]),
              i == range.lowerBound || !(CharacterClass.isDigit(s[i - 1]) || s[i - 1] == "(" || s[i - 1] == "（"),
              let (first, _) = year(s, at: i, limit: range.upperBound),
              let (last, end) = year(s, at: dash + 1, limit: range.upperBound), last > first,
              end < range.upperBound, s[end] == "年",
              end + 1 == range.upperBound || !(s[end + 1] == ")" || s[end + 1] == "）" || isDateOrSpan(s, at: end + 1, limit: range.upperBound))
        else { return nil }
        return Deadline(range: i..<(end + 1), year: last)
    }

    /// `—-－~～至`
    private static func isSpanDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2014, 0x2D, 0xFF0D, 0x7E, 0xFF5E, 0x81F3: return true
        default: return false
        }
    }

    /// A year named from the page's (今年, 明年, 后年) at `i`, and where it ends.
    private func relativeYear(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        guard let published = publicationYear, i + 2 <= limit, s[i + 1] == "年" else { return nil }
        switch s[i] {
        case "今": return (published, i + 2)
        case "明": return (published + 1, i + 2)
        case "后": return (published + 2, i + 2)
        default: return nil
        }
    }

    /// What names the year a `年` belongs to, when it stands before it.
    private static func namesAYear(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(c) || CharacterClass.isChineseCountingDigit(c) || "〇零两年今明后去当每同上下前近本全半".unicodeScalars.contains(c)
    }

    /// The end of what makes a named year a deadline: `底`, `末`, `年底` or `年末` (then maybe `前`),
    /// or `內`.
    private static func relativeYearEnd(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        var k = i
        if k < limit && s[k] == "内" { return k + 1 }
        if k + 1 < limit && s[k] == "年" && (s[k + 1] == "底" || s[k + 1] == "末") { k += 1 }
        guard k < limit && (s[k] == "底" || s[k] == "末") else { return nil }
        k += 1
        if k < limit && s[k] == "前" { k += 1 }
        return k
    }

    /// A four-digit year 1900-2099 at `i`, and where it ends.
    static func year(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        guard i + 4 <= limit else { return nil }
        if s[i] == "二" || s[i] == "一" { return chineseYear(s, at: i, limit: limit) }
        var value = 0
        for k in 0..<4 {
            guard CharacterClass.isDigit(s[i + k]) else { return nil }
            value = value * 10 + Int(s[i + k].value - 48)
        }
        if i + 4 < limit && CharacterClass.isDigit(s[i + 4]) { return nil }
        guard value >= 1900 && value < 2100 else { return nil }
        return (value, i + 4)
    }

    /// A year written in numerals, its zeros folded to `零`: `二零三五` (`二〇三五`, `二○三五`) -> 2035.
    private static func chineseYear(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        var value = 0
        for k in 0..<4 {
            guard let d = QuantityReader.chineseDigit(s[i + k]) else { return nil }
            value = value * 10 + Int(d)
        }
        if i + 4 < limit && QuantityReader.chineseDigit(s[i + 4]) != nil { return nil }
        guard value >= 1900 && value < 2100 else { return nil }
        return (value, i + 4)
    }

    /// `“十四五”末` -> 2025.
    private static func planPeriod(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        guard let (year, start) = planName(s, at: i, limit: limit) else { return nil }
        var j = start
        if j < limit && s[j] == "期" { j += 1 }
        guard j < limit && s[j] == "末" else { return nil }
        return (year, j + 1)
    }

    /// `“十四五”`, `十四五规划`: the last year of the plan period, and where its name ends.
    private static func planName(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Int, Int)? {
        var j = i
        if j < limit && (s[j] == "“" || s[j] == "\"" || s[j] == "「") { j += 1 }
        guard j + 3 <= limit, s[j] == "十", let year = planNames[s[j + 1]], s[j + 2] == "五" else { return nil }
        j += 3
        if j < limit && (s[j] == "”" || s[j] == "\"" || s[j] == "」") { j += 1 }
        if j < limit && s[j] == "规" { j += 1; if j < limit && s[j] == "划" { j += 1 } }
        return (year, j)
    }

    /// `“十四五”期間，…` opening a clause: what the plan period is to bring, by its last year, when
    /// that year is after the page's (`“十四五”時期` on a 2025 page looks back on it).
    private func planPeriodOpening(_ s: [Unicode.Scalar], range: Range<Int>) -> Deadline? {
        let i = range.lowerBound
        guard i < range.upperBound, s[i] == "“" || s[i] == "十" || s[i] == "\"" || s[i] == "「",
              let (year, end) = Self.planName(s, at: i, limit: range.upperBound),
              year > (publicationYear ?? 2025),
              end + 2 <= range.upperBound, s[end + 1] == "间" && s[end] == "期" || s[end + 1] == "期" && s[end] == "时"
        else { return nil }
        return Deadline(range: i..<(end + 2), year: year)
    }

    /// After a year: a month or a count follows (`2023年5月`, `2023年前5個月`).
    private static func isDateOrSpan(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Bool {
        guard i < limit else { return false }
        let c = s[i]
        return CharacterClass.isDigit(c) || c == "月" || c == "两" || c == "半" || CharacterClass.isChineseCountingDigit(c)
    }
}
