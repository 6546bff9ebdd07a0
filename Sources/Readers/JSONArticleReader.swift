import ClaimTraceCore

/// Reads JSON Lines articles (one object per line), and also a single JSON
/// object or array spread over many lines, which is how news-please writes
/// one article per file.
///
/// Fields: `text` (or news-please's `maintext`) is required; `id`, `title`,
/// `author` (or `authors`, a list), `date` (or `date_publish`), `url`,
/// `source` (or `source_domain`) are optional. Every other field is kept in
/// `article.extra`.
public struct JSONArticleReader {
    private var lines: LineReader
    private let stats: ReadStats
    private var pending: [Article] = []
    private var record = 0
    private var sawContent = false
    /// A whole-document JSON file larger than this is rejected, not loaded.
    public var maxDocumentBytes = 256 << 20

    public init(lines: LineReader, stats: ReadStats) {
        self.lines = lines
        self.stats = stats
    }

    public mutating func next() throws(InputError) -> Article? {
        while pending.isEmpty {
            guard let item = try lines.next() else { return nil }
            switch item {
            case .tooLong(let number, let bytes):
                record += 1
                stats.reject(
                    Rejection(
                        location: location(line: number),
                        reason: "record of \(bytes) bytes is longer than the \(lines.maxLineBytes)-byte limit"),
                    bytes: bytes)
            case .line(let bytes, let number):
                let trimmed = bytes.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
                guard let first = trimmed.first else {
                    continue
                }
                if !sawContent, first == UInt8(ascii: "{") || first == UInt8(ascii: "["), !isCompleteJSON(bytes) {
                    sawContent = true
                    try readWholeDocument(head: bytes, line: number)
                    continue
                }
                sawContent = true
                record += 1
                decodeRecord(bytes, line: number, bytes: bytes.count + 1)
            }
        }
        return pending.removeFirst()
    }

    private func location(line: Int) -> RecordLocation {
        RecordLocation(file: lines.file.name, line: line, record: record)
    }

    private func isCompleteJSON(_ bytes: ArraySlice<UInt8>) -> Bool {
        (try? JSONParser.parse(bytes)) != nil
    }

    private mutating func readWholeDocument(head: ArraySlice<UInt8>, line: Int) throws(InputError) {
        guard let rest = try lines.readRest(limit: maxDocumentBytes) else {
            record += 1
            stats.reject(
                Rejection(location: location(line: line), reason: "JSON document larger than \(maxDocumentBytes) bytes"))
            return
        }
        var document = Array(head)
        document.append(0x0A)
        document.append(contentsOf: rest)
        if head.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "[") {
            let items: [JSONValue]
            do throws(JSONParser.Failure) {
                guard case .array(let values) = try JSONParser.parse(document) else { return }
                items = values
            } catch {
                record += 1
                stats.reject(Rejection(location: location(line: line), reason: "not valid JSON (\(error))"), bytes: document.count)
                return
            }
            for item in items {
                record += 1
                accept(item, line: 0, bytes: document.count / max(1, items.count))
            }
        } else {
            record += 1
            decodeRecord(document[...], line: line, bytes: document.count)
        }
    }

    private mutating func decodeRecord(_ json: ArraySlice<UInt8>, line: Int, bytes: Int) {
        do throws(JSONParser.Failure) {
            accept(try JSONParser.parse(json), line: line, bytes: bytes)
        } catch {
            stats.reject(Rejection(location: location(line: line), reason: "not valid JSON (\(error))"), bytes: bytes)
        }
    }

    private mutating func accept(_ value: JSONValue, line: Int, bytes: Int) {
        guard case .object(var fields) = value else {
            stats.reject(Rejection(location: location(line: line), reason: "a JSON object was expected"), bytes: bytes)
            return
        }
        func take(_ keys: String...) -> JSONValue? {
            var found: JSONValue?
            for key in keys {
                if let value = fields.removeValue(forKey: key), found == nil || found == .null { found = value }
            }
            return found
        }
        let body = take("text", "maintext")
        if body == .null {
            // news-please writes `"text": null` when it found no body: nothing to read, nothing lost.
            stats.recordSkipped(bytes: bytes)
            return
        }
        guard let text = body?.stringValue else {
            stats.reject(
                Rejection(location: location(line: line), reason: "no \"text\" (or \"maintext\") string field"),
                bytes: bytes)
            return
        }
        if text.allSatisfy(\.isWhitespace) {
            stats.recordSkipped(bytes: bytes)
            return
        }
        let id: String? =
            switch take("id") {
            case .string(let s): s
            case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
            default: nil
            }
        let author: String? =
            switch take("author", "authors") {
            case .string(let s): s
            case .array(let names):
                Self.byline(names.compactMap(\.stringValue))
            default: nil
            }
        let article = Article(
            id: id, title: take("title")?.stringValue, author: author,
            date: take("date", "date_publish")?.stringValue, url: take("url")?.stringValue,
            source: take("source", "source_domain")?.stringValue, text: text, extra: fields,
            location: location(line: line))
        stats.recordArticle(bytes: bytes)
        pending.append(article)
    }
}

extension JSONArticleReader {
    /// The names of a crawler's author list, without what its scraper caught besides them: dates ("Published
    /// A.M. Et Feb."), "Min Read", headline fragments ("Tillerson Says The U.S. Will …"), web addresses, "More
    /// Stories X" (a repeat) and the outlet after "For" ("Mark Prigg For Dailymail.Com" is Mark Prigg).
    static func byline(_ entries: [String]) -> String? {
        let notInNames: Set<String> = ["says", "say", "is", "are", "was", "to", "the", "what", "when", "how", "why", "has", "have",
                                       "published", "updated", "read", "author", "stories"]
        var names: [String] = []
        for entry in entries {
            var name = entry.trimmingCharacters(in: .whitespaces)
            if let r = name.range(of: " For ") { name = String(name[..<r.lowerBound]) }
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 5, !name.contains(where: \.isNumber), !name.lowercased().contains("www."),
                !name.lowercased().contains("http"),
                !words.contains(where: { notInNames.contains($0.lowercased()) }),
                // A word that ends a sentence ("Million. This"), not an initial ("Jose A. Delreal", "K.K.") or "Jr.".
                !words.dropLast().contains(where: { $0.hasSuffix(".") && $0.count > 3 && !$0.dropLast().contains(".") })
            else { continue }
            if !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }
}
