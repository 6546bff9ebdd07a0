import ClaimTraceCore
import Foundation

/// Input formats of the command-line contract.
public enum InputFormat: String, CaseIterable, Sendable {
    case auto, text, jsonl, html, rss, sgml, mediawiki, warc

    /// Formats this build can read.
    public static let supported: [InputFormat] = allCases

    /// Picks a format from the file name, then from the first bytes.
    public static func sniff(name: String, head: ArraySlice<UInt8>) -> InputFormat {
        var base = name.lowercased()
        for suffix in [".gz", ".xz"] where base.hasSuffix(suffix) { base.removeLast(suffix.count) }
        if base.hasSuffix(".jsonl") || base.hasSuffix(".ndjson") || base.hasSuffix(".json") { return .jsonl }
        if base.hasSuffix(".txt") || base.hasSuffix(".text") { return .text }
        if base.hasSuffix(".html") || base.hasSuffix(".htm") { return .html }
        if base.hasSuffix(".sgm") || base.hasSuffix(".sgml") { return .sgml }
        if base.hasSuffix(".warc") { return .warc }
        if base.hasSuffix(".rss") || base.hasSuffix(".atom") { return .rss }
        let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .jsonl
        case UInt8(ascii: "<"):
            let prefix = String(decoding: head, as: UTF8.self).lowercased()
            if prefix.contains("<rss") || prefix.contains("<feed") { return .rss }
            if prefix.contains("<mediawiki") { return .mediawiki }
            if prefix.contains("<reuters") || prefix.contains("<!doctype lewis") { return .sgml }
            return .html
        default:
            if String(decoding: head.prefix(8), as: UTF8.self).hasPrefix("WARC/") { return .warc }
            return .text
        }
    }
}

/// All input files of a run, read one after another as one stream of
/// articles (a ``RecordSource`` for the pipeline runner). Articles are
/// numbered in input order.
public struct ArticleSource: RecordSource {
    public let paths: [String]
    public let format: InputFormat
    public let stats: ReadStats
    /// Larger articles are rejected (see `next()`): 6 MiB of text, about 200 MB of claims at worst.
    public var maxArticleBytes = 6 << 20
    private var nextPath = 0
    private var reader: Reader?
    private var index = 0

    private indirect enum Reader {
        /// One file's reader (text, JSON, feed, SGML, HTML, WARC).
        case file(any ArticleReading)
        /// A tar archive: its members one after another, each through the reader its name picks.
        case tar(TarMembers, Reader?)
    }

    /// `paths` empty or `["-"]` reads standard input. Directories are walked
    /// (files in name order, hidden files skipped).
    public init(paths: [String], format: InputFormat, stats: ReadStats) throws(InputError) {
        self.paths = try Self.expand(paths.isEmpty ? ["-"] : paths)
        self.format = format
        self.stats = stats
        if !InputFormat.supported.contains(format) {
            throw InputError(
                file: self.paths.first ?? "-",
                message: "input format '\(format.rawValue)' is not supported by this build; use one of "
                    + InputFormat.supported.map(\.rawValue).joined(separator: ", "))
        }
    }

    static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                guard let names = try? fm.subpathsOfDirectory(atPath: path) else {
                    throw InputError(file: path, message: "cannot list the directory")
                }
                for name in names.sorted() where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    let full = (path as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { result.append(full) }
                }
            } else {
                result.append(path)
            }
        }
        return result
    }

    public mutating func next() throws -> Article? {
        while true {
            if reader == nil {
                guard nextPath < paths.count else { return nil }
                let path = paths[nextPath]
                nextPath += 1
                reader = try open(path)
            }
            guard var article = try Self.next(from: &reader, format: format, stats: stats) else {
                reader = nil
                continue
            }
            if article.text.utf8.count > maxArticleBytes {
                // Claims of one article are built together (up to ~35 bytes per byte of text); past this
                // size one article alone would break the memory bound. No real news story comes near it.
                stats.reclassifyAsRejected(
                    Rejection(
                        location: article.location,
                        reason: "article text of \(article.text.utf8.count >> 20) MiB is over the \(maxArticleBytes >> 20) MiB "
                            + "limit for one article; split it into articles or paragraphs"))
                continue
            }
            // Dates as ISO 8601 from every reader; the date as written stays in `extra`.
            if let written = article.date {
                let iso = ISODate.normalize(written)
                if iso != written { article.extra["date_written"] = .string(written) }
                article.date = iso
            }
            article.index = index
            index += 1
            return article
        }
    }

    /// The next article of `reader`, nil (and `reader` nil) when it is done.
    private static func next(from reader: inout Reader?, format: InputFormat, stats: ReadStats) throws -> Article? {
        switch reader {
        case .file(var r):
            defer { reader = .file(r) }
            return try r.next()
        case .tar(var members, var inner):
            defer { reader = .tar(members, inner) }
            while true {
                if inner == nil {
                    guard let member = try members.next() else { return nil }
                    inner = try open(InputFile(name: member.name, bytes: member.bytes), format: format, stats: stats)
                }
                if let article = try next(from: &inner, format: format, stats: stats) { return article }
                inner = nil
            }
        case nil:
            return nil
        }
    }

    private func open(_ path: String) throws(InputError) -> Reader {
        try Self.open(InputFile(path: path), format: format, stats: stats)
    }

    private static func open(_ file: InputFile, format: InputFormat, stats: ReadStats) throws(InputError) -> Reader {
        let path = file.name
        var lines = LineReader(file: file)
        let head = try lines.peek(count: 4096)
        // A tar archive ("ustar" at offset 257 of its first header), compressed or not.
        if head.count >= 263, Array(head[(head.startIndex + 257)..<(head.startIndex + 262)]) == Array("ustar".utf8) {
            return .tar(TarMembers(lines: lines, archive: path, stats: stats), nil)
        }
        var chosen = format
        if chosen == .auto {
            chosen = InputFormat.sniff(name: path, head: head)
        }
        switch chosen {
        case .text, .auto: return .file(TextDumpReader(lines: lines, stats: stats))
        case .jsonl: return .file(JSONArticleReader(lines: lines, stats: stats))
        case .sgml: return .file(ReutersReader(lines: lines, stats: stats))
        case .html: return .file(HTMLPageReader(lines: lines, stats: stats))
        case .warc: return .file(WARCReader(lines: lines, stats: stats))
        case .rss, .mediawiki:
            let records = chosen == .rss ? FeedReader.records(lines: lines, stats: stats) : MediaWikiReader.records(lines: lines, stats: stats)
            guard let records else { throw InputError(file: file.name, message: "libxml2 could not start reading") }
            return .file(records)
        }
    }
}

/// What every file reader does: the next article of its file, nil at the end.
protocol ArticleReading {
    mutating func next() throws -> Article?
}

extension TextDumpReader: ArticleReading {}
extension JSONArticleReader: ArticleReading {}
extension StreamedRecords: ArticleReading {}
extension ReutersReader: ArticleReading {}
extension HTMLPageReader: ArticleReading {}
extension WARCReader: ArticleReading {}
