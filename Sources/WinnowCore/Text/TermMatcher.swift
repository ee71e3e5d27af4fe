/// Finds every occurrence of a fixed set of terms in a line of scalars, in one pass.
///
/// Terms are indexed by their first scalar; at each position only the terms starting with that
/// scalar are tried, longest first, and a match consumes its span (leftmost-longest,
/// non-overlapping). ASCII letters match case-insensitively; a term that begins or ends with an
/// ASCII letter only matches at a word boundary, so `share` does not match inside `shareholder`.
struct TermMatcher: Sendable {
    struct Match: Sendable, Equatable {
        /// Index of the term in the list the matcher was built from.
        var term: Int
        /// Scalar offsets of the match in the line.
        var start: Int
        var end: Int
    }

    private let terms: [[Unicode.Scalar]]
    private let byFirstScalar: [UInt32: [Int]]
    /// One bit per BMP scalar that starts some term: most scalars are rejected without hashing.
    private let startsTerm: [UInt64]

    init(_ terms: [String]) {
        let scalars = terms.map { $0.unicodeScalars.map(TermMatcher.fold) }
        self.terms = scalars
        var index: [UInt32: [Int]] = [:]
        for (i, term) in scalars.enumerated() where !term.isEmpty {
            index[term[0].value, default: []].append(i)
        }
        for key in index.keys { index[key]!.sort { scalars[$0].count > scalars[$1].count } }
        self.byFirstScalar = index
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in index.keys {
            let v = Int(key & 0xFFFF)
            bits[v >> 6] |= 1 << UInt64(v & 63)
        }
        self.startsTerm = bits
    }

    @inline(__always)
    private func candidates(for s: Unicode.Scalar) -> [Int]? {
        let v = Int(TermMatcher.fold(s).value & 0xFFFF)
        guard startsTerm[v >> 6] & (1 << UInt64(v & 63)) != 0 else { return nil }
        return byFirstScalar[TermMatcher.fold(s).value]
    }

    /// All non-overlapping matches, left to right.
    func matches(in line: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        var i = 0
        let n = line.count
        scan: while i < n {
            if let candidates = candidates(for: line[i]) {
                for t in candidates where matches(terms[t], in: line, at: i) {
                    found.append(Match(term: t, start: i, end: i + terms[t].count))
                    i += terms[t].count
                    continue scan
                }
            }
            i += 1
        }
        return found
    }

    /// True when any term occurs in the line.
    func occurs(in line: [Unicode.Scalar]) -> Bool {
        for i in line.indices {
            guard let candidates = candidates(for: line[i]) else { continue }
            for t in candidates where matches(terms[t], in: line, at: i) { return true }
        }
        return false
    }

    private func matches(_ term: [Unicode.Scalar], in line: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + term.count <= line.count else { return false }
        for k in 1..<max(1, term.count) where TermMatcher.fold(line[i + k]) != term[k] { return false }
        if ScalarClass.isASCIILetter(term[0]), i > 0, ScalarClass.isASCIILetter(line[i - 1]) { return false }
        if let lastScalar = term.last, ScalarClass.isASCIILetter(lastScalar), i + term.count < line.count,
           ScalarClass.isASCIILetter(line[i + term.count]) { return false }
        return true
    }

    /// ASCII upper case to lower case; every other scalar unchanged.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? Unicode.Scalar(s.value + 32)! : s
    }
}
