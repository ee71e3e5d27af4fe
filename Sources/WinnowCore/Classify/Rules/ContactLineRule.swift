/// Contact lines: hotlines, phone numbers, QQ numbers, e-mail addresses, submission addresses
/// (`咨詢熱線:021-80392549`, `投稿QQ:3267146135  投稿郵箱:...`, `Tel: +44 ...`).
struct ContactLineRule: LineRule {
    /// The `LexiconList.contact` terms.
    static let terms = [
        "熱線", "热线", "投稿", "聯系電話", "聯繫電話", "联系电话", "聯系方式", "聯繫方式", "联系方式", "電話", "电话", "客服",
        "qq", "郵箱", "邮箱", "信箱", "傳真", "传真", "地址", "微信號", "微信号", "聯系我們", "聯繫我們", "联系我们", "手機",
        "手机", "tel", "phone", "fax", "e-mail", "email", "contact us", "whatsapp",
    ]

    func evaluate(_ line: LineFeatures, page: PageContext) -> RuleHit? {
        guard line.cjkSentenceMarks <= 1, line.visible <= 100 else { return nil }
        let term = line.contains(.contact)
        let number = line.digits >= 7 && ContactLineRule.hasContactNumber(line.scalars)
        let mail = ContactLineRule.hasMailAddress(line.scalars)
        // A phone number with a mail address is a contact line at any length (`Media: Jo Doe, jo@x.com, +44 …`).
        // A bare number after a credit is no phone (`（編輯：張雅淨）1140619`, a wire's date code).
        let bare = (number || mail) && line.visible <= 30 && !line.isProse && !(number && !mail && line.contains(.bylineRole))
        if (term && (number || mail)) || (number && mail) || bare {
            return RuleHit(kind: .boilerplate, reason: "contact-line", strength: .strong)
        }
        return nil
    }

    /// A phone-like number: at least seven digits split by at most a few `-`, space or bracket
    /// separators, with one group of five or more digits or ten digits in all (`021-80392549`).
    /// Dates (`2023-11-14`) have groups of four digits at most and too few digits to count.
    static func hasContactNumber(_ s: [Unicode.Scalar]) -> Bool {
        var digits = 0, group = 0, longestGroup = 0, separators = 0
        // The first two groups of the run, to tell a date and time (`2024-07-02 15:30`) from a number.
        var firstGroup = 0, firstValue = 0, secondGroup = 0
        for c in s {
            if ScalarClass.isDigit(c) {
                digits += 1
                group += 1
                longestGroup = max(longestGroup, group)
                if separators == 0 { firstGroup = group; firstValue = firstValue * 10 + Int(c.value - 48) }
                if separators == 1 { secondGroup = group }
                let isDate = firstGroup == 4 && (1900..<2100).contains(firstValue) && (1...2).contains(secondGroup)
                if digits >= 7 && separators <= 3 && (longestGroup >= 5 || digits >= 10) && !isDate { return true }
            } else if (c == "-" || c == " " || c == "(" || c == ")" || c == "+") && digits > 0 {
                separators += 1
                group = 0
            } else {
                digits = 0
                group = 0
                longestGroup = 0
                separators = 0
                firstGroup = 0
                firstValue = 0
                secondGroup = 0
            }
        }
        return false
    }

    /// `name@host.tld`.
    static func hasMailAddress(_ s: [Unicode.Scalar]) -> Bool {
        guard let at = s.firstIndex(of: "@"), at > 0, at + 3 < s.count else { return false }
        let before = s[at - 1], after = s[at + 1]
        let wordish: (Unicode.Scalar) -> Bool = { ScalarClass.isASCIILetter($0) || ScalarClass.isDigit($0) || $0 == "_" || $0 == "." }
        return wordish(before) && wordish(after) && s[(at + 1)...].contains(".")
    }
}
