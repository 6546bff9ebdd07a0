import ClaimTraceCore
import Foundation
import Readers
import TestSupport
import Testing

struct MarkupSampleTests {
    @Test func rssItemsBecomeArticlesWithHTMLStripped() throws {
        let (articles, stats) = try readAll([TestPaths.sample("feed.rss")])
        #expect(articles.count == 2)
        #expect(stats.skipped == 1)  // the empty gallery item
        #expect(articles[0].title == "Copper hits two-year high")
        #expect(articles[0].author == "Lena Fischer")
        #expect(articles[0].url == "https://news.example.com/business/copper")
        #expect(articles[0].text == "Copper rose 2.4% to $11,200 a tonne on Tuesday, its highest in two years, traders said.\nStocks in LME warehouses fell by 18,000 tonnes.")
        #expect(!articles[1].text.contains("alert"))
        #expect(articles[1].text.hasSuffix("Online sales, however, grew by 5 percent."))
    }

    @Test func aTableRowStaysOneLineWhateverItsCellsAreWrappedIn() throws {
        // Cells wrapped in divs, the first a link, as document editors export them; an empty icon cell opens the notice.
        let html = """
            <html><body><article>
            <p>Here are the sizes of app updates we measured over several weeks, before and after the new patching scheme.</p>
            <table><tr><td>Application</td><td>Original size</td><td>Patch size</td></tr>
            <tr><td><div><a href="https://play.example.com/maps">Maps</a></div></td>
            <td>
            <div>32.7 MB</div></td><td><div>17.5 MB</div><div>(-46%)</div></td></tr></table>
            <table><tr><td><img src="i.png"></td><td><div>This section needs expansion.</div></td></tr></table>
            <p>Patches are built on the server, the team said, and sent to devices overnight to save everyone's data.</p>
            </article></body></html>
            """
        let (articles, _) = try readAll([try TestPaths.temporaryFile(html, name: "cells.html")])
        let lines = try #require(articles.first).text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Maps | 32.7 MB | 17.5 MB (-46%)"))
        #expect(lines.contains("This section needs expansion."))
        #expect(lines.last == "Patches are built on the server, the team said, and sent to devices overnight to save everyone's data.")
    }

    @Test func atomEntry() throws {
        let (articles, _) = try readAll([TestPaths.sample("feed.atom")])
        #expect(articles.count == 1)
        #expect(articles[0].author == "Priya Nair")
        #expect(articles[0].url == "https://science.example.org/glaciers")
        #expect(articles[0].date == "2026-10-12T08:00:00Z")
    }

    @Test func htmlPageMainTextAndMetadata() throws {
        let (articles, _) = try readAll([TestPaths.sample("page.html")])
        let page = try #require(articles.first)
        #expect(page.title == "Harbour tolls to rise by a fifth")
        #expect(page.author == "Tom Okafor")
        #expect(page.date == "2026-09-30T07:45:00Z")
        #expect(page.url == "https://coast.example.net/harbour-tolls")
        #expect(page.text.split(separator: "\n").count == 3)
        for boilerplate in ["Subscribe", "Share this", "Related:", "Copyright", "Injected", "Sport and", "color"] {
            #expect(!page.text.contains(boilerplate), "\(boilerplate) leaked into the text")
        }
    }

    @Test func mediaWikiPagesInTheMainNamespace() throws {
        let (articles, stats) = try readAll([TestPaths.sample("wiki.xml")], format: .mediawiki)
        #expect(articles.count == 1)
        #expect(stats.skipped == 1)  // the talk page
        let text = try #require(articles.first?.text)
        #expect(text == "The regional council of Westvale approved the hydroelectric dam on Thursday by 31 votes to 12.\nThe project will cost about €2.1 billion and produce 450 MW, the council said.")
    }

    @Test func wikitextMarkupIsReducedToItsText() throws {
        let wikitext = """
            {{date|March 3, 2026}}{{Infobox|data={{nested|x}}}}
            [[File:Port.jpg|thumb|The harbour in [[Rotterdam]].]]
            The [[Port of Rotterdam|port]] handled '''436 million''' tonnes in 2025,&nbsp;down ''2 percent''.<REF name="a">{{cite}}</REF>
            Volumes fell<ref name="b"/> for a [[second year]]  in a row, [https://example.org/report the authority] said.<!-- check -->

            * Container traffic: 13.4 million TEU
            {| class="wikitable"
            | 2025 || 436
            |}
            == Sources ==
            * Port Authority, annual report
            """
        let export = """
            <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">
            <page><title>Rotterdam port volumes fall</title><ns>0</ns><id>7</id>
            <revision><id>70</id><timestamp>2026-03-03T09:00:00Z</timestamp>
            <text xml:space="preserve">\(wikitext.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</text>
            </revision></page></mediawiki>
            """
        let path = try TestPaths.temporaryFile(export, name: "port.xml")
        let (articles, _) = try readAll([path], format: .mediawiki)
        let text = try #require(articles.first?.text)
        #expect(text == """
            The port handled 436 million tonnes in 2025, down 2 percent. Volumes fell for a second year in a row, the authority said.
            Container traffic: 13.4 million TEU
            """)
    }

    @Test func reutersRecords() throws {
        let (articles, _) = try readAll([TestPaths.sample("reuters.sgm")])
        #expect(articles.map(\.id) == ["reuters21578-9001", "reuters21578-9002"])
        #expect(articles[0].title == "EXAMPLE GRAIN EXPORTS RISE")
        #expect(articles[0].date == "1987-03-03T09:12:45")
        #expect(articles[0].text.hasPrefix("KANSAS CITY, March 3 - Wheat exports rose 12 pct"))
        #expect(!articles[0].text.contains("REUTER"))
        #expect(!articles[0].text.unicodeScalars.contains { $0.value < 9 })
        #expect(articles[1].text.contains("EXAMPLE CORP <EXC> SETS QUARTERLY DIVIDEND"))
    }

    @Test func warcResponsesOnly() throws {
        let (articles, stats) = try readAll([TestPaths.sample("crawl.warc")])
        #expect(articles.count == 1)
        #expect(stats.skipped == 2)  // warcinfo and the request
        #expect(articles[0].url == "https://city.example.com/bridge")
        #expect(articles[0].text.contains("$4.2 million"))
    }

    @Test func hostileXMLNeitherHangsNorLeaks() throws {
        let start = ContinuousClock.now
        let (bomb, bombStats) = try readAll([TestPaths.sample("hostile/billion-laughs.xml")])
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(bomb.allSatisfy { !$0.text.contains("lollol") })
        #expect(bombStats.records == bomb.count + bombStats.skipped + bombStats.rejected.count)
        let (leak, _) = try readAll([TestPaths.sample("hostile/external-entity.xml")])
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-hostname-file"
        #expect(leak.allSatisfy { !$0.text.contains(hostname) })
    }
}

@Suite(.enabled(if: TestPaths.sharedExists("corpora/reuters21578"), "../shared/corpora is missing: skipped"))
struct MarkupCorpusTests {
    func corpus(_ path: String) -> String { TestPaths.shared.appendingPathComponent("corpora/" + path).path }

    @Test func reutersFileZeroHasItsThousandStories() throws {
        let (articles, stats) = try readAll([corpus("reuters21578/reut2-000.sgm.gz")])
        #expect(stats.records == 1000)
        #expect(articles.count + stats.skipped == 1000)
        // Stories with a <BODY> start with their dateline ("SALVADOR, Feb 26 - …").
        #expect(articles.filter { $0.text.prefix(60).contains(" - ") && $0.text.count > 80 }.count >= 900)
    }

    @Test(arguments: [("guardian.rss", 55), ("heise.atom", 15), ("tpm.atom", 20), ("wapowellness.xml", 29), ("iconv-windows1251.xml", 10)])
    func everyFeedItem(_ c: (String, Int)) throws {
        let (articles, stats) = try readAll([corpus("feeds/" + c.0)])
        #expect(stats.records == c.1)
        #expect(stats.rejected.isEmpty)
        #expect(articles.count >= c.1 - 3)
    }

    @Test func windows1251FeedIsDecoded() throws {
        let (articles, _) = try readAll([corpus("feeds/iconv-windows1251.xml")])
        #expect(articles.first?.title?.hasPrefix("В Бузулуке") == true)
    }

    /// Our main text against the newspaper project's hand-checked extraction of the same pages.
    @Test func htmlPagesGiveTheirBodyWithoutMenus() throws {
        let folder = corpus("html-pages/html")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".html") }.sorted()
        var precise = 0
        var compared = 0
        for name in names {
            let expectedPath = corpus("html-pages/text/" + name.replacingOccurrences(of: ".html", with: ".txt"))
            guard let expected = try? String(contentsOfFile: expectedPath, encoding: .utf8) else { continue }
            let (articles, _) = try readAll([folder + "/" + name], format: .html)
            guard let text = articles.first?.text else { continue }
            compared += 1
            let expectedWords = Set(expected.split(whereSeparator: { $0.isWhitespace }))
            let words = text.split(whereSeparator: { $0.isWhitespace })
            let inExpected = words.filter { expectedWords.contains($0) }.count
            if Double(inExpected) >= 0.8 * Double(words.count) { precise += 1 }
        }
        #expect(compared >= 30)
        #expect(Double(precise) >= 0.75 * Double(compared), "\(precise) of \(compared) pages mostly body text")
    }
}

struct EncodingTests {
    @Test func invalidUTF8InJSONLinesIsRepairedNotRejected() throws {
        let path = try TestPaths.temporaryFile("", name: "bad.jsonl")
        try Data(#"{"id": "x", "text": "Sales rose 4 percent in M"#.utf8 + [0xE4] + #"rz."}"#.utf8 + [0x0A])
            .write(to: URL(fileURLWithPath: path))
        let (articles, stats) = try readAll([path])
        #expect(stats.rejected.isEmpty)
        #expect(articles.first?.text == "Sales rose 4 percent in M\u{FFFD}rz.")
    }

    @Test func everyKindOfWhitespaceInAFeedBecomesOneSpace() throws {
        // No-break, thin, ideographic, NEL, line separator and ASCII runs; "café" and "—" stay as they are.
        let description = "Rates&#160;rose \u{2009}4.5 percent\u{3000}at the café\u{85}on Monday\u{2028}—\t\n said  the bank."
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Markets</title>
            <item><title>Rates</title><description>\(description)</description></item>
            </channel></rss>
            """
        let path = try TestPaths.temporaryFile(feed, name: "spaces.rss")
        let (articles, _) = try readAll([path])
        #expect(articles.first?.text == "Rates rose 4.5 percent at the café on Monday — said the bank.")
    }

    @Test func invalidUTF8InATextDumpIsRepaired() throws {
        let path = try TestPaths.temporaryFile("", name: "bad.txt")
        try Data("Prices rose 3 percent in ".utf8 + [0xA3, 0x35] + " terms.\n".utf8).write(to: URL(fileURLWithPath: path))
        let (articles, _) = try readAll([path])
        #expect(articles.first?.text == "Prices rose 3 percent in \u{FFFD}5 terms.")
    }
}

/// Resource bounds: hostile shapes are read within memory or rejected with a reason.
struct ResourceBoundTests {
    @Test(.timeLimit(.minutes(1)))
    func deeplyNestedHTMLIsReadWithoutRecursingForever() throws {
        let depth = 50_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Prices rose 3 percent in the nested town, the mayor said.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let path = try TestPaths.temporaryFile(html, name: "nested.html")
        let (articles, stats) = try readAll([path])
        #expect(stats.records == 1)
        #expect(articles.count + stats.skipped + stats.rejected.count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func gzipBombWithoutLineBreaksIsRejectedNotLoaded() throws {
        // 70 MB of one letter compress to about 70 KB; as one "line" it is over the 64 MiB limit.
        let plain = try TestPaths.temporaryFile("", name: "bomb.txt")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: plain))
        let chunk = Data(repeating: 0x41, count: 1 << 20)
        for _ in 0..<70 { handle.write(chunk) }
        try handle.close()
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", plain]
        try gzip.run()
        gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0, "gzip is not available")
        let (articles, stats) = try readAll([plain + ".gz"], format: .text)
        #expect(articles.isEmpty)
        #expect(stats.rejected.count == 1)
        #expect(stats.rejected.first?.reason.contains("longer than") == true)
    }
}

struct ArticleSizeLimitTests {
    @Test func anArticleOverTheLimitIsRejectedWithItsSizeAndTheRestKept() throws {
        let huge = String(repeating: "Exports rose 5 percent in March, the ministry said. ", count: 130_000)  // 6.8 MB
        let path = try TestPaths.temporaryFile(
            "Sales fell 2 percent, the company said.\n---\n" + huge + "\n---\nPrices rose 1 percent, officials said.\n",
            name: "mixed.txt")
        let (articles, stats) = try readAll([path])
        #expect(articles.count == 2)
        #expect(articles.map(\.index) == [0, 1])
        #expect(stats.rejected.count == 1)
        #expect(stats.rejected.first?.reason.contains("6 MiB limit") == true)
        #expect(stats.records == stats.articles + stats.skipped + stats.rejected.count)
    }
}
