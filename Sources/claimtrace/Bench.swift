import ArgumentParser
import Attribution
import ClaimTraceCore
import Claims
import Exporters
import Foundation
import Quantities
import Readers
import Segmentation
import Time
import Checks

/// `claimtrace bench`: speed and memory of each stage and of the whole run,
/// measured in this process and printed, never asserted. See Docs/benchmarks.md.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure MB/s per stage and end to end, peak memory, and the ratio to a plain read-and-parse.")

    @Argument(help: "Input files or directories (default: the bundled Samples/articles.txt).")
    var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Input format (auto sniffs each file).")
    var inputFormat: InputFormat = .auto

    @Option(help: "Read the input this many times over (e.g. to make the seed dump big enough to time).")
    var `repeat`: Int = 1

    @Option(help: "Workers for the parallel end-to-end run (default: all cores).")
    var jobs: Int?

    @Option(help: "Output format for the end-to-end runs.")
    var format: OutputFormat = .jsonl

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
        if format == .sqlite { throw ValidationError("bench measures byte formats; time a database run with `time claimtrace extract --format sqlite -o FILE`") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let paths = inputs.isEmpty ? ["Samples/articles.txt"] : inputs
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        print("claimtrace bench: \(paths.joined(separator: " ")) × \(`repeat`), \(jobs) jobs, format \(format.rawValue)")

        // End to end first, streaming, so peak memory is that of a real run.
        let parallel = try await endToEnd(paths: paths, jobs: jobs)
        let rssStreaming = peakResidentMegabytes()
        let single = try await endToEnd(paths: paths, jobs: 1)

        // Then each stage alone, over articles held in memory.
        let (articles, readSeconds) = try timed {
            var articles: [Article] = []
            var source = try RepeatedSource(paths: paths, format: inputFormat, stats: ReadStats(), times: `repeat`)
            while let article = try source.next() { articles.append(article) }
            return articles
        }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        let inputBytes = parallel.inputBytes

        let (segmented, segmentSeconds) = timed { articles.map(Segmenter().process) }
        let (tagged, tagSeconds) = timed { segmented.map(QuantityTagger().process) }
        let (timedArticles, timeSeconds) = timed { tagged.map(TimeTagger().process) }
        let (attributed, attributeSeconds) = timed { timedArticles.map(SourceAttributor().process) }
        let (checked, checkSeconds) = timed { attributed.map(FigureChecker().process) }
        let (claims, claimSeconds) = timed { checked.map(ClaimBuilder().process) }
        let (exported, exportSeconds) = try timed {
            var exporter = try Exporters.make(format)
            var exported = try exporter.begin().count
            for batch in claims { exported += try exporter.write(batch).count }
            return exported + (try exporter.finish().count)
        }

        let mb = Double(bytes) / 1_000_000
        let inputMB = Double(inputBytes) / 1_000_000
        func row(_ name: String, _ megabytes: Double, _ seconds: Double, _ note: String = "") {
            let rate = seconds > 0 ? megabytes / seconds : .infinity
            let label = name.padding(toLength: 28, withPad: " ", startingAt: 0)
            print("  \(label)" + String(format: " %9.3f s %10.1f MB/s  ", seconds, rate) + note)
        }
        print("input: \(articles.count) articles, \(String(format: "%.1f", inputMB)) MB read, "
            + "\(String(format: "%.1f", mb)) MB of article text, \(claims.reduce(0) { $0 + $1.count }) claims")
        print("stages (one core, text MB/s):")
        row("read + parse (the floor)", inputMB, readSeconds, "input MB/s")
        row("segment", mb, segmentSeconds)
        row("tag quantities", mb, tagSeconds)
        row("find times and periods", mb, timeSeconds)
        row("attribute sources", mb, attributeSeconds)
        row("check figures and surveys", mb, checkSeconds)
        row("build claims", mb, claimSeconds)
        row("export \(format.rawValue)", mb, exportSeconds, "\(exported) bytes")
        print("end to end (streamed, input MB/s):")
        row("--jobs 1", inputMB, single.seconds)
        row("--jobs \(jobs)", inputMB, parallel.seconds)
        let floor = inputMB / readSeconds
        print(String(format: "  speedup %d jobs over 1: %.2f×", jobs, single.seconds / parallel.seconds))
        print(String(format: "  ratio to the floor: %.2f (end-to-end %d jobs %.1f MB/s vs read + parse %.1f MB/s)",
                     (inputMB / parallel.seconds) / floor, jobs, inputMB / parallel.seconds, floor))
        print("  output identical for 1 and \(jobs) jobs: \(single.hash == parallel.hash ? "yes" : "NO") "
            + "(\(parallel.outputBytes) bytes, FNV-1a \(String(parallel.hash, radix: 16)))")
        print(String(format: "peak RSS: %.1f MB after the streamed run, %.1f MB with everything held in memory",
                     rssStreaming, peakResidentMegabytes()))
    }

    struct RunResult {
        var seconds: Double
        var inputBytes: Int
        var outputBytes: Int
        var hash: UInt64
    }

    func endToEnd(paths: [String], jobs: Int) async throws -> RunResult {
        let stats = ReadStats()
        let source = try RepeatedSource(paths: paths, format: inputFormat, stats: stats, times: `repeat`)
        let runner = PipelineRunner(stage: ClaimChain.standard(), jobs: jobs)
        let counter = ByteCounter(exporter: try Exporters.make(format))
        let started = ContinuousClock.now
        try counter.add(counter.exporter.begin())
        try await runner.run(source: source) { batch in
            for claims in batch { try counter.add(counter.exporter.write(claims)) }
        }
        try counter.add(counter.exporter.finish())
        return RunResult(seconds: seconds(since: started), inputBytes: stats.bytes, outputBytes: counter.count,
                         hash: counter.hash)
    }

    func seconds(since start: ContinuousClock.Instant) -> Double { (ContinuousClock.now - start) / .seconds(1) }

    /// The result of `body` and how many seconds it took.
    func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let result = try body()
        return (result, seconds(since: start))
    }
}

/// Counts and hashes the exported bytes instead of writing them.
final class ByteCounter {
    var exporter: any ClaimExporter
    private(set) var count = 0
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    init(exporter: any ClaimExporter) { self.exporter = exporter }

    func add(_ bytes: [UInt8]) {
        count += bytes.count
        hash = StableHash.fnv1a(bytes, seed: hash)
    }
}

/// The same inputs read `times` times over, as one stream.
struct RepeatedSource: RecordSource {
    let paths: [String]
    let format: InputFormat
    let stats: ReadStats
    var remaining: Int
    var current: ArticleSource
    var index = 0

    init(paths: [String], format: InputFormat, stats: ReadStats, times: Int) throws {
        self.paths = paths
        self.format = format
        self.stats = stats
        remaining = times - 1
        current = try ArticleSource(paths: paths, format: format, stats: stats)
    }

    mutating func next() throws -> Article? {
        while true {
            if var article = try current.next() {
                article.index = index
                index += 1
                return article
            }
            guard remaining > 0 else { return nil }
            remaining -= 1
            current = try ArticleSource(paths: paths, format: format, stats: stats)
        }
    }
}

/// The process's peak resident set so far, in MB (Linux reports kilobytes).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}
