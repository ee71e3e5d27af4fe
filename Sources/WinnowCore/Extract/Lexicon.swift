/// Every word of every `Vocabulary` list in one trie over folded scalars, so that one walk from a
/// position finds the words of all lists that start there.
///
/// Flat arrays, no hashing: the first scalar is looked up in a table over the Basic Multilingual
/// Plane, later scalars among a node's children (few, sorted).
struct Lexicon: Sendable {
    static let shared = Lexicon(Vocabulary.allCases)

    /// For each BMP scalar, the node reached by a word starting with it (0: none).
    let firstNode: [UInt16]
    /// Children of node k: `childScalars[childStart[k]..<childStart[k + 1]]`, sorted, leading to
    /// the nodes at the same index of `childNodes`.
    let childStart: [Int32]
    let childScalars: [UInt32]
    let childNodes: [UInt16]
    /// For each node, one bit per list with a word ending there.
    let lists: [UInt64]
    /// Every word that starts with an ASCII letter also ends with one, so it must stand alone
    /// (`WordHits`): no word of any list can start in the middle of an English word.
    let letterWordsStandAlone: Bool

    init(_ vocabularies: [Vocabulary]) {
        precondition(vocabularies.count <= 64, "one bit per list")
        // Build with dictionaries, then flatten (once per process).
        var children: [[UInt32: Int]] = [[:]]
        var lists: [UInt64] = [0]
        var letterWordsStandAlone = true
        for list in vocabularies {
            for word in list.words where !word.isEmpty {
                let folded = ScriptFolding.fold(word)
                precondition(folded.count < 32, "word lengths are kept as bits of a UInt32")
                precondition(folded[0].value < 0x10000, "words start inside the BMP")
                if CharacterClass.isASCIILetter(folded[0]) && !CharacterClass.isASCIILetter(folded[folded.count - 1]) {
                    letterWordsStandAlone = false
                }
                var node = 0
                for scalar in folded {
                    if let next = children[node][scalar.value] {
                        node = next
                    } else {
                        children.append([:])
                        lists.append(0)
                        children[node][scalar.value] = children.count - 1
                        node = children.count - 1
                    }
                }
                lists[node] |= 1 << UInt64(list.rawValue)
            }
        }
        precondition(children.count < Int(UInt16.max), "node numbers fit in UInt16")
        var firstNode = [UInt16](repeating: 0, count: 0x10000)
        for (scalar, node) in children[0] { firstNode[Int(scalar)] = UInt16(node) }
        var childStart: [Int32] = []
        var childScalars: [UInt32] = []
        var childNodes: [UInt16] = []
        for node in children.indices {
            childStart.append(Int32(childScalars.count))
            guard node != 0 else { continue }  // the root's children are in `firstNode`
            for (scalar, child) in children[node].sorted(by: { $0.key < $1.key }) {
                childScalars.append(scalar)
                childNodes.append(UInt16(child))
            }
        }
        childStart.append(Int32(childScalars.count))
        self.firstNode = firstNode
        self.childStart = childStart
        self.childScalars = childScalars
        self.childNodes = childNodes
        self.lists = lists
        self.letterWordsStandAlone = letterWordsStandAlone
    }
}
