import ClaimTraceCore
import Foundation
import Readers
import TestSupport
import Testing

func readAll(_ paths: [String], format: InputFormat = .auto) throws -> ([Article], ReadStats) {
    let stats = ReadStats()
    var source = try ArticleSource(paths: paths, format: format, stats: stats)
    var articles: [Article] = []
    while let article = try source.next() { articles.append(article) }
    return (articles, stats)
}

struct TextDumpReaderTests {
    @Test func bioLineEndsTheArticleAndNamesTheAuthor() throws {
        let path = try TestPaths.temporaryFile(
            """
            The port handled 4 million containers last year, up 6 percent.
            Ships waited an average of three days to unload.
            Jane Okoro is a Reuters correspondent covering trade and shipping.
            A new article starts here and says the harbour will be dredged this winter.
            """)
        let (articles, stats) = try readAll([path], format: .text)
        #expect(articles.count == 2)
        #expect(articles[0].author == "Jane Okoro")
        #expect(articles[0].extra["bio"] == .string("Jane Okoro is a Reuters correspondent covering trade and shipping."))
        #expect(!articles[0].text.contains("correspondent"))
        #expect(articles[1].author == nil)
        #expect(stats.articles == 2)
        #expect(articles.map(\.index) == [0, 1])
    }

    @Test func creditLinesAreKeptOutOfTheText() throws {
        let path = try TestPaths.temporaryFile(
            """
            Rents rose 8 percent in the capital last year.
            Photo: Kim Sato/Reuters
            Illustration: Yusha
            Landlords blamed higher interest rates.
            """)
        let (articles, _) = try readAll([path], format: .text)
        #expect(articles.count == 1)
        #expect(articles[0].text == "Rents rose 8 percent in the capital last year.\nLandlords blamed higher interest rates.")
        #expect(articles[0].extra["credits"] == .array([.string("Photo: Kim Sato/Reuters"), .string("Illustration: Yusha")]))
    }

    @Test func aTeaserCutOffMidSentenceEndsItsArticle() throws {
        let path = try TestPaths.temporaryFile(
            """
            The central bank held rates at 4.25 percent on Thursday, as officials weighed signs of
            Farmers in the north expect a record harvest this year, the agriculture ministry said.
            """)
        let (articles, _) = try readAll([path], format: .text)
        #expect(articles.count == 2)
        #expect(articles[0].text.hasSuffix("signs of"))
    }

    @Test func separatorsAndBylinesAndHeadlines() throws {
        let path = try TestPaths.temporaryFile(
            "Strike ends at car plant\nBy Lena Fischer\nWorkers voted 62 percent in favour of the deal.\n---\n"
                + "Second story begins with a full sentence.\u{0C}Third story after a form feed.\n")
        let (articles, _) = try readAll([path], format: .text)
        #expect(articles.count == 3)
        #expect(articles[0].title == "Strike ends at car plant")
        #expect(articles[0].author == "Lena Fischer")
        #expect(articles[0].text == "Workers voted 62 percent in favour of the deal.")
        #expect(articles[2].text == "Third story after a form feed.")
    }

    @Test func lineRulesOnTheirOwn() {
        #expect(ArticleBoundary.isCreditLine("Illustration: Yusha"))
        #expect(ArticleBoundary.isCreditLine("Photograph: Jane Doe/AFP via Getty Images"))
        #expect(!ArticleBoundary.isCreditLine("Source: the ministry said on Monday that exports fell sharply in the third quarter."))
        #expect(ArticleBoundary.bioAuthor("Catherine Thorbecke is a Bloomberg Opinion columnist covering Asia tech.") == "Catherine Thorbecke")
        #expect(ArticleBoundary.bioAuthor("Donald Trump is the founder of a media company.") == nil)
        #expect(ArticleBoundary.bylineAuthor("By Maria Lopez and Tom Okafor") == "Maria Lopez and Tom Okafor")
        #expect(ArticleBoundary.bylineAuthor("By the end of the year, prices had doubled.") == nil)
    }

    @Test(.enabled(if: TestPaths.sharedExists("seeds"), "../shared/seeds is missing: skipped"))
    func seedDumpHasFiveArticlesAndTheFirstAuthor() throws {
        let (articles, stats) = try readAll([TestPaths.seed])
        #expect(articles.count == 5)
        #expect(stats.rejected.isEmpty)
        #expect(articles[0].author == "Catherine Thorbecke")
        #expect(!articles[0].text.contains("Illustration: Yusha"))
        #expect(articles[0].extra["credits"] == .array([.string("Illustration: Yusha")]))
        #expect(articles[1].text.hasPrefix("There is much evidence"))
        #expect(articles[4].text.hasPrefix("On April 19, former president Chen Shui-bian"))
    }
}

struct JSONArticleReaderTests {
    @Test func jsonlFieldsAndNewsPleaseNames() throws {
        let (articles, stats) = try readAll([TestPaths.sample("articles.jsonl")])
        #expect(articles.count == 3)
        #expect(stats.rejected.isEmpty)
        #expect(articles[0].id == "sample-1")
        #expect(articles[0].author == "Jonas Berg")
        #expect(articles[0].url == "https://news.example.com/factory-orders")
        // The third record uses news-please's names: maintext, authors, date_publish, source_domain.
        #expect(articles[2].author == "Sam Whitaker")
        // Dates are ISO 8601 from every reader; the date as written is kept.
        #expect(articles[2].date == "2026-09-09T08:30:00")
        #expect(articles[2].extra["date_written"] == .string("2026-09-09 08:30:00"))
        #expect(articles[2].source == "localnews.example.org")
        #expect(articles[2].text.hasPrefix("More than half of small businesses"))
        #expect(articles[2].extra["language"] == .string("en"))
    }

    @Test func crawlerAuthorListsKeepOnlyNames() throws {
        let path = try TestPaths.temporaryFile(
            #"{"id": "a", "maintext": "Sales rose 5 percent.", "authors": ["Mike Snider", "Published A.M. Et Feb.", "Reuters Editorial", "Min Read"]}"#
                + "\n"
                + #"{"id": "b", "maintext": "Sales rose 5 percent.", "authors": ["Tillerson Says The U.S. Will Consider Targeted Sanctions", "Million. This", "Mark Prigg For Dailymail.Com", "Will Stewart", "Jose A. Delreal"]}"#
                + "\n"
                + #"{"id": "c", "maintext": "Sales rose 5 percent.", "authors": ["Www.Dw.Com", "Peter Blumberg", "More Stories Peter Blumberg"]}"#
                + "\n",
            name: "authors.jsonl")
        let (articles, _) = try readAll([path])
        #expect(articles.map(\.author) == ["Mike Snider, Reuters Editorial", "Mark Prigg, Will Stewart, Jose A. Delreal", "Peter Blumberg"])
    }

    @Test func brokenRecordsAreRejectedWithTheirLineAndTheRestKept() throws {
        let (articles, stats) = try readAll([TestPaths.sample("broken.jsonl")])
        #expect(articles.map(\.id) == ["good-1", "good-2"])
        #expect(stats.records == 4)
        #expect(stats.rejected.map(\.location.line) == [2, 3])
        #expect(stats.rejected[1].reason.contains("text"))
        #expect(stats.rejected[0].description.hasPrefix(TestPaths.sample("broken.jsonl") + ":2:"))
    }

    @Test func prettyPrintedNewsPleaseFileInADirectory() throws {
        let (articles, _) = try readAll([TestPaths.sample("newsplease")])
        #expect(articles.count == 1)
        #expect(articles[0].title == "Rail ridership nears pre-pandemic level")
        #expect(articles[0].author == "Erin Doyle")
        #expect(articles[0].extra["date_download"] == .string("2026-10-21 09:15:02"))
    }

    @Test func gzipInputIsReadTransparently() throws {
        let plain = try TestPaths.temporaryFile(#"{"id": "z1", "text": "Exports rose 3 percent."}"# + "\n", name: "a.jsonl")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", plain]
        try gzip.run()
        gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0, "gzip is not available")
        let (articles, _) = try readAll([plain + ".gz"])
        #expect(articles.map(\.id) == ["z1"])
        #expect(articles[0].text == "Exports rose 3 percent.")
    }

    @Test func missingTextAndNonObjectsAreRejected() throws {
        let path = try TestPaths.temporaryFile("[1, 2]\n{\"title\": \"x\"}\n\n{\"text\": \"   \"}\n", name: "odd.jsonl")
        let (articles, stats) = try readAll([path])
        #expect(articles.isEmpty)
        #expect(stats.rejected.count == 2)
        #expect(stats.skipped == 1)
    }
}

struct SniffingTests {
    @Test(arguments: [
        ("dump.jsonl.gz", "", InputFormat.jsonl),
        ("notes", "Plain words here", .text),
        ("feed", "<?xml version=\"1.0\"?><rss version=\"2.0\">", .rss),
        ("page", "<!DOCTYPE html><html>", .html),
        ("x", "  {\"text\": \"a\"}", .jsonl),
        ("reut2-000.sgm", "<!DOCTYPE lewis SYSTEM", .sgml),
    ])
    func sniff(name: String, head: String, expected: InputFormat) {
        #expect(InputFormat.sniff(name: name, head: ArraySlice(Array(head.utf8))) == expected)
    }

    @Test func missingFileIsAnInputErrorNamingIt() throws {
        var source = try ArticleSource(paths: ["/nonexistent/x.html"], format: .auto, stats: ReadStats())
        #expect {
            _ = try source.next()
        } throws: { error in
            (error as? InputError)?.file == "/nonexistent/x.html"
        }
    }
}

struct XZTests {
    @Test func xzInputIsReadTransparently() throws {
        let plain = try TestPaths.temporaryFile(#"{"id": "x1", "text": "Imports fell 2 percent."}"# + "\n", name: "b.jsonl")
        let xz = Process()
        xz.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        xz.arguments = ["xz", "-k", plain]
        xz.standardError = FileHandle.nullDevice
        guard (try? xz.run()) != nil else { return }
        xz.waitUntilExit()
        try #require(xz.terminationStatus == 0, "xz is not available")
        let (articles, _) = try readAll([plain + ".xz"])
        #expect(articles.map(\.id) == ["x1"])
        #expect(articles.first?.text == "Imports fell 2 percent.")
    }

    @Test func truncatedXZIsAnInputError() throws {
        let path = try TestPaths.temporaryFile("", name: "t.jsonl.xz")
        try Data([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04, 0xE6, 0xD6]).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { _ = try readAll([path]) }
    }
}

struct TarArchiveTests {
    /// A ustar archive of the given files (header checksums are not read, so left blank).
    static func archive(_ files: [(String, String)]) -> [UInt8] {
        var out: [UInt8] = []
        func field(_ s: String, _ width: Int) -> [UInt8] {
            Array(s.utf8.prefix(width)) + [UInt8](repeating: 0, count: max(0, width - s.utf8.count))
        }
        for (name, text) in files {
            let body = Array(text.utf8)
            var header = field(name, 100) + field("0000644", 8) + field("0000000", 8) + field("0000000", 8)
            let size = String(body.count, radix: 8)
            header += field(String(repeating: "0", count: 11 - size.count) + size, 12)
            header += field("00000000000", 12) + field("        ", 8) + [UInt8(ascii: "0")] + field("", 100)
            header += field("ustar", 6) + field("00", 2)
            header += [UInt8](repeating: 0, count: 512 - header.count)
            out += header + body + [UInt8](repeating: 0, count: (512 - body.count % 512) % 512)
        }
        return out + [UInt8](repeating: 0, count: 1024)
    }

    @Test func membersAreReadAsTheFilesTheyAre() throws {
        let bytes = Self.archive([
            ("news/a.txt", "Prices rise\n\nPrices rose 5 percent in May, the ministry said.\n"),
            ("news/sub/", ""),
            ("news/b.txt", "Exports fall\n\nExports fell 3 percent in June, officials said.\n"),
        ])
        let path = try TestPaths.temporaryFile("", name: "dump.tar")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (articles, _) = try readAll([path])
        #expect(articles.map(\.title) == ["Prices rise", "Exports fall"])
        #expect(articles.first?.location.file == path + ":news/a.txt")
        #expect(!articles.contains { $0.text.contains("ustar") })
    }

    @Test(.enabled(if: TestPaths.sharedExists("corpora/bbc-news/bbc-fulltext.tar.gz"), "../shared/corpora/bbc-news is missing: skipped"))
    func theBBCArchiveGivesEveryArticle() throws {
        let path = TestPaths.shared.appendingPathComponent("corpora/bbc-news/bbc-fulltext.tar.gz").path
        let (articles, stats) = try readAll([path])
        // 2,225 stories and the README, some stories read as two by the text reader's headline rule.
        #expect(articles.count >= 2226)
        #expect(stats.rejected.isEmpty)
        #expect(!articles.contains { $0.text.contains("0000644") || $0.text.contains("\0") })  // no header read as text
    }
}
