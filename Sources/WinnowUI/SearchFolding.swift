import WinnowCore

/// Folds text for search so that Latin letters ignore case and Traditional and Simplified Chinese
/// match each other (a query 广东 finds 廣東): each scalar maps to exactly one folded scalar, so match
/// offsets in folded text are offsets in the original.
public enum SearchFolding {
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v }
        if v >= 0x3400 { return ScriptFold.simplified(v) }
        if scalar.properties.changesWhenLowercased,
           let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
           scalar.properties.lowercaseMapping.unicodeScalars.count == 1 {
            return lower.value
        }
        return v
    }

    /// Folds every scalar of `text`. Decodes the (always valid) UTF-8 by hand: this runs over the
    /// whole document on the first search.
    public static func fold(_ text: String) -> [UInt32] { fold(Substring(text)) }

    public static func fold(_ text: Substring) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt32] = []
            // One element per scalar, not per byte: Chinese text would otherwise hold three
            // times the room it needs for as long as the document is open.
            out.reserveCapacity(UTF8Bytes.scalarCount(bytes))
            var i = 0
            while i < bytes.count {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 {
                    out.append((b0 >= 0x41 && b0 <= 0x5A) ? b0 + 0x20 : b0)
                    i += 1
                    continue
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
                }
                if v < 0x10000 {
                    out.append(basicPlane[Int(v)])
                } else {
                    out.append(fold(Unicode.Scalar(v) ?? "?"))
                }
            }
            return out
        }
    }

    /// The fold of every scalar of the Basic Multilingual Plane, computed once (a few ms).
    static let basicPlane: [UInt32] = (0..<UInt32(0x10000)).map { v in
        Unicode.Scalar(v).map { fold($0) } ?? v
    }
}
