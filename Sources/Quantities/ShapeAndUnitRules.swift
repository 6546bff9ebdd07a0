import ClaimTraceCore
import TokenRules

extension FigureRules {
    // MARK: Shapes of a number that is not a statistic

    static let shapes = RuleTable<Matcher, Found>(
        "Quantities: numbers that are not statistics",
        """
        Tried at the first digits of a figure with no currency before it: dates, times, phone numbers, codes and \
        names written with digits, scores. A match makes the figure a date, time, ordinal or identifier \
        (`statistic: false`).
        """,
        [roundTheClock, gallery, galleryCounterAtEnd, citation, noteMark, volumeIssue, pageReference, version, versionBeforeUpdate, label, indexName, poorsIndex, slashName, listedLabel, fineness, dottedCode, streetAddress, statusCode, lettered, port, digitsHyphenLetter, dayMonth, phone, dotted, seasonSlash, slashFractionRule, isoDate, slashedDate, raceTime, clock, clockZoneRange, clockZone, amPmRange, amPm, ordinalDigits, rank, shortYear, temperatureDecade, hyphenChain, score,
         leadingZero, title, listNumber, listParen, liveTimestamp, matchMinute, revision, sectionNumber, heading, shortDecade, timesCode, lettersBefore, slashCode, hyphenCode, lettersAfter, compoundModifier, nameWithNumber, softwareVersion])

    static let roundTheClock = Shapes(
        "identifier.24-7", "\"24/7\": round the clock, not a fraction or a date.",
        anchor: number.requiring(.plainInteger), after: .seq(.t(TokenTest.words("/").requiring(.joined)), .t(number.requiring(.joined))),
        examples: [.fires("Signs became 24/7 billboards.", "identifier")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].value == 24, m.t[i + 2].value == 7, m.t[i + 2].digitCount == 1 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let statusCode = Shapes(
        "identifier.status-code", "A web status code: \"a 200 status code\", \"HTTP 404\", \"HTTP/1.1 200 OK\", \"serving 500s\", \"a 412 response\" (not \"returned 150 percent\").",
        anchor: number.requiring(.plainInteger),
        examples: [.fires("A sudden increase in 200 status code means traffic.", "identifier"), .fires("I’m serving HTTP 500s or 404s.", "identifier"),
                   .not("The firm cut 200 jobs."), .not("The fund returned 150 percent."), .not("The bill attracted almost 500 responses."),
                   .fires("The server answers HTTP/1.1 200 OK with the body.", "identifier"), .fires("It returns a 412 Conflict response.", "identifier")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].digitCount == 3, m.t[i].value >= 100, m.t[i].value < 600 else { return nil }
        var end = i + 1
        if m.isWord(end, Keys.possessiveS), m.joined(end) { end += 1 }  // "500s"
        // Keys, not strings: this runs at every three-digit number from 100 to 599.
        // (Or the protocol's version: "HTTP/1.1 200 OK".)
        let before = i > 0 && m.t[i - 1].isWord && Lexicon.statusCodeLabelsBefore.contains(m.t[i - 1].key)
            || i > 2 && m.t[i - 1].isNumber && m.isToken(i - 2, Keys.slash) && m.t[i - 3].isWord && m.t[i - 3].key == Keys.http
        let after = end < m.n && m.t[end].isWord && Lexicon.statusCodeLabelsAfter.contains(m.t[end].key)
        // "404s" after "or" in a list of codes; the word "HTTP" anywhere in the sentence for a bare plural code.
        let codeList = end > i + 1 && m.t.contains { $0.isWord && $0.key == Keys.http }
        // A name's number keeps its name ("Fortune 500 status").
        guard before || ((after || codeList) && !(i > 0 && m.t[i - 1].isWord && m.t[i - 1].isCapitalized)) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let citation = Shapes(
        "identifier.citation", "A reference mark glued to the text: \"a parliamentary democracy,[65]\", \"air[239]\".",
        before: .t(TokenTest.words("[").requiring(.joined)), anchor: number.requiring(.plainInteger.union(.joined)),
        after: .t(TokenTest.words("]").requiring(.joined)),
        examples: [.fires("It is a parliamentary democracy,[65] with no written constitution.", "identifier"),
                   .not("Shares rose [5] points.")]
    ) { m, match in
        Found(quantity: Quantity(span: m.span(match.anchor, match.anchor + 1), kind: .identifier), start: match.anchor, end: match.anchor + 2)
    }

    static let noteMark = Shapes(
        "identifier.note-mark", "A note's mark in a wiki page: \"the most widely spoken language (2.2%),[n 10]\", \"[note 3]\".",
        before: .seq(.t(TokenTest.words("[")), .t(TokenTest.words("n", "note", "nb").requiring(.joined))), anchor: number.requiring(.plainInteger),
        after: .t(TokenTest.words("]").requiring(.joined)),
        examples: [.fires("Samoan is the most widely spoken language (2.2%),[n 10] followed by Hindi.", "identifier"),
                   .not("Turnout was [near] 10 percent.")]
    ) { m, match in
        Found(quantity: Quantity(span: m.span(match.anchor, match.anchor + 1), kind: .identifier), start: match.anchor, end: match.anchor + 2)
    }

    static let gallery = Shapes(
        "identifier.gallery", "A photo's place in a gallery opening its caption: \"26/30 An astronaut's view …\", \"28/34 3 November 2017 …\".",
        anchor: number.requiring(.plainInteger), after: .seq(.t(TokenTest.words("/").requiring(.joined)), .t(number.requiring(.plainInteger).requiring(.joined))),
        examples: [.fires("26/30 An Astronaut's View from Space", "identifier"), .not("Sales rose 3/4 of a point."),
                   .fires("Tram derailment 1/8 The scene after the crash 2/8 Police officers at the site", "identifier")]
    ) { m, match in
        let i = match.anchor
        // Opening the caption, or one of several captions run together with the same count ("Croydon Tram derailment
        // 1/8 The scene … 2/8 Police officers …").
        // (Consecutive places of one count, each before a caption in sentence case: wire prices in eighths are
        // neither, "RAISE RATES 1/4 POINT TO 3-1/4 PCT".)
        let total = m.t[i + 2].value
        func caption(_ k: Int) -> Bool {
            k + 3 < m.n && m.t[k].plainInteger && !m.joined(k) && m.isToken(k + 1, Keys.slash) && m.joined(k + 1) && m.t[k + 2].isNumber
                && m.joined(k + 2) && m.t[k + 2].value == total && m.t[k + 3].isCapitalized && !m.has(k + 3, .allCaps) && !m.joined(k + 3)
        }
        let another = i > 0 && caption(i) && (0..<max(0, m.n - 3)).contains { k in abs(m.t[k].value - m.t[i].value) == 1 && caption(k) }
        guard i == 0 || another, m.t[i].value >= 1, m.t[i].value <= total, total <= 500, i + 3 < m.n,
            m.t[i + 3].isCapitalized || m.t[i + 3].isNumber, !m.joined(i + 3)
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let galleryCounterAtEnd = Shapes(
        "identifier.gallery-end", "A gallery's counter closing a caption, spaced: \"… in February 2018 1 / 10\".",
        anchor: number.requiring(.plainInteger), after: .seq(.t(TokenTest.words("/")), .t(number.requiring(.plainInteger))),
        examples: [.fires("Some of the best deals available on PS4 in February 2018 1 / 10", "identifier"),
                   .not("Turnout was 1 / 10 of the roll, officials said."), .not("The ratio is 1 / 10")]
    ) { m, match in
        let i = match.anchor
        // (After a caption's last word or number, not after a verb: "The ratio is 1 / 10".)
        guard i + 3 == m.n, i > 0, m.t[i - 1].isNumber || m.t[i - 1].isCapitalized, !m.joined(i + 1), !m.joined(i + 2), m.t[i].value >= 1,
            m.t[i].value <= m.t[i + 2].value, m.t[i + 2].value <= 500
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let volumeIssue = Shapes(
        "identifier.volume-issue", "A journal's volume, issue and pages: \"Developmental Biology 392(2): 404–418\", \"Nature 5(3):12\", \"Palaeontology. 60 (3): 319–328\".",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(TokenTest.words("(")), .t(number.requiring(.joined)), .t(TokenTest.words(")").requiring(.joined)),
                    .t(TokenTest.words(":").requiring(.joined))),
        examples: [.fires("Developmental Biology 392(2): 404–418.", "identifier"), .fires("Palaeontology. 60 (3): 319–328. doi:10.1111/pala.12284.", "identifier")]
    ) { m, match in
        var end = match.end
        // The pages after it: "404–418", "12".
        if end < m.n, m.t[end].isNumber, m.t[end].plainInteger {
            end += 1
            if m.isHyphen(end), m.joined(end), end + 1 < m.n, m.t[end + 1].isNumber, m.joined(end + 1) { end += 2 }
        }
        return Found(quantity: Quantity(span: m.span(match.anchor, end), kind: .identifier), start: match.anchor, end: end)
    }

    static let pageReference = Shapes(
        "identifier.page", "A page, section or figure of a book or report (\"p. 82\", \"pp. 617–630\", \"on page 3\", \"see section 10 below\"), or a place or setting named by its number (\"back in aisle 14\", \"gate 5\", \"game mode 3\").",
        before: .oneOf(.seq(.word("p", "pp", "fig", "figs"), .word(".")), .word("page", "pages", "section", "sections", "chapter", "chapters", "appendix", "fig", "figure",
                                                                "aisle", "gate", "platform", "pier", "terminal", "exit", "floor", "mode", "room", "ward", "hole",
                                                                "lap", "episode", "verse", "flight", "bug", "route", "highway")),
        anchor: number.requiring(.plainInteger),
        examples: [.fires("Auckland: Penguin Books. p. 82.", "identifier"), .fires("The figure is on page 3 of the report.", "identifier"),
                   .fires("The curve flattens after 2008 (see Fig. 1 above).", "identifier"),
                   .fires("Unless Kerberos is used (see section 10 below), all requests fail.", "identifier"),
                   .fires("Back in aisle 14, she heard her seatmates break into song.", "identifier"),
                   .fires("The update added a spectator game mode (game mode 3).", "identifier"),
                   .fires("Divers are searching for the black box of AirAsia flight 8501.", "identifier"),
                   .fires("The method is set out in sections 4, 7 and 9 of the report.", "identifier"),
                   .not("The flight 300 passengers had booked was cancelled."),
                   .not("The lift climbs to the top floor 30 percent faster."),
                   .not("Sept/Dec same section 125 pct bid, 135 offered.")]
    ) { m, match in
        let i = match.anchor
        // "Chapter 11", "Section 39A": capitalised, the name rule keeps the word with the number.
        // "same section 125 pct bid": a figure with its unit after a word that also names a part.
        if (m.t[i - 1].isCapitalized && m.t[i - 1].isWord && m.t[i - 1].count > 2) || m.followsUnit(i + 1) { return nil }
        // "the flight 300 passengers took": a count of what follows.
        if i + 1 < m.n, m.has(i + 1, .lowercase), m.t[i + 1].count > 3, m.lowers(i + 1).hasSuffix("s") { return nil }
        var end = i + 1
        if m.isHyphen(end), m.isNumber(end + 1) { end += 2 }  // "pp. 617–630"
        if let w = m.lower(end), m.joined(end), w.count == 1 { end += 1 }  // "section 39a"
        // After a plural label the list goes on: "pages 2 and 3", "sections 4, 7 and 9", "pp. 12, 40-41".
        let label = m.isToken(i - 1, Keys.period) ? i - 2 : i - 1
        if let w = m.lower(label), w == "pp" || w == "figs" || (w.count > 3 && w.hasSuffix("s")) {
            while m.isToken(end, Keys.comma) || m.isWord(end, Keys.and), end + 1 < m.n, m.t[end + 1].plainInteger, !m.followsUnit(end + 2) {
                end += 2
                if m.isHyphen(end), m.joined(end), m.isNumber(end + 1), m.joined(end + 1) { end += 2 }
            }
        }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let version = Shapes(
        "identifier.version", "A version of software or a standard: \"version 1.0\", \"versions 2.4.1 and 3\"; after \"update\", \"firmware\" or \"patch\" one with a decimal point (\"PS4 Update 5.50\").",
        before: .word("version", "versions", "update", "firmware", "patch"), anchor: number,
        examples: [.fires("For example, version 1.0 used the same engine as Firefox 3.6.", "identifier"),
                   .not("The new version 20 percent faster than the old one."), .fires("PS4 Update 5.50: Hiding beta demos", "identifier"),
                   .not("The update 3 times a day was too much.")]
    ) { m, match in
        let i = match.anchor
        guard !m.followsUnit(i + 1), m.isWord(i - 1, Keys.version) || m.isWord(i - 1, Keys.versions) || m.t[i].decimals > 0 else { return nil }
        var end = i + 1
        while m.isToken(end, Keys.period), m.joined(end), m.isNumber(end + 1), m.joined(end + 1) { end += 2 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let softwareVersion = Shapes(
        "identifier.software-version",
        "A release number in a sentence about software: after a product's name the name rule leaves (\"OS X 10.10\"), after an update to or from (\"update to 5.00\"), before what it names (\"that 7.2 system\"), or opening the sentence (\"2.8 has been labeled a long-term release\").",
        anchor: number,
        examples: [.fires("The RPMs expect Gnome2 to be installed on that 7.2 system first.", "identifier"),
                   .fires("The feature now needs at least OS X 10.10 to install.", "identifier"),
                   .fires("If you are yet to update to 5.00, keep reading for the new features of your console.", "identifier"),
                   .fires("2.8 has been labeled a long-term release with backported bug fixes.", "identifier"),
                   .not("Microsoft shares rose 1.25 to 54.25 after the software update."),
                   .not("The software maker's revenue rose 7.2 percent.")]
    ) { m, match in
        let i = match.anchor
        let v = m.t[i].value
        guard m.t[i].decimals >= 1, m.t[i].decimals <= 2, v < 50, !m.followsUnit(i + 1), !m.isToken(i + 1, Keys.percent),
            !(i > 0 && (m.has(i - 1, QC.currencySymbol) || m.has(i - 1, QC.currencyWord))),
            m.t.contains(where: { $0.isWord && Lexicon.softwareWords.contains($0.key) })
        else { return nil }
        let named = i > 0 && m.t[i - 1].isWord && m.t[i - 1].isCapitalized && !m.has(i - 1, QC.month) && m.t[i].start - m.t[i - 1].end == 1
            && !(i == 1)  // (a capitalised first word is the sentence's, not a product's)
        let updated = i >= 2 && (m.isWord(i - 1, Keys.to) || m.isWord(i - 1, Keys.from))
            && ["update", "upgrade", "updated", "upgraded", "updating", "upgrading", "migrate", "migrated"].contains(m.lowers(i - 2))
        let naming = i >= 1 && ["that", "this", "the"].contains(m.lowers(i - 1)) && ["system", "release", "kernel", "series", "branch", "build", "version"].contains(m.lower(i + 1) ?? "")
        let opening = i == 0 && ["has", "is", "was", "adds", "brings", "introduces", "includes", "ships"].contains(m.lower(i + 1) ?? "")
        guard named || updated || naming || opening else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let label = Shapes(
        "identifier.label", "A number that labels a band, phase, stage, tier, category or round: \"bills in band two\", \"phase three of the plan\", \"a category 4 hurricane\" (not a count after it: \"at this stage 5 people\").",
        before: .t(TokenTest.words(Lexicon.labelWordList)), anchor: number,
        examples: [.fires("It bought 144 mln stg of bills in band two at 9-13/16 pct.", "identifier"),
                   .fires("The storm became a category 4 hurricane.", "identifier"), .not("At this stage 5 people were hurt."),
                   .not("The index hit a level 20 percent above trend.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].plainInteger, let p = m.parseNumber(i), m.isLabelNumber(p) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, p.end), kind: .identifier), start: i, end: p.end)
    }

    static let versionBeforeUpdate = Shapes(
        "identifier.version-update", "A version with a decimal point before \"update\" or \"firmware\": \"the PS4 5.50 update\".",
        anchor: number, after: .word("update", "firmware"),
        examples: [.fires("PS4 5.50 Update: Deleting all notifications", "identifier"), .not("Shares rose 5 percent on the update."),
                   .not("06.10 Update: total of 7 bodies recovered so far.")]
    ) { m, match in
        let i = match.anchor
        // (A live blog's clock opens its line: "06.10 Update: 7 bodies recovered".)
        guard i > 0, m.t[i].decimals > 0, !m.joined(i + 1) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let indexName = Shapes(
        "identifier.index-name", "An index named by its number after \"the\": \"the 500 index\", \"the 30 index\" (the S&P 500, the Dow's 30).",
        before: .word("the"), anchor: number.requiring(.plainInteger), after: .word("index"),
        examples: [.fires("Adding the stock to the 500 index list is a minor positive development.", "identifier"),
                   .not("The index rose 500 points."), .not("It added 500 index funds.")]
    ) { m, match in
        Found(quantity: Quantity(span: m.span(match.anchor, match.anchor + 1), kind: .identifier), start: match.anchor, end: match.anchor + 1)
    }

    static let poorsIndex = Shapes(
        "identifier.poors-index", "The index of Standard and Poor's named by how many stocks it holds: \"Standard and Poor's 500\", \"S&P 500\".",
        anchor: number.requiring(.plainInteger),
        examples: [.fires("The June contract for the Standard and Poor's 500 stock index future hit 300.", "identifier"),
                   .fires("The S&P 500 fell 1.2 percent.", "identifier"), .not("Poor families got 500 dlrs each.")]
    ) { m, match in
        let i = match.anchor
        // (Compared by key: this runs at every whole number.)
        let poors = i >= 3 && m.isWord(i - 1, Keys.possessiveS) && m.isQuote(i - 2) && m.isWord(i - 3, Keys.poor)
        let sp = i >= 3 && m.isWord(i - 1, Keys.p) && m.isToken(i - 2, Keys.ampersand) && m.isWord(i - 3, Keys.possessiveS) && m.joined(i - 1) && m.joined(i - 2)
        guard poors || sp else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let slashName = Shapes(
        "identifier.slash-name", "A scheme named by two numbers and a slash: \"the 0/92 provision\", \"the 50/92 option\" (a farm program's payment rule).",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(TokenTest.words("/").requiring(.joined)), .t(number.requiring(.joined)),
                    .t(TokenTest.words("provision", "provisions", "option", "options", "program", "programs", "programme", "plan", "proposal", "scheme", "concept"))),
        examples: [.fires("Members agreed to scale back the 0/92 provision of the aid bill.", "identifier"),
                   .fires("It would offer the so-called 50/92 option to producers.", "identifier"), .not("Shares rose 3/4 in the option market.")]
    ) { m, match in
        // (Not the second half of a model's name: "the Airbus A330/340 programs".)
        guard match.anchor == 0 || !m.joined(match.anchor) else { return nil }
        return Found(quantity: Quantity(span: m.span(match.anchor, match.anchor + 3), kind: .identifier), start: match.anchor, end: match.anchor + 3)
    }

    static let listedLabel = Shapes(
        "identifier.listed-label", "Digits listed after a labelled number are labels too: \"Series 50, 53 and 54 bonds\", \"Sections 4, 5 and 6\" (\"Sections 4 and 5\" is one name, read with its number).",
        anchor: number.requiring(.plainInteger),
        examples: [.fires("Proceeds will redeem all outstanding Series 50, 53 and 54 bonds.", "identifier"),
                   .fires("The ruling covers Sections 4, 5 and 6 of the act.", "identifier"),
                   .not("Sales rose 50, 53 and 54 pct in the three years."), .not("He sold 5, 6 and 7 bonds.")]
    ) { m, match in
        let i = match.anchor
        // Back over ", N" and "and N" to the first number of the list, then the label before it.
        var k = i - 1
        guard k >= 1, m.isToken(k, Keys.comma) || m.isWord(k, Keys.and) || m.isWord(k, Keys.or) else { return nil }
        var first = i
        while k >= 1, m.isToken(k, Keys.comma) || m.isWord(k, Keys.and) || m.isWord(k, Keys.or) {
            var j = k - 1
            if m.isToken(j, Keys.comma) { j -= 1 }  // ", and"
            guard j >= 0, m.t[j].isNumber || m.has(j, QC.numberWord) else { break }
            first = j
            k = j - 1
        }
        guard first < i, first >= 1, m.t[first - 1].isWord, Lexicon.listLabels.contains(m.t[first - 1].key),
            m.t[first - 1].isCapitalized || Lexicon.labelWords.contains(m.t[first - 1].key) || m.lowers(first - 1).hasSuffix("s")
        else { return nil }
        guard let p = m.parseNumber(i) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, p.end), kind: .identifier), start: i, end: p.end)
    }

    static let fineness = Shapes(
        "identifier.fineness", "A precious metal's purity names its grade: \"(99.5 fine us dlrs per ounce)\", \"999.9 fine gold\".",
        anchor: number, after: .word("fine"),
        examples: [.fires("international mkt (99.5 fine us dlrs per ounce)", "identifier"), .fires("The bars are 999.9 fine gold.", "identifier"),
                   .not("It sold 600 fine tonnes of sugar.")]
    ) { m, match in
        let i = match.anchor
        let v = m.t[i].value
        guard m.t[i].decimals > 0 && v >= 90 && v < 100 || v >= 900 && v < 1000 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .identifier), start: i, end: i + 2)
    }

    static let dayMonth = Shapes(
        "date.day-month", "A day and a month: \"18 April\", \"18 April 2024\", \"5th of May\", days of one month (\"4-6 March\").",
        anchor: .is(.dayLike, "day"),
        examples: [.fires("On 18 April, the president spoke.", "date"), .fires("The fair opens on the 5th of May.", "date"),
                   .fires("Britain meets Israel on 4-6 March.", "date"),
                   .fires("The band will play between 6 and 12 December.", "date"), .fires("The festival runs from 6 to 12 May.", "date"),
                   .fires("Les députés ont voté mardi 5 mai.", "date"), .fires("La reunión fue el 3 de junio.", "date")]
    ) { m, match in
        let i = match.anchor
        var k = i + 1
        if let suffix = m.lower(k), m.joined(k), ["st", "nd", "rd", "th"].contains(suffix) { k += 1 }
        // Days of one month: "on 4-6 March", "between 6 and 12 December", "from 6 to 12 December", "6 – 12 May".
        if m.isHyphen(k) || m.isWord(k, Keys.to) || m.isWord(k, Keys.and) || m.isWord(k, Keys.through), m.has(k + 1, .dayLike),
            m.t[k + 1].value > m.t[i].value, m.monthAt(k + 2) != nil, !m.isHyphen(k) || m.joined(k) == m.joined(k + 1)
        {
            k += 2
        }
        if m.isWord(k, Keys.of) || m.isWord(k, Keys.de), m.monthAt(k + 1) != nil { k += 1 }  // "5th of May", "3 de junio"
        guard m.monthAt(k) != nil else { return nil }
        var end = k + 1
        if m.isYearNumber(end) { end += 1 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .date), start: i, end: end)
    }

    static let phone = Shapes(
        "identifier.phone", "Phone numbers: \"555-0143\", \"202-225-8333\", \"(212) 555-0143\", \"+44 20 7946 0958\", \"0845 8 505 505\".", anchor: number,
        examples: [.fires("Call 555-0143 for details.", "identifier"), .fires("Call +44 20 7946 0958 today.", "identifier"),
                   .fires("Police asked for help on 0845 8 505 505 or 0800 555 111.", "identifier"),
                   .fires("The hotline is +1-202-5550-143.", "identifier"), .fires("For details call 202-225-8333 today.", "identifier")]
    ) { m, match in m.matchPhone(at: match.anchor) }

    static let dotted = Shapes(
        "identifier.dotted", "Numbers joined by dots: addresses and versions (\"192.168.1.2\", \"iOS 17.2.1\").",
        anchor: number, after: .seq(.t(dot.requiring(.joined)), .t(number.requiring(.joined))),
        examples: [.fires("The router answers at 192.168.1.2.", "identifier")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].decimals > 0 || m.isNumber(i + 2) && m.t[i + 2].decimals > 0 else { return nil }
        var end = i + 1
        while m.isToken(end, Keys.period), m.joined(end), m.isNumber(end + 1), m.joined(end + 1) { end += 2 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let seasonSlash = Shapes(
        "year.season", "A season or crop year written with a slash: \"1987/88\", \"2019/2020\" (the next year after the first).",
        anchor: number.requiring(.plainInteger), after: .seq(.word("/"), .t(number)),
        examples: [.fires("Producers met for the 1987/88 price talks.", "year 1987–1988"), .fires("The 1999/00 crop was small.", "year 1999–2000"),
                   .not("The vote was 1/4 of the total.")]
    ) { m, match in
        let i = match.anchor
        guard m.isYearNumber(i), m.joined(i + 1), m.joined(i + 2), m.t[i + 2].plainInteger else { return nil }
        let first = m.t[i].value
        let second = m.t[i + 2].value
        let next = m.t[i + 2].digitCount == 2 ? first - first.truncatingRemainder(dividingBy: 100) + second : second
        guard next == first + 1 || (m.t[i + 2].digitCount == 2 && second == (first + 1).truncatingRemainder(dividingBy: 100)) else { return nil }
        let high = m.t[i + 2].digitCount == 2 ? first + 1 : second
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .year, low: first, high: high, unit: "year"), start: i, end: i + 3)
    }

    static let slashFractionRule = Shapes(
        "fraction.slash", "A fraction of a price or share: \"1/8\", \"3/4\" (a statistic); with a measure after it, that measure (\"a 1/4 mile oval\").",
        anchor: number,
        after: .seq(.word("/"), .t(number)),
        examples: [.fires("The stock rose 1/8 to 30-1/2.", "fraction 0.125 fraction"), .fires("The track is a 1/4 mile oval.", "measure 0.25 mi"),
                   .fires("The ratio fell to -4/5.", "fraction -0.8 fraction"), .fires("Fees comprise 5/8 pct management.", "percent 0.625 percent"),
                   .fires("Hard wheat futures traded 1/4 cent higher.", "money 0.25 cent")]
    ) { m, match in
        let i = match.anchor
        guard var (value, end) = m.slashFraction(at: i) else { return nil }
        let q = m.qualifier(before: i)
        // "-4/5": a minus glued before the fraction.
        var start = i
        if i > 0, m.isToken(i - 1, Keys.minus) || m.isToken(i - 1, Keys.unicodeMinus), m.joined(i), i - 1 == 0 || m.t[i - 1].spaceBefore {
            value = -value
            start = i - 1
        }
        // "5/8 pct management fee", "1/4 point", "1/4 cent higher": a percent, points or money, as the unit after it says.
        if end < m.n, let (_, unit, _) = FigureRules.units.first(at: end, in: m.view, context: m),
            [.measure, .duration, .percent, .percentagePoints, .money].contains(unit.kind)
        {
            return Found(quantity: Quantity(span: m.span(start, unit.end), kind: unit.kind, value: value * unit.factor, unit: unit.unit,
                                            qualifier: q?.0, approximate: q?.1 ?? false), start: start, end: unit.end)
        }
        return Found(quantity: Quantity(span: m.span(start, end), kind: .fraction, value: value, unit: "fraction", qualifier: q?.0,
                                        approximate: q?.1 ?? false), start: start, end: end)
    }

    static let isoDate = Shapes(
        "date.iso", "ISO dates: \"2019-03-01\".", anchor: .is(.yearLike, "year"),
        after: .seq(.t(hyphen.requiring(.joined)), .t(number.requiring(.joined)), .t(hyphen.requiring(.joined)), .t(number.requiring(.joined))),
        examples: [.fires("The vote is set for 2019-03-01.", "date")]
    ) { m, match in
        Found(quantity: Quantity(span: m.span(match.anchor, match.end), kind: .date), start: match.anchor, end: match.end)
    }

    static let slashedDate = Shapes(
        "date.slashed", "Slashed dates: \"9/11\", \"3/15/2024\" (month first, day up to 31).",
        anchor: number.requiring(.plainInteger), after: .seq(.word("/"), .t(.is(.dayLike, "day").requiring(.joined))),
        examples: [.fires("The attacks of 9/11 changed the city.", "date"), .fires("The poll closed on 3/15/2024.", "date")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].value <= 12, m.joined(i + 1), !m.isWord(i + 3, Keys.of) else { return nil }
        var end = i + 3
        if m.isToken(end, Keys.slash), m.joined(end), m.isNumber(end + 1), m.joined(end + 1) { end += 2 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .date), start: i, end: end)
    }

    static let clock = Shapes(
        "time.clock", "Clock times: \"10:30\", \"9:30 a.m.\".", anchor: number,
        after: .seq(.word(":"), .t(number.requiring(.joined))),
        examples: [.fires("The market opens at 9:30 a.m.", "time"), .fires("She finished in 2:20:51 on Sunday.", "time")]
    ) { m, match in
        let i = match.anchor
        guard m.joined(i + 1), m.t[i + 2].digitCount == 2 else { return nil }
        var end = i + 3
        // Seconds too: "2:20:51" is one time, not a time and a number.
        if m.isToken(end, Keys.colon), m.joined(end), end + 1 < m.n, m.joined(end + 1), m.t[end + 1].isNumber, m.t[end + 1].digitCount == 2 { end += 2 }
        if let w = m.lower(end), ["a.m", "p.m", "am", "pm"].contains(w) { end += 1 }
        if m.isToken(end, Keys.period), m.joined(end), m.lower(end - 1)?.contains(".") == true { end += 1 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .time), start: i, end: end)
    }

    static let raceTime = Shapes(
        "duration.race-time", "A race time in minutes, seconds and hundredths: \"finished third in 7:46.78\", \"won in 2:04.45\" (in seconds).",
        anchor: number.requiring(.plainInteger), after: .seq(.word(":"), .t(number.requiring(.joined))),
        examples: [.fires("Carroll finished a solid third in 7:46.78.", "duration 466.78 second"),
                   .fires("She crossed the line to win in 2:04.45.", "duration 124.45 second"), .not("The market opens at 9:30 a.m.")]
    ) { m, match in
        let i = match.anchor
        let seconds = m.t[i + 2]
        guard m.joined(i + 1), m.t[i].value < 60, seconds.decimals > 0, seconds.digitCount - seconds.decimals == 2, seconds.value < 60 else { return nil }
        let value = (m.t[i].value * 60 + seconds.value) * 100
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .duration, value: value.rounded() / 100, unit: "second"), start: i, end: i + 3)
    }

    static let clockZone = Shapes(
        "time.zone", "A wire clock time with its zone: \"1030 GMT\", \"0800 EST\" (not the year 1030).",
        anchor: number.requiring(.plainInteger), after: .t(.is(QC.timeZone, "zone")),
        examples: [.fires("Trading resumed at 1030 GMT.", "time"), .not("The company has 1030 staff.")]
    ) { m, match in
        let i = match.anchor
        guard m.isClockDigits(i) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .time), start: i, end: i + 2)
    }

    static let clockZoneRange = Shapes(
        "time.zone-range", "Two wire clock times and the zone after the second: \"between 1030 and 1130 GMT\", \"from 0915 to 1230 EST\".",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(.words("to", "and", "-", "–")), .t(number.requiring(.plainInteger)), .t(.is(QC.timeZone, "zone"))),
        examples: [.fires("Trading was halted between 1030 and 1130 GMT.", "time"), .not("Prices fell between 1985 and 1986.")]
    ) { m, match in
        let i = match.anchor
        guard m.isClockDigits(i), m.isClockDigits(i + 2) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 4), kind: .time), start: i, end: i + 4)
    }

    static let amPmRange = Shapes(
        "time.am-pm-range", "Hours joined by a hyphen before \"a.m.\" or \"p.m.\": \"3-8 p.m.\", \"6-9pm\" (a span of the day, not a range of figures).",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(hyphen.requiring(.joined)), .t(number.requiring(.joined)), .t(.words("a.m", "p.m", "am", "pm"))),
        examples: [.fires("The blood drive runs Thursday, 3-8 p.m. at the church.", "time"), .fires("The event runs 6-9pm on Friday.", "time")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].value >= 1, m.t[i].value <= 12, m.t[i + 2].value >= 1, m.t[i + 2].value <= 12, m.t[i + 2].plainInteger else { return nil }
        let end = m.meridiemEnd(markerAt: i + 3)
        return Found(quantity: Quantity(span: m.span(i, end), kind: .time), start: i, end: end)
    }

    static let amPm = Shapes(
        "time.am-pm", "\"3 p.m.\", \"10am\", \"12.54 p.m.\" (the hour's minutes after a dot).", anchor: number, after: .t(.words("a.m", "p.m", "am", "pm")),
        examples: [.fires("Trading halted at 3 p.m.", "time"), .fires("12.54 p.m.: Witness heard gunfire for more than 5 minutes", "time")]
    ) { m, match in
        let i = match.anchor
        // (Twelve and its minutes too: "12.54" is 12:54.)
        let minutes = (m.t[i].value - m.t[i].value.rounded(.down)) * 100
        guard m.t[i].value <= 12 || (m.t[i].value < 13 && m.t[i].decimals == 2 && minutes < 59.5) else { return nil }
        let end = m.meridiemEnd(markerAt: i + 1)
        return Found(quantity: Quantity(span: m.span(i, end), kind: .time), start: i, end: end)
    }

    static let ordinalDigits = Shapes(
        "ordinal.digits", "\"21st\", \"3rd\".", anchor: number.requiring(.plainInteger),
        after: .t(TokenTest.words("st", "nd", "rd", "th").requiring(.joined)),
        examples: [.fires("She finished 2nd in the race.", "ordinal 2")]
    ) { m, match in
        let i = match.anchor
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .ordinal, value: m.t[i].value), start: i, end: i + 2)
    }

    static let rank = Shapes(
        "ordinal.top", "A rank: \"the top 30\", \"in the top 10 of the table\" (with a counted noun after it, a count: \"the top 10 firms\").",
        before: .seq(.word("the"), .opt(.t(.words("entire", "whole", "official", "current"))), .opt(.t(.is(.capitalized, "Name"))),
                     .t(.words("top", "bottom"))),
        anchor: number.requiring(.plainInteger),
        examples: [.fires("It outsold the rest of the top 30 combined.", "ordinal 30"), .not("The top 10 firms paid no tax."),
                   .fires("There were no new releases in the entire top 40 album charts.", "ordinal 40"),
                   .fires("The single entered the UK top 40 on Sunday.", "ordinal 40"),
                   .fires("It entered the UK top 40 singles chart at number three.", "ordinal 40"),
                   .not("Sales will top 10 billion this year."), .not("It ranks among the bottom 10 percent of states.")]
    ) { m, match in
        let i = match.anchor
        guard m.isRank(after: i + 1) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .ordinal, value: m.t[i].value), start: i, end: i + 1)
    }

    static let leadingZero = Shapes(
        "identifier.leading-zero", "Digits that open with a zero are a code or a date, not a count: \"050505\", \"agent 007\"; so are ten digits or more with no separator (\"1382694045000\").",
        anchor: number.requiring(.plainInteger),
        examples: [.fires("Signs said 050505 was the day.", "identifier"), .not("Output rose 0.5% in May."),
                   .fires("The document draft-dejong-remotestorage-04 expires in June.", "identifier"),
                   .fires("Pages are keyed as \"002\" and \"003\".", "identifier"),
                   .fires("The server sent the tag \"1382694045000\" back.", "identifier")]
    ) { m, match in
        let i = match.anchor
        // Ten digits or more with no separator, quoted or named as a number, are a tag, a timestamp or a phone
        // number: "ETag: \"1382694045000\"", "the helpline number is 18665355654".
        if m.t[i].digitCount >= 10, m.isQuote(i - 1) && m.joined(i) || (m.lower(i - 1).map { Lexicon.codeLabels.contains($0) } ?? false)
            || (m.isWord(i - 1, Keys.isWord) && (m.lower(i - 2).map { Lexicon.codeLabels.contains($0) } ?? false))
        {
            return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
        }
        // Not wire shorthand glued to a price ("4.08/00 pct") nor a figure with its unit ("08 cts" in a table); glued
        // only to a quote mark ("\"002\": {") or to a name's hyphen ("draft-dejong-remotestorage-04").
        let gluedToName = m.isQuote(i - 1) || (m.isHyphen(i - 1) && m.joined(i - 1) && i >= 2 && m.t[i - 2].isWord)
        guard m.t[i].digitCount >= 2, m.bytes[m.t[i].start] == UInt8(ascii: "0"), !m.joined(i) || gluedToName,
            m.t[i].digitCount >= 3 || gluedToName, !m.has(i + 1, QC.percentWord),
            !m.has(i + 1, QC.currencyWord), !m.isToken(i + 1, Keys.percent)
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let title = Shapes(
        "identifier.title", "A number in a title: capitalised words ending in a capitalised plural (\"7 Simple A/B Tests\", \"10 Breakthrough Technologies\"; not \"25 Republicans\" alone nor \"three Narcotics Anonymous meetings\").",
        anchor: number.requiring(.plainInteger), after: .t(.is(.capitalized, "Word")),
        examples: [.fires("Patel suggested 7 Simple A/B Tests to Increase Conversions.", "identifier"),
                   .fires("It made the list of 10 Breakthrough Technologies.", "identifier"), .not("Some 25 Republicans voted no."),
                   .not("He attended three Narcotics Anonymous meetings.")]
    ) { m, match in
        let i = match.anchor
        guard !m.isYearNumber(i) else { return nil }
        var k = i + 1
        var capitalised = 0
        while k < m.n, k <= i + 5 {
            if m.t[k].isWord, m.t[k].isCapitalized {
                capitalised += 1
                // Title case, not a headline in capitals ("1.2 FLEET FINANCIAL SHRS").
                if capitalised >= 2, let w = m.lower(k), w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), m.texts(k) != m.texts(k).uppercased(),
                    !(k + 1 < m.n && m.t[k + 1].isWord && m.t[k + 1].isCapitalized)
                {
                    return Found(quantity: Quantity(span: m.span(i, k + 1), kind: .identifier), start: i, end: k + 1)
                }
            } else if !(m.isToken(k, Keys.slash) && m.joined(k)) {
                return nil
            }
            k += 1
        }
        return nil
    }

    static let listNumber = Shapes(
        "identifier.list-number", "A heading's or list item's number: \"16. Acknowledgements\", \"4. Canada\" at the start of a line.",
        anchor: number.requiring(.plainInteger), after: .seq(.t(TokenTest.words(".").requiring(.joined)), .t(.is(.capitalized, "Word"))),
        examples: [.fires("16. Acknowledgements", "identifier"), .fires("4. Canada", "identifier"), .not("Sales rose 4. Canada fell.")]
    ) { m, match in
        let i = match.anchor
        guard i == 0 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .identifier), start: i, end: i + 2)
    }

    static let listParen = Shapes(
        "identifier.list-paren", "A list item's number in brackets opening the line or an item after a colon or comma: \"(2) Google the noun\", \"3) Restart\", \"are: 1) Deviled, 2) Scotch\".",
        anchor: number.requiring(.plainInteger), after: .t(TokenTest.words(")").requiring(.joined)),
        examples: [.fires("(2) Google the name of the package.", "identifier"), .fires("3) Restart the server.", "identifier"),
                   .fires("Our favourite ways to eat eggs are: 1) Deviled, 2) Scotch.", "identifier"), .not("Sales (2) rose."),
                   .fires("Drinking game: (1) Think of a noun (2) Google it (3) If a library exists, drink.", "identifier")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].value < 100, i + 2 < m.n, m.t[i + 2].isWord else { return nil }
        if i == 0 || (i == 1 && m.isToken(0, Keys.openParen) && m.joined(1)) {
            return Found(quantity: Quantity(span: m.span(0, i + 2), kind: .identifier), start: i, end: i + 2)
        }
        // Inside a sentence after a colon or a comma, before a capitalised item; or in brackets when the sentence
        // numbers other items so ("(1) Think of a noun (2) Google it (3) If a library exists").
        if i >= 2, m.isToken(i - 1, Keys.openParen), m.joined(i), m.t[i + 2].isCapitalized,
            (0..<max(0, m.n - 2)).contains(where: { k in k != i - 1 && m.isToken(k, Keys.openParen) && m.t[k + 1].plainInteger
                && m.t[k + 1].value < 100 && m.isToken(k + 2, Keys.closeParen) })
        {
            return Found(quantity: Quantity(span: m.span(i - 1, i + 2), kind: .identifier), start: i, end: i + 2)
        }
        guard i >= 1, m.texts(i - 1) == ":" || m.isToken(i - 1, Keys.comma), m.t[i + 2].isCapitalized, !m.isToken(i - 2, Keys.openParen) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .identifier), start: i, end: i + 2)
    }

    static let liveTimestamp = Shapes(
        "time.live-blog", "A live blog's time stamp opening an entry: \"05.20 Seventh body has reportedly just been found\", \"14.30 Police say …\".",
        anchor: number, after: .t(.is(.capitalized, "Word")),
        examples: [.fires("05.20 Seventh body has reportedly just been found.", "time"), .not("12.50 Dollars were paid.")]
    ) { m, match in
        let i = match.anchor
        let minutes = (m.t[i].value * 100).rounded().truncatingRemainder(dividingBy: 100)
        guard i == 0, m.t[i].decimals == 2, m.t[i].value < 24, minutes < 60, m.t[i].digitCount == 4, !m.followsUnit(i + 1),
            m.bytes[m.t[i].start] == UInt8(ascii: "0") || m.t[i].value >= 10
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .time), start: i, end: i + 1)
    }

    static let matchMinute = Shapes(
        "time.match-minute", "A live report's minute of play opening an entry: \"13 min: Lingard bursts down the left\", \"89 mins: Rooney scores\".",
        anchor: number.requiring(.plainInteger), after: .seq(.word("min", "mins", "minute", "minutes"), .word(":")),
        examples: [.fires("13 min: The impressive Lingard bursts down the inside-left channel.", "time"),
                   .fires("89 mins: Rooney scores again.", "time"), .not("The delay was 13 min: nobody moved.")]
    ) { m, match in
        let i = match.anchor
        guard i == 0, m.t[i].value <= 130 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .time), start: i, end: i + 3)
    }

    static let revision = Shapes(
        "identifier.revision", "A revision and its hash in a version-control log: \"6:a360\", \"7:e3f9\" (not a clock time or a verse).",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(TokenTest.words(":").requiring(.joined)),
                    .oneOf(.seq(.t(TokenTest.is(.word, "letters").requiring(.joined)), .t(number.requiring(.joined))),
                           .seq(.t(number.requiring(.joined)), .t(TokenTest.is(.word, "letters").requiring(.joined))))),
        examples: [.fires("Both are successors of obsolete 4:2fe6 and 6:a360.", "identifier"), .not("The meeting starts at 6:30 tonight.")]
    ) { m, match in
        var end = match.end
        while end < m.n, m.joined(end), m.t[end].isWord || m.t[end].isNumber { end += 1 }
        return Found(quantity: Quantity(span: m.span(match.anchor, end), kind: .identifier), start: match.anchor, end: end)
    }

    static let sectionNumber = Shapes(
        "identifier.section", "A section's number opening its heading: \"12.5. Initial PUT\", \"3.2 Results\".",
        anchor: number, after: .seq(.opt(.t(TokenTest.words(".").requiring(.joined))), .t(.is(.capitalized, "Word"))),
        examples: [.fires("12.5. Initial PUT", "identifier"), .fires("3.2 Results", "identifier"), .not("Sales rose 3.2. Profits fell."),
                   .not("71.1 MB")]
    ) { m, match in
        let i = match.anchor
        guard i == 0, m.t[i].decimals == 1 || m.t[i].decimals == 2, m.t[i].value < 100, m.n <= 8, !m.followsUnit(match.end - 1),
            (i + 1..<m.n).allSatisfy({ m.t[$0].isWord ? m.t[$0].isCapitalized : true })
        else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: match.end - 1)
    }

    static let heading = Shapes(
        "identifier.heading", "A numbered heading on its own line: \"6 Demography\", \"4 Conclusions\".",
        anchor: number.requiring(.plainInteger), after: .t(.is(.capitalized, "Word")),
        examples: [.fires("6 Demography", "identifier"), .not("3 Dead In Crash")]
    ) { m, match in
        let i = match.anchor
        guard i == 0, m.n <= 3, m.t[i].value < 100, (1..<m.n).allSatisfy({ m.t[$0].isWord && m.t[$0].isCapitalized }) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 1), kind: .identifier), start: i, end: i + 1)
    }

    static let shortDecade = Shapes(
        "date.decade-short", "A decade in two digits: \"the 70s\", \"the mid-70s\", \"the '80s\".",
        anchor: number.requiring(.plainInteger), after: .t(TokenTest.words("s").requiring(.joined)),
        examples: [.fires("In the mid-70s we did a play every week.", "date"), .fires("Music of the '80s came back.", "date"),
                   .not("Swissair flies its DC-10s again."), .not("Highs will be in the low 60s.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].digitCount == 2, m.t[i].value.truncatingRemainder(dividingBy: 10) == 0, !m.temperatureContext else { return nil }
        // Glued only to an apostrophe or to "mid-", "late-", "early-" (not "DC-10s").
        if m.joined(i), !(m.isQuote(i - 1) || (m.isHyphen(i - 1) && ["mid", "late", "early"].contains(m.lower(i - 2) ?? ""))) { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .date), start: i, end: i + 2)
    }

    static let shortYear = Shapes(
        "date.year-short", "A year in two digits after an apostrophe: \"in '69\", \"the class of '04\" (not a closing quote glued to a word).",
        anchor: number.requiring(.plainInteger),
        examples: [.fires("Yeah, in '69, so that's kind of 50 years ago.", "date"), .fires("She graduated with the class of ’04.", "date"),
                   .not("He said 'yes' 69 times.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i].digitCount == 2, i >= 1, m.joined(i), ["'", "’"].contains(m.texts(i - 1)), !(i >= 2 && m.joined(i - 1)) else { return nil }
        guard !(i + 1 < m.n && m.joined(i + 1) && (m.t[i + 1].isWord || m.t[i + 1].isNumber)) else { return nil }
        return Found(quantity: Quantity(span: m.span(i - 1, i + 1), kind: .date), start: i - 1, end: i + 1)
    }

    static let temperatureDecade = Shapes(
        "measure.temperature-decade",
        "Temperatures in a decade of degrees: \"reach the 70s\" (70–79), \"highs in the upper 60s\" (67–69), \"lows in the mid-30s\" (34–36), in whichever scale the story uses.",
        anchor: number.requiring(.plainInteger), after: .t(TokenTest.words("s").requiring(.joined)),
        examples: [.fires("Temperatures were expected to reach the 70s after a chilly night.", "measure 70–79 degree"),
                   .fires("Highs will be in the upper 60s, forecasters said.", "measure 67–69 degree"),
                   .not("The stock traded in the high 70s."), .not("Music of the '80s came back.")]
    ) { m, match in
        let i = match.anchor
        let v = m.t[i].value
        guard m.t[i].digitCount <= 3, v >= 10, v < 130, v.truncatingRemainder(dividingBy: 10) == 0, i >= 1,
            m.t.contains(where: { $0.isWord && Lexicon.weatherWords.contains($0.key) })
        else { return nil }
        // After "the", "highs", "lows" or a part of the decade ("low", "mid", "upper", "mid-"): degrees, not an age or
        // a decade of years. A part narrows the range as forecasters use it: lower 40–43, mid 44–46, upper 47–49.
        var start = i
        var part: String?
        if m.isHyphen(i - 1), m.joined(i), i >= 2, ["mid", "low", "high", "upper", "lower"].contains(m.lowers(i - 2)) {
            start = i - 2
            part = m.lowers(i - 2)
        } else if ["low", "mid", "upper", "high", "lower", "middle"].contains(m.lowers(i - 1)) {
            start = i - 1
            part = m.lowers(i - 1)
        } else if !(m.isWord(i - 1, Keys.the) || ["highs", "lows", "mostly", "around", "near"].contains(m.lowers(i - 1))) {
            return nil
        }
        let (low, high): (Double, Double) = switch part {
        case "low", "lower": (v, v + 3)
        case "mid", "middle": (v + 4, v + 6)
        case "upper", "high": (v + 7, v + 9)
        default: (v, v + 9)
        }
        return Found(quantity: Quantity(span: m.span(start, i + 2), kind: .measure, low: low, high: high, unit: "degree"), start: start, end: i + 2)
    }

    static let hyphenChain = Shapes(
        "identifier.hyphen-chain", "Three small numbers glued by hyphens are a date or a formation, never a range and a number: \"on 3-4-87\", \"12-31-86\" (month, day, year), \"a 4-4-2 formation\", \"their 2-3-2 scrum\".",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(hyphen.requiring(.joined)), .t(number.requiring(.joined)), .t(hyphen.requiring(.joined)), .t(number.requiring(.joined))),
        examples: [.fires("The deal was signed on 3-4-87 in Paris.", "date"), .fires("Their 2-3-2 scrum formation left a forward free.", "identifier"),
                   .fires("The coach switched to a 4-2-3-1 system.", "identifier"), .not("Prices rose 2-3 pct."),
                   .not("The stock rose 1-1/8 to 88-1/2.")]
    ) { m, match in
        let i = match.anchor
        // Not the tail of a longer code ("ISO-9001-2-3") nor a number with a slash after ("2-3-1/2").
        if i > 0, m.joined(i), m.isHyphen(i - 1) || m.t[i - 1].isWord || m.t[i - 1].isNumber { return nil }
        var end = i + 1
        var parts = [i]
        while end + 1 < m.n, m.isHyphen(end), m.joined(end), m.joined(end + 1), m.t[end + 1].isNumber, m.t[end + 1].plainInteger {
            parts.append(end + 1)
            end += 2
        }
        guard parts.count >= 3, !(end < m.n && m.joined(end) && (m.t[end].isWord || m.t[end].isNumber || m.isToken(end, Keys.slash))) else { return nil }
        // Month, day, year: a date; a team's lines or a record: small digits.
        let last = parts[parts.count - 1]
        let date = parts.count == 3 && (1...12).contains(m.t[i].value) && (1...31).contains(m.t[i + 2].value)
            && (m.t[last].digitCount == 2 || m.t[last].digitCount == 4) && m.t[i + 2].digitCount <= 2
        if date { return Found(quantity: Quantity(span: m.span(i, end), kind: .date), start: i, end: end) }
        guard parts.allSatisfy({ m.t[$0].digitCount == 1 }) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let score = Shapes(
        "identifier.score", "A score: \"won 3-1\", \"a 2-0 victory\", \"beat them 21-17\", a set of them (\"6-3 4-6 6-1\"), a record of wins, losses and ties (\"went 59-35-1\"), and a falling pair that no unit follows (\"crushed 5-1\"; a range rises).",
        anchor: number.requiring(.plainInteger), after: .seq(.t(hyphen), .t(number.requiring(.plainInteger))),
        examples: [.fires("Chelsea won 3-1 at home.", "identifier"), .fires("It was a 2-0 victory.", "identifier"),
                   .not("Analysts expect growth of 10-12% next year."), .fires("He beat Enqvist 6-3 4-6 6-1.", "identifier"), .fires("He beat Haas 7-6 (7-3) 6-3.", "identifier"),
                   .fires("Mirza lost to Williams 1-6,4-6 in the third round.", "identifier"), .fires("Burnley went on drawing 1-1 at Derby.", "identifier"),
                   .fires("The side was crushed 5-1 at the Nou Camp.", "identifier"), .not("The trial will last 4-6 weeks."),
                   .fires("Pittsburgh romped over the lowly Texans (4-11) on Sunday.", "identifier"),
                   .not("The index fell 12-3 points."), .not("The stock rose 1-1/8 to 88-1/2."),
                   .fires("Arians went 59-35-1 as a head coach.", "identifier"), .fires("They finished with a 10-5-1 record.", "identifier"),
                   .fires("The coach went 14-34 in three seasons.", "identifier"), .not("Prices went 10-20 pct higher.")]
    ) { m, match in
        let i = match.anchor
        // Nothing glued on either side: "9-1/8" is a price, "767-300ER" a model.
        // Glued to a word, a number, a slash or a hyphen on either side (a bracket or a full stop is fine).
        func gluing(_ k: Int) -> Bool { k >= 0 && k < m.n && (m.t[k].isWord || m.t[k].isNumber || m.isToken(k, Keys.slash) || m.isHyphen(k)) }
        // A record of wins, losses and ties: "went 59-35-1", "a 10-5-1 record" (not a date, "12-31-86").
        if m.t[i].digitCount <= 3, m.t[i + 2].digitCount <= 3, m.joined(i + 1), m.joined(i + 2), m.isHyphen(i + 3), m.joined(i + 3),
            i + 4 < m.n, m.joined(i + 4), m.t[i + 4].isNumber, m.t[i + 4].plainInteger, m.t[i + 4].digitCount <= 2,
            !(m.joined(i + 5) && gluing(i + 5)), !(m.joined(i) && gluing(i - 1)),
            m.t[i].value > 12 || m.isWord(i + 5, Keys.record) || m.has(i + 5, QC.scoreWord) || (max(0, i - 2)..<i).contains(where: { m.has($0, QC.scoreWord) })
        {
            return Found(quantity: Quantity(span: m.span(i, i + 5), kind: .identifier), start: i, end: i + 5)
        }
        guard m.t[i].digitCount <= 3, m.t[i + 2].digitCount <= 3, m.joined(i + 1), m.joined(i + 2), !(m.joined(i + 3) && gluing(i + 3)),
            !(m.joined(i) && gluing(i - 1))
        else { return nil }
        guard !m.has(i + 3, QC.percentWord), !m.isToken(i + 3, Keys.percent) else { return nil }
        // A score word just before ("won 3-1") or right after ("2-0 victory", "3-1 win").
        let before = (max(0, i - 2)..<i).contains { m.has($0, QC.scoreWord) }
        let after = m.has(i + 3, QC.scoreWord)
        // One set of several ("6-3 4-6 6-1").
        func pair(at k: Int) -> Bool {
            k >= 0 && k + 2 < m.n && m.t[k].isNumber && m.t[k].plainInteger && m.isHyphen(k + 1) && m.joined(k + 1) && m.joined(k + 2)
                && m.t[k + 2].isNumber && m.t[k + 2].plainInteger && m.t[k].digitCount <= 2 && m.t[k + 2].digitCount <= 2
        }
        // Past a tie-break in brackets too ("7-6 (7-3) 6-3"), or a comma ("1-6, 4-6", "1-6,4-6").
        let set = pair(at: i + 3) || pair(at: i - 3)
            || ((m.isToken(i + 3, Keys.openParen) || m.isToken(i + 3, Keys.comma)) && pair(at: i + 4))
            || ((m.isToken(i - 1, Keys.closeParen) || m.isToken(i - 1, Keys.openParen) || m.isToken(i - 1, Keys.comma)) && pair(at: i - 4))
        // A falling pair is a score or a vote ("a 45-6 humiliation", "voted 5-4"), never a range; neither it nor a set
        // has a unit after it ("us 1-3 230-240 lbs" are grades and weights).
        // An equal pair is a draw ("drawing 1-1"), never a range.
        let falling = m.t[i].value >= m.t[i + 2].value
        let unitAfter = i + 3 < m.n && (m.has(i + 3, QC.measureWord) || m.has(i + 3, QC.durationWord) || m.has(i + 3, QC.currencyWord)
            || m.has(i + 3, QC.scale))
        // A team's record in brackets after its name: "the lowly Texans (4-11)".
        let record = i >= 2 && m.isToken(i - 1, Keys.openParen) && m.isToken(i + 3, Keys.closeParen) && m.t[i - 2].isWord && m.t[i - 2].isCapitalized
            // … or what a coach or a team "went": "went 14-34 in three seasons".
            || m.isWord(i - 1, Keys.went) && !unitAfter
        guard before || after || record || ((set || falling) && !unitAfter) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let timesCode = Shapes(
        "identifier.times", "A count times a size glued by \"x\" names a relay or a format: \"the 4x100m relay\", \"a 3x3 grid\".",
        anchor: number.requiring(.plainInteger), after: .seq(.t(TokenTest.words("x").requiring(.joined)), .t(number.requiring(.joined))),
        examples: [.fires("Britain's men's 4x100m relay team took gold.", "identifier"), .not("Sales grew 4x in a year.")]
    ) { m, match in
        let i = match.anchor
        var end = i + 3
        if end < m.n, m.joined(end), m.t[end].isWord { end += 1 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let lettersBefore = Shapes(
        "identifier.letters-digits", "Letters glued to the digits: \"A4\", \"G7\", \"MH17\", \"COVID-19\", \"F-35\".",
        before: .t(word), anchor: number.requiring(.joined),
        examples: [.fires("A tawdry A4 printout hung on the door.", "identifier"), .fires("Flight MH17 was shot down.", "identifier"),
                   .fires("K2-18b was first identified in 2015.", "identifier"), .fires("GE makes the CF6-80C2 engines.", "identifier")]
    ) { m, match in
        let i = match.anchor
        var end = m.parseNumber(i)?.end ?? i + 1
        guard !m.has(i - 1, QC.currencyWord), m.currencyCode(at: i - 1) == nil else { return nil }
        // A code goes on past a glued hyphen and digits, with letters and digits of its own: "K2-18b", "A330-300",
        // "CF6-80C2".
        if m.isHyphen(end), m.joined(end), end + 1 < m.n, m.t[end + 1].isNumber, m.joined(end + 1) {
            end += 2
            while end < m.n, m.joined(end), m.t[end].isWord || m.t[end].isNumber { end += 1 }
        }
        return Found(quantity: Quantity(span: m.span(i - 1, end), kind: .identifier), start: i - 1, end: end)
    }

    static let slashCode = Shapes(
        "identifier.slash-code", "Capitals, a slash and digits name a system or a product: \"OS/2\", \"AS/400\", \"PC-MOS/386\".",
        before: .seq(.t(.is(.allCaps, "CAPS")), .t(TokenTest.words("/").requiring(.joined))), anchor: number.requiring(.joined),
        examples: [.fires("The company announced PC-MOS/386, a multi-user system.", "identifier"),
                   .fires("IBM sold its AS/400 machines.", "identifier")]
    ) { m, match in
        let i = match.anchor
        let end = m.parseNumber(i)?.end ?? i + 1
        return Found(quantity: Quantity(span: m.span(i - 2, end), kind: .identifier), start: i - 2, end: end)
    }

    static let hyphenCode = Shapes(
        "identifier.hyphen-code", "A capitalised code joined by a hyphen: \"COVID-19\", \"F-35\", \"Boeing 737-800\".",
        before: .seq(.t(.is(.capitalized, "Name")), .t(hyphen.requiring(.joined))), anchor: number.requiring(.joined),
        examples: [.fires("Cases of COVID-19 fell.", "identifier"), .fires("The F-35 programme is late.", "identifier")]
    ) { m, match in
        let i = match.anchor
        let end = m.parseNumber(i)?.end ?? i + 1
        return Found(quantity: Quantity(span: m.span(i - 2, end), kind: .identifier), start: i - 2, end: end)
    }

    static let lettersAfter = Shapes(
        "identifier.digits-letters", "Digits with letters glued after them that are no unit, scale or suffix: \"5G\", \"737MAX\", \"4K\".",
        anchor: number, after: .t(gluedWord),
        examples: [.fires("The 5G network launched.", "identifier"), .fires("The console renders games at 1080p.", "identifier"), .not("Yields fell 25bps on Monday."),
                   .fires("The console has a slot-loading 4K Blu-ray drive.", "identifier"), .not("She raised $4K for charity."),
                   .fires("It is hard to tell 4K from HD on a small TV.", "identifier"), .fires("ILM finished a brand new 4K restoration print.", "identifier")]
    ) { m, match in
        let i = match.anchor
        // "a 4K Blu-ray drive", "8K TVs": a display resolution, not thousands.
        // (Or in a sentence about screens and video: "telling between 4K and 1080p" on a TV.)
        if m.texts(i + 1) == "K", m.joined(i + 1), m.t[i].count == 1, [2, 4, 5, 8].contains(m.t[i].value),
            (i + 2 < m.n && Lexicon.resolutionNouns.contains(m.t[i + 2].key)) || m.videoContext
        {
            return Found(quantity: Quantity(span: m.span(i, i + 2), kind: .identifier), start: i, end: i + 2)
        }
        guard let p = m.parseNumber(i), !p.scaled, p.end == i + 1, m.t[p.end].isWord, m.joined(p.end), !m.isKnownSuffix(p.end) else { return nil }
        var end = p.end + 1
        while end < m.n, m.joined(end), m.t[end].kind != .symbol { end += 1 }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let dottedCode = Shapes(
        "identifier.dotted-code", "A capital letter and a dot before digits names a standard: \"the H.264 codec\", \"a V.90 modem\", \"X.25\".",
        before: .seq(.t(.is(.capitalized, "Letter")), .t(TokenTest.words(".").requiring(.joined))), anchor: number.requiring(.joined),
        examples: [.fires("Cisco will release an open-source H.264 codec.", "identifier")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i - 2].count == 1, i < 3 || !m.joined(i - 2) else { return nil }
        return Found(quantity: Quantity(span: m.span(i - 2, i + 1), kind: .identifier), start: i - 2, end: i + 1)
    }

    static let streetAddress = Shapes(
        "identifier.address", "A house number before a street's name: \"outside 10 Downing Street\", \"725 Fifth Avenue\", \"1600 Pennsylvania Avenue NW\".",
        anchor: number.requiring(.plainInteger), after: .t(.is(.capitalized, "Name")),
        examples: [.fires("May greets Netanyahu outside 10 Downing Street in London.", "identifier"),
                   .fires("The store at 725 Fifth Avenue reopened.", "identifier"), .not("The firm hired 10 Street Team members."),
                   .fires("Fridays at Southwinds Active Adult Community, 4225 Southwinds Pl., White Plains.", "identifier")]
    ) { m, match in
        let i = match.anchor
        let streets = Lexicon.streetWords
        guard m.t[i].value < 100_000, !m.isYearNumber(i) else { return nil }
        // The street's word right after the name, or after a second word of it ("Martin Luther King Boulevard" no further).
        for end in (i + 2)...(i + 3) where end < m.n && m.t[end].isCapitalized && streets.contains(m.t[end].key) {
            guard (i + 1..<end).allSatisfy({ m.t[$0].isCapitalized && !streets.contains(m.t[$0].key) }) else { return nil }
            // "10 Street Team members": a name, not an address, when a plural follows.
            if end + 1 < m.n, m.t[end + 1].isWord, m.has(end + 1, .lowercase), m.lowers(end + 1).hasSuffix("s") { return nil }
            return Found(quantity: Quantity(span: m.span(i, end + 1), kind: .identifier), start: i, end: end + 1)
        }
        return nil
    }

    static let lettered = Shapes(
        "identifier.lettered", "Digits with a bracketed letter glued after them name a plan or a clause: \"a 401(k) plan\", \"a 501(c)(3) charity\".",
        anchor: number.requiring(.plainInteger),
        after: .seq(.t(TokenTest.words("(").requiring(.joined)), .t(word.requiring(.joined)), .t(TokenTest.words(")").requiring(.joined))),
        examples: [.fires("Workers can save more in a 401(k) plan.", "identifier"), .fires("It is a 501(c)(3) charity.", "identifier"),
                   .not("Sales rose 5 (b) percent.")]
    ) { m, match in
        let i = match.anchor
        guard m.t[i + 2].count == 1 else { return nil }
        var end = i + 4
        while end + 2 < m.n, m.isToken(end, Keys.openParen), m.joined(end), m.joined(end + 1), m.isToken(end + 2, Keys.closeParen), m.joined(end + 2) {
            end += 3
        }
        return Found(quantity: Quantity(span: m.span(i, end), kind: .identifier), start: i, end: end)
    }

    static let port = Shapes(
        "identifier.port", "A port glued by a colon to a host: \"localhost:8080\", \"3pp.io:4439\".",
        before: .seq(.t(word), .t(TokenTest.words(":").requiring(.joined))), anchor: number.requiring(.joined).requiring(.plainInteger),
        examples: [.fires("Connect to localhost:8080 to see it.", "identifier"), .not("The meeting starts at 3:30 today."),
                   .not("NOTE:1986 net includes a gain of 43,185 dlrs."), .not("Yesterday's official turnover:65")]
    ) { m, match in
        let i = match.anchor
        // A host is written in lower case ("NOTE:1986" is a wire label and its year), and the port ends there ("NOTE:3rd").
        guard m.joined(i - 1), m.has(i - 2, .lowercase), !(i + 1 < m.n && m.joined(i + 1) && m.t[i + 1].isWord) else { return nil }
        // A host has a dot in its name or is this machine ("turnover:65" is a label and its value).
        guard (m.joined(i - 2) && m.isToken(i - 3, Keys.period)) || m.lowers(i - 2) == "localhost" else { return nil }
        return Found(quantity: Quantity(span: m.span(i - 2, i + 1), kind: .identifier), start: i - 2, end: i + 1)
    }

    static let digitsHyphenLetter = Shapes(
        "identifier.digits-hyphen-letter", "A number hyphenated to a capital letter (or two or three that are no unit) names a form, a format or a model: \"a 10-K report\", \"an 8-K filing\", \"a 3-D film\", \"747-SR\"; and an even split, \"a 50/50 joint venture\".",
        anchor: number.requiring(.plainInteger), after: .oneOf(.seq(.t(hyphen.requiring(.joined)), .t(word.requiring(.joined))), .seq(.word("/"), .t(number.requiring(.plainInteger)))),
        examples: [.fires("Henley filed a 10-K report with the Securities and Exchange Commission.", "identifier"),
                   .fires("The sale follows a restructuring of the 50/50 joint venture.", "identifier"),
                   .fires("The new company will have a debt to equity ratio of 60/40.", "identifier"), .not("Arsenal won 3-1 at home."),
                   .fires("The airline inspected all 11 of its 747-SR's.", "identifier"), .not("It built a 5-MW turbine.")]
    ) { m, match in
        let i = match.anchor
        // Not inside a longer code ("M-1-A", "B2-P"), which the rules for codes read.
        if i > 0, m.joined(i), m.t[i - 1].isWord || m.isHyphen(i - 1) { return nil }
        if m.isHyphen(i + 1) {
            // One capital, or two or three that are no unit or currency: "a 10-K report", "its 747-SR's" (not "a 5-MW turbine").
            guard m.t[i + 2].isCapitalized, !m.isHyphen(i + 3),
                m.t[i + 2].count == 1 || (m.has(i + 2, .allCaps) && m.t[i + 2].count <= 3 && Lexicon.measures[key: m.t[i + 2].key] == nil
                    && m.currencyCode(at: i + 2) == nil && Lexicon.currencyWords[key: m.t[i + 2].key] == nil)
            else { return nil }
            return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
        }
        // "50/50", "60/40": shares of a split that add up to 100.
        guard m.joined(i + 1), m.joined(i + 2), m.t[i].value + m.t[i + 2].value == 100 else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let compoundModifier = Shapes(
        "identifier.compound-modifier", "A number joined to a time unit that modifies a noun: \"52-week high\", \"91-day bills\", \"10-year bond\", \"the 10-year Treasury note\" (the figure names the thing; ages stay ages).",
        anchor: number.requiring(.plainInteger), after: .seq(.t(hyphen.requiring(.joined)), .t(TokenTest.is(QC.durationWord, "duration").requiring(.joined)),
                                                          .oneOf(.t(lowerWord), .word("treasury", "treasuries", "bund", "bunds", "gilt", "gilts", "jgb", "jgbs", "btp", "btps"))),
        examples: [.fires("Shares hit a 52-week high.", "identifier"), .fires("The Treasury sold 91-day bills.", "identifier"),
                   .fires("The yield on the 10-year Treasury note rose.", "identifier"),
                   .not("A 17-year-old was arrested.")]
    ) { m, match in
        let i = match.anchor
        guard !m.isWord(i + 3, Keys.old), !m.isHyphen(i + 3) else { return nil }
        return Found(quantity: Quantity(span: m.span(i, i + 3), kind: .identifier), start: i, end: i + 3)
    }

    static let nameWithNumber = Shapes(
        "identifier.name", "A name with a number: \"Taipei 101\", \"Boeing 737\", \"iPhone 4\", \"Section 427\", \"FTSE 100\", \"ISO 9001\", a version (\"QGIS 2.8\") (not a currency code, a month, a figure with a unit, glued or not, or a year).",
        before: .t(.anyOf([.capitalized, .lowercase], "Name or iName")), anchor: number,
        examples: [.fires("The office is adjacent to Taipei 101.", "identifier"), .fires("The FTSE 100 fell 2 percent.", "identifier"),
                   .fires("I still remember using the iPhone 4 in 2010.", "identifier"), .not("It sold 4 phones in 2010."),
                   .fires("The changes in QGIS 2.8 fall into several groups.", "identifier"),
                   .fires("The plant is certified to ISO 9001.", "identifier"), .not("In 2019 sales rose."),
                   .not("Dixons gained 4p to 373."), .not("While 54 nations have signed the pact, only 27 have ratified it."),
                   .not("Samsung Electronics fell 1,500 won to 38,600 and Hanyang Chemical 600 to 11,700."),
                   .not("An 18 member contact group will meet at midday."), .not("Four 5-15K fighter jets dropped bombs.")]
    ) { m, match in m.nameWithNumber(at: match.anchor) }

    // MARK: Units after a number

    static let units = RuleTable<Matcher, UnitMatch>(
        "Quantities: what follows a number",
        """
        Tried at the token after a number (or a range): the unit that makes the figure a percent, money, a measure, \
        a duration, a ratio or a count. Unit words come from the unit table (Sources/Quantities/Units.swift): one row \
        per unit with every form it is written in.
        """,
        [percentSign, hyphenPercent, percentagePoints, percentWord, basisPoints, poundsSterling, nationalCurrency, currencyWord, cents, nationalCents,
         hyphenCurrency, scaledCode, symbolAfter, squareMeasure, hyphenSquareMeasure, cubicMeasure, degrees, temperatureLetter, inchesInParentheses, barrelsPerDay, namedTons, nauticalMiles, hyphenNauticalMiles, astronomicalUnits, quakeSize, richter, yearsOld, hyphenMeasure, hyphenCount, squared, metreOrTonneLetter, measure,
         duration, modifiedDuration, gluedUnit, indexPoints, times, outOf, tollAdjective, countNoun])

    static let percentSign = UnitsRule(
        "percent.sign", "\"%\" after the number.", anchor: .words("%"),
        examples: [.fires("Turnout rose to 61.5% in the capital.", "percent 61.5 percent")]
    ) { _, match in UnitMatch(kind: .percent, unit: "percent", end: match.anchor + 1) }

    static let hyphenPercent = UnitsRule(
        "percent.hyphen", "A percent joined by hyphens, as a modifier: \"a 49-per-cent owned unit\", \"a 10-percent rise\".",
        anchor: hyphen.requiring(.joined), after: .seq(.t(TokenTest.words("per", "percent", "pct").requiring(.joined)),
                                                     .opt(.seq(.t(hyphen.requiring(.joined)), .t(TokenTest.words("cent").requiring(.joined))))),
        examples: [.fires("It is run by and 49-per-cent owned by the parent.", "percent 49 percent"),
                   .fires("Staff got a 10-percent rise.", "percent 10 percent")]
    ) { m, match in
        // "per" alone is not a percent ("a 5-per-share dividend" is not written); it needs its "cent".
        if m.isWord(match.anchor + 1, Keys.per), match.end != match.anchor + 4 { return nil }
        return UnitMatch(kind: .percent, unit: "percent", end: match.end)
    }

    static let percentagePoints = UnitsRule(
        "percent.points", "Percentage points: \"2 percentage points\", \"2.5 pct points\", \"1.2 percent points\".",
        anchor: .words("percentage", "percent", "pct", "per"), after: .seq(.opt(.word("cent")), .word("point", "points")),
        examples: [.fires("The lead narrowed by 2 percentage points.", "percentage_points 2 percentage_points"),
                   .fires("Its share rose 2.5 pct points.", "percentage_points 2.5 percentage_points")]
    ) { _, match in UnitMatch(kind: .percentagePoints, unit: "percentage_points", end: match.end) }

    static let percentWord = UnitsRule(
        "percent.word", "\"percent\", \"per cent\", \"pct\", \"pc\" (glued too: \"2pc\"), and \"percentage\" or \"percents\" where a writer used them so (\"a 30 percentage rise\").",
        anchor: .words("percent", "pct", "pc", "per", "percentage", "percents"),
        examples: [.fires("Prices climbed 4.2 per cent last month.", "percent 4.2 percent"), .fires("Unemployment stood at 5pc in March.", "percent 5 percent"),
                   .fires("Fares saw a 30 percentage rise.", "percent 30 percent")]
    ) { m, match in
        let i = match.anchor
        if m.t[i].key == Keys.per {
            guard m.isWord(i + 1, Keys.cent) else { return nil }
            return UnitMatch(kind: .percent, unit: "percent", end: i + 2)
        }
        return UnitMatch(kind: .percent, unit: "percent", end: i + 1)
    }

    static let basisPoints = UnitsRule(
        "percent.basis-points", "Basis points: \"25 basis points\", \"12 bps\", \"25bp\".", anchor: .words("basis", "bps", "bp"),
        examples: [.fires("The bank raised rates by 25 basis points.", "percentage_points 25 basis_points"), .fires("Yields fell 12 bps on Monday.", "percentage_points 12 basis_points")]
    ) { m, match in
        let i = match.anchor
        if m.t[i].key == Keys.basis {
            guard m.isWord(i + 1, Keys.point) || m.isWord(i + 1, Keys.points) else { return nil }
            return UnitMatch(kind: .percentagePoints, unit: "basis_points", end: i + 2)
        }
        return UnitMatch(kind: .percentagePoints, unit: "basis_points", end: i + 1)
    }

    static let poundsSterling = UnitsRule(
        "money.pounds-sterling", "\"80,000 pounds sterling\", \"5 British pounds\", and pounds after a scale word unless \"of\" follows: \"361 million pounds\" is money, \"2 million pounds of beef\" a weight, and so is a measure given again in pounds (\"22,819 kilonewtons (5.13 million pounds)\").",
        anchor: .words("pounds", "pound", "british"),
        examples: [.fires("He earned 80,000 pounds sterling.", "money 80000 GBP"), .fires("Operating profit rose to 361 million pounds.", "money 361000000 GBP"),
                   .not("The plant recalled 2 million pounds of beef."), .fires("Thrust at lift-off is 22,819 kilonewtons (5.13 million pounds).", "measure 5130000 lb")]
    ) { m, match in
        let i = match.anchor
        if m.isWord(i + 1, Keys.sterling) { return UnitMatch(kind: .money, unit: "GBP", end: i + 2) }
        if m.t[i].key == Keys.pounds, i > 0, Lexicon.scales[key: m.t[i - 1].key] != nil, !m.isWord(i + 1, Keys.of) {
            // "22,819 kilonewtons (5.13 million pounds)": a measure given again in pounds is a weight.
            if m.isMeasureRestated(before: i) { return UnitMatch(kind: .measure, unit: "lb", end: i + 1) }
            return UnitMatch(kind: .money, unit: "GBP", end: i + 1)
        }
        if m.lowers(i) == "british", m.isWord(i + 1, Keys.pounds) || m.isWord(i + 1, Keys.pound) {
            return UnitMatch(kind: .money, unit: "GBP", end: i + 2)
        }
        return nil
    }

    static let nationalCurrency = UnitsRule(
        "money.national", "A nationality and a currency word: \"125 million Australian dollars\", \"4.07 billion U.S. Dlrs\", \"10,000 Swiss francs\", \"420 million Finnish markka\".",
        anchor: word, after: .seq(.opt(.t(dot)), .opt(.t(word)), .oneOf(.t(.is(QC.currencyWord, "currency-word")), .t(Units.genericTest))),
        examples: [.fires("It raised 125 million australian dollars.", "money 125000000 AUD"),
                   .fires("Reserves were 4.07 billion U.S. Dlrs.", "money 4070000000 USD"),
                   .fires("He was fined 10,000 Swiss francs.", "money 10000 CHF")]
    ) { m, match in m.nationalCurrency(at: match.anchor) }

    static let currencyWord = UnitsRule(
        "money.word", "A currency word after the number: \"300 billion yen\", \"4 mln dlrs\", \"59.2 trillion rupiah\", \"789m euros\". Bare \"francs\" are the country's the sentence names, else the nearest earlier sentence (\"PARIS, March 16 -\"), else Swiss.",
        anchor: .is(QC.currencyWord, "currency-word"),
        examples: [.fires("The ministry set aside 300 billion yen.", "money 300000000000 JPY"), .fires("Debt reached 59.2 trillion rupiah.", "money 59200000000000 IDR"),
                   .fires("The club paid 789m euros.", "money 789000000 EUR"), .fires("They lost 75 USD million last year.", "money 75000000 USD"),
                   .fires("The Bank of France sold 1.6 billion francs of bonds.", "money 1600000000 FRF"),
                   .fires("PARIS, March 16 - The bank reported its results. Profit totalled 800 mln francs.", "money 800000000 FRF"),
                   .fires("The ticket cost thirteen dollars forty five.", "money 13.45 USD"),
                   .fires("Austria's surplus grew to 11.0 billion schillings.", "money 11000000000 ATS"),
                   .not("We are giving away 3 USD50 cards.")]
    ) { m, match in
        let i = match.anchor
        // "won" is a currency only spaced after digits or their scale ("300 won", "33,463.4 billion won"), never "… won 3-1".
        if m.t[i].key == Keys.won, !m.t[i].spaceBefore || !(m.isNumber(i - 1) || (i > 0 && Lexicon.scales[key: m.t[i - 1].key] != nil)) {
            return nil
        }
        guard var code = Lexicon.currencyWords[key: m.t[i].key] else { return nil }
        // "3 USD50 cards": a code glued to the next number is that number's.
        if m.isNumber(i + 1), m.joined(i + 1) { return nil }
        // Bare "francs" are France's, Belgium's or Switzerland's by what the sentence names ("The Bank of France sold
        // 1.6 billion francs"), else by what the nearest earlier sentence named (a dateline, "PARIS, March 16 -");
        // Swiss when none does.
        if code == "CHF", m.t[i].key == Keys.francs || m.t[i].key == Keys.franc, let country = m.francCountry ?? m.earlierFrancCountry {
            code = country
        }
        // "75 USD million": a scale after the code still scales the figure.
        if i + 1 < m.n, m.t[i + 1].isWord, let scale = Lexicon.scales[key: m.t[i + 1].key], scale >= 1e6 {
            return UnitMatch(kind: .money, unit: code, end: i + 2, factor: scale)
        }
        return UnitMatch(kind: .money, unit: code, end: i + 1)
    }

    static let cents = UnitsRule(
        "money.cents", "Cents and pence keep the value as written, as a checker reads it: \"42 cts\" (42 cent), \"470 pence\", \"45p\".",
        anchor: .words("cts", "cents", "cent", "pence", "p", "penny"),
        examples: [.fires("Earnings were 42 cts a share.", "money 42 cent per share"), .fires("The bid is 470 pence a share.", "money 470 pence per share"),
                   .fires("The shares closed at 45p.", "money 45 pence")]
    ) { m, match in
        let i = match.anchor
        let key = m.t[i].key
        if key == Keys.pence || key == Keys.p || key == Keys.penny {
            // A glued "p" only after digits ("45p"); "p" alone is often a page; "720p", "1080p" are video lines.
            if key == Keys.p, !m.joined(i) || m.isVideoLines(i) { return nil }
            return UnitMatch(kind: .money, unit: "pence", end: i + 1)
        }
        if key == Keys.cent, m.isWord(i - 1, Keys.per) { return nil }
        return UnitMatch(kind: .money, unit: "cent", end: i + 1)
    }

    static let nationalCents = UnitsRule(
        "money.national-cents", "Cents and pence with their country, kept as written: \"371 Irish pence\", \"20 H.K. Cents\", \"85 U.S. cts\".",
        anchor: .words("irish", "u.s", "h.k", "n.z", "canadian", "australian", "singapore"),
        after: .seq(.opt(.t(TokenTest.words(".").requiring(.joined))), .word("cents", "cts", "cent", "pence", "penny")),
        examples: [.fires("The shares were placed at 371 Irish pence per share.", "money 371 pence per share"),
                   .fires("It issued B shares of 20 H.K. Cents each.", "money 20 cent")]
    ) { m, match in
        let last = match.end - 1
        let pence = m.t[last].key == Keys.pence || m.t[last].key == Keys.penny
        return UnitMatch(kind: .money, unit: pence ? "pence" : "cent", end: match.end)
    }

    static let hyphenCurrency = UnitsRule(
        "money.hyphen-word", "\"5-dollar\", \"trillion-dollar\", \"12-cent\".", anchor: hyphen.requiring(.joined),
        after: .oneOf(.t(TokenTest.is(QC.currencyWord, "currency-word").requiring(.joined)), .t(TokenTest.words("cent", "cents").requiring(.joined))),
        examples: [.fires("They sold 5-dollar tickets.", "money 5 USD"), .fires("They sold 50-cent stamps.", "money 50 cent")]
    ) { m, match in
        let i = match.anchor
        if m.t[i + 1].key == Keys.cent || m.t[i + 1].key == Keys.cents { return UnitMatch(kind: .money, unit: "cent", end: i + 2) }
        guard let code = Lexicon.currencyWords[key: m.t[i + 1].key] else { return nil }
        return UnitMatch(kind: .money, unit: code, end: i + 2)
    }

    static let scaledCode = UnitsRule(
        "money.scaled-code", "A currency code with a scale letter, as Nordic and business writing has it: \"30 MUSD\", \"120 MEUR\", \"500 kSEK\".",
        anchor: .is(.word, "CODE"),
        examples: [.fires("Losses exceeded 30 MUSD last year.", "money 30000000 USD"), .not("The unit is 30 MHz.")]
    ) { m, match in
        let i = match.anchor
        let text = m.texts(i)
        guard text.count == 4, let first = text.first, first == "M" || first == "k" || first == "K",
            let code = Lexicon.currencyCodes[String(text.dropFirst())], String(text.dropFirst()) == code
        else { return nil }
        return UnitMatch(kind: .money, unit: code, end: i + 1, factor: first == "M" ? 1e6 : 1e3)
    }

    static let symbolAfter = UnitsRule(
        "money.symbol-after", "A currency symbol after the number, as much of Europe writes it: \"10 €\", \"100₾\" (not one that starts the next figure: \"10 $ 30\").",
        anchor: .words(Array(Lexicon.currencySymbols.keys).sorted()),
        examples: [.fires("A ticket costs 10 € at the door.", "money 10 EUR"), .fires("Supply is capped at 21,000,000 ₿ in total.", "money 21000000 BTC"),
                   .fires("Prices were 10 $ 30 $ and more.", "money 10 USD"), .fires("It costs 10 $ 30 cent.", "money 10.3 USD")]
    ) { m, match in
        let i = match.anchor
        // A number after the symbol starts the next figure, unless that figure ends the same way ("10 $ 30 $") or
        // is the cents of this one ("10 $ 30 cent").
        let suffixed = m.isNumber(i + 1) && (m.texts(i + 2) == m.texts(i) || m.isWord(i + 2, Keys.cent) || m.isWord(i + 2, Keys.cents))
        guard !m.isNumber(i + 1) || suffixed, let code = Lexicon.currencySymbols[m.texts(i)] else { return nil }
        return UnitMatch(kind: .money, unit: code, end: i + 1)
    }

    static let squareMeasure = UnitsRule(
        "measure.square", "Areas: \"155 square kilometers\", \"20 sq km\".", anchor: .words("square", "sq"),
        after: .t(.is(QC.measureWord, "measure")),
        examples: [.fires("The zone covers 155 square kilometers.", "measure 155 km2")]
    ) { m, match in
        guard let unit = Lexicon.measures[key: m.t[match.anchor + 1].key] else { return nil }
        return UnitMatch(kind: .measure, unit: unit + "2", end: match.anchor + 2)
    }

    static let hyphenSquareMeasure = UnitsRule(
        "measure.square-hyphen", "An area as a modifier: \"a 100-square-kilometre area\", \"a 40-square-mile park\".",
        anchor: hyphen.requiring(.joined), after: .seq(.word("square"), .t(hyphen.requiring(.joined)), .t(.is(QC.measureWord, "measure").requiring(.joined))),
        examples: [.fires("Ships converged on a 100-square-kilometre area off Borneo.", "measure 100 km2"),
                   .fires("The fire burned a 40-square-mile stretch of forest.", "measure 40 mi2")]
    ) { m, match in
        guard m.joined(match.anchor + 1), let unit = Lexicon.measures[key: m.t[match.anchor + 3].key] else { return nil }
        return UnitMatch(kind: .measure, unit: unit + "2", end: match.anchor + 4)
    }

    static let cubicMeasure = UnitsRule(
        "measure.cubic", "Volumes: \"0.9 trillion cubic feet\", \"9 cubic metres\", \"5 cu m\".", anchor: .words("cubic", "cu"),
        after: .t(.is(QC.measureWord, "measure")),
        examples: [.fires("Shell may export 0.9 trillion cubic feet of gas.", "measure 900000000000 ft3"),
                   .fires("The tank holds 9 cubic metres.", "measure 9 m3")]
    ) { m, match in
        guard let unit = Lexicon.measures[key: m.t[match.anchor + 1].key] else { return nil }
        return UnitMatch(kind: .measure, unit: unit + "3", end: match.anchor + 2)
    }

    static let degrees = UnitsRule(
        "measure.degrees", "Temperatures and angles: \"41°C\", \"98 degrees Fahrenheit\", \"40 deg\".", anchor: .words("°", "degrees", "degree", "deg"),
        examples: [.fires("Temperatures reached 41°C in Seville.", "measure 41 °C"), .fires("It was 98 degrees Fahrenheit.", "measure 98 °F"),
                   .fires("It hit 40 deg in the shade.", "measure 40 degree"), .fires("Set the thermostat to 85°.", "measure 85 degree")]
    ) { m, match in
        let i = match.anchor
        if let w = m.lower(i + 1) {
            if w == "c" || w == "celsius" || w == "centigrade" { return UnitMatch(kind: .measure, unit: "°C", end: i + 2) }
            if w == "f" || w == "fahrenheit" || w == "farenheit" { return UnitMatch(kind: .measure, unit: "°F", end: i + 2) }
        }
        // The sign alone is a degree as the word is ("set the thermostat to 85°").
        return UnitMatch(kind: .measure, unit: "degree", end: i + 1)
    }

    static let temperatureLetter = UnitsRule(
        "measure.temperature-letter", "A capital C or F after the number where the sentence speaks of temperatures (\"highs of 21C\", \"-5C overnight\", \"95 F\") or gives one in both scales, as news style does (\"70 F (21 C)\", \"minus 125 C\"); elsewhere \"4C\" is a code.",
        anchor: .words("c", "f"),
        examples: [.fires("Temperatures reached 30C in London.", "measure 30 °C"), .fires("The mercury hit 86F in Miami.", "measure 86 °F"),
                   .fires("Highs range from minus 195 F (minus 125 C) at the poles to 70 F (21 C) at the equator.", "measure -125 °C"),
                   .fires("The high was 95 F in Phoenix, the weather service said.", "measure 95 °F"),
                   .not("The 4C grade was rare."), .not("The 2 C Street office closed.")]
    ) { m, match in
        let i = match.anchor
        guard m.isGluedTemperature(i) || m.isSpacedTemperature(i) else { return nil }
        return UnitMatch(kind: .measure, unit: m.texts(i) == "C" ? "°C" : "°F", end: i + 1)
    }

    static let inchesInParentheses = UnitsRule(
        "measure.inches-in-parentheses", "\"in\" as inches where a figure is given again in parentheses: \"640 millimetres (25 in)\".",
        anchor: .words("in"), after: .t(.words(")")),
        examples: [.fires("The town gets only 640 millimetres (25 in) of rain a year.", "measure 25 in"),
                   .not("Prices rose (by 5 in all) last year.")]
    ) { m, match in
        guard m.isToken(match.anchor - 2, Keys.openParen) else { return nil }
        return UnitMatch(kind: .measure, unit: "in", end: match.anchor + 1)
    }

    static let barrelsPerDay = UnitsRule(
        "measure.barrels-per-day", "\"1.5 million barrels per day\", \"10.5 mln bpd\".", anchor: .words("barrels", "barrel"),
        after: .seq(.word("per", "a"), .word("day")),
        examples: [.fires("Output hit 1.5 million barrels per day.", "measure 1500000 barrel per day")]
    ) { _, match in UnitMatch(kind: .measure, unit: "barrel per day", end: match.end) }

    static let namedTons = UnitsRule(
        "measure.long-short-metric-tons", "\"37,000 long tons\" (1,016 kg each), \"short tons\" (907 kg), \"metric tons\".",
        anchor: .words("long", "short", "metric"), after: .word("tons", "ton", "tonnes"),
        examples: [.fires("The ship carried 37,000 long tons.", "measure 37000 long ton")]
    ) { m, match in
        let w = m.lowers(match.anchor)
        return UnitMatch(kind: .measure, unit: w == "metric" ? "t" : w + " ton", end: match.anchor + 2)
    }

    static let nauticalMiles = UnitsRule(
        "measure.nautical-miles", "\"200 nautical miles\" (1,852 m each, not a statute mile).",
        anchor: .words("nautical"), after: .word("mile", "miles"),
        examples: [.fires("The ship sailed 200 nautical miles.", "measure 200 nmi")]
    ) { _, match in UnitMatch(kind: .measure, unit: "nmi", end: match.end) }

    static let astronomicalUnits = UnitsRule(
        "measure.astronomical", "Distances in space: \"30 astronomical units\" (au), \"4.2 light-years\", \"13 billion light years\".",
        anchor: .words("astronomical", "light"), after: .seq(.opt(.t(hyphen.requiring(.joined))), .word("unit", "units", "year", "years")),
        examples: [.fires("The planet is about 30 astronomical units from its star.", "measure 30 au"), .fires("The star is 4.2 light-years away.", "measure 4.2 light year"),
                   .fires("The quasar is 3.8 billion light years away.", "measure 3800000000 light year"), .not("The bulb burned 20 light hours.")]
    ) { m, match in
        let astronomical = m.t[match.anchor].key == WordKey.of("astronomical")
        let unitWord = m.lowers(match.end - 1)
        guard astronomical == unitWord.hasPrefix("unit"), !m.isHyphen(match.anchor + 1) || m.joined(match.anchor + 2) else { return nil }
        return UnitMatch(kind: .measure, unit: astronomical ? "au" : "light year", end: match.end)
    }

    static let hyphenNauticalMiles = UnitsRule(
        "measure.nautical-miles-hyphen", "Nautical miles as a modifier: \"a 500-nautical-mile trip\".",
        anchor: hyphen.requiring(.joined), after: .seq(.word("nautical"), .t(hyphen.requiring(.joined)), .word("mile", "miles")),
        examples: [.fires("It is a typical 500-nautical-mile trip.", "measure 500 nmi")]
    ) { m, match in
        guard m.joined(match.anchor + 1), m.joined(match.anchor + 3) else { return nil }
        return UnitMatch(kind: .measure, unit: "nmi", end: match.end)
    }

    static let quakeSize = UnitsRule(
        "measure.quake-size", "A quake named by its magnitude: \"a 6.4 quake\", \"the 7.8 earthquake\" (one decimal, under 10; \"two quakes\" are counted).",
        anchor: .words("quake", "earthquake", "tremor", "temblor", "aftershock"),
        examples: [.fires("A 6.4 quake hit on January 7.", "measure 6.4 magnitude"), .not("Two quakes hit the island.")]
    ) { m, match in
        let i = match.anchor - 1
        guard i >= 0, m.t[i].isNumber, m.t[i].decimals == 1, m.t[i].value < 10 else { return nil }
        return UnitMatch(kind: .measure, unit: "magnitude", end: match.anchor)
    }

    static let richter = UnitsRule(
        "measure.richter", "A quake's magnitude: \"6.9 on the Richter scale\".", anchor: .words("on"),
        after: .seq(.word("the"), .word("richter", "moment"), .opt(.word("magnitude")), .word("scale")),
        examples: [.fires("The quake measured 6.9 on the Richter scale.", "measure 6.9 Richter")]
    ) { _, match in UnitMatch(kind: .measure, unit: "Richter", end: match.end) }

    static let yearsOld = UnitsRule(
        "measure.age", "An age: \"63 years old\", \"17-year-old\".", anchor: .is(QC.durationWord, "duration").union(hyphen),
        examples: [.fires("The man, 63 years old, survived.", "measure 63 year"), .fires("A 17-year-old was arrested.", "measure 17 year"),
                   .fires("It was compiled by an eleven year-old girl.", "measure 11 year")]
    ) { m, match in
        var k = match.anchor
        if m.isHyphen(k) {
            guard m.joined(k), m.joined(k + 1), m.has(k + 1, QC.durationWord) else { return nil }
            k += 1
        }
        guard let unit = Lexicon.durations[key: m.t[k].key] else { return nil }
        if m.isWord(k + 1, Keys.old) { return UnitMatch(kind: .measure, unit: unit, end: k + 2) }
        // "17-year-old"; but in "four century-old schooners" the number counts the schooners.
        // "an eleven year-old girl" (hyphenated only after the unit) is an age too.
        if m.isHyphen(k + 1), m.isWord(k + 2, Keys.old),
            k > match.anchor || m.lower(k)?.hasSuffix("s") == true || ["year", "month", "week", "day"].contains(m.lower(k) ?? "")
        {
            return UnitMatch(kind: .measure, unit: unit, end: k + 3)
        }
        return nil
    }

    static let hyphenMeasure = UnitsRule(
        "measure.hyphen-unit", "A measure joined by a hyphen: \"three-ton satellites\", \"68-ounce cans\", \"a 2-mile walk\".",
        anchor: hyphen.requiring(.joined), after: .t(TokenTest.is(QC.measureWord, "measure").requiring(.joined)),
        examples: [.fires("They launched three-ton satellites.", "measure 3 ton"), .fires("It came in 68-ounce cans.", "measure 68 ounce"),
                   .fires("It runs on a 32-bit processor.", "measure 32 bit")]
    ) { m, match in
        guard let unit = Lexicon.measures[key: m.t[match.anchor + 1].key] else { return nil }
        return UnitMatch(kind: .measure, unit: unit, end: match.anchor + 2)
    }

    static let hyphenCount = UnitsRule(
        "count.hyphen-noun", "A count joined by a hyphen to its singular noun, as a modifier: \"a 12-game winning streak\", \"a 20-page report\", \"a three-judge panel\", \"a 10-inning victory\".",
        anchor: hyphen.requiring(.joined), after: .seq(.t(TokenTest.is(.lowercase, "lowercase word").requiring(.joined)), .oneOf(.t(word), .t(number))),
        examples: [.fires("The team extended its 12-game winning streak.", "count 12 game"), .fires("The panel released a 20-page report.", "count 20 page"),
                   .fires("A three-judge panel heard the case.", "count 3 judge"), .fires("GB named a 46-strong team for the finals.", "count 46 members"),
                   .fires("The chip is a 20-pin 0.4mm pitch package.", "count 20 pin"),
                   .fires("The 300-share composite index soared 139 points.", "identifier 300"),
                   .fires("He stands against the two-state solution.", "identifier 2"), .fires("Britain has a two-party system.", "identifier 2"),
                   .not("Arsenal won 2-nil away."), .not("It was a 30-something crowd."), .not("He was 17-years-old then."),
                   .not("The firm opened a one-stop shop."), .not("It sold zero-coupon bonds."), .not("The group took a three-pronged approach."),
                   .not("Chances are one-half to two-thirds.")]
    ) { m, match in
        let k = match.anchor + 1
        let first = match.anchor - 1
        // Not "one-stop", "zero-coupon" (no count), "1986-crop" (a year), "three-pronged", "two-monthly" (adjectives),
        // "10-mark" (money), "one-half" (a fraction).
        guard first >= 0, m.t[k].isWord, m.t[k].count >= 3,
            let value = m.singleTokenValue(first),
            value >= 2,
            !m.isYearNumber(first), !Lexicon.notCountModifiers.contains(m.t[k].key), !m.has(k, QC.notNoun),
            Lexicon.durations[key: m.t[k].key] == nil, Lexicon.currencyWords[key: m.t[k].key] == nil, !m.isHyphen(k + 1)
        else { return nil }
        let word = m.lowers(k)
        guard !["ed", "al", "ly", "ic"].contains(where: { word.hasSuffix($0) }) else { return nil }
        // "the 300-share composite index", "the 225-issue average": an index named by how many stocks it holds.
        if ["share", "stock", "issue"].contains(word), let next = m.lower(k + 1), ["index", "composite", "average"].contains(next) {
            return UnitMatch(kind: .identifier, unit: nil, end: k + 1)
        }
        // "the two-state solution", "a two-party system", "a two-horse race": a kind of policy or contest named by a
        // number, nothing counted.
        if k + 1 < m.n, m.t[k + 1].isWord, Lexicon.kindsNamedByNumber.contains(m.t[k + 1].key) {
            return UnitMatch(kind: .identifier, unit: nil, end: k + 1)
        }
        // "a 46-strong team" counts its members.
        if word == "strong" { return UnitMatch(kind: .count, unit: "members", end: k + 1) }
        // "a 60,000-seater stadium" counts its seats.
        if word == "seater" { return UnitMatch(kind: .count, unit: "seats", end: k + 1) }
        return UnitMatch(kind: .count, unit: word, end: k + 1)
    }

    static let squared = UnitsRule(
        "measure.squared", "An area written with a glued 2: \"190 km2\", \"660 m2\".",
        anchor: TokenTest.is(QC.measureWord, "measure"), after: .t(number.requiring(.joined)),
        examples: [.fires("The park covers 190 km2.", "measure 190 km2")]
    ) { m, match in
        let i = match.anchor
        guard m.isGluedPower(after: i), let unit = Lexicon.measures[key: m.t[i].key] else { return nil }
        return UnitMatch(kind: .measure, unit: unit + String(Int(m.t[i + 1].value)), end: i + 2)
    }

    static let metreOrTonneLetter = UnitsRule(
        "measure.letter", "A bare \"m\" before a dimension (\"1.8m tall\", \"12 m high\") is metres; a glued \"t\" (\"a 100t crane\") tonnes. Otherwise the letters are scales (\"3.2m people\").",
        anchor: .words("m", "t"),
        examples: [
            .fires("He is 1.8m tall.", "measure 1.8 m"), .fires("The wall is 12 m high.", "measure 12 m"), .fires("The crane lifts 100t.", "measure 100 t"),
            .fires("The room is 4 m x 5 m.", "measure 4 m"), .fires("The length is 12 m.", "measure 12 m"),
            .fires("The plot is 3m x 4m.", "measure 4 m"), .fires("The 75 m (250 ft) ship was built in 1993.", "measure 75 m"), .fires("Total width: 12.2m (39.9 ft).", "measure 12.2 m"), .fires("Winds reached 17 m/s on the coast.", "measure 17 m per second"), .fires("The flat has 85m2 of floor space.", "measure 85 m2"), .not("Sales hit 1 m units."), .not("A basket of 35 M&S goods costs more."),
        ]
    ) { m, match in
        let i = match.anchor
        if m.t[i].key == WordKey.of("t") { return m.joined(i) ? UnitMatch(kind: .measure, unit: "t", end: i + 1) : nil }
        // Spaced and not followed by a word, "m" is metres too ("The length is 12 m.", "4 m x 5 m").
        // Glued, it is metres where it is no scale ("a 3m wall", "3m x 4m").
        // Spaced, only a lowercase "m" before the end of a clause ("35 M&S goods" is a name).
        let power = m.isGluedPower(after: i)
        guard m.joined(i) ? !m.gluedScaleIsScale(at: i)
            : power || (i + 1 < m.n && Lexicon.lengthWords.contains(m.lowers(i + 1))) || (m.isToken(i + 1, Keys.slash) && m.lower(i + 2) == "s")
                || (m.bytes[m.t[i].start] == UInt8(ascii: "m") && (i + 1 == m.n || [".", ",", ";", ":", ")"].contains(m.texts(i + 1))))
                || m.isImperialLength(inParenthesesAt: i + 1)
        else { return nil }
        // "660m2", "40 m3".
        if power {
            return UnitMatch(kind: .measure, unit: "m" + String(Int(m.t[i + 1].value)), end: i + 2)
        }
        return UnitMatch(kind: .measure, unit: "m", end: i + 1)
    }

    static let measure = UnitsRule(
        "measure.unit", "A measure from the unit table: \"40 kilometres\", \"5km\", \"60 kilos\", \"500 MW\" (short forms such as \"mt\" and \"ha\" only glued or spaced after digits).",
        anchor: .is(QC.measureWord, "measure"),
        examples: [.fires("The convoy stretched 40 kilometres.", "measure 40 km"), .fires("The race is 5km long.", "measure 5 km"),
                   .fires("The white scale bar is 65 µm long.", "measure 65 µm"), .not("It will offer two Micron CMOS processes."),
                   .fires("The plant made 47.5 billion kilowatt-hours.", "measure 47500000000 kWh"),
                   .fires("Electric output was 695.50 billion kilowatt hours.", "measure 695500000000 kWh"),
                   .fires("Sunday's 9.0 magnitude earthquake sent huge waves.", "measure 9 magnitude"), .not("We had over 400 magnitude 2 quakes.")]
    ) { m, match in
        let i = match.anchor
        let key = m.t[i].key
        if key == Keys.pounds, m.isWord(i + 1, Keys.sterling) { return nil }
        guard let unit = Lexicon.measures[key: key], key != WordKey.of("degrees"), key != WordKey.of("points") else { return nil }
        // "500,000 Micron common shares": a capitalised "Micron" is the company.
        if unit == "µm", m.t[i].isCapitalized, m.t[i].count > 2 { return nil }
        // A quake's magnitude is under 10: "over 400 magnitude 2+ earthquakes" counts quakes.
        if unit == "magnitude", i > 0, m.t[i - 1].value >= 10 { return nil }
        // "47.47 billion kilowatt-hours", "695.50 billion kilowatt hours" (a word, not "5 kW hours"): energy, not power.
        if ["kW", "MW", "GW"].contains(unit) {
            let hours = m.isHyphen(i + 1) && m.joined(i + 1) ? i + 2 : (m.t[i].count > 2 ? i + 1 : nil)
            if let hours, let w = m.lower(hours), w == "hours" || w == "hour" { return UnitMatch(kind: .measure, unit: unit + "h", end: hours + 1) }
        }
        return UnitMatch(kind: .measure, unit: unit, end: i + 1)
    }

    static let duration = UnitsRule(
        "duration.unit", "A duration: \"12 days\", \"six months\", \"five-year\" (as a duration), \"Nine mths\"; not \"one day\" for some day (\"I hope that one day …\").",
        anchor: .is(QC.durationWord, "duration").union(hyphen),
        examples: [.fires("The strike lasted 12 days.", "duration 12 day"), .not("Slaughter is put at 127,000 head versus 132,000 week ago."),
                   .not("I hope that one day this project will ship."), .not("And then one day it did something really strange."),
                   .fires("Prices rose 5% in one day.", "duration 1 day"), .not("Will it end up in the list one day?"),
                   .fires("He was suspended for one day.", "duration 1 day"), .fires("The strike lasted one day.", "duration 1 day"),
                   .not("Paterson slotted four second-half penalties.")]
    ) { m, match in
        var k = match.anchor
        if m.isHyphen(k) {
            guard m.joined(k), m.joined(k + 1), m.has(k + 1, QC.durationWord) else { return nil }
            k += 1
        }
        guard let unit = Lexicon.durations[key: m.t[k].key] else { return nil }
        // "four second-half penalties": the ordinal of a compound adjective, no duration.
        if unit == "second", m.isHyphen(k + 1), m.joined(k + 1), m.joined(k + 2) { return nil }
        // "I hope that one day this project will …", "One day, he …": some day, not a duration ("in one day",
        // "one day later" stay durations).
        if k == match.anchor, unit == "day", k >= 1, m.isWord(k - 1, Keys.one), m.lower(k) == "day",
            k == 1 || ["that", "hope", "and", "but", "maybe", "perhaps", "until", "till", "if", "then", "when", "so", ",", "\u{201C}", "\""]
                .contains(m.lowers(k - 2)),
            !["ago", "later", "earlier", "after", "before", "of", "-", "per", "a", "each"].contains(m.lower(k + 1) ?? "")
        {
            return nil
        }
        // "Will it end up in the list one day?": closing its clause with nothing that measures time before it.
        if k == match.anchor, unit == "day", k >= 2, m.isWord(k - 1, Keys.one), m.lower(k) == "day",
            k + 1 >= m.n || [".", "?", "!"].contains(m.lowers(k + 1)),
            !Lexicon.beforeDuration.contains(m.t[k - 2].key)
        {
            return nil
        }
        // "four century-old schooners": an adjective, not a duration.
        if m.isHyphen(k + 1), m.joined(k + 1), m.isWord(k + 2, Keys.old) { return nil }
        // "versus 132,000 week ago": wire shorthand for "a week ago" after a bare figure (a count of weeks is plural).
        if k == match.anchor, m.isWord(k + 1, Keys.ago), k >= 1, m.t[k - 1].isNumber, m.t[k - 1].value != 1, let w = m.lower(k), !w.hasSuffix("s") {
            return nil
        }
        return UnitMatch(kind: .duration, unit: unit, end: k + 1)
    }

    static let gluedUnit = UnitsRule(
        "unit.glued", "A short form the unit table allows only glued to the digits: \"5V\", \"24h\" (spaced, \"5 v 3\" and \"at 5 h\" are none).",
        anchor: .anyToken,
        examples: [.fires("It runs at 1.8, 3.3 and 5V.", "measure 5 V"), .fires("The vigil lasted 24h.", "duration 24 hour"), .not("Arsenal led 2 v 1 at half time.")]
    ) { m, match in
        guard let (unit, kind) = m.gluedUnit(at: match.anchor) else { return nil }
        return UnitMatch(kind: kind, unit: unit, end: match.anchor + 1)
    }

    static let modifiedDuration = UnitsRule(
        "duration.modified", "A duration with a word between: \"seven consecutive days\", \"three straight years\", \"two full weeks\", \"two working days\".",
        anchor: .words("consecutive", "straight", "successive", "full", "extra", "additional", "working", "business", "trading", "calendar"),
        after: .t(.is(QC.durationWord, "duration")),
        examples: [.fires("It must run for seven consecutive days.", "duration 7 day"), .fires("Sales fell for three straight years.", "duration 3 year"),
                   .not("He drank two full glasses.")]
    ) { m, match in
        guard let unit = Lexicon.durations[key: m.t[match.anchor + 1].key] else { return nil }
        return UnitMatch(kind: .duration, unit: unit, end: match.anchor + 2)
    }

    static let indexPoints = UnitsRule(
        "measure.points", "Index points: \"The Dow fell 300 points\" (rates say \"percentage points\").", anchor: .words("points", "point", "pts"),
        examples: [.fires("The Dow fell 300 points.", "measure 300 points")]
    ) { _, match in UnitMatch(kind: .measure, unit: "points", end: match.anchor + 1) }

    static let times = UnitsRule(
        "ratio.times", "\"2.27 times\", \"50x\": a factor; how often (\"fined three times last year\", \"24 times in the past hour\", \"24 times, more than …\") a count of times, as for \"twice\".", anchor: .words("times", "x"),
        examples: [.fires("Demand is 2.27 times supply.", "ratio 2.27 times"), .fires("Some requests take 50x the average.", "ratio 50 times"),
                   .fires("Profits were 24 times higher than a year earlier.", "ratio 24 times"),
                   .fires("The bank was fined three times last year.", "count 3 times"),
                   .fires("The server returned an error 24 times in the past hour.", "count 24 times"),
                   .fires("Bandwidth demand rose 4.5 times between 2009 and 2013.", "ratio 4.5 times"),
                   .fires("TRW inflated the price by two to three times.", "ratio 2–3 times"),
                   .not("It runs at 1920x1080 pixels.")]
    ) { m, match in
        let k = match.anchor
        // "50x the average": a glued lowercase "x" (not "1920x1080", "4x4", nor the model "227X").
        if m.t[k].key == Keys.x {
            if !m.joined(k) || m.texts(k) != "x" || (k + 1 < m.n && m.t[k + 1].isNumber) { return nil }
            return UnitMatch(kind: .ratio, unit: "times", end: k + 1)
        }
        // How often, when the clause goes on with a time, a place or its end rather than what is multiplied
        // ("three times last year", not "24 times last year's level"). A factor still after "of", "at", "between …
        // and" or "by" ("a cover of 1.5 times", "between 1.0 and 1.5 times") and in an issue "oversubscribed 16 times".
        let next = m.lower(k + 1)
        let possessive = m.lower(k + 2).map { $0.hasSuffix("'s") || $0.hasSuffix("’s") } == true
            || (k + 3 < m.n && m.joined(k + 3) && ["'", "’"].contains(m.texts(k + 3)))
        let often = next == nil || (k + 1 < m.n && !m.t[k + 1].isWord && !m.t[k + 1].isNumber && !m.isToken(k + 1, Keys.openParen))
            || Lexicon.afterHowOften.contains(next ?? "")
            || (["last", "this"].contains(next ?? "") && !possessive && !Lexicon.amountNouns.contains(m.lower(k + 2) ?? ""))
        let factorBefore = ["of", "at", "between", "and", "to", "by", "oversubscribed", "covered"].contains(m.lower(k - 2) ?? "")
            // (A fraction of times is a factor: "demand rose 4.5 times between 2009 and 2013"; "rose three times last
            // year" may be how often.)
            || (k >= 1 && m.t[k - 1].isNumber && m.t[k - 1].decimals > 0)
        return UnitMatch(kind: often && !factorBefore ? .count : .ratio, unit: "times", end: k + 1)
    }

    static let outOf = UnitsRule(
        "ratio.in", "\"one in five\", \"3 out of 4\": a ratio (0.2, 0.75).", anchor: .words("in", "out"),
        examples: [.fires("One in five adults smokes.", "ratio 0.2 ratio"), .fires("Three out of four doctors agreed.", "ratio 0.75 ratio"),
                   .not("Crews packed 12 in six boxes."), .not("He won the 800m in one minute, 47.96 seconds.")]
    ) { m, match in
        guard let (end, base) = m.ratioBase(at: match.anchor) else { return nil }
        // A share is never more than its whole: "12 in six boxes" counts twice.
        let p = match.anchor - 1
        let top = m.singleTokenValue(p)
        // A share is a plain count of its whole (not "800m in one minute"), and no unit follows the whole.
        guard let top, top <= base, !m.has(end, QC.durationWord), !m.has(end, QC.measureWord) else { return nil }
        return UnitMatch(kind: .ratio, unit: "ratio", end: end, factor: 1 / base)
    }

    static let tollAdjective = UnitsRule(
        "count.toll", "A toll told with an adjective for the people: \"13 dead\", \"left 13 dead and 40 injured\", \"two missing\" (not \"13 dead cattle\").",
        anchor: .words("dead", "injured", "wounded", "hurt", "missing"),
        examples: [.fires("New York immigrant center: 13 dead", "count 13 people"), .fires("The blast left 13 dead and 40 injured.", "count 13 people"),
                   .not("Inspectors found 13 dead cattle.")]
    ) { m, match in
        let next = match.anchor + 1
        // (Nor an adjective before its noun: "13 dead cattle", "two injured soldiers" count the noun.)
        guard next >= m.n || !m.t[next].isWord || Lexicon.afterToll.contains(m.t[next].key) else { return nil }
        // (The second count of a toll told in two clauses counts what the first did: "Three black workers were killed and
        // seven injured" are workers.)
        if (max(0, match.anchor - 4)..<match.anchor).contains(where: { m.isWord($0, Keys.and) }),
            (max(0, match.anchor - 8)..<match.anchor).contains(where: { Lexicon.tollPasts.contains(m.t[$0].key) })
        {
            return nil
        }
        return UnitMatch(kind: .count, unit: "people", end: next)
    }

    static let countNoun = UnitsRule(
        "count.noun", "A counted plural noun within a few modifiers: \"32 countries\", \"two Chinese nationals\", \"5,000 new jobs\"; after \"one\" a singular noun (\"one person\").",
        anchor: .anyToken,
        examples: [.fires("An Ipsos survey of 32 countries published last June showed.", "count 32 countries"),
                   .fires("One person died in the fire.", "count 1 person"),
                   .fires("In 2005, two other people were hurt.", "count 2 people"),
                   .fires("The crash killed two less-experienced co-pilots.", "count 2 co-pilots"),
                   .fires("He used 2,000 data points.", "count 2000 points"), .not("Sales beat 2012 figures."),
                   .not("He cited Pew estimates of 2012 data."), .fires("The planet sent two of its seeds away.", "count 2 seeds"),
                   .fires("Slaughter was 127,000 head.", "count 127000 head"), .not("One of the reasons was cost."),
                   .fires("There are about 5,000 U.S. troops in the country.", "count 5000 troops"),
                   .not("I am being attacked on one side by rivals."), .not("He could end up confining one known terrorist."),
                   .not("This one sticks you front and center on a rollercoaster."),
                   .fires("Massa left after eight highly successful years.", "duration 8 year"),
                   .fires("Breakers demolished ships of 3.69 million light displacement tons.", "measure 3690000 ton")]
    ) { m, match in
        guard let noun = m.countNoun(from: match.anchor) else { return nil }
        // "co-pilots": a hyphenated noun is its unit whole.
        if noun >= 2, m.isHyphen(noun - 1), m.joined(noun - 1), m.joined(noun), m.t[noun - 2].isWord, noun - 2 >= match.anchor {
            return UnitMatch(kind: .count, unit: m.lowers(noun - 2) + "-" + m.lowers(noun), end: noun + 1)
        }
        // "eight highly successful years", "3.69 million light displacement tons": a duration or a measure with its
        // modifiers ("revenue passenger miles" stay a count of a traffic unit).
        if let duration = Lexicon.durations[key: m.t[noun].key] {
            return UnitMatch(kind: .duration, unit: duration, end: noun + 1)
        }
        // (Not points, pounds or degrees, which count other things: "three break points", "Egyptian pounds", "two degrees".)
        if let measure = Lexicon.measures[key: m.t[noun].key], !["lb", "points", "degree"].contains(measure),
            !(match.anchor..<noun).contains(where: { Lexicon.trafficWords.contains(m.t[$0].key) })
        {
            return UnitMatch(kind: .measure, unit: measure, end: noun + 1)
        }
        return UnitMatch(kind: .count, unit: m.lowers(noun), end: noun + 1)
    }
}

extension TokenTest {
    /// This test as a one-token pattern.
    var asPattern: Pattern { .token(self) }

    /// A test that accepts what either accepts. Both must be tests of single classes without keys (their
    /// bits become alternatives).
    func union(_ other: TokenTest) -> TokenTest {
        TokenTest(any: TokenClass(rawValue: (any == 0 ? all : any) | (other.any == 0 ? other.all : other.any)), name: "\(name)|\(other.name)")
    }
}

extension Units {
    /// Generic currency words ("dollars", "francs") as a test, for the nationality rule.
    static let genericTest = TokenTest.words(genericCurrencyWords.sorted())
}
