import ArgumentParser
import Exporters

/// `claimtrace summary CLAIMS.jsonl`: the report's overview as aligned text, for batch users and CI logs.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an overview of claim records (JSON Lines from extract): totals, kinds, sources, checks, repetitions, months.")

    @Argument(help: "Claim records written by `claimtrace extract` (JSON Lines; '-' or none reads standard input).")
    var inputs: [String] = []

    func run() throws {
        var overview = Overview()
        try JSONLinesInput.forEachRecord(inputs) { overview.add(record: $0) }
        print(overview.text, terminator: "")
    }
}
