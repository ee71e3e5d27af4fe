/// One search hit: a scalar range in a block's text.
public struct SearchMatch: Sendable, Equatable {
    public var block: Int
    public var range: Range<Int>
}

/// Finds every occurrence of a folded query in the folded blocks of a layout.
public enum TextSearch {
    public static func matches(of query: String, in folded: [[UInt32]]) -> [SearchMatch] {
        let needle = SearchFolding.fold(query)
        guard let first = needle.first else { return [] }
        var result: [SearchMatch] = []
        for (b, hay) in folded.enumerated() where hay.count >= needle.count {
            hay.withUnsafeBufferPointer { h in
                needle.withUnsafeBufferPointer { n in
                    var i = 0
                    let last = h.count - n.count
                    while i <= last {
                        if h[i] == first {
                            var k = 1
                            while k < n.count && h[i + k] == n[k] { k += 1 }
                            if k == n.count {
                                result.append(SearchMatch(block: b, range: i..<(i + n.count)))
                                i += n.count
                                continue
                            }
                        }
                        i += 1
                    }
                }
            }
        }
        return result
    }
}
