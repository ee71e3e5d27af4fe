import ArgumentParser
import Foundation

// Exit status per DESIGN.md: 0 all fine, 1 some input failed, 2 bad usage.
// swift-argument-parser reports usage errors as 64 (EX_USAGE); map them to 2.
do {
    var command = try Winnow.parseAsRoot()
    try command.run()
} catch let exit as ExitCodeError {
    Foundation.exit(exit.status)
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = Winnow.exitCode(for: error)
    if code == .success {
        print(Winnow.fullMessage(for: error))
        Foundation.exit(0)
    }
    Console.error(Winnow.fullMessage(for: error))
    Foundation.exit(code == .failure ? 1 : 2)
}
