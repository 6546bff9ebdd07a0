import ClaimTraceCore
import Quantities
import Testing

/// The categories of error the second round of statistics work set out to fix, one case per line,
/// in the phrasing of wire copy and news sites.
struct GluedFigureTests {
    static let cases: [Figure] = [
        Figure("The Fed cut rates by 25bps on Wednesday.", "25bps", .percentagePoints, 25, "basis_points"),
        Figure("Spreads widened 40bp in a week.", "40bp", .percentagePoints, 40, "basis_points"),
        Figure("The route is 5km shorter.", "5km", .measure, 5, "km"),
        Figure("Inflation slowed to 2pc in May.", "2pc", .percent, 2, "percent"),
        Figure("The firm paid US$5 million.", "US$5 million", .money, 5e6, "USD"),
        Figure("Exports rose to A$3 billion.", "A$3 billion", .money, 3e9, "AUD"),
        Figure("Tickets cost HK$10 each.", "HK$10", .money, 10, "HKD"),
        Figure("A kilo of rice costs Rs 400 in Delhi.", "Rs 400", .money, 400, "INR"),
        Figure("The group raised $5bn in bonds.", "$5bn", .money, 5e9, "USD"),
        Figure("The town has 3.2m residents.", "3.2m residents", .count, 3.2e6, "residents"),
        Figure("She earns £40k a year.", "£40k a year", .money, 40_000, "GBP per year"),
        Figure("The club paid GBP 5 million for him.", "GBP 5 million", .money, 5e6, "GBP"),
        Figure("A bowl of noodles is JPY 300.", "JPY 300", .money, 300, "JPY"),
        Figure("The thermometer read 40 deg at noon.", "40 deg", .measure, 40, "degree"),
        Figure("The savings add up to 6 petabytes of user data a day.", "6 petabytes", .measure, 6, "PB"),
        Figure("The loan was C$700m.", "C$700m", .money, 7e8, "CAD"),
        // A possessive's "s" is no Singapore dollar, glued or spaced as tokenized copy spaces it.
        Figure("The singer was country music's $500 million man.", "$500 million", .money, 5e8, "USD"),
        Figure("the caption ` ` country music ' s $ 500 million man ' ' .", "$ 500 million", .money, 5e8, "USD"),
        Figure("The island's S$ 40 million bond was priced on Tuesday.", "S$ 40 million", .money, 4e7, "SGD"),
        // An "A" spaced from "$" opens the sentence as its article.
        Figure("A $2bn shortfall still stands in the way of the target.", "$2bn", .money, 2e9, "USD"),
        Figure("Phone cameras can now take 1.3 megapixel images.", "1.3 megapixel", .measure, 1.3, "MP"),
        Figure("The new model has a 12MP camera.", "12MP", .measure, 12, "MP"),
        Figure("The console tops out at 6 teraflops.", "6 teraflops", .measure, 6, "TFLOPS"),
        // A verb in the past after the number: the number is the subject, it counts no noun.
        Figure("Trading was halted while the two held talks about a merger.", "two", .number, 2, nil),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

/// Units written once for two figures of a change, and where they are not shared.
struct CarriedUnitTests {
    static let cases: [Figure] = [
        Figure("January exports fell from 73,164 to 35,910 tonnes.", "73,164", .measure, 73164, "t"),
        Figure("The split raises authorized shares from 440,000 to 2,200,000 shares.", "440,000", .count, 440_000, "shares"),
        Figure("The car can go from 0 to 60 miles per hour in 1.9 seconds.", "0", .measure, 0, "mph"),
        Figure("Guarantees for wood products rose from 1.8 to 2.8 mln dlrs.", "1.8", .money, 1.8e6, "USD"),
        Figure("Indonesia raised its share in the smelter from 25 to 37 pct.", "25", .percent, 25, "percent"),
        // A pair joined by "and" or "or" shares the unit written after the second.
        Figure("The notes come in denominations of 1,000 and 10,000 dlrs.", "1,000", .money, 1000, "USD"),
        Figure("Oklahoma and Kansas reported declines of 16 and 11 working rigs last week.", "16", .count, 16, "rigs"),
        Figure("The deal could cost 20 or 30 mln dlrs.", "20", .money, 20e6, "USD"),
        Figure("Purity climbs towards 80 or 90 percent.", "80", .percent, 80, "percent"),
        Figure("The core is 3,000 and 4,000 km across at its narrowest and widest.", "3,000", .measure, 3000, "km"),
        // Not the models of a list, nor a race distance with its own letter.
        Figure("It makes parts for the Boeing 737, 747, 757 and 767 aircraft.", "757", .number, 757, nil),
        // Not when the two are of different sizes: "from 500 to 7 mln" may be 500.
        Figure("Output rose from 500 to 7 mln tonnes.", "500", .number, 500, nil),
        // Cents a share are not lent to a sum in the same list: the sum they come to a share is in dollars.
        Figure("Results exclude credits of 2,227,000 or four cts and 4,841,000 or nine cts.", "4,841,000", .money, 4_841_000, "USD"),
        Figure("NOTE: 1986 net excludes tax credits of 1,318,000, or 22 cts a share.", "1,318,000", .money, 1_318_000, "USD"),
        Figure("Results exclude gains of 5,120,000 or 1.42 dlrs for the year.", "5,120,000", .money, 5_120_000, "USD"),
        Figure("The charge was 3,400,000 or 9p a share.", "3,400,000", .money, 3_400_000, "GBP"),
        // The level a move reached shares the unit of the level it left.
        Figure("The dollar opened at 140.20 yen and fell to a low of 139.60 by midday.", "139.60", .money, 139.6, "JPY"),
        Figure("The dollar held just below 1.82 marks and rose to a high of 1.8310.", "1.8310", .money, 1.831, "DEM"),
        // A part counts what its whole counts.
        Figure("Biden secured 39 of South Carolina's 54 delegates on Saturday.", "39", .count, 39, "delegates"),
        Figure("Fianna Fail won 81 of the 166 seats in the poll.", "81", .count, 81, "seats"),
        Figure("Echo Bay said it found gold in 39 of 42 drill holes at Cove.", "39", .count, 39, "holes"),
        Figure("The union said three of its six portfolios carry a charge.", "three", .count, 3, "portfolios"),
        Figure("Shares rose on five of the 10 days before the offer.", "five", .duration, 5, "day"),
        Figure("Robinson's men have now lost nine of their last 14 matches.", "nine", .count, 9, "matches"),
        Figure("At least 60 people were arrested worldwide - 45 of them in the US.", "45", .count, 45, "people"),
        Figure("He met 40 voters, 12 of whom backed him.", "12", .count, 12, "voters"),
        Figure("Weinstein sent six photos of the two of them at premieres.", "two", .number, 2, nil),
        // Only counts lend their noun: a part of a sum is not read in its currency.
        Figure("The fund kept 3 of the 12 mln dlrs it raised.", "3", .number, 3, nil),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws {
        try check(f)
        if f.unit == nil { #expect(figure(f.text, in: f.sentence)?.unit == nil) }
    }
}

/// Decimal commas where the writer used them, and commas that are not decimals.
struct DecimalCommaTests {
    static let cases: [Figure] = [
        Figure("The program aimed to resettle 1,4 mln families by 1989.", "1,4 mln families", .count, 1.4e6, "families"),
        Figure("It bought shares at 2,29 dlrs each.", "2,29 dlrs", .money, 2.29, "USD"),
        Figure("El 1,3% de la superficie del país.", "1,3%", .percent, 1.3, "percent"),
        Figure("Turnover reached 1.111,11 euros.", "1.111,11 euros", .money, 1111.11, "EUR"),
        Figure("Shares fell to 80.000 points.", "80.000 points", .measure, 80, "points"),
        Figure("The firm cut 1,500 jobs in 2019.", "1,500 jobs", .count, 1500, "jobs"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }

    @Test(arguments: ["Mirza lost to Williams 1-6,4-6 in the third round.", "Pages 1,2,3 are missing.", "The banner is [728,90] pixels."])
    func listsAndScoresAreNotDecimals(_ sentence: String) {
        let values = QuantityTagger.tag(sentence).compactMap(\.value)
        #expect(!values.contains { $0 != $0.rounded() }, "read \(values)")
    }
}

struct UnitTests {
    static let cases: [Figure] = [
        Figure("Brent traded at $35 a barrel.", "$35 a barrel", .money, 35, "USD per barrel"),
        Figure("The quake measured 6.9 on the Richter scale.", "6.9 on the Richter scale", .measure, 6.9, "Richter"),
        Figure("Prices rise 3 percent a year.", "3 percent a year", .percent, 3, "percent per year"),
        Figure("Debt reached 59.2 trillion rupiah.", "59.2 trillion rupiah", .money, 59.2e12, "IDR"),
        Figure("Reserves were 4.07 billion U.S. Dlrs in March.", "4.07 billion U.S. Dlrs", .money, 4.07e9, "USD"),
        Figure("The club paid 789m euros for the stadium.", "789m euros", .money, 789e6, "EUR"),
        Figure("It raised 125 million Australian dollars.", "125 million Australian dollars", .money, 125e6, "AUD"),
        Figure("He was fined 10,000 Swiss francs.", "10,000 Swiss francs", .money, 10_000, "CHF"),
        Figure("Workers earn $15 an hour.", "$15 an hour", .money, 15, "USD per hour"),
        Figure("The bid is 470 pence a share.", "470 pence a share", .money, 470, "pence per share"),
        Figure("Output of 500,000 tonnes per year is planned.", "500,000 tonnes per year", .measure, 500_000, "t per year"),
        Figure("Traffic moved at 10 km/h.", "10 km/h", .measure, 10, "km/h"),
        Figure("Gusts reached 188 miles an hour.", "188 miles an hour", .measure, 188, "mph"),
        Figure("The EC deficit was five billion ecus in 1984.", "five billion ecus", .money, 5e9, "XEU"),
        Figure("The IMF lent 1.2 billion SDRs to the country.", "1.2 billion SDRs", .money, 1.2e9, "XDR"),
        Figure("Thrust at lift-off is 22,819 kilonewtons (5.13 million pounds).", "5.13 million pounds", .measure, 5.13e6, "lb"),
        // A count joined to its noun as a modifier.
        Figure("The Cubs won a riveting, 8-7, 10-inning victory over the Indians.", "10-inning", .count, 10, "inning"),
        Figure("Ministers of the 12-nation group met in Paris.", "12-nation", .count, 12, "nation"),
        Figure("The 25-member EU needs a new budget.", "25-member", .count, 25, "member"),
        // Temperatures in both scales, as news style writes them, and inches given again in parentheses.
        Figure("Highs range from minus 195 F (minus 125 C) at the poles to 70 F (21 C) at the equator.", "minus 125 C", .measure, -125, "°C"),
        Figure("Air temperatures down to minus 30 C should not harm the wheat, she said.", "minus 30 C", .measure, -30, "°C"),
        Figure("The town gets only 640 millimetres (25 in) of rain a year.", "25 in", .measure, 25, "in"),
        Figure("The strait is 22 kilometres (14 mi) wide at its narrowest.", "14 mi", .measure, 14, "mi"),
        // Race distances are metres, not millions, before a race word or after a determiner.
        Figure("Carroll scored an impressive 3,000m victory in Boston.", "3,000m", .measure, 3000, "m"),
        Figure("He aims to break Bekele's 5,000m and 10,000m world records.", "5,000m", .measure, 5000, "m"),
        Figure("She will defend her 60m title in Erfurt.", "60m", .measure, 60, "m"),
        Figure("He repeated the times he ran in the 800m and 1000m at races in Erfurt.", "1000m", .measure, 1000, "m"),
        Figure("He clinched his first Olympic titles over 1500m and 5,000m.", "1500m", .measure, 1500, "m"),
        Figure("She dropped out of the marathon and then the 10,000m.", "10,000m", .measure, 10000, "m"),
        // Data rates and sizes; a size "X by Y" shares its unit.
        Figure("The cable can carry up to 40 gigabits per second.", "40 gigabits per second", .measure, 40, "Gbit per second"),
        Figure("The plan offers 100Mbps downloads.", "100Mbps", .measure, 100, "Mbit/s"),
        Figure("The cell measures 12 by 15 feet.", "12", .measure, 12, "ft"),
        Figure("The firm sold 800m shares.", "800m shares", .count, 800e6, "shares"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }

    @Test func siblingsTakeTheUnitOfTheirList() throws {
        let s = "Stocks were 82.9 mln lbs compared with 48.0 mln lbs in December and 106.5 mln a year earlier."
        let q = try #require(figure("106.5 mln", in: s), "found \(texts(s))")
        #expect(q.unit == "lb")
        #expect(q.value == 106_500_000)
        let flights = "Airlines cancelled 65 flights on Thursday, 180 on Friday."
        let f = try #require(figure("180", in: flights), "found \(texts(flights))")
        #expect(f.kind == .count)
        #expect(f.unit == "flights")
    }

    @Test(arguments: [
        ("Farmers plan to sow 56.8 mln acres of soybeans, down from 61.5 mln.", "61.5 mln", "acre", 61_500_000.0),
        ("The mine shipped 12,400 tonnes of copper in March, up from 9,850 a year ago.", "9,850", "t", 9_850),
        ("Unemployment reached 1.86 mln people, up from 1.82 mln in January.", "1.82 mln", "people", 1_820_000),
        ("The chain ran 100 stores last month, up from 92 in February.", "92", "stores", 92),
        ("Output was put at 2.3 to 2.6 mln tonnes, down from 2.4 to 2.7 mln tonnes last week.", "2.4", "t", 2_400_000),
    ])
    func aChangeBackToTheEarlierLevelTakesTheUnit(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: [
        ("Exports rose to 3.36 billion rand from 3.31 billion, but imports fell to 1.74 billion from 2.41 billion.", "1.74 billion", "ZAR", 1.74e9),
        ("Spending rose to 208 mln stg from 184 mln while exploration dropped to 87 mln from 156 mln.", "156 mln", "GBP", 156e6),
    ])
    func aParallelChangeSharesTheUnit(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: [
        ("Loans rose by 1.2 billion guilders to 10.7 billion in the week.", "10.7 billion", "NLG", 10.7e9),
        ("Production eased to 245,232 from 255,556 ounces in 1985.", "245,232", "ounce", 245_232),
        ("Pearson shares were down 4p to 567 after the announcement.", "567", "pence", 567),
    ])
    func aLevelAfterItsChangeTakesItsUnit(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: [
        ("Japan's consumer price index fell 0.4 pct to 99.7 in January.", "99.7"),
        ("Earnings declined 75.4 mln dlrs to 104.0, the company said.", "104.0"),
        ("The singer rose nine places to 15 in the chart.", "15"),
        ("Sales rose to 5 mln dlrs while staff fell to 2,000 from 2,100.", "2,000"),  // a parallel change of another size
    ])
    func aFigureAfterAChangeOfAnotherKindKeepsNoUnit(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == nil)
    }

    @Test(arguments: [
        ("The spread premium equated to 20, seven and five stg for the three months.", "20", "GBP", 20.0),
        ("Notes come in denominations of 1,000, 10,000 and 250,000 ECU.", "1,000", "XEU", 1_000),
        ("Texas and Kansas reported gains of six and five rigs.", "six", "rigs", 6),
        ("Like-dated interbank deposits were quoted today at seven, 6-3/4 pct.", "seven", "percent", 7),
    ])
    func aListSharesTheUnitAfterItsLastMember(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: [
        ("Reserves rose to 41.5 billion French francs, mainly reflecting a rise to 16.7 billion from 14.7 billion in gold.", "16.7 billion", "FRF", 16.7e9),
        ("Siemens was next with 4.5 billion marks, Bayer <BAYG.F> 4.0 billion, Hoechst <HFAG.F> 3.4 billion.", "3.4 billion", "DEM", 3.4e9),
        ("The bond was raised to 90 mln stg from the initial 85 mln, the lead manager said.", "85 mln", "GBP", 85e6),
        ("Output was 647.8 billion kilowatt hours, up 2.2 pct from 633.7 billion last year.", "633.7 billion", "kWh", 633.7e9),
        ("Stocks equal 94 and 98 days of consumption.", "94", "day", 94),
    ])
    func aScaledSumTakesTheUnitOfTheLastSumSoScaled(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test func sharesNotReadAsAUnitLendNoCurrency() throws {
        let s = "The firm plans a 154.7 mln dlr issue of 4.5 mln class A common shares."
        let q = try #require(figure("4.5 mln", in: s), "found \(texts(s))")
        #expect(q.unit != "USD")
    }

    @Test func aMoneyMarketQuoteInFractionsIsOneRange() throws {
        let s = "Call money was quoted at 7-11/16 7-3/4 pct, and six months at 9-9/16 7/16 pct."
        let pair = try #require(figure("7-11/16 7-3/4 pct", in: s), "found \(texts(s))")
        #expect(pair.low == 7.6875 && pair.high == 7.75 && pair.unit == "percent")
        let short = try #require(figure("9-9/16 7/16 pct", in: s), "found \(texts(s))")
        #expect(short.low == 9.4375 && short.high == 9.5625)
        // Cells of a table, set apart by column gaps, are no pair.
        let table = "stg    9-3/4     9-7/8     9-5/8"
        #expect(figure("9-3/4     9-7/8", in: table) == nil)
    }

    @Test(arguments: [
        ("The film ran for seven consecutive days.", "seven consecutive days", "day", 7.0),
        ("The firm had three straight years of losses.", "three straight years", "year", 3),
        ("She won the women's 3,000m in record time.", "3,000m", "m", 3_000),
        ("I first used it three, four years ago.", "three, four years", "year", 3),
    ])
    func durationsAndDistancesWrittenLoosely(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: ["A decent one costs between $600 and $800.", "Before the current one expires in October, talks resume.",
                      "No-one knows what the new chief will bring."])
    func aPronounCountsNothing(_ s: String) {
        #expect(!texts(s).contains(where: { $0.lowercased().hasPrefix("one") }), "found \(texts(s))")
    }

    @Test func aWikiNoteMarkIsAnIdentifier() {
        #expect(figure("10", in: "Samoan is spoken by 2.2%,[n 10] followed by Hindi.")?.kind == .identifier)
    }

    @Test func fiftyOneBirdsStillCount() throws {
        let q = try #require(figure("fifty-one birds", in: "The survey found fifty-one birds on the island."))
        #expect(q.value == 51 && q.unit == "birds")
    }

    @Test func aCropYearJoinedToItsCropCountsNothing() throws {
        let s = "The CCC sold 6,034 short tons of 1986-crop farmers stock peanuts."
        #expect(figure("1986", in: s)?.kind == .year, "found \(texts(s))")
    }

    @Test(arguments: [("Copper fell to 67.0 cents a lb.", "67.0 cents a lb", "cent per lb"),
                      ("The quota would be around 28 dlrs per bag.", "28 dlrs per bag", "USD per bag")])
    func pricesPerWireUnit(_ c: (String, String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == c.2)
    }

    @Test func lowercaseCodesAndSymbolsAfterTheNumber() throws {
        let s = "Fees were rmb 10 and usd 20 last year."
        #expect(figure("rmb 10", in: s)?.unit == "CNY", "found \(texts(s))")
        #expect(figure("usd 20", in: s)?.unit == "USD", "found \(texts(s))")
        #expect(figure("10 $", in: "Tickets were 10 $ 30 $ last year.")?.value == 10)
        #expect(figure("10 $ 30 cent", in: "It costs 10 $ 30 cent.")?.value == 10.3)
    }

    @Test func aHyphenAfterANumberIsNoSign() throws {
        // (The lens's name keeps "EF 75"; the sign is what matters.)
        let q = try #require(figure("300mm", in: "Canon made the EF 75 -300mm lens."))
        #expect(q.value == 300)
    }

    @Test func aRatioOverSpelledHundreds() throws {
        #expect(figure("two out of five hundreds", in: "two out of five hundreds tvs")?.value == 0.004)
    }

    @Test(arguments: [("Previews will be held on 14, 20 and 27 April.", "14"), ("Talks are set for March 3, 10 and 17.", "17"),
                      ("The vote could come on 4 or 5 April.", "4")])
    func daysListedWithAMonthAreDates(_ c: (String, String)) {
        #expect(figure(c.1, in: c.0)?.kind == .date, "found \(texts(c.0))")
    }

    @Test func aDayAfterADateThatCountsIsNoDate() {
        #expect(figure("10 people", in: "On March 3, 10 people died.")?.kind == .count)
    }

    @Test func aHyphenLeftHangingSharesTheNoun() throws {
        let q = try #require(figure("200- to 300-seat", in: "Both planes target the 200- to 300-seat sector."))
        #expect(q.low == 200 && q.high == 300 && q.unit == "seat")
    }

    @Test(arguments: [("Palmer, who turned 38 last week, retired.", "38", 38.0), ("The port turns 300 this year.", "300", 300)])
    func aBirthdayIsAnAge(_ c: (String, String, Double)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == .measure && q.unit == "year" && q.value == c.2)
    }

    @Test func videoLinesInAGamesSentenceAreNoPence() {
        #expect(figure("1080p", in: "If the game runs at 1080p or higher, its graphics look better.")?.kind == .identifier)
        #expect(figure("45p", in: "The shares closed at 45p.")?.unit == "pence")
    }

    @Test(arguments: [("The issues were yielding 5.71/70 pct.", "5.71/70 pct", 5.70, 5.71),
                      ("It finished at 0.5693/00 U.S. Dlrs.", "0.5693/00 U.S. Dlrs", 0.5693, 0.57)])
    func wireQuotesBelowTheFirstFigure(_ c: (String, String, Double, Double)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(abs((q.low ?? 0) - c.2) < 1e-9 && abs((q.high ?? 0) - c.3) < 1e-9)
    }

    @Test func aRatioIsNoQuote() {
        #expect(figure("2.9", in: "The soybean/corn ratio of 2.9/1 favours corn.")?.value == 2.9)
    }

    @Test func wonAfterAScale() {
        #expect(figure("33,463.4 billion won", in: "M-2 fell two pct to 33,463.4 billion won in March.")?.unit == "KRW")
    }

    @Test(arguments: [("Labour has had two-and-a-half years to convince people.", "two-and-a-half years", 2.5),
                      ("He ran 15-and-a-half miles in the cold.", "15-and-a-half miles", 15.5)])
    func mixedNumbersWithHyphens(_ c: (String, String, Double)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.value == c.2)
    }

    @Test(arguments: [
        ("Three more people died on Sunday.", "Three more people", "people"),
        ("It will take two more years.", "two more years", "year"),
        ("The bank sold 48,000 fewer mortgages.", "48,000 fewer mortgages", "mortgages"),
        ("He ran 100m in 9.58 seconds.", "100m", "m"),
        ("Yukos moved $27m into two Texas bank accounts.", "two Texas bank accounts", "accounts"),
        ("The group bought 87,350 Cyclops common shares.", "87,350 Cyclops common shares", "shares"),
        ("The Reds scored three second-half goals.", "three second-half goals", "goals"),
    ])
    func countsPastMoreAndDistancesRun(_ c: (String, String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == c.2)
    }

    @Test func agesAfterAgeAndTheClinicalShorthand() {
        #expect(figure("87", in: "He died at age 87 in London.")?.unit == "year")
        #expect(figure("87 yo", in: "The patient is a 87 yo man with hypertension.")?.unit == "year")
        #expect(figure("87", in: "The patient is a man of age 87.")?.kind == .measure)
        #expect(figure("11", in: "A mother of two girls ages 11 and 15 spoke.")?.unit == "year")
        #expect(figure("87", in: "The index stood at 87 in May.")?.unit == nil)
    }

    @Test func upToAYearClosingItsClauseIsAYear() {
        #expect(figure("2022", in: "Arrivals should grow 5.4% a year up to 2022.")?.kind == .year)
        #expect(figure("2000", in: "The plant could employ up to 2000.")?.kind == .number)
    }

    @Test func aPossessiveBeforeADollarSignIsNoSingaporeDollar() {
        #expect(figure("$280bn", in: "The court rejected the government's $280bn claim.")?.unit == "USD")
        #expect(figure("$4.8 billion", in: "Yahoo’s $4.8 billion sale to Verizon closed.")?.unit == "USD")
        #expect(figure("S$19 billion", in: "Temasek holds S$19 billion in cash.")?.unit == "SGD")
    }

    @Test func aSharePriceInPenceAfterItsChange() {
        #expect(figure("2,560", in: "Unilever gained 10p to 2,560 after the results.")?.unit == "pence")
        #expect(figure("14,937", in: "Thailand exported 4,842 tonnes of zinc ingots during the first quarter, down from 14,937 a year ago.")?.unit == "t")
        // A market report names each share before its change, and gives the level after "at" as well as "to".
        let report = "Among the losers, ICI lost 2p at 1,333, Beecham 8p at 525 and Dixons 4p to 373."
        #expect(figure("8p", in: report)?.unit == "pence")
        #expect(figure("525", in: report)?.unit == "pence")
        #expect(figure("373", in: report)?.unit == "pence")
        // "at" after a dollar sum is a price of something else, not the level reached.
        #expect(figure("101.5", in: "The bank sold 2 mln dlrs at 101.5.")?.unit == nil)
    }

    @Test(arguments: ["It bought band two bank bills at the same rate.", "The storm became a category 4 hurricane.",
                      "He went out in round one of the San Jose Open.", "Phase two of the plan starts in May.",
                      "The airline inspected its 747-SR's.", "Ocean's Twelve took the top spot in the US chart.", "The world number 14 was pleased.",
                      "Sale's Charlie Hodgson took over the number 10 shirt.", "A Number 10 spokeswoman declined to comment.",
                      "The single reached number 13 in the charts."])
    func ranksAndTitlesAreNoStatistics(_ s: String) {
        let statistics = QuantityTagger.tag(s).filter(\.isStatistic)
        #expect(statistics.isEmpty, "found \(texts(s))")
    }

    @Test(arguments: ["One form of spyware called adware collects data.", "He won the mixed doubles with her.", "It is one example of how firms adapt."])
    func neitherAFactorNorACount(_ s: String) {
        #expect(texts(s).isEmpty, "found \(texts(s))")
    }

    @Test func aUnitIsNotLentAcrossSizesNorToAStake() throws {
        // (Not a number of another size.)
        let other = try #require(figure("12", in: "The dollar opened at 140.20 yen and fell to 12 by the close."))
        #expect(other.unit != "JPY")
        // (Not a count and the share of a total it is.)
        let stake = try #require(figure("205,000 shares", in: "It now holds 205,000 shares, or 12.8 pct."))
        #expect(stake.kind == .count)
        let bare = try #require(figure("205,000", in: "Its stake rose to 230,000 from 205,000, or 12.8 pct."))
        #expect(bare.kind != .money)
    }

    @Test func aListAfterASerialCommaSharesItsUnit() throws {
        let s = "Performance is specified at 1.8, 3.3, and 5V."
        #expect(figure("1.8", in: s)?.unit == "V", "found \(texts(s))")
        #expect(figure("3.3", in: s)?.unit == "V")
        // ", or" gives the same figure another way.
        #expect(figure("69", in: "Bankruptcies totalled 69, or 6.4 pct of the total.")?.unit == nil)
    }

    @Test func vagueDurationsAndCodes() throws {
        #expect(figure("billions of years", in: "For billions of years, life evolved on its surface.")?.kind == .duration)
        #expect(figure("4K", in: "It is hard to tell 4K and 1080p apart on a TV.")?.kind == .identifier)
        #expect(figure("H.264", in: "Cisco will release an open-source H.264 codec.")?.kind == .identifier)
    }

    @Test func aMixedNumberWrittenWithAnd() throws {
        let q = try #require(figure("1 and 1/8", in: "The rate dropped from 1 and 1/8 to 7/8 of a pct above LIBOR."))
        #expect(q.value == 1.125)
    }

    @Test func aYearAfterAboutMeaningConcerningIsAYear() throws {
        let s = "Shoppers are optimistic about 2005, a survey says."
        let q = try #require(figure("2005", in: s), "found \(texts(s))")
        #expect(q.kind == .year)
        let hedge = "The plant employs about 2000 people."
        #expect(figure("2000 people", in: hedge)?.kind == .count)
        // A count-off is no range.
        #expect(figure("two, three people", in: "One, two, three people came.") == nil)
    }

    @Test(arguments: [
        ("The agency will invest 75 billion bolivars in new plants.", "75 billion bolivars", "VEB", 75e9),
        ("Rents now cost 2,000 cruzados a month.", "2,000 cruzados a month", "BRC per month", 2_000),
        ("The budget rose to 1,546 trillion rials.", "1,546 trillion rials", "IRR", 1.546e15),
    ])
    func currenciesOfWireCopy(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    @Test(arguments: [
        ("A plane carrying 10 US citizens crashed.", "10 US citizens", "citizens", 10.0),
        ("The deal lets 9,000 ISIS fighters escape.", "9,000 ISIS fighters", "fighters", 9_000),
        ("Two local crew-members died in the crash.", "Two local crew-members", "crew-members", 2),
        ("Strikes hit two General Motors parts plants.", "two General Motors parts plants", "plants", 2),
        ("The scheduler supports 100+ use cases.", "100+ use cases", "cases", 100),
    ])
    func aCountCountsItsLastNoun(_ c: (String, String, String, Double)) throws { try checkUnit(c) }

    private func checkUnit(_ c: (String, String, String, Double)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == c.2)
        #expect(q.value ?? q.low == c.3)
    }

    @Test func aDurationAfterAYearIsNotARate() throws {
        let q = try #require(figure("3 percent", in: "Sales rose 3 percent a year earlier."))
        #expect(q.unit == "percent")
    }
}

struct RangeCategoryTests {
    static let cases: [(String, String, Double, Double, String?)] = [
        ("Support is between 20% and 30%.", "20% and 30%", 20, 30, "percent"),
        ("Prices range from $5 to $7.", "$5 to $7", 5, 7, "USD"),
        ("Estimates ranged from 1.2 million to 1.5 million people.", "1.2 million to 1.5 million people", 1.2e6, 1.5e6, "people"),
        ("Growth of 3 to 4 percent is forecast.", "3 to 4 percent", 3, 4, "percent"),
        ("The project will cost $5 to $7 billion.", "$5 to $7 billion", 5e9, 7e9, "USD"),
        ("Temperatures of 30 – 35 degrees are expected.", "30 – 35 degrees", 30, 35, "degree"),
        ("Fares vary from 20 up to 30 euros.", "20 up to 30 euros", 20, 30, "EUR"),
        ("Wire quotes put it at 13.11/14 pct.", "13.11/14 pct", 13.11, 13.14, "percent"),
        ("Tin ended official dealings quoted at 454.50/455 stg a tonne.", "454.50/455 stg a tonne", 454.5, 455, "GBP per tonne"),
        ("Capital spending will be 35 mln dlrs to 50 mln dlrs this year.", "35 mln dlrs to 50 mln dlrs", 35e6, 50e6, "USD"),
        ("Sales are expected to be 8% to 9% lower.", "8% to 9%", 8, 9, "percent"),
        ("Further payouts are estimated at 15 cts to 25 cts a unit.", "15 cts to 25 cts a unit", 15, 25, "cent per unit"),
        ("Brokers said Tokyo stocks should rise 10 to 15 pct in the coming year.", "10 to 15 pct", 10, 15, "percent"),
        ("Most buyers are 40 - 50 years old.", "40 - 50 years old", 40, 50, "year"),
        ("From 2010-2012 sales fell.", "2010-2012", 2010, 2012, "year"),
        ("He assumes oil prices in the range of 15 dlrs to 19 dlrs a barrel.", "15 dlrs to 19 dlrs a barrel", 15, 19, "USD per barrel"),
        ("He may cut estimates by between two cts and 10 cts a share.", "two cts and 10 cts a share", 2, 10, "cent per share"),
        ("It is below the Treasury's forecast of 3% to 3.5%.", "3% to 3.5%", 3, 3.5, "percent"),
        ("Analysts have estimates of 40 cts to 45 cts a share.", "40 cts to 45 cts a share", 40, 45, "cent per share"),
        ("The bank gave a forecast of 3% to 3.5% in 2005 and 2.5% to 3% in 2006.", "2.5% to 3%", 2.5, 3, "percent"),
        ("The Library receives between three and four million requests a year.", "three and four million requests a year", 3e6, 4e6, nil),
    ]

    @Test(arguments: cases) func ranges(_ c: (String, String, Double, Double, String?)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.value == nil)
        #expect(abs((q.low ?? 0) - c.2) < 1e-9 && abs((q.high ?? 0) - c.3) < 1e-9, "\(String(describing: q.low))–\(String(describing: q.high))")
        if let unit = c.4 { #expect(q.unit == unit) }
    }

    @Test(arguments: [
        ("Sales rose by 5 to 7 percent.", "7 percent"),
        ("The stock closed up $2.80 to $51.15.", "$51.15"),
        ("Prices increased from $3 to $4.", "$4"),
        ("Output rose in 2015 to 3 percent.", "3 percent"),
        ("The bill passed 52 - 48 in the Senate.", "48"),
        ("Sales rose 5 pct to 10 pct of the market.", "10 pct"),
        ("The company was raising its stake from 5 pct to 9 pct.", "9 pct"),
        ("Prices rose 3% in May and 2% to 3% in June.", "3%"),
    ])
    func changesAreNotRanges(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.low == nil)
        #expect(q.value != nil)
    }
}

struct NotAStatisticCategoryTests {
    static let cases: [(String, String, QuantityKind)] = [
        ("The show aired on BBC Radio Four.", "Radio Four", .identifier),
        ("The airline grounded its Boeing 747 fleet.", "Boeing 747", .identifier),
        ("The FTSE 100 fell on Monday.", "FTSE 100", .identifier),
        ("The PowerMate 1 and 2 sell for 1,995 dlrs and 2,595 dlrs.", "PowerMate 1 and 2", .identifier),
        ("Palo Verde Units 1 and 2 are already in operation.", "Units 1 and 2", .identifier),
        ("The factory is certified to ISO 9001.", "ISO 9001", .identifier),
        ("Shares hit a 52-week high.", "52-week", .identifier),
        ("The Treasury auctioned 91-day bills.", "91-day", .identifier),
        ("Trading opened at 1030 GMT.", "1030 GMT", .time),
        ("Arsenal won 3-1 at home.", "3-1", .identifier),
        ("The 2019-20 season was cut short.", "2019-20", .year),
        ("She is the No. 2 official at the agency.", "No. 2", .ordinal),
        ("The router sits at 192.168.1.1.", "192.168.1.1", .identifier),
        ("Back in aisle 14, she heard her seatmates groan.", "14", .identifier),
        ("He lined up at gate 54B instead of gate 54A.", "54B", .identifier),
        ("Massa crashed out on lap 48 at Interlagos.", "48", .identifier),
        ("Opera is set to release its version 7.60 by the end of the year.", "7.60", .identifier),
        ("Police appealed for help on 0845 8 505 505.", "0845 8 505 505", .identifier),
        // A year that names a thing.
        ("That 1978 resolution calls for a withdrawal.", "1978", .year),
        ("Wales hope to play in the 2008 European Championships.", "2008", .year),
        ("The cumulative deficit for 2004 now stands at £36.3bn.", "2004", .year),
        ("Knight spoke after the 2003 shootings in Aston.", "2003", .year),
        ("1985 revs restated to exclude discontinued operations.", "1985", .year),
        ("Staff called strikes for April 10 and 15 to match the rail stoppages.", "April 10 and 15", .date),
        ("Leaders met at the Group of 20 summit in Hamburg.", "Group of 20", .identifier),
        ("It is part of his two-pronged policy.", "two-pronged", .identifier),
        ("Buzz60 22 of 41 Skip in Skip x Embed x Share", "22 of 41", .identifier),
        ("In the 1970s and 1980s policies were relaxed.", "1980s", .year),
        ("Prices are now well above 2004's average of $41.48.", "2004", .year),
        ("NOTE: 1985 includes a loss of 941,000 dlrs from discontinued operations.", "1985", .year),
        ("Henley filed a 10-K report with the Securities and Exchange Commission.", "10-K", .identifier),
        ("The curve flattens after 2008 (see Fig. 1 above).", "1", .identifier),
        // A wire notice's day in words; the days of a meeting after a slash; a span of years in two digits.
        ("The dividend is payable May 18 to holders of record April six.", "April six", .date),
        ("The right to convert the series B notes will end June eight.", "June eight", .date),
        ("The committee will meet in Vienna on June 9/12, delegates said.", "June 9/12", .date),
        ("The index now reflects 1982-84 spending patterns.", "1982-84", .year),
        ("Ministers discussed the 1987-88 farm price proposals.", "1987-88", .year),
        // An index named by how many stocks it holds.
        ("The 500-stock index slipped 3 points.", "500-stock", .identifier),
        // A farm program named by its numbers, an index by its number, labels listed after a labelled one.
        ("Senators debated whether to widen the 0/92 provision to feedgrains.", "0/92", .identifier),
        ("Joining the 500 index brings in new buyers, analysts said.", "500", .identifier),
        ("The authority will buy back the Series 61 and 62 bonds in 1995.", "62", .identifier),
        // A span of years with its last digit; a knockout round named by how many are left.
        ("Ministers set the 2005-6 budget at 1,546 trillion rials.", "2005-6", .year),
        ("The June Standard and Poor's 500 index future rose 2.5 points.", "500", .identifier),
        ("The Swiss second seed reached the last eight with a 6-3 6-2 win.", "eight", .identifier),
        ("Arsenal went out in the last 16 of the Champions League.", "16", .identifier),
    ]

    @Test(arguments: cases) func notStatistics(_ c: (String, String, QuantityKind)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == c.2)
        #expect(!q.isStatistic)
    }

    @Test(arguments: [
        "The data is at https://www.example.com/search?q=30%25%2020% for 2020.",
        "See www.example.org/2021/report-5.html for the tables.",
    ])
    func webAddressesHoldNoFigures(_ sentence: String) {
        #expect(QuantityTagger.tag(sentence).filter { $0.isStatistic && $0.kind != .year }.isEmpty, "found \(texts(sentence))")
    }

    @Test(arguments: [
        ("The plant will cut 1,500 jobs.", "1,500 jobs", QuantityKind.count),
        ("About 2000 people marched.", "2000 people", .count),
        ("The company has 1030 staff.", "1030 staff", .count),
        ("One can of beans costs more.", "One can", .count),
        ("The plant employs 2000 people.", "2000 people", .count),
    ])
    func fourDigitFiguresThatAreNotYears(_ c: (String, String, QuantityKind)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == c.2)
        #expect(q.isStatistic)
    }
}

extension NotAStatisticCategoryTests {
    @Test func howOftenIsACountOfTimesAndAFactorARatio() throws {
        let often = try #require(figure("twice", in: "The 25-year-old has broken the national record twice this season."))
        #expect(often.kind == .count && often.value == 2 && often.unit == "times")
        let factor = try #require(figure("twice", in: "The new plant is twice the size of the old one."))
        #expect(factor.kind == .ratio && factor.value == 2)
        let amount = try #require(figure("twice", in: "Repairs will cost twice that amount, engineers said."))
        #expect(amount.kind == .ratio)
    }

    @Test func aPlusGluedToAFigureMeansMoreThanIt() throws {
        let years = try #require(figure("40+ years", in: "The weekly paper had stayed unchanged for 40+ years."))
        #expect(years.kind == .duration && years.value == 40 && years.unit == "year" && years.qualifier == "more than")
        let cases = try #require(figure("100+ use cases", in: "The platform now supports 100+ use cases."))
        #expect(cases.kind == .count && cases.value == 100 && cases.qualifier == "more than")
        #expect(figure("40+", in: "So 1+1 = 2 and 40 = 40.") == nil)
    }

    @Test func aMomentIsNoMeasureAndAClockMayShowTwelveAndItsMinutes() throws {
        #expect(QuantityTagger.tag("At one point, the crowd chanted for 20 minutes.").allSatisfy { $0.unit != "points" })
        #expect(QuantityTagger.tag("Fans booed and, at one point, threw bottles.").allSatisfy { $0.unit != "points" })
        let level = try #require(figure("one point", in: "The bond stood at one point below par."))
        #expect(level.kind == .measure)
        let clock = try #require(figure("12.47 p.m.", in: "12.47 p.m.: Police closed the bridge."))
        #expect(clock.kind == .time)
    }

    @Test func temperaturesInADecadeOfDegrees() throws {
        let upper = try #require(figure("upper 50s", in: "Forecasters expect highs in the upper 50s on Friday."))
        #expect(upper.kind == .measure && upper.low == 57 && upper.high == 59 && upper.unit == "degree")
        let decade = try #require(figure("80s", in: "Temperatures will climb into the 80s by the weekend."))
        #expect(decade.low == 80 && decade.high == 89)
        // (Not a price in a sentence with no weather in it.)
        #expect(QuantityTagger.tag("The shares traded in the high 70s on Friday.").allSatisfy { $0.unit != "degree" })
    }

    @Test func aSumsRangeDoesNotEndOnACountAndTwoBitIsNoSize() throws {
        let sum = try #require(figure("£512m", in: "Fraud fell from 9,120 cases worth £512m to 7,840 cases worth £430m."))
        #expect(sum.kind == .money && sum.value == 512_000_000 && sum.low == nil)
        let cases = try #require(figure("7,840 cases", in: "Fraud fell from 9,120 cases worth £512m to 7,840 cases worth £430m."))
        #expect(cases.kind == .count)
        #expect(QuantityTagger.tag("He dismissed them as two-bit operators.").isEmpty)
        let bits = try #require(figure("64-bit", in: "The phone runs on a 64-bit chip."))
        #expect(bits.kind == .measure && bits.unit == "bit")
    }

    @Test func resultsOfPlayAndRaces() throws {
        let time = try #require(figure("3:51.22", in: "Kamau came home fourth in 3:51.22."))
        #expect(time.kind == .duration && time.value == 231.22 && time.unit == "second")
        let race = try #require(figure("5,000m", in: "She pulled out of the Helsinki 5,000m after the Olympic marathon."))
        #expect(race.kind == .measure && race.value == 5000 && race.unit == "m")
        let kick = try #require(figure("45m", in: "Jones slotted a 45m penalty to give the hosts the lead."))
        #expect(kick.kind == .measure && kick.value == 45 && kick.unit == "m")
        let fine = try #require(figure("45m", in: "The regulator imposed a 45m penalty on the bank."))
        #expect(fine.value == 45_000_000)
        let weight = try #require(figure("two stone", in: "He came back two stone lighter after the summer."))
        #expect(weight.kind == .measure && weight.unit == "st")
        let age = try #require(figure("31", in: "It was the ninth final for Federer, now 31, at the event."))
        #expect(age.kind == .measure && age.unit == "year")
    }

    @Test func aCountOverANamesWords() throws {
        let trains = try #require(figure("two New York City subway work trains", in: "Officials say two New York City subway work trains collided overnight."))
        #expect(trains.kind == .count && trains.unit == "trains")
        let mines = try #require(figure("seven large Central Queensland coking mines", in: "It holds stakes in seven large Central Queensland coking mines."))
        #expect(mines.unit == "mines")
        let firms = try #require(figure("six North Korean shipping and trading companies", in: "The Treasury listed six North Korean shipping and trading companies."))
        #expect(firms.unit == "companies")
        let wells = try #require(figure("15 oil and gas wells", in: "The group drilled 15 oil and gas wells last year."))
        #expect(wells.unit == "wells")
        // Over a model's number inside the name: "three SpaceX Falcon 9 rockets", "two Boeing 747 jets".
        let rockets = try #require(figure("three SpaceX Falcon 9 rockets", in: "It looks like three SpaceX Falcon 9 rockets strapped together."))
        #expect(rockets.kind == .count && rockets.unit == "rockets")
        let jets = try #require(figure("two Boeing 747 jets", in: "The airline ordered two Boeing 747 jets last year."))
        #expect(jets.unit == "jets")
        // (Not over an ordinal and a weight: a table's heading.)
        #expect(QuantityTagger.tag("1991 First 350 tons 6.000 4.500").contains { $0.unit == "ton" && $0.value == 350 })
        // (Not over an adverb that ends a clause, nor a possessive.)
        let level = try #require(figure("70,000", in: "Output stood at 70,000 now and boosting prices was the aim."))
        #expect(level.unit != "prices")
        // (A headline's capitals are no name.)
        #expect(QuantityTagger.tag("BANK SETS TWO-FOR-FIVE BONUS ISSUE REPLACING \"B\" SHARES").allSatisfy { $0.unit != "shares" })
    }

    @Test func captionsRunTogetherAndAgesBeforeAHometown() throws {
        let captions = "Flood damage 3/9 Residents clear mud from a street 4/9 Volunteers fill sandbags"
        #expect(QuantityTagger.tag(captions).filter { $0.isStatistic }.isEmpty, "found \(texts(captions))")
        // (Wire prices in eighths stay figures.)
        let wire = try #require(figure("1/4 POINT", in: "BANKS RAISE DEPOSIT RATES 1/4 POINT TO 3-1/4 PCT"))
        #expect(wire.isStatistic)
        let age = try #require(figure("58", in: "Joan Ruiz, 58 of Mobile, Ala., was charged on Friday."))
        #expect(age.kind == .measure && age.unit == "year")
        #expect(QuantityTagger.tag("Sorting the samples was a two-step process.").isEmpty)
    }

    @Test func anAgeAtATimeOfLife() throws {
        let age = try #require(figure("22", in: "The former world number one was 22 when she retired from the tour."))
        #expect(age.kind == .measure && age.value == 22 && age.unit == "year")
        let rate = try #require(figure("22", in: "The index was 22 when trading closed."))
        #expect(rate.kind == .number)
    }

    @Test(arguments: [
        ("So, I am 26 now.", "26"), ("I'm 31 and I still live with my parents.", "31"), ("I’m 19, she said.", "19"),
        ("At 34, Holmes will also be aware that time is running out.", "34"), ("At 19, she became the youngest champion.", "19"),
    ])
    func aSpeakerGivesHisAge(_ sentence: String, _ age: String) throws {
        let found = try #require(figure(age, in: sentence))
        #expect(found.kind == .measure && found.unit == "year")
    }

    @Test(arguments: [
        ("Labour won 40 seats to 12.", "12", "seats"), ("The motion passed by 300 votes to 250.", "250", "votes"),
        ("They went into the break down by only two points - 12 points to 10.", "10", "points"),
    ])
    func aTallyCountsTheSameOnBothSides(_ sentence: String, _ second: String, _ unit: String) throws {
        let found = try #require(figure(second, in: sentence))
        #expect(found.unit == unit && found.low == nil, "found \(texts(sentence))")
    }

    @Test(arguments: [("Four F-15K fighter jets flew over.", "Four F-15K fighter jets", "jets"),
                      ("They dropped eight MK-84 bombs on the base.", "eight MK-84 bombs", "bombs")])
    func aCountOverAHyphenatedModelCode(_ sentence: String, _ text: String, _ unit: String) throws {
        let found = try #require(figure(text, in: sentence))
        #expect(found.kind == .count && found.unit == unit)
    }

    @Test func aTollToldInTwoClausesCountsTheSamePeople() throws {
        let hospital = try #require(figure("50", in: "At least seven people have been killed and more than 50 taken to hospital."))
        #expect(hospital.kind == .count && hospital.unit == "people")
        let wounded = try #require(figure("30", in: "Twelve soldiers died and 30 were wounded."))
        #expect(wounded.unit == "soldiers")
        let sold = try #require(figure("12", in: "Sales of 40 cars rose and 12 were sold."))
        #expect(sold.unit == nil)
    }

    @Test func twoOwnersFiguresShareTheUnit() throws {
        let second = try #require(figure("800,000", in: "The merger would join Amicus's 1.2 million members with the TGWU's 800,000."))
        #expect(second.kind == .count && second.unit == "members")
    }

    @Test func aGluedMAfterADimensionIsMetres() throws {
        let reach = try #require(figure("48m", in: "The crane's capacity is 100t and its outreach is 48m."))
        #expect(reach.kind == .measure && reach.unit == "m" && reach.value == 48)
        let height = try #require(figure("12m", in: "The tower has a height of 12m."))
        #expect(height.unit == "m")
        let fine = try #require(figure("12m", in: "The firm paid a fine of 12m."))
        #expect(fine.value == 12_000_000)
        // … or a place after it, in a sentence with no money.
        let shaft = try #require(figure("13m", in: "Rescuers have dug only 13m down the metal shaft."))
        #expect(shaft.unit == "m" && shaft.value == 13)
        let scene = try #require(figure("50m", in: "\"I was barely 50m from the scene,\" he said."))
        #expect(scene.unit == "m")
        let raised = try #require(figure("50m", in: "The firm raised 50m from the sale of its unit."))
        #expect(raised.value == 50_000_000)
    }

    @Test func whoForecastAFigureIsNotWhatItCounts() throws {
        let forecast = try #require(figure("180,000", in: "Payrolls rose by 250,000, more than the 180,000 economists had expected."))
        #expect(forecast.unit == nil && forecast.value == 180_000)
        let counted = try #require(figure("40 analysts", in: "Some 40 analysts expected a cut."))
        #expect(counted.kind == .count && counted.unit == "analysts")
    }

    @Test(arguments: ["“Did you two get him drunk?” she asked.", "We three agreed to split the bill.", "It joined ASEAN Plus Six in May."])
    func peopleAndNamesByNumberAreNoStatistic(_ sentence: String) {
        #expect(QuantityTagger.tag(sentence).filter { $0.isStatistic }.isEmpty, "found \(texts(sentence))")
    }

    @Test(arguments: ["I am 5 minutes away from the station.", "I'm 100 per cent sure of it.", "We are 12 in the room.",
                      "At 40, prices were too high for most buyers.", "At 12, the index was flat."])
    func aSpeakersNumberThatIsNoAge(_ sentence: String) {
        #expect(QuantityTagger.tag(sentence).allSatisfy { $0.unit != "year" }, "found \(texts(sentence))")
    }

    @Test(arguments: [
        "Rickshaw makers will sell the three-wheelers from next year and the four-wheelers later.",
        "The comedian traded one-liners with the host.", "He drove an old two-seater to the rally.",
        "Months after the count, in April six banks failed.",
    ])
    func kindsNamedByTheirNumberCountNothing(_ sentence: String) {
        let counted = QuantityTagger.tag(sentence).filter { $0.isStatistic }
        if sentence.contains("six banks") {
            #expect(counted.map(\.value) == [6], "found \(texts(sentence))")
        } else {
            #expect(counted.isEmpty, "found \(texts(sentence))")
        }
    }

    @Test func aStadiumCountsItsSeatsAndAShipItsTonnes() throws {
        let seats = try #require(figure("60,000-seater", in: "The club will move to its new 60,000-seater stadium in 2006."))
        #expect(seats.kind == .count && seats.value == 60000 && seats.unit == "seats")
        let ship = try #require(figure("60,000-tonner", in: "Loading cost 16,300 dlrs at Port Cartier for a 60,000-tonner."))
        #expect(ship.kind == .measure && ship.value == 60000 && ship.unit == "t")
    }
}

struct ValueCategoryTests {
    static let cases: [Figure] = [
        Figure("Growth slowed to .5 percent.", ".5 percent", .percent, 0.5, "percent"),
        Figure("Temperatures fell to -12 degrees.", "-12 degrees", .measure, -12, "degree"),
        Figure("The virus is 1.2e-7 metres across.", "1.2e-7 metres", .measure, 1.2e-7, "m"),
        Figure("The reactor produced 3 x 10^5 units.", "3 x 10^5 units", .count, 3e5, "units"),
        Figure("A quarter of firms, or ¼ of the sample, replied.", "¼", .number, 0.25),
        Figure("Shares rose 2½ points.", "2½ points", .measure, 2.5, "points"),
        Figure("The stock closed at 30-1/2.", "30-1/2", .number, 30.5),
        Figure("The region lost one and a half million jobs.", "one and a half million jobs", .count, 1.5e6, "jobs"),
        Figure("Nearly one and a half times as many voted.", "one and a half times", .ratio, 1.5, "times"),
        Figure("The city has half a million residents.", "half a million residents", .count, 5e5, "residents"),
        Figure("Costs rose threefold.", "threefold", .ratio, 3, "times"),
        Figure("One in five adults smokes.", "One in five", .ratio, 0.2, "ratio"),
        Figure("One person died in the fire.", "One person", .count, 1, "person"),
        Figure("It sold for 5 dollars and 20 cents.", "5 dollars and 20 cents", .money, 5.2, "USD"),
        Figure("He stands 6 feet 2 inches tall.", "6 feet 2 inches", .measure, 6 + 2.0 / 12, "ft"),
        Figure("He stands six feet and two inches tall.", "six feet and two inches", .measure, 6 + 2.0 / 12, "ft"),
        Figure("India spent ₹12,34,567 on it.", "₹12,34,567", .money, 1_234_567, "INR"),
        Figure("It was minus 5 degrees outside.", "minus 5 degrees", .measure, -5, "degree"),
        Figure("The model allows 10^6 states.", "10^6 states", .count, 1e6, "states"),
        Figure("The dose was 6.23x10^-4 grams.", "6.23x10^-4 grams", .measure, 6.23e-4, "g"),
        Figure("The rate factor is 2.5^-1 here.", "2.5^-1", .number, 0.4),
        Figure("Two-thirds of a billion dollars was lost.", "Two-thirds of a billion dollars", .money, 2e9 / 3, "USD"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

struct TableRowTests {
    @Test(arguments: [
        "MAR8 137 1/4L 137 1/2H 136 3/4",
        "0.1 1.0 0.1",
        "Shr 34 cts vs 39 cts",
        "Net 1,234,000 vs 987,000",
        "6.5%",
        "SELECT * FROM server_log_summary WHERE status_code = 400 ORDER BY period DESC LIMIT 20;",
        "FROM unnest(array[4, 8, 15, 16, 23, 42]) AS n",
        "$ rm -rf review alice bob $ hg clone public alice updating to branch default 2 files updated, 0 files merged",
        "console.log(reqHeaders.get(\"Content-Length\")); // 11",
        "JUN      2.200,00", "TOTAL 110,924", "DMK 1.8216", "week fixed                   6-5/16 3/16", "Nine mths",
        "Storage-first bearer token issuance...........................11 12.", "1 files updated, 0 files merged, 0 files removed, 0 files unresolved",
        "Content-Type: application/json; charset=UTF-8 Content-Length: 106 ETag: \"1382694048000\" Expires: 0",
        // A label, a column gap, figures only; and empty cells written as dashes.
        "90 days       7.10", "180 days      5.67/66", "One year      454.40  (437.65)",
        "Nov       --- 145.00    ---    ---    ---   ---", "Lubbock       2.64   ---   ---   ---   ---",
        "PEORIA      ---     ---     ---    2,000",
        // Figures in columns, no prose word outside them.
        "30-69 days  5.00 pct  5.00 pct   30-124 days", "North End:  25 hrs      11 hrs", "gcn pr a     16-1/2 cts",
        // A price list's figure with its earlier value in brackets; its jargon ("prev clsg", "hilo") is no prose.
        "Swedish crown 20.4 (20.6)", "us dlrs equivalent 421.00 (422.90)", "3,913.00 (prev clsg 3,905.00)",
        "hilo 3,917.00 - 3,896.00", "tom/next      6-1/4 1/8", "236.50  238.50  nil jan/mch  241.50  243.50  nil apl/jne",
        "us 1-3 220-260 lbs 51.00-52.50.", "grains  161.98 up 0.78 oilseeds 179.05 up 1.53",
        "Silver 3 months 424.00/426.00 pence", "1 YELLOW SOYBEANS  4.98-5.01     f/h april", "ttl imm 472860 up 10538",
        "Platinum     up  7.10  dlrs per oz",
        // A run of three spaces inside a line and few words of prose; three runs whatever the labels; a month price list.
        "actual week ago                  8,800", "Jul/May  3-1/4   over 3-1/2   over", "Stg one   52-50   disc two  91-89  disc",
        "May/Jul  1-1/4  under  1-1/2  under", "Dec/Jul  13-1/2  over 13-1/2  over",
        "21.50-22.75 norway 21.60-22.85 finland 33.50-35.00 us 1.48-1.57 canada 1.13-1.20 japan 1.0150-1.0550",
        "aut 11.8111-8281 dfl 73.61-71         esc 1.0690-0735 ffr 24.97-25.00      ptas 1.1852-1874 bfr 4.0101-0180      slr dkr 22.03-18",
        "SOYOIL Dutch gldrs 100 kilos fob exmill Apl 65 up one May/Jly 67 up 0.75 Aug/Oct 69 up 0.75 Nov/Jan 72 up one slrs",
        "Breakdown was as follows: cotton 9,000 (27,900), sunflower 25,156 (23,713), linseed 4,120 (nil).",
        "Malaysian rubber opg - april 8 quiet ones may  228.00  230.00",
        "ZINC High grade 1825 tonnes mainly carries 3months 457.00 58.00 58.50 close 458.50 59.00",
        "afloat 380 junjul 415 julaug 425 422.50 420 417.50 430 traded", "600/700  unquoted",
        "steers - choice 2-4 975-1250 lbs 64.00-65.50, package 2-3 1230 lbs 66.00.",
        "6.3500 dmk 348.20 348.65 ffr 104.55 104.90 bfr 16.81 16.85 sfr", "Chungjin/Manila 4,200 mt steel coils 800/liner discharge 23-30/4.",
        "RBD palm olein April 336 May 337.50 June 337.", "us/switz  1.5140 - 1.5150",
        "LINSEEDOIL any origin extank Hull stg per tonne Apr/May 216.00 slr.", "April - 21 ov May bid, 22 offered.",
        "PALM KERNELS Sierra leone dlrs per tonne cif rotterdam Apr 175.00 slrs",
        "Antimony 99.6 pct 2300 2350 a tonne", "Ruthenium 72 74 a troy ounce", "Wolframore min 65 pct 49 54 noml a tonne unit",
        "24.50-25.50 italy 0.1150-0.1210 austria 11.73-12.03 uk", "639-654 mexican  519-523 ingot 20400-20650",
        "SUNMEAL PELLETS Afloat on Seaspeed (eta midApl R'dam) 121 Chubut (eta unknown) 121",
        "3 x − 1 + ( 1 + x ) 2 is an example of an inline equation.", "PELLETS APRIL - 104.00 - UNC", "Copper scrap 775 835",
        "0084/0081 three 0114/0111 six 0228/0220 twelve 0445/0425 all discs.", "June offered 0.50 over, bid 0.40 over.",
        "Crude degummed soybean oil NOLA - April offered 0.40 over, bid 0.10 over.",
        "COPPER STANDARD - Quiet 75 tonnes cash 861.00 3months nil", "ELEVATOR 58 LB SPOT, MAY PRICE - UNC",
        "Kuala lumpur rubber noon call - april 7 rss ones (in order byr/slr/last trd/sales) may  227.50  229.50  nil", "choice 2-4 1050-1350 lb steers 64.50-69.00, high plains 69.50-70.00.",
        "Latex (Malaysian 60 pct Centrifuged FOB dry) 76.15", "April 752.50 south and central 751 north average 752.50 down 6.50. May 750 south down 11.",
        // Grain freight fixtures: a tonnage, a rate and the loading terms or laytime.
        "Cargill took Ocean Star 45,000 tonnes U.S. Gulf to Rotterdam May 5-15 11.75 dlrs 6,000 load 4,000 discharge",
        "Bunge took Nordic Bay 30,000 tonnes River Plate to Algeria April dates 19.50 dlrs 10 days all purposes",
        "USG/Egypt 48,000 mt hss 8,000 shex/3,000 fhex 1-10/5.",
        // A lower-case stock list with prices to two decimals; a label and its pair of prices after a column gap.
        "412.50 bayer 301.20 commerzbank 255.00 paid bid linde 640.00 preussag 188.40",
        "Platinum free, troy oz/dlr  560.00/562.00",
        // A table's labelled cells alone on their lines.
        "Total 28410", "Oct 15322", "- Position of july 3 - Aug 10875", "Net 2,416,000", "Today's official turnover: 84250",
        "Dec 1245/1250 ba with 1248P",
        // Lines of a results table, and rubber quoted nominal.
        "Shr loss three cts vs loss five cts", "Oper net loss 12,304,000 vs n.a.", "Avg shrs 22.6 mln", "Div 4.50 yen vs same",
        "No 1 rss May 45-1/4n",
        // A label set off by a dash, a fixing's note in brackets, short lines in lower case, two bare figures with
        // their earlier values.
        "Year ago - 1512.6", "VOLUME - 8,215,000", "(Morning fix 421.30)", "abx 07 cts", "soyoil  up 0.15 cts/lb",
        "Barley 68 (70), oats 59 (61).",
        // A results line broken before its comparison, and the cells it left behind.
        "Administrative expenses 98.4 mln vs", "212.6 mln", "Mln vs 45.1 mln profit",
        // The heading of a results table's period, alone, after a dateline, or before its column labels.
        "Nine months to September 30", "SINGAPORE, April 2 - 12 months ended March 31", "Four weeks ending Jan 28     weekly avgs-mlns",
        // A web page's table row of two cells: a label and its value.
        "• Per capita | $40,266", "Territorial authorities | 13 cities and 53 districts",
    ])
    func tableRowsAreMarked(_ line: String) {
        let article = Article(text: line)
        let tagged = QuantityTagger().process(SegmentedArticle(
            article: article, paragraphs: [TextSpan(0, line.utf8.count)],
            sentences: [Sentence(span: TextSpan(0, line.utf8.count), paragraph: 0, indexInParagraph: 0)]))
        #expect(tagged.tableRows == [true])
    }

    @Test(arguments: [
        "The stock rose 1/8 to 30-1/2.",
        "Sales rose 5 percent to $1.2 billion in 2019.",
        "Yields ranged 10-12 pct in 1986-87 and 5-6 pct in 1988.", "Rates rose 10 pct in 1986 and 5 pct in 1988.",
        "The company paid cash for three months of supplies worth 5.00 dlrs.",
        "Buyers and sellers were evenly matched at the opening level of 5.25 dlrs.",
        "Shares closed at 137 1/4, up 1/2.",
        "The index (base 1980 = 100) rose 2.5 pct in May, the bureau said.",
        "Rents rose 4% in the city; in the suburbs they rose 2%, and prices fell 1%.",
        "Visit https://example.com/report for the $5 million study.",
        "GM SELLS 5,000 CARS", "Jobless rate 5.2 pct", "The strike lasted nine months.",
        "The talks lasted 90 days.  Then 7 more were added.", "Prices fell -- 5 pct in a week -- before recovering 2 pct.",
        "Sales rose 5 pct  to 3 mln dlrs, the company said.", "Rates were 5 pct  and 6 pct   for 90 days, dealers said.",
        "Profit rose to 20.4 mln dlrs (20.6 mln forecast) in 1986.", "Output reached 5.2 mln tonnes (5.3 mln a year ago), it said.",
        // A phone number's groups are no prices in a row.
        "Police appealed for help on 0845 8 505 505 or 0800 555 111.",
        // Loading and discharge in prose: no fixture.
        "The port can load 60,000 tonnes a day, and discharge of 2,000 tonnes of fuel was delayed, officials said.",
        "Dockers took 12 days to unload 40,000 tonnes of wheat for all purposes of the aid programme.",
        // Prices compared in a sentence, and a pair of prices in prose.
        "September bonds opened at 98.12 below the close of 98.20 and December at 97.85 below 97.90.",
        "Gold was quoted at 421.90/422.40 dlrs an ounce in late trade, dealers said.",
        // A month and a year, a day of a month, a figure with its unit after a colon.
        "Deliveries resume in May 1988.", "Payment is due on Oct 15.", "Turnover rose to: 84,250 tonnes.",
        // A results figure in a sentence, and a headline in capitals.
        "Sales rose 23.5 pct to 70.9 mln dlrs.", "Net income was 5.2 mln dlrs in the quarter.", "NET BY ABOUT 20 MLN DLRS",
        "Turnover currently averages about 20,000 contracts a day.",
        // A range after a dash, a figure in brackets in a sentence, an iPhone.
        "Output rose 5 pct - to 1.2 mln tonnes.", "Exports (2.4 mln tonnes) rose.", "iPhone 4 sales rose 20 pct.",
        "TREASURY FORECASTS BUDGET DEFICIT 412 MLN DLRS VS", "Profits rose 12 pct.",
        "SALES RISE AS PROFIT FALLS FROM 5 PCT WHERE COSTS ROSE", "Shares of AS Roma rose 5 pct, and FROM Monday its bonds (due 2029) trade in Milan.",
        // Dates are no month prices.
        "The dividend is payable May 18 to holders of record May 4, and the vote is at the May 20 meeting.",
        // Bracketed year-ago values of figures with units are prose.
        "It accepted 336,097 tonnes of wheat (nil a year ago), 16,818 (nil) tonnes of rye and 33,623 (523,625) tonnes of barley.",
        // A period in prose, and one after a sentence's subject.
        "Sales rose 5 pct in the nine months to September 30.", "Turnover for the six months ended June 30 was 12 mln dlrs.",
        "The company spent three years to June 30 rebuilding its plant.",
        // A bar in a sentence that reports: no table.
        "Turnout reached 64 percent | a record for a midterm, election officials said on Wednesday.",
    ])
    func proseIsNot(_ line: String) {
        let article = Article(text: line)
        let tagged = QuantityTagger().process(SegmentedArticle(
            article: article, paragraphs: [TextSpan(0, line.utf8.count)],
            sentences: [Sentence(span: TextSpan(0, line.utf8.count), paragraph: 0, indexInParagraph: 0)]))
        #expect(tagged.tableRows == [false])
    }
}

/// A quake's magnitude, written before or after its number or named by it.
struct QuakeMagnitudeTests {
    static let cases: [Figure] = [
        Figure("Yesterday morning saw an earthquake of reported magnitude 4.9 in the city.", "4.9", .measure, 4.9, "magnitude"),
        Figure("The second quake had a magnitude of 4.0 and was felt in Cotabato.", "4.0", .measure, 4, "magnitude"),
        Figure("The blast created a magnitude-6.3 tremor near the test site.", "6.3", .measure, 6.3, "magnitude"),
        Figure("A 5.3-magnitude quake was recorded at dawn.", "5.3-magnitude", .measure, 5.3, "magnitude"),
        Figure("Sunday's 9.0 magnitude earthquake sent huge waves to Africa.", "9.0 magnitude", .measure, 9, "magnitude"),
        Figure("The island has had dozens of tremors, including a 6.4 quake on January 7.", "6.4", .measure, 6.4, "magnitude"),
        Figure("Magnitude 6.3 according to Phivolcs, it was recorded as 6.4 by the USGS.", "6.3", .measure, 6.3, "magnitude"),
        // A count of quakes is no magnitude.
        Figure("Two quakes hit the island overnight.", "Two quakes", .count, 2, "quakes"),
    ]

    @Test(arguments: cases) func figures(_ f: Figure) throws { try check(f) }
}

/// Words that open a sentence are no name before its number, and a sign may follow a bracket.
struct SentenceOpeningTests {
    @Test(arguments: [
        ("While 54 nations have signed the pact, only 27 have ratified it.", "54 nations"),
        ("Most 15 to 24-year-olds own a phone.", "15 to 24-year"),
        ("Meanwhile 70 Hong Kong music and movie stars re-recorded the song.", "70 Hong Kong music and movie stars"),
    ])
    func anOpeningWordIsNoName(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind != .identifier)
        #expect(q.isStatistic)
    }

    @Test func aSignAfterABracketIsKept() throws {
        let q = try #require(figure("-0.3 magnitude", in: "The fleet Mercury (-0.3 magnitude, bright) rises before dawn."))
        #expect(q.value == -0.3)
        let p = try #require(figure("-81%", in: "The patch is 13.4 MB (-81%) smaller."))
        #expect(p.value == -81)
    }

    @Test func aCodeGoesOnPastItsHyphen() throws {
        let s = "K2-18b was first identified in 2015 by the Kepler telescope."
        let q = try #require(figure("K2-18b", in: s), "found \(texts(s))")
        #expect(q.kind == .identifier)
        #expect(figure("18b", in: s) == nil)
    }

    @Test(arguments: [("The 75 m (250 ft) ship was built in 1993 in Japan.", "75 m"),
                      ("Hitachi said the 1.3m (4.2ft) Emiew was the quickest robot yet.", "1.3m")])
    func aBareMetreBeforeItsLengthInFeet(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == "m")
        #expect(q.kind == .measure)
    }

    @Test func aLapIsALabel() throws {
        let q = try #require(figure("seven", in: "On lap seven the safety car peeled into the pit lane."))
        #expect(q.kind == .identifier)
    }

    @Test(arguments: [("One police officer died in the attack.", "officer"), ("Two news agencies reported the deaths.", "agencies")])
    func aNounThatModifiesIsNotCounted(_ c: (String, String)) throws {
        let q = try #require(QuantityTagger.tag(c.0).first { $0.isStatistic }, "found \(texts(c.0))")
        #expect(q.unit == c.1)
    }

    @Test(arguments: [("Rapper 50 Cent has three singles in the US top five this week.", "five"),
                      ("Their doubles pair are among the top eight in the world.", "eight"),
                      ("Palookaville stayed in the UK top 75 for just three weeks.", "75")])
    func aPlaceInTheTopIsARank(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == .ordinal)
        #expect(!q.isStatistic)
    }

    @Test func theTopTenBanksAreCounted() throws {
        let q = try #require(figure("ten biggest banks", in: "He made Santander one of the top ten biggest banks."))
        #expect(q.kind == .count)
    }

    @Test(arguments: ["He and partner Bates won their doubles rubber on Saturday.", "The Bryans are great doubles players."])
    func tennisDoublesAreNoFactor(_ s: String) {
        #expect(!QuantityTagger.tag(s).contains { $0.kind == .ratio })
    }

    @Test(arguments: ["CommunicateResearch interviewed 401 people before the vote and 601 afterwards.",
                      "Real's ground holds 32,000 whereas Biarritz has a capacity of just 12,667."])
    func anAdverbInSIsNoCountedNoun(_ s: String) {
        #expect(!QuantityTagger.tag(s).contains { ["afterwards", "whereas"].contains($0.unit ?? "") })
    }

    @Test(arguments: [("The watch could provide a 1%-3% lift on revenue.", "1%-3%", 1.0, 3.0),
                      ("Telecoms stocks recorded an 8% - 10% rise since Monday.", "8% - 10%", 8, 10),
                      ("Runs of 5km-10km are the most popular.", "5km-10km", 5, 10)])
    func twoEndsWithTheirUnitsJoinedByADash(_ c: (String, String, Double, Double)) throws { try checkRange(c) }

    @Test(arguments: [("Children under 18 ride free on the buses.", "18"), ("The grant goes to households with people over 60.", "60"),
                      ("The rest have children younger than 18.", "18"), ("A majority of players are over 18.", "18")])
    func aBoundOnAGroupsAgeIsInYears(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.kind == .measure)
        #expect(q.unit == "year")
    }

    @Test(arguments: [("The England international, 24, was hurt in a challenge.", "24"),
                      ("Her son's killer, Warren Leblanc, 17 - who was jailed for life - copied the game.", "17"),
                      ("The tram driver, 42, from Beckenham, has been arrested.", "42"),
                      ("The comedian, 47, told followers the couple had split.", "47"),
                      ("She was travelling with her partner, Deonne Dickerson, 37.", "37")])
    func aBareAgeAfterAPersonIsInYears(_ c: (String, String)) throws {
        let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        #expect(q.unit == "year")
    }

    @Test(arguments: ["Shares closed the week at 15 pence, up from 12.", "The plan was backed by Tom Hale, Joe Bell, 3."])
    func aNumberClosingASentenceIsNoAgeWithoutAFullNameOrAbove10(_ s: String) {
        #expect(!QuantityTagger.tag(s).contains { $0.unit == "year" })
    }

    @Test func aBoundOnSomethingElseIsNoAge() throws {
        let q = try #require(figure("18", in: "Prices rose over 18 in the first hour."))
        #expect(q.unit == nil)
    }

    @Test(arguments: ["Businessmen signed a memorandum to boost two-way trade.", "TWA proposed a three-way merger with USAir."])
    func howManySidesIsNoFigure(_ s: String) {
        #expect(!QuantityTagger.tag(s).contains { $0.isStatistic })
    }

    @Test func oneNewsSiteCountsNothing() {
        #expect(!QuantityTagger.tag("One news site, Znak.com, claims the blast was an attack.").contains { $0.unit == "news" })
    }
}

/// After a change verb, "X to Y" with the unit written once is the range of the change when the two are of a size,
/// and a change and the level it reached otherwise.
struct ChangeOrRangeTests {
    @Test(arguments: [("Output was down 29.9 to 36.3 pct from last year.", "29.9 to 36.3 pct", 29.9, 36.3),
                      ("Cattle prices rose 1.00 to 1.50 dlr in active trade.", "1.00 to 1.50 dlr", 1, 1.5),
                      ("The boy fell 10 to 12 feet into the moat.", "10 to 12 feet", 10, 12),
                      ("Treasury bill rates increased two to eight basis points.", "two to eight basis points", 2, 8),
                      ("Prices are rising only one to two dlrs a barrel a year.", "one to two dlrs a barrel", 1, 2)])
    func endsOfOneChange(_ c: (String, String, Double, Double)) throws { try checkRange(c) }

    @Test(arguments: [("Crude closed up $2.80 to $51.15 on Friday.", "$2.80", "$51.15"),
                      ("Its stock rose 8-5/8 to 24 in active trading.", "8-5/8", "24"),
                      ("Amatil gained 10 to 10.70 on the day.", "10", "10.70"),
                      ("Bitcoin's value dropped more than $11 billion to $106 billion.", "$11 billion", "$106 billion")])
    func aChangeAndItsLevel(_ c: (String, String, String)) throws {
        let change = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
        let level = try #require(figure(c.2, in: c.0), "found \(texts(c.0))")
        #expect(change.change == .by)
        #expect(level.change == .to)
    }

    @Test func theLevelLendsItsUnitToTheChange() throws {
        let s = "The Bundesbank balance sheet total rose around 5.44 billion to 222.22 billion marks."
        let q = try #require(figure("5.44 billion", in: s), "found \(texts(s))")
        #expect(q.unit == "DEM")
        #expect(q.value == 5.44e9)
    }

    @Test func aWarNamedByItsDaysIsAName() throws {
        let q = try #require(figure("Six Day War", in: "Israel has held the area since the 1967 Six Day War."))
        #expect(q.kind == .identifier)
    }
}

/// The figure `c.1` of sentence `c.0` is one range from `c.2` to `c.3`.
private func checkRange(_ c: (String, String, Double, Double)) throws {
    let q = try #require(figure(c.1, in: c.0), "found \(texts(c.0))")
    #expect(q.low == c.2)
    #expect(q.high == c.3)
}
