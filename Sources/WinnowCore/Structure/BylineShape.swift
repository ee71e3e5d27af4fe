/// Author and editor credits: `編輯:李澤杰`, `（责任编辑：周敏）`, `■本報見習記者 朱凌君`,
/// `國際新聞組／綜合報導`, `By Maria Lopez`, and the credit closing a paragraph, `(記者 葉 青)`.
enum BylineShape {
    /// The `LexiconList.bylineRole` terms.
    static let roles = [
        "責任編輯", "责任编辑", "編輯", "编辑", "記者", "记者", "通訊員", "通讯员", "作者", "撰文", "撰稿", "文/", "文 /",
        "攝影", "摄影", "報導", "报道", "報道", "报导", "綜合報導", "综合报道", "综合报导", "綜合報道", "供稿",
        "責編", "责编", "審核", "审核", "校對", "校对", "終審", "终审", "初審", "初审", "復審", "复审", "監製", "监制", "美編", "美编", "制图", "製圖",
    ]
    private static let credit = TermMatcher(["記者", "记者", "通訊員", "通讯员", "文/", "作者", "编辑", "編輯"])

    /// How an English credit line opens (`By Ada Park`, `Reporting by …; Editing by …`).
    private static let englishCreditOpenings = ["By ", "BY ", "by ", "Written by ", "Posted by ", "Reported by ", "Author:",
                                                "Words by ", "Reporting by ", "Additional reporting by ", "Writing by ",
                                                "Editing by ", "Compiled by ", "Edited by ", "Editor: ", "Editors: "]

    private static let englishCreditOpeningScalars = englishCreditOpenings.map { Array($0.unicodeScalars) }
    private static let englishCreditInitials = Set(englishCreditOpenings.compactMap(\.unicodeScalars.first))

    private static let contribution = Array("contributed to this report.".unicodeScalars)

    private static let staffCredits = ["staff report", "staff reports", "staff writer", "staff writers", "staff reporter",
                                       "correspondent", "correspondents"].map { Array($0.unicodeScalars) }

    /// `s` ends with `word` (lower-case letters), in any case, as a word of its own.
    private static func endsWithLetters(_ s: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard s.count >= word.count else { return false }
        let start = s.count - word.count
        return (start == 0 || !ScalarClass.isASCIILetter(s[start - 1]))
            && s[start...].lazy.map(TermMatcher.fold).elementsEqual(word)
    }

    private static func endsWithContribution(_ s: [Unicode.Scalar]) -> Bool {
        s.count > contribution.count && s.suffix(contribution.count).elementsEqual(contribution)
    }

    /// A whole line that is a credit.
    static func isByline(_ line: LineFeatures) -> Bool {
        if line.isLatin {
            // `Delgado reported from Sacramento. Associated Press writer Ada Park contributed to this report.`
            if line.words <= 30, line.lastScalar == ".", endsWithContribution(line.scalars) { return true }
            guard line.words >= 2, line.words <= 14 else { return false }
            // `Gazette staff report`, `From staff reports`, `Special Correspondent`
            if line.words <= 5, staffCredits.contains(where: { endsWithLetters(line.scalars, $0) }) { return true }
            if isNameAndRole(line) || isTwoNames(line) { return true }
            // A wire's credit may stand in brackets: `(Reporting by …; Editing by …)`.
            let bracketed = line.firstScalar == "(" && line.lastScalar == ")"
            let text = bracketed ? line.scalars.dropFirst() : line.scalars[...]
            guard let first = text.first, englishCreditInitials.contains(first) else { return false }
            return englishCreditOpeningScalars.contains { text.starts(with: $0) }
        }
        guard line.visible <= 32, !line.isProse, line.cjkSentenceMarks == 0 else { return false }
        guard let first = line.firstHit(.bylineRole) else { return false }
        // The role closes the line (`...綜合報導`), or opens it (after a bracket or bullet) and only
        // names follow (`記者 葉 青`), unlike a headline such as `記者調查：某地耕地問題突出`.
        let s = line.scalars
        // `…答記者問` (answers reporters' questions) is a headline, not a credit.
        if first.end < s.count && (s[first.end] == "問" || s[first.end] == "问") { return false }
        // `…特別報導` names a feature, not its reporters.
        let closes = first.end >= s.count - 1
            && !(first.start >= 2 && featureWords.contains { s[(first.start - 2)..<first.start].elementsEqual($0) })
        if closes { return true }
        guard s[..<first.start].allSatisfy({ !ScalarClass.isCJK($0) }) || first.start <= 6 else { return false }
        // Names follow a role, each role maybe with a colon (`編輯：張三 審核：李四`); a headline
        // puts its colon after other words, or asks (`記者調查：城中村改造進展如何`).
        let rest = s[first.end...]
        // Up to twelve characters of names, besides the later roles (`编辑：刘芳 | 审核：陈伟 | 终审：张涛`).
        let laterRoles = line.hits(.bylineRole).filter { $0.start >= first.end }.reduce(0) { $0 + $1.end - $1.start }
        guard rest.filter({ ScalarClass.isCJK($0) || ScalarClass.isASCIILetter($0) }).count - laterRoles <= 12 else { return false }
        let roleEnds = Set(line.hits(.bylineRole).map(\.end))
        return !rest.indices.contains { i in
            s[i] == "？" || s[i] == "?" || s[i] == "！" || s[i] == "!" || (s[i] == ":" || s[i] == "：") && !roleEnds.contains(i)
        } && namesAreShort(line)
    }

    private static let featureWords: [[Unicode.Scalar]] = ["特別", "特别", "專題", "专题", "深度", "系列", "獨家", "独家", "連續",
                                                           "连续", "追蹤", "追踪", "跟蹤", "跟踪", "重點", "重点", "相關", "相关"].map { Array($0.unicodeScalars) }

    /// Between its roles, a credit holds names: runs of at most five characters between spaces,
    /// `、` or slashes (`記者王浩明、孟盈如`, `記者王小明／台北報導`), not a clause (`作者維權案件數量大幅上升`).
    private static func namesAreShort(_ line: LineFeatures) -> Bool {
        let s = line.scalars
        var roleAt = [Bool](repeating: false, count: s.count)
        for hit in line.hits(.bylineRole) { for k in hit.start..<hit.end { roleAt[k] = true } }
        var run = 0
        for k in s.indices {
            if roleAt[k] || ScalarClass.isWhitespace(s[k]) || !ScalarClass.isCJK(s[k]) && !ScalarClass.isASCIILetter(s[k]) {
                run = 0
            } else {
                run += 1
                if run > 5 && ScalarClass.isCJK(s[k]) { return false }
            }
        }
        return true
    }

    /// A line of widgets and a bracketed credit where the credit is most of the text
    /// (`【纠错】 【责任编辑：王敏】`): by the majority of its characters, a byline.
    static func isMostlyCredit(_ line: LineFeatures) -> Bool {
        guard !line.isLatin, line.visible <= 40 else { return false }
        let s = line.scalars
        var creditScalars = 0
        for hit in line.hits(.bylineRole) {
            // The role opens the bracket and a colon follows it: `【责任编辑：`, `（责编:`.
            guard hit.end < s.count, s[hit.end] == "：" || s[hit.end] == ":", let credit = bracketedCredit(s, roleAt: hit.start) else { continue }
            creditScalars += credit.count + 2
        }
        return creditScalars * 2 > line.visible
    }

    /// The credit a role opens inside brackets (`【责任编辑：王敏】` → `责任编辑：王敏`), brackets left out.
    private static func bracketedCredit(_ s: [Unicode.Scalar], roleAt start: Int) -> Range<Int>? {
        guard start > 0, "【（([".unicodeScalars.contains(s[start - 1]),
              let close = s[start...].firstIndex(where: { "】）)]".unicodeScalars.contains($0) }) else { return nil }
        return start..<close
    }

    /// The credit text of a byline line: brackets and bullets dropped, `By ` and a trailing date removed.
    static func credit(of line: LineFeatures) -> String {
        var s = line.scalars[...]
        let strip: Set<UInt32> = [0x28, 0x29, 0xFF08, 0xFF09, 0x3010, 0x3011, 0x5B, 0x5D, 0x25A0, 0x25A1, 0x25C6, 0x25CF, 0x20, 0x3000]
        if line.isLatin {
            for prefix in englishCreditOpenings where line.hasPrefix(prefix) {
                s = s.dropFirst(prefix.unicodeScalars.count)
                break
            }
        }
        if let bar = s.firstIndex(where: { $0 == "|" || $0 == "｜" }) { s = s[..<bar] }
        // `【纠错】 【责任编辑：王敏】`: the bracket that holds the credit.
        if !line.isLatin, let role = line.firstHit(.bylineRole), let credit = bracketedCredit(line.scalars, roleAt: role.start),
           credit.upperBound <= s.endIndex {
            s = s[credit]
        }
        while let f = s.first, strip.contains(f.value) { s.removeFirst() }
        while let l = s.last, strip.contains(l.value) { s.removeLast() }
        return String(scalars: s)
    }

    private static let roleWords: [[Unicode.Scalar]] = [
        "correspondent", "editor", "reporter", "writer", "journalist", "columnist", "contributor", "producer",
    ].map { Array($0.unicodeScalars) }

    /// The ASCII words of a line (letters only), as ranges of its scalars: no string is made, these
    /// tests run on every short English line.
    private static func words(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for k in s.indices {
            if ScalarClass.isASCIILetter(s[k]) {
                if start == nil { start = k }
            } else if let from = start {
                words.append(from..<k)
                start = nil
            }
        }
        if let from = start { words.append(from..<s.count) }
        return words
    }

    /// Whether `word` of `s` is a role word, in lower case (`correspondent`) or, with `anyCase`,
    /// with capitals anywhere.
    private static func isRoleWord(_ s: [Unicode.Scalar], _ word: Range<Int>, anyCase: Bool) -> Bool {
        roleWords.contains { role in
            role.count == word.count && zip(role, s[word]).allSatisfy { r, c in
                c == r || anyCase && c.value == r.value - 0x20
            }
        }
    }

    /// Two reporters' names joined by `and` (`Kanokporn Suwan and Daniel Marsh`): every other
    /// word capitalised, two or three on each side.
    static func isTwoNames(_ line: LineFeatures) -> Bool {
        guard (5...7).contains(line.words), !line.endsLikeSentence, line.digits == 0 else { return false }
        let s = line.scalars
        let words = Self.words(s)
        guard let and = words.firstIndex(where: { s[$0].elementsEqual("and".unicodeScalars) }),
              (2...3).contains(and), (2...3).contains(words.count - and - 1) else { return false }
        return words.indices.allSatisfy { $0 == and || ScalarClass.isASCIIUppercase(s[words[$0].lowerBound]) }
    }

    /// A name and a role in lower case (`Fiona Harvey Environment correspondent`); a title-case
    /// headline capitalises the role (`Times Names New Executive Editor`).
    static func isNameAndRole(_ line: LineFeatures) -> Bool {
        guard line.words >= 3, line.words <= 8, !line.endsLikeSentence, line.digits == 0 else { return false }
        let s = line.scalars
        let words = Self.words(s)
        guard words.count >= 3, ScalarClass.isASCIIUppercase(s[words[0].lowerBound]), ScalarClass.isASCIIUppercase(s[words[1].lowerBound]) else { return false }
        return words.dropFirst(2).contains { isRoleWord(s, $0, anyCase: false) }
    }

    /// A journalist's role on a short English line of its own (`BBC Wales environment correspondent`,
    /// `Political Editor, The Herald`).
    static func isRole(_ line: LineFeatures) -> Bool {
        guard line.isLatin, line.words <= 8, !line.endsLikeSentence, line.digits == 0 else { return false }
        let s = line.scalars
        return words(s).contains { word in
            // The role's first letter may be a capital, the rest are lower case.
            isRoleWord(s, word, anyCase: false) || ScalarClass.isASCIIUppercase(s[word.lowerBound]) && isRoleWord(s, word, anyCase: true)
                && s[word].dropFirst().allSatisfy { !ScalarClass.isASCIIUppercase($0) }
        }
    }

    private static let editorRoles = ["責任編輯", "责任编辑", "責編", "责编", "編輯", "编辑", "審核", "审核", "校對", "校对", "Editing by"]

    /// A credit for editing, not writing (`责任编辑：王敏`, `Editing by …`).
    static func isEditorCredit(_ credit: String) -> Bool {
        editorRoles.contains { credit.hasPrefix($0) }
    }

    /// What sites put in a credit when they have no name (`作者：佚名`, `By admin`).
    private static let noNames: Set<String> = [
        "佚名", "匿名", "未知", "不详", "不詳", "无", "無", "网络", "網絡", "網路", "网友", "網友", "管理员", "管理員",
        "admin", "administrator", "anonymous", "unknown", "staff", "editor", "guest",
    ]

    /// Whether a credit names a person or a desk, not a placeholder.
    static func namesSomeone(_ credit: String) -> Bool {
        let name = credit.unicodeScalars.filter { !ScalarClass.isWhitespace($0) }
        return !noNames.contains(String(String.UnicodeScalarView(name)).lowercased())
    }

    /// Labels of a credit inside a meta line; Taiwanese papers write `聯合報／記者王小明／台北報導`.
    private static let metaCredit = TermMatcher(["作者：", "作者:", "记者：", "记者:", "記者：", "記者:", " by ",
                                                 "／記者", "/記者", "／ 記者", "/ 記者", "／记者", "/记者", "／ 记者", "/ 记者"])

    /// `Posted on June 2, 2023 by Tom Reed`, `... 作者：王小明 ...`: the name after the label.
    static func creditInMeta(_ line: LineFeatures) -> String? {
        let s = line.scalars
        guard let match = metaCredit.matches(in: s).first else { return nil }
        var j = match.end
        while j < s.count, ScalarClass.isWhitespace(s[j]) { j += 1 }
        var name: [Unicode.Scalar] = []
        var words = 0
        while j < s.count, !"|｜,，;；]】)）／/".unicodeScalars.contains(s[j]) {
            if ScalarClass.isWhitespace(s[j]) {
                // English names run over a few capitalised words; Chinese names end at a space.
                guard line.isLatin, j + 1 < s.count, (0x41...0x5A).contains(s[j + 1].value), words < 3 else { break }
                words += 1
            }
            name.append(s[j])
            j += 1
        }
        return name.isEmpty ? nil : String(scalars: name)
    }

    /// `(記者 葉 青)` closing a paragraph: the credit inside the brackets.
    static func trailingCredit(in line: LineFeatures) -> String? {
        let s = line.scalars
        guard let close = s.last, close == ")" || close == "）" else { return nil }
        guard let open = s.lastIndex(where: { $0 == "(" || $0 == "（" }), s.count - open <= 24 else { return nil }
        let inner = Array(s[(open + 1)..<(s.count - 1)])
        guard let first = credit.matches(in: inner).first, first.start == 0 else { return nil }
        return String(scalars: inner)
    }

    /// `(記者王浩明、孟盈如)` near the start of a paragraph (a dateline credit).
    static func leadingCredit(in line: LineFeatures) -> String? {
        let s = line.scalars
        guard let open = s.prefix(30).firstIndex(where: { $0 == "(" || $0 == "（" || $0 == "〔" || $0 == "【" || $0 == "[" }),
              let close = s[open...].prefix(30).firstIndex(where: { $0 == ")" || $0 == "）" || $0 == "〕" || $0 == "】" || $0 == "]" })
        else { return nil }
        let inner = Array(s[(open + 1)..<close])
        guard let first = credit.matches(in: inner).first, first.start == 0 else { return nil }
        return String(scalars: inner)
    }
}
