/// Every word of every `Vocabulary` list in one trie over folded scalars, so that one walk from a
/// position finds the words of all lists that start there.
///
/// Flat arrays, no hashing: the first scalar is looked up in a table over the Basic Multilingual
/// Plane, later scalars among a node's children (few, sorted).
///
/// The one instance lives as long as the process, so its tables are plain buffers, never freed:
/// a line's scan then takes no reference to each table (atomic counts that the cores running
/// documents side by side would contend for) and pays no bounds checks.
final class Lexicon: @unchecked Sendable {
    static let shared = Lexicon(Vocabulary.allCases)

    /// For each BMP scalar, the node reached by a word starting with it (0: none).
    let firstNode: UnsafeBufferPointer<UInt16>
    /// Children of node k: `childScalars[childStart[k]..<childStart[k + 1]]`, sorted, leading to
    /// the nodes at the same index of `childNodes`.
    let childStart: UnsafeBufferPointer<Int32>
    let childScalars: UnsafeBufferPointer<UInt32>
    let childNodes: UnsafeBufferPointer<UInt16>
    /// A filter of the pairs of scalars that open a word of two or more (one bit per hashed
    /// pair): where the first scalar alone is no word and the pair's bit is clear, no word
    /// starts, and the walk is skipped (in Chinese nearly every ideograph opens some word, few
    /// pairs do).
    let pairFilter: UnsafeBufferPointer<UInt64>
    /// For each node, one bit per list with a word ending there.
    let lists: UnsafeBufferPointer<UInt64>
    /// Every word that starts with an ASCII letter also ends with one, so it must stand alone
    /// (`WordHits`): no word of any list can start in the middle of an English word.
    let letterWordsStandAlone: Bool

    init(_ vocabularies: [Vocabulary]) {
        precondition(vocabularies.count <= 64, "one bit per list")
        // Build with one flat dictionary (node, scalar) -> child, then flatten (once per process).
        var edges: [UInt64: Int32] = [:]
        edges.reserveCapacity(1 << 14)
        var parents: [Int32] = [0]   // parent of each node, to sort the edges into children lists
        var scalars: [UInt32] = [0]  // the scalar leading to each node
        var lists: [UInt64] = [0]
        var letterWordsStandAlone = true
        var folded: [Unicode.Scalar] = []
        for list in vocabularies {
            for word in list.words where !word.isEmpty {
                folded.removeAll(keepingCapacity: true)
                for scalar in word.unicodeScalars { folded.append(ScriptFolding.fold(scalar)) }
                precondition(folded.count < 32, "word lengths are kept as bits of a UInt32")
                precondition(folded[0].value < 0x10000, "words start inside the BMP")
                if CharacterClass.isASCIILetter(folded[0]) && !CharacterClass.isASCIILetter(folded[folded.count - 1]) {
                    letterWordsStandAlone = false
                }
                var node: Int32 = 0
                for scalar in folded {
                    let key = UInt64(UInt32(node)) << 32 | UInt64(scalar.value)
                    if let next = edges[key] {
                        node = next
                    } else {
                        let next = Int32(lists.count)
                        edges[key] = next
                        parents.append(node)
                        scalars.append(scalar.value)
                        lists.append(0)
                        node = next
                    }
                }
                lists[Int(node)] |= 1 << UInt64(list.rawValue)
            }
        }
        let nodeCount = lists.count
        precondition(nodeCount < Int(UInt16.max), "node numbers fit in UInt16")
        var firstNode = [UInt16](repeating: 0, count: 0x10000)
        // Children grouped by parent (a counting sort), each group sorted by scalar.
        var childStart = [Int32](repeating: 0, count: nodeCount + 1)
        for node in 1..<nodeCount where parents[node] != 0 { childStart[Int(parents[node]) + 1] += 1 }
        for k in 0..<nodeCount { childStart[k + 1] += childStart[k] }
        var fill = childStart
        var childNodes = [UInt16](repeating: 0, count: Int(childStart[nodeCount]))
        for node in 1..<nodeCount {
            let parent = Int(parents[node])
            if parent == 0 {
                firstNode[Int(scalars[node])] = UInt16(node)  // the root's children are in `firstNode`
            } else {
                childNodes[Int(fill[parent])] = UInt16(node)
                fill[parent] += 1
            }
        }
        childNodes.withUnsafeMutableBufferPointer { childNodes in
            for k in 0..<nodeCount where childStart[k + 1] - childStart[k] > 1 {
                var children = UnsafeMutableBufferPointer(rebasing: childNodes[Int(childStart[k])..<Int(childStart[k + 1])])
                children.sort { scalars[Int($0)] < scalars[Int($1)] }
            }
        }
        let childScalars = childNodes.map { scalars[Int($0)] }
        var pairFilter = [UInt64](repeating: 0, count: Self.pairFilterBits / 64)
        for node in 1..<nodeCount where parents[node] != 0 && parents[Int(parents[node])] == 0 {
            let bit = Self.pairBit(scalars[Int(parents[node])], scalars[node])
            pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.pairFilter = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: pairFilter))
        self.firstNode = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: firstNode))
        self.childStart = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: childStart))
        self.childScalars = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: childScalars))
        self.childNodes = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: childNodes))
        self.lists = UnsafeBufferPointer(UnsafeMutableBufferPointer.permanentCopy(of: lists))
        self.letterWordsStandAlone = letterWordsStandAlone
    }

    static let pairFilterBits = 1 << 16

    /// The filter bit of the pair `first`, `second`.
    @inline(__always) static func pairBit(_ first: UInt32, _ second: UInt32) -> Int {
        Int(truncatingIfNeeded: ((UInt64(first) << 21 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
