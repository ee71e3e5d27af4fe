import WinnowCore

/// libFuzzer entry point: decode arbitrary bytes, analyse them, format every output, and check
/// the invariants the JSON contract promises. A violated invariant traps, so libFuzzer reports it
/// as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let source = SourceText(bytes: bytes)
    let analysis = Analyzer().analyze(source, path: "fuzz")
    let scalars = Array(source.text.unicodeScalars)
    var previous = 0
    for line in analysis.lines {
        precondition(line.n > previous, "line numbers must increase")
        previous = line.n
        precondition(line.start >= 0 && line.start <= line.end && line.end <= scalars.count, "line offsets out of bounds")
        precondition(String(String.UnicodeScalarView(scalars[line.start..<line.end])) == line.text, "line text != decoded[start:end]")
    }
    for item in analysis.goals + analysis.measures {
        precondition(item.start >= 0 && item.start < item.end && item.end <= scalars.count, "finding offsets out of bounds")
        precondition(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text, "finding text != decoded[start:end]")
    }
    _ = JSONLinesWriter().line(for: analysis)
    _ = CleanArticleFormatter(style: .markdown).format(analysis)
    _ = AnalysisReport().format(analysis)
    _ = HTMLTextExtractor().extract(source.text)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM names an executable target's entry point `<Target>_main`; here it hands control to
/// libFuzzer's driver (which parses `-max_total_time`, corpus folders and the rest).
@_cdecl("WinnowFuzz_main")
public func winnowFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
}
