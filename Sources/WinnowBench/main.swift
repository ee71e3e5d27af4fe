// winnow's benchmark: prints figures, asserts nothing.
//   swift run -c release WinnowBench              every part
//   swift run -c release WinnowBench analyze [MB] analyze throughput on a generated corpus (default 20 MB)
//   swift run -c release WinnowBench memory [MB [en]]  peak memory of analysing one dense Chinese (or English) article
//   swift run -c release WinnowBench browser      first frame and key-to-frame on a 5 MB article, then `open`
//   swift run -c release WinnowBench open [MB]    opening a 5 MB file end to end (first frame, cleaned view)
//   swift run -c release WinnowBench smoke        every part at small sizes (CI checks that it runs)
//   swift run -c release WinnowBench library [MB] library over a generated JSONL corpus (default 200 MB)
//   swift run -c release WinnowBench corpus MB FILE  write the library's generated JSONL corpus to FILE
//   swift run -c release WinnowBench article MB FILE write the memory figure's dense article to FILE (to profile it)
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let part = arguments.first
let size = arguments.dropFirst().first.flatMap(Int.init)
switch part {
case nil:
    AnalyzeBenchmark(megabytes: 20).run()
    BrowserBenchmark().run()
    OpenFileBenchmark().run()
    LibraryBenchmark(megabytes: 200).run()
case "analyze": AnalyzeBenchmark(megabytes: size ?? 20).run()
case "browser":
    BrowserBenchmark().run()
    OpenFileBenchmark().run()
case "memory": AnalyzeBenchmark(megabytes: 4 * (size ?? 5)).oneArticleMemory(english: arguments.dropFirst(2).first == "en")
case "open": OpenFileBenchmark(megabytes: size ?? 5).run()
case "library": LibraryBenchmark(megabytes: size ?? 200).run()
case "smoke":
    // CI's check that every part still runs: small sizes, figures not meant to be read.
    AnalyzeBenchmark(megabytes: 1).run()
    BrowserBenchmark(megabytes: 1).run()
    OpenFileBenchmark(megabytes: 1).run()
    LibraryBenchmark(megabytes: 5).run()
case "corpus" where arguments.count == 3 && Int(arguments[1]) != nil:
    let (articles, bytes) = LibraryBenchmark.writeCorpus(to: URL(fileURLWithPath: arguments[2]), bytes: Int(arguments[1])! * 1_000_000)
    print("wrote \(articles) articles, \(bytes) bytes to \(arguments[2])")
case "article" where arguments.count == 3 && Int(arguments[1]) != nil:
    let text = AnalyzeBenchmark.denseArticle(megabytes: Int(arguments[1])!)
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[2]))
    print("wrote \(text.utf8.count) bytes to \(arguments[2])")
default:
    FileHandle.standardError.write(Data("usage: WinnowBench [analyze [MB] | memory [MB [en]] | browser | open [MB] | library [MB] | smoke | corpus MB FILE | article MB FILE]\n".utf8))
    exit(2)
}
