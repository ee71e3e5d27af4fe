import Foundation

// winnow's benchmark: prints figures, asserts nothing. `swift run -c release WinnowBench [MB]`.
let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 20
AnalyzeBenchmark(megabytes: megabytes).run()
