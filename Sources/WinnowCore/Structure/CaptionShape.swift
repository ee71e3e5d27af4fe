/// Image captions and alt text: `圖為...`, `图片来源：...`, `(新華社記者 X 攝)`, `Image result for ...`,
/// `Photo: ...`.
enum CaptionShape {
    /// The `LexiconList.captionOpener` terms.
    static let openers = [
        "圖為", "图为", "圖片來源", "图片来源", "圖片:", "图片:", "圖片：", "图片：", "圖:", "图:", "圖：", "图：",
        "圖／", "图／", "圖/", "图/", "圖片／", "图片／",
        "資料圖", "资料图", "image result for", "photo:", "image:", "pictured:", "photograph:", "illustration:",
        "image credit", "photo credit", "file photo", "image source,", "image caption,", "media caption,", "caption:",
        "picture:",
    ]

    static func isCaption(_ line: LineFeatures) -> Bool {
        guard line.visible <= 200 else { return false }
        for match in line.hits(.captionOpener) {
            // At the start of the line, or right after the first sentence (`...領域。圖為...`).
            let opensWithBracket = line.firstScalar.map { "(（【[".unicodeScalars.contains($0) } ?? false
            if match.start == 0 || match.start == 1 && opensWithBracket { return true }
            if line.cjkSentenceMarks <= 3, match.start > 0, ScalarClass.isCJKSentenceFinal(line.scalars[match.start - 1]),
               match.term <= 1 {
                return true
            }
            // `Volunteers planting saplings last winter. Picture: Westbury City Council`, `… on
            // Wednesday. | Photo Credit: Special Arrangement`: a credit label after the sentence,
            // with a few words of name.
            if line.isLatin, line.words <= 40, !line.endsLikeSentence, isCreditAfterSentence(line.scalars, match) {
                return true
            }
        }
        // `图1：2020—2024年全国算力总规模`: a numbered chart or table's title.
        if line.visible <= 100, line.cjkSentenceMarks == 0, isNumberedFigure(line.scalars) { return true }
        // `▲深圳的無人機配送場景。`: a pointer to the picture above opens a short line.
        if let first = line.firstScalar, first == "▲" || first == "△" || first == "↑", line.visible <= 100, line.cjkSentenceMarks <= 2 {
            return true
        }
        // `…配送場景。資料圖片`, `…（新華社發）`: the picture's source closes a short line.
        if line.visible <= 80, !line.isLatin, line.cjkSentenceMarks <= 2 {
            var s = line.scalars[...]
            if let last = s.last, last == "）" || last == ")" { s = s.dropLast() }
            if pictureSources.contains(where: { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }) { return true }
        }
        // `…數據中心巡檢設備。新華社記者 陶亮 攝`, `…。記者林庭萱／攝影`, `…示意圖。（政府新聞處圖片）`:
        // after the picture's description, a short credit.
        if line.visible <= 100, !line.isLatin, line.cjkSentenceMarks <= 2, isClosedByPictureCredit(line.scalars) { return true }
        // `…分时走势（图片来源：Choice数据）`: the picture's source, labelled, in the closing brackets.
        if line.visible <= 80, let last = line.lastScalar, last == "）" || last == ")",
           let open = line.scalars.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0,
           pictureSourceLabels.contains(where: { line.scalars[(open + 1)...].starts(with: $0) }) {
            return true
        }
        // `（新華社記者 王 某 攝）` closing a short line.
        if let last = line.lastScalar, last == "）" || last == ")", line.visible <= 80 {
            let tail = line.scalars.suffix(4)
            if tail.contains("攝") || tail.contains("摄") { return true }
        }
        // `… (AP Photo/Julia Nikhinson)`, `… (Photo: Getty Images)`: a photo credit closing the line.
        if line.isLatin, line.lastScalar == ")", line.words <= 60, let credit = closingBracket(line.scalars) {
            // `…within a decade.(Supplied: Star of the South)`: a credit glued to the sentence.
            let open = credit.startIndex - 1
            if open > 0, line.scalars[open - 1] == ".", credit.contains(":") { return true }
            return isPhotoCredit(credit)
        }
        return false
    }

    /// The label `match` (`Picture:`, `Photo Credit`) with its colon follows a full stop (and maybe a
    /// bar), and a few words of name follow it.
    private static func isCreditAfterSentence(_ s: [Unicode.Scalar], _ match: LexiconHit) -> Bool {
        var before = match.start
        while before > 0 && (s[before - 1] == " " || s[before - 1] == "|") { before -= 1 }
        guard before > 0, before < match.start, s[before - 1] == "." else { return false }
        let labelEnd = match.end < s.count && s[match.end] == ":" ? match.end + 1 : match.end
        return s[labelEnd - 1] == ":" && s[labelEnd...].split(separator: " ").count <= 6
    }

    /// The line ends with a credit of a few characters after its last full stop: a photographer's
    /// (`記者 X 攝`, `…／攝影`, `記者 X 圖`) or an agency's (`（政府新聞處圖片）`).
    private static func isClosedByPictureCredit(_ s: [Unicode.Scalar]) -> Bool {
        guard let stop = s.lastIndex(of: "。"), stop + 2 < s.count, s.count - stop <= 24 else { return false }
        var credit = s[(stop + 1)...]
        if let last = credit.last, last == "）" || last == ")" { credit = credit.dropLast() }
        if pictureCredits.contains(where: { credit.count > $0.count && credit.suffix($0.count).elementsEqual($0) }) { return true }
        // `澎湃新闻记者 周平浪 图`: a reporter's picture.
        guard let last = credit.last, last == "图" || last == "圖", credit.count >= 2,
              ScalarClass.isWhitespace(credit[credit.endIndex - 2]) else { return false }
        return credit.indices.dropLast().contains { i in (credit[i] == "记" || credit[i] == "記") && credit[i + 1] == "者" }
    }

    private static let pictureCredits: [[Unicode.Scalar]] = [" 摄", " 攝", "／攝影", "／摄影", "/攝影", "/摄影", "攝影", "摄影",
                                                             "图片", "圖片", "供图", "供圖"].map { Array($0.unicodeScalars) }

    /// `图1：`, `圖2 `, `表3：`: a figure or table and its number open the line.
    private static func isNumberedFigure(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count > 4, s[0] == "图" || s[0] == "圖" || s[0] == "表" else { return false }
        var i = 1
        while i < s.count && ScalarClass.isDigit(s[i]) { i += 1 }
        return i > 1 && i < 4 && i < s.count && (s[i] == "：" || s[i] == ":" || s[i] == " " || s[i] == "\u{3000}")
    }

    /// Whole words of a credit (`(AP Photo/…)`, `(Getty Images)`), or a label with its colon
    /// (`(Credit: …)`, `(Image: …)`): not `(a tax credit)` nor `(profile)`.
    private static func isPhotoCredit(_ credit: ArraySlice<Unicode.Scalar>) -> Bool {
        var words: [[Unicode.Scalar]] = [[]]
        for c in credit {
            if ScalarClass.isASCIILetter(c) { words[words.count - 1].append(TermMatcher.fold(c)) } else {
                if c == ":" && !words[words.count - 1].isEmpty { words[words.count - 1].append(c) }
                words.append([])
            }
        }
        return words.contains { creditWords.contains($0) }
    }

    private static let pictureSourceLabels: [[Unicode.Scalar]] = ["图片来源", "圖片來源", "图源", "圖源"].map { Array($0.unicodeScalars) }

    /// How Chinese captions close: the picture's source, maybe with a closing bracket.
    private static let pictureSources: [[Unicode.Scalar]] = ["資料圖片", "资料图片", "資料圖", "资料图", "新華社發", "新华社发", "視覺中國", "视觉中国",
                                                             "受訪者供圖", "受访者供图", "供圖", "供图"].map { Array($0.unicodeScalars) }

    private static let creditWords: Set<[Unicode.Scalar]> = Set(["photo", "photos", "images", "getty", "photo:", "image:",
                                                                 "credit:", "pictured:", "supplied:"].map { Array($0.unicodeScalars) })

    /// The text inside the parentheses that close the line.
    private static func closingBracket(_ s: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard let open = s.lastIndex(of: "("), open + 1 < s.count - 1 else { return nil }
        return s[(open + 1)..<(s.count - 1)]
    }
}
