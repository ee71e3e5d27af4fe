// winnow's benchmark: prints figures, asserts nothing.
//   swift run -c release WinnowBench              every part
//   swift run -c release WinnowBench analyze [MB] analyze throughput on a generated corpus (default 20 MB)
//   swift run -c release WinnowBench browser      first frame and key-to-frame on a 5 MB article, then `open`
//   swift run -c release WinnowBench open         opening a 5 MB file end to end (first frame, cleaned view)
//   swift run -c release WinnowBench library [MB] library over a generated JSONL corpus (default 200 MB)
//   swift run -c release WinnowBench corpus MB FILE  write the library's generated JSONL corpus to FILE
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let part = arguments.first
if part == nil || part == "analyze" {
    AnalyzeBenchmark(megabytes: arguments.dropFirst().first.flatMap(Int.init) ?? 20).run()
}
if part == nil || part == "browser" {
    BrowserBenchmark().run()
}
if part == nil || part == "browser" || part == "open" {
    OpenFileBenchmark().run()
}
if part == nil || part == "library" {
    LibraryBenchmark(megabytes: arguments.dropFirst().first.flatMap(Int.init) ?? 200).run()
}
if part == "corpus", arguments.count == 3, let megabytes = Int(arguments[1]) {
    let (articles, bytes) = LibraryBenchmark.writeCorpus(to: URL(fileURLWithPath: arguments[2]), bytes: megabytes * 1_000_000)
    print("wrote \(articles) articles, \(bytes) bytes to \(arguments[2])")
}
