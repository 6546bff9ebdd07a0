import ClaimTraceCore
import Foundation
import Readers
import TestSupport
import Synchronization
import Testing

/// Pages written for the project in the layouts of today's news sites (stories in `<div>`s with generated
/// class names, dialogs, share bars, related lists, comments, a JS shell with JSON-LD; a story split into boxes
/// between an ad and a photo with its end behind "read more"; a post written as bulleted lists; a data table
/// that outweighs the prose around it), each with the text a reader should get. Scored with the same 4-word shingle F1 the development measure uses.
struct PageSetTests {
    static let pages = ["modern-divs", "jsonld-body", "split-story", "list-post", "table-story"]

    static func shingles(_ text: String) -> [String: Int] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        var out: [String: Int] = [:]
        guard words.count >= 4 else { return out }
        for i in 0...(words.count - 4) { out[words[i..<(i + 4)].joined(separator: " "), default: 0] += 1 }
        return out
    }

    static func f1(_ got: String, _ want: String) -> Double {
        let g = shingles(got)
        let w = shingles(want)
        let common = g.reduce(0) { $0 + min($1.value, w[$1.key] ?? 0) }
        let p = Double(common) / Double(max(1, g.values.reduce(0, +)))
        let r = Double(common) / Double(max(1, w.values.reduce(0, +)))
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func read(_ name: String) throws -> ([Article], ReadStats) {
        let stats = ReadStats()
        var source = try ArticleSource(
            paths: [TestPaths.root.appendingPathComponent("Tests/Pages/\(name).html").path], format: .html, stats: stats)
        var articles: [Article] = []
        while let a = try source.next() { articles.append(a) }
        return (articles, stats)
    }

    @Test(arguments: pages)
    func mainTextMatchesTheExpectedText(_ name: String) throws {
        let (articles, _) = try Self.read(name)
        let article = try #require(articles.first, "\(name): nothing extracted")
        let expected = try String(contentsOf: TestPaths.root.appendingPathComponent("Tests/Pages/\(name).txt"), encoding: .utf8)
        let score = Self.f1(article.text, expected)
        #expect(score >= 0.95, "\(name): shingle F1 \(score)")
        for leak in ["cookies", "Sign up", "Share on", "Most read", "Thanks for contacting", "Jim from Eastside", "All rights reserved", "Loading", "Recent posts"] {
            #expect(!article.text.contains(leak), "\(name): \(leak) leaked")
        }
    }

    @Test func linksAreKeptAndResolved() throws {
        let (articles, _) = try Self.read("modern-divs")
        let article = try #require(articles.first)
        let link = try #require(article.links.first)
        let bytes = Array(article.text.utf8)
        #expect(String(decoding: bytes[link.span.start..<link.span.end], as: UTF8.self) == "its capital plan")
        #expect(link.url == "https://ledger.example.com/docs/capital-plan-2026.pdf")
    }

    @Test func tableRowsAreLinesWithCellsApart() throws {
        let (articles, _) = try Self.read("modern-divs")
        let lines = try #require(articles.first).text.split(separator: "\n")
        #expect(lines.contains("3,000 gallons | $33.20 | $35.86"))
    }

    @Test func datesAreISOAndTheModifiedDateIsKept() throws {
        let (articles, _) = try Self.read("modern-divs")
        let article = try #require(articles.first)
        #expect(article.date == "2026-03-14T09:30:00-05:00")
        #expect(article.extra["date_modified"] == .string("2026-03-14T16:02:00-05:00"))
        let (json, _) = try Self.read("jsonld-body")
        #expect(json.first?.date == "2026-06-02T06:15:00Z")
        #expect(json.first?.author == "Lea Hoffmann")
    }

    @Test func anIndexPageIsSkippedWithAReason() throws {
        let notes = Mutex<[String]>([])
        let stats = ReadStats(onSkip: { note in notes.withLock { $0.append(note.reason) } })
        var source = try ArticleSource(
            paths: [TestPaths.root.appendingPathComponent("Tests/Pages/section-index.html").path], format: .html, stats: stats)
        #expect(try source.next() == nil)
        #expect(stats.skipped == 1)
        #expect(notes.withLock { $0.first?.hasPrefix("not an article") } == true)
    }
}
