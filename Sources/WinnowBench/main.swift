// winnow's benchmark: prints figures, asserts nothing.
//   swift run -c release WinnowBench              both parts
//   swift run -c release WinnowBench analyze [MB] analyze throughput on a generated corpus (default 20 MB)
//   swift run -c release WinnowBench browser      first frame and key-to-frame on a 5 MB article
let arguments = Array(CommandLine.arguments.dropFirst())
let part = arguments.first
if part == nil || part == "analyze" {
    AnalyzeBenchmark(megabytes: arguments.dropFirst().first.flatMap(Int.init) ?? 20).run()
}
if part == nil || part == "browser" {
    BrowserBenchmark().run()
}
