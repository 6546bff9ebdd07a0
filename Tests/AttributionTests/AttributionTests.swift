import Attribution
import ClaimTraceCore
import Claims
import Quantities
import Segmentation
import Time
import Testing

/// The attribution of every sentence of `text` (the source of its first figure, else its first source),
/// with the sentence text.
func attribute(_ text: String, author: String? = nil) -> [(String, Attribution?)] {
    let attributed = attributeAll(text, author: author)
    let bytes = Array(text.utf8)
    return attributed.tagged.segmented.sentences.enumerated().map { i, sentence in
        (String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self), attributed.primary(i))
    }
}

/// The whole stage output for `text`.
func attributeAll(_ text: String, author: String? = nil) -> AttributedArticle {
    let article = Article(author: author, text: text)
    return Segmenter().then(QuantityTagger()).then(TimeTagger()).then(SourceAttributor()).process(article)
}

/// Sentence `index` of `text` has its source resolved to `source`.
func expectResolved(_ text: String, sentence index: Int, to source: String) {
    let result = attribute(text)
    #expect(result[index].1?.source == source, "\(text)")
    #expect(result[index].1?.basis == .resolved)
}

/// The first sentence of `sentence` has a source named `source`.
func expectFirstSource(of sentence: String, is source: String) throws {
    let a = try #require(attribute(sentence)[0].1, "no source in \(sentence)")
    #expect(a.source == source)
}

func mention(_ a: Attribution?, in text: String) -> String? {
    guard let span = a?.sourceSpan else { return nil }
    let bytes = Array(text.utf8)
    return String(decoding: bytes[span.start..<span.end], as: UTF8.self)
}

struct EvidenceTests {
    @Test(arguments: ["Roger Wicker said he expects Cruz to play a major role this fall.",
                      "Sanders told a cheering crowd that he expects to win the state's primary."])
    func anExpectationInsideWhatASpeakerSaidIsNoSecondSource(_ s: String) {
        #expect(attributeAll(s).attributions[0].count == 1)
    }

    @Test func surveyOwnerIsTheSource() throws {
        let text = "Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey released earlier this year showed."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "Nomura Research Institute")
        #expect(a.sourceType == .survey)
        #expect(a.cue == "showed")
        #expect(a.basis == .explicit)
        #expect(mention(a, in: text) == "a Nomura Research Institute survey")
    }

    @Test(arguments: [
        ("Dozens of donations broke the rules, an investigation by the newspaper found.", "investigation by the newspaper", "found"),
        ("Dozens of donations broke the rules, an inquiry found.", "inquiry", "found"),
        ("An inquiry into the crash revealed the plane was overloaded by 700 pounds.", "inquiry", "revealed"),
        ("Three years of experiments by the institute showed yields rose 16 percent.", "experiments by the institute", "showed"),
    ])
    func whatAnInquiryFinds(_ c: (String, String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.cue == c.2)
    }

    @Test(arguments: [
        "Prosecutors opened an investigation into alleged fraud worth $4 million.",
        "The agency will release the new estimate at 1500 GMT on Friday.",
    ])
    func aCueWordAfterAPrepositionOrAnAdjectiveIsNoVerb(_ s: String) {
        #expect(attribute(s)[0].1 == nil)
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
        #expect(attribute("Forty-four percent said they would be buying something else.")[0].1 == nil)
    }

    @Test(arguments: ["The Times reported on Tuesday that sales fell 5 percent.",
                      "Yesterday, the Times reported on Tuesday that sales fell 5 percent."])
    func aReportAfterAnAdverbialCoversItsFigure(_ s: String) throws {
        let article = attributeAll(s)
        #expect(article.attributions[0].first?.source == "Times")
        #expect(article.figureSources[0].first == 0)
    }

    @Test(arguments: ["In March, McCarthy expects to see a deficit of 23 to 24 billion dlrs.",
                      "A U.S. Embassy report said last month Thailand could achieve five pct growth in 1987.",
                      "Indiana and Michigan Electric Co said on June One it will redeem 64 mln dlrs of bonds."])
    func whatFollowsAnAdverbialOrAnInfinitiveIsReported(_ s: String) throws {
        let article = attributeAll(s)
        #expect(!article.attributions[0].isEmpty)
        #expect(article.figureSources[0].contains { $0 == 0 }, "\(article.attributions[0])")
    }

    @Test func aParticipleAfterTheCueIsNotWhatWasSaid() throws {
        let s = "Gelco will repay 350 mln dlrs of debt by the end of 1987, the report said, quoting a Gelco spokesman."
        let article = attributeAll(s)
        #expect(article.figureSources[0].first == 0)
    }

    @Test(arguments: [("NEW YORK, March 2 - Standard and Poor's Corp said it upgraded 500 mln dlrs of debt.", "Standard and Poor's Corp"),
                      ("Moody's Investors Service Inc said it lowered the ratings.", "Moody's Investors Service Inc"),
                      ("The ratings remain speculative, S and P said.", "S and P"),
                      ("Industrial Equity (Pacific) Ltd, a Hong Kong investment firm, said it raised its stake.", "Industrial Equity (Pacific) Ltd"),
                      ("LONDON - Yamaichi International (Europe) Ltd said it is repackaging the note.", "Yamaichi International (Europe) Ltd"),
                      ("TOKYO, April 7 - Japan's Livestock Industry Promotion Corp said it will import beef.", "Livestock Industry Promotion Corp"),
                      ("Richard Fischer of Merrill Lynch and Co Inc said Santa Fe had 580 mln dlrs in cash.", "Richard Fischer"),
                      ("LOS ANGELES, March 2 - CCR Video Corp said it is now current in its filings.", "CCR Video Corp")])
    func aFirmsWholeNameOnTheWire(_ c: (String, String)) throws {
        let a = try #require(attributeAll(c.0).attributions[0].first)
        #expect(a.source == c.1)
    }

    @Test func theBankIsTheBankNamedBefore() throws {
        let result = attribute("A World Bank loan of 300 mln dlrs was approved. The Bank said the loan would help reforms.")
        #expect(result[1].1?.source == "World Bank")
    }

    @Test func oneWordThatGoesOnAboutHeIsAPerson() throws {
        let a = try #require(attribute("Pence said he would back the bill.")[0].1)
        #expect(a.sourceType == .person)
        let b = try #require(attribute("Apple said it would cut 5 percent of jobs.")[0].1)
        #expect(b.sourceType == .organization)
    }

    @Test func anAgeOrWhoAfterASurnameMakesItAPerson() throws {
        let a = try #require(attribute("Gonzalez, 55, of Brigantine, said he was angry.")[0].1)
        #expect(a.sourceType == .person)
        let b = try #require(attribute("Levine, who has given money to Marco Rubio, said the race was over.")[0].1)
        #expect(b.sourceType == .person)
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

    /// An office named with "of" is the title; the person after it is the source, and the surname later resolves to them.
    @Test(arguments: [("Secretary of Commerce Malcolm Baldrige said the deficit fell 5 pct.", "Malcolm Baldrige"),
                      ("Governor of the Bank of England Mervyn King said rates would rise 1 pct.", "Mervyn King"),
                      ("Indonesian Minister of Mines and Energy Subroto told Reuters output rose 3 pct.", "Subroto"),
                      ("Output rose 3 pct, said Secretary of State Hillary Clinton.", "Hillary Clinton"),
                      ("Secretary of State said output rose 3 pct.", "Secretary of State")])
    func anOfficeWithOfIsATitle(_ sentence: String, _ source: String) throws {
        try expectFirstSource(of: sentence, is: source)
    }

    @Test func anOfficeWithOfIsNoNameInAnOrganisation() throws {
        let a = try #require(attribute("The Office of Finance of the Federal Home Loan Banks announced a 2.55 billion dlr offering.")[0].1)
        #expect(a.source == "Office of Finance of the Federal Home Loan Banks")
        let later = attribute("Secretary of Commerce Malcolm Baldrige said trade was weak. Baldrige said the deficit fell 5 pct.")
        #expect(later[1].1?.source == "Malcolm Baldrige")
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

    @Test func whoAskedIsNeitherTheSpeakerNorTheFiguresSource() throws {
        let text = """
            Mayor Dana Ruiz spoke on Monday. Asked by reporter Tom Hale whether rents had doubled, she said \
            they rose 40 percent.
            """
        let attributed = attributeAll(text)
        let sources = attributed.attributions[1]
        #expect(sources.map(\.source) == ["Tom Hale", "Dana Ruiz"])
        // The 40 percent is the mayor's; the doubling was only asked about.
        let figures = attributed.tagged.quantities[1]
        let owners = zip(figures, attributed.figureSources[1]).map { q, k in (q.value, k.map { sources[$0].source }) }
        #expect(owners.contains { $0.0 == 40 && $0.1 == "Dana Ruiz" })
        #expect(owners.contains { $0.0 == 2 && $0.1 == nil })
    }

    /// A quotation later in the sentence is the words of whoever is named after it, and a few quoted words inside
    /// reported speech leave the rest of it the speaker's.
    @Test func aQuotationIsTheWordsOfTheSourceItOpensOrCloses() throws {
        let text = """
            The labour agency said joblessness reached 5.04 million in January, a rate of 12.1%. "We have more than             five million people out of work," a minister said on television. The diplomat said the bank had promised             "big support to keep its head above water" for 12 months.
            """
        let attributed = attributeAll(text)
        let sources = attributed.attributions[0]
        let owners = zip(attributed.tagged.quantities[0], attributed.figureSources[0]).map { q, k in (q.value, k.map { sources[$0].source }) }
        #expect(owners.contains { $0.0 == 5_040_000 && $0.1 == "labour agency" }, "\(owners)")
        #expect(owners.contains { $0.0 == 12.1 && $0.1 == "labour agency" }, "\(owners)")
        #expect(owners.contains { $0.0 == 5_000_000 && $0.1 == "minister" }, "\(owners)")
        let mixed = attributed.attributions[1]
        let months = zip(attributed.tagged.quantities[1], attributed.figureSources[1]).map { q, k in (q.value, k.map { mixed[$0].source }) }
        #expect(months.contains { $0.0 == 12 && $0.1 == "diplomat" }, "\(months)")
    }

    /// A cue with nothing said after it reports the figure its relative clause hangs on.
    @Test func aForecastInARelativeClauseOwnsItsFigure() throws {
        let text = "Growth of 4.1% topped the 3.5% rate that economists had forecast ahead of the release."
        let attributed = attributeAll(text)
        let sources = attributed.attributions[0]
        let owners = zip(attributed.tagged.quantities[0], attributed.figureSources[0]).map { q, k in (q.value, k.map { sources[$0].source }) }
        #expect(owners.contains { $0.0 == 3.5 && $0.1 == "economists" }, "\(owners)")
        #expect(owners.contains { $0.0 == 4.1 && $0.1 == nil }, "\(owners)")
    }

    @Test(arguments: [
        ("Clinton has kept 58 percent of black voters, Fox found.", "Fox"),
        ("Twice as much was spent on renewables in 2015, Bloomberg New Energy Finance found.", "Bloomberg New Energy Finance"),
        ("Staff had a target of 8,000 applications a year, the Public Accounts Committee found.", "Public Accounts Committee"),
        ("The new evidence from trade suggests 2 million jobs were lost.", "new evidence from trade"),
    ])
    func aFindingBeforeItsFinderAndEvidenceThatShows(_ sentence: String, _ source: String) throws {
        try expectFirstSource(of: sentence, is: source)
    }

    @Test func aSingleQuoteClosingAQuotationIsNoPartOfTheSource() throws {
        let a = try #require(attribute("'Losses run to millions of dollars,' Slidell police said in a news release.")[0].1)
        #expect(a.source == "Slidell police")
        let firm = try #require(attribute("The French Maize Producers' Association said output fell 5 pct.")[0].1)
        #expect(firm.source == "French Maize Producers' Association")
    }

    /// A straight quote typed with a space before it still closes an open quotation, so the name after it speaks.
    @Test(arguments: [("\"Jobless claims will rise to 5 percent by June, \" Trump said.", "Trump"),
                      ("\"She said she'd be 'above the president,' \" said Khin Zaw Win, an activist.", "Khin Zaw Win"),
                      ("\"Growth slowed to 2 percent, \" economist Philip Shaw said.", "Philip Shaw")])
    func aSpacedClosingQuoteEndsTheQuotation(_ sentence: String, _ source: String) throws {
        try expectFirstSource(of: sentence, is: source)
    }

    /// A figure's own sign at either end of what a source covers stays in it, so the figure keeps its source.
    @Test(arguments: ["The company said sales rose 10.7%.", "Profit rose 5%, the company said.", "The company said profit was $5m.",
                      "£40m was raised, the charity said."])
    func aFiguresSignAtTheEdgeOfTheContentKeepsItsSource(_ sentence: String) {
        #expect(attributeAll(sentence).figureSources[0].first == 0, "\(sentence)")
    }

    /// "…,” he told France's LCI Television.": who heard it closes the sentence, so what was said is the quotation before.
    @Test(arguments: ["\"We will go over by around 10%,\" he told France's LCI Television.",
                      "\"After 30 days I get it back,\" he told the BBC Today programme.",
                      "\"The market has grown over the past 18 months,\" Axa spokesman Mark Hamilton told BBC News."])
    func aListenerClosingTheSentenceLeavesTheQuotationBefore(_ sentence: String) {
        #expect(attributeAll(sentence).figureSources[0].first == 0, "\(sentence)")
    }

    /// A straight quote mark that ends a sentence closes a quotation: the sentences after it are no longer quoted.
    @Test func aStraightQuoteEndingASentenceClosesTheQuotation() throws {
        let text = "\"It was a wonderful adventure,\" Eastwood said. \"To make a picture in 37 days, it takes a machine. "
            + "I've got a lot of stuff to do yet.\" Swank picked up 2 awards for Million Dollar Baby. "
            + "\"I don't know what I did to deserve this,\" she told the audience."
        let plain = try #require(attribute(text).first { $0.0.hasPrefix("Swank picked up") })
        #expect(plain.1 == nil, "\(plain.0) is no quotation")
    }

    /// A sum a relative clause hangs on whose verb leaves it out ("that advisers say it is worth"): the clause's source owns it.
    @Test func aSumTheRelativeClauseLeavesOutIsItsSources() throws {
        let bid = attributeAll("He added that the bid was $8bn, less than half of the $20bn that Yukos advisers say it is worth.")
        let owner = try #require(bid.figureSources[0].last ?? nil)
        #expect(bid.attributions[0][owner].source == "Yukos advisers")
    }

    /// A sum the relative clause hangs on, with no "that": the source in the clause owns it.
    @Test func aSumBeforeTheSourceOfItsRelativeClause() throws {
        let sale = attributeAll("Jarvis said the sale, which raked in more than the £100m analysts had expected, would help.")
        let owner = try #require(sale.figureSources[0].first ?? nil)
        #expect(sale.attributions[0][owner].source == "analysts")
        let estimate = attributeAll("The GDP figure was ahead of the 3.1% the government estimated a month ago.")
        let estimator = try #require(estimate.figureSources[0].first ?? nil)
        #expect(estimate.attributions[0][estimator].source == "government")
    }

    /// A name opening a sentence is no subject over the one the sentence's source gave: after "Lib Dem president Simon
    /// Hughes said", "he" is Simon Hughes, not "Lib Dem".
    @Test func theSourceOfASentenceIsItsSubjectForThePronounAfter() throws {
        let said = attribute("Lib Dem president Simon Hughes said his party was ready. \"We will win,\" he said.")
        #expect(said[1].1?.source == "Simon Hughes")
        #expect(said[1].1?.basis == .resolved)
        // A name that ", which" follows is a thing, not whom "he" means.
        let thing = attribute("Mac Plus, which went on sale a year ago, sells for about 2,200 dlrs. He said it would sell well.")
        #expect(thing[1].1?.source != "Mac Plus")
    }

    /// What a source covers stops before the next source's clause, its article and its "and" included; after "told"
    /// and who heard it, a clause with its own pronoun subject is what was said.
    @Test func coveredWordsStopAtTheNextClauseAndFollowTheListener() throws {
        func covered(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return attributeAll(text).attributions[0].compactMap { a in
                a.covers.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            }
        }
        #expect(covered("Protest groups say the rules are harsh, and the Civil Liberties Union has sued the city, saying they violate free speech.")
            == ["the rules are harsh", "they violate free speech"])
        #expect(covered("After the vote, residents living near the valley told reporters they felt abandoned.") == ["they felt abandoned"])
        #expect(covered("“We are done,” he told reporters on Tuesday.") == ["We are done"])
        // A modal after the cue opens what a relative clause's source said; the relative pronoun is not the speaker's before.
        #expect(covered("He said aid would follow the earthquake which the government said will cause a billion dlrs in losses.")
            == ["aid would follow the earthquake", "will cause a billion dlrs in losses"])
    }

    @Test func aQuotedTermAndAQuotationThatRunsOn() throws {
        // A quoted term after the cue, the sentence going on: the rest is the source's too.
        let term = attributeAll("Research firm eMarketer reported that “proximity payment values” totaled an estimated $1.6 billion in 2013.")
        #expect(term.figureSources[0].first == 0)
        // A quotation opened after the cue and closed in the next sentence is the speaker's there too.
        let runsOn = attribute("Sir Elton said: “It's true that I was a nightmare. For the last 14 years I've been normal.”")
        #expect(runsOn[1].1?.basis == .inherited)
        #expect(runsOn[1].1?.source == runsOn[0].1?.source)
        // "as expected" names no one; "as analysts expected" looks back.
        #expect(attribute("Running that prints 42 as expected.")[0].1 == nil)
        let back = attributeAll("Sales rose 5 pct, as analysts expected.")
        #expect(back.figureSources[0].first == 0)
    }

    @Test func aWordAFigureCountsIsNoCue() throws {
        let counted = attribute("Japan agreed a loan to meet its share of 21 World Bank projects which would otherwise have been scrapped.")
        #expect(counted[0].1 == nil, "\(String(describing: counted[0].1))")
        let report = attribute("A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn.")
        #expect(report[0].1?.source == "National Audit Office")
        #expect(report[0].1?.cue == "says")
        #expect(attribute("The bank projects growth of 2 pct this year.")[0].1?.source == "bank")
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

struct CueFormTests {
    @Test(arguments: [
        ("Exports rose 4 percent, the ministry said.", "ministry", "said"),
        ("Exports rose 4 percent, the ministry says.", "ministry", "says"),
        ("The ministry has warned that exports could fall 4 percent.", "ministry", "warned"),
        ("The central bank estimated growth at 2.1 percent.", "central bank", "estimated"),
        ("Jane Okoro told reporters that 40 people were hurt.", "Jane Okoro", "told"),
        ("Jane Okoro added that 40 people were hurt.", "Jane Okoro", "added"),
        ("Analysts noted that margins fell 3 percent.", "Analysts", "noted"),
        ("The union insisted that 300 jobs were at risk.", "union", "insisted"),
        ("Officials claimed that 12 villages were flooded.", "Officials", "claimed"),
        ("Prices will rise 5 percent, according to the Bureau of Statistics.", "Bureau of Statistics", "according to"),
        ("The report estimates that 2 million homes lack broadband.", "report", "estimates"),
        ("Figures released by the Port Authority show 12% growth.", "Port Authority", "show"),
        ("Census Bureau data show the population grew 0.5 percent.", "Census Bureau", "show"),
        ("A Gallup poll found that 61 percent backed the plan.", "Gallup", "found"),
        ("\"Sales fell 8 percent,\" said Mark Ruiz in a statement.", "Mark Ruiz", "said"),
        ("Mark Ruiz was quoted as saying that sales fell 8 percent.", "Mark Ruiz", "quoted as saying"),
        ("The company cut its forecast, saying demand fell 8 percent.", "company", "saying"),
        ("Officials, who said 40 people were hurt, declined to give names.", "Officials", "said"),
        ("Jane Okoro: The figures show a 40 percent rise.", "Jane Okoro", ":"),
        ("“Nothing has changed in 20 years,” — Maria Lopez", "Maria Lopez", "—"),
    ])
    func cue(_ c: (String, String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.cue == c.2)
        #expect(a.basis == .explicit)
    }
}

/// Names from wire copy that mix an employer, a title and a person, or a name that holds a cue word.
struct WireNameTests {
    @Test(arguments: [
        ("Treasury Secretary James Baker said the dollar fell 3 percent.", "James Baker", "Treasury Secretary"),
        ("Bank of Japan Governor Haruhiko Kuroda said prices rose 0.8 percent.", "Haruhiko Kuroda", "Bank of Japan Governor"),
        ("Federal Reserve Chairman Ben Bernanke said growth would slow to 2 percent.", "Ben Bernanke", "Federal Reserve Chairman"),
        ("Apple Chief Executive Tim Cook said sales rose 12 percent.", "Tim Cook", "Apple Chief Executive"),
        ("The film made $40 million, said Exhibitor Relations President Paul Dergarabedian.", "Paul Dergarabedian", "Exhibitor Relations President"),
        // A member of a parliament, with party or seat: British, European and Scottish copy.
        ("Labour MP Sarah Wynne said the closure would cost 400 jobs.", "Sarah Wynne", "Labour MP"),
        ("Ashford West MP Tom Keane said 12 schools had closed.", "Tom Keane", "Ashford West MP"),
        ("Green MEP Anna Holt said turnout fell to 34 percent.", "Anna Holt", "Green MEP"),
        ("Orbis CFO Dana Reyes said costs fell 3 percent.", "Dana Reyes", "Orbis CFO"),
    ])
    func employerAndTitleAreSplitFromTheName(_ c: (String, String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.title == c.2)
        #expect(a.sourceType == .person)
    }

    @Test func membersOfParliamentAreASourceTheirTitleAloneIsNot() throws {
        // "MP" opens a title; "MPs" is a group that speaks.
        let group = try #require(attribute("Several Labour MPs said the plan would cost 5 billion pounds.")[0].1)
        #expect(group.source == "Labour MPs")
        let plain = try #require(attribute("MPs found that the system cost 456 million pounds.")[0].1)
        #expect(plain.source == "MPs")
        // The title alone is a person, though written in capitals (as "the senator said" is).
        let member = try #require(attribute("The MP said 40 families had been moved.")[0].1)
        #expect(member.source == "MP")
        #expect(member.sourceType == .person)
        // Capitals that are no person's title still make an organisation.
        let party = try #require(attribute("The GOP said turnout rose 5 percent.")[0].1)
        #expect(party.sourceType == .organization)
    }

    @Test(arguments: [
        ("General Motors said it would cut 4,000 jobs.", "General Motors"),
        ("General Electric said orders rose 9 percent.", "General Electric"),
        ("Philadelphia Electric said it would spend $300 million.", "Philadelphia Electric"),
    ])
    func companiesWithATitleWordStayCompanies(_ c: (String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.sourceType == .organization)
        #expect(a.title == nil)
    }

    @Test func aCapitalisedCueWordInsideANameIsNoCue() throws {
        let a = try #require(
            attribute("The United States plans to sell 84 mln dlrs in equipment to South Korea, the Reagan administration announced.")[0].1)
        #expect(a.source == "Reagan administration")
        #expect(a.cue == "announced")
        let b = attribute("The company ranked near the bottom in Consumer Reports' new reliability survey of 2017 cars.")[0].1
        #expect(b?.cue != "reports")
        // A wire headline in capitals keeps its cue.
        let c = try #require(attribute("FED SAYS BUSINESS LOANS FELL 222 MLN DLRS IN WEEK")[0].1)
        #expect(c.source == "FED")
        #expect(c.cue == "says")
    }

    @Test func whoIsToldIsNotTheSource() throws {
        let a = try #require(
            attribute("Bettino Craxi, prime minister for a record 3-1/2 years, told the Senate he would resign.")[0].1)
        #expect(a.source == "Bettino Craxi")
        #expect(a.cue == "told")
    }

    @Test(arguments: [
        ("A New Jersey investor, Joseph Falkenstein, told the commission he holds 5.2 pct of the shares.", "Joseph Falkenstein"),
        ("Phillip Seng, Asian director of the U.S. Meat Export Federation, told Reuters the 2 pct cut was a first step.", "Phillip Seng"),
        ("Apple’s chief executive, Timothy D. Cook, told The Guardian that 2 of his rules were strict.", "Timothy D. Cook"),
        ("\"Exports are picking up 2 pct,\" Martin Mauro, senior economist for Merrill Lynch Economics, told Reuters.", "Martin Mauro"),
        ("Vulcan's first quarter will show a loss of 3 mln dlrs, Chairman Lloyd I. Miller told the annual meeting.", "Lloyd I. Miller"),
    ])
    func appositivesEitherWayRound(_ c: (String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
    }

    @Test(arguments: [
        "NOTE: Dividends on preferred shares were 370,000 dlrs vs 51,000 dlrs.",
        "UPDATE: Shares fell 4 pct in late trading.",
        "Photos: Celebrity splits Actor Ricky Schroder and his wife have split after 24 years.",
    ])
    func aLabelBeforeAColonIsNoSource(_ sentence: String) {
        #expect(attribute(sentence)[0].1 == nil)
    }

    @Test(arguments: [
        ("Jaynes amassed a fortune of $24m from his sales, prosecutors said.", "prosecutors"),
        ("The uncle said they dug for 2 hours before help came.", "uncle"),
        ("About 300 homes lost power, local media reported.", "local media"),
        ("\"It will take 2 years,\" her lawyers said in a statement.", "her lawyers"),
    ])
    func plainNounSubjects(_ c: (String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.sourceType == .anonymous)
    }

    @Test(arguments: [
        ("The economy grew faster than the 0.4% reported, according to Bank of England deputy governor Rachel Lomax.",
         "Rachel Lomax", "Bank of England deputy governor"),
        ("Bank of England deputy governor Rachel Lomax said growth was above 0.4%.", "Rachel Lomax", "Bank of England deputy governor"),
    ])
    func employerBeforeLowercaseTitles(_ c: (String, String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.title == c.2)
    }

    @Test(arguments: [
        "Max Verstappen showed nerves of steel at 180mph in the rain.",
        "With 15 million customers in Japan, Vodafone has found it difficult to please users.",
    ])
    func evidenceVerbsThatReportNothing(_ sentence: String) {
        #expect(attribute(sentence)[0].1 == nil)
    }

    @Test(arguments: [
        "The operator did not say when the 3 routes might return.",
        "The ministry has never claimed that 40 percent were vaccinated.",
        "The company didn’t say how many of its 900 staff would go.",
    ])
    func aDeniedCueIsNoAttribution(_ sentence: String) {
        #expect(attribute(sentence)[0].1 == nil)
    }

    @Test(arguments: [
        "Three film studios are said to be interested in the 2 books.",
        "The stock looked expensive when it was announced at 102 pence.",
        "Sales were estimated at 40 mln dlrs last year.",
        "Five more barristers are now reported to be threatening to resign over the 3 percent cut.",
        "He cited news reports that the tax cut would grow by 5 billion marks.",
        "Priority claims of governmental units will be paid over 6 years.",
        "Among sweeteners reported to have been discussed were plans to move 2 markets to London.",
        "Recent evidence pointed to 337,000 new jobs last month.",
        "The director sued the studio for $40m over alleged withheld profits.",
        "Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.",
        "All Black Aaron Mauger was in good form with the boot, adding 10 points.",
    ])
    func nounsAndPassivesThatAreNoCue(_ sentence: String) {
        #expect(attribute(sentence)[0].1 == nil)
    }

    @Test func aDocumentPhraseStopsAtAPreposition() throws {
        let a = try #require(attribute("Gordon Brown appealed for unity after reports claimed 2 pledges were broken.")[0].1)
        #expect(a.source == "reports")
    }

    @Test func aPhraseDoesNotRunAcrossADashOrAConjunction() throws {
        let a = try #require(attribute("He has since said he 'made it up' - although insiders say 2 plans are real.")[0].1)
        #expect(a.source == "insiders")
    }

    @Test func aPronounAfterAnInvertedCueIsTheReportedSubject() throws {
        let result = attribute(
            "Judge Edmund Palmieri heard the case on Monday. "
                + "Standing before the judge, Anderson, who faces up to 10 years in jail, said he had 2 operations.")
        #expect(result[1].1?.source != "Edmund Palmieri")
    }

    @Test func aTitleBeforeOfIsNoPerson() throws {
        // "Minister of Mines and Energy" is an office, not a person named before "of" an employer.
        let a = try #require(attribute("Output will fall 2 pct, Indonesian Minister of Mines and Energy Subroto told Reuters.")[0].1)
        #expect(a.source.hasSuffix("Subroto"))
    }

    @Test func anAdverbBetweenSubjectAndVerbIsSkipped() throws {
        let result = attribute("Finance Minister Ronnie Mel spoke on Monday. He tentatively estimated the 1986 profit at 163 mln rupees.")
        #expect(result[1].1?.source == "Ronnie Mel")
        #expect(result[1].1?.cue == "estimated")
    }

    @Test func theyIsTheLastGroupThatSpoke() throws {
        let result = attribute(
            "Exporters offered 70,000 tonnes at the tender, traders said. Shipments will run from May 1 to 30, they said.")
        let second = try #require(result[1].1)
        #expect(second.source == "traders")
        #expect(second.basis == .resolved)
    }

    @Test func aDayBetweenSubjectAndVerbIsSkipped() throws {
        let a = try #require(attribute("Allegheny today said the deal was valued at 500 mln dlrs.")[0].1)
        #expect(a.source == "Allegheny")
        let b = try #require(attribute("USA Today said it averaged 15 advertising pages a day.")[0].1)
        #expect(b.source == "USA Today")
    }

    @Test func aPassiveNamesItsSourceAfterBy() throws {
        let a = try #require(attribute("Two officials were reported by local media to have resigned over the 5 percent cut.")[0].1)
        #expect(a.source == "local media")
    }

    @Test func anEmployerWithAndIsStillOneEmployer() throws {
        let a = try #require(
            attribute("Bonds will stay above 4 pct, said Laurie Milbank and Co assistant manager Machiko Suzuki.")[0].1)
        #expect(a.source == "Machiko Suzuki")
        #expect(a.title == "Laurie Milbank and Co assistant manager")
    }

    @Test func aBodyFindingAFigureStillCounts() throws {
        let a = try #require(attribute("Gallup found 61 percent of adults backed the plan.")[0].1)
        #expect(a.source == "Gallup")
        #expect(a.cue == "found")
    }

    @Test func aParticipleIsNeverInverted() throws {
        let result = attribute(
            "Finance Minister Nigel Lawson spoke on Monday. "
                + "He hoped the forecasts of 4 pct were wrong, saying OECD predictions \"are unreliable.\"")
        #expect(result[1].1?.source == "Nigel Lawson")
    }

    @Test func itIsTheLastCompanyThatSpoke() throws {
        let result = attribute(
            "Qintex America Ltd said it would extend its offer of 13 dlrs a share. "
                + "It said 3.3 mln shares had been tendered. The stake is worth 40 mln dlrs, it added.")
        try #require(result.count == 3)
        #expect(result[0].1?.source == "Qintex America Ltd")
        let second = try #require(result[1].1)
        #expect(second.source == "Qintex America Ltd")
        #expect(second.basis == .resolved)
        #expect(result[2].1?.source == "Qintex America Ltd")
    }

    @Test func itAfterASurveyIsTheSurvey() throws {
        let result = attribute(
            "A Gallup poll released on Monday found 61 percent backed the plan. It also showed that 20 percent were unsure.")
        let second = try #require(result[1].1)
        #expect(second.source == "Gallup")
        #expect(second.sourceType == .poll)
    }

    @Test(arguments: [
        ("<Bank of Montreal>, Brazil's largest Canadian creditor, said it was not declaring its 1.98 billion dlrs of loans non-performing.",
         "Bank of Montreal"),
        ("\"Many countries fear a 1 point rise in rates,\" one official here said.", "one official"),
        ("SYDNEY, April 8 - Amatil Ltd <AMAA.S> said it proposes a 2-for-5 bonus issue.", "Amatil Ltd"),
        ("But the BBC's business editor, Jeff Randall, said the banks could yet take over 51 pct.", "Jeff Randall"),
        ("Rates will rise 2 pct, said the company yesterday.", "company"),
        ("Bumpei Otsuki, president of the Japan Federation of Employers' Associations, (Nikkeiren), told reporters the yen might rise to 140.",
         "Bumpei Otsuki"),
        ("The newspaper, quoting administration officials, said 8 restrictions would be lifted.", "newspaper"),
        ("Hitch took an estimated $30.1m, according to industry website Screen Daily.", "Screen Daily"),
        ("The study, published in the journal Nature, found that glaciers lost 267 billion tonnes of ice a year.", "study"),
        ("The IMF cut its growth forecast to 2.7% for next year, warning that the worst is yet to come.", "IMF"),
        ("\"Citicorp is saying you can't scare us, we'll make your 90-day loans non-performing,\" Berger said.", "Berger"),
        ("\"The numbers were a little disappointing,\" said Bob Bannon of Security Pacific National Bank, citing 2 reports.", "Bob Bannon"),
        ("IBM should post strong growth in 1988, analyst Rick Martin of Sanford C. Bernstein Co Inc said.", "Rick Martin"),
        ("Soviet data show the machine-building industry increased output by 3.3 pct.", "Soviet data"),
        ("A lawyer for the three bloggers said 2 rulings set a dangerous precedent.", "lawyer"),
        ("The halt started on February 27, and union leaders said they wanted a 275 pct pay rise.", "union leaders"),
        ("In the previous auction the four majors took 92 pct of the issue, the managers said.", "managers"),
        ("Ssangyong has signed a 48.3 mln dlr financing package, the agent, Wardley Ltd, said.", "Wardley Ltd"),
        ("William Bradt, new chairman of the New York Mercantile Exchange, NYMEX, said 2 exchanges would merge.", "William Bradt"),
        ("The Yunnan sugar harvest was a record 521,500 tonnes, the provincial daily said.", "provincial daily"),
        ("Stanley Interiors is raising 25 mln dlrs through an offering, said lead manager Salomon Brothers Inc.", "Salomon Brothers Inc"),
        ("Bill Englebright, joint secretary of the LPFA said there is a 2-tier market for potatoes.", "Bill Englebright"),
        ("In a letter to John Smith, the agency said 40 staff would go.", "agency"),
        ("French farmers will cut maize sowings by 150,000 hectares, the French Maize Producers' Association said.",
         "French Maize Producers' Association"),
        ("\"It guarantees a quality race for 3 years,\" said race director David Bedford.", "David Bedford"),
        ("A few months ago analysts were saying the USSR might not buy U.S. corn for the first time in 15 years.", "analysts"),
        ("Central bank president Wim Duisenberg defended the 4.5 pct rate, noting \"the rate is not the most important\".",
         "Wim Duisenberg"),
        ("National Westminster Bank Plc became the first to follow when it said it was adding 466 mln stg to its reserves.",
         "National Westminster Bank Plc"),
        ("Official figures show that dollar sales reached a record 6 billion in May.", "Official figures"),
        ("\"Prices look set at the $40 to $50 level,\" said energy analyst Orin Middleton of Barclays Capital.", "Orin Middleton"),
        ("The band remain the biggest in the world, according to Q magazine editor Paul Rees, with 40 million albums sold.", "Paul Rees"),
        ("\"We gained 10 yards,\" Le’Veon Bell told reporters.", "Le’Veon Bell"),
        ("\"The results show 2 directions,\" said Jonathan Wolpaw and Dennis McFarlane.", "Jonathan Wolpaw"),
        ("\"The economy has 2 soft patches,\" said Economic and Fiscal Policy Minister Heizo Takenaka.", "Heizo Takenaka"),
        ("\"It is 1 risk-free trial,\" said Advanced Genetic Sciences President and Chief Executive Officer Joseph Bouckaert.",
         "Joseph Bouckaert"),
        ("Joseph E. Cappy, in a telegram to dealers, said Chrysler Corp will retain 4 new cars.", "Joseph E. Cappy"),
        ("But analysts were not so certain, saying 2 groups may team up.", "analysts"),
        ("Werner Chrobok, managing partner at Bethmann Bank, said German rates were among the lowest in 40 years.", "Werner Chrobok"),
        ("\"The grey market has dried up for 2 chips,\" said Merrill Lynch analyst Thomas Kurlack of the memory market.", "Thomas Kurlack"),
        ("\"We have not had trade like this since 1986,\" said Wim Moret of Banque Paribas.", "Wim Moret"),

        ("Prices rose a seasonally adjusted 0.5% in February, says the Nationwide building society.", "Nationwide"),
        ("\"He is unlikely to be ready for the final 2 games,\" said Wales physio Mark Davies.", "Mark Davies"),
        ("The issue carries an 18 pct coupon, said Hambros Bank Ltd as lead manager.", "Hambros Bank Ltd"),
        ("But at a daily briefing in Beijing, a spokeswoman for the ministry dismissed the claim, saying 3 reports were false.",
         "spokeswoman"),
        ("Farmers will get rises of 13.4 pct from July 1, the Finance and Agriculture ministries said.", "Finance and Agriculture ministries"),
    ])
    func wireSubjects(_ c: (String, String)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
    }

    @Test func anUnresolvedItIsNoDocument() throws {
        // "it said" must not reach back to "model" as if it were a document.
        let a = attribute("Managers must adopt a new model but it said 40 customers had shown interest.")[0].1
        #expect(a == nil)
        let b = try #require(attribute("Census Bureau estimates show the county grew 3 percent.")[0].1)
        #expect(b.source == "Census Bureau")
    }

    @Test func possessiveEmployerStaysInThePhrase() throws {
        let a = try #require(attribute("Premiums will rise 8 pct, Lloyd's chief executive said.")[0].1)
        #expect(a.source == "Lloyd's chief executive")
    }

    @Test func aMiddleInitialStaysInTheNameAndTheSurnameResolves() throws {
        let result = attribute(
            "New York Federal Reserve Bank President E. Gerald Corrigan said the dollar fell 3 pct. "
                + "Corrigan said banks should offer 12 services.")
        try #require(result.count == 2)
        let first = try #require(result[0].1)
        #expect(first.source == "E. Gerald Corrigan")
        #expect(first.title == "New York Federal Reserve Bank President")
        let second = try #require(result[1].1)
        #expect(second.source == "E. Gerald Corrigan")
        #expect(second.basis == .resolved)
    }

    @Test func twoPeopleJoinedByAndAreNotOneTitle() throws {
        let a = try #require(
            attribute("House Speaker Jim Wright and Senate Majority Leader Robert Byrd said the deficit would fall to 134 billion dlrs.")[0].1)
        #expect(a.title == nil)
        let b = try #require(attribute("A survey commissioned by the Australian Council of Trade Unions concluded wages fell 2 pct.")[0].1)
        #expect(b.source == "Australian Council of Trade Unions")
    }

    @Test func aPlaceAfterTheNameIsNotPartOfTheSource() throws {
        let a = try #require(attribute("This revised an earlier toll of 27 dead, according to Chief Superintendent Graciano Mijares of the police.")[0].1)
        #expect(a.source == "Graciano Mijares")
        #expect(a.title == "Chief Superintendent")
    }

    @Test(arguments: [
        ("\"Crude at 20 dlrs will draw imports,\" said a Japanese oil trader.", "Japanese oil trader", SourceType.anonymous),
        ("Output fell 5 percent, a Finance Ministry official said.", "Finance Ministry official", SourceType.anonymous),
        ("The accord holds, a finance ministry spokesman in Bonn said of the 3 percent target.", "finance ministry spokesman", SourceType.anonymous),
    ])
    func unnamedPeopleWithACapitalisedQualifier(_ c: (String, String, SourceType)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in: \(c.0)")
        #expect(a.source == c.1)
        #expect(a.sourceType == c.2)
    }
}

struct QuoteAndTitleTests {
    @Test func directIndirectAndNone() throws {
        let direct = try #require(attribute("\"We lose roughly 30 million litres a day,\" said Ana Ferreira.")[0].1)
        #expect(direct.quote == .direct)
        let text = "\"We lose roughly 30 million litres a day,\" said Ana Ferreira."
        let bytes = Array(text.utf8)
        let content = try #require(direct.content)
        #expect(String(decoding: bytes[content.start..<content.end], as: UTF8.self) == "We lose roughly 30 million litres a day")
        #expect(attribute("Ana Ferreira said leaks cost 30 million litres a day.")[0].1?.quote == .indirect)
        #expect(attribute("Leaks cost 30 million litres a day, a city report showed.")[0].1?.quote == QuoteKind.none)
    }

    @Test func scareQuotesAreNotDirectQuotes() {
        let result = attribute("Maria Lopez said critics should not be called “fellow travelers” in 2024.")
        #expect(result[0].1?.quote == .indirect)
    }

    @Test func titleIsItsOwnField() throws {
        let a = try #require(attribute("Finance Minister Katsunobu Kato said the yen fell 2 percent.")[0].1)
        #expect(a.source == "Katsunobu Kato")
        #expect(a.title == "Finance Minister")
        let b = try #require(attribute("Former president Chen Shui-bian said turnout was 70 percent.")[0].1)
        #expect(b.source == "Chen Shui-bian")
    }

    @Test func quoteOverTwoSentencesBelongsToItsSpeaker() throws {
        let result = attribute("\"Costs rose 12 percent last year. We expect another 8 percent,\" said Ana Ferreira.")
        #expect(result.count == 2)
        let first = try #require(result[0].1)
        #expect(first.source == "Ana Ferreira")
        #expect(first.basis == .inherited)
        #expect(first.quote == .direct)
        #expect(result[1].1?.basis == .explicit)
    }

    @Test func quoteAcrossParagraphs() throws {
        let text = "“Costs rose 12 percent last year.\n“We expect another 8 percent,” said Ana Ferreira."
        let result = attribute(text)
        #expect(result[0].1?.source == "Ana Ferreira")
    }
}

struct ResolutionTests {
    @Test func shortNameIsResolved() throws {
        let result = attribute(
            "Ukrainian President Volodymyr Zelinskiy spoke on Monday. Zelinskiy said 2 soldiers were captured.")
        let a = try #require(result[1].1)
        #expect(a.source == "Volodymyr Zelinskiy")
        #expect(a.basis == .resolved)
    }

    @Test func theMinistryIsTheMinistryNamedBefore() throws {
        let result = attribute(
            "The Finance Ministry published its budget on Friday. The ministry said spending would rise 3 percent.")
        let a = try #require(result[1].1)
        #expect(a.source == "Finance Ministry")
        #expect(a.basis == .resolved)
        #expect(mention(a, in: "The Finance Ministry published its budget on Friday. The ministry said spending would rise 3 percent.") == "The ministry")
    }

    /// Wire copy's "the company said" is the company that just spoke, not the one it bought; a name keeps its "and".
    @Test(arguments: [
        ("Standex International Corp said it acquired Alan Duffy Engineering Ltd for an undisclosed amount. "
            + "The unit will join its Perkins division, the company said.", "Standex International Corp"),
        ("News Corp Ltd said it started its tender offer for Harper and Row Publishers Inc at 65 dlrs a share. "
            + "The company said the offer expires on April 29.", "News Corp Ltd"),
        ("Shares of Harper and Row Publishers Inc rose 2 dlrs on Tuesday in heavy trading. "
            + "The company said it had received several offers.", "Harper and Row Publishers Inc"),
    ])
    func theCompanyIsTheCompanyThatSpoke(_ text: String, _ company: String) throws {
        let a = try #require(attribute(text)[1].1)
        #expect(a.source == company)
        #expect(a.basis == .resolved)
    }

    @Test func anAcronymIsNotASurnameWrittenInCapitals() throws {
        // "UN" must not bring back "Kim Jong Un": names are matched as written.
        let result = attribute(
            "Kim Jong Un said 3 missiles were ready. NATO chief Jens Stoltenberg spoke at the UN on Friday. "
                + "\"Provocations only deepen the isolation,\" he added.")
        let a = try #require(result[2].1)
        #expect(a.source == "Jens Stoltenberg")
        #expect(a.basis == .resolved)
    }

    /// Two capitalised words merely mentioned are no one's name unless a first name says so: a place, a team or a
    /// film leaves the pronoun as written.
    @Test(arguments: [
        "Crowds lined the route of the New York Marathon on Sunday. She said the course had been hard.",
        "Fans cheered the Swansea Ospreys after the match. He said the team had earned 12 points.",
        "Critics praised the drought-ravaged Aral Sea pictures in 2016. He said 97 percent of scientists agreed.",
    ])
    func aPlaceOrATeamStandsBehindNoPronoun(_ text: String) throws {
        let a = try #require(attribute(text)[1].1)
        #expect(a.basis == .explicit)
        #expect(["He", "She"].contains(a.source))
    }

    /// "it" inside a clause is the body its sentence opened with, once that name has spoken, not the last body that spoke.
    @Test func itInsideAClauseIsTheBodyTheSentenceOpenedWith() throws {
        let result = attributeAll(
            "Boeing said it would pay a $615 million fine. The Pentagon said 12 contracts were under review. "
                + "Boeing apologised for the affair, although it claimed it gained no advantage.")
        let a = try #require(result.attributions[2].first(where: { $0.cue == "claimed" }))
        #expect(a.source == "Boeing")
        #expect(a.basis == .resolved)
    }

    /// A name after an opening connective is the sentence's subject, so "he" in the next sentence is that person.
    @Test func aSubjectAfterAConnectiveIsWhoHeIs() throws {
        expectResolved(
            "Wyss said output rose 0.3 pct in the first quarter. But Stephen Roach of Morgan Stanley was not convinced. "
                + "He said much of the strength came from strikers returning to work.", sentence: 2, to: "Stephen Roach")
    }

    @Test func sheResolvesToTheLastPersonNamed() throws {
        let result = attribute("Maria Lopez chairs the board. She said revenue rose 9 percent.")
        #expect(result[1].1?.source == "Maria Lopez")
        #expect(result[1].1?.basis == .resolved)
    }

    /// A speaker the article describes without a name is who "he" or "she" is next, not a name from before.
    @Test func aDescribedSpeakerIsWhoTheNextPronounIs() throws {
        let result = attribute(
            "Treasurer Mark Oduya presented the budget on Monday. A Federal Reserve spokesman said reserves fell 2 pct. "
                + "He said the float was 750 mln dlrs. Banks held 40 pct of it. Most were small. "
                + "Big lenders took 12 pct, he added.")
        #expect(result[2].1?.source == "Federal Reserve spokesman")
        #expect(result[2].1?.sourceType == .anonymous)
        #expect(result[2].1?.basis == .resolved)
        // A resolved "he" keeps the spokesman the latest speaker.
        #expect(result[5].1?.source == "Federal Reserve spokesman")
    }

    @Test func aPronounOfTheOtherGenderStaysAsWritten() throws {
        let result = attribute("A company spokesman said sales rose 5 pct. She said exports rose 3 pct.")
        #expect(result[1].1?.source == "She")
        #expect(result[1].1?.basis == .explicit)
        let titled = attribute("Mrs Okafor said inflation would fall to 3 pct. He said the pound would rise 2 pct.")
        #expect(titled[1].1?.basis == .explicit)
        // The title said once, before a name that says nothing: "Mr. Hale" is no "she".
        let inverted = attribute("“Taxes will rise 5 pct,” said Mr. Hale, who runs the firm. “Rents rose 3 pct,” she said.")
        #expect(inverted[0].1?.source == "Hale")
        #expect(inverted[1].1?.source == "she")
        // A surname that ends in "man" says nothing: "Silverman".
        let named = attribute("Sarah Silverman said the tour had 40 dates. She said 12 were sold out.")
        #expect(named[1].1?.source == "Sarah Silverman")
        // A common first name does: "she" is not Gordon Brown.
        let first = attribute("Gordon Brown said borrowing would rise 2 pct. She said the cuts were 5 pct.")
        #expect(first[1].1?.source == "She")
        #expect(first[1].1?.basis == .explicit)
    }

    @Test func anUnresolvedPronounIsNoNameForTheNext() throws {
        // "He" after an unnamed speaker stands for nobody known, so the next "he" is not the earlier name.
        let result = attribute(
            "Jorge Perez said output rose 3 pct. Prices fell 2 pct. \"We cannot pay,\" a union leader said. "
                + "He said 40 ships were idle. Losses reached 10 mln dlrs, he said.")
        #expect(result[3].1?.source == "union leader")
        #expect(result[4].1?.source == "union leader")
        let unknown = attribute("Jorge Perez said output rose 3 pct. He said 40 ships were idle. Losses rose 10 pct, he said.")
        #expect(unknown[2].1?.source == "Jorge Perez")
    }

    @Test func aMiddleNameIsASurname() throws {
        expectResolved(
            "Justo Marin Ludena, president of the Cafe Peru group, said output was 1.8 mln bags. "
                + "Marin said the rains would cut 5 pct of the crop.", sentence: 1, to: "Justo Marin Ludena")
        // A surname given later takes the part over from a middle name.
        let two = attribute(
            "Eyda Varela de Chinchilla opened the session. President Juan Carlos Varela spoke next. "
                + "Varela said 12 ministers would resign.")
        #expect(two[2].1?.source == "Juan Carlos Varela")
    }

    /// Without a figure to measure them, people named by a group noun spoke; names may qualify the group.
    @Test(arguments: [
        ("In fact, many Carrier workers say the plant was their life.", "many Carrier workers"),
        ("Her Republican supporters say they empathize with her.", "Her Republican supporters"),
        ("But progressive organizations that have endorsed him say the rules are unfair.", "progressive organizations"),
        ("Critics who have studied the plan say it will fail.", "Critics"),
    ])
    func groupsOfPeopleSpeak(sentence: String, source: String) throws {
        try expectFirstSource(of: sentence, is: source)
    }

    @Test(arguments: [
        "A majority of respondents said prices were too high.",
        "Only 25 percent of Japanese said AI would help.",
        "Most voters said the economy was their main worry.",
        "About 40 percent of consumers said they had cut spending.",
        "Two-thirds of parents said schools should reopen.",
    ])
    func respondentTraps(_ sentence: String) {
        #expect(attribute(sentence)[0].1 == nil, "\(String(describing: attribute(sentence)[0].1?.source))")
    }
}

struct DocumentAndAnonymousTests {
    @Test(arguments: [
        ("Support fell to 41 percent, a Gallup poll showed.", "Gallup", SourceType.poll),
        ("Output rose 3 percent, a central bank report found.", "central bank report", .report),
        ("The population grew 0.5 percent, census figures from the Statistics Bureau show.", "Statistics Bureau", .data),
        ("A Harvard study found that 30 percent of patients improved.", "Harvard", .study),
        ("A survey of 2,000 adults found that 61 percent backed the plan.", "survey of 2,000 adults", .survey),
        ("The outcome showed the mayor had received 49.8 percent of the votes.", "outcome", .document),
        ("An autopsy found that 90 percent of his airway was blocked.", "autopsy", .document),
        // A possessive after "by" or "from" keeps its noun.
        ("Losses reached £40m, a report by the council's finance committee says.", "report by the council's finance committee", .report),
        ("Recent figures from the city's housing office showed rents up 8%.", "Recent figures from the city's housing office", .data),
        // … unless the phrase runs on too long to keep whole: it ends before the possessive.
        ("In Georgia, early results from the state's 14 rural congressional districts showed Cruz ahead.", "early results from the state", .document),
    ])
    func documentKinds(_ c: (String, String, SourceType)) throws {
        let a = try #require(attribute(c.0)[0].1, "no source in \(c.0)")
        #expect(a.source == c.1)
        #expect(a.sourceType == c.2)
    }

    /// A common word opening the sentence is no owner of the document when the article writes it in lower case.
    @Test func sentenceOpeningCommonWordIsNoOwner() throws {
        let text = "Court filings show that 40 percent of the funds were spent. The court will rule on Monday."
        let a = try #require(attribute(text)[0].1)
        #expect(a.source == "Court filings")
        let named = "Gallup polls show that 40 percent of voters agree. The poll ran for a week."
        #expect(try #require(attribute(named)[0].1).source == "Gallup")
    }

    /// A page's label word after a first name is a surname.
    @Test func labelWordAfterAFirstNameIsASurname() throws {
        let a = try #require(attribute("In a call with analysts, Pfizer chief executive Ian Read said the deal was sound.")[0].1)
        #expect(a.source == "Ian Read")
    }

    @Test func personFamiliarWithTheMatter() throws {
        let text = "The deal is worth $2 billion, a person familiar with the matter said."
        let a = try #require(attribute(text)[0].1)
        #expect(a.sourceType == .anonymous)
        #expect(a.source == "person")
        #expect(mention(a, in: text) == "a person familiar with the matter")
    }
}
