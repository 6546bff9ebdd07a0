import ClaimTraceCore
import Foundation
import Readers
import Segmentation
import TestSupport
import Testing

/// Sentence-boundary rules in news phrasing: each text and the sentences a careful reader would cut it into.
struct BoundaryRuleTests {
    static let cases: [(String, [String])] = [
        ("The vote passed. Turnout was low.", ["The vote passed.", "Turnout was low."]),
        ("Will rates fall? Analysts doubt it.", ["Will rates fall?", "Analysts doubt it."]),
        ("The crowd roared! The match was over.", ["The crowd roared!", "The match was over."]),
        ("The report was written by Maria T. Delgado.", ["The report was written by Maria T. Delgado."]),
        ("The figures are on p. 12 of the filing.", ["The figures are on p. 12 of the filing."]),
        ("Were Ortiz and co. at the hearing?", ["Were Ortiz and co. at the hearing?"]),
        ("The deal went to Barnes, Hale & Co. at dawn.", ["The deal went to Barnes, Hale & Co. at dawn."]),
        ("Ask Ortiz and co. They know the numbers.", ["Ask Ortiz and co.", "They know the numbers."]),
        ("The deal went to Barnes, Hale & Co. It closed on Friday.", ["The deal went to Barnes, Hale & Co.", "It closed on Friday."]),
        ("Climbers can see Mt. Kenya from the camp.", ["Climbers can see Mt. Kenya from the camp."]),
        ("St. Paul's Cathedral is on Ludgate Hill.", ["St. Paul's Cathedral is on Ludgate Hill."]),
        ("That was Cal Ripken Jr.'s last game.", ["That was Cal Ripken Jr.'s last game."]),
        ("She moved to the U.S.A. last spring.", ["She moved to the U.S.A. last spring."]),
        ("Talks resumed in the E.U. What happens next is unclear.", ["Talks resumed in the E.U.", "What happens next is unclear."]),
        ("Troops returned to the U.S. The mission had lasted a year.", ["Troops returned to the U.S.", "The mission had lasted a year."]),
        ("He joined the U.S. Army in 1990.", ["He joined the U.S. Army in 1990."]),
        ("She has worked in the U.S. for a decade.", ["She has worked in the U.S. for a decade."]),
        ("The fund holds $250.75 per share.", ["The fund holds $250.75 per share."]),
        ("The fund holds $250.75. It was $240 a year ago.", ["The fund holds $250.75.", "It was $240 a year ago."]),
        ("The minister (who had served since 2019.) resigned today.", ["The minister (who had served since 2019.) resigned today."]),
        ("Write to press.office@example.org. Replies take a day.", ["Write to press.office@example.org.", "Replies take a day."]),
        ("Details are at https://news.example.com/a/b.html. Read them first.", ["Details are at https://news.example.com/a/b.html.", "Read them first."]),
        ("He looked up, 'That is final.' she recalled.", ["He looked up, 'That is final.' she recalled."]),
        ("He looked up, \"That is final.\" she recalled.", ["He looked up, \"That is final.\" she recalled."]),
        ("He looked up, \"That is final.\" Then he left the room.", ["He looked up, \"That is final.\"", "Then he left the room."]),
        ("Goal!! The stadium erupted.", ["Goal!!", "The stadium erupted."]),
        ("Anyone there?? The line went dead.", ["Anyone there??", "The line went dead."]),
        ("Really!? The result stunned the room.", ["Really!?", "The result stunned the room."]),
        ("1. Rates rise. 2. Prices fall.", ["1. Rates rise.", "2. Prices fall."]),
        ("1.) Rates rise 2.) Prices fall", ["1.) Rates rise", "2.) Prices fall"]),
        ("1.) Rates rise. 2.) Prices fall.", ["1.) Rates rise.", "2.) Prices fall."]),
        ("1) Rates rise 2) Prices fall", ["1) Rates rise", "2) Prices fall"]),
        ("1) Rates rise. 2) Prices fall.", ["1) Rates rise.", "2) Prices fall."]),
        ("1. Rates rise 2. Prices fall", ["1. Rates rise", "2. Prices fall"]),
        ("• 9. Rates rise • 10. Prices fall", ["• 9. Rates rise", "• 10. Prices fall"]),
        ("a. Rates rise b. Prices fall c. Wages stall", ["a. Rates rise", "b. Prices fall", "c. Wages stall"]),
        ("Growth hit 2 percent in 2019. 3 Percent is the target.", ["Growth hit 2 percent in 2019.", "3 Percent is the target."]),
        ("Shares of Yahoo! in Tokyo rose 3 percent.", ["Shares of Yahoo! in Tokyo rose 3 percent."]),
        ("The team was strong, you and I. Did Albert I. Jones agree?", ["The team was strong, you and I.", "Did Albert I. Jones agree?"]),
        ("She paused... Then the vote was read out.", ["She paused...", "Then the vote was read out."]),
        ("He was, well... not sure what to say.", ["He was, well... not sure what to say."]),
        ("Gov. Gavin Newsom of Sacramento, Calif. said 3 percent.", ["Gov. Gavin Newsom of Sacramento, Calif. said 3 percent."]),
        ("It was founded in Sacramento, Calif. The firm now employs 200.", ["It was founded in Sacramento, Calif.", "The firm now employs 200."]),
        // A dateline in capitals keeps its "ST."; the paper's "FT." closing a sentence does not go on.
        ("ST. LOUIS, April 1 - Peabody said it completed the purchase.", ["ST. LOUIS, April 1 - Peabody said it completed the purchase."]),
        ("The plan was first reported by the FT. Shares rose 2 pct.", ["The plan was first reported by the FT.", "Shares rose 2 pct."]),
        ("The case is Smith vs. Jones. A ruling is due in May.", ["The case is Smith vs. Jones.", "A ruling is due in May."]),
        ("Trading opened at 9 a.m. on Monday.", ["Trading opened at 9 a.m. on Monday."]),
        ("At 7 a.m. Mr. Ode opened the polls. Counting ended at 11 P.M. Mr. Ode then declared the result.",
         ["At 7 a.m. Mr. Ode opened the polls.", "Counting ended at 11 P.M.", "Mr. Ode then declared the result."]),
        ("The vote is at 10 a.m. Friday in the town hall.", ["The vote is at 10 a.m. Friday in the town hall."]),
        ("The depot is at N°. 1026.253.553. That is where the trucks wait.",
         ["The depot is at N°. 1026.253.553.", "That is where the trucks wait."]),
        ("He said it was fine . . . but nobody believed him.", ["He said it was fine . . . but nobody believed him."]),
        ("I was not sure . . . I did not mean it.", ["I was not sure . . . I did not mean it."]),
        ("The figures were incomplete . . . . Analysts asked for more.", ["The figures were incomplete . . . .", "Analysts asked for more."]),
        ("The report was released in a\nhurry on Friday.", ["The report was released in a\nhurry on Friday."]),
        ("Trade figures\nmarket reports\nweather", ["Trade figures", "market reports", "weather"]),
        ("Version 2.3.1 fixed the flaw. Users should update.", ["Version 2.3.1 fixed the flaw.", "Users should update."]),
        ("TOKYO, March 3 (Reuters) - Japan's exports rose 5 pct in February, the ministry said.",
         ["TOKYO, March 3 (Reuters) - Japan's exports rose 5 pct in February, the ministry said."]),
        ("“Prices will rise,” said Dr. Ana Ruiz. “We are ready.”", ["“Prices will rise,” said Dr. Ana Ruiz.", "“We are ready.”"]),
        ("The No. 2 official quit. His deputy, Lt. Col. Ray Ode, stays.", ["The No. 2 official quit.", "His deputy, Lt. Col. Ray Ode, stays."]),
        ("Sales rose 4%. Costs fell 2%.", ["Sales rose 4%.", "Costs fell 2%."]),
        ("Output hit 1.5 mln bpd in Jan. The cartel met in Feb. 2023.", ["Output hit 1.5 mln bpd in Jan.", "The cartel met in Feb. 2023."]),
        ("The dollar fell 3 pct. Corrigan said banks were calm.", ["The dollar fell 3 pct.", "Corrigan said banks were calm."]),
        ("Profit was 40 mln dlrs. Analysts had expected 35 mln.", ["Profit was 40 mln dlrs.", "Analysts had expected 35 mln."]),
        ("台北市長說：「預算增加了。」明天投票。", ["台北市長說：「預算增加了。」", "明天投票。"]),
        ("東京は晴れ。大阪は雨。", ["東京は晴れ。", "大阪は雨。"]),
        ("बारिश हुई। स्कूल बंद रहे।", ["बारिश हुई।", "स्कूल बंद रहे।"]),
    ]

    @Test(arguments: cases) func boundaries(_ c: (String, [String])) {
        #expect(sentences(c.0) == c.1)
    }
}

/// Real dumps: every sentence's offsets read back as its text, and no runaway sentences.
@Suite(.enabled(if: TestPaths.sharedExists("corpora/bench/news.jsonl.gz"), "../shared/corpora/bench is missing: skipped"))
struct CorpusSegmentationTests {
    @Test func reutersAndBBCSample() throws {
        let stats = ReadStats()
        var source = try ArticleSource(
            paths: [TestPaths.shared.appendingPathComponent("corpora/bench/news.jsonl.gz").path], format: .jsonl,
            stats: stats)
        var checked = 0
        var bad = 0
        var longest = 0
        var seen = 0
        while let article = try source.next(), article.index < 24_501 {
            seen += 1
            // Every 12th article: a spread over Reuters, BBC, Wikinews and news-please, fast in a debug build.
            guard seen % 12 == 0 else { continue }
            checked += 1
            bad += OffsetTests().checkInvariant(article)
            for sentence in Segmenter().process(article).sentences { longest = max(longest, sentence.span.count) }
        }
        #expect(checked > 2000)
        #expect(bad == 0)
        #expect(longest <= 1000 * 4, "longest sentence \(longest) bytes")
    }
}

struct LongParagraphTests {
    /// An unbalanced "(" early in a very long paragraph once made every later period look
    /// for a closing bracket: quadratic. The time limit only catches a regression of that kind.
    @Test(.timeLimit(.minutes(1)))
    func unbalancedBracketInAHugeParagraph() {
        let sentence = "Exports rose 5 percent in March, the ministry said. "
        let text = "Officials (who asked not to be named said. " + String(repeating: sentence, count: 40_000)
        let segmented = Segmenter().process(Article(text: text))
        #expect(segmented.paragraphs.count == 1)
        #expect(segmented.sentences.count == 40_001)
    }
}

/// Every sentence of every bundled sample: its offsets read back as its text.
struct SampleOffsetTests {
    @Test func everySampleKeepsTheOffsetInvariant() throws {
        let folder = TestPaths.root.appendingPathComponent("Samples").path
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { !$0.hasSuffix("/") }.sorted()
            .map { folder + "/" + $0 }.filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
        var articles = 0
        for file in files {
            var source = try ArticleSource(paths: [file], format: .auto, stats: ReadStats())
            while let article = try source.next() {
                articles += 1
                #expect(OffsetTests().checkInvariant(article) == 0, "\(file)")
            }
        }
        #expect(articles >= 15)
    }
}
