/// Groups consecutive junk lines of one kind into regions.
public enum RegionBuilder {
    /// `lines` holds only non-empty lines, so blank lines between junk lines never break a run.
    public static func regions(of lines: [AnalyzedLine]) -> [Region] {
        var regions: [Region] = []
        for line in lines {
            guard line.kind.isJunk else { continue }
            if var last = regions.last, last.kind == line.kind, isAdjacent(last.last, line.n, in: lines) {
                last.last = line.n
                for reason in line.reasons where !last.reasons.contains(reason) { last.reasons.append(reason) }
                regions[regions.count - 1] = last
            } else {
                regions.append(Region(kind: line.kind, first: line.n, last: line.n, reasons: line.reasons))
            }
        }
        return regions
    }

    /// True when no non-empty line stands between line numbers `a` and `b`.
    private static func isAdjacent(_ a: Int, _ b: Int, in lines: [AnalyzedLine]) -> Bool {
        // Lines are sorted by n; binary search for the first line after `a`.
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].n <= a { lo = mid + 1 } else { hi = mid }
        }
        return lo < lines.count && lines[lo].n == b
    }
}
