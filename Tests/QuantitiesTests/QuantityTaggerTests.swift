import ClaimTraceCore
import Quantities
import Testing

/// The figure whose text is `text` in `sentence`, as the tagger found it.
func figure(_ text: String, in sentence: String) -> Quantity? {
    let bytes = Array(sentence.utf8)
    return QuantityTagger.tag(sentence).first {
        String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) == text
    }
}

func texts(_ sentence: String) -> [String] {
    let bytes = Array(sentence.utf8)
    return QuantityTagger.tag(sentence).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
}

struct PercentTests {
    @Test func percentWordWithQualifier() throws {
        let q = try #require(figure("9 percent", in: "Just 9 percent of consumers said they have used generative AI."))
        #expect(q.kind == .percent)
        #expect(q.value == 9)
        #expect(q.unit == "percent")
        #expect(q.qualifier == "just")
        #expect(q.approximate == false)
        #expect(q.isStatistic)
    }

    @Test(arguments: [
        ("Turnout rose to 61.5% in the capital.", "61.5%", 61.5),
        ("Prices climbed 4.2 per cent last month.", "4.2 per cent", 4.2),
        ("Exports fell 3.1 pct in January.", "3.1 pct", 3.1),
        ("Unemployment stood at 5pc in March.", "5pc", 5),
        ("Only twenty percent of the ballots were counted.", "twenty percent", 20),
    ])
    func percentForms(sentence: String, text: String, value: Double) throws {
        let q = try #require(figure(text, in: sentence))
        #expect(q.kind == .percent)
        #expect(q.value == value)
    }

    @Test func percentagePointsAreNotPercent() throws {
        let q = try #require(figure("2 percentage points", in: "The lead narrowed by 2 percentage points."))
        #expect(q.kind == .percentagePoints)
        #expect(q.value == 2)
        #expect(q.unit == "percentage_points")
    }

    @Test func percentRangeWithHyphen() throws {
        let q = try #require(figure("10-12%", in: "Analysts expect growth of 10-12% next year."))
        #expect(q.kind == .percent)
        #expect(q.value == nil)
        #expect(q.low == 10)
        #expect(q.high == 12)
    }

    @Test func betweenAndRange() throws {
        let q = try #require(figure("5 and 7 percent", in: "Inflation will run between 5 and 7 percent."))
        #expect(q.low == 5)
        #expect(q.high == 7)
        #expect(q.kind == .percent)
    }
}

struct MoneyTests {
    @Test(arguments: [
        ("The firm raised $1.2bn from investors.", "$1.2bn", 1.2e9, "USD"),
        ("It reported a loss of 4 mln dlrs.", "4 mln dlrs", 4e6, "USD"),
        ("Japan is forecast to become a trillion-dollar market.", "trillion-dollar", 1e12, "USD"),
        ("The fine was €250 million.", "€250 million", 2.5e8, "EUR"),
        ("Tickets cost £45 each.", "£45", 45, "GBP"),
        ("The deal is worth ¥3 trillion.", "¥3 trillion", 3e12, "JPY"),
        ("Sales reached HK$2.5 billion.", "HK$2.5 billion", 2.5e9, "HKD"),
        ("The ministry set aside 300 billion yen.", "300 billion yen", 3e11, "JPY"),
        ("Earnings were 42 cts.", "42 cts", 42, "cent"),
        ("The startup raised $5m in seed funding.", "$5m", 5e6, "USD"),
    ])
    func moneyForms(sentence: String, text: String, value: Double, code: String) throws {
        let q = try #require(figure(text, in: sentence), "no figure \(text) in \(texts(sentence))")
        #expect(q.kind == .money)
        #expect(abs((q.value ?? 0) - value) < value * 1e-9)
        #expect(q.unit == code)
    }

    @Test func ratesKeepTheirBase() throws {
        // "a share", "a barrel", "a year" after a figure are part of its unit (the "rate units are cut").
        let cases: [(String, String, Double, String)] = [
            ("Earnings were 42 cts a share.", "42 cts a share", 42, "cent per share"),
            ("Brent rose to $35 a barrel.", "$35 a barrel", 35, "USD per barrel"),
            ("Prices rise 3 percent a year.", "3 percent a year", 3, "percent per year"),
            ("Rent is 1,200 dollars a month.", "1,200 dollars a month", 1200, "USD per month"),
        ]
        for (sentence, text, value, unit) in cases {
            let q = try #require(figure(text, in: sentence), "found \(texts(sentence))")
            #expect(q.value == value)
            #expect(q.unit == unit)
        }
        // A duration after "a year" is time, not a rate.
        #expect(figure("3 percent", in: "Sales rose 3 percent a year earlier.") != nil)
    }

    @Test func moneyRangeSharesTheScale() throws {
        let q = try #require(figure("$5 to $7 billion", in: "The plan will cost $5 to $7 billion."))
        #expect(q.low == 5e9)
        #expect(q.high == 7e9)
        #expect(q.unit == "USD")
    }
}

struct CountAndRangeTests {
    @Test func countKeepsItsNoun() throws {
        let q = try #require(figure("32 countries", in: "An Ipsos survey of 32 countries published last June showed."))
        #expect(q.kind == .count)
        #expect(q.value == 32)
        #expect(q.unit == "countries")
    }

    @Test func spelledCountWithModifier() throws {
        let q = try #require(figure("two Chinese nationals", in: "The army captured two Chinese nationals."))
        #expect(q.kind == .count)
        #expect(q.value == 2)
        #expect(q.unit == "nationals")
    }

    @Test func spelledDurationRange() throws {
        let q = try #require(figure("three to five years", in: "The economy will improve in the next three to five years."))
        #expect(q.kind == .duration)
        #expect(q.low == 3)
        #expect(q.high == 5)
        #expect(q.unit == "year")
        #expect(q.value == nil)
    }

    @Test func approximateDuration() throws {
        let q = try #require(figure("17 years", in: "He gave a public speech, his first in about 17 years."))
        #expect(q.kind == .duration)
        #expect(q.value == 17)
        #expect(q.qualifier == "about")
        #expect(q.approximate)
    }

    /// A fraction after a scale word is a fraction of that scale; before one it scales the whole.
    @Test(arguments: [
        ("The city spent two million and a half on repairs.", "two million and a half", 2_500_000.0),
        ("The fund holds 3 million and a quarter in bonds.", "3 million and a quarter", 3_250_000),
        ("The port handled five billion and three quarters last year.", "five billion and three quarters", 5_750_000_000),
        ("The bill came to one billion and a half million.", "one billion and a half million", 1_000_500_000),
        ("The village has one hundred and three quarters acres of orchards.", "one hundred and three quarters", 100.75),
        ("Organisers expect one and a half million visitors.", "one and a half million", 1_500_000),
        // Digits and a fraction in words: "29 and a half days", not 29.
        ("A full moon comes every 29 and a half days.", "29 and a half days", 29.5),
    ])
    func mixedNumbersWithScales(sentence: String, text: String, value: Double) throws {
        let bytes = Array(sentence.utf8)
        let q = try #require(QuantityTagger.tag(sentence).first {
            String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self).hasPrefix(text)
        }, "no figure \(text) in \(texts(sentence))")
        #expect(abs((q.value ?? 0) - value) < 0.5)
    }

    @Test func scalesMultiplyAndAreasGlue() throws {
        #expect(figure("three lakh crore", in: "The outlay is three lakh crore.")?.value == 3e12)
        #expect(figure("85m2", in: "The flat has 85m2 of floor space.")?.unit == "m2")
        #expect(figure("40 m3", in: "The tank holds 40 m3.")?.unit == "m3")
        // "one can" is a pronoun before a modal, a container before "of".
        #expect(figure("one can", in: "At six weeks, one can already see the change.") == nil)
        #expect(figure("one can", in: "He bought one can of beans.")?.value == 1)
    }

    @Test func aShareIsNeverMoreThanItsWhole() throws {
        #expect(figure("Eight in 10", in: "Eight in 10 voters agreed.")?.kind == .ratio)
        #expect(figure("12 in six", in: "Crews packed 12 in six boxes.") == nil)
        #expect(figure("six boxes", in: "Crews packed 12 in six boxes.")?.value == 6)
    }

    @Test func lowerAndUpperBoundsMakeARange() throws {
        let q = try #require(QuantityTagger.tag("Turnout was above 40 and below 55 in most districts.").first)
        #expect(q.low == 40)
        #expect(q.high == 55)
        #expect(!QuantityTagger.tag("Sales rose more than 5 and costs fell less than 2 in March.").contains { $0.low != nil })
    }

    @Test(arguments: [
        ("The storm destroyed two hundred and forty-one homes.", "two hundred and forty-one homes", 241.0),
        ("Police detained a dozen protesters.", "a dozen protesters", 12),
        ("The city has half a million residents.", "half a million residents", 500_000),
        ("The company employs 1,250 workers.", "1,250 workers", 1250),
        ("The park drew 3.4 million visitors.", "3.4 million visitors", 3_400_000),
    ])
    func spelledAndGroupedNumbers(sentence: String, text: String, value: Double) throws {
        let q = try #require(figure(text, in: sentence), "no figure \(text) in \(texts(sentence))")
        #expect(q.value == value)
        #expect(q.kind == .count)
    }

    @Test(arguments: [
        ("More than 1,000 people attended.", "more than", false),
        ("Nearly 40 percent voted.", "nearly", true),
        ("At least 12 people died.", "at least", false),
        ("Roughly 300 jobs will go.", "roughly", true),
    ])
    func qualifiers(sentence: String, qualifier: String, approximate: Bool) throws {
        let q = try #require(QuantityTagger.tag(sentence).first)
        #expect(q.qualifier == qualifier)
        #expect(q.approximate == approximate)
    }

    @Test func measuresAreNormalised() throws {
        let q = try #require(figure("1.5 million barrels per day", in: "Output hit 1.5 million barrels per day."))
        #expect(q.kind == .measure)
        #expect(q.unit == "barrel per day")
        #expect(q.value == 1_500_000)
        let km = try #require(figure("40 kilometres", in: "The convoy stretched 40 kilometres."))
        #expect(km.unit == "km")
    }

    @Test func ratios() throws {
        let q = try #require(figure("One in five", in: "One in five adults smokes."))
        #expect(q.kind == .ratio)
        #expect(q.value == 0.2)
        let f = try #require(figure("two-thirds", in: "Nearly two-thirds of voters backed the plan."))
        #expect(f.kind == .fraction)
        #expect(abs((f.value ?? 0) - 2.0 / 3) < 1e-9)
    }
}

struct NonStatisticTests {
    @Test(arguments: [
        ("On 18 April, the president spoke.", "18 April", QuantityKind.date),
        ("On April 19, Chen gave a speech.", "April 19", .date),
        ("The attacks of Sept. 11 changed everything.", "Sept. 11", .date),
        ("The vote is set for 2019-03-01.", "2019-03-01", .date),
        ("Sales peaked in 2019.", "2019", .year),
        ("He gave a public speech, his first in years.", "first", .ordinal),
        ("The office is adjacent to Taipei 101.", "Taipei 101", .identifier),
        ("A tawdry A4 printout hung on the door.", "A4", .identifier),
        ("Leaders of the G7 met on Monday.", "G7", .identifier),
        ("Cases of COVID-19 rose.", "COVID-19", .identifier),
        ("The airline grounded its Boeing 737 fleet.", "Boeing 737", .identifier),
        ("The market opens at 9:30 a.m.", "9:30 a.m.", .time),
        ("She finished 3rd in the race.", "3rd", .ordinal),
    ])
    func notStatistics(sentence: String, text: String, kind: QuantityKind) throws {
        let q = try #require(figure(text, in: sentence), "no figure \(text) in \(texts(sentence))")
        #expect(q.kind == kind)
        #expect(!q.isStatistic)
    }

    @Test func yearRangeIsOneYearFigure() throws {
        let q = try #require(figure("2019 and 2023", in: "There were no models between 2019 and 2023, compared to 182."))
        #expect(q.kind == .year)
        #expect(q.low == 2019)
        #expect(q.high == 2023)
        let n = try #require(figure("182", in: "There were no models between 2019 and 2023, compared to 182."))
        #expect(n.kind == .number)
        #expect(n.isStatistic)
    }

    @Test func pronounOneIsNotAFigure() {
        #expect(QuantityTagger.tag("Japan was the only one among the countries surveyed.").isEmpty)
    }
}

struct ReferenceIdentifierTests {
    /// A bibliography's identifiers hold no figure; the volume, issue and pages before them stay what they are.
    @Test(arguments: [
        "Bibcode:1998PNAS...95.9047M. doi:10.1073/pnas.95.15.9047.",
        "Auckland: Penguin Books. ISBN 978-0-14-301045-8. OCLC 55854376.",
    ])
    func identifiersAreSkipped(_ line: String) {
        #expect(texts(line).isEmpty, "found \(texts(line))")
    }

    @Test func theFigureBesideAReferenceStays() throws {
        let q = try #require(figure("3,000 people", in: "The study of 3,000 people (PMID 12345678) found more cases."))
        #expect(q.kind == .count)
        #expect(texts("The study of 3,000 people (PMID 12345678) found more cases.") == ["3,000 people"])
    }
}
