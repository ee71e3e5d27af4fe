/// The header of a readers' comment section (`12 thoughts on “…”`, `Comments (3)`, `Leave a Reply`,
/// `网友评论`): what follows it is the site's, not the article's, however much it reads like prose.
///
/// Compared scalar by scalar (ASCII letters folded), without making a string: every short line of
/// a page under its first paragraph is asked.
enum CommentsHeader {
    /// Whole-line headers, without their count or colon (`12 Comments`, `評論（3）：`, `评论 12 条`).
    private static let headers: [[Unicode.Scalar]] = [
        "comments", "comment", "responses", "replies", "reader comments", "join the discussion", "join the conversation",
        "leave a reply", "leave a comment", "add a comment", "post a comment", "show comments", "view comments",
        "discussion about this post", "write a comment...", "read comments",
        "评论", "評論", "网友评论", "網友評論", "最新评论", "最新評論", "全部评论", "全部評論", "读者评论", "讀者評論",
        "热门评论", "熱門評論", "精彩评论", "精彩評論",
    ].map { Array($0.unicodeScalars) }
    /// After a count: `12 thoughts on “…”`, `3 responses to “…”`.
    private static let countedOpenings: [[Unicode.Scalar]] = [
        "thoughts on ", "comments on ", "comments to ", "responses to ", "replies to ", "reactions to ",
    ].map { Array($0.unicodeScalars) }

    /// The most visible scalars a header line has (`12 thoughts on “…”` quotes a headline).
    static let longest = 160

    static func matches(_ line: LineFeatures) -> Bool {
        // No sentence, and short: a Chinese header is a few ideographs and a count.
        guard line.visible <= longest, line.cjkSentenceMarks == 0, line.isLatin || line.cjk <= 6 && line.visible <= 40 else { return false }
        let s = line.scalars
        var start = 0
        while start < s.count && ScalarClass.isDigit(s[start]) { start += 1 }
        let counted = start > 0
        while start < s.count && s[start] == " " { start += 1 }
        if counted && countedOpenings.contains(where: { has($0, in: s, at: start) }) { return true }
        let end = endBeforeCount(s, from: start)
        return headers.contains { $0.count == end - start && has($0, in: s, at: start) }
    }

    /// Where the header's words end: before a trailing colon, `(12)`, `（3）` or `12 条`.
    private static func endBeforeCount(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var end = s.count
        func dropTrailing(_ drop: (Unicode.Scalar) -> Bool) { while end > start && drop(s[end - 1]) { end -= 1 } }
        dropTrailing { $0 == ":" || $0 == "：" || $0 == " " }
        if end > start, s[end - 1] == ")" || s[end - 1] == "）" {
            var k = end - 1
            while k > start && ScalarClass.isDigit(s[k - 1]) { k -= 1 }
            if k < end - 1, k > start, s[k - 1] == "(" || s[k - 1] == "（" { end = k - 1 }
        }
        if end > start && (s[end - 1] == "条" || s[end - 1] == "條") { end -= 1 }
        dropTrailing { ScalarClass.isDigit($0) || $0 == " " }
        return end
    }

    /// Whether `word` is at `s[at...]`, ASCII letters compared without case.
    private static func has(_ word: [Unicode.Scalar], in s: [Unicode.Scalar], at: Int) -> Bool {
        guard at + word.count <= s.count else { return false }
        for k in word.indices where TermMatcher.fold(s[at + k]) != word[k] { return false }
        return true
    }
}
