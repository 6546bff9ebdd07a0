internal import CLibXML2
import ClaimTraceCore
import Foundation

/// An XML dump streamed record by record (feeds, MediaWiki exports): each
/// element named one of `names` becomes an article, or is skipped when
/// `build` finds nothing to read in it.
struct StreamedRecords {
    let stream: XMLStream
    let stats: ReadStats
    let names: Set<String>
    let build: (xmlNodePtr) -> Article?
    private var record = 0
    private var done = false
    private var counted = 0

    /// Input bytes consumed since the last record, for `ReadStats`.
    private mutating func consumed() -> Int {
        let total = stream.bytesRead
        defer { counted = total }
        return total - counted
    }

    init?(lines: LineReader, stats: ReadStats, names: Set<String>, build: @escaping (xmlNodePtr) -> Article?) {
        guard let stream = XMLStream(lines: lines) else { return nil }
        self.stream = stream
        self.stats = stats
        self.names = names
        self.build = build
    }

    mutating func next() -> Article? {
        while !done {
            let item: Article?? = stream.next(names, build)
            guard let item else {
                done = true
                if stream.broken {
                    stats.reject(Rejection(location: location, reason: "libxml2 stopped reading after \(record) records (malformed XML or an entity-expansion bomb); the rest of the file is skipped"))
                }
                return nil
            }
            record += 1
            guard var article = item else {
                stats.recordSkipped(bytes: consumed())  // nothing to read: an empty item, a talk page, a redirect
                continue
            }
            article.location = location
            stats.recordArticle(bytes: consumed())
            return article
        }
        return nil
    }

    var location: RecordLocation { RecordLocation(file: stream.file.name, line: 0, record: record) }
}

/// RSS 2.0 and Atom feeds: one article per `<item>` or `<entry>`, streamed.
/// HTML inside descriptions and content becomes text; declared encodings
/// (e.g. windows-1251) are honoured by libxml2.
enum FeedReader {
    static func records(lines: LineReader, stats: ReadStats) -> StreamedRecords? {
        StreamedRecords(lines: lines, stats: stats, names: ["item", "entry"], build: article)
    }

    static func article(_ node: xmlNodePtr) -> Article? {
        var title: String?
        var link: String?
        var id: String?
        var date: String?
        var author: String?
        var summary = ""
        var content = ""
        for child in LibXML.elements(node) {
            let text = { LibXML.collapse(LibXML.text(child)) }
            switch LibXML.localName(child) {
            case "title": title = text()
            case "link":
                if let href = LibXML.attribute(child, "href") {
                    let rel = LibXML.attribute(child, "rel") ?? "alternate"
                    if rel == "alternate" { link = link ?? href }
                } else {
                    link = link ?? text()
                }
            case "guid", "id": id = id ?? text()
            case "pubdate", "published", "date", "updated", "issued": date = date ?? text()
            case "author", "creator":
                let name = LibXML.elements(child).first { LibXML.localName($0) == "name" }
                author = author ?? LibXML.collapse(name.map { LibXML.text($0) } ?? LibXML.text(child))
            case "description", "summary": summary = LibXML.text(child)
            case "content", "encoded":
                let body = LibXML.text(child)
                if body.count > content.count { content = body }
            default: break
            }
        }
        let page = HTMLText.fragment(content.count > summary.count ? content : summary, base: link)
        guard !page.paragraphs.isEmpty else { return nil }
        let (text, links) = page.joined
        var article = Article(id: id ?? link, title: title, author: author?.isEmpty == false ? author : nil, date: date,
                              url: link, text: text)
        article.links = links
        return article
    }
}

/// MediaWiki XML exports: one article per `<page>` in the main namespace,
/// its latest revision's wikitext reduced to plain text. Streamed.
enum MediaWikiReader {
    static func records(lines: LineReader, stats: ReadStats) -> StreamedRecords? {
        StreamedRecords(lines: lines, stats: stats, names: ["page"], build: article)
    }

    static func article(_ node: xmlNodePtr) -> Article? {
        var title: String?
        var namespace = "0"
        var id: String?
        var wikitext = ""
        var date: String?
        var redirect = false
        for child in LibXML.elements(node) {
            switch LibXML.localName(child) {
            case "title": title = LibXML.collapse(LibXML.text(child))
            case "ns": namespace = LibXML.collapse(LibXML.text(child))
            case "id": id = LibXML.collapse(LibXML.text(child))
            case "redirect": redirect = true
            case "revision":
                for field in LibXML.elements(child) {
                    switch LibXML.localName(field) {
                    case "text": wikitext = LibXML.text(field)
                    case "timestamp": date = LibXML.collapse(LibXML.text(field))
                    default: break
                    }
                }
            default: break
            }
        }
        guard namespace == "0", !redirect else { return nil }
        let paragraphs = WikiText.paragraphs(wikitext)
        guard !paragraphs.isEmpty else { return nil }
        return Article(id: id.map { "wiki-\($0)" }, title: title, date: date, text: paragraphs.joined(separator: "\n"))
    }
}

/// Reuters-21578 SGML: one article per `<REUTERS>` record. The files are not
/// well-formed XML as a whole, so each record is cut out by its tags and parsed
/// alone with libxml2 in recovery mode.
struct ReutersReader {
    private var lines: LineReader
    let stats: ReadStats
    private var record = 0

    init(lines: LineReader, stats: ReadStats) {
        self.lines = lines
        self.stats = stats
    }

    mutating func next() throws(InputError) -> Article? {
        var buffer: [UInt8] = []
        var firstLine = 0
        var inRecord = false
        while let item = try lines.next() {
            guard case .line(let bytes, let number) = item else { continue }
            if !inRecord {
                guard bytes.starts(with: "<REUTERS".utf8) else { continue }
                inRecord = true
                firstLine = number
                buffer.removeAll(keepingCapacity: true)
            }
            buffer.append(contentsOf: bytes)
            buffer.append(0x0A)
            if bytes.starts(with: "</REUTERS>".utf8) || bytes.contains(UInt8(ascii: "<")) && String(decoding: bytes, as: UTF8.self).contains("</REUTERS>") {
                record += 1
                let location = RecordLocation(file: lines.file.name, line: firstLine, record: record)
                inRecord = false
                if let article = Self.article(Self.clean(buffer), location: location) {
                    stats.recordArticle(bytes: buffer.count)
                    return article
                }
                stats.recordSkipped(bytes: buffer.count)
            }
        }
        if inRecord {
            record += 1
            stats.reject(
                Rejection(location: RecordLocation(file: lines.file.name, line: firstLine, record: record),
                          reason: "<REUTERS> record without its closing tag (file truncated?)"),
                bytes: buffer.count)
        }
        return nil
    }

    /// Drops control-character references (`&#3;`) that XML forbids.
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "&"), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "#") {
                var j = i + 2
                var value = 0
                while j < bytes.count, j < i + 6, bytes[j] >= 48, bytes[j] <= 57 {
                    value = value * 10 + Int(bytes[j] - 48)
                    j += 1
                }
                if j < bytes.count, bytes[j] == UInt8(ascii: ";"), j > i + 2, (value < 32 && value != 9 && value != 10 && value != 13) || value == 127 {
                    i = j + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    static func article(_ bytes: [UInt8], location: RecordLocation) -> Article? {
        LibXML.withXML(bytes) { root -> Article? in
            let newID = LibXML.attribute(root, "NEWID")
            var date: String?
            var title: String?
            var dateline = ""
            var body: String?
            var whole = ""
            for child in LibXML.elements(root) {
                switch LibXML.name(child) {
                case "DATE": date = isoDate(LibXML.collapse(LibXML.text(child)))
                case "TEXT":
                    whole = LibXML.text(child)  // BRIEF and UNPROC stories: the title is all there is
                    for part in LibXML.elements(child) {
                        switch LibXML.name(part) {
                        case "TITLE": title = LibXML.collapse(LibXML.text(part))
                        case "DATELINE": dateline = LibXML.collapse(LibXML.text(part))
                        case "BODY": body = LibXML.text(part)
                        default: break
                        }
                    }
                default: break
                }
            }
            var text = body.map { dateline.isEmpty ? $0 : dateline + " " + $0 } ?? whole
            text = String(text.drop(while: { $0.isWhitespace }))
            while let last = text.last, last.isWhitespace { text.removeLast() }
            if text.hasSuffix("Reuter") || text.hasSuffix("REUTER") { text.removeLast(6) }
            while let last = text.last, last.isWhitespace { text.removeLast() }
            guard !text.isEmpty else { return nil }
            return Article(id: newID.map { "reuters21578-\($0)" }, title: title, date: date, source: "Reuters",
                           text: text, location: location)
        } ?? nil
    }

    /// "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01".
    static func isoDate(_ s: String) -> String? {
        let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
        let parts = s.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count >= 4, let month = months.firstIndex(of: parts[1].uppercased()), let day = Int(parts[0]),
            parts[2].count == 4
        else { return s.isEmpty ? nil : s }
        let time = parts[3].split(separator: ".").first.map(String.init) ?? "00:00:00"
        return "\(parts[2])-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)T\(time)"
    }
}

/// One saved HTML page per file: its main text, title, author, date and URL.
struct HTMLPageReader {
    private var lines: LineReader
    let stats: ReadStats
    private var done = false
    static let maxPageBytes = 64 << 20

    init(lines: LineReader, stats: ReadStats) {
        self.lines = lines
        self.stats = stats
    }

    mutating func next() throws(InputError) -> Article? {
        guard !done else { return nil }
        done = true
        let location = RecordLocation(file: lines.file.name, line: 1, record: 1)
        guard let bytes = try lines.readRest(limit: Self.maxPageBytes) else {
            stats.reject(Rejection(location: location, reason: "HTML page larger than \(Self.maxPageBytes >> 20) MiB"))
            return nil
        }
        switch Self.read(bytes, location: location, url: nil) {
        case .article(let article):
            stats.recordArticle(bytes: bytes.count)
            return article
        case .notAnArticle(let reason):
            stats.recordSkipped(bytes: bytes.count, because: Rejection(location: location, reason: reason))
            return nil
        }
    }

    enum Page {
        case article(Article)
        case notAnArticle(String)
    }

    /// The article a page holds, or why it holds none.
    static func read(_ bytes: [UInt8], location: RecordLocation, url: String?) -> Page {
        guard let article = article(bytes, location: location, url: url) else {
            return .notAnArticle("not an article: no story text found (the page is links, navigation or scripts)")
        }
        // A page of many short lines and no sentence (forty characters or more ending in a full stop, a question
        // or a quote, or a line of 120) is an index of links, a form or an error page, not a story. A one-sentence
        // brief is a story, and so is a page of a few words: whatever text it has is kept.
        let sentence = article.text.split(separator: "\n").contains { line in
            (line.count >= 40 && (line.last.map { ".!?\"”’)。！？」".contains($0) } ?? false)) || line.count >= 120
        }
        let words = article.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        if !sentence, words >= 40 {
            return .notAnArticle("not an article: \(words) words in short lines and no sentence (an index, a form or an error page)")
        }
        return .article(article)
    }

    static func article(_ bytes: [UInt8], location: RecordLocation, url: String?) -> Article? {
        guard let page = HTMLText.page(bytes, url: url), !page.paragraphs.isEmpty else { return nil }
        let finalURL = page.url ?? url
        let (text, links) = page.joined
        var extra: [String: JSONValue] = [:]
        if let modified = page.modified { extra["date_modified"] = .string(modified) }
        var article = Article(id: finalURL, title: page.title, author: page.author, date: page.date, url: finalURL,
                              text: text, extra: extra, location: location)
        article.links = links
        return article
    }
}
