/// Where a line of text may break, with the Chinese prohibition rules (clreq; lists from ECMA-376
/// `<kinsoku>`, Simplified and Traditional merged): no line starts with closing punctuation such as
/// `，。」）》…`, none ends with opening punctuation such as `「（《“`, `——` and `……` stay whole, and
/// Latin words break only at spaces and after hyphens.
enum LineBreakRules {
    static let cannotStart: Set<Unicode.Scalar> = Set((
        "!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠"
        + "–—•‥‧╴︰︱︳︴︸︼﹂﹏﹐﹑﹒﹔﹕﹖﹗､ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    ).unicodeScalars)

    static let cannotEnd: Set<Unicode.Scalar> = Set(
        "$([{£¥‘“〈《「『【〔〖〝﹙﹛﹝＄（［｛￡￥‵︵︷︹︻︽︿﹁﹃".unicodeScalars
    )

    /// Characters that come in unbreakable pairs (`——`, `……`).
    static let pairedDashes: Set<Unicode.Scalar> = ["—", "…", "─", "⋯"]

    /// True when a line may end after `before` and the next one start with `after`.
    static func canBreak(between before: Unicode.Scalar, and after: Unicode.Scalar, width: DisplayWidth) -> Bool {
        if width.width(of: after) == 0 { return false }          // keep combining marks on their base
        if cannotStart.contains(after) || cannotEnd.contains(before) { return false }
        if before == after && pairedDashes.contains(before) { return false }
        if after == " " || after == "\t" { return false }        // spaces hang at the end of the line
        if before == " " || before == "\t" { return true }
        if before == "-" && isWordScalar(after) { return true }
        // Between ideographs (and next to any wide character) a break is allowed.
        return !isWordScalar(before) || !isWordScalar(after)
    }

    /// Letters, digits and other narrow scalars that make up a Latin word.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v > 0x20 && s != "-" }
        return v < 0x1100 || (v >= 0x1E00 && v < 0x2000)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" }
}
