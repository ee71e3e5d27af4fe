import Foundation
import Testing
import WinnowUI

/// The generated Embedded*.swift files must carry exactly what is in Themes/ and Fixtures/;
/// run scripts/embed-resources.sh after editing those.
@Suite struct ThemeEmbeddingTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(in folder: String, extension ext: String) throws -> [String: String] {
        let dir = packageRoot.appendingPathComponent(folder)
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix("." + ext) {
            result[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    @Test func embeddedThemesMatchThemesFolder() throws {
        let onDisk = try Self.files(in: "Themes", extension: "toml")
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedThemes.files.map { ($0.key + ".toml", $0.value) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run scripts/embed-resources.sh")
        for (name, text) in onDisk {
            #expect(embedded[name] == text, "\(name) differs from its embedded copy: run scripts/embed-resources.sh")
        }
    }

    @Test func embeddedSamplesMatchFixturesFolder() throws {
        let onDisk = try Self.files(in: "Fixtures", extension: "txt")
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedSamples.files.map { ($0.name, $0.text) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted(), "run scripts/embed-resources.sh")
        for (name, text) in onDisk {
            #expect(embedded[name] == text, "\(name) differs from its embedded copy: run scripts/embed-resources.sh")
        }
    }
}
