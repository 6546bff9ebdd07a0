import ClaimTraceCore
import Quantities
import Testing

/// One figure in one sentence, as a reader of the news would mark it.
struct Figure: Sendable, CustomTestStringConvertible {
    let sentence: String
    let text: String
    let kind: QuantityKind
    let value: Double?
    let unit: String?
    var testDescription: String { "\(text) in “\(sentence)”" }

    init(_ sentence: String, _ text: String, _ kind: QuantityKind, _ value: Double?, _ unit: String? = nil) {
        self.sentence = sentence
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
    }
}

func check(_ f: Figure) throws {
    let q = try #require(figure(f.text, in: f.sentence), "found \(texts(f.sentence))")
    #expect(q.kind == f.kind)
    if let value = f.value {
        let got = try #require(q.value, "no value")
        #expect(abs(got - value) <= abs(value) * 1e-12, "value \(got)")
    }
    if let unit = f.unit { #expect(q.unit == unit) }
}

struct NumberPhrasingTests {
    static let cases: [Figure] = [
        Figure("The company cut 1,250 jobs in Ohio.", "1,250 jobs", .count, 1250, "jobs"),
        Figure("Police said 14 people were arrested.", "14 people", .count, 14, "people"),
        Figure("The city planted 12,000 trees last spring.", "12,000 trees", .count, 12000, "trees"),
        Figure("Some 3.2 million voters cast ballots.", "3.2 million voters", .count, 3_200_000, "voters"),
        Figure("The survey covered 2,045 adults.", "2,045 adults", .count, 2045, "adults"),
        Figure("Eleven ministers resigned on Friday.", "Eleven ministers", .count, 11, "ministers"),
        Figure("The fire destroyed forty-two homes.", "forty-two homes", .count, 42, "homes"),
        Figure("Ninety-nine boats reached the harbour.", "Ninety-nine boats", .count, 99, "boats"),
        Figure("The law affects two hundred and forty-one schools.", "two hundred and forty-one schools", .count, 241, "schools"),
        Figure("A dozen bidders entered the auction.", "A dozen bidders", .count, 12, "bidders"),
        Figure("The region lost half a million jobs.", "half a million jobs", .count, 500_000, "jobs"),
        Figure("The group has a million members.", "a million members", .count, 1_000_000, "members"),
        Figure("The bank holds 4.06 mln accounts.", "4.06 mln accounts", .count, 4_060_000, "accounts"),
        Figure("The state employs two mln workers.", "two mln workers", .count, 2_000_000, "workers"),
        Figure("Nearly 7 billion doses were shipped.", "7 billion doses", .count, 7e9, "doses"),
        Figure("The tally stood at 1 234 567 votes.", "1 234 567 votes", .count, 1_234_567, "votes"),
        Figure("The answer was twenty and three fifths.", "twenty and three fifths", .number, 20.6),
        Figure("The gap was two and fifty-four hundredths.", "two and fifty-four hundredths", .number, 2.54),
        Figure("The reading was nine point nought four.", "nine point nought four", .number, 9.04),
        Figure("A quarter million people marched.", "A quarter million people", .count, 250_000, "people"),
        Figure("He is 5 ft 2 in.", "5 ft 2 in", .measure, 5 + 2.0 / 12, "ft"),
        Figure("It cost thirteen dollars and forty-five cents.", "thirteen dollars and forty-five cents", .money, 13.45, "USD"),
        Figure("Turnout reached 40 000 in the capital.", "40 000", .number, 40_000),
        Figure("Le séisme a fait près de 5 500 morts.", "5 500 morts", .count, 5_500),
        Figure("American will also buy 15 747s from Boeing.", "15", .number, 15),
        Figure("The index closed at 3,456.78.", "3,456.78", .number, 3456.78),
        Figure("Temperatures fell to -12.5 overnight.", "-12.5", .number, -12.5),
        Figure("The account showed a balance of −300.", "−300", .number, -300),
        Figure("The club has 87 members and 3 coaches.", "3 coaches", .count, 3, "coaches"),
        Figure("There were 182 from the US and 30 from China.", "182", .number, 182),
        Figure("Only twelve so-called “diplomatic allies” remain.", "twelve so-called “diplomatic allies", .count, 12, "allies"),
        Figure("Tens of thousands of people marched.", "Tens of thousands of people", .count, nil, "people"),
        Figure("Hundreds of flights were cancelled.", "Hundreds of flights", .count, nil, "flights"),
        Figure("The project will create 5,000 new jobs.", "5,000 new jobs", .count, 5000, "jobs"),
        Figure("Regulators fined 37 banks last year.", "37 banks", .count, 37, "banks"),
        Figure("The pact covers 1.4 billion people.", "1.4 billion people", .count, 1.4e9, "people"),
        Figure("It sold 2.5bn units worldwide.", "2.5bn units", .count, 2.5e9, "units"),
        Figure("About 300 children were evacuated.", "300 children", .count, 300, "children"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

struct PercentPhrasingTests {
    static let cases: [Figure] = [
        Figure("Inflation eased to 2.4% in October.", "2.4%", .percent, 2.4, "percent"),
        Figure("Unemployment rose to 5.1 percent.", "5.1 percent", .percent, 5.1, "percent"),
        Figure("Prices climbed 3 per cent last month.", "3 per cent", .percent, 3, "percent"),
        Figure("Exports fell 7.5 pct in January.", "7.5 pct", .percent, 7.5, "percent"),
        Figure("Growth slowed to 1.8pc in the quarter.", "1.8pc", .percent, 1.8, "percent"),
        Figure("Support stands at 41 %.", "41 %", .percent, 41, "percent"),
        Figure("Nine percent of voters were undecided.", "Nine percent", .percent, 9, "percent"),
        Figure("Turnout was sixty-five percent.", "sixty-five percent", .percent, 65, "percent"),
        Figure("The party won 0.5% of the vote.", "0.5%", .percent, 0.5, "percent"),
        Figure("Losses widened by 250%.", "250%", .percent, 250, "percent"),
        Figure("The lead shrank by 3 percentage points.", "3 percentage points", .percentagePoints, 3, "percentage_points"),
        Figure("Rates rose half a percentage point.", "half a percentage point", .percentagePoints, 0.5, "percentage_points"),
        Figure("The bank raised rates by 25 basis points.", "25 basis points", .percentagePoints, 25, "basis_points"),
        Figure("The Fed raised rates by a quarter percentage point.", "a quarter percentage point", .percentagePoints, 0.25, "percentage_points"),
        Figure("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", .percentagePoints, 0.25, "percentage_points"),
        Figure("Yields fell 12 bps on Monday.", "12 bps", .percentagePoints, 12, "basis_points"),
        Figure("Its share rose 2.5 pct points.", "2.5 pct points", .percentagePoints, 2.5, "percentage_points"),
        Figure("Margins improved 1.2 percent points.", "1.2 percent points", .percentagePoints, 1.2, "percentage_points"),
        Figure("Costs dropped -5% in the year.", "-5%", .percent, -5, "percent"),
        Figure("One in five adults smokes.", "One in five", .ratio, 0.2, "ratio"),
        Figure("Three out of four doctors agreed.", "Three out of four", .ratio, 0.75, "ratio"),
        Figure("Nearly two-thirds of members voted yes.", "two-thirds", .fraction, 2.0 / 3, "fraction"),
        Figure("A third of the budget went to defence.", "A third", .fraction, 1.0 / 3, "fraction"),
        Figure("Half of the respondents disagreed.", "Half", .fraction, 0.5, "fraction"),
        Figure("Three quarters of the staff left.", "Three quarters", .fraction, 0.75, "fraction"),
        Figure("The stock rose 1/8 to 30-1/2.", "1/8", .fraction, 0.125, "fraction"),
        Figure("The stock rose 1/8 to 30-1/2.", "30-1/2", .number, 30.5),
        Figure("Sales were twice as high as in 2019.", "twice", .ratio, 2, "times"),
        Figure("Demand is 2.27 times supply.", "2.27 times", .ratio, 2.27, "times"),
        Figure("Profits doubled last year.", "doubled", .ratio, 2, "times"),
        Figure("The deficit halved in two years.", "halved", .ratio, 0.5, "times"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

struct MoneyPhrasingTests {
    static let cases: [Figure] = [
        Figure("The deal is worth $4.5 billion.", "$4.5 billion", .money, 4.5e9, "USD"),
        Figure("Revenue reached $980m in the quarter.", "$980m", .money, 980e6, "USD"),
        Figure("The fund raised $2.1bn.", "$2.1bn", .money, 2.1e9, "USD"),
        Figure("The firm paid US$1.2 million.", "US$1.2 million", .money, 1.2e6, "USD"),
        Figure("Exports hit A$3.4 billion.", "A$3.4 billion", .money, 3.4e9, "AUD"),
        Figure("The tower cost HK$12 billion.", "HK$12 billion", .money, 12e9, "HKD"),
        Figure("The plan costs C$700 million.", "C$700 million", .money, 700e6, "CAD"),
        Figure("Fines reached €1.49 billion.", "€1.49 billion", .money, 1.49e9, "EUR"),
        Figure("Tickets cost £12.50.", "£12.50", .money, 12.5, "GBP"),
        Figure("The budget is ¥114 trillion.", "¥114 trillion", .money, 114e12, "JPY"),
        Figure("The loan was 300 billion yen.", "300 billion yen", .money, 3e11, "JPY"),
        Figure("China pledged 50 billion yuan.", "50 billion yuan", .money, 5e10, "CNY"),
        Figure("Net profit was 4 mln dlrs.", "4 mln dlrs", .money, 4e6, "USD"),
        Figure("The bid values it at 1.5 bln dlrs.", "1.5 bln dlrs", .money, 1.5e9, "USD"),
        Figure("Shr 34 cts vs 39 cts.", "34 cts", .money, 34, "cent"),
        Figure("The settlement was 2.5 million euros.", "2.5 million euros", .money, 2.5e6, "EUR"),
        Figure("He earned 80,000 pounds sterling.", "80,000 pounds sterling", .money, 80000, "GBP"),
        Figure("It is a trillion-dollar industry.", "trillion-dollar", .money, 1e12, "USD"),
        Figure("They signed a billion-dollar contract.", "billion-dollar", .money, 1e9, "USD"),
        Figure("The $5-billion plan stalled.", "$5-billion", .money, 5e9, "USD"),
        Figure("Sales were USD 3.2 million.", "USD 3.2 million", .money, 3.2e6, "USD"),
        Figure("The project costs EUR 45 million.", "EUR 45 million", .money, 45e6, "EUR"),
        Figure("Rent is 1,200 dollars a month.", "1,200 dollars a month", .money, 1200, "USD per month"),
        Figure("The group lost hundreds of thousands of dollars.", "hundreds of thousands of dollars", .money, nil, "USD"),
        Figure("The stake is worth ₹500 crore.", "₹500 crore", .money, 5e9, "INR"),
        Figure("Seoul set aside ₩2 trillion.", "₩2 trillion", .money, 2e12, "KRW"),
        Figure("Salaries rose to $52,000.", "$52,000", .money, 52000, "USD"),
        Figure("It costs $0.99 per song.", "$0.99", .money, 0.99, "USD"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

struct MeasurePhrasingTests {
    static let cases: [Figure] = [
        Figure("The pipeline runs 1,200 km.", "1,200 km", .measure, 1200, "km"),
        Figure("The road is 40 kilometres long.", "40 kilometres", .measure, 40, "km"),
        Figure("The storm moved 15 miles inland.", "15 miles", .measure, 15, "mi"),
        Figure("Output reached 9.8 million barrels per day.", "9.8 million barrels per day", .measure, 9.8e6, "barrel per day"),
        Figure("Saudi output is 10.5 mln bpd.", "10.5 mln bpd", .measure, 10.5e6, "barrel per day"),
        Figure("Stocks rose by 6.4 mln barrels.", "6.4 mln barrels", .measure, 6.4e6, "barrel"),
        Figure("The plant will produce 500 MW.", "500 MW", .measure, 500, "MW"),
        Figure("Solar capacity hit 1.2 GW.", "1.2 GW", .measure, 1.2, "GW"),
        Figure("Fires burned 20,000 hectares.", "20,000 hectares", .measure, 20000, "ha"),
        Figure("The farm covers 640 acres.", "640 acres", .measure, 640, "acre"),
        Figure("Temperatures reached 41°C in Seville.", "41°C", .measure, 41, "°C"),
        Figure("It was 98 degrees Fahrenheit.", "98 degrees Fahrenheit", .measure, 98, "°F"),
        Figure("The harvest was 2.4 million tonnes.", "2.4 million tonnes", .measure, 2.4e6, "t"),
        Figure("The ship carried 37,000 long tons.", "37,000 long tons", .measure, 37000, "long ton"),
        Figure("Each bag weighs 60 kilos.", "60 kilos", .measure, 60, "kg"),
        Figure("The quake struck 10 km deep.", "10 km", .measure, 10, "km"),
        Figure("The zone covers 155 square kilometers.", "155 square kilometers", .measure, 155, "km2"),
        Figure("Wheat stocks were 21,782,929 bushels.", "21,782,929 bushels", .measure, 21_782_929, "bushel"),
        Figure("Winds reached 120 mph.", "120 mph", .measure, 120, "mph"),
        Figure("The Dow fell 300 points.", "300 points", .measure, 300, "points"),
        Figure("The victim, aged 45, was a teacher.", "45", .measure, 45, "year"),
        Figure("A 17-year-old was arrested.", "17-year-old", .measure, 17, "year"),
        Figure("The man, 63 years old, survived.", "63 years old", .measure, 63, "year"),
        Figure("The ban lasts three to five years.", "three to five years", .duration, nil, "year"),
        Figure("The strike lasted 12 days.", "12 days", .duration, 12, "day"),
        Figure("Talks took six months.", "six months", .duration, 6, "month"),
        Figure("Nine mths net profit rose.", "Nine mths", .duration, 9, "month"),
        Figure("The reactor shut for 72 hours.", "72 hours", .duration, 72, "hour"),
        Figure("Deaths were 5 per 100,000 people.", "5 per 100,000 people", .number, 5, "per 100000 people"),
        Figure("There were 12 deaths per 1,000 births.", "12 deaths per 1,000 births", .count, 12, "deaths per 1000 births"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

struct NotAStatisticTests {
    static let cases: [(String, String, QuantityKind)] = [
        ("Markets reopened on 18 April.", "18 April", .date),
        ("The vote is on April 19.", "April 19", .date),
        ("The treaty was signed on Sept. 11.", "Sept. 11", .date),
        ("The attacks of 9/11 changed the city.", "9/11", .date),
        ("Filing closed on 2019-03-01.", "2019-03-01", .date),
        ("An Ipsos survey published last June showed it.", "last June", .date),
        ("Rains returned in early January.", "early January", .date),
        ("It was signed on February 12, 1986.", "February 12, 1986", .date),
        ("The fair opens on the 5th of May.", "5th of May", .date),
        ("The poll closed on 3/15/2024.", "3/15/2024", .date),
        ("The law passed in 2019.", "2019", .year),
        ("No models were built between 2019 and 2023.", "2019 and 2023", .year),
        ("Prices peaked in the 1990s.", "1990s", .year),
        ("The plan runs 2024-2026.", "2024-2026", .year),
        ("The 1986 year was difficult.", "1986", .year),
        ("The meeting starts at 10:30 a.m.", "10:30 a.m.", .time),
        ("Trading halted at 3 p.m.", "3 p.m.", .time),
        ("He gave a speech, his first in years.", "first", .ordinal),
        ("She finished 2nd in the race.", "2nd", .ordinal),
        ("It was the third attempt this year.", "third", .ordinal),
        ("The museum is next to Taipei 101.", "Taipei 101", .identifier),
        ("He printed an A4 notice.", "A4", .identifier),
        ("Leaders of the G7 met.", "G7", .identifier),
        ("Cases of COVID-19 fell.", "COVID-19", .identifier),
        ("The airline flies the Boeing 737.", "Boeing 737", .identifier),
        ("Seats in Section 427 Row 21 were empty.", "Section 427", .identifier),
        ("Seats in Section 427 Row 21 were empty.", "Row 21", .identifier),
        ("The F-35 programme is late.", "F-35", .identifier),
        ("The 5G network launched.", "5G", .identifier),
        ("Call 555-0143 for details.", "555-0143", .identifier),
        ("Call (212) 555-0143 for details.", "(212) 555-0143", .identifier),
        ("Call +44 20 7946 0958 today.", "+44 20 7946 0958", .identifier),
        ("Flight MH17 was shot down.", "MH17", .identifier),
    ]

    @Test(arguments: cases) func notStatistics(_ c: (String, String, QuantityKind)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == c.2)
        #expect(!q.isStatistic)
        #expect(q.change == nil)
    }

    /// No year, date or code is ever a statistic in these sentences.
    @Test(arguments: [
        "The reform of 2019 was reversed in 2023.",
        "Elections are due in May 2027.",
        "On April 19, the president spoke at Taipei 101.",
        "The agency was founded in 1947 and reorganised in 1990.",
        "The rule applies from 1 January.",
    ])
    func sentencesWithoutStatistics(_ sentence: String) {
        #expect(QuantityTagger.tag(sentence).allSatisfy { !$0.isStatistic }, "\(texts(sentence))")
    }
}

struct QualifierAndChangeTests {
    static let qualifiers: [(String, String, Bool)] = [
        ("About 200 people attended.", "about", true),
        ("Around 40% agreed.", "around", true),
        ("Approximately 1,000 homes flooded.", "approximately", true),
        ("Roughly $5 billion was spent.", "roughly", true),
        ("Nearly 30 percent abstained.", "nearly", true),
        ("Almost 90 villages were cut off.", "almost", true),
        ("Some 60 countries signed.", "some", true),
        ("An estimated 4,000 fans gathered.", "an estimated", true),
        ("More than 100 flights were cancelled.", "more than", false),
        ("Fewer than 10 percent replied.", "fewer than", false),
        ("Less than $1 million was raised.", "less than", false),
        ("At least 12 people died.", "at least", false),
        ("Up to 500 jobs could go.", "up to", false),
        ("Just 9 percent had used it.", "just", false),
        ("Only 25 percent said so.", "only", false),
        ("As many as 3,000 workers struck.", "as many as", false),
        ("Close to 70% of homes have broadband.", "close to", true),
        ("Over 2 million people visited.", "over", false),
    ]

    @Test(arguments: qualifiers) func qualifier(_ c: (String, String, Bool)) throws {
        let statistic = QuantityTagger.tag(c.0).first { $0.isStatistic }
        let q = try #require(statistic)
        #expect(q.qualifier == c.1)
        #expect(q.approximate == c.2)
    }

    static let changes: [(String, String, Quantity.Change)] = [
        ("Sales rose 5.2 pct in March.", "5.2 pct", .by),
        ("Output fell by 3 percent.", "3 percent", .by),
        ("Unemployment rose to 6 percent.", "6 percent", .to),
        ("Inflation was up from 4 percent to 6 percent.", "4 percent", .from),
        ("Inflation was up from 4 percent to 6 percent.", "6 percent", .to),
        ("The rate stood at 4.25 percent.", "4.25 percent", .level),
        // A bare number above a scaled one's digits is the change, not the start of a range of millions.
        ("The jobless total rose a higher than expected 17,000 to 4.483 million.", "4.483 million", .to),
        // A market list after one change verb: each name's change and the level it reached, never a range or a model number.
        ("Samsung Electronics fell 1,500 won to 38,600, Samsung Semiconductor 1,000 to 24,890 and Kia Motor 70 to 1,730.", "1,000", .by),
        ("Samsung Electronics fell 1,500 won to 38,600, Samsung Semiconductor 1,000 to 24,890 and Kia Motor 70 to 1,730.", "24,890", .to),
        ("Samsung Electronics fell 1,500 won to 38,600, Samsung Semiconductor 1,000 to 24,890 and Kia Motor 70 to 1,730.", "70", .by),
        ("Economists expected a rise of 1.1 percent.", "1.1 percent", .by),
        ("Exports jumped 18% to $4.2 billion.", "18%", .by),
        ("Exports jumped 18% to $4.2 billion.", "$4.2 billion", .to),
        ("Shares were down 3% on Friday.", "3%", .by),
        ("The firm employs 300 people.", "300 people", .level),
        ("Revenue grew by more than 9 percent.", "9 percent", .by),
        ("The index lost 120 points.", "120 points", .by),
        ("Prices increased from $3 to $4.", "$3", .from),
    ]

    @Test(arguments: changes) func change(_ c: (String, String, Quantity.Change)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.change == c.2)
    }

    @Test func rangesKeepBothEnds() throws {
        let cases: [(String, String, Double, Double)] = [
            ("Growth of 10-12% is forecast.", "10-12%", 10, 12),
            ("Prices of 1,750 to 1,780 dlrs were quoted.", "1,750 to 1,780 dlrs", 1750, 1780),
            ("Inflation of between 5 and 7 percent is likely.", "5 and 7 percent", 5, 7),
            ("It will cost $5 to $7 billion.", "$5 to $7 billion", 5e9, 7e9),
            // The scale a decimal end carries is a whole number: 2,000,000 exactly, not 1,999,999.99….
            ("The area sown was two to 2.2 mln hectares.", "two to 2.2 mln hectares", 2e6, 2.2e6),
            // A first end above the second's digits is not scaled with it.
            ("Between 1,500 and 2 million people attended.", "1,500 and 2 million people", 1500, 2e6),
            ("Two or three representatives will attend.", "Two or three representatives", 2, 3),
            ("Rates of 15–20 pct apply.", "15–20 pct", 15, 20),
            ("Dozens of countries signed.", "Dozens of countries", 24, 100),
            ("Voters between the ages of 18 and 24 stayed home.", "18 and 24", 18, 24),
            // A bid and an offer, the offer written whole and close above the bid.
            ("Call money fell to 3.90/4.0 pct after the move.", "3.90/4.0 pct", 3.9, 4.0),
        ]
        for (sentence, text, low, high) in cases {
            let q = try #require(figure(text, in: sentence), "found \(texts(sentence))")
            #expect(q.low == low && q.high == high, "\(text): \(String(describing: q.low))–\(String(describing: q.high))")
            #expect(q.value == nil)
        }
    }
}
