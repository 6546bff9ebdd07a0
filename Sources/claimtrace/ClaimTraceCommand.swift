import ArgumentParser

@main
struct ClaimTraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimtrace",
        abstract: "Turn news article dumps into claims a person can check.",
        discussion: """
            Every statistic in the articles is pulled out with its normalised value, the source it rests on,
            and its exact place in the article. See Docs/ and README.md.
            """,
        version: "0.1.0",
        subcommands: [Extract.self, Group.self, Summary.self, Bench.self, Rules.self]
    )
}
