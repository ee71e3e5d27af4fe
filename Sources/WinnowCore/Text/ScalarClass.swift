/// Character classes the classifier needs, decided on Unicode scalars (no `Character`s in hot paths).
enum ScalarClass {
    /// How a public body's name ends (`…局`, `…部`, `…署`, `…委員會`, `…政府`, `…辦公廳`, `…公司`), in
    /// either script.
    static func endsBodysName(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "局", "部", "署", "處", "处", "廳", "厅", "會", "会", "委", "府", "院", "司", "辦", "办", "室": true
        default: false
        }
    }

    /// CJK ideographs (URO, extension A, compatibility ideographs, extension B and beyond) and 〇.
    @inline(__always)
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v) || v == 0x3007
    }

    @inline(__always)
    static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    static func isASCIIUppercase(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value)
    }

    /// Latin letters including accented ones (pinyin tone marks, European names).
    @inline(__always)
    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        isASCIILetter(s) || (0xC0...0x24F).contains(s.value) && s.value != 0xD7 && s.value != 0xF7
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value)
    }

    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0x2000...0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// Sentence-final punctuation: a line holding one reads as prose, not as a label.
    @inline(__always)
    static func isSentenceFinal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x3B, 0x21, 0x3F, 0x2E, 0xFF0E: return true  // 。！？；;!?.．
        default: return false
        }
    }

    /// CJK sentence punctuation only (。！？；), which never occurs in code, URLs or numbers.
    @inline(__always)
    static func isCJKSentenceFinal(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: return true
        default: return false
        }
    }

    /// Commas, enumeration commas and colons inside a sentence.
    @inline(__always)
    /// Punctuation or a symbol (`＊`, `-`, `=`, `~`, `★`, `。`): a mark, not text.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2C, 0xFF0C, 0x3001, 0xFF1A, 0x3A: return true  // , ， 、 ： :
        default: return false
        }
    }
}

/// The one class of a scalar that line counting needs, looked up in a table over the BMP rather
/// than decided by a chain of range tests per scalar.
enum ScalarKind: UInt8, Sendable {
    case other, whitespace
    /// Ideographs: shared by both written forms of Chinese, or only Traditional, or only
    /// Simplified (`ChineseScript`), so that counting needs no second lookup per ideograph.
    case ideograph, traditionalIdeograph, simplifiedIdeograph
    case upperASCII, lowerASCII, otherLatin, digit
    /// `。！？；`
    case cjkSentenceMark
    /// `,` and `，` (clause marks that are also commas).
    case comma
    /// `、`, `：` and `:`.
    case otherClauseMark
    case kanaOrHangul
    /// `(` and `（`, which may open a pinyin annotation.
    case openingBracket
    /// `|` and `｜`, which join menu and link-list items.
    case bar
    /// `>`, `＞`, `»`, `›` and `→`, which join breadcrumbs.
    case arrow

    /// The kinds of U+0000...U+FFFF, built from `ScalarClass`'s ranges.
    static let bmp: [ScalarKind] = {
        var table = [ScalarKind](repeating: .other, count: 0x10000)
        func set(_ range: ClosedRange<Int>, _ kind: ScalarKind) {
            for v in range { table[v] = kind }
        }
        set(0xC0...0x24F, .otherLatin)
        table[0xD7] = .other
        table[0xF7] = .other
        set(0x41...0x5A, .upperASCII)
        set(0x61...0x7A, .lowerASCII)
        set(0x30...0x39, .digit)
        set(0xFF10...0xFF19, .digit)
        set(0x3040...0x30FF, .kanaOrHangul)
        set(0xAC00...0xD7AF, .kanaOrHangul)
        set(0x1100...0x11FF, .kanaOrHangul)
        set(0x4E00...0x9FFF, .ideograph)
        set(0x3400...0x4DBF, .ideograph)
        set(0xF900...0xFAFF, .ideograph)
        table[0x3007] = .ideograph
        for v in 0x4E00...0x9FFF {
            switch ChineseScript.classify(Unicode.Scalar(UInt32(v))!) {
            case .traditionalOnly: table[v] = .traditionalIdeograph
            case .simplifiedOnly: table[v] = .simplifiedIdeograph
            case .shared: break
            }
        }
        for v in [0x3002, 0xFF01, 0xFF1F, 0xFF1B] { table[v] = .cjkSentenceMark }
        for v in [0x2C, 0xFF0C] { table[v] = .comma }
        for v in [0x3001, 0xFF1A, 0x3A] { table[v] = .otherClauseMark }
        for v in [0x28, 0xFF08] { table[v] = .openingBracket }
        for v in [0x7C, 0xFF5C] { table[v] = .bar }
        for v in [0x3E, 0xFF1E, 0xBB, 0x203A, 0x2192] { table[v] = .arrow }
        for v in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFEFF] { table[v] = .whitespace }
        set(0x2000...0x200B, .whitespace)
        return table
    }()

    /// Any of the three ideograph kinds.
    @inline(__always)
    var isIdeograph: Bool { rawValue &- ScalarKind.ideograph.rawValue <= 2 }

    /// Outside the BMP only ideographs (extension B and beyond) matter.
    static func astral(_ v: UInt32) -> ScalarKind {
        (0x20000...0x3134F).contains(v) ? .ideograph : .other
    }

    @inline(__always)
    static func of(_ s: Unicode.Scalar, in table: [ScalarKind]) -> ScalarKind {
        s.value <= 0xFFFF ? table[Int(s.value)] : astral(s.value)
    }
}
