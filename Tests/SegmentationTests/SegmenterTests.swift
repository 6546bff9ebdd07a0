import ClaimTraceCore
import Foundation
import Readers
import Segmentation
import TestSupport
import Testing

func sentences(_ text: String) -> [String] {
    let segmented = Segmenter().process(Article(text: text))
    let bytes = Array(text.utf8)
    return segmented.sentences.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
}

struct SentenceTests {
    @Test(arguments: [
        "The U.S. Census Bureau said the population grew 0.5 percent.",
        "Dr. Helen Marsh and Mr. Tom Okafor met Gen. Ray Ode on Sept. 11 at 10 a.m. in St. Louis.",
        "J. R. R. Tolkien sold 150 million copies, and George W. Bush read them.",
        "Growth slowed to 3.5 percent from 4.1 percent, the No. 2 official said.",
        "Apple Inc. shares rose 2 percent, Acme Corp. said.",
        "He said (citing the report, p. 4) that costs rose.",
        "\"Are you sure?\" she asked.",
        "\"We will not back down!\" he shouted at the crowd.",
    ])
    func oneSentence(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func ordinaryBoundaries() {
        #expect(
            sentences("Prices rose 5 percent. Wages did not keep up! Who pays? The state.")
                == ["Prices rose 5 percent.", "Wages did not keep up!", "Who pays?", "The state."])
    }

    @Test func quoteAndBracketEndings() {
        #expect(
            sentences("\"The numbers are clear.\" The minister left. (He did not comment.) Talks resume Monday.")
                == ["\"The numbers are clear.\"", "The minister left.", "(He did not comment.)", "Talks resume Monday."])
        #expect(
            sentences("“We grew,” he said. “We will grow.”") == ["“We grew,” he said.", "“We will grow.”"])
    }

    @Test func abbreviationThatEndsASentence() {
        #expect(
            sentences("The plant is run by Acme Inc. The company employs 300 people.")
                == ["The plant is run by Acme Inc.", "The company employs 300 people."])
        #expect(
            sentences("Troops left the U.S. The withdrawal took a month.")
                == ["Troops left the U.S.", "The withdrawal took a month."])
    }

    @Test func ellipsisAndCJKStops() {
        #expect(sentences("He paused... Then he spoke.") == ["He paused...", "Then he spoke."])
        #expect(sentences("台北很熱。今天下雨。") == ["台北很熱。", "今天下雨。"])
    }

    @Test func numberedListMarkerIsNotASentence() {
        #expect(sentences("1. The first item is here.") == ["1. The first item is here."])
    }
}

struct ParagraphTests {
    func paragraphs(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Segmenter().process(Article(text: text)).paragraphs.map {
            String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    @Test func linesArePargraphsByDefault() {
        #expect(paragraphs("First one.\nSecond one.\n\n") == ["First one.", "Second one."])
    }

    @Test func blankLinesSeparateWrappedParagraphs() {
        #expect(paragraphs("A wrapped\nparagraph here.\n\nAnother\none.") == ["A wrapped\nparagraph here.", "Another\none."])
    }

    @Test func reutersIndentationStartsParagraphs() {
        let text = "SALVADOR, Feb 26 - Showers continued\nthroughout the week.\n    The dry period means\nthe crop will be late.\n    Arrivals were 155,221 bags."
        #expect(
            paragraphs(text) == [
                "SALVADOR, Feb 26 - Showers continued\nthroughout the week.", "The dry period means\nthe crop will be late.",
                "Arrivals were 155,221 bags.",
            ])
        let segmented = Segmenter().process(Article(text: text))
        #expect(segmented.sentences.map(\.paragraph) == [0, 1, 2])
        #expect(segmented.sentences.map(\.indexInParagraph) == [0, 0, 0])
    }

    @Test func aResultsTableAboveABlankLineKeepsItsLines() {
        // A blank line sets off the note; the table's indented lines are still rows of their own.
        let text = "WASHINGTON, Feb 26 - Shr 27 cts vs 29 cts\n    Net 13,555,000 vs 14,635,000\n    Revs 104,606,000 vs 110,311,000\n   \n"
            + "    NOTE: latest 12 mths net includes gain 46 cts per share for\nsale of its service territory."
        #expect(
            paragraphs(text) == [
                "WASHINGTON, Feb 26 - Shr 27 cts vs 29 cts", "Net 13,555,000 vs 14,635,000", "Revs 104,606,000 vs 110,311,000",
                "NOTE: latest 12 mths net includes gain 46 cts per share for\nsale of its service territory.",
            ])
    }
}

struct OffsetTests {
    /// Every sentence span, read back as Unicode scalars, is the sentence text.
    func checkInvariant(_ article: Article) -> Int {
        let segmented = Segmenter().process(article)
        let bytes = Array(article.text.utf8)
        let scalars = Array(article.text.unicodeScalars)
        var bad = 0
        var bytePosition = 0
        var scalarPosition = 0
        for sentence in segmented.sentences {
            // Scalars start at every byte that is not a UTF-8 continuation byte (10xxxxxx).
            scalarPosition += bytes[bytePosition..<sentence.span.start].filter { $0 & 0xC0 != 0x80 }.count
            bytePosition = sentence.span.start
            let fromBytes = String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self)
            let length = fromBytes.unicodeScalars.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[scalarPosition..<min(scalars.count, scalarPosition + length)])
            if String(view) != fromBytes || fromBytes.isEmpty { bad += 1 }
        }
        return bad
    }

    @Test func mixedScriptsEmojiCombiningMarksAndCRLF() {
        let text = "Taipei’s Daan (大安) district grew 3%. Café owners 👋 cheered.\r\nSe\u{301}oul rents rose.\tTokyo’s fell."
        let article = Article(text: text)
        #expect(checkInvariant(article) == 0)
        #expect(Segmenter().process(article).sentences.count == 4)
    }

    @Test(.enabled(if: TestPaths.sharedExists("corpora/news-please-json/articles"),
                   "../shared/corpora/news-please-json is missing: skipped"))
    func newsPleaseCorpusKeepsTheInvariant() throws {
        let stats = ReadStats()
        var source = try ArticleSource(
            paths: [TestPaths.shared.appendingPathComponent("corpora/news-please-json/articles").path], format: .jsonl,
            stats: stats)
        var articles = 0
        var bad = 0
        var longest = 0
        while let article = try source.next() {
            articles += 1
            bad += checkInvariant(article)
            for s in Segmenter().process(article).sentences { longest = max(longest, s.span.count) }
        }
        #expect(articles >= 400)
        #expect(bad == 0)
        #expect(longest < 5000)
    }
}
