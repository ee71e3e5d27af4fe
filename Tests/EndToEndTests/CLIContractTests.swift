import Foundation
import Testing

@Suite struct CLIContractTests {
    @Test func missingFileGivesOneLineAndStatusOne() throws {
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", "/nonexistent/winnow-test.txt"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "winnow: /nonexistent/winnow-test.txt: no such file or directory\n")
    }

    @Test func badUsageIsStatusTwo() throws {
        let outcome = try WinnowBinary.run(["analyze", "--format", "yaml", "x.txt"])
        #expect(outcome.status == 2)
    }

    @Test func standardInputIsReadWithDash() throws {
        let outcome = try WinnowBinary.run(["analyze", "--format", "json", "-"], input: Data("標題\n\n正文。\n".utf8))
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! [String: Any]
        #expect(object["path"] as? String == "-")
        #expect((object["lines"] as! [Any]).count == 2)
    }

    @Test func versionPrints() throws {
        let outcome = try WinnowBinary.run(["--version"])
        #expect(outcome.status == 0)
        #expect(!outcome.stdout.isEmpty)
    }

    @Test func noPathAndNoTerminalPrintsTheBundledSamples() throws {
        let outcome = try WinnowBinary.run([])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("City Council Sets Target to Halve Transport Emissions by 2035"))
        #expect(outcome.stdout.contains("浙閩兩地聯合發布氫能產業行動方案"))
    }

    @Test func browseOptionsAreAcceptedWhenPrinting() throws {
        let outcome = try WinnowBinary.run(["--theme", "light", "--ambiguous-wide", "-"], input: Data("標題\n\n正文。\n".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("正文。"))
    }
}
