import Attribution
import ClaimTraceCore
import Claims
import Quantities
import Segmentation
import Testing

/// Attributions of every sentence of `text`, with the sentence text.
func attribute(_ text: String, author: String? = nil) -> [(String, Attribution?)] {
    let article = Article(author: author, text: text)
    let attributed = Segmenter().then(QuantityTagger()).then(SourceAttributor()).process(article)
    let bytes = Array(text.utf8)
    return zip(attributed.tagged.segmented.sentences, attributed.attributions).map { sentence, attribution in
        (String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self), attribution)
    }
}

func mention(_ a: Attribution?, in text: String) -> String? {
    guard let span = a?.sourceSpan else { return nil }
    let bytes = Array(text.utf8)
    return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
}

struct EvidenceTests {
    @Test func surveyOwnerIsTheSource() throws {
        let text = "Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey released earlier this year showed."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "Nomura Research Institute")
        #expect(a.sourceType == .organization)
        #expect(a.cue == "showed")
        #expect(a.basis == .explicit)
        #expect(mention(a, in: text) == "a Nomura Research Institute survey")
    }

    @Test func dataFromAnOwner() throws {
        let text = "Home sales fell 7 percent in May, data from the National Association of Realtors showed."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "National Association of Realtors")
        #expect(a.cue == "showed")
    }

    @Test func accordingToFiguresReleasedBy() throws {
        let a = try #require(attribute("Shipments fell 18%, according to figures released by the Ports Authority on Friday.")[0].1)
        #expect(a.source == "Ports Authority")
        #expect(a.cue == "according to")
    }

    @Test func respondentsAreNeverTheSource() {
        let result = attribute("Only 25 percent of Japanese said AI would make the economy better.")
        #expect(result[0].1 == nil)
        #expect(attribute("A majority of respondents said they did not trust the figures.")[0].1 == nil)
    }

    @Test func surveyNamedBeforeIsInherited() throws {
        let result = attribute(
            "Trust is low, an Ipsos survey of 32 countries published last June showed. Only 25 percent of Japanese said they trusted AI.")
        #expect(result[0].1?.source == "Ipsos")
        let inherited = try #require(result[1].1)
        #expect(inherited.source == "Ipsos")
        #expect(inherited.basis == .inherited)
        #expect(inherited.sourceSpan == nil)
    }

    @Test func inheritanceStopsAtTheParagraph() {
        let result = attribute("Sales rose 4 percent, the company said.\nProfits fell 2 percent.")
        #expect(result[0].1?.basis == .explicit)
        #expect(result[1].1 == nil)
    }
}

struct SpeechTests {
    @Test func titleIsSplitFromTheName() throws {
        let text = "On 18 April, Ukrainian President Volodymyr Zelinskiy announced that the army had captured two soldiers."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "Volodymyr Zelinskiy")
        #expect(a.sourceType == .person)
        #expect(a.cue == "announced")
        #expect(mention(a, in: text) == "Ukrainian President Volodymyr Zelinskiy")
    }

    @Test func surnameAndPronounResolveToTheFullName() throws {
        let text = """
            On April 19, former president Chen Shui-bian gave a speech, his first in about 17 years. \
            Chen’s words were vague. He said that democracy was at stake.
            """
        let result = attribute(text)
        let he = try #require(result[2].1)
        #expect(he.source == "Chen Shui-bian")
        #expect(he.basis == .resolved)
        #expect(mention(he, in: text) == "He")
    }

    @Test func invertedSaidWithAppositive() throws {
        let text = "\"We lose roughly 30 million litres a day,\" said Ana Ferreira, the utility's chief engineer."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "Ana Ferreira")
        #expect(a.cue == "said")
    }

    @Test func appositiveBeforeTheVerb() throws {
        let a = try #require(attribute("Helen Marsh, an agronomist at Westbrook University, said yields fell 12 percent.")[0].1)
        #expect(a.source == "Helen Marsh")
    }

    @Test func organisationsAndAnonymousSources() {
        #expect(attribute("Until now, the CCP has claimed that no troops were sent.")[0].1?.source == "CCP")
        #expect(attribute("Exports rose 3 percent, the statistics office said.")[0].1?.source == "statistics office")
        let traders = attribute("Traders said prices could climb another 10-15%.")[0].1
        #expect(traders?.sourceType == .anonymous)
        #expect(attribute("Police in the capital said 14 people were detained.")[0].1?.source == "Police")
    }

    @Test func bylineIsTheLastResort() throws {
        let result = attribute("There were 182 models from the US and 30 from China.", author: "Catherine Thorbecke")
        let a = try #require(result[0].1)
        #expect(a.source == "Catherine Thorbecke")
        #expect(a.basis == .byline)
        #expect(attribute("The weather was fine.", author: "Catherine Thorbecke")[0].1 == nil)
    }
}

struct OrganisationNameTests {
    @Test func multiWordNamesWithOf() throws {
        let a = try #require(attribute("Payrolls grew by 150,000, the Bureau of Labor Statistics said.")[0].1)
        #expect(a.source == "Bureau of Labor Statistics")
        #expect(a.sourceType == .organization)
    }
}
