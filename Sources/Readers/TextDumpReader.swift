import ClaimTraceCore

/// Reads a plain-text dump: one paragraph per line, several articles one
/// after another. Article boundaries are inferred:
///
/// - a line `---` or a form feed always ends an article;
/// - an author bio line ("Jane Doe is a Bloomberg Opinion columnist …") ends
///   the article and gives its author;
/// - a byline ("By Jane Doe") starts an article and gives its author;
/// - a long line cut off mid-sentence (a teaser: no closing punctuation) ends
///   the article it belongs to.
///
/// Credit and caption lines ("Illustration: Yusha", "Photo: Reuters") are
/// not prose: they are kept in `extra["credits"]`, not in the text, so they
/// never become sentences. The bio line goes to `extra["bio"]`.
public struct TextDumpReader {
    private var lines: LineReader
    private let stats: ReadStats
    private var pending: [Article] = []
    private var current = Draft()
    private var recordNumber = 0

    private struct Draft {
        var body: [String] = []
        var title: String?
        var author: String?
        var credits: [String] = []
        var bio: String?
        var firstLine = 0
        var bytes = 0
        var isEmpty: Bool { body.isEmpty && title == nil && credits.isEmpty && bio == nil && author == nil }
    }

    public init(lines: LineReader, stats: ReadStats) {
        self.lines = lines
        self.stats = stats
    }

    public mutating func next() throws(InputError) -> Article? {
        while pending.isEmpty {
            guard let item = try lines.next() else {
                finishArticle()
                break
            }
            switch item {
            case .tooLong(let number, let bytes):
                stats.reject(
                    Rejection(
                        location: RecordLocation(file: lines.file.name, line: number, record: recordNumber + 1),
                        reason: "line of \(bytes) bytes is longer than the \(lines.maxLineBytes)-byte limit; split it"),
                    bytes: bytes)
            case .line(let bytes, let number):
                consume(String(decoding: bytes, as: UTF8.self), number: number, byteCount: bytes.count + 1)
            }
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    private mutating func consume(_ raw: String, number: Int, byteCount: Int) {
        if raw.utf8.contains(0x0C) {
            // A form feed separates articles; text on either side still counts.
            let parts = raw.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                if i > 0 { finishArticle() }
                consume(String(part), number: number, byteCount: i == 0 ? byteCount : 0)
            }
            return
        }
        let line = raw.trimmingWhitespace()
        if current.isEmpty { current.firstLine = number }
        current.bytes += byteCount
        if line.isEmpty { return }
        if line == "---" {
            finishArticle()
            return
        }
        if ArticleBoundary.isCreditLine(line) {
            current.credits.append(line)
            return
        }
        if let author = ArticleBoundary.bioAuthor(line) {
            current.bio = line
            if current.author == nil { current.author = author }
            finishArticle()
            return
        }
        if let author = ArticleBoundary.bylineAuthor(line) {
            if !current.body.isEmpty { finishArticle() }
            if current.isEmpty { current.firstLine = number }
            current.author = author
            return
        }
        if current.body.isEmpty, current.title == nil, ArticleBoundary.looksLikeHeadline(line) {
            current.title = line
            return
        }
        current.body.append(line)
        if ArticleBoundary.isCutOff(line) { finishArticle() }
    }

    private mutating func finishArticle() {
        defer { current = Draft() }
        guard !current.isEmpty else { return }
        recordNumber += 1
        let location = RecordLocation(file: lines.file.name, line: current.firstLine, record: recordNumber)
        guard !current.body.isEmpty else {
            // A title or credit with no body is not an article; count it, don't lose it silently.
            stats.recordSkipped(bytes: current.bytes)
            return
        }
        var extra: [String: JSONValue] = [:]
        if !current.credits.isEmpty { extra["credits"] = .array(current.credits.map { .string($0) }) }
        if let bio = current.bio { extra["bio"] = .string(bio) }
        // One line is its own text: no second copy of a huge paragraph.
        let text = current.body.count == 1 ? current.body[0] : current.body.joined(separator: "\n")
        stats.recordArticle(bytes: current.bytes)
        pending.append(
            Article(title: current.title, author: current.author, text: text, extra: extra, location: location))
    }
}

/// The line-level rules a plain-text dump is cut by. Kept apart so they can be
/// tested on their own.
public enum ArticleBoundary {
    static let creditLabels: Set<String> = [
        "illustration", "illustrations", "photo", "photos", "photograph", "photographs", "image", "images",
        "picture", "pictures", "graphic", "graphics", "video", "credit", "credits", "caption", "photo credit",
        "image credit", "photo illustration", "file photo", "source", "sources", "chart", "map",
    ]

    /// "Illustration: Yusha", "Photo: AP", "Photograph: Jane Doe/Reuters".
    public static func isCreditLine(_ line: String) -> Bool {
        // Labels are short: look for the colon in the first few bytes only.
        guard line.utf8.prefix(24).contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":") else {
            return false
        }
        let label = line[..<colon].lowercased().trimmingWhitespace()
        guard creditLabels.contains(label) else { return false }
        let rest = line[line.index(after: colon)...]
        // A credit is short; "Source: the ministry said on Monday that …" is prose.
        return rest.split(separator: " ").count <= 8 && !rest.hasSuffix(".")
            || rest.split(separator: " ").count <= 4
    }

    // Only newsroom roles: "X is the founder of Y" is news, not a bio.
    static let bioRoles = [
        "columnist", "reporter", "correspondent", "writer", "editor", "journalist", "contributor",
        "commentator", "freelance",
    ]

    /// "Catherine Thorbecke is a Bloomberg Opinion columnist covering Asia tech." → "Catherine Thorbecke".
    public static func bioAuthor(_ line: String) -> String? {
        guard line.utf8.containsBytes(" is a".utf8) || line.utf8.containsBytes(" is the".utf8) else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 5, words.count <= 80 else { return nil }
        // The name: 2–4 capitalised words, then "is a/an" or "is the".
        var nameEnd = 0
        while nameEnd < words.count, nameEnd < 5, isNameWord(words[nameEnd]) { nameEnd += 1 }
        guard nameEnd >= 2, nameEnd + 2 < words.count, words[nameEnd] == "is" else { return nil }
        guard ["a", "an", "the"].contains(words[nameEnd + 1]) else { return nil }
        let roleWindow = words[(nameEnd + 2)..<min(words.count, nameEnd + 9)].map { $0.lowercased() }
        guard roleWindow.contains(where: { word in bioRoles.contains(where: { word.hasPrefix($0) }) }) else {
            return nil
        }
        return words[0..<nameEnd].joined(separator: " ")
    }

    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters" → the names.
    public static func bylineAuthor(_ line: String) -> String? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        var rest = String(line.dropFirst(3)).trimmingWhitespace()
        if let comma = rest.firstIndex(of: ",") { rest = String(rest[..<comma]) }
        let words = rest.split(separator: " ")
        guard (2...8).contains(words.count), !rest.hasSuffix(".") || words.last?.count ?? 0 <= 3 else { return nil }
        guard words.allSatisfy({ isNameWord($0) || $0 == "and" || $0 == "&" }) else { return nil }
        return rest
    }

    static func isNameWord(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase && word.count > 1
            && !["The", "A", "An", "This", "In", "On", "By"].contains(word)
    }

    /// A short line without closing punctuation at the start of an article.
    public static func looksLikeHeadline(_ line: String) -> Bool {
        !endsSentence(line) && wordCount(line) <= 14
    }

    /// A long line that stops mid-sentence: the dump's teaser was cut off here.
    public static func isCutOff(_ line: String) -> Bool {
        !endsSentence(line) && wordCount(line) >= 8
    }

    static func wordCount(_ line: String) -> Int {
        var count = 0
        var inWord = false
        for b in line.utf8 {
            let space = b == 0x20 || b == 0x09
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return ".!?…:;\"”’')]»".unicodeScalars.contains(last)
    }
}

extension String.UTF8View {
    /// Byte-wise substring search; Foundation's `contains` goes through NSString and is slow per line.
    func containsBytes(_ needle: String.UTF8View) -> Bool {
        let pattern = Array(needle)
        guard let first = pattern.first else { return true }
        var i = startIndex
        while let hit = self[i...].firstIndex(of: first) {
            if self[hit...].starts(with: pattern) { return true }
            i = index(after: hit)
        }
        return false
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // ASCII fast path: nearly every line only has spaces, tabs or CR around it.
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            first != 0x20, first != 0x09, last != 0x20, last != 0x09, last != 0x0D
        {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
