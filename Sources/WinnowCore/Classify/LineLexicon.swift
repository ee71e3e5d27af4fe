/// The vocabulary lists the line rules and shapes read for (nearly) every line.
enum LexiconList: Int, CaseIterable, Sendable {
    case adultGambling, disclaimer, siteChrome, linkFarm, contact, counter, leadMarker, captionOpener
    case metaLabel, keywordLabel, bylineRole, englishWord, navigationFunctionWord, domainMark, pageCounter

    /// The list's terms; a hit's `term` indexes this array.
    var terms: [String] {
        switch self {
        case .adultGambling: AdultGamblingLexiconRule.terms
        case .disclaimer: DisclaimerRule.terms
        case .siteChrome: SiteChromeRule.terms
        case .linkFarm: LinkFarmRule.markers
        case .contact: ContactLineRule.terms
        case .counter: CounterRule.terms
        case .leadMarker: LeadMarker.markers
        case .captionOpener: CaptionShape.openers
        case .metaLabel: MetaLine.labels
        case .keywordLabel: MetaLine.keywordLabels
        case .bylineRole: BylineShape.roles
        case .englishWord: PageLanguage.englishWords
        case .navigationFunctionWord: SiteChromeRule.englishFunctionWords
        case .domainMark: SiteChromeRule.domainMarks
        case .pageCounter: SiteChromeRule.pageCounter
        }
    }

    var bit: UInt32 { 1 << UInt32(rawValue) }
    static let all: UInt32 = (1 << UInt32(allCases.count)) - 1

    /// The lists worth finding in the first scan of a line: those whose readers' own conditions the
    /// line meets (`ContactLineRule` looks only at short lines, `PageLanguage` counts English words
    /// only on Latin lines...). Only a matter of speed: `LineFeatures` scans for any other list
    /// when a reader asks.
    static func worthScanning(_ line: LineFeatures) -> UInt32 {
        var lists = adultGambling.bit | linkFarm.bit | leadMarker.bit
        let prose = line.isProse
        // Long paragraphs are neither notices nor furniture (`DisclaimerRule`, `SiteChromeRule`
        // give up on them whatever they hold), nor meta lines that could list keywords.
        if DisclaimerRule.withinLength(line) { lists |= disclaimer.bit }
        if SiteChromeRule.readsVocabulary(line) { lists |= siteChrome.bit }
        if line.visible <= 200 { lists |= keywordLabel.bit }
        if line.visible <= 200 { lists |= captionOpener.bit }
        if (line.cjkSentenceMarks == 0 || line.visible <= 40) && line.visible <= 200 { lists |= metaLabel.bit }
        if line.cjkSentenceMarks <= 1 && line.visible <= 100 { lists |= contact.bit }
        if line.visible <= 30 && !prose && line.digits > 0 { lists |= counter.bit }
        if line.visible <= 32 && !prose && line.cjkSentenceMarks == 0 { lists |= bylineRole.bit }
        if line.isLatin {
            lists |= englishWord.bit
            if line.words >= 6 && line.capitalizedWords == line.words { lists |= navigationFunctionWord.bit }
        }
        if line.visible <= 40 && !prose && line.cjk > 0 { lists |= domainMark.bit }
        if line.visible <= 16 { lists |= pageCounter.bit }
        return lists
    }
}

/// One term found in a line: which list, which of its terms, and the scalar offsets.
///
/// Stored in 12 bytes rather than 32: every line keeps its hits while the page is classified.
struct LexiconHit: Sendable, Equatable {
    let list: LexiconList
    private let term16: UInt16
    private let start32: Int32
    private let end32: Int32

    init(list: LexiconList, term: Int, start: Int, end: Int) {
        self.list = list
        term16 = UInt16(term)
        start32 = Int32(start)
        end32 = Int32(end)
    }

    var term: Int { Int(term16) }
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
}

/// The hits of one list among a line's hits (a sequence without closures or copies).
struct LexiconHits: Sequence {
    private let all: [LexiconHit]
    private let list: LexiconList

    init(_ all: [LexiconHit], of list: LexiconList) {
        self.all = all
        self.list = list
    }

    struct Iterator: IteratorProtocol {
        fileprivate let all: [LexiconHit]
        fileprivate let list: LexiconList
        fileprivate var i = 0

        mutating func next() -> LexiconHit? {
            while i < all.count {
                i += 1
                if all[i - 1].list == list { return all[i - 1] }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(all: all, list: list) }
}

/// Every `LexiconList`, matched in one pass over a line.
///
/// Each list yields exactly what its own `TermMatcher` would: per list, matches are
/// leftmost-longest and non-overlapping (a per-list "next free offset" keeps them apart), ASCII
/// letters fold case, and a term that starts or ends with an ASCII letter matches only at a word
/// boundary. The lists share one table of first scalars, and a string several lists hold
/// (`相關閱讀`, `評論`) is compared once.
///
/// The one instance lives as long as the process, so its tables are plain buffers, never freed:
/// the scan loop then pays neither bounds checks nor reference counting.
final class LineLexicon: @unchecked Sendable {
    static let shared = LineLexicon()

    /// A distinct term string, among those sharing its first scalar.
    private struct Candidate {
        /// Its case-folded scalars in `scalars`.
        var offset: Int
        var count: Int
        /// Its second scalar (0 for a one-scalar term), compared before the rest.
        var second: UInt32
        /// The lists holding it, as bits, and their (list, index) pairs in `owners`.
        var lists: UInt32
        var owners: Range<Int>
        var trailingBoundary: Bool
    }

    private struct Group {
        /// Its candidates in `candidates`, longest first.
        var candidates: Range<Int>
        var lists: UInt32
        /// A one-scalar term is among them (which `pairs` cannot rule out).
        var hasSingle: Bool
    }

    private let scalars: UnsafeMutableBufferPointer<UInt32>
    private let candidates: UnsafeMutableBufferPointer<Candidate>
    private let owners: UnsafeMutableBufferPointer<LexiconHit>
    private let groups: UnsafeMutableBufferPointer<Group>
    /// For each BMP scalar, 0 or 1 + the index of its group in `groups` (upper-case ASCII letters
    /// share their lower-case letter's group).
    private let groupOfScalar: UnsafeMutableBufferPointer<UInt16>
    /// Groups of terms starting outside the BMP (none today).
    private let astral: [UInt32: Int]
    /// A bitset over hashed (first, second) scalar pairs of the terms: most positions where some
    /// term's first scalar stands are ruled out by their next scalar with one lookup.
    private let pairs: UnsafeMutableBufferPointer<UInt64>
    private static let pairBits = 16

    private init() {
        precondition(LexiconList.allCases.count <= 16, "scan keeps one SIMD16 lane per list")
        // Distinct strings, each with the lists (and the first index in each list) holding it.
        // (Strings are found by a hash of their scalars: hashing `[UInt32]` keys is slow.)
        var index = [UInt64: [Int]](minimumCapacity: 1024)
        var strings: [[UInt32]] = []
        var ownersOf: [[LexiconHit]] = []
        for list in LexiconList.allCases {
            for (t, term) in list.terms.enumerated() {
                let folded = term.unicodeScalars.map { LineLexicon.fold($0.value) }
                guard !folded.isEmpty else { continue }
                let key = folded.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
                let id: Int
                if let known = index[key]?.first(where: { strings[$0] == folded }) { id = known } else {
                    id = strings.count
                    index[key, default: []].append(id)
                    strings.append(folded)
                    ownersOf.append([])
                }
                // A duplicate within a list keeps its first index, as `TermMatcher` does.
                if !ownersOf[id].contains(where: { $0.list == list }) {
                    ownersOf[id].append(LexiconHit(list: list, term: t, start: 0, end: 0))
                }
            }
        }
        var byFirst = [UInt32: [Int]](minimumCapacity: strings.count)
        for (id, s) in strings.enumerated() { byFirst[s[0], default: []].append(id) }
        var scalars: [UInt32] = []
        var candidates: [Candidate] = []
        var owners: [LexiconHit] = []
        var groups: [Group] = []
        var groupOfScalar = [UInt16](repeating: 0, count: 0x10000)
        var astral: [UInt32: Int] = [:]
        var pairs = [UInt64](repeating: 0, count: (1 << LineLexicon.pairBits) / 64)
        for s in strings where s.count > 1 {
            let h = LineLexicon.pairHash(s[0], s[1])
            pairs[h >> 6] |= 1 << UInt64(h & 63)
        }
        for first in byFirst.keys.sorted() {
            let start = candidates.count
            var lists: UInt32 = 0
            for id in byFirst[first]!.sorted(by: { strings[$0].count > strings[$1].count }) {
                let s = strings[id]
                let ownersStart = owners.count
                owners.append(contentsOf: ownersOf[id])
                let termLists = ownersOf[id].reduce(0) { $0 | $1.list.bit }
                candidates.append(Candidate(offset: scalars.count, count: s.count, second: s.count > 1 ? s[1] : 0,
                                            lists: termLists, owners: ownersStart..<owners.count,
                                            trailingBoundary: LineLexicon.isASCIILetter(s[s.count - 1])))
                scalars.append(contentsOf: s)
                lists |= termLists
            }
            groups.append(Group(candidates: start..<candidates.count, lists: lists,
                                hasSingle: candidates[start..<candidates.count].contains { $0.count == 1 }))
            if first > 0xFFFF { astral[first] = groups.count } else { groupOfScalar[Int(first)] = UInt16(groups.count) }
            if LineLexicon.isASCIILetter(first) { groupOfScalar[Int(first) - 32] = UInt16(groups.count) }
        }
        self.scalars = LineLexicon.buffer(scalars)
        self.candidates = LineLexicon.buffer(candidates)
        self.owners = LineLexicon.buffer(owners)
        self.groups = LineLexicon.buffer(groups)
        self.groupOfScalar = LineLexicon.buffer(groupOfScalar)
        self.astral = astral
        self.pairs = LineLexicon.buffer(pairs)
    }

    @inline(__always)
    private static func pairHash(_ first: UInt32, _ second: UInt32) -> Int {
        Int(truncatingIfNeeded: ((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77)) >> (32 - UInt32(pairBits)))
    }

    private static func buffer<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// The hits of the given lists (bits of `LexiconList`) in `line`, in order of their start.
    func scan(_ line: [Unicode.Scalar], lists wanted: UInt32 = LexiconList.all) -> [LexiconHit] {
        var hits: [LexiconHit] = []
        // Per list, the offset where its last hit ended (lists fit in 16 lanes).
        var nextFree = SIMD16<Int64>(repeating: 0)
        // Lists not wanted, and lists whose last hit has not ended yet, take no hit here.
        var blocked = ~wanted
        var release = Int.max  // the first offset at which some blocked list becomes free
        line.withUnsafeBufferPointer { s in
            let n = s.count
            var previousIsLetter = false
            for i in 0..<n {
                if i >= release {
                    release = Int.max
                    var pending = blocked & wanted
                    while pending != 0 {
                        let l = pending.trailingZeroBitCount
                        pending &= pending - 1
                        if nextFree[l] <= i { blocked &= ~(1 << UInt32(l)) } else { release = min(release, Int(nextFree[l])) }
                    }
                }
                let raw = s[i].value
                // Inside an English word no term starts: those starting with a letter need a boundary.
                let isLetter = LineLexicon.isASCIILetter(raw)
                defer { previousIsLetter = isLetter }
                if isLetter && previousIsLetter { continue }
                let g = raw <= 0xFFFF ? Int(groupOfScalar[Int(raw)]) : astral[raw] ?? 0
                guard g != 0 else { continue }
                let group = groups[g - 1]
                guard group.lists & ~blocked != 0 else { continue }
                let v = LineLexicon.fold(raw)
                let next = i + 1 < n ? LineLexicon.fold(s[i + 1].value) : 0
                if !group.hasSingle {
                    let h = LineLexicon.pairHash(v, next)
                    guard pairs[h >> 6] & (1 << UInt64(h & 63)) != 0 else { continue }
                }
                for k in group.candidates {
                    let term = candidates[k]
                    guard term.lists & ~blocked != 0, term.second == next || term.count == 1,
                          matches(term, in: s, at: i) else { continue }
                    for o in term.owners {
                        let list = owners[o].list
                        guard blocked & list.bit == 0 else { continue }
                        hits.append(LexiconHit(list: list, term: owners[o].term, start: i, end: i + term.count))
                        blocked |= list.bit
                        nextFree[list.rawValue] = Int64(i + term.count)
                        release = min(release, i + term.count)
                    }
                    if group.lists & ~blocked == 0 { break }
                }
            }
        }
        return hits
    }

    /// The term's scalars after the second one, and its trailing word boundary.
    @inline(__always)
    private func matches(_ term: Candidate, in s: UnsafeBufferPointer<Unicode.Scalar>, at i: Int) -> Bool {
        let end = i + term.count
        guard end <= s.count else { return false }
        var k = 2
        while k < term.count {
            guard LineLexicon.fold(s[i + k].value) == scalars[term.offset + k] else { return false }
            k += 1
        }
        if term.trailingBoundary, end < s.count, LineLexicon.isASCIILetter(s[end].value) { return false }
        return true
    }

    /// ASCII upper case to lower case, as `TermMatcher.fold`.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 { v &- 0x41 < 26 ? v + 32 : v }

    @inline(__always)
    private static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) &- 0x61 < 26 }
}
