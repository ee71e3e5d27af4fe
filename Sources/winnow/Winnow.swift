import ArgumentParser

struct Winnow: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Read scraped web articles without the spam and boilerplate around them.",
        discussion: """
            With no subcommand winnow opens its browser on the given articles (or on the sample \
            articles it ships with); when standard output is not a terminal it prints the cleaned \
            text instead. PATH is a file, a directory of article files, or - for standard input.

            Exit status: 0 all inputs fine; 1 some input failed (one line on stderr for each, the \
            others still processed); 2 bad usage.
            """,
        version: version,
        subcommands: [Browse.self, Analyze.self, Clean.self],
        defaultSubcommand: Browse.self)
}
