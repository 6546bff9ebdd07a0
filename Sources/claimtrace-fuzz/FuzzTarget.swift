import ClaimTraceCore
import Claims
import Exporters
import Foundation
import Readers

/// One fuzz input through a reader (chosen by the first byte), the whole text
/// pipeline and every exporter. Any crash, hang or sanitizer report is a bug;
/// rejected records are fine. See Docs/fuzzing.md.
enum FuzzTarget {
    static let formats: [InputFormat] = [.text, .jsonl, .html, .rss, .sgml, .mediawiki, .warc, .auto]
    static let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("claimtrace-fuzz-\(ProcessInfo.processInfo.processIdentifier)").path

    static func run(_ data: Data) {
        guard let selector = data.first else { return }
        let format = formats[Int(selector) % formats.count]
        guard FileManager.default.createFile(atPath: path, contents: data.dropFirst()) else { return }
        let stats = ReadStats()
        guard var source = try? ArticleSource(paths: [path], format: format, stats: stats) else { return }
        let chain = ClaimChain.standard(ClaimOptions(allSentences: true))
        var exporters: [any ClaimExporter] = OutputFormat.byteFormats.compactMap { try? Exporters.make($0) }
        for i in exporters.indices { _ = try? exporters[i].begin() }
        while let article = try? source.next() {
            let claims = chain.process(article)
            // The offsets must point into the article text, whatever the input.
            let scalars = Array(article.text.unicodeScalars)
            for claim in claims where claim.start > claim.end || claim.end > scalars.count {
                fatalError("claim span \(claim.start)..<\(claim.end) outside an article of \(scalars.count) scalars")
            }
            for i in exporters.indices { _ = try? exporters[i].write(claims) }
        }
        for i in exporters.indices { _ = try? exporters[i].finish() }
        precondition(stats.records == stats.articles + stats.skipped + stats.rejected.count, "records unaccounted for")
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}

/// SwiftPM links an executable's entry point under this name; libFuzzer's driver does the rest.
@_cdecl("claimtrace_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Without the fuzzer: replay saved inputs (crash reproducers, the corpus) through the target.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("claimtrace-fuzz: cannot read \(path)\n".utf8))
                continue
            }
            FuzzTarget.run(data)
        }
    }
}
#endif
