// Heap allocations per pipeline stage on a fixed input: the numbers the allocation budget
// (Tests/BenchInputs/allocation-budget.tsv) holds each stage to. Allocation counts, unlike timings, are the
// same on every run of the same build, so a test can check them (Tests/CLITests, AllocationBudgetTests).
//
//     claimtrace-allocs [INPUT …]          (default: Samples/articles.txt)
//
// Prints one line per stage: its name, the allocations of one pass over all articles, and per article.
// Each stage runs twice and the second pass is counted, so lazily built tables and metadata do not count.
import Attribution
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMallocCounter
import Checks
import ClaimTraceCore
import Claims
import Exporters
import Quantities
import Readers
import Segmentation
import Time

/// Allocations made while `body` runs (its second run: the first builds what is built once).
func allocations<T>(_ body: () throws -> T) rethrows -> (T, UInt64) {
    _ = try body()
    let before = ct_allocation_count()
    let result = try body()
    return (result, ct_allocation_count() - before)
}

func main() throws {
    guard ct_allocation_count() != UInt64.max else {
        print("unsupported: allocations can only be counted with the GNU C library")
        return
    }
    let paths = CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Samples/articles.txt"]
    var source = try ArticleSource(paths: paths, format: .auto, stats: ReadStats())
    var articles: [Article] = []
    while let article = try source.next() { articles.append(article) }

    let (segmented, segment) = allocations { articles.map(Segmenter().process) }
    let (tagged, tag) = allocations { segmented.map(QuantityTagger().process) }
    let (timed, time) = allocations { tagged.map(TimeTagger().process) }
    let (attributed, attribute) = allocations { timed.map(SourceAttributor().process) }
    let (checked, check) = allocations { attributed.map(FigureChecker().process) }
    let (claims, build) = allocations { checked.map(ClaimBuilder().process) }
    let (_, export) = try allocations {
        var exporter = try Exporters.make(.jsonl)
        var bytes = try exporter.begin().count
        for batch in claims { bytes += try exporter.write(batch).count }
        return bytes + (try exporter.finish().count)
    }
    print("articles\t\(articles.count)")
    for (stage, count) in [("segment", segment), ("tag quantities", tag), ("find times and periods", time),
                           ("attribute sources", attribute), ("check figures and surveys", check), ("build claims", build),
                           ("export jsonl", export)]
    {
        print("\(stage)\t\(count)\t\(count / UInt64(max(1, articles.count)))")
    }
}

do {
    try main()
} catch {
    print("claimtrace-allocs: \(error)")
    exit(2)
}
