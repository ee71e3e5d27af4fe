/// Counts distinct term indices (of one list) without hashing: a bitset over the first 256
/// indices, a small array beyond.
struct DistinctTerms {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var others: [Int] = []
    private(set) var count = 0

    mutating func insert(_ term: Int) {
        guard term < 256 else {
            if !others.contains(term) { others.append(term); count += 1 }
            return
        }
        let bit: UInt64 = 1 << UInt64(term & 63)
        switch term >> 6 {
        case 0: if bits.0 & bit == 0 { bits.0 |= bit; count += 1 }
        case 1: if bits.1 & bit == 0 { bits.1 |= bit; count += 1 }
        case 2: if bits.2 & bit == 0 { bits.2 |= bit; count += 1 }
        default: if bits.3 & bit == 0 { bits.3 |= bit; count += 1 }
        }
    }

    func contains(_ term: Int) -> Bool {
        guard term < 256 else { return others.contains(term) }
        let bit: UInt64 = 1 << UInt64(term & 63)
        switch term >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}
