/// Folds text for search so that Latin letters ignore case and Traditional and Simplified Chinese
/// match each other (a query 广东 finds 廣東): each scalar maps to exactly one folded scalar, so match
/// offsets in folded text are offsets in the original.
public enum SearchFolding {
    public static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 0x20 : v }
        if v >= 0x3400 { return simplified(v) }
        if scalar.properties.changesWhenLowercased,
           let lower = scalar.properties.lowercaseMapping.unicodeScalars.first,
           scalar.properties.lowercaseMapping.unicodeScalars.count == 1 {
            return lower.value
        }
        return v
    }

    public static func fold(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 2)
        for s in text.unicodeScalars { out.append(fold(s)) }
        return out
    }

    static func simplified(_ v: UInt32) -> UInt32 {
        let keys = HantHansTable.traditional
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == v ? HantHansTable.simplified[lo] : v
    }
}
