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
        var lists: UInt32
        /// The index in `candidates` of its one-scalar term, or -1.
        var single: Int32
    }

    /// The terms starting with one (first, second) scalar pair, a slot of the `pairs` table.
    private struct Pair {
        /// `first << 32 | second`, 0 for an empty slot.
        var key: UInt64
        /// Its candidates in `candidates`, longest first, and the lists holding them.
        var start: Int32
        var end: Int32
        var lists: UInt32
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
    /// An open-addressing table over the (first, second) scalar pairs of the terms: a position
    /// is compared only with the terms starting with its own two scalars, found with one lookup.
    private let pairs: UnsafeMutableBufferPointer<Pair>
    private let pairBits: Int

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
        // At most half full (fewer distinct pairs than strings): probes are short.
        var pairBits = 4
        while 1 << pairBits < 2 * strings.count { pairBits += 1 }
        var pairs = [Pair](repeating: Pair(key: 0, start: 0, end: 0, lists: 0), count: 1 << pairBits)
        for first in byFirst.keys.sorted() {
            var lists: UInt32 = 0
            var single: Int32 = -1
            // Sorted by second scalar, then longest first: each pair's terms are one range.
            let ids = byFirst[first]!.sorted {
                let (a, b) = (strings[$0], strings[$1])
                let (a2, b2) = (a.count > 1 ? a[1] : 0, b.count > 1 ? b[1] : 0)
                return a2 != b2 ? a2 < b2 : a.count > b.count
            }
            for id in ids {
                let s = strings[id]
                let ownersStart = owners.count
                owners.append(contentsOf: ownersOf[id])
                let termLists = ownersOf[id].reduce(0) { $0 | $1.list.bit }
                let k = candidates.count
                candidates.append(Candidate(offset: scalars.count, count: s.count, second: s.count > 1 ? s[1] : 0,
                                            lists: termLists, owners: ownersStart..<owners.count,
                                            trailingBoundary: LineLexicon.isASCIILetter(s[s.count - 1])))
                scalars.append(contentsOf: s)
                lists |= termLists
                if s.count == 1 { single = Int32(k); continue }
                let key = UInt64(s[0]) << 32 | UInt64(s[1])
                var h = LineLexicon.pairHash(s[0], s[1], bits: pairBits)
                while pairs[h].key != 0 && pairs[h].key != key { h = (h + 1) & (pairs.count - 1) }
                if pairs[h].key == 0 { pairs[h] = Pair(key: key, start: Int32(k), end: Int32(k), lists: 0) }
                pairs[h].end = Int32(k + 1)
                pairs[h].lists |= termLists
            }
            groups.append(Group(lists: lists, single: single))
            if first > 0xFFFF { astral[first] = groups.count } else { groupOfScalar[Int(first)] = UInt16(groups.count) }
            if LineLexicon.isASCIILetter(first) { groupOfScalar[Int(first) - 32] = UInt16(groups.count) }
        }
        self.scalars = .permanentCopy(of: scalars)
        self.candidates = .permanentCopy(of: candidates)
        self.owners = .permanentCopy(of: owners)
        self.groups = .permanentCopy(of: groups)
        self.groupOfScalar = .permanentCopy(of: groupOfScalar)
        self.astral = astral
        self.pairs = .permanentCopy(of: pairs)
        self.pairBits = pairBits
    }

    @inline(__always)
    private static func pairHash(_ first: UInt32, _ second: UInt32, bits: Int) -> Int {
        Int(truncatingIfNeeded: ((first &* 0x9E37_79B1) ^ (second &* 0x85EB_CA77)) >> (32 - UInt32(bits)))
    }

    /// The slot of the pair's terms, or nil when no term starts with it.
    @inline(__always)
    private func pairSlot(_ first: UInt32, _ second: UInt32) -> Int? {
        let key = UInt64(first) << 32 | UInt64(second)
        let mask = pairs.count - 1
        var h = LineLexicon.pairHash(first, second, bits: pairBits)
        while true {
            let k = pairs[h].key
            if k == key { return h }
            if k == 0 { return nil }
            h = (h + 1) & mask
        }
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
                // The terms starting with this pair, longest first, then the one-scalar term:
                // per list, the first that matches is its longest.
                var range = 0..<0
                if next != 0, let slot = pairSlot(v, next), pairs[slot].lists & ~blocked != 0 {
                    range = Int(pairs[slot].start)..<Int(pairs[slot].end)
                }
                for k in range {
                    let term = candidates[k]
                    guard term.lists & ~blocked != 0, matches(term, in: s, at: i) else { continue }
                    take(term, at: i, hits: &hits, blocked: &blocked, nextFree: &nextFree, release: &release)
                    if group.lists & ~blocked == 0 { break }
                }
                if group.single >= 0 {
                    let term = candidates[Int(group.single)]
                    if term.lists & ~blocked != 0, matches(term, in: s, at: i) {
                        take(term, at: i, hits: &hits, blocked: &blocked, nextFree: &nextFree, release: &release)
                    }
                }
            }
        }
        return hits
    }

    /// Records a matched term for each of its lists still free here.
    @inline(__always)
    private func take(_ term: Candidate, at i: Int, hits: inout [LexiconHit], blocked: inout UInt32,
                      nextFree: inout SIMD16<Int64>, release: inout Int) {
        for o in term.owners {
            let list = owners[o].list
            guard blocked & list.bit == 0 else { continue }
            hits.append(LexiconHit(list: list, term: owners[o].term, start: i, end: i + term.count))
            blocked |= list.bit
            nextFree[list.rawValue] = Int64(i + term.count)
            release = min(release, i + term.count)
        }
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
