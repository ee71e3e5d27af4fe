import WinnowCore

/// A place in the article pane: a block and a display row inside it. Positions are kept in blocks
/// rather than absolute rows so that a document never has to be wrapped whole to scroll.
public struct ScrollPosition: Sendable, Equatable, Comparable {
    public var block: Int
    public var row: Int
    public init(block: Int, row: Int = 0) {
        self.block = block
        self.row = row
    }
    public static func < (a: ScrollPosition, b: ScrollPosition) -> Bool {
        (a.block, a.row) < (b.block, b.row)
    }
}

/// The blocks of one document in one view, with their wrapped rows cached for the current width.
///
/// A memo, not state: it only caches what `ArticleBlock` and `Wrapper` compute from the document
/// and the width, so sharing it between copies of `AppState` changes no result. Blocks are wrapped
/// on first need (the visible region first); scrolling never wraps a block twice.
public final class DocumentLayout: @unchecked Sendable {
    public let mode: ViewMode
    public let blocks: [ArticleBlock]
    public private(set) var width: Int = 0
    private var measure: DisplayWidth
    private var wrapped: [[Range<Int>]?] = []
    private var scalarCache: [Int: [Unicode.Scalar]] = [:]
    private var folded: [[UInt32]]?

    public init(analysis: Analysis, mode: ViewMode, showMarkers: Bool, measure: DisplayWidth) {
        self.mode = mode
        self.measure = measure
        self.blocks = mode == .cleaned
            ? ArticleBlock.cleanedBlocks(of: analysis, showMarkers: showMarkers)
            : ArticleBlock.rawBlocks(of: analysis)
    }

    /// Wrap width for the text (the gutter is not part of it). Changing it drops the cached rows.
    public func setWidth(_ newWidth: Int) {
        guard newWidth != width else { return }
        width = newWidth
        wrapped = Array(repeating: nil, count: blocks.count)
        scalarCache.removeAll(keepingCapacity: true)
    }

    public func scalars(ofBlock index: Int) -> [Unicode.Scalar] {
        if let s = scalarCache[index] { return s }
        let s = Array(blocks[index].text.unicodeScalars)
        if scalarCache.count > 4096 { scalarCache.removeAll(keepingCapacity: true) }
        scalarCache[index] = s
        return s
    }

    /// Display rows of a block as scalar ranges of its text.
    public func rows(ofBlock index: Int) -> [Range<Int>] {
        if wrapped.count != blocks.count { wrapped = Array(repeating: nil, count: blocks.count) }
        if let rows = wrapped[index] { return rows }
        let block = blocks[index]
        let rows: [Range<Int>]
        if block.text.isEmpty {
            rows = [0..<0]
        } else if block.kind == .removedMarker {
            rows = [0..<scalars(ofBlock: index).count]   // one line, clipped at the edge
        } else {
            rows = Wrapper(width: max(2, width), measure: measure).rows(of: scalars(ofBlock: index))
        }
        wrapped[index] = rows
        return rows
    }

    public func rowCount(ofBlock index: Int) -> Int { rows(ofBlock: index).count }

    public var end: ScrollPosition {
        blocks.isEmpty ? ScrollPosition(block: 0) : ScrollPosition(block: blocks.count - 1, row: rowCount(ofBlock: blocks.count - 1) - 1)
    }

    /// Moves `position` by `delta` display rows, clamped to the document.
    public func move(_ position: ScrollPosition, by delta: Int) -> ScrollPosition {
        guard !blocks.isEmpty else { return ScrollPosition(block: 0) }
        var p = clamp(position)
        var remaining = delta
        while remaining > 0 {
            let count = rowCount(ofBlock: p.block)
            let step = min(remaining, count - 1 - p.row)
            if step > 0 { p.row += step; remaining -= step; continue }
            guard p.block + 1 < blocks.count else { break }
            p = ScrollPosition(block: p.block + 1, row: 0)
            remaining -= 1
        }
        while remaining < 0 {
            if p.row > 0 {
                let step = min(-remaining, p.row)
                p.row -= step; remaining += step; continue
            }
            guard p.block > 0 else { break }
            p = ScrollPosition(block: p.block - 1, row: rowCount(ofBlock: p.block - 1) - 1)
            remaining += 1
        }
        return p
    }

    /// The top position that shows the document's last row at the bottom of `height` rows.
    public func lastPageTop(height: Int) -> ScrollPosition {
        move(end, by: -(max(1, height) - 1))
    }

    public func clamp(_ p: ScrollPosition) -> ScrollPosition {
        guard !blocks.isEmpty else { return ScrollPosition(block: 0) }
        let block = min(max(0, p.block), blocks.count - 1)
        return ScrollPosition(block: block, row: min(max(0, p.row), rowCount(ofBlock: block) - 1))
    }

    /// The block that shows source line `line`, or for a line this view hides, the marker or
    /// text just before it.
    public func block(atLine line: Int) -> Int {
        var lo = 0, hi = blocks.count       // first block with sourceLine > line
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].sourceLine <= line { lo = mid + 1 } else { hi = mid }
        }
        var b = max(0, lo - 1)
        while b > 0 && blocks[b].kind == .blank && blocks[b - 1].sourceLine == blocks[b].sourceLine { b -= 1 }
        return b
    }

    /// The block showing `lineIndex` of `Analysis.lines`, if this view shows it.
    public func block(forLineIndex lineIndex: Int, lineNumber: Int) -> Int? {
        var b = block(atLine: lineNumber)
        while b < blocks.count && blocks[b].sourceLine == lineNumber {
            if case .line(let i) = blocks[b].kind, i == lineIndex { return b }
            b += 1
        }
        return nil
    }

    /// Every block's text folded for search, built once per layout. Blocks that show a source line
    /// verbatim reuse that line's fold (`lineFolds`, shared by both views of a document).
    public func foldedTexts(lineFolds: [[UInt32]]) -> [[UInt32]] {
        if let folded { return folded }
        let f = blocks.map { block -> [UInt32] in
            if case .line(let i) = block.kind, block.sourceStart != nil, lineFolds.indices.contains(i) { return lineFolds[i] }
            return SearchFolding.fold(block.text)
        }
        folded = f
        return f
    }
}
