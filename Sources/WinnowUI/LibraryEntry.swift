import WinnowCore

/// One article as the library lists it: a small summary, so a corpus of 100,000 articles costs
/// little memory. The full analysis is made again when the article is opened.
public struct LibraryEntry: Sendable, Equatable {
    /// Place in input order (the loader's numbering, from 0).
    public var number: Int
    /// The path the article was delivered under (`corpus.jsonl:17` for a JSONL record).
    public var path: String
    public var title: String
    public var date: String
    public var source: String
    public var language: String
    /// Share of non-empty lines the cleaned view removes (spam and boilerplate), 0...1.
    public var junkShare: Double
    public var goals: Int
    public var measures: Int
    /// Title, path and source folded as search folds them (case; Traditional and Simplified).
    let filterKey: String
    /// The date's numbers, for sorting.
    let dateKey: [Int]

    public init(number: Int, path: String, title: String, date: String, source: String, language: String,
                junkShare: Double, goals: Int, measures: Int) {
        self.number = number
        self.path = path
        self.title = title
        self.date = date
        self.source = source
        self.language = language
        self.junkShare = junkShare
        self.goals = goals
        self.measures = measures
        self.filterKey = Self.folded(title + "\u{1F}" + path + "\u{1F}" + source)
        self.dateKey = Self.numbers(in: date)
    }

    public init(number: Int, analysis a: Analysis) {
        let junk = a.lines.isEmpty ? 0 : Double(a.junkLineCount) / Double(a.lines.count)
        let fileName = a.path.split(separator: "/").last.map(String.init) ?? a.path
        self.init(number: number, path: a.path, title: a.title ?? fileName, date: a.published ?? "",
                  source: a.source ?? "", language: a.language, junkShare: junk,
                  goals: a.goals.count, measures: a.measures.count)
    }

    /// Text folded for the filter (a filter 广东 finds 廣東), kept as a compact string.
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(Unicode.Scalar(SearchFolding.fold(s)) ?? s) }
        return String(out)
    }

    /// The numbers in a date (`2024年3月8日` and `2024-03-08` give the same), for sorting.
    static func numbers(in date: String) -> [Int] {
        var parts: [Int] = []
        var current: Int?
        for s in date.unicodeScalars {
            if let d = s.properties.numericType == .decimal ? s.properties.numericValue : nil {
                current = (current ?? 0) * 10 + Int(d)
            } else if let c = current {
                parts.append(c)
                current = nil
            }
        }
        if let c = current { parts.append(c) }
        return parts
    }
}
