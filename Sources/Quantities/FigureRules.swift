import ClaimTraceCore
import TokenRules

/// A figure a rule found: the quantity and the tokens it covers (`start` is its first token, which may
/// precede the anchor: "US$5" starts at "US").
struct Found {
    var quantity: Quantity
    var start: Int
    var end: Int
}

/// What follows a number: a unit and its kind, where it ends, and a factor ("42 cts" is 0.42 USD).
struct UnitMatch {
    var kind: QuantityKind
    var unit: String?
    var end: Int
    var factor: Double = 1
}

/// The quantity rules, in three tables tried in order (Docs/rules.md prints them; Tests/TokenRulesTests
/// runs every example): how a figure starts, what shape a number has when it is not a statistic (a date,
/// a time, a code), and which unit follows a number. Examples render as `kind value unit` (a range as
/// `low–high`).
enum FigureRules {
    typealias Starts = Rule<Matcher, Found>
    typealias Shapes = Rule<Matcher, Found>
    typealias UnitsRule = Rule<Matcher, UnitMatch>

    static let figure = Slot(0, "figure")

    // MARK: Token tests

    static let number = TokenTest.is(.number, "digits")
    static let month = TokenTest.is(QC.month, "Month")
    static let dot = TokenTest.words(".")
    static let hyphen = TokenTest.is(QC.hyphen, "hyphen")
    static let word = TokenTest.is(.word, "word")
    static let gluedWord = TokenTest(all: [.word, .joined], name: "glued-word")
    static let lowerWord = TokenTest.is(.lowercase, "word")

    // MARK: How a figure starts

    static let starts = RuleTable<Matcher, Found>(
        "Quantities: how a figure starts",
        """
        Tried in order at every token that may start a figure (digits, number words, months, currency signs). \
        The last rule, `figure`, reads a number with what comes before and after it (see the next two tables, then \
        ranges, rates and hedges).
        """,
        [monthDay, monthSpelledDay, monthYear, ordinalWord, rankNumber, vagueCount, multiplier, foldWord, fold, relativeMonth, spelledName, spelledOwner, groupOf, spelledModifier, hyphenAdjective, galleryCounter, galleryShowAll, hoursAmPm,
         fractionOfPoint, fractionWord, fractionOf, aFraction, halfOf, twice, lastRound, overFraction, oClock, splitRatio, numberFigure])

    static let monthDay = Starts(
        "date.month-day", "A month and a day, with an optional year: \"April 19\", \"Sept. 11\", \"February 12, 1986\", \"May 4th\".",
        anchor: month, after: .seq(.opt(.t(dot)), .t(.is(.dayLike, "day"))),
        examples: [.fires("On April 19, Chen gave a speech.", "date"), .fires("It was signed on February 12, 1986.", "date"),
                   .fires("He will be in Peking from April 21 to 24.", "date"), .fires("Staff called strikes for April 10 and 15 to match the rail stoppages.", "date"),
                   .fires("The board meets on June 9/12, officials said.", "date")]
    ) { m, match in
        var j = match.anchor + 1
        if m.isToken(j, Keys.period), m.joined(j) { j += 1 }
        var end = j + 1
        if let w = m.lower(end), m.joined(end), ["st", "nd", "rd", "th"].contains(w) { end += 1 }
        // "from April 21 to 24", "March 3-5", "strikes for April 10 and 15": the days after it are the same month's.
        // ("June 9/12": the wire's days of a meeting.)
        if m.isWord(end, Keys.to) || m.isWord(end, Keys.through) || (m.isHyphen(end) && m.joined(end)) || m.isWord(end, Keys.and) || m.isWord(end, Keys.or)
            || (m.isToken(end, Keys.slash) && m.joined(end) && m.joined(end + 1)),
            m.isDayNumber(end + 1), m.t[end + 1].value > m.t[j].value, !m.followsUnit(end + 2),
            end + 2 >= m.n || !m.t[end + 2].isWord || m.t[end + 2].isCapitalized || Lexicon.afterDayRange.contains(m.t[end + 2].key)
                || m.isWord(end + 2, Keys.to)
        {
            end += 2
        }
        if m.isToken(end, Keys.comma), m.isYearNumber(end + 1) { end += 2 } else if m.isYearNumber(end) { end += 1 }
        return Found(quantity: Quantity(span: m.span(match.anchor, end), kind: .date), start: match.anchor, end: end)
    }

    static let monthSpelledDay = Starts(
        "date.month-spelled-day",
        "A month and its day in words, as wire notices give it, closing a clause: \"record April six\", \"will end June eight.\". (Not a count after a month: \"in April six banks failed\".)",
        anchor: month, after: .t(.is(QC.numberWord, "number-word")),
        examples: [.fires("The dividend is payable May 18 to holders of record April six.", "date"),
                   .fires("The right to convert the series H issue will end June one, while the series J right ends later.", "date"),
                   .fires("The plants will be closed for a week starting April six for inventory adjustment.", "date"),
                   .not("In April six banks failed."), .not("In April six of the banks failed."), .not("Output rose in March.")]
    ) { m, match in
        let day = match.anchor + 1
        guard m.t[match.anchor].isCapitalized, let value = Lexicon.units[key: m.t[day].key] ?? Lexicon.tens[key: m.t[day].key], value >= 1, value <= 30,
            day + 1 >= m.n || [Keys.comma, Keys.period, Keys.semicolon].contains(where: { m.isToken(day + 1, $0) })
                // ("closed for a week starting April six for inventory": a preposition after it, not a noun.)
                || Self.afterSpelledDay.contains(m.t[day + 1].key)
        else { return nil }
        return Found(quantity: Quantity(span: m.span(match.anchor, day + 1), kind: .date), start: match.anchor, end: day + 1)
    }

    /// Words that may follow a spelled day of the month ("April six for", "June one through"), where a count has its noun.
    static let afterSpelledDay = WordTable(["for", "through", "until", "till", "at", "when", "and", "or", "with", "after", "before"])

    static let monthYear = Starts(
        "date.month-year", "A month and a year: \"June 2019\".", anchor: month, after: .t(.is(.yearLike, "year")),
        examples: [.fires("Elections are due in May 2027.", "date")]
    ) { m, match in
        Found(quantity: Quantity(span: m.span(match.anchor, match.anchor + 2), kind: .date), start: match.anchor, end: match.anchor + 2)
    }

    static let ordinalWord = Starts(
        "ordinal.word", "An ordinal after a determiner: \"his first\", \"the third\" (not \"the second quarter\", a duration).",
        before: .t(.is(QC.ordinalDeterminer, "determiner")), anchor: .is(QC.ordinal, "ordinal"),
        examples: [.fires("He gave a speech, his first in years.", "ordinal 1"), .fires("It was the third attempt this year.", "ordinal 3")]
    ) { m, match in
        let i = match.anchor
        if m.t[i].key == WordKey.of("second"), m.has(i + 1, QC.durationWord) { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .ordinal, value: m.ordinalValue(i)), start: i, end: i + 1)
    }

    static let rankNumber = Starts(
        "ordinal.rank", "A rank: \"No. 1\", \"the No. 2 Republican\", \"#3\", \"number one\" (before a noun or at a clause's end), \"world number 14\"; with a capital, \"Number 10\" or \"Standards Number 87\" is a name, and so is a lowercase \"no.\" after a noun (\"agreement no. 4\").",
        anchor: .words("no", "number", "#"), after: .seq(.opt(.t(dot)), .oneOf(.t(number), .t(.is(QC.numberWord, "number-word")))),
        examples: [.fires("She is the No. 2 Republican in the Senate.", "ordinal 2"), .not("The number of jobs rose 5 percent."),
                   .fires("The world number 14 was beaten in Doha.", "ordinal 14"), .fires("A Number 10 spokeswoman declined to comment.", "identifier"),
                   .fires("Anzola said exchange agreement no. 4 will also allow conversion.", "identifier"),
                   .not("The plan would cut the number 10 percent.")]
    ) { m, match in
        let i = match.anchor
        var j = i + 1
        // "No." capitalised with its period, "#" glued, "number" before a spelled number.
        if m.t[i].key == Keys.no {
            guard m.isToken(j, Keys.period) else { return nil }
            // Lowercase after a noun, wire copy's label: "exchange agreement no. 4", "resolution no. 242".
            if !m.t[i].isCapitalized {
                guard i > 0, m.t[i - 1].isWord, !["said", "says", "say", "answered", "replied"].contains(m.lower(i - 1) ?? ""), m.t[j + 1].plainInteger, let p = m.parseNumber(j + 1), !m.followsUnit(p.end)
                else { return nil }
                return Found(quantity: Quantity(span: m.span(i, p.end), kind: .identifier), start: i, end: p.end)
            }
            j += 1
        } else if m.t[i].key == Keys.hash {
            guard m.joined(j) else { return nil }
        } else if m.t[j].isNumber {
            // "world number 14", "reached number 13 in the charts", "the number 10 shirt": a rank or a position;
            // "Number 10 said", "Standards Number 87", "lot number 54238": a name or a label. Never a count, unless a
            // unit follows ("cut the number 10 percent").
            guard m.t[j].plainInteger, !m.followsUnit(j + 1), !(m.joined(j + 1) && j + 1 < m.n && !m.isToken(j + 1, Keys.period)) else { return nil }
            let rank = !m.t[i].isCapitalized || m.isWord(i - 1, Keys.world)
            return Found(quantity: Quantity(span: m.span(i, j + 1), kind: rank && m.t[j].value < 200 ? .ordinal : .identifier,
                                            value: rank && m.t[j].value < 200 ? m.t[j].value : nil), start: i, end: j + 1)
        }
        guard let p = m.parseNumber(j), p.value < 1000 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, p.end), kind: .ordinal, value: p.value), start: i, end: p.end)
    }

    static let vagueCount = Starts(
        "count.vague", "An order of magnitude: \"tens of thousands of people\" (10,000–100,000), \"hundreds of jobs\", \"dozens of countries\".",
        anchor: .words(Lexicon.vagueCounts.keys.sorted()), after: .word("of"),
        examples: [.fires("Tens of thousands of people marched.", "count 10000–100000 people"), .fires("Dozens of countries signed.", "count 24–100 countries"),
                   .fires("The council spent millions of pounds meeting a small risk.", "money 1000000–10000000 GBP"),
                   .fires("Police seized thousands of pounds of cocaine.", "measure 1000–10000 lb")]
    ) { m, match in m.vagueCount(at: match.anchor) }

    static let multiplier = Starts(
        "ratio.multiplier", "A change by a factor: \"doubled\" (2), \"tripled\", \"halved\" (0.5).",
        anchor: .words(Lexicon.multipliers.keys.sorted()),
        examples: [.fires("Profits doubled last year.", "ratio 2 times"), .fires("The deficit halved in two years.", "ratio 0.5 times"),
                   .not("Hantuchova and Hrbaty then won the mixed doubles."), .not("Their doubles pair are among the best in the world.")]
    ) { m, match in
        let i = match.anchor
        guard let factor = Lexicon.multipliers[m.lowers(i)] else { return nil }
        // "won the mixed doubles", "the men's doubles title": the tennis event, not a factor.
        if m.lowers(i) == "doubles",
            ["mixed", "men's", "women's", "the", "in", "s", "their", "his", "her"].contains(m.lower(i - 1) ?? "")
                || ["title", "titles", "final", "partner", "match", "matches", "champion", "champions", "pair", "partnership", "team", "specialist", "player",
                    "players", "event", "rubber", "crown", "gold"].contains(m.lower(i + 1) ?? "")
        {
            return nil
        }
        var q = Quantity(span: m.span(i, i + 1), kind: .ratio, value: factor, unit: "times")
        q.change = .by
        // "more than doubled", "nearly tripled": the hedge bounds the factor.
        if let (qualifier, approximate, _) = m.qualifier(before: i) {
            q.qualifier = qualifier
            q.approximate = approximate
        }
        return Found(quantity: q, start: i, end: i + 1)
    }

    static let foldWord = Starts(
        "ratio.fold-word", "\"threefold\", \"tenfold\": a factor in one word.",
        anchor: .words(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred"].map { $0 + "fold" }),
        examples: [.fires("Sales rose threefold.", "ratio 3 times")]
    ) { m, match in
        let i = match.anchor
        let w = m.lowers(i)
        guard let v = Lexicon.units[String(w.dropLast(4))] ?? (w.hasPrefix("hundred") ? 100 : nil) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .ratio, value: v, unit: "times"), start: i, end: i + 1)
    }

    static let fold = Starts(
        "ratio.fold", "\"3-fold\", \"two-fold\": a factor.",
        anchor: .anyOf(QC.numberWord.union(.number), "number"), after: .seq(.t(hyphen.requiring(.joined)), .word("fold")),
        examples: [.fires("Costs saw a 10-fold increase.", "ratio 10 times"), .fires("Demand grew two-fold.", "ratio 2 times")]
    ) { m, match in
        let i = match.anchor
        guard m.joined(i + 2), let p = m.parseNumber(i), p.end == i + 1 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .ratio, value: p.value, unit: "times"), start: i, end: i + 3)
    }

    static let relativeMonth = Starts(
        "date.relative-month", "A month without a day: \"last June\", \"early March\", \"in January\" (not \"in May\" followed by a figure).",
        anchor: .words("last", "next", "this", "early", "late", "mid", "since", "until", "in", "by"), after: .t(month),
        examples: [.fires("Rains returned in early January.", "date"), .fires("An Ipsos survey published last June showed it.", "date"),
                   .not("By Jan. 1, 2020, all aircraft must carry it."), .fires("It will sell the brands until July three.", "date")]
    ) { m, match in
        let i = match.anchor
        // Not "by Jan. 1, 2020": a day follows the abbreviation's point.
        guard !m.isNumber(i + 2), !(m.isToken(i + 2, Keys.period) && m.joined(i + 2) && m.isNumber(i + 3)),
            m.texts(i + 1) != "May" || m.lowers(i) != "in"
        else { return nil }
        let startsAt = ["last", "next", "this", "early", "late", "mid"].contains(m.lowers(i)) ? i : i + 1
        // "by August three", "until July three": wire copy spells a day under ten.
        var end = i + 2
        if ["by", "until", "since"].contains(m.lowers(i)), m.has(end, QC.numberWord), let day = m.singleTokenValue(end), day >= 1, day <= 31,
            !m.nounFollows(end)
        {
            end += 1
        }
        return Found(quantity: Quantity(span: m.span(startsAt, end), kind: .date), start: startsAt, end: end)
    }

    static let spelledName = Starts(
        "identifier.spelled-name", "A spelled number inside a name: \"BBC Radio Four\", \"Formula One\", \"the Group of Seven\".",
        before: .seq(.t(.is(.capitalized, "Name")), .opt(.word("of"))), anchor: .is(QC.numberWord, "Number-word").requiring(.capitalized, "Number-word"),
        examples: [.fires("The play was broadcast on BBC Radio Four.", "identifier"), .fires("Ministers of the Group of Seven met.", "identifier"),
                   .not("Four people died."), .fires("New Zealand is a member of ASEAN Plus Six.", "identifier")]
    ) { m, match in
        let i = match.anchor
        let name = m.isWord(i - 1, Keys.of) ? i - 2 : i - 1
        // "Plus" and "Minus" sign a figure ("Plus 5" in a wire table) unless a name goes on through them ("ASEAN Plus Six").
        let signInName = name >= 1 && ["Plus", "Minus"].contains(m.texts(name)) && m.t[name - 1].isCapitalized && m.t[name - 1].isWord
        guard name >= 0, signInName || !Lexicon.notNames.contains(m.texts(name)) else { return nil }
        return Found(quantity: Quantity(span: m.span(name, i + 1), kind: .identifier), start: name, end: i + 1)
    }

    static let spelledOwner = Starts(
        "identifier.spelled-owner", "A capitalised spelled number that owns something inside a sentence is a name: \"Mr Blair told Five's Wright Stuff show\", \"while Five's share held\".",
        anchor: .is(QC.numberWord, "Number-word").requiring(.capitalized, "Number-word"),
        after: .seq(.t(TokenTest.words("'", "’").requiring(.joined)), .t(TokenTest.words("s").requiring(.joined))),
        examples: [.fires("Mr Blair told Five's Wright Stuff show he was sorry.", "identifier"), .not("Five's company, six is a crowd.")]
    ) { m, match in
        let i = match.anchor
        guard i > 0, m.t[i - 1].isWord || m.isToken(i - 1, Keys.comma) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let groupOf = Starts(
        "identifier.group-of", "A group of countries named by its size: \"the Group of 20 summit\", \"the Group of 77\".",
        before: .seq(.word("group"), .word("of")), anchor: number,
        examples: [.fires("Leaders met at the Group of 20 summit in Hamburg.", "identifier"), .fires("The Group of 77 walked out.", "identifier"),
                   .not("A group of 20 protesters gathered outside.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i - 2].isCapitalized, !m.joined(i + 1) else { return nil }
        return Found(quantity: Quantity(span: m.span(i - 2, i + 1), kind: .identifier), start: i - 2, end: i + 1)
    }

    static let spelledModifier = Starts(
        "identifier.spelled-modifier", "A spelled number joined to a time unit (or \"time\") before a noun: \"its four-week March sales\", \"a five-year plan\", \"a two-time champion\" (ages stay ages).",
        anchor: .is(QC.numberWord, "number-word"),
        after: .seq(.t(hyphen.requiring(.joined)), .t(word.requiring(.joined)), .t(word)),
        examples: [.fires("Its four-week March sales rose.", "identifier"), .fires("The party unveiled a five-year plan.", "identifier"),
                   .not("A five-year-old boy was found."), .fires("The two-time champion retired.", "identifier")]
    ) { m, match in
        let i = match.anchor
        // A time unit, or "time" itself ("a two-time champion").
        guard m.has(i + 2, QC.durationWord) || m.isWord(i + 2, Keys.time),
            !m.isWord(i + 3, Keys.old), !m.isHyphen(i + 3), m.t[i + 3].isCapitalized || m.has(i + 3, .lowercase) && !m.has(i + 3, QC.notNoun)
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let hyphenAdjective = Starts(
        "identifier.hyphen-adjective", "A number joined to an adjective in -ed: \"a two-pronged policy\", \"a three-legged stool\", \"a 12-sided die\" (it describes, it does not count).",
        anchor: .anyOf(QC.numberWord.union(.number), "number"), after: .seq(.t(hyphen.requiring(.joined)), .t(word.requiring(.joined))),
        examples: [.fires("It is part of his two-pronged policy.", "identifier"), .fires("She sat on a three-legged stool.", "identifier"),
                   .not("The team extended its 12-game winning streak."), .not("He must be around two-hundred years old.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].plainInteger || m.has(i, QC.numberWord), let w = m.lower(i + 2), w.count >= 5, w.hasSuffix("ed"), !m.isHyphen(i + 3),
            !m.has(i + 2, QC.numberWord), !m.has(i + 2, QC.scale)  // "two-hundred"
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let galleryCounter = Starts(
        "identifier.gallery-counter", "A photo gallery's or video player's counter left in the text: \"22 of 41 Skip in Skip\", \"3 of 12 Next\".",
        anchor: number.requiring(.plainInteger), after: .seq(.word("of"), .t(number.requiring(.plainInteger)), .word("skip", "next", "previous", "prev", "close", "share", "embed", "back", "replay")),
        examples: [.fires("Buzz60 22 of 41 Skip in Skip x Embed x Share CLOSE", "identifier"), .not("Two of 12 photos showed damage.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i + 3].isCapitalized else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let galleryShowAll = Starts(
        "identifier.gallery-show-all", "A gallery's photo count left before its link: \"34 show all UK news in pictures\".",
        anchor: number.requiring(.plainInteger), after: .seq(.word("show"), .word("all")),
        examples: [.fires("34 show all UK news in pictures", "identifier"), .not("The 34 shows all sold out.")]
    ) { m, match in
        let i = match.anchor
        guard i == 0 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let hoursAmPm = Starts(
        "time.hours-am-pm", "Hours in words or a pair of hours before a.m./p.m.: \"at four a.m.\", \"three or four a.m.\", \"between 2 and 3 p.m.\".",
        anchor: .anyOf(QC.numberWord.union(.number), "number"),
        after: .seq(.opt(.seq(.word("or", "to", "and"), .t(.anyOf(QC.numberWord.union(.number), "number")))), .t(.words("a.m", "p.m", "am", "pm"))),
        examples: [.fires("She was out at a party at three or four a.m.", "time"), .fires("He left at four a.m. on Sunday.", "time"),
                   .not("Four men were held."), .not("Infinity will own nine FM and four AM stations.")]
    ) { m, match in
        let i = match.anchor
        let last = match.end - 2
        guard let h = m.singleTokenValue(i), h >= 1, h <= 12, last == i || (m.singleTokenValue(last).map { $0 >= 1 && $0 <= 12 } ?? false),
            !(last == i && m.t[i].isNumber)  // "3 p.m." alone is time.am-pm's
        else { return nil }
        var end = match.end
        // "nine FM and four AM stations": a radio band before what it names.
        if !m.lowers(end - 1).contains("."), let next = m.lower(end), m.has(end, .lowercase), next.hasSuffix("s") || ["radio", "station", "band"].contains(next) {
            return nil
        }
        if m.isToken(end, Keys.period), m.joined(end), m.lowers(end - 1).contains(".") { end += 1 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .time), start: i, end: end)
    }

    static let fractionOfPoint = Starts(
        "fraction.of-a-point", "A fraction of a percentage point: \"half a percentage point\", \"a quarter of a percentage point\".",
        anchor: .words("a", "half"), after: .seq(.opt(.word("quarter")), .opt(.word("of")), .opt(.word("a")), .word("percentage")),
        examples: [.fires("Rates rose half a percentage point.", "percentage_points 0.5 percentage_points"),
                   .fires("The Fed raised rates by a quarter percentage point.", "percentage_points 0.25 percentage_points")]
    ) { m, match in m.fractionOfPoint(at: match.anchor) }

    static let fractionWord = Starts(
        "fraction.word", "A spelled fraction: \"two-thirds\", \"three quarters of\", \"one-fifth\", and a compound count of fifths or finer (\"twenty-three fifths\", \"seven tenths\"); a count that reaches a hundred with no \"and\" before tens and an ordinal counts that compound (\"one hundred thirty fifths\" is 100/35). Before \"of a million\" (or billion) the fraction scales it.",
        anchor: .is(QC.numberWord, "number-word"),
        examples: [.fires("Nearly two-thirds of members voted yes.", "fraction 0.6667 fraction"), .fires("Three quarters of the staff left.", "fraction 0.75 fraction"),
                   .fires("The answer is twenty-three fifths.", "fraction 4.6 fraction"), .not("He served twenty years."),
                   .fires("One twenty-fifth of the budget went to roads.", "fraction 0.04 fraction"),
                   .fires("Three twenty-firsts of the seats changed hands.", "fraction 0.1429 fraction"),
                   .fires("Turnout was one fiftieth of the roll.", "fraction 0.02 fraction"), .not("One twenty-first century idea won."),
                   .fires("Two-thirds of a billion dollars was lost.", "money 666666666.6667 USD"),
                   .fires("The answer is one hundred and thirty-two fifths.", "fraction 26.4 fraction"),
                   .fires("That is one hundred thirty-fifths.", "fraction 2.8571 fraction"),
                   .fires("The answer is one hundred thirty fifths.", "fraction 2.8571 fraction"),
                   .fires("It is one one hundred fifth.", "fraction 0.0095 fraction"),
                   .fires("It comes to ninety-five hundred fifths.", "fraction 1900 fraction")]
    ) { m, match in m.spelledFraction(at: match.anchor) }

    static let fractionOf = Starts(
        "fraction.a-third-of", "\"a third of\", \"a quarter of\", \"one half of\".",
        anchor: .words("a", "one"), after: .seq(.t(.is(QC.fraction, "fraction")), .word("of")),
        examples: [.fires("A third of the budget went to defence.", "fraction 0.3333 fraction"),
                   .fires("A third of a million people fled.", "count 333333.3333 people")]
    ) { m, match in
        let i = match.anchor
        guard let f = m.t[i + 1].isWord ? Lexicon.fractions[key: m.t[i + 1].key] : nil, m.t[i + 1].key != WordKey.of("halves") else { return nil }
        let q = m.qualifier(before: i)
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .fraction, value: f, unit: "fraction", qualifier: q?.0,
                                        approximate: q?.1 ?? false), start: i, end: i + 2)
    }

    static let aFraction = Starts(
        "fraction.a-fifth", "\"a half\", \"a fifth\", \"a hundred trillionths\" closing a clause: a fraction on its own (not \"a fifth term\", and never \"a third\" or \"a quarter\", which count or time).",
        anchor: .words("a"),
        examples: [.fires("The share fell to a fifth, officials said.", "fraction 0.2 fraction"), .fires("The gap is a hundred thousandths.", "fraction 0.1 fraction"),
                   .not("She won a fifth term."), .not("It took a third."), .not("The vote lasted an hour and a half."),
                   .not("Banks cut rates by a half-point."), .fires("Each heir got a twenty-first.", "fraction 0.0476 fraction"),
                   .not("It is a twenty-first century pact.")]
    ) { m, match in
        let i = match.anchor
        // "an hour and a half" is the hour's.
        guard !m.isWord(i - 1, Keys.and) else { return nil }
        var j = i + 1
        var scale: Double = 1
        while j < m.n, m.t[j].isWord, let s = Lexicon.scales[key: m.t[j].key], s >= 100, j < i + 3 {
            scale *= s
            j += 1
        }
        // "a twenty-first": one of a compound denominator.
        if scale == 1, let d = m.compoundDenominator(at: j), !d.plural, m.closesPhrase(at: d.end) {
            let q = m.qualifier(before: i)
            return Found(quantity: Quantity(span: m.span(i, d.end), kind: .fraction, value: 1 / d.denominator, unit: "fraction",
                                            qualifier: q?.0, approximate: q?.1 ?? false), start: i, end: d.end)
        }
        // Keys first: this runs at every "a" of the text, and a string only for the rare fraction word.
        guard j < m.n, m.t[j].isWord, Lexicon.standaloneFractions.contains(m.t[j].key), let f = Lexicon.fractions[key: m.t[j].key],
            let w = m.lower(j), scale == 1 || Lexicon.pluralFractions.contains(w), j + 1 == m.n || !(m.t[j + 1].isWord || m.t[j + 1].isNumber || m.isHyphen(j + 1))
        else { return nil }
        let q = m.qualifier(before: i)
        return Found(quantity: Quantity(span: m.span(i, j + 1), kind: .fraction, value: scale * f, unit: "fraction", qualifier: q?.0,
                                        approximate: q?.1 ?? false), start: i, end: j + 1)
    }

    static let halfOf = Starts(
        "fraction.half-of", "\"half of\", \"half the\" (not \"a half\").", anchor: .words("half"), after: .word("of", "the"),
        examples: [.fires("Half of the respondents disagreed.", "fraction 0.5 fraction"), .not("The plant will close in the first half of 1988."),
                   .not("Sales picked up in the second half of the year.")]
    ) { m, match in
        let i = match.anchor
        // "the first half of 1988" is a period, not a share.
        guard !m.isWord(i - 1, Keys.a), !m.has(i - 1, QC.ordinal), !m.isWord(i - 1, Keys.latter), !m.isWord(i - 1, Keys.back) else { return nil }
        let q = m.qualifier(before: i)
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .fraction, value: 0.5, unit: "fraction", qualifier: q?.0,
                                        approximate: q?.1 ?? false), start: i, end: i + 1)
    }

    static let twice = Starts(
        "times.twice",
        "\"twice\", \"thrice\": a factor before what it multiplies (\"twice as high\", \"twice the size\"); otherwise how often (\"broke the record twice this season\"), a count of times.",
        anchor: .words("twice", "thrice"),
        examples: [.fires("Sales were twice as high as in 2019.", "ratio 2 times"), .fires("The plant is twice the size of the old one.", "ratio 2 times"),
                   .fires("He has broken the British record twice this season.", "count 2 times"),
                   .not("Savers will think twice before they deposit dollars."), .not("The twice-yearly meeting opens on Monday.")]
    ) { m, match in
        let i = match.anchor
        // "think twice" is caution, "twice-yearly" and "twice-nominated" describe; no figure.
        if ["think", "thinks", "thought", "thinking"].contains(m.lower(i - 1) ?? "") || (m.isHyphen(i + 1) && m.joined(i + 1)) { return nil }
        let value: Double = m.t[i].key == WordKey.of("twice") ? 2 : 3
        // A factor multiplies what follows it: "as", a determiner, a number, "more"; "this"/"that" only before an amount.
        let next = m.lower(i + 1) ?? ""
        let factor = Lexicon.factorFollowers.contains(next) || m.isNumber(i + 1) || m.has(i + 1, QC.numberWord)
            || (["this", "that"].contains(next) && Lexicon.amountNouns.contains(m.lower(i + 2) ?? ""))
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: factor ? .ratio : .count, value: value, unit: "times"), start: i, end: i + 1)
    }

    static let lastRound = Starts(
        "identifier.last-round",
        "A knockout round named by how many are left: \"booked his place in the last four\", \"the last 16 of the Champions League\" (not \"the last four years\").",
        before: .word("last"), anchor: .anyOf(QC.starter.union(.number), "starter"),
        examples: [.fires("The Croatian seed booked his place in the last four with a 7-5 6-4 win.", "identifier"),
                   .fires("Chelsea reached the last 16 of the Champions League.", "identifier"),
                   .not("Sales fell in the last four years."), .not("Celtic had won their last six meetings.")]
    ) { m, match in
        let i = match.anchor
        guard let p = m.parseNumber(i), p.end == i + 1, [4, 8, 16, 32, 64].contains(p.value), m.isWord(i - 2, Keys.the) else { return nil }
        // What follows ends the phrase: the end, a mark, or a preposition or conjunction, no noun it counts.
        if p.end < m.n, m.t[p.end].isWord, !Lexicon.afterRound.contains(m.lowers(p.end)) { return nil }
        return Found(quantity: Quantity(span: m.span(i, p.end), kind: .identifier), start: i, end: p.end)
    }

    static let overFraction = Starts(
        "fraction.over", "\"one over three\", \"1 over 20\": a fraction read aloud, closing its clause (not \"5 over 3 years\").",
        anchor: .anyOf(QC.starter.union(.number), "starter"),
        examples: [.fires("The chance is one over three.", "fraction 0.3333 fraction"), .not("Prices rose 5 over 3 years.")]
    ) { m, match in m.overFraction(at: match.anchor) }

    static let oClock = Starts(
        "time.oclock", "\"three o'clock\", \"10 o’clock\": a time of day, not a count.",
        anchor: .anyOf(QC.starter.union(.number), "starter"),
        examples: [.fires("If you get up at three o'clock, the streets are empty.", "time"), .fires("The vote closes at 10 o’clock.", "time")]
    ) { m, match in
        let i = match.anchor
        // Most figures have no "clock" after them: look before parsing anything.
        guard ((i + 1)..<min(m.n, i + 6)).contains(where: { m.isWord($0, Keys.clock) }), let p = m.parseNumber(i), p.value >= 1,
            p.value <= 12, m.isWord(p.end, Keys.o), m.isWord(p.end + 2, Keys.clock)
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, p.end + 3), kind: .time), start: i, end: p.end + 3)
    }

    static let splitRatio = Starts(
        "ratio.split", "A share split: \"a two-for-one stock split\", \"a 3-for-2 split\" (the ratio of new shares to old).",
        anchor: .anyOf(QC.starter.union(.number), "starter"), after: .seq(.t(hyphen.requiring(.joined)), .word("for")),
        examples: [.fires("The board voted a two-for-one stock split.", "ratio 2 ratio"), .fires("It declared a 3-for-2 split.", "ratio 1.5 ratio")]
    ) { m, match in
        let i = match.anchor
        guard let new = m.parseNumber(i), new.end == i + 1, m.isHyphen(i + 3), m.joined(i + 3), let old = m.parseNumber(i + 4), old.value > 0
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, old.end), kind: .ratio, value: new.value / old.value, unit: "ratio"), start: i, end: old.end)
    }

    static let numberFigure = Starts(
        "figure", "A number with its currency before it, its shape (next table), a range, its unit (the table after), a rate and its hedge.",
        anchor: .anyOf(QC.starter.union(.number), "starter"),
        examples: [
            .fires("The firm raised $1.2bn from investors.", "money 1200000000 USD"),
            .fires("Yields fell 25bps on Monday.", "percentage_points 25 basis_points"),
            .fires("Brent traded at $35 a barrel.", "money 35 USD per barrel"),
            .fires("The count was 4 thousand 3 hundred and 21.", "number 4321"),
            .fires("The tally was 6 crore and two hundred.", "number 60000200"),
            .fires("Inflation was nought point five percent.", "percent 0.5 percent"), .not("The talks came to naught."),
            .fires("One seven year tranche was sold.", "duration 7 year"),
            .fires("Sex education starts from the age of seven.", "measure 7 year"),
            .fires("By the time he was 40, he had retired.", "measure 40 year"),
            .not("Fans packed Saturday's Six Nations match."),
            .fires("It accepted 88,494 (32,766) tonnes of feed wheat.", "measure 88494 t"),
            .fires("Profit was 5.2 (4.1) mln dlrs.", "money 5200000 USD"),
            .fires("The plan would raise the pension age for council workers from 60 to 65.", "measure 60 year"),
            .fires("Silver could reach 9.00 dlrs per troy ounce.", "money 9 USD per troy ounce"),
            .fires("He won the 800m in one minute, 47.96 seconds.", "duration 107.96 second"),
            .fires("She took the women's 1500m title.", "measure 1500 m"), .fires("It is one of four century-old wooden schooners.", "count 4 schooners"),
            .fires("The institutes were divided about 1987 growth forecasts.", "year 1987"), .fires("The firm sold 800m shares.", "count 800000000 shares"),
            .fires("Idowu landed 17.30m at the British trials.", "measure 17.3 m"), .fires("Profits were 12.50m last year.", "number 12500000"),
            .fires("The answer is minus three fifths.", "fraction -0.6 fraction"),
            .fires("The program aimed to resettle 1,4 mln families.", "count 1400000 families"),
            .fires("Turnover reached 1.111,11 euros.", "money 1111.11 EUR"), .fires("Downloads passed 2.33 k.", "number 2330"),
            .fires("The crates held three hundred and two dozen eggs.", "count 324 eggs"),
            .fires("The deck, which dates from around 1490, was extremely special.", "year 1490"),
            .not("The bank sold dollar-denominated zero-coupon notes to investors."),
            .fires("Prices have doubled since about 2010.", "year 2010"), .fires("The town employs about 2000 people.", "count 2000 people"),
            .fires("The veteran film-maker, 68, won the best director prize.", "measure 68 year"),
            .fires("The shows are aimed at children as young as 12.", "measure 12 year"),
        ]
    ) { m, match in m.figure(at: match.anchor) }
}
