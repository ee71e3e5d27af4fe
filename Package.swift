// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "winnow",
    products: [
        .executable(name: "winnow", targets: ["winnow"]),
        .library(name: "WinnowCore", targets: ["WinnowCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The parser core: Swift + Foundation only, no terminal code.
        .target(name: "WinnowCore"),
        // The front end without a terminal: state, update, layout, CellBuffer, themes.
        .target(name: "WinnowUI", dependencies: ["WinnowCore", "TOMLKit"]),
        // libncursesw with the wide-character API switched on (see shim.h).
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // The ncurses backend: the only code that imports CNcursesw.
        .target(name: "WinnowCurses", dependencies: ["CNcursesw", "WinnowUI"],
                swiftSettings: [.swiftLanguageMode(.v5)]),
        .executableTarget(name: "winnow", dependencies: [
            "WinnowCore", "WinnowUI", "WinnowCurses",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Prints first-frame and key-to-frame times on a 5 MB article: `swift run -c release WinnowBench`.
        .executableTarget(name: "WinnowBench", dependencies: ["WinnowUI", "WinnowCore"]),
        .testTarget(name: "WinnowCoreTests", dependencies: ["WinnowCore"]),
        .testTarget(name: "WinnowUITests", dependencies: ["WinnowUI", "WinnowCore"]),
        .testTarget(name: "WinnowCursesTests", dependencies: ["WinnowCurses", "WinnowUI"]),
        // Drives the built `winnow` binary: CLI contract, and the browser inside tmux.
        .testTarget(name: "EndToEndTests", dependencies: ["winnow", "WinnowCore"]),
    ]
)
