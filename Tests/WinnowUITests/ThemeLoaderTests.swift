import Foundation
import Testing
import WinnowUI

@Suite struct ThemeLoaderTests {
    let loader = ThemeLoader()

    @Test(arguments: ["default", "light", "high-contrast", "monochrome"])
    func shippedThemeLoadsAndStylesEveryRole(name: String) throws {
        let text = try #require(EmbeddedThemes.files[name])
        let theme = try loader.theme(fromTOML: text, name: name, file: name + ".toml")
        #expect(theme.name == name)
        for role in StyleRole.allCases {
            #expect(theme.styles[role] != nil, "\(name).toml has no [\(role.rawValue)]")
        }
    }

    @Test func defaultThemeKeepsTheTerminalsOwnColoursForText() {
        let text = ThemeCatalog.standard.style(for: .text)
        #expect(text.foreground == .terminalDefault)
        #expect(text.background == .terminalDefault)
    }

    @Test func monochromeTellsSpamBoilerplateAndBodyApart() {
        let theme = ThemeCatalog.monochrome
        #expect(theme.isMonochrome)
        let body = theme.style(for: .text), spam = theme.style(for: .spam), boilerplate = theme.style(for: .boilerplate)
        #expect(Set([body, spam, boilerplate]).count == 3)
        #expect(spam.attributes.contains(.reverse))
        #expect(!body.attributes.contains(.reverse))
    }

    @Test func coloursAttributesAndMissingRoles() throws {
        let theme = try loader.theme(fromTOML: """
            [text]
            fg = 250
            bg = "17"
            [spam]
            fg = "#FF8700"
            bg = "bright-red"
            attrs = ["bold", "Underline"]
            [dim]
            attrs = "dim"
            """, name: "t", file: "t.toml")
        #expect(theme.style(for: .text).foreground == .palette(250))
        #expect(theme.style(for: .text).background == .palette(17))
        #expect(theme.style(for: .spam) == CellStyle(foreground: .rgb(0xFF, 0x87, 0x00), background: .palette(9),
                                                      attributes: [.bold, .underline]))
        #expect(theme.style(for: .dim).attributes == .dim)
        // A role the file leaves out looks like text.
        #expect(theme.style(for: .goal) == theme.style(for: .text))
        #expect(!theme.isMonochrome)
    }

    @Test(arguments: [
        ("[spam]\nfg = \"redd\"\n", "spam.fg"),
        ("[spam]\nbg = 300\n", "spam.bg"),
        ("[spam]\nbg = \"256\"\n", "spam.bg"),
        ("[spam]\nfg = \"#12345\"\n", "spam.fg"),
        ("[spam]\nattrs = [\"blink\"]\n", "spam.attrs"),
        ("[spam]\ncolour = \"red\"\n", "spam.colour"),
        ("[spma]\nfg = \"red\"\n", "spma"),
        ("spam = \"red\"\n", "spam"),
    ])
    func errorsNameFileAndKey(toml: String, key: String) {
        #expect {
            _ = try loader.theme(fromTOML: toml, name: "broken", file: "broken.toml")
        } throws: { error in
            let error = error as! ThemeError
            return error.file == "broken.toml" && error.key == key
                && error.description.hasPrefix("theme broken.toml: \(key): ")
        }
    }

    @Test func syntaxErrorNamesFileAndLine() {
        #expect {
            _ = try loader.theme(fromTOML: "[text]\nfg = \n", name: "bad", file: "bad.toml")
        } throws: { error in
            let error = error as! ThemeError
            return error.file == "bad.toml" && error.description.contains("line 2")
        }
    }
}
