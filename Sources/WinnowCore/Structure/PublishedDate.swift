/// Finds a calendar date in a line and writes it as `YYYY-MM-DD`.
///
/// Forms: `2023-11-14`, `2023-6-15`, `2023/11/14`, `2023.11.14`, `2023年11月14日`,
/// `March 12, 2024`, `12 March 2024`, `Mar. 12, 2024`, and Taiwan's Republic of China (Minguo)
/// years, which count from 1912: `113-03-21`, `113/3/21`, `113年3月21日`, `民國99年1月5日`. Years
/// 1900–2099 only, months and days checked.
enum PublishedDate {
    static func find(in s: [Unicode.Scalar]) -> String? {
        first(in: s)?.text
    }

    /// The year of the first date in the line.
    static func year(in s: [Unicode.Scalar]) -> Int? {
        first(in: s)?.year
    }

    /// Whether the line holds a date (`find` without writing it).
    static func occurs(in s: [Unicode.Scalar]) -> Bool {
        first(in: s) != nil
    }

    /// Whether the line holds a date; every form has a four-digit year, so fewer digits mean none.
    static func occurs(in line: LineFeatures) -> Bool {
        line.digits >= 4 && occurs(in: line.scalars)
    }

    /// A checked calendar date.
    struct Day {
        var year: Int, month: Int, day: Int

        var text: String {
            let mm = month < 10 ? "0\(month)" : "\(month)"
            let dd = day < 10 ? "0\(day)" : "\(day)"
            return "\(year)-\(mm)-\(dd)"
        }
    }

    private static func first(in s: [Unicode.Scalar]) -> Day? {
        var i = 0
        while i < s.count {
            if ScalarClass.isDigit(s[i]) && (i == 0 || !ScalarClass.isDigit(s[i - 1])) {
                if let date = numeric(s, at: i) { return date }
            } else if ScalarClass.isASCIILetter(s[i]) && (i == 0 || !ScalarClass.isASCIILetter(s[i - 1])) {
                if let date = english(s, at: i) { return date }
            }
            i += 1
        }
        return nil
    }

    static func find(in text: String) -> String? { find(in: Array(text.unicodeScalars)) }

    /// Reads digits at `i`: the value and the index after them.
    private static func number(_ s: [Unicode.Scalar], at i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, value = 0
        while j < s.count, j - i < maxDigits, ScalarClass.isDigit(s[j]) {
            let v = s[j].value
            value = value * 10 + Int(v >= 0xFF10 ? v - 0xFF10 : v - 0x30)
            j += 1
        }
        guard j > i, j >= s.count || !ScalarClass.isDigit(s[j]) else { return nil }
        return (value, j)
    }

    private static func numeric(_ s: [Unicode.Scalar], at i: Int) -> Day? {
        guard let (written, afterYear) = number(s, at: i, maxDigits: 4), afterYear < s.count,
              let year = year(written, digits: afterYear - i, afterMinguo: { follows(minguo, in: s, at: i) }),
              (1900...2099).contains(year) else { return nil }
        let separator = s[afterYear]
        let chinese = separator == "年"
        guard chinese || separator == "-" || separator == "/" || separator == "." || separator == "－" else { return nil }
        var j = afterYear + 1
        while chinese, j < s.count, s[j] == " " { j += 1 }
        guard let (month, afterMonth) = number(s, at: j, maxDigits: 2), afterMonth < s.count,
              s[afterMonth] == (chinese ? "月" : separator) else { return nil }
        j = afterMonth + 1
        while chinese, j < s.count, s[j] == " " { j += 1 }
        guard let (day, afterDay) = number(s, at: j, maxDigits: 2) else { return nil }
        if chinese, afterDay < s.count, s[afterDay] != "日" && s[afterDay] != "号" && s[afterDay] != "號" { return nil }
        return format(year, month, day)
    }

    /// The calendar year of a written year: four digits as written; a Minguo year (written plus
    /// 1911) of three digits (100-150: 2011-2061), or of one to three after `民國`.
    private static func year(_ written: Int, digits: Int, afterMinguo: () -> Bool) -> Int? {
        if digits == 4 { return written }
        if (digits == 3 && written <= 150) || afterMinguo() { return written + 1911 }
        return nil
    }

    private static let minguo: [[Unicode.Scalar]] = [Array("民國".unicodeScalars), Array("民国".unicodeScalars)]

    /// Whether one of `words` ends right before `i` (spaces between allowed).
    private static func follows(_ words: [[Unicode.Scalar]], in s: [Unicode.Scalar], at i: Int) -> Bool {
        var end = i
        while end > 0, s[end - 1] == " " { end -= 1 }
        return words.contains { w in end >= w.count && s[(end - w.count)..<end].elementsEqual(w) }
    }

    /// Month names as their lower-case letters packed into an integer (no string per word), with
    /// the month; a short list searched in order (a word is rarely a month name at all).
    private static let months: [(name: UInt64, month: Int)] = {
        let names: [(String, Int)] = [
            ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
            ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("jan", 1),
            ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
            ("oct", 10), ("nov", 11), ("dec", 12),
        ]
        return names.map { (pack(Array($0.0.unicodeScalars)[...]), $0.1) }
    }()

    /// The month a packed word names, if any.
    private static func month(named word: UInt64) -> Int? {
        for entry in months where entry.name == word { return entry.month }
        return nil
    }

    private static func pack(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64 {
        letters.reduce(UInt64(0)) { $0 << 7 | UInt64(TermMatcher.fold($1).value & 0x7F) }
    }

    /// The word starting at `i`, packed, and the index after it; nil for words no month name can be.
    private static func word(_ s: [Unicode.Scalar], at i: Int) -> (UInt64, Int)? {
        var j = i
        while j < s.count, ScalarClass.isASCIILetter(s[j]) { j += 1 }
        guard (2...9).contains(j - i) else { return nil }
        return (pack(s[i..<j]), j)
    }

    private static let ordinalSuffixes: Set<UInt64> = Set(["st", "nd", "rd", "th"].map { pack(Array($0.unicodeScalars)[...]) })

    private static func skipSpaces(_ s: [Unicode.Scalar], _ j: inout Int, allowing extra: Unicode.Scalar? = nil) {
        while j < s.count, s[j] == " " || s[j] == extra { j += 1 }
    }

    /// `March 12, 2024` (a day, then an optional comma, then the year) or `12 March 2024` from a day.
    private static func english(_ s: [Unicode.Scalar], at i: Int) -> Day? {
        // Month names start with one of `adfjmnos`.
        switch s[i].value | 0x20 {
        case 0x61, 0x64, 0x66, 0x6A, 0x6D, 0x6E, 0x6F, 0x73: break
        default: return nil
        }
        guard let (name, afterName) = word(s, at: i), let month = month(named: name) else { return nil }
        var j = afterName
        if j < s.count, s[j] == "." { j += 1 }
        skipSpaces(s, &j)
        guard let (day, afterDay) = number(s, at: j, maxDigits: 2) else { return dayFirst(s, monthAt: i, month: month) }
        j = afterDay
        if j + 1 < s.count, let (suffix, end) = word(s, at: j), end == j + 2, ordinalSuffixes.contains(suffix) { j += 2 }
        skipSpaces(s, &j, allowing: ",")
        guard let (year, afterYear) = number(s, at: j, maxDigits: 4), afterYear - j == 4, (1900...2099).contains(year)
        else { return dayFirst(s, monthAt: i, month: month) }
        return format(year, month, day)
    }

    /// `12 March 2024`, `4th March 2024`: the day stands before the month name.
    private static func dayFirst(_ s: [Unicode.Scalar], monthAt i: Int, month: Int) -> Day? {
        var k = i - 1
        while k >= 0, s[k] == " " { k -= 1 }
        // An ordinal's letters after the day (`4th`, `1st`, `22nd`, `3rd`).
        if k >= 2, isOrdinalSuffix(s[k - 1], s[k]), ScalarClass.isDigit(s[k - 2]) { k -= 2 }
        var start = k
        while start >= 0, ScalarClass.isDigit(s[start]) { start -= 1 }
        guard start < k, let (day, _) = number(s, at: start + 1, maxDigits: 2) else { return nil }
        guard var j = word(s, at: i)?.1 else { return nil }
        skipSpaces(s, &j, allowing: ",")
        guard let (year, afterYear) = number(s, at: j, maxDigits: 4), afterYear - j == 4, (1900...2099).contains(year)
        else { return nil }
        return format(year, month, day)
    }

    private static func isOrdinalSuffix(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (a == "t" && b == "h") || (a == "s" && b == "t") || (a == "n" && b == "d") || (a == "r" && b == "d")
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> Day? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
