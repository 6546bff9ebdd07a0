import ClaimTraceCore
import Claims
import Testing
import Time

/// The claims of `text` (paragraphs separated by blank lines) for an article dated `date`.
private func claims(_ text: String, date: String? = "2016-09-16") -> [Claim] {
    var article = Article(text: text)
    article.date = date
    return ClaimChain.standard(ClaimOptions(allSentences: true)).process(article)
}

/// The period of the figure written `figure`, as (value, text, basis).
private func period(of figure: String, in text: String, date: String? = "2016-09-16") -> (String, String?, Period.Basis)? {
    for claim in claims(text, date: date) {
        if let q = claim.quantities.first(where: { $0.text == figure }), let p = q.period { return (p.value, p.text, p.basis) }
    }
    return nil
}

struct TimeSpanTests {
    @Test(arguments: [("Voting ended on 6 December.", "6 December"), ("The fair closes on 30 June.", "30 June"),
                      ("The deal closes on 12 Dec.", "12 Dec.")])
    func aSentencesFullStopIsNotPartOfADate(_ c: (String, String)) throws {
        let time = try #require(claims(c.0).first?.times.first)
        #expect(time.text == c.1)
    }

    /// A span before a noun leaves "the" to the noun; a hedge that limits or rounds a count stays outside.
    @Test(arguments: [("Bush spoke of the two-week gulf crisis.", "two-week"), ("The third-quarter loss was large.", "third-quarter"),
                      ("Crowds came for the two day rally.", "two day"), ("Rates track the 30-day bill rate.", "30-day"),
                      ("Talks took only six months.", "six months"), ("The flight lasted about five hours.", "five hours"),
                      ("Over the next two days, rain fell.", "the next two days"), ("Profit in the third quarter ended Oct. 31 rose.", "the third quarter"),
                      ("The fighting lasted nearly two years.", "nearly two years")])
    func aTimesExtentFollowsTimeML(_ c: (String, String)) throws {
        let time = try #require(claims(c.0).first?.times.first)
        #expect(time.text == c.1)
    }
}

struct PeriodTests {
    @Test func aTimeInTheSameClauseGovernsTheFigure() throws {
        let p = try #require(period(of: "4.9 percent", in: "Unemployment fell to 4.9 percent last month, the Labor Department said."))
        #expect(p.0 == "2016-08")
        #expect(p.1 == "last month")
        #expect(p.2 == .explicit)
    }

    @Test func anOpeningTimePhraseGovernsTheWholeSentence() throws {
        let p = try #require(period(of: "12 percent", in: "In 2015, sales at the chain rose 12 percent."))
        #expect(p.0 == "2015")
        #expect(p.2 == .explicit)
    }

    @Test func aTimeBeyondACommaIsInherited() throws {
        let p = try #require(period(of: "$2.1 billion", in: "The deficit reached $2.1 billion, up from a year before, officials said on Tuesday."))
        #expect(p.2 == .inherited)
    }

    @Test func theSentenceBeforeInTheParagraphLendsItsTime() throws {
        let text = "Sales rose 12 percent in the third quarter. Profit climbed 8 percent, helped by lower costs."
        let p = try #require(period(of: "8 percent", in: text))
        #expect(p.0 == "2016-Q3")
        #expect(p.1 == nil)
        #expect(p.2 == .inherited)
    }

    @Test func aNewParagraphFallsBackToTheArticleDate() throws {
        let text = "Sales rose 12 percent in the third quarter.\n\nProfit climbed 8 percent, helped by lower costs."
        let p = try #require(period(of: "8 percent", in: text))
        #expect(p.0 == "2016-09-16")
        #expect(p.2 == .article)
    }

    @Test func withoutADateOrATimeThereIsNoPeriod() {
        #expect(period(of: "8 percent", in: "Profit climbed 8 percent.", date: nil) == nil)
    }

    @Test func onlyStatisticsHaveAPeriod() throws {
        let claim = try #require(claims("The plant, built in 1998, employs 450 people.").first)
        let year = try #require(claim.quantities.first { $0.text == "1998" })
        #expect(year.period == nil)
        #expect(claim.quantities.first { $0.text == "450 people" }?.period?.value == "1998")
    }

    @Test func eachFigureTakesTheNearestTime() throws {
        let text = "Exports rose 4 percent in July, after falling 2 percent in June."
        #expect(period(of: "4 percent", in: text)?.0 == "2016-07")
        #expect(period(of: "2 percent", in: text)?.0 == "2016-06")
    }

    @Test func timesAreListedWithOffsetsInTheClaim() throws {
        let claim = try #require(claims("Shares fell 3 percent on Tuesday, their worst day since March 2009.").first)
        #expect(claim.times.map(\.text) == ["Tuesday", "March 2009"])
        #expect(claim.times.map(\.value) == ["2016-09-13", "2009-03"])
        let first = try #require(claim.times.first)
        let scalars = Array(claim.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "Tuesday")
    }

    @Test func theStageCanBeLeftOut() throws {
        var options = ClaimOptions(allSentences: true)
        options.time = false
        var article = Article(text: "Unemployment fell to 4.9 percent last month.")
        article.date = "2016-09-16"
        let claim = try #require(ClaimChain.standard(options).process(article).first)
        #expect(claim.times.isEmpty)
        #expect(claim.quantities.allSatisfy { $0.period == nil })
    }
}

/// Resolution against the article date, in the forms news uses.
struct ResolutionTests {
    /// The (text, value) of every time expression in `text`.
    private func times(_ text: String, date: String = "2016-09-16") -> [(String, String)] {
        claims(text, date: date).flatMap { $0.times.map { ($0.text, $0.value) } }
    }

    @Test func weekdaysAreTheLastOneUnlessTheVerbIsFuture() {
        #expect(times("The minister resigned on Monday.").map(\.1) == ["2016-09-12"])
        #expect(times("The minister will resign on Monday.").map(\.1) == ["2016-09-19"])
        #expect(times("The bank cut rates last Friday.").map(\.1) == ["2016-09-09"])
    }

    @Test func aPassiveAfterWillLooksAheadAndSinceLooksBack() {
        // "be named" is no past tense: the mission is next December, not last.
        #expect(times("Collins will be named commander of a mission in December.", date: "1998-03-04").map(\.1) == ["1998-12"])
        // A search "since" a date began before the article: last October.
        #expect(times("Police have been searching since the Oct. 23 shooting.", date: "1999-05-06").map(\.1) == ["1998-10-23"])
    }

    @Test func datesWithoutAYearTakeTheNearestOne() {
        // Written in January: December is last year's, February this year's.
        #expect(times("Prices peaked on Dec. 20.", date: "2017-01-10").map(\.1) == ["2016-12-20"])
        #expect(times("The auction is set for Feb. 3.", date: "2017-01-10").map(\.1) == ["2017-02-03"])
        // A past verb moves a date well ahead of the article back a year.
        #expect(times("Output fell in November.", date: "2016-09-16").map(\.1) == ["2015-11"])
    }

    @Test func aYearAgoCountsFromTheQuarterReported() {
        let found = times("Net income rose to $5 million in the third quarter from $4 million a year ago.")
        #expect(found.map(\.1) == ["2016-Q3", "2015-Q3"])
    }

    @Test func isoWeeksAtTheTurnOfTheYear() {
        // 1 January 2016 was a Friday, in week 53 of 2015.
        #expect(times("Sales slumped this week.", date: "2016-01-01").map(\.1) == ["2015-W53"])
        #expect(times("Sales slumped last week.", date: "2016-01-06").map(\.1) == ["2015-W53"])
    }

    @Test func durationsAndSets() {
        #expect(times("The talks lasted three days.").map(\.1) == ["P3D"])
        #expect(times("The strike lasted 24 hours.").map(\.1) == ["PT24H"])
        #expect(times("Prices rose for years.").map(\.1) == ["PXY"])
        #expect(times("The index is published monthly.").map(\.1) == ["P1M"])
    }

    @Test func withoutAnArticleDateDatesKeepWhatTheTextSays() {
        let found = claims("Shares fell on Tuesday and rose on March 3, 2015.", date: nil).flatMap { $0.times.map(\.value) }
        #expect(found == ["XXXX-WXX-2", "2015-03-03"])
    }

    @Test func numbersThatAreNotTimes() {
        #expect(times("The company employs 2000 people.").isEmpty)
        #expect(times("She is 52 years old.").isEmpty)
        #expect(times("About three-quarters of voters agreed.").isEmpty)
        #expect(times("The quarterly dividend is 5 cents.").isEmpty)
    }
}

struct UndatedArticleTests {
    @Test func relativeTimesOfAnUndatedArticleAreReferences() throws {
        var article = Article(text: "Just 9 percent of consumers said so, a survey released earlier this year showed. Sales fell last year.")
        article.date = nil
        let times = ClaimChain.standard(ClaimOptions(allSentences: true)).process(article).flatMap { $0.times }
        #expect(times.map(\.text) == ["earlier this year", "last year"])
        #expect(times.map(\.value) == ["PRESENT_REF", "PAST_REF"])
    }
}
