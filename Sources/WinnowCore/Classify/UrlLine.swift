/// A line that is nothing but a web address (`http://www.example.com/a.html`, `(//www.example.com)`).
enum UrlLine {
    static func matches(_ line: LineFeatures) -> Bool {
        guard line.cjk == 0, !line.hasInnerSpace, line.visible >= 6 else { return false }
        let s = line.scalars
        for k in 0..<(s.count - 1) where s[k] == "/" && s[k + 1] == "/" { return true }
        // A site-relative path (`/images/2024/a.jpg`).
        if s.first == "/" && s.lazy.filter({ $0 == "/" }).count >= 3 { return true }
        return line.hasPrefix("www.") || line.hasPrefix("(www.")
    }
}
