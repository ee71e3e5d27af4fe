/// Pinyin annotations a scraper left after characters: `導(dǎo)讀`, `國(guo)(guo)`.
///
/// An annotation is a parenthesised pinyin syllable (lower-case Latin letters, optionally with
/// tone marks, shaped initial + final) directly after an ideograph or after another annotation.
/// English glosses such as `多態(polymorphism)` are not syllables and stay.
enum PinyinAnnotation {
    struct Result: Sendable {
        /// The line without the annotations.
        var cleaned: [Unicode.Scalar]
        var count: Int
        /// Annotations with a tone mark (`ǎ`), which ordinary text never puts in brackets.
        var toned: Int
    }

    /// Removes the annotations; `count == 0` when there were none.
    static func strip(_ line: [Unicode.Scalar]) -> Result {
        // Most lines have no bracket after an ideograph: leave them without copying.
        var possible = false
        for k in line.indices.dropFirst() where (line[k] == "(" || line[k] == "\u{FF08}") && ScalarClass.isCJK(line[k - 1]) {
            possible = true
            break
        }
        guard possible else { return Result(cleaned: line, count: 0, toned: 0) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.count)
        var count = 0, toned = 0
        var i = 0
        var previousWasAnchor = false  // an ideograph or an annotation just removed
        while i < line.count {
            let s = line[i]
            if previousWasAnchor, s == "(" || s == "\u{FF08}", let (end, hasTone) = syllable(in: line, openingAt: i) {
                count += 1
                if hasTone { toned += 1 }
                i = end
                continue
            }
            out.append(s)
            previousWasAnchor = ScalarClass.isCJK(s)
            i += 1
        }
        return Result(cleaned: count > 0 ? out : line, count: count, toned: toned)
    }

    /// If an annotation opens at `i` (a syllable in brackets), the index after its closing bracket.
    /// The caller decides whether it follows an ideograph.
    static func annotationEnd(in line: [Unicode.Scalar], openingAt i: Int) -> Int? {
        guard i < line.count, line[i] == "(" || line[i] == "\u{FF08}" else { return nil }
        return syllable(in: line, openingAt: i)?.0
    }

    /// If a syllable in brackets opens at `i` (or a few, between spaces: `（zhè jiāng）` after
    /// `浙江`), the index after its closing bracket.
    private static func syllable(in line: [Unicode.Scalar], openingAt i: Int) -> (Int, Bool)? {
        // The bare letters of the current syllable, packed as `pack` does, and how many.
        var key: UInt64 = 0
        var letters = 0
        var hasTone = false
        var syllableCount = 0
        var j = i + 1
        while j < line.count, letters <= 6 {
            let s = line[j]
            if s == ")" || s == "\u{FF09}" { break }
            if s == " ", letters > 0, syllableCount < 3, j + 1 < line.count, line[j + 1] != " " {
                // One syllable done, another follows.
                guard syllables.contains(key) else { return nil }
                syllableCount += 1
                key = 0
                letters = 0
                j += 1
                continue
            }
            // A tone number after the letters (`guo2`) closes the syllable.
            if (0x31...0x35).contains(s.value), letters > 0, j + 1 < line.count,
               line[j + 1] == ")" || line[j + 1] == "\u{FF09}" {
                hasTone = true
                j += 1
                break
            }
            let letter: Unicode.Scalar
            if let base = toneless(s) { letter = base; hasTone = true }
            else if (0x61...0x7A).contains(s.value) || s == "ü" { letter = s }
            else { return nil }
            key = key << 8 | packed(letter)
            letters += 1
            j += 1
        }
        guard j < line.count, line[j] == ")" || line[j] == "\u{FF09}", letters > 0, letters <= 6,
              syllables.contains(key) else { return nil }
        return (j + 1, hasTone)
    }

    /// Every initial + final combination, packed as up to eight ASCII bytes (`ü` as `v`), so that
    /// checking a candidate costs no allocation.
    private static let syllables: Set<UInt64> = {
        let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
                        "c", "s", "y", "w", ""]
        let finals = ["a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia",
                      "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang",
                      "ueng", "ve", "ue", "van", "vn", "io", "m", "n", "ng"]
        var set = Set<UInt64>(minimumCapacity: initials.count * finals.count)
        for i in initials {
            for f in finals where !(i.isEmpty && ["m", "n", "ng", "v"].contains(f)) {
                set.insert(pack(i.unicodeScalars) << (8 * UInt64(f.unicodeScalars.count)) | pack(f.unicodeScalars))
            }
        }
        return set
    }()

    private static func pack(_ letters: some Sequence<Unicode.Scalar>) -> UInt64 {
        var key: UInt64 = 0
        for s in letters { key = key << 8 | packed(s) }
        return key
    }

    @inline(__always)
    private static func packed(_ s: Unicode.Scalar) -> UInt64 { UInt64(s == "ü" ? 0x76 : s.value & 0xFF) }

    /// The bare letter of a tone-marked vowel.
    private static func toneless(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s {
        case "ā", "á", "ǎ", "à": "a"
        case "ē", "é", "ě", "è": "e"
        case "ī", "í", "ǐ", "ì": "i"
        case "ō", "ó", "ǒ", "ò": "o"
        case "ū", "ú", "ǔ", "ù": "u"
        case "ǖ", "ǘ", "ǚ", "ǜ": "ü"
        case "ń", "ň", "ǹ": "n"
        case "ḿ": "m"
        default: nil
        }
    }
}
