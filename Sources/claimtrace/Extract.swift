import ArgumentParser
import ClaimTraceCore
import Claims
import Exporters
import Foundation
import Readers

extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read article dumps and write their claims.",
        discussion: """
            Exit status: 0 when every record was processed; 1 when records were rejected under --strict
            or nothing could be read; 64 on bad usage.
            """
    )

    @Argument(help: "Input files or directories; none or '-' reads standard input. .gz is read transparently.")
    var inputs: [String] = []

    @Option(name: .customLong("input-format"), help: "Input format (auto sniffs each file).")
    var inputFormat: InputFormat = .auto

    @Option(help: "Output format.")
    var format: OutputFormat = .jsonl

    @Option(name: [.short, .customLong("output")], help: "Output file, written atomically (default: standard output).")
    var output: String?

    @Flag(name: .customLong("all-sentences"), help: "One record per sentence, claim or not.")
    var allSentences = false

    @Option(help: "A pipeline file (YAML), e.g. Pipelines/default.yaml.")
    var pipeline: String?

    @Option(help: "Worker count (default: all cores). Output bytes never depend on it.")
    var jobs: Int?

    @Flag(help: "Fail the run (exit 1) when any input record is rejected.")
    var strict = false

    @Flag(inversion: .prefixedNo, help: "Progress on standard error (default: on when it is a terminal).")
    var progress: Bool?

    @Flag(inversion: .prefixedNo, help: "Start CSV with a UTF-8 byte-order mark for Excel (default: on for -o FILE.csv).")
    var bom: Bool?

    @Flag(help: "Print an overview of the claims (as `claimtrace summary` does) on standard error at the end.")
    var summary = false

    @Option(help: "A reviewed sheet (CSV or XLSX) or claims database from an earlier run: its status and notes are carried over by claim id.")
    var review: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if review != nil, format != .csv, format != .xlsx, format != .html, format != .sqlite {
            throw ValidationError("--review carries status and notes into a sheet, report or database; use --format csv, xlsx, html or sqlite")
        }
        if format == .sqlite, output == nil || output == "-" {
            throw ValidationError("--format sqlite writes a database file: name it with -o, e.g. -o claims.db")
        }
        if !OutputFormat.supported.contains(format) {
            throw ValidationError(
                "output format '\(format.rawValue)' is not supported by this build yet; use one of: "
                    + OutputFormat.supported.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        var config = PipelineConfig.default
        if let pipeline {
            do {
                config = try PipelineConfig.load(path: pipeline)
            } catch {
                throw ValidationError(error.description)
            }
        }
        if allSentences { config.options.allSentences = true }

        for path in inputs where path != "-" && !FileManager.default.fileExists(atPath: path) {
            Console.error("\(path): no such file or directory; check the path")
            throw ExitCode(1)
        }

        let stats = ReadStats(
            onReject: { rejection in Console.warning("\(rejection) (record skipped)") },
            onSkip: { note in Console.warning("\(note)") })
        let source: ArticleSource
        do {
            source = try ArticleSource(paths: inputs, format: inputFormat, stats: stats)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let totalBytes = source.paths.reduce(0) { sum, path in
            sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }

        // A database is written in place by its exporter; nothing goes to the byte stream.
        let sink: OutputSink
        do {
            sink = try OutputSink(path: format == .sqlite ? nil : output)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let interrupt = InterruptCleanup(sink: sink)
        defer { interrupt.cancel() }

        var reviews = Reviews()
        if let review {
            do {
                reviews = try Reviews.load(path: review)
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
        }
        let byteOrderMark = bom ?? (output?.lowercased().hasSuffix(".csv") ?? false)
        let exporter: any ClaimExporter
        do {
            exporter = try Exporters.make(format, byteOrderMark: byteOrderMark, reviews: reviews.byKey, path: output)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let writer = ClaimWriter(
            exporter: exporter, sink: sink,
            meter: ProgressMeter(enabled: progress ?? Console.stderrIsTerminal, totalBytes: totalBytes, started: started))
        if summary { writer.overview = Overview() }
        writer.collectsKeys = !reviews.rows.isEmpty
        let runner = PipelineRunner(
            stage: ClaimChain.standard(config.options), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            batchSize: config.batchSize)
        do {
            try writer.begin()
            try await runner.run(source: source) { batch in
                try writer.write(batch, stats: stats)
            }
            let orphans = reviews.rows.filter { !writer.keys.contains($0.key) }.sorted { $0.key < $1.key }
            if !orphans.isEmpty {
                Console.warning(
                    "\(orphans.count) reviewed row\(orphans.count == 1 ? "" : "s") no longer match a claim; "
                        + "kept at the end of the sheet with their notes")
                try writer.sink.write(writer.exporter.writeRows(orphans.map { _, record in
                    ReviewSheet.columns.map { column in
                        column == "notes" ? "[claim no longer found] " + (record[column] ?? "") : record[column] ?? ""
                    }
                }))
            }
            try writer.finish()
        } catch {
            writer.meter.clear()
            sink.abandon()
            Console.error("\(error)")
            throw ExitCode(1)
        }
        writer.meter.clear()
        let claimCount = writer.claimCount
        if let overview = writer.overview { FileHandle.standardError.write(Data(overview.text.utf8)) }

        let rejected = stats.rejected.count
        let failed = strict && rejected > 0
        if failed {
            sink.abandon()
        } else {
            do {
                try sink.commit()
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
        }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        Console.note(
            "\(stats.records) records read from \(source.paths.count) input\(source.paths.count == 1 ? "" : "s"): "
                + "\(stats.articles) articles, \(stats.skipped) skipped, \(rejected) rejected; "
                + "\(claimCount) claims written as \(format.rawValue) in \(String(format: "%.2f", seconds)) s"
                + (writer.inconsistentFigures > 0 ? "; \(writer.inconsistentFigures) figures failed an arithmetic check" : ""))
        if failed {
            Console.error("\(rejected) record\(rejected == 1 ? "" : "s") rejected under --strict; output not written")
            throw ExitCode(1)
        }
    }
}

/// The ordered end of the pipeline: exports each batch of claims and keeps
/// the count and the progress line.
final class ClaimWriter {
    var exporter: any ClaimExporter
    let sink: OutputSink
    var meter: ProgressMeter
    private(set) var claimCount = 0
    /// Figures an arithmetic check found inconsistent, for the run's summary.
    private(set) var inconsistentFigures = 0
    /// Counted only with `--summary`.
    var overview: Overview?
    /// Review keys of every row written, to find reviewed rows whose claim is gone (kept only when a review
    /// sheet was given: a plain run builds no key per row).
    private(set) var keys: Set<String> = []
    var collectsKeys = false

    init(exporter: any ClaimExporter, sink: OutputSink, meter: ProgressMeter) {
        self.exporter = exporter
        self.sink = sink
        self.meter = meter
    }

    func begin() throws { try sink.write(exporter.begin()) }

    func write(_ batch: [[Claim]], stats: ReadStats) throws {
        for claims in batch {
            claimCount += claims.count
            for claim in claims {
                overview?.add(claim)
                if claim.checks.contains(where: { $0.status == .inconsistent }) {
                    inconsistentFigures += Set(claim.checks.filter { $0.status == .inconsistent }.flatMap(\.quantities)).count
                }
                guard collectsKeys else { continue }
                let statistics = claim.quantities.filter(\.statistic)
                if statistics.isEmpty { keys.insert(ReviewSheet.key(claimID: claim.id, figureStart: nil)) }
                for q in statistics { keys.insert(ReviewSheet.key(claimID: claim.id, figureStart: q.start)) }
            }
            // One claim at a time: a huge article's records never sit in memory as one buffer.
            for claim in claims { try sink.write(exporter.write(CollectionOfOne(claim).map { $0 })) }
        }
        meter.update(articles: stats.articles, bytes: stats.bytes)
    }

    func finish() throws { try sink.write(exporter.finish()) }
}
