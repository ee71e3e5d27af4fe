import Foundation
import Testing
import WinnowUI

@Suite struct ThemeChoiceTests {
    /// A user theme folder with one good and one broken theme; removed afterwards.
    final class UserThemes {
        let directory: String
        init() throws {
            directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("winnow-themes-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try "[spam]\nfg = \"green\"\n".write(toFile: directory + "/mine.toml", atomically: true, encoding: .utf8)
            try "[spam]\nfg = \"not-a-colour\"\n".write(toFile: directory + "/broken.toml", atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(atPath: directory) }
        var catalog: ThemeCatalog { ThemeCatalog(userDirectory: directory) }
    }

    @Test func userDirectoryFollowsXDGConfigHome() {
        #expect(ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/r"]).userDirectory
                == "/x/cfg/winnow/themes")
        #expect(ThemeCatalog(environment: ["HOME": "/home/r"]).userDirectory == "/home/r/.config/winnow/themes")
    }

    @Test func namedThemesComeFromUserFolderThenBuiltIns() throws {
        let user = try UserThemes()
        let mine = ThemeChoice(requested: "mine", catalog: user.catalog, environment: [:], terminalHasColours: true)
        #expect(mine.problem == nil)
        #expect(mine.theme.style(for: .spam).foreground == .palette(2))
        let light = ThemeChoice(requested: "light", catalog: user.catalog, environment: [:], terminalHasColours: true)
        #expect(light.theme.name == "light")
        let byPath = ThemeChoice(requested: user.directory + "/mine.toml", catalog: ThemeCatalog(userDirectory: nil),
                                 environment: [:], terminalHasColours: true)
        #expect(byPath.theme.name == "mine")
    }

    @Test func brokenThemeFallsBackToDefaultAndReportsFileAndKey() throws {
        let user = try UserThemes()
        let choice = ThemeChoice(requested: "broken", catalog: user.catalog, environment: [:], terminalHasColours: true)
        #expect(choice.theme == ThemeCatalog.standard)
        let problem = try #require(choice.problem)
        #expect(problem.file == user.directory + "/broken.toml")
        #expect(problem.key == "spam.fg")
    }

    @Test func unknownNameIsReported() {
        let choice = ThemeChoice(requested: "nope", catalog: ThemeCatalog(userDirectory: nil), environment: [:],
                                 terminalHasColours: true)
        #expect(choice.theme == ThemeCatalog.standard)
        #expect(choice.problem?.description.contains("no such theme") == true)
    }

    @Test func noColorOrColourlessTerminalGivesMonochrome() {
        let catalog = ThemeCatalog(userDirectory: nil)
        #expect(ThemeChoice(requested: nil, catalog: catalog, environment: ["NO_COLOR": "1"], terminalHasColours: true)
            .theme.name == "monochrome")
        #expect(ThemeChoice(requested: nil, catalog: catalog, environment: [:], terminalHasColours: false)
            .theme.name == "monochrome")
        #expect(ThemeChoice(requested: "light", catalog: catalog, environment: [:], terminalHasColours: false)
            .theme.name == "monochrome")
        #expect(ThemeChoice(requested: nil, catalog: catalog, environment: [:], terminalHasColours: true)
            .theme.name == "default")
        // An explicitly named theme wins over NO_COLOR (no-color.org: a user's choice overrides it).
        #expect(ThemeChoice(requested: "light", catalog: catalog, environment: ["NO_COLOR": "1"], terminalHasColours: true)
            .theme.name == "light")
    }
}
