import ClaimTraceCore
import Claims
import Foundation
import Readers
import TestSupport
import Testing

/// Every claim of the files, through the real reader and the standard chain.
func claims(of paths: [String], allSentences: Bool = false) throws -> [Claim] {
    let stats = ReadStats()
    var source = try ArticleSource(paths: paths, format: .auto, stats: stats)
    let chain = ClaimChain.standard(ClaimOptions(allSentences: allSentences))
    var out: [Claim] = []
    while let article = try source.next() { out += chain.process(article) }
    return out
}

func quantity(_ text: String, in claims: [Claim]) -> ClaimQuantity? {
    claims.lazy.flatMap(\.quantities).first { $0.text == text }
}

/// The checks the foundation issue names, on the seed dump.
@Suite(.enabled(if: TestPaths.sharedExists("seeds"), "../shared/seeds is missing: seed checks skipped"))
struct SeedDumpTests {
    let seedClaims: [Claim]
    let allSentences: [Claim]

    init() throws {
        seedClaims = try claims(of: [TestPaths.seed])
        allSentences = try claims(of: [TestPaths.seed], allSentences: true)
    }

    @Test func fiveArticlesAndTheAuthor() {
        #expect(Set(allSentences.map(\.article.index)) == [0, 1, 2, 3, 4])
        #expect(allSentences.first?.article.author == "Catherine Thorbecke")
    }

    @Test func creditLineIsNotASentence() {
        #expect(!allSentences.contains { $0.text.contains("Illustration") })
    }

    @Test(arguments: [("9 percent", 9.0), ("39 percent", 39), ("25 percent", 25), ("72 percent", 72)])
    func percentStatistics(text: String, value: Double) throws {
        let q = try #require(quantity(text, in: seedClaims))
        #expect(q.kind == .percent)
        #expect(q.value == value)
        #expect(q.statistic)
    }

    @Test func rangeAndScale() throws {
        let range = try #require(quantity("three to five years", in: seedClaims))
        #expect(range.low == 3)
        #expect(range.high == 5)
        #expect(range.unit == "year")
        let money = try #require(quantity("trillion-dollar", in: seedClaims))
        #expect(money.value == 1e12)
        #expect(money.unit == "USD")
        #expect(money.kind == .money)
    }

    @Test(arguments: ["A4", "Taipei 101", "18 April", "2019 and 2023"])
    func notStatistics(text: String) throws {
        let q = try #require(quantity(text, in: allSentences))
        #expect(!q.statistic)
    }

    @Test func nomuraAndChen() throws {
        let nomura = try #require(seedClaims.first { $0.text.contains("Nomura") })
        #expect(nomura.attribution?.source == "Nomura Research Institute")
        #expect(nomura.attribution?.cue == "showed")
        let chen = try #require(seedClaims.first { $0.text.hasPrefix("He said that democracy") })
        #expect(chen.attribution?.source == "Chen Shui-bian")
        #expect(chen.attribution?.basis == .resolved)
        let japanese = try #require(seedClaims.first { $0.text.contains("25 percent of Japanese") })
        #expect(japanese.attribution?.source == "Ipsos")
        #expect(japanese.attribution?.basis == .inherited)
    }

    @Test func offsetsPointIntoTheArticleText() throws {
        let stats = ReadStats()
        var source = try ArticleSource(paths: [TestPaths.seed], format: .text, stats: stats)
        var texts: [Int: String] = [:]
        while let article = try source.next() { texts[article.index] = article.text }
        for claim in allSentences {
            let article = try #require(texts[claim.article.index])
            #expect(article.scalars(claim.start, claim.end) == claim.text)
            for q in claim.quantities { #expect(claim.text.scalars(q.start, q.end) == q.text) }
            if let a = claim.attribution, let s = a.start, let e = a.end, let mention = a.sourceText {
                #expect(claim.text.scalars(s, e) == mention)
            }
        }
    }
}

struct ClaimRecordTests {
    @Test func idsAreStableAndDistinct() throws {
        let first = try claims(of: [TestPaths.sample("articles.txt")])
        let second = try claims(of: [TestPaths.sample("articles.txt")])
        #expect(first.map(\.id) == second.map(\.id))
        #expect(Set(first.map(\.id)).count == first.count)
        #expect(first.allSatisfy { $0.id.count == 16 })
    }

    @Test func claimsNeedAStatisticOrANamedSource() throws {
        let path = try TestPaths.temporaryFile(
            "The mayor toured the port on Monday. Exports rose 5 percent. Officials said the harbour would be dredged.\n",
            name: "small.txt")
        let all = try claims(of: [path], allSentences: true)
        let kept = try claims(of: [path])
        #expect(all.count == 3)
        #expect(kept.map(\.text) == ["Exports rose 5 percent.", "Officials said the harbour would be dredged."])
        for claim in kept {
            let named = claim.attribution.map { $0.basis == .explicit || $0.basis == .resolved } ?? false
            #expect(claim.quantities.contains(where: \.statistic) || named)
        }
    }

    @Test func contextIsTheNeighbouringSentences() throws {
        let all = try claims(of: [TestPaths.sample("articles.jsonl")], allSentences: true)
        let first = all.filter { $0.article.index == 0 }
        #expect(first[0].contextBefore == nil)
        #expect(first[0].contextAfter == first[1].text)
        #expect(first[1].contextBefore == first[0].text)
    }

    @Test func checkworthinessRanksFiguresWithSourcesFirst() throws {
        let all = try claims(of: [TestPaths.sample("articles.jsonl")], allSentences: true)
        let withSource = try #require(all.first { $0.text.hasPrefix("Factory orders rose 2.3 percent") })
        let bare = try #require(all.first { $0.text.hasPrefix("Mayor Lena Holm said") })
        #expect(withSource.checkworthiness > bare.checkworthiness)
        #expect(all.allSatisfy { (0...1).contains($0.checkworthiness) })
    }
}

struct ClaimLinkTests {
    @Test func theLinkNextToAFigureIsInItsClaim() throws {
        let all = try claims(of: [TestPaths.root.appendingPathComponent("Tests/Pages/modern-divs.html").path])
        let claim = try #require(all.first { $0.text.contains("$310 million") })
        let link = try #require(claim.links.first)
        #expect(link.url == "https://ledger.example.com/docs/capital-plan-2026.pdf")
        #expect(claim.text.scalars(link.start, link.end) == "its capital plan")
        // Table rows are no claims; the sentences around them are.
        #expect(!all.contains { $0.text.hasPrefix("3,000 gallons |") })
        #expect(all.allSatisfy { !$0.tableRow })
    }
}
