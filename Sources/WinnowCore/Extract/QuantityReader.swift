/// Reads the first stated quantity of a clause: `突破3000億元` -> {3000, 億元, >}.
///
/// The rule for large numbers: the last multiplier character before the unit (萬, 億, 兆) stays
/// in the unit and the value counts in it, so `3000億元` is {3000, 億元}, `七十萬人` is {70, 萬人},
/// `1.2萬億元` is {12000, 億元} and `一兆三千餘億元` is {13000, 億元}. Chinese numerals are
/// evaluated (`二千四百` -> 2400). English keeps its multiplier word in the unit
/// (`20 million new jobs` -> {20, million jobs}). A range (`3至5個`) gives its lower bound with `≥`.
///
/// Comparators: 突破/超/超過/逾/餘/多/over/more than -> `>`, 以上/不低於/不少於/至少/at least -> `≥`,
/// 達到/約/提高至/about and no word -> `=`, 以內/以下/不超過/最高/up to -> `≤`, 低於/近/below -> `<`.
/// Years, dates, ordinals (`第一`), model names (`5G`, `PM2.5`) and counts of kinds (`六大`) are
/// not quantities.
struct QuantityReader {
    static func chineseDigit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "零": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    private static func smallUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    private static func bigUnit(_ c: Unicode.Scalar) -> Double? {
        switch c {
        case "万": 1e4
        case "亿": 1e8
        case "兆": 1e12
        default: nil
        }
    }


    func firstQuantity(in text: MatchableText, range: Range<Int>) -> Quantity? {
        let s = text.seen
        var i = range.lowerBound
        var duration: Quantity?
        // A starting figure (`由60萬澳門元提高至100萬澳門元`, `from 5% to 10%`): the target follows it.
        var from: Quantity?
        while i < range.upperBound {
            // Nothing inside a book title counts (`《三年行動計劃》`).
            if let close = CharacterClass.bookTitleEnd(s, at: i, limit: range.upperBound) {
                i = close + 1
                continue
            }
            if CharacterClass.isDigit(s[i]) || Self.mayStartNumeral(s[i]), let q = quantity(text, at: i, range: range) {
                // A span of time (`四至五年內`) is the frame of a target, not the target.
                if !q.isTimeUnit(text) {
                    guard from == nil, Self.followsFrom(text, at: i, floor: range.lowerBound) else { return q.quantity(text) }
                    from = q.quantity(text)
                    i += 1
                    continue
                }
                if duration == nil { duration = q.quantity(text) }
            }
            i += 1
        }
        if let from { return from }
        if let duration { return duration }
        // 翻一番 / 翻兩番: doubling and quadrupling.
        if let r = Vocabulary.doublings.firstMatch(text, in: range) {
            return Quantity(value: s[r.lowerBound + 1] == "一" ? 2 : 4, unit: "倍", comparator: "=")
        }
        return nil
    }

    /// A quantity as read, its unit still a place in the text: most quantities read are never
    /// returned (time spans, later ones), so their unit string is only made when needed.
    private struct Reading {
        var value: Double
        var comparator: String
        /// The multiplier kept in the unit (`億` of `3000億元`), then the unit words.
        var multiplier: Range<Int>?
        var unitWords: Range<Int>?
        /// An English unit, made by `englishUnit`.
        var english: String?

        func quantity(_ text: MatchableText) -> Quantity {
            Quantity(value: value, unit: unit(text), comparator: comparator)
        }

        func unit(_ text: MatchableText) -> String {
            if let english { return english }
            return text.plainText(multiplier ?? 0..<0, unitWords ?? 0..<0)
        }

        /// Whether the unit is `年`, `天`, `小時` or `小时`.
        func isTimeUnit(_ text: MatchableText) -> Bool {
            if let english { return QuantityReader.isTimeUnit(english) }
            let m = multiplier ?? 0..<0
            let w = unitWords ?? 0..<0
            // Canonical decomposition never makes fewer scalars: a unit of more than two
            // scalars is none of the time units.
            guard m.count + w.count <= 2 else { return false }
            // The (at most two) scalars of the unit's plain text.
            let at = { (k: Int) -> Unicode.Scalar in
                text.original[text.sourceStart(k < m.count ? m.lowerBound + k : w.lowerBound + k - m.count)]
            }
            let count = m.count + w.count
            let first = at(0)
            let second: Unicode.Scalar = count == 2 ? at(1) : "a"
            // ASCII and unified ideographs have no other canonically equivalent spelling.
            let isPlain = { (c: Unicode.Scalar) in c.isASCII || (c.value >= 0x4E00 && c.value <= 0x9FFF) }
            guard isPlain(first) && isPlain(second) else { return QuantityReader.isTimeUnit(unit(text)) }
            if count == 1 { return first == "年" || first == "天" }
            return first == "小" && (second == "時" || second == "时")
        }
    }

    private func quantity(_ text: MatchableText, at start: Int, range: Range<Int>) -> Reading? {
        let s = text.seen
        let limit = range.upperBound
        let c = s[start]
        guard CharacterClass.isDigit(c) || Self.mayStartNumeral(c) else { return nil }
        if c == "百", let percent = percentage(text, at: start, range: range) { return percent }
        let previous: Unicode.Scalar? = start > range.lowerBound ? s[start - 1] : nil
        var value: Double
        var j: Int
        var isChinese = false
        if CharacterClass.isDigit(c) {
            if let p = previous, CharacterClass.isASCIILetter(p) || CharacterClass.isDigit(p) || p == "." { return nil }
            (value, j) = Self.arabic(s, from: start, limit: limit)
            if j - start == 4, value >= 1900, value < 2100, j < limit, s[j] == "年" { return nil }  // a year
            if j - start == 4, value >= 1900, value < 2100, Vocabulary.yearPrepositions.matchEnding(text, at: start - 1 >= range.lowerBound ? start - 1 : start, from: range.lowerBound) != nil {
                return nil  // `compared to 1990 levels`
            }
        } else if Self.chineseDigit(c) != nil || Self.smallUnit(c) != nil {
            if let p = previous, p == "第" || Self.isChineseNumeral(p) { return nil }
            j = start
            while j < limit && (Self.isChineseNumeral(s[j]) || ((s[j] == "余" || s[j] == "多") && j + 1 < limit && Self.isChineseNumeral(s[j + 1]))) { j += 1 }
            // A lone 一 is an article far more often than a count.
            if j - start == 1 && c == "一" { return nil }
            // A year in numerals (`二〇三五年`, its zeros folded to 零).
            if j - start == 4, j < limit, s[j] == "年", DeadlineFinder.year(s, at: start, limit: j) != nil { return nil }
            // Multipliers alone (`萬兆光網`) are no number.
            guard s[start..<j].contains(where: { Self.chineseDigit($0) != nil || Self.smallUnit($0) != nil }) else { return nil }
            isChinese = true
            value = 0
        } else {
            return nil
        }
        // A date or a clock time.
        if !isChinese && j < limit && (s[j] == "月" || s[j] == "日" || s[j] == "号") { return nil }

        var comparator = prefixComparator(text, before: start, floor: range.lowerBound)
        var end = j
        var multiplier: Range<Int>?
        if isChinese {
            // Evaluate the numeral run (with any inner 餘) and keep its last big unit for the unit.
            var run: [Unicode.Scalar] = []
            for k in start..<j where s[k] != "余" && s[k] != "多" { run.append(s[k]) }
            if s[start..<j].contains("余") || s[start..<j].contains("多") { comparator = ">" }
            if j < limit && (s[j] == "余" || s[j] == "多") { comparator = ">"; end += 1 }
            while end < limit && Self.bigUnit(s[end]) != nil { run.append(s[end]); end += 1 }
            guard let total = Self.chinese(run) else { return nil }
            let lastBig = run.last.flatMap { Self.bigUnit($0) } ?? 1
            if lastBig > 1 { multiplier = (end - 1)..<end }
            value = (total / lastBig * 1e6).rounded() / 1e6
            if run.count == 1 && lastBig == 1 && !(end < limit && (s[end] == "至" || s[end] == "到")) {
                // A single numeral counts only right before a counting unit: 三家, not 六大.
                guard end < limit, Vocabulary.units.match(text, at: end, limit: limit) != nil else { return nil }
            }
        } else {
            if j < limit && (s[j] == "余" || s[j] == "多") { comparator = ">"; end += 1 }
            var factor = 1.0
            var multiplierStart = end
            while end < limit, let big = Self.bigUnit(s[end]) { factor *= big; end += 1 }
            if end > multiplierStart {
                let last = Self.bigUnit(s[end - 1])!
                value = (value * factor / last * 1e6).rounded() / 1e6
                multiplierStart = end - 1
                multiplier = multiplierStart..<end
            }
        }
        // A range: keep the lower bound.
        if end < limit && (s[end] == "至" || s[end] == "到" || s[end] == "~") && end + 1 < limit
            && (CharacterClass.isDigit(s[end + 1]) || Self.isChineseNumeral(s[end + 1])) {
            var k = end + 1
            while k < limit && (CharacterClass.isDigit(s[k]) || Self.isChineseNumeral(s[k]) || s[k] == ".") { k += 1 }
            end = k
            comparator = "≥"
        }
        // The unit.
        var unitWords: Range<Int>?
        var english: String?
        if end < limit, let n = Vocabulary.units.match(text, at: end, limit: limit) {
            if s[end] == "个" && end + n < limit && (s[end + n] == "月" || s[end + n] == "小") { return nil }
            // `三成` is thirty per cent; `成為`, `成員` are other words.
            if s[end] == "成" && end + 1 < limit && "为员立功果本就长熟交效".unicodeScalars.contains(s[end + 1]) { return nil }
            unitWords = end..<(end + n)
            end += n
            // 公里/萬平方公里
            if end + 1 < limit && s[end] == "/" {
                var k = end + 1
                while k < limit && Self.bigUnit(s[k]) != nil { k += 1 }
                if let m = Vocabulary.units.match(text, at: k, limit: limit) {
                    unitWords = unitWords!.lowerBound..<(k + m)
                    end = k + m
                }
            }
        } else if end + 1 < limit && (s[end] == "∶" || s[end] == ":") && CharacterClass.isDigit(s[end + 1]) {
            var k = end + 1
            while k < limit && CharacterClass.isDigit(s[k]) { k += 1 }
            unitWords = end..<k
            end = k
        } else if !isChinese, currency(s, before: start, floor: range.lowerBound) == nil, let n = Self.latinUnitLength(s, at: end, limit: limit) {
            unitWords = end..<(end + n)
            end += n
        } else if isChinese {
            // A Chinese numeral needs its unit word: `千兆光網` (gigabit) is no quantity.
            return nil
        } else if let found = englishUnit(text, from: end, limit: limit, currency: currency(s, before: start, floor: range.lowerBound)) {
            english = found.unit
            end = found.end
        } else if multiplier == nil || multiplier!.isEmpty {
            return nil
        }
        if Vocabulary.atLeastSuffixes.match(text, at: end, limit: limit) != nil {
            comparator = "≥"
        } else if Vocabulary.atMostSuffixes.match(text, at: end, limit: limit) != nil {
            comparator = "≤"
        }
        return Reading(value: value, comparator: comparator ?? "=", multiplier: multiplier, unitWords: unitWords, english: english)
    }

    /// `百分之二十四`, `百分之百`, `百分之15`: a percentage written out.
    private func percentage(_ text: MatchableText, at start: Int, range: Range<Int>) -> Reading? {
        let s = text.seen
        let limit = range.upperBound
        guard start + 3 < limit, s[start + 1] == "分", s[start + 2] == "之" else { return nil }
        var j = start + 3
        let value: Double
        if CharacterClass.isDigit(s[j]) {
            (value, j) = Self.arabic(s, from: j, limit: limit)
        } else {
            while j < limit && Self.isChineseNumeral(s[j]) { j += 1 }
            guard j > start + 3, let v = Self.chinese(Array(s[(start + 3)..<j])) else { return nil }
            value = v
        }
        var comparator = prefixComparator(text, before: start, floor: range.lowerBound) ?? "="
        if Vocabulary.atLeastSuffixes.match(text, at: j, limit: limit) != nil {
            comparator = "≥"
        } else if Vocabulary.atMostSuffixes.match(text, at: j, limit: limit) != nil {
            comparator = "≤"
        }
        return Reading(value: value, comparator: comparator, english: "%")
    }

    private func prefixComparator(_ text: MatchableText, before start: Int, floor: Int) -> String? {
        guard Vocabulary.atLeastPrefixes.isIn(text) || Vocabulary.atMostPrefixes.isIn(text)
            || Vocabulary.greaterPrefixes.isIn(text) || Vocabulary.lessPrefixes.isIn(text) else { return nil }
        let s = text.seen
        var end = start
        // Skip a currency sign and spaces: `over £40 billion`.
        while end > floor && (CharacterClass.isSpace(s[end - 1]) || Self.isCurrency(s[end - 1])) { end -= 1 }
        if Vocabulary.atLeastPrefixes.matchEnding(text, at: end, from: floor) != nil { return "≥" }
        if Vocabulary.atMostPrefixes.matchEnding(text, at: end, from: floor) != nil { return "≤" }
        if Vocabulary.greaterPrefixes.matchEnding(text, at: end, from: floor) != nil { return ">" }
        if Vocabulary.lessPrefixes.matchEnding(text, at: end, from: floor) != nil { return "<" }
        // A cap before what is paid: `最高補貼5000元`, `最高給予10萬元獎勵`.
        if end - 2 > floor, Vocabulary.spendingVerbs.matchEnding(text, at: end, from: end - 2) != nil,
           Vocabulary.atMostPrefixes.matchEnding(text, at: end - 2, from: floor) != nil { return "≤" }
        return nil
    }

    @inline(__always) private static func isCurrency(_ c: Unicode.Scalar) -> Bool {
        c == "£" || c == "$" || c == "€" || c == "¥"
    }

    private func currency(_ s: [Unicode.Scalar], before start: Int, floor: Int) -> String? {
        guard start > floor, Self.isCurrency(s[start - 1]) else { return nil }
        return String(Character(s[start - 1]))
    }

    /// `68%`, `20 million new jobs`, `£40 billion of private investment`, `100 GW`.
    private func englishUnit(_ text: MatchableText, from start: Int, limit: Int, currency: String?) -> (unit: String, end: Int)? {
        let s = text.seen
        var i = start
        if i < limit && s[i] == "%" { return ("%", i + 1) }
        guard currency != nil || (i < limit && CharacterClass.isSpace(s[i])) else { return nil }
        func skipSpaces() { while i < limit && CharacterClass.isSpace(s[i]) { i += 1 } }
        skipSpaces()
        if currency == nil, let n = Vocabulary.units.match(text, at: i, limit: limit) {
            return (text.plainText(i..<(i + n)), i + n)
        }
        var parts: [String] = []
        if let c = currency { parts.append(c) }
        if let n = Vocabulary.englishMultipliers.match(text, at: i, limit: limit) {
            parts.append(text.plainText(i..<(i + n)))
            i += n
            skipSpaces()
        }
        if currency == nil {
            // Skip adjectives (capitalised words and a few fillers), then take the noun.
            while i < limit {
                if let n = Vocabulary.englishFillers.match(text, at: i, limit: limit) { i += n; skipSpaces(); continue }
                let original = text.original[text.sourceStart(i)]
                var k = i
                while k < limit && CharacterClass.isASCIILetter(s[k]) { k += 1 }
                // Capitalised words and -ing forms describe the noun that follows.
                let isGerund = k - i > 4 && s[k - 3] == "i" && s[k - 2] == "n" && s[k - 1] == "g"
                    && k < limit && s[k] == " " && k + 1 < limit && CharacterClass.isASCIILetter(s[k + 1])
                guard (original.value >= 0x41 && original.value <= 0x5A) || isGerund else { break }
                i = k
                skipSpaces()
            }
            // The noun, with the nouns before it that qualify it (`research centres`,
            // `park-and-ride spaces`): up to three words, ending at a plural.
            let nounStart = i
            var words = 0
            while words < 3 {
                var k = i
                if words > 0 {
                    guard k < limit && s[k] == " " else { break }
                    k += 1
                }
                let wordStart = k
                let wordEnd = Self.englishWordEnd(s, from: wordStart, limit: limit)
                guard wordEnd > wordStart, !EnglishWords.stopWords.contains(s, wordStart..<wordEnd) else { break }
                i = wordEnd
                words += 1
                let isPlural = wordEnd - wordStart > 3 && s[wordEnd - 1] == "s" && s[wordEnd - 2] != "s"
                if isPlural { break }
            }
            if words > 0 { parts.append(text.plainText(nounStart..<i)) }
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " "), i)
    }


    private static let timeUnits = ["年", "天", "小時", "小时"]
    private static let timeUnitBytes = timeUnits.map { Array($0.utf8) }

    /// Compared as bytes first: a String comparison of unequal non-ASCII text is slow.
    private static func isTimeUnit(_ unit: String) -> Bool {
        var unit = unit
        if unit.withUTF8({ u in timeUnitBytes.contains { u.elementsEqual($0) } }) { return true }
        // ASCII and unified ideographs have no other canonically equivalent spelling: unequal
        // bytes are unequal strings. Anything else is compared as strings are.
        let plain = unit.unicodeScalars.allSatisfy { $0.isASCII || ($0.value >= 0x4E00 && $0.value <= 0x9FFF) }
        return !plain && timeUnits.contains(unit)
    }

    /// Where the English word at `start` ends: letters, and hyphens between letters (`park-and-ride`).
    private static func englishWordEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var k = start
        while k < limit {
            if CharacterClass.isASCIILetter(s[k]) {
                k += 1
            } else if s[k] == "-", k > start, k + 1 < limit, CharacterClass.isASCIILetter(s[k + 1]) {
                k += 1
            } else {
                break
            }
        }
        return k
    }

    /// Whether `i` follows `由` or `从` (`由60萬`), or the word `from` (`from 5%`, `from £2 billion`).
    private static func followsFrom(_ text: MatchableText, at i: Int, floor: Int) -> Bool {
        let s = text.seen
        var k = i
        while k > floor && (CharacterClass.isSpace(s[k - 1]) || isCurrency(s[k - 1])) { k -= 1 }
        guard k > floor else { return false }
        if k == i && (s[k - 1] == "由" || s[k - 1] == "从") { return true }
        return k - 4 >= floor && s[(k - 4)..<k].elementsEqual("from".unicodeScalars) && (k - 4 == floor || !CharacterClass.isASCIILetter(s[k - 5]))
    }

    private static let notUnits: Set<UInt32> = Set(["st", "nd", "rd", "th", "am", "pm"].map { pair in
        pair.unicodeScalars.reduce(0) { $0 << 8 | $1.value }
    })

    /// The length of a unit written in Latin letters right after the digits (`20EFLOPS`,
    /// `600Gbps`): two letters or more, standing alone. One letter names a model or generation
    /// (`5G`, `4K`, `3D`), and ordinals and clock times (`2nd`, `5pm`) are no units.
    private static func latinUnitLength(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        var k = i
        while k < limit && CharacterClass.isASCIILetter(s[k]) { k += 1 }
        let n = k - i
        guard n >= 2, k >= limit || !(CharacterClass.isDigit(s[k]) || s[k] == "-" || s[k] == "_") else { return nil }
        // Two ASCII letters, in lower case, packed: `st`, `nd`, `rd`, `th`, `am`, `pm`.
        if n == 2 && notUnits.contains((s[i].value | 0x20) << 8 | (s[i + 1].value | 0x20)) { return nil }
        return n
    }

    /// A cheap first test for the scan: the scalars a Chinese number can start with.
    @inline(__always) private static func mayStartNumeral(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千": return true
        default: return false
        }
    }

    private static func isChineseNumeral(_ c: Unicode.Scalar) -> Bool {
        chineseDigit(c) != nil || smallUnit(c) != nil || bigUnit(c) != nil
    }

    /// Digits with thousands separators and a decimal part: `10,000`, `1.2`.
    private static func arabic(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> (Double, Int) {
        var j = start
        var count = 0           // digits read
        var integer = 0         // their value, while there is no decimal point
        var point: Int?         // where the decimal point is, among the digits
        while j < limit {
            let c = s[j]
            if CharacterClass.isDigit(c) {
                if count < 18 { integer = integer * 10 + Int(c.value - 48) }
                count += 1
            } else if c == ",", count > 0, j + 3 < limit,
                      CharacterClass.isDigit(s[j + 1]), CharacterClass.isDigit(s[j + 2]), CharacterClass.isDigit(s[j + 3]),
                      j + 4 >= limit || !CharacterClass.isDigit(s[j + 4]) {
                // a thousands separator
            } else if c == ".", j + 1 < limit, CharacterClass.isDigit(s[j + 1]), point == nil {
                point = count
            } else {
                break
            }
            j += 1
        }
        // Whole numbers of up to 15 digits convert exactly; anything else goes through the
        // standard parser, which rounds correctly.
        if point == nil && count <= 15 { return (Double(integer), j) }
        var digits = ""
        for k in start..<j where s[k] != "," { digits.unicodeScalars.append(s[k]) }
        return (Double(digits) ?? 0, j)
    }

    /// 二千四百 -> 2400, 七十萬 -> 700000, 一兆三千億 -> 1.3e12.
    static func chinese(_ run: [Unicode.Scalar]) -> Double? {
        var total = 0.0      // completed big-unit sections
        var section = 0.0    // below the current big unit
        var digit: Double? = nil
        for c in run {
            if let d = chineseDigit(c) {
                digit = (digit ?? 0) * 10 + d  // 二〇二五 style digit strings
            } else if let u = smallUnit(c) {
                section += (digit ?? 1) * u
                digit = nil
            } else if let u = bigUnit(c) {
                let value = (section + (digit ?? 0))
                if value == 0 {
                    total = (total == 0 ? 1 : total) * u   // 萬億: multiply the previous section
                } else if total > 0 && total < u {
                    total = (total + value) * u
                } else {
                    total += value * u
                }
                section = 0
                digit = nil
            } else {
                return nil
            }
        }
        return total + section + (digit ?? 0)
    }
}
