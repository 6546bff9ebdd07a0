import ClaimTraceCore

/// WARC files (.warc, .warc.gz: zlib reads the concatenated gzip members as
/// one stream), record by record. HTML responses become articles; requests,
/// metadata and other content types are skipped and counted.
struct WARCReader {
    private var lines: LineReader
    let stats: ReadStats
    private var record = 0
    static let maxRecordBytes = 64 << 20

    init(lines: LineReader, stats: ReadStats) {
        self.lines = lines
        self.stats = stats
    }

    mutating func next() throws(InputError) -> Article? {
        while true {
            // Find the next "WARC/1.x" version line.
            var versionLine = 0
            while versionLine == 0 {
                guard let item = try lines.next() else { return nil }
                if case .line(let bytes, let number) = item, bytes.starts(with: "WARC/".utf8) { versionLine = number }
            }
            record += 1
            let location = RecordLocation(file: lines.file.name, line: versionLine, record: record)
            var headers: [String: String] = [:]
            while let item = try lines.next(), case .line(let bytes, _) = item, !bytes.isEmpty {
                let line = String(decoding: bytes, as: UTF8.self)
                if let colon = line.firstIndex(of: ":") {
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
                        .trimmingCharacters(in: " \t")
                }
            }
            guard let length = headers["content-length"].flatMap({ Int($0) }), length >= 0 else {
                stats.reject(Rejection(location: location, reason: "WARC record without a valid Content-Length"))
                continue
            }
            guard length <= Self.maxRecordBytes else {
                stats.reject(Rejection(location: location, reason: "WARC record of \(length) bytes is over the \(Self.maxRecordBytes >> 20) MiB limit"))
                _ = try lines.readExactly(length)
                continue
            }
            let payload = try lines.readExactly(length)
            guard headers["warc-type"] == "response",
                headers["content-type"]?.lowercased().contains("application/http") ?? false
            else {
                stats.recordSkipped(bytes: payload.count)  // warcinfo, request, metadata, …
                continue
            }
            // An HTTP response: status line and headers, a blank line, then the body.
            guard let split = Self.headerEnd(payload) else {
                stats.reject(Rejection(location: location, reason: "HTTP response without a header end"), bytes: payload.count)
                continue
            }
            let httpHeaders = String(decoding: payload[..<split], as: UTF8.self).lowercased()
            guard httpHeaders.contains("content-type: text/html") || httpHeaders.contains("content-type:text/html")
                || httpHeaders.contains("application/xhtml")
            else {
                stats.recordSkipped(bytes: payload.count)
                continue
            }
            let body = Array(payload[(split + 4)...])
            // A crawl is mostly index and error pages: they are skipped without a word each.
            if case .article(var article) = HTMLPageReader.read(body, location: location, url: headers["warc-target-uri"]) {
                article.url = article.url ?? headers["warc-target-uri"]
                article.date = article.date ?? headers["warc-date"]
                stats.recordArticle(bytes: payload.count)
                return article
            }
            stats.recordSkipped(bytes: payload.count)
        }
    }

    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 0x0D && bytes[i + 1] == 0x0A && bytes[i + 2] == 0x0D && bytes[i + 3] == 0x0A {
            return i
        }
        return nil
    }
}
