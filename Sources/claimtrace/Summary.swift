import ArgumentParser
import ClaimTraceCore
import Exporters
import Foundation
import Readers

/// `claimtrace summary CLAIMS.jsonl`: the report's overview as aligned text, for batch users and CI logs.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an overview of claim records (JSON Lines from extract): totals, kinds, sources, checks, repetitions, months.")

    @Argument(help: "Claim records written by `claimtrace extract` (JSON Lines; '-' or none reads standard input).")
    var inputs: [String] = []

    func run() throws {
        var overview = Overview()
        for path in inputs.isEmpty ? ["-"] : inputs {
            let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
            guard let data else {
                Console.error("\(path): cannot read; check the path")
                throw ExitCode(1)
            }
            var failure: String?
            data.withUnsafeBytes { raw in
                var start = 0
                var line = 1
                while start < raw.count, failure == nil {
                    var end = start
                    while end < raw.count, raw[end] != 0x0A { end += 1 }
                    if end > start {
                        do {
                            overview.add(record: try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[start..<end])))
                        } catch {
                            failure = "\(path):\(line): not a claim record (\(error))"
                        }
                    }
                    start = end + 1
                    line += 1
                }
            }
            if let failure {
                Console.error(failure)
                throw ExitCode(1)
            }
        }
        print(overview.text, terminator: "")
    }
}
