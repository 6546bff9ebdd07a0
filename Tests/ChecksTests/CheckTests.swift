import ClaimTraceCore
import Checks
import Claims
import Testing

/// The claims of `text` for an article dated 16 September 2016, every sentence kept.
func checkedClaims(_ text: String) -> [Claim] {
    var article = Article(text: text)
    article.date = "2016-09-16"
    return ClaimChain.standard(ClaimOptions(allSentences: true)).process(article)
}

/// The checks of every sentence of `text`, as (rule, status).
func checks(_ text: String) -> [(String, FigureCheck.Status)] {
    checkedClaims(text).flatMap { $0.checks.map { ($0.rule, $0.status) } }
}

/// Every example of every check rule: the rule must give the status the example names, or stay silent.
struct CheckRuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let text: String
        let status: FigureCheck.Status?
        var testDescription: String { "\(rule): \(text)" }
    }

    static let cases = CheckRulesBook.examples.map { Case(rule: $0.rule, text: $0.text, status: $0.status) }

    @Test(arguments: cases)
    func example(_ c: Case) {
        let found = checks(c.text).filter { $0.0 == c.rule }.map(\.1)
        if let status = c.status {
            #expect(found == [status], "\(c.rule) gave \(found), expected \(status)")
        } else {
            #expect(found.isEmpty, "\(c.rule) should stay silent, gave \(found)")
        }
    }
}

/// Rounding is never an error, and a real error is never excused.
struct RoundingTests {
    @Test func theLastDigitOfEachFigureIsAllowedFor() {
        // 33,669 × 1.2015 = 40,453.3; "20.2" covers 20.15 to 20.25.
        #expect(checks("Car sales rose 20.2 pct to 40,454 from 33,669.").map(\.1) == [.consistent])
        // 20.0 pct would need 40,403 ± 17: 40,454 is beyond it.
        #expect(checks("Car sales rose 20.0 pct to 40,454 from 33,669.").map(\.1) == [.inconsistent])
    }

    @Test func aWholePercentCoversHalfAPointEitherWay() {
        // $4.4 million from $5 million is a fall of 12% (11–13 given the rounding of 4.4 and 5).
        #expect(checks("Net profit fell 13 percent to $4.4 million from $5 million.").map(\.1) == [.consistent])
        #expect(checks("Net profit fell 18 percent to $4.4 million from $5 million.").map(\.1) == [.inconsistent])
    }

    @Test func wholeThousandsAreRoundedFigures() {
        // 100,000 and 84,000 are each ±500: 99,500/84,500 to 100,500/83,500 is a rise of 17.8–20.4 percent.
        #expect(checks("Soybean deliveries rose 20 pct to 100,000 tonnes from 84,000 tonnes.").map(\.1) == [.consistent])
        #expect(checks("Soybean deliveries rose 25 pct to 100,000 tonnes from 84,000 tonnes.").map(\.1) == [.inconsistent])
    }

    @Test func scaledFiguresCarryTheirScale() {
        // "$1.2 billion" is 1.15–1.25 billion: a rise from $1 billion of 15–25 (with 0.95–1.05: 9.5–31.6) percent.
        #expect(checks("Revenue rose 20% to $1.2 billion from $1 billion.").map(\.1) == [.consistent])
        #expect(checks("Revenue rose 45% to $1.2 billion from $1 billion.").map(\.1) == [.inconsistent])
    }

    @Test func hedgedFiguresAreLooser() {
        #expect(checks("Revenue rose about 25% to $1.25 billion from $1 billion.").map(\.1) == [.consistent])
    }

    @Test func oneSidedFiguresAreNotChecked() {
        #expect(checks("Sales rose more than 30% to $13 million from $10 million.").isEmpty)
    }

    @Test func twoChangesInOneSentenceAreCheckedApart() {
        let found = checks("Sales rose 10% to $11 million from $10 million, while profit fell 50% to $1 million from $2 million.")
        #expect(found.map(\.1) == [.consistent, .consistent])
    }

    @Test func aChangeWithItsLevelsInTheNextSentence() {
        let text = "Sales rose 12 percent in the quarter. They reached $5.6 million, up from $5 million a year earlier."
        #expect(checks(text).map(\.1) == [.consistent])
        let wrong = "Sales rose 18 percent in the quarter. They reached $5.6 million, up from $5 million a year earlier."
        #expect(checks(wrong).map(\.1) == [.inconsistent])
    }

    @Test func checksNameTheirFiguresAndSayWhatIsExpected() throws {
        let claim = try #require(checkedClaims("Car sales rose 24.2 pct to 40,454 from 33,669.").first)
        let check = try #require(claim.checks.first)
        #expect(check.quantities.map { claim.quantities[$0].text } == ["24.2 pct", "40,454", "33,669"])
        #expect(check.expected.hasPrefix("20.15 %"))
        #expect(check.message.contains("not 24.2 pct"))
    }
}

struct SurveyTests {
    static let poll = """
        Clinton leads Trump 48 percent to 43 percent among likely voters, according to a Quinnipiac University poll released on Thursday.

        The poll of 1,002 likely voters, conducted Sept. 8–13 by telephone, has a margin of error of plus or minus 3.1 percentage points.
        """

    @Test func detailsAreGatheredFromTheArticle() throws {
        let claims = checkedClaims(Self.poll)
        let lead = try #require(claims.first { $0.text.hasPrefix("Clinton") })
        let survey = try #require(lead.survey)
        #expect(survey.name == "Quinnipiac University")
        #expect(survey.sampleSize == 1002)
        #expect(survey.marginOfError == 3.1)
        #expect(survey.fieldStart == "2016-09-08")
        #expect(survey.fieldEnd == "2016-09-13")
        #expect(survey.population == "likely voters")
        #expect(survey.mode == "telephone")
    }

    @Test func theMarginIsCheckedAgainstTheSample() throws {
        let claims = checkedClaims(Self.poll)
        let details = try #require(claims.first { $0.text.hasPrefix("The poll") })
        #expect(details.checks.map(\.rule) == ["margin_of_error"])
        #expect(details.checks.first?.status == .consistent)
    }

    @Test func aSponsorAndAPopulationAbroad() throws {
        let text = "An Ipsos survey for the BBC of 18,000 adults in 32 countries found 61 percent support for the treaty."
        let survey = try #require(checkedClaims(text).first?.survey)
        #expect(survey.sponsor == "BBC")
        #expect(survey.sampleSize == 18000)
        #expect(survey.population == "adults in 32 countries")
    }

    @Test func articlesWithoutPollsHaveNoSurvey() {
        #expect(checkedClaims("Sales rose 5 percent last year, the company said.").allSatisfy { $0.survey == nil })
    }
}
