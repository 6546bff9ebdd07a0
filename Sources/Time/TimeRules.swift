import ClaimTraceCore
import TokenRules

/// The time rules, one table tried in order at every token that may start a time expression
/// (Docs/rules.md prints it; Tests/TokenRulesTests runs every example). Spans follow TIMEX3: the
/// determiner, "last"/"next", "early"/"late" and hedges ("nearly two years") belong to the expression,
/// prepositions ("in", "for", "since") do not. Examples resolve against an article dated Friday
/// 16 September 2016 and render as `type value`.
enum TimeRules {
    typealias TimeRule = Rule<TimeScanner, TimeFound>

    static let year = Slot(0, "year")
    static let day = Slot(1, "day")
    static let modifier = Slot(2, "modifier")
    static let count = Slot(3, "count")
    static let unit = Slot(4, "unit")
    static let part = Slot(5, "part")
    static let month = Slot(6, "month")
    static let head = Slot(7, "head")

    // MARK: Token tests

    static let monthWord = TokenTest(all: [TC.month, .capitalized], name: "Month")
    static let weekdayWord = TokenTest(all: [TC.weekday, .capitalized], name: "Weekday")
    static let dayNumber = TokenTest.is(.dayLike, "day")
    static let yearNumber = TokenTest.is(.yearLike, "year")
    static let number = TokenTest.is(.number, "digits")
    static let joinedNumber = TokenTest(all: [.number, .joined], name: "digits")
    static let joinedHyphen = TokenTest(all: [TC.hyphen, .joined], name: "-")
    static let hyphen = TokenTest.is(TC.hyphen, "-")
    static let dot = TokenTest.words(".")
    static let comma = TokenTest.words(",")
    static let suffix = TokenTest(all: [TC.ordinalSuffix, .joined], name: "st|nd|rd|th")
    static let unitWord = TokenTest.is(TC.unit, "unit")
    static let countWord = TokenTest(any: [TC.count, .number], name: "count")
    static let partWord = TokenTest.is(TC.partOfDay, "part-of-day")
    static let edgeWord = TokenTest.words("early", "late", "mid", "earlier", "later")
    static let hedge = Pattern.oneOf(
        .word("nearly", "about", "almost", "roughly", "approximately", "around", "some", "barely", "just", "only"),
        .seq(.word("more", "less", "fewer"), .word("than")), .seq(.word("at"), .word("least", "most")))
    /// "the end of", "the beginning of", "the middle of": part of the expression that follows.
    static let edgeOf = Pattern.seq(.word("the"), .word("end", "beginning", "start", "middle"), .word("of"))
    static let edge = Pattern.oneOf(.seq(.t(edgeWord), .opt(.t(joinedHyphenBefore))), edgeOf)
    /// A hyphen glued to the next token ("mid-November").
    static let joinedHyphenBefore = TokenTest(all: [TC.hyphen, .joinedAfter], name: "-")

    static let table = RuleTable<TimeScanner, TimeFound>(
        "Time: expressions and their values",
        """
        Tried in order at every token that may start a time expression (months, weekdays, units, numbers, \
        "last", "now" …). Values are TIMEX3, resolved against the article's date: a date without a year takes \
        the year that puts it nearest the article in the direction of the sentence's tense; weekdays are the \
        last one on or before the article's date unless the sentence speaks of the future; "a year earlier" \
        counts from the date the article named last. Examples resolve against an article dated Friday \
        16 September 2016 and show `type value`.
        """,
        [iso, slashed, monthDay, dayMonth, monthYear, holiday, monthAlone, weekday, deicticDay, partOfDay, quarter,
         quarterCode, fiscalYear, decade, yearAlone, shifted, yearAgo, relativeCount, relativeUnit, thePeriod,
         halfUnits, countedUnits, plural, reference, frequency, every, clock, noon])

    // MARK: Absolute dates

    static let iso = TimeRule(
        "date.iso", "A date written year-month-day: \"2016-09-16\", or year-month \"2016-09\".",
        anchor: yearNumber, after: .seq(.t(joinedHyphen), .cap(month, .t(joinedNumber)), .opt(.seq(.t(joinedHyphen), .cap(day, .t(joinedNumber))))),
        examples: [.fires("The filing is dated 2016-09-12.", "date 2016-09-12"), .not("The 2015-16 season was long.")]
    ) { s, m in
        guard let y = s.number(m.anchor), let mr = m[month], s.t[mr.lowerBound].digitCount == 2,
            let mo = s.number(mr.lowerBound), (1...12).contains(mo)
        else { return nil }
        guard let dr = m[day] else {
            return found(.date, Point(grain: .month, year: y, sub: mo), m)
        }
        guard let d = s.number(dr.lowerBound), d >= 1, d <= ISODate.daysIn(month: mo, year: y) else { return nil }
        return found(.date, Point(grain: .day, year: y, sub: mo, day: d), m)
    }

    static let slashed = TimeRule(
        "date.slashed", "A numeric date with slashes, month first as in US news unless the first number cannot be a month: \"9/16/2016\", \"16/9/2016\".",
        anchor: number,
        after: .seq(.word("/"), .cap(day, .t(joinedNumber)), .word("/"), .cap(year, .t(joinedNumber))),
        examples: [.fires("Polls closed on 9/13/2016 at noon.", "date 2016-09-13"), .fires("Signed 25/12/2015.", "date 2015-12-25")]
    ) { s, m in
        guard let a = s.number(m.anchor), let dr = m[day], let b = s.number(dr.lowerBound), let y = s.year(m[year]) else { return nil }
        let (mo, d) = a <= 12 ? (a, b) : (b, a)
        guard (1...12).contains(mo), d >= 1, d <= ISODate.daysIn(month: mo, year: y) else { return nil }
        return found(.date, Point(grain: .day, year: y, sub: mo, day: d), m)
    }

    static let monthDay = TimeRule(
        "date.month-day", "A month and a day, with or without a year: \"Sept. 16\", \"September 16, 2016\", \"May 4th\".",
        before: .opt(.cap(modifier, edge)), anchor: monthWord,
        after: .seq(.opt(.t(dot)), .cap(day, .t(dayNumber)), .opt(.t(suffix)), .opt(.seq(.opt(.t(comma)), .cap(year, .t(yearNumber))))),
        examples: [
            .fires("The poll was conducted Sept. 10.", "date 2016-09-10"), .fires("It opened on September 16, 2015.", "date 2015-09-16"),
            .fires("The deal will close Nov. 30.", "date 2016-11-30"), .fires("It was signed on Dec. 2 in Paris.", "date 2015-12-02"),
        ]
    ) { s, m in
        guard let dr = m[day], !isModalMay(s, m.anchor, m.start) else { return nil }
        return dayOfMonth(s, m, month: m.anchor, day: dr.lowerBound)
    }

    static let dayMonth = TimeRule(
        "date.day-month", "A day before the month, as British and most world news write it: \"16 September 2016\", \"the 4th of July\".",
        anchor: dayNumber,
        after: .seq(.opt(.t(suffix)), .opt(.word("of")), .cap(month, .t(monthWord)), .opt(.t(dot)), .opt(.seq(.opt(.t(comma)), .cap(year, .t(yearNumber))))),
        examples: [.fires("Voters went to the polls on 23 June 2016.", "date 2016-06-23"), .fires("It ends on 2 October.", "date 2016-10-02")]
    ) { s, m in
        guard let mr = m[month], !isModalMay(s, mr.lowerBound, mr.lowerBound), var f = dayOfMonth(s, m, month: mr.lowerBound, day: m.anchor)
        else { return nil }
        // The full stop after a month written whole ends the sentence, not an abbreviation: "… on 12 December."
        // ("12 Dec." keeps its dot.)
        let name = s.t[mr.lowerBound]
        if m.end == mr.upperBound + 1, s.bytes[s.t[m.end - 1].start] == UInt8(ascii: "."), name.count >= 5 || ["may", "june", "july"].contains(name.lower(in: s.bytes)) {
            f.end -= 1
        }
        return f
    }

    /// A day of a month written with the month at token `month` and the day at token `day`, in the year the
    /// match names or the article's.
    static func dayOfMonth(_ s: TimeScanner, _ m: RuleMatch, month: Int, day: Int) -> TimeFound? {
        guard let mo = s.month(month), let d = s.number(day) else { return nil }
        let y = s.year(m[year])
        guard d <= ISODate.daysIn(month: mo, year: y ?? 2000) else { return nil }
        return found(.date, s.point(month: mo, day: d, year: y, at: m.anchor), m)
    }

    static let monthYear = TimeRule(
        "date.month-year", "A month and a year: \"July 1997\", \"late November 2015\", \"March of 2014\".",
        before: .opt(.cap(modifier, edge)), anchor: monthWord,
        after: .seq(.opt(.t(dot)), .opt(.t(comma)), .opt(.word("of")), .cap(year, .t(yearNumber))),
        examples: [.fires("Prices peaked in July 1997.", "date 1997-07"), .fires("It began in late November 2015.", "date 2015-11")]
    ) { s, m in
        guard let mo = s.month(m.anchor), let y = s.year(m[year]) else { return nil }
        return found(.date, Point(grain: .month, year: y, sub: mo), m)
    }

    static let holiday = TimeRule(
        "date.holiday", "Holidays with a fixed rule: Christmas (Day, Eve), Thanksgiving (the fourth Thursday of November), New Year's Day and Eve.",
        anchor: TokenTest(all: [TC.holiday, .capitalized], name: "Holiday"),
        after: .opt(.oneOf(.seq(.word("year"), .word("’", "'"), .word("s"), .cap(head, .word("day", "eve"))), .cap(head, .word("day", "eve")))),
        examples: [.fires("Shops opened on Thanksgiving Day.", "date 2015-11-26"), .fires("Sales fell over Christmas.", "date 2015-12-25"),
                   .not("A New Year resolution.")]
    ) { s, m in
        let k = s.t[m.anchor].key
        let eve = m[head].map { s.isWord($0.lowerBound, TC.eve) } ?? false
        var mo = 12
        var d = 25
        if k == TC.new {
            guard m.end > m.anchor + 2, m[head] != nil else { return nil }
            (mo, d) = eve ? (12, 31) : (1, 1)
        } else if k == TC.christmas {
            d = eve ? 24 : 25
        } else {
            let y = s.article.map { Calendar.year(ofMonth: 11, day: 26, article: $0, tense: s.tense(at: m.anchor)) }
            guard let y else { return found(.date, Point(grain: .month, year: nil, sub: 11), m) }
            return found(.date, Point.dayNumber(Calendar.thanksgiving(y)), m)
        }
        return found(.date, s.point(month: mo, day: d, year: nil, at: m.anchor), m)
    }

    static let monthAlone = TimeRule(
        "date.month", "A month alone, in the year nearest the article (\"in November\"), or placed by \"last\", \"next\", \"this\", \"early\", \"mid-\": \"last April\", \"mid-November\", \"July last year\". \"May\" only after a preposition or such a word.",
        before: .opt(.cap(modifier, .oneOf(edge, .word("last", "this", "next", "coming", "past")))), anchor: monthWord,
        after: .seq(.opt(.t(dot)), .opt(.cap(year, .seq(.word("last", "this", "next"), .word("year"))))),
        examples: [
            .fires("Sales rose in November.", "date 2015-11"), .fires("The rate was cut last April.", "date 2016-04"),
            .fires("A vote is due in mid-October.", "date 2016-10"), .fires("The plant shut in July last year.", "date 2015-07"),
            .not("The minister may resign."), .not("Officials said May would go."),
        ]
    ) { s, m in
        guard let mo = s.month(m.anchor), !isModalMay(s, m.anchor, m.start) else { return nil }
        let abbreviated = s.t[m.anchor].count <= 4 && mo != 6 && mo != 7 && mo != 5
        let dotted = m.anchor + 1 < s.n && s.t[m.anchor + 1].key == TC.period && !s.t[m.anchor + 1].spaceBefore
        // Abbreviations ("Jan", "Mar") are names as often as months unless a dot follows.
        if abbreviated, !dotted { return nil }
        var end = m[year]?.upperBound ?? (abbreviated ? m.anchor + 2 : m.anchor + 1)
        if m[year] == nil, !abbreviated { end = m.anchor + 1 }
        // "April Ryan", "March Madness": a capitalised word after the month makes it a name.
        if end < s.n, s.t[end].isWord, s.t[end].isCapitalized, !s.has(end, TC.month), m[year] == nil { return nil }
        let mod = m[modifier].map { s.t[$0.lowerBound].key }
        guard let article = s.article else {
            return TimeFound(kind: .date, value: Point(grain: .month, year: nil, sub: mo).value, point: nil, start: m.start, end: end)
        }
        var y = Calendar.year(ofMonth: mo, article: article, tense: s.tense(at: m.anchor))
        if let yr = m[year] {
            let k = s.t[yr.lowerBound].key
            y = article.year + (k == TC.last ? -1 : k == TC.next ? 1 : 0)
        } else if mod == TC.last || mod == TC.past {
            y = mo < article.month - 1 ? article.year : article.year - 1
        } else if mod == TC.next || mod == WordKey.of("coming") {
            y = mo > article.month ? article.year : article.year + 1
        } else if mod == TC.this {
            y = article.year
        }
        let p = Point(grain: .month, year: y, sub: mo)
        return TimeFound(kind: .date, value: p.value, point: p, start: m.start, end: end)
    }

    /// "May" is a month only with a day, a year, or a preposition or modifier before it.
    static func isModalMay(_ s: TimeScanner, _ i: Int, _ start: Int) -> Bool {
        guard s.t[i].key == TC.may else { return false }
        if start < i { return false }
        if i + 1 < s.n, s.t[i + 1].isNumber { return false }
        return !s.has(i - 1, TC.datePreposition)
    }

    // MARK: Days

    static let weekday = TimeRule(
        "date.weekday", "A weekday: the last one on or before the article's date, or the next one when the nearest verb speaks of the future; \"last\", \"next\", \"this\" move it; a part of the day may follow (\"Friday morning\"), or the date itself (\"Saturday, April 25\").",
        before: .opt(.cap(modifier, .oneOf(.word("last", "next", "this", "coming", "past"), .t(edgeWord)))), anchor: weekdayWord,
        after: .oneOf(
            .seq(.opt(.t(comma)), .cap(month, .seq(.t(monthWord), .opt(.t(dot)), .t(dayNumber))), .opt(.seq(.opt(.t(comma)), .cap(year, .t(yearNumber))))),
            .opt(.cap(part, .t(partWord)))),
        examples: [
            .fires("The company said on Tuesday that sales rose.", "date 2016-09-13"), .fires("Talks will resume on Monday.", "date 2016-09-19"),
            .fires("Shares fell on Friday.", "date 2016-09-16"), .fires("Police said the fire began Wednesday night.", "time 2016-09-14TNI"),
            .fires("The vote is on Saturday, Oct. 1.", "date 2016-10-01"),
            .fires("Talks are set to resume Monday in Belfast.", "date 2016-09-19"),
            .fires("The team planned to leave on Thursday.", "date 2016-09-22"),
        ]
    ) { s, m in
        guard let wd = TC.weekdayKeys[s.t[m.anchor].key] else { return nil }
        if let mr = m[month], let mo = s.month(mr.lowerBound), let d = s.number(mr.upperBound - 1) {
            return found(.date, s.point(month: mo, day: d, year: s.year(m[year]), at: m.anchor), m)
        }
        let partValue = m[part].flatMap { TC.partKeys[s.t[$0.lowerBound].key] }
        guard var p = s.dayPoint(at: m.anchor, modifier: m[modifier].map { s.t[$0.lowerBound].key }) else {
            return TimeFound(kind: .date, value: "XXXX-WXX-\(wd)", point: nil, start: m.start, end: m.end)
        }
        p.part = partValue
        return found(partValue == nil ? .date : .time, p, m)
    }

    static let deicticDay = TimeRule(
        "date.deictic", "Today, yesterday, tomorrow, tonight: the article's date and its neighbours, with a part of the day when one follows.",
        before: .opt(.cap(modifier, .oneOf(.t(edgeWord), .seq(.word("mid"), .t(hyphen))))), anchor: .is(TC.deicticDay, "today|yesterday|tomorrow|tonight"),
        after: .opt(.cap(part, .t(partWord))),
        examples: [.fires("The index fell 2 percent yesterday.", "date 2016-09-15"), .fires("The vote is tomorrow.", "date 2016-09-17"),
                   .fires("He spoke late yesterday.", "date 2016-09-15")]
    ) { s, m in
        let k = s.t[m.anchor].key
        let partValue = m[part].flatMap { TC.partKeys[s.t[$0.lowerBound].key] }
        guard let today = s.article?.dayNumber else {
            return TimeFound(kind: .date, value: "XXXX-XX-XX", point: nil, start: m.start, end: m.end)
        }
        var shift = 0
        if k == TC.yesterday { shift = -1 }
        if k == TC.tomorrow { shift = 1 }
        var p = Point.dayNumber(today + shift)
        p.part = partValue
        return found(m[part] == nil ? .date : .time, p, m)
    }

    static let partOfDay = TimeRule(
        "time.part-of-day", "\"This morning\", \"last night\", \"this afternoon\": a part of the article's day (or the night before).",
        before: .cap(modifier, .seq(.opt(.t(edgeWord)), .word("this", "last"))), anchor: partWord,
        examples: [.fires("Markets opened lower this morning.", "time 2016-09-16TMO"), .fires("Fighting broke out last night.", "time 2016-09-15TNI")]
    ) { s, m in
        guard let p = TC.partKeys[s.t[m.anchor].key], let today = s.article?.dayNumber, let mr = m[modifier] else { return nil }
        let last = s.t[mr.upperBound - 1].key == TC.last
        var point = Point.dayNumber(today - (last ? 1 : 0))
        point.part = p
        return found(.time, point, m)
    }

    // MARK: Quarters, halves, fiscal years, years

    static let quarterYear = Pattern.opt(.oneOf(
        .seq(.word("of"), .opt(.word("fiscal")), .cap(year, .t(yearNumber))),
        .seq(.word("of"), .cap(month, .seq(.word("last", "this", "next"), .word("year")))),
        .cap(year, .t(yearNumber))))

    static let quarter = TimeRule(
        "date.quarter", "A quarter or half of a year: \"the third quarter\", \"third-quarter\", \"the first half of 2016\", \"the fourth quarter of last year\". Without a year, this year's if it has begun by the article's date, else last year's.",
        before: .opt(.seq(.opt(.word("the")), .opt(.cap(modifier, .word("same", "fiscal", "latest", "current", "last", "this", "next", "previous"))),
                          .opt(.cap(month, .t(yearNumber))))),
        anchor: .is(TC.ordinal, "first|second|third|fourth"), after: .seq(.opt(.t(hyphen)), .cap(head, .t(TokenTest.is(TC.quarterWord, "quarter|half"))), quarterYear),
        examples: [
            .fires("Profit rose in the third quarter.", "date 2016-Q3"), .fires("Third-quarter sales fell.", "date 2016-Q3"),
            .fires("Growth slowed in the first half of 2015.", "date 2015-H1"), .fires("Net fell from the 2014 second quarter.", "date 2014-Q2"), .fires("Earnings beat forecasts in the fourth quarter.", "date 2015-Q4"),
        ]
    ) { s, m in
        guard let hr = m[head], let q = TC.ordinalKeys[s.t[m.anchor].key] else { return nil }
        let isHalf = s.t[hr.lowerBound].key == TC.half
        let number = isHalf ? min(q, 2) : q
        guard isHalf ? number <= 2 : number <= 4 else { return nil }
        var y = s.year(m[year])
        if y == nil, let mr = m[month], mr.lowerBound < m.anchor { y = s.number(mr.lowerBound) }
        if y == nil, let mr = m[month], mr.lowerBound > m.anchor, let article = s.article {
            let k = s.t[mr.lowerBound].key
            y = article.year + (k == TC.last ? -1 : k == TC.next ? 1 : 0)
        }
        if y == nil, let article = s.article {
            y = isHalf ? (number == 2 && article.month < 7 && !(s.tense(at: m.anchor) == .future) ? article.year - 1 : article.year)
                : Calendar.year(ofQuarter: number, article: article, tense: s.tense(at: m.anchor))
        }
        return found(.date, Point(grain: isHalf ? .half : .quarter, year: y, sub: number), m)
    }

    static let quarterCode = TimeRule(
        "date.quarter-code", "Quarter and half codes: \"Q3\", \"Q3 2016\", \"H1\", \"1H\".",
        anchor: TokenTest(all: [.singleLetter, .capitalized], keys: [TC.q, TC.h], name: "Q|H"),
        after: .seq(.cap(count, .t(joinedNumber)), .opt(.seq(.opt(.word("’", "'")), .cap(year, .t(number))))),
        examples: [.fires("Revenue in Q2 2016 rose.", "date 2016-Q2"), .fires("Its H1 results were weak.", "date 2016-H1"),
                   .not("The Q7 is a car.")]
    ) { s, m in
        guard let cr = m[count], let q = s.number(cr.lowerBound) else { return nil }
        let isHalf = s.t[m.anchor].key == TC.h
        guard q >= 1, q <= (isHalf ? 2 : 4) else { return nil }
        var y = s.year(m[year])
        if y == nil, m[year] != nil { return nil }
        if y == nil, let article = s.article { y = isHalf ? article.year : Calendar.year(ofQuarter: q, article: article, tense: s.tense(at: m.anchor)) }
        return found(.date, Point(grain: isHalf ? .half : .quarter, year: y, sub: q), m)
    }

    static let fiscalYear = TimeRule(
        "date.fiscal-year", "A fiscal year: \"fiscal 1989\", \"fiscal year 2016\", \"FY2017\", \"FY17\".",
        anchor: .is(TC.fiscal, "fiscal|FY"), after: .seq(.opt(.word("year")), .cap(year, .t(number))),
        examples: [.fires("In fiscal 1989 it earned $5 million.", "date 1989"), .fires("The FY2017 budget passed.", "date 2017")]
    ) { s, m in
        guard let yr = m[year], let y = s.year(yr) else { return nil }
        if s.t[m.anchor].key == TC.fy, !s.t[yr.lowerBound].spaceBefore || s.t[yr.lowerBound].digitCount == 4 {
            return found(.date, Point(grain: .year, year: y), m)
        }
        guard s.t[yr.lowerBound].digitCount == 4 else { return nil }
        return found(.date, Point(grain: .year, year: y), m)
    }

    static let decade = TimeRule(
        "date.decade", "A decade: \"the 1990s\", \"the early 1980s\", \"the mid-1990s\", \"the '90s\".",
        before: .opt(.seq(.opt(.word("the")), .opt(.cap(modifier, edge)), .opt(.word("’", "'")))), anchor: number,
        after: .word("s"),
        examples: [.fires("Prices peaked in the early 1980s.", "date 198"), .fires("It was built in the '60s.", "date 196")]
    ) { s, m in
        let t = s.t[m.anchor]
        guard t.plainInteger, !s.t[m.anchor + 1].spaceBefore else { return nil }
        let v = Int(t.value)
        if t.digitCount == 4, v % 10 == 0, v >= 1000, v <= 2190 { return found(.date, Point(grain: .decade, year: v), m) }
        if t.digitCount == 2, v % 10 == 0, m.start < m.anchor { return found(.date, Point(grain: .decade, year: v < 30 ? 2000 + v : 1900 + v), m) }
        return nil
    }

    static let yearAlone = TimeRule(
        "date.year", "A year, where the quantity stage read one (not \"1,500 jobs\" or \"about 2000 people\"), with \"early\", \"mid-\", \"late\" or \"the end of\" before it.",
        before: .opt(.cap(modifier, edge)), anchor: yearNumber,
        examples: [.fires("Sales doubled in 2015.", "date 2015"), .fires("Construction starts in early 1991.", "date 1991"),
                   .not("The plant employs 2000 people."), .not("He scored 1500 points."), .not("She won the 800m and 1500m in Erfurt.")]
    ) { s, m in
        guard s.yearStarts.contains(s.t[m.anchor].start) || m.start < m.anchor || s.has(m.anchor - 1, TC.datePreposition) else { return nil }
        if m.anchor + 1 < s.n, s.has(m.anchor + 1, TC.unit) || s.t[m.anchor + 1].key == WordKey.of("%") { return nil }
        // A letter glued to it makes a measure or a name ("the 800m and 1000m", "1500cc"); "1990s" is a decade.
        if m.anchor + 1 < s.n, !s.t[m.anchor + 1].spaceBefore, s.t[m.anchor + 1].isWord, s.t[m.anchor + 1].key != WordKey.of("s") { return nil }
        // "the 1988 second quarter", "the 1989 period": the year belongs to the period after it.
        if m.anchor > 0, s.t[m.anchor - 1].key == TC.the, m.anchor + 1 < s.n,
            s.has(m.anchor + 1, TC.ordinal) || s.has(m.anchor + 1, TC.periodWord) || s.has(m.anchor + 1, TC.quarterWord)
        {
            return nil
        }
        return found(.date, Point(grain: .year, year: Int(s.t[m.anchor].value)), m)
    }

    // MARK: Relative dates

    static let shifted = TimeRule(
        "date.shifted", "A count of units before or after a date: \"two years ago\" counts from the article's date, \"a year earlier\" from the date the article named last (\"sales in the third quarter … a year earlier\" is last year's third quarter).",
        before: .opt(.cap(modifier, hedge)), anchor: countWord,
        after: .seq(.star(.t(countWord), max: 2), .opt(.t(hyphen)), .cap(unit, .t(unitWord)), .cap(head, .word("ago", "earlier", "later", "before", "after", "hence"))),
        examples: [
            .fires("The plant closed two years ago.", "date 2014"), .fires("Sales rose in July from a year earlier.", "date 2015-07"),
            .fires("He left six weeks ago.", "date 2016-W31"), .fires("It opened three days ago.", "date 2016-09-13"),
        ]
    ) { s, m in
        guard let ur = m[unit], let hr = m[head], let unit = TC.unitKeys[s.t[ur.lowerBound].key] else { return nil }
        // "seven a year ago": the count is "a"; the figure before it is not part of the time.
        if hasArticleInside(s, m.anchor, ur.lowerBound) { return nil }
        let (amount, ok) = s.count(m.anchor..<ur.lowerBound)
        guard ok else { return nil }
        let k = s.t[hr.lowerBound].key
        // "before" and "after" end the expression only when nothing follows ("a week before", not "a week
        // before the vote", where the time is the span "a week").
        if k == TC.before || k == TC.after, hr.upperBound < s.n, s.t[hr.upperBound].kind != .symbol { return nil }
        let sign = k == TC.later || k == TC.after || k == TC.hence ? 1 : -1
        guard let amount, amount == amount.rounded() else {
            return TimeFound(kind: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", point: nil, start: m.start, end: m.end)
        }
        // "a year ago" and "a year earlier" count from the period the article reports on ("sales in the third
        // quarter … from $3 million a year ago" is last year's third quarter); other counts from the article's
        // date ("two years ago"), or from the date named last ("three months later").
        let fromArticle = k == TC.ago || k == TC.hence
        let base: Point?
        if unit == .year, amount == 1, let period = s.anchorPeriod {
            base = period
        } else if !fromArticle, let reference = s.reference, unit == .year || unit == .month && reference.grain != .year {
            base = reference
        } else {
            base = s.current(unit)
        }
        guard let base else { return TimeFound(kind: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", point: nil, start: m.start, end: m.end) }
        return found(.date, base.shifted(by: sign * Int(amount), unit == .weekend ? .week : unit), m, keepReference: true)
    }

    static let yearAgo = TimeRule(
        "date.year-ago", "\"Year-ago\" and \"year-earlier\": the period the article named last, a year before (\"the year-ago quarter\"); the noun belongs to the expression only when it names a period.",
        before: .opt(.word("the")), anchor: .words("year"),
        after: .seq(.t(joinedHyphen), .cap(head, .word("ago", "earlier")), .opt(.cap(unit, .seq(.opt(.t(TokenTest.is(TC.ordinal, "ordinal"))), .word("quarter", "period", "month", "week", "year", "half"))))),
        examples: [.fires("Profit rose in the third quarter from the year-ago quarter.", "date 2015-Q3"),
                   .fires("Sales beat year-earlier levels.", "date 2015")]
    ) { s, m in
        var f: TimeFound
        if let reference = s.anchorPeriod {
            f = found(.date, reference.shifted(by: -1, .year), m, keepReference: true)
        } else if let current = s.current(.year) {
            f = found(.date, current.shifted(by: -1, .year), m, keepReference: true)
        } else {
            f = TimeFound(kind: .date, value: "PAST_REF", point: nil, start: m.start, end: m.end)
        }
        // "the year-earlier profit": the article belongs to the noun, not to the time.
        if m[unit] == nil {
            f.start = m.anchor
            f.end = (m[head]?.upperBound) ?? m.end
        }
        return f
    }

    static let relativeCount = TimeRule(
        "duration.relative", "A span counted back or forward from now: \"the past two months\", \"the next five years\", \"the first nine months\".",
        before: .opt(.word("the")), anchor: .words("past", "last", "next", "previous", "coming", "first", "final", "following", "latest"),
        after: .seq(.cap(count, .plus(.t(countWord), max: 3)), .opt(.t(hyphen)), .cap(unit, .t(unitWord))),
        examples: [.fires("Prices rose over the past two months.", "duration P2M"), .fires("Sales in the first nine months rose.", "duration P9M")]
    ) { s, m in
        guard let ur = m[unit], let unit = TC.unitKeys[s.t[ur.lowerBound].key] else { return nil }
        let (amount, ok) = s.count(m[count])
        guard ok else { return nil }
        return TimeFound(kind: .duration, value: s.duration(amount, unit), point: nil, start: m.start, end: m.end)
    }

    static let relativeUnit = TimeRule(
        "date.relative", "This, last or next year, month, week, quarter, weekend or season, with \"early\" or \"later\" before it: \"last year\", \"earlier this month\", \"early next year\", \"the past year\", \"last fall\". \"The past decade\" is a span.",
        before: .opt(.seq(.opt(.cap(modifier, .oneOf(.seq(.t(edgeWord), .opt(.word("in"))), edgeOf))), .opt(.word("the")))),
        anchor: .is(TC.relative, "last|this|next|past|previous|coming|current"),
        after: .seq(.opt(.word("fiscal")), .cap(unit, .oneOf(.t(unitWord), .t(TokenTest.is(TC.season, "season"))))),
        examples: [
            .fires("Sales rose 5 percent last year.", "date 2015"), .fires("The law passed earlier this month.", "date 2016-09"),
            .fires("The plant opens early next year.", "date 2017"), .fires("The index fell last week.", "date 2016-W36"),
            .fires("It was sold last fall.", "date 2015-FA"), .fires("Inflation slowed over the past decade.", "duration P10Y"),
        ]
    ) { s, m in
        guard let ur = m[unit] else { return nil }
        let k = s.t[m.anchor].key
        let wordKey = s.t[ur.lowerBound].key
        let back = k == TC.last || k == TC.past || k == TC.previous || k == TC.prior || k == TC.preceding
        let forward = k == TC.next || k == TC.coming || k == TC.following
        if let season = TC.seasonKeys[wordKey] {
            guard let article = s.article else { return found(.date, Point(grain: .season, year: nil, sub: season), m) }
            // "Last summer" is last year's, as news uses it; "next" the coming one.
            let currentSeason = article.month >= 12 || article.month < 3 ? 3 : (article.month - 3) / 3
            var y = article.year
            if back { y -= 1 }
            if forward, season <= currentSeason { y += 1 }
            return found(.date, Point(grain: .season, year: y, sub: season), m)
        }
        guard let unit = TC.unitKeys[wordKey] else { return nil }
        // A plural without a count: "coming months" is the future, "past years" the past.
        if s.bytes[s.t[ur.lowerBound].end - 1] == UInt8(ascii: "s"), unit != .weekend {
            guard back || forward else { return nil }
            return TimeFound(kind: .date, value: back ? "PAST_REF" : "FUTURE_REF", point: nil, start: m.start, end: m.end)
        }
        // "The following month", "the previous year": next to the date the article named last.
        if k == TC.following || k == TC.previous || k == TC.preceding, let reference = s.reference, unit == .year || unit == .month || unit == .quarter {
            var base = reference
            if unit == .year { base = Point(grain: .year, year: reference.year) }
            if unit == .month, reference.grain == .day { base = Point(grain: .month, year: reference.year, sub: reference.sub) }
            guard base.grain == Point.Grain(unit) else { return nil }
            return found(.date, base.shifted(by: k == TC.following ? 1 : -1, unit), m, keepReference: true)
        }
        if unit == .decade || unit == .century, back {
            return TimeFound(kind: .duration, value: unit == .decade ? "P10Y" : "P100Y", point: nil, start: m.start, end: m.end)
        }
        if k == TC.same { return s.reference.map { found(.date, $0, m, keepReference: true) } }
        // Without an article date the expression is still found, as a reference to the past, present or future.
        guard let current = s.current(unit) else {
            return TimeFound(kind: .date, value: back ? "PAST_REF" : forward ? "FUTURE_REF" : "PRESENT_REF", point: nil, start: m.start, end: m.end)
        }
        if unit == .day || unit == .hour || unit == .minute || unit == .second {
            return TimeFound(kind: .duration, value: s.duration(1, unit), point: nil, start: m.start, end: m.end)
        }
        let step = unit == .weekend ? Calendar.Unit.week : unit
        if unit == .quarter, back, !(s.tense(at: m.anchor) == .future), let article = s.article { return found(.date, Calendar.lastCompletedQuarter(article), m) }
        return found(.date, current.shifted(by: back ? -1 : forward ? 1 : 0, step), m)
    }

    static let thePeriod = TimeRule(
        "date.the-period", "\"The quarter\", \"the latest quarter\", \"the latest period\", \"the current year\", \"the year\": the period the article is reporting on (the one it named last, else the last quarter completed by its date); \"the year ended June 30\" and \"for the year\" are spans of a year.",
        before: .seq(.opt(.cap(part, edgeOf)), .word("the", "that"), .opt(.cap(modifier, .word("latest", "current", "same", "comparable", "recent", "fiscal", "full", "that"))),
                     .opt(.cap(year, .t(yearNumber)))),
        anchor: .words("quarter", "period", "year", "month", "week", "half", "weekend"),
        examples: [
            .fires("Sales in the third quarter rose; in the latest quarter profit fell.", "date 2016-Q3"),
            .fires("Net income in the year ended June 30 rose.", "duration P1Y"),
            .fires("The plan takes effect by the end of the year.", "date 2016"),
        ]
    ) { s, m in
        let k = s.t[m.anchor].key
        let mod = m[modifier].map { s.t[$0.lowerBound].key }
        let next = m.end < s.n ? s.t[m.end].key : 0
        let ended = next == WordKey.of("ended") || next == WordKey.of("ending") || next == WordKey.of("through")
        let before = m.start > 0 ? s.t[m.start - 1].key : 0
        let over = [WordKey.of("during"), WordKey.of("over"), WordKey.of("throughout")].contains(before) && m[part] == nil
        if let y = s.year(m[year]), k == TC.quarter || k == WordKey.of("period") {
            var p = s.anchorPeriod ?? Point(grain: .year, year: y)
            if p.grain == .day { p = Point(grain: .year, year: y) }
            p.year = y
            return found(.date, p, m, keepReference: true)
        }
        if k == TC.quarter {
            if mod == TC.current, let current = s.current(.quarter) { return found(.date, current, m) }
            if let reference = s.anchorPeriod, reference.grain == .quarter { return found(.date, reference, m, keepReference: true) }
            return s.article.map { found(.date, Calendar.lastCompletedQuarter($0), m) }
        }
        if k == WordKey.of("period") {
            guard mod != nil, let reference = s.anchorPeriod else { return nil }
            return found(.date, reference, m, keepReference: true)
        }
        guard let unit = TC.unitKeys[k] ?? (k == TC.half ? .half : nil) else { return nil }
        if unit == .weekend, let article = s.article, var week = s.current(.weekend) {
            // Early in the week "the weekend" is the one just past, unless the verb is in the future.
            if Calendar.weekday(article.dayNumber) <= 4, s.tense(at: m.anchor) != .future { week = week.shifted(by: -1, .week) }
            return found(.date, week, m)
        }
        if ended || over {
            return TimeFound(kind: .duration, value: unit == .half ? "P6M" : s.duration(1, unit), point: nil, start: m.start, end: m.end)
        }
        guard unit == .year || mod != nil || m[part] != nil else { return nil }
        if let reference = s.reference, reference.grain == .year || mod == TC.same, unit == .year { return found(.date, Point(grain: .year, year: reference.year), m, keepReference: true) }
        return s.current(unit).map { found(.date, $0, m) }
    }

    // MARK: Durations

    static let countedUnits = TimeRule(
        "duration.count", "A count of units: \"three years\", \"the nine months\", \"a two-year contract\", \"nearly an hour\", \"several weeks\". \"A year\" after a rate (\"3 percent a year\") is a set; elsewhere \"a\" needs a preposition (\"for a year\").",
        before: .opt(.cap(modifier, .oneOf(.word("the"), hedge))), anchor: countWord,
        after: .seq(.star(.t(countWord), max: 2), .opt(.word("of", "more")), .opt(.t(hyphen)), .cap(unit, .t(unitWord))),
        examples: [
            .fires("Talks have been cut off for nearly two years.", "duration P2Y"), .fires("He signed a two-year contract.", "duration P2Y"),
            .fires("It will not change for a couple of years.", "duration P2Y"), .fires("The base stays for at least 20 more years.", "duration P20Y"),
            .fires("The move came barely a month after the cuts.", "duration P1M"), .fires("It lasted a few days.", "duration PXD"),
            .fires("Sales in the nine months rose.", "duration P9M"), .fires("Prices rose 3 percent a year.", "set P1Y"),
            .fires("The strike lasted several weeks.", "duration PXW"), .not("It was a year of change."),
        ]
    ) { s, m in
        guard let ur = m[unit], let unit = TC.unitKeys[s.t[ur.lowerBound].key] else { return nil }
        let t = s.t[m.anchor]
        // "a two-year contract": the expression starts at the number.
        // ("a couple of years", "a few weeks" keep their article.)
        if t.key == WordKey.of("a") || t.key == WordKey.of("an"), s.has(m.anchor + 1, TC.count) || s.has(m.anchor + 1, .number),
            !(m.anchor + 1 < s.n && (s.t[m.anchor + 1].key == WordKey.of("couple") || s.t[m.anchor + 1].key == WordKey.of("few")))
        {
            return nil
        }
        if t.isNumber, !t.plainInteger && t.decimals == 0 { return nil }  // "1,500 hours" is a statistic, not a span
        if t.isNumber, t.value > 1000 { return nil }
        // Ages ("52 years old", "a 6-year-old") and fractions ("three-quarters of") are not spans of time.
        let after = ur.upperBound
        if after < s.n, s.t[after].key == WordKey.of("old") || s.t[after].key == WordKey.of("olds") { return nil }
        if after + 1 < s.n, s.has(after, TC.hyphen), s.t[after + 1].key == WordKey.of("old") { return nil }
        if m.anchor > 0, s.t[m.anchor - 1].key == WordKey.of("aged") { return nil }
        if unit == .quarter, ur.lowerBound > 0, s.has(ur.lowerBound - 1, TC.hyphen) || (after < s.n && s.t[after].key == TC.of) { return nil }
        if hasArticleInside(s, m.anchor, ur.lowerBound) { return nil }
        let (amount, ok) = s.count(m.anchor..<ur.lowerBound)
        guard ok else { return nil }
        let k = t.key
        if k == WordKey.of("a") || k == WordKey.of("an") || k == WordKey.of("per") {
            // "3 percent a year", "$5 a day": a rate, so a set.
            let before = m.anchor - 1
            if before >= 0, s.t[before].isNumber || isRateWord(s, before) {
                return TimeFound(kind: .set, value: s.duration(1, unit), point: nil, start: m.anchor, end: m.end)
            }
            guard m[modifier] != nil || s.has(before, TC.durationPreposition) || s.has(m.anchor + 1, TC.count) else { return nil }
        }
        // "only six months", "just a few minutes", "about five hours": the hedge that limits or rounds the count stays
        // outside the expression (TimeML's extent; "nearly two years" and "at least 20 more years" keep theirs).
        if let h = m[modifier], h.count == 1, TC.hedgesOutside.contains(s.t[h.lowerBound].key) {
            return TimeFound(kind: .duration, value: s.duration(amount, unit), point: nil, start: h.upperBound, end: m.end)
        }
        return TimeFound(kind: .duration, value: s.duration(amount, unit), point: nil, start: m.start, end: m.end)
    }

    static let halfUnits = TimeRule(
        "duration.and-a-half", "A count and a half: \"2 1/2 years\", \"two and a half years\", \"a minute and a half\" (the half in the next smaller unit: P2Y6M, PT1M30S).",
        anchor: countWord,
        after: .oneOf(
            .seq(.opt(.t(countWord)), .oneOf(.seq(.word("and"), .word("a"), .word("half")), .seq(.word("1"), .word("/"), .word("2"))), .opt(.t(hyphen)),
                 .cap(unit, .t(unitWord))),
            .seq(.cap(unit, .t(unitWord)), .word("and"), .word("a"), .word("half"))),
        examples: [
            .fires("The war lasted 2 1/2 years.", "duration P2Y6M"), .fires("The flight took five and a half hours.", "duration PT5H30M"),
            .fires("It took a minute and a half.", "duration PT1M30S"),
        ]
    ) { s, m in
        guard let ur = m[unit], let unit = TC.unitKeys[s.t[ur.lowerBound].key] else { return nil }
        let countEnd = ur.lowerBound > m.anchor + 1 && s.t[m.anchor + 1].isWord && TC.countKeys[s.t[m.anchor + 1].key] != nil ? m.anchor + 2 : m.anchor + 1
        let (amount, ok) = s.count(m.anchor..<countEnd)
        guard ok, let whole = amount, whole < 1000, let value = halfDuration(Int(whole), unit) else { return nil }
        return TimeFound(kind: .duration, value: value, point: nil, start: m.start, end: m.end)
    }

    /// A whole count and a half as a TIMEX3 duration, the half written in the next smaller unit.
    static func halfDuration(_ whole: Int, _ unit: Calendar.Unit) -> String? {
        switch unit {
        case .year: return "P\(whole)Y6M"
        case .month: return "P\(whole)M15D"
        case .day: return "P\(whole)DT12H"
        case .hour: return "PT\(whole)H30M"
        case .minute: return "PT\(whole)M30S"
        case .decade: return "P\(whole * 10 + 5)Y"
        default: return nil
        }
    }

    /// "a" or "an" after the first token of a count: the count starts there.
    static func hasArticleInside(_ s: TimeScanner, _ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to else { return false }
        for k in (from + 1)..<to where s.t[k].key == WordKey.of("a") || s.t[k].key == WordKey.of("an") { return true }
        return false
    }

    static func isRateWord(_ s: TimeScanner, _ i: Int) -> Bool {
        let k = s.t[i].key
        return [WordKey.of("percent"), WordKey.of("%"), WordKey.of("pct"), WordKey.of("times"), WordKey.of("dollars"), WordKey.of("million"),
                WordKey.of("billion"), WordKey.of("cents"), WordKey.of("points")].contains(k)
    }

    static let plural = TimeRule(
        "duration.plural", "A bare plural after \"for\", \"in\", \"within\" or \"over\": \"for years\", \"within weeks\" (an unknown count: PXY, PXW).",
        before: .word("for", "within", "over", "in", "after", "lasting"), anchor: .words("years", "months", "weeks", "days", "decades", "hours", "centuries", "minutes"),
        examples: [.fires("The two sides have fought for years.", "duration PXY"), .fires("A deal is expected within weeks.", "duration PXW")]
    ) { s, m in
        guard let unit = TC.unitKeys[s.t[m.anchor].key] else { return nil }
        return TimeFound(kind: .duration, value: s.duration(nil, unit), point: nil, start: m.anchor, end: m.end)
    }

    // MARK: References, sets and clock times

    static let reference = TimeRule(
        "date.reference", "Words for the present, the past and the future: \"now\", \"currently\", \"current\", \"recently\", \"recent years\", \"the past\", \"the future\", \"soon\", \"previously\", \"at present\".",
        before: .opt(.cap(modifier, .word("the", "at", "near"))), anchor: .is(TC.reference, "now|recently|…"),
        after: .opt(.cap(unit, .word("years", "months", "weeks", "days", "decades"))),
        examples: [
            .fires("The company now employs 500 people.", "date PRESENT_REF"), .fires("Prices have risen recently.", "date PAST_REF"),
            .fires("Imports grew in recent years.", "date PAST_REF"), .not("Past performance is no guide."), .not("He worked there once."),
            .not("It was the most recent poll."),
        ]
    ) { s, m in
        let k = s.t[m.anchor].key
        guard let value = TC.referenceKeys[k], k != TC.once else { return nil }
        let mod = m[modifier].map { s.t[$0.lowerBound].key }
        // "past", "future", "present" are references only as nouns: "the past", "the future", "at present".
        if k == TC.past || k == TC.futureWord || k == TC.present {
            guard mod != nil, m[unit] == nil else { return nil }
            if m.end < s.n, s.t[m.end].isWord, s.t[m.end].key != TC.and, !s.has(m.end, TC.datePreposition), s.t[m.end].key != WordKey.of("that") { return nil }
        } else if k == TC.recent {
            guard m[unit] != nil else { return nil }
        }
        let noun = k == TC.past || k == TC.futureWord || k == TC.present
        let start = noun ? m.start : m.anchor
        return TimeFound(kind: .date, value: value, point: nil, start: start, end: m.end)
    }

    static let frequency = TimeRule(
        "set.frequency", "How often: \"daily\", \"weekly\", \"annually\", \"quarterly\".",
        anchor: .is(TC.frequency, "daily|weekly|…"),
        examples: [.fires("The bank publishes the rate daily.", "set P1D"), .not("The annual report came out.")]
    ) { s, m in
        let k = s.t[m.anchor].key
        guard k != WordKey.of("annual"), let value = TC.frequencyKeys[k] else { return nil }
        // Before a noun "quarterly", "monthly", "yearly" are adjectives of reports and dividends, not times.
        if k != WordKey.of("daily"), k != WordKey.of("weekly"), k != WordKey.of("hourly"), m.end < s.n, s.t[m.end].isWord, !s.has(m.end, TC.datePreposition), s.t[m.end].key != TC.and,
            s.t[m.end].key != WordKey.of("or")
        {
            return nil
        }
        return TimeFound(kind: .set, value: value, point: nil, start: m.start, end: m.end)
    }

    static let every = TimeRule(
        "set.every", "\"Every year\", \"each month\", \"every two years\", \"every Monday\".",
        anchor: .words("every", "each"), after: .seq(.star(.t(countWord), max: 2), .cap(unit, .oneOf(.t(unitWord), .t(weekdayWord)))),
        examples: [.fires("The survey is run every year.", "set P1Y"), .fires("Elections are held every four years.", "set P4Y")]
    ) { s, m in
        guard let ur = m[unit] else { return nil }
        if let wd = TC.weekdayKeys[s.t[ur.lowerBound].key] {
            return TimeFound(kind: .set, value: "XXXX-WXX-\(wd)", point: nil, start: m.start, end: m.end)
        }
        guard let unit = TC.unitKeys[s.t[ur.lowerBound].key] else { return nil }
        let (amount, ok) = s.count(m.anchor + 1 < ur.lowerBound ? (m.anchor + 1)..<ur.lowerBound : nil)
        guard ok else { return nil }
        return TimeFound(kind: .set, value: s.duration(amount, unit), point: nil, start: m.start, end: m.end)
    }

    /// A day after a clock time: "10 p.m. Wednesday", "noon Thursday", "4 a.m. EDT Thursday".
    static let clockDay = Pattern.opt(.seq(.opt(.t(comma)), .cap(day, .oneOf(
        .t(weekdayWord), .t(TokenTest.is(TC.deicticDay, "today|yesterday|tomorrow")), .seq(.t(monthWord), .opt(.t(dot)), .t(dayNumber))))))

    static let clock = TimeRule(
        "time.clock", "A clock time, on the day named after it or the article's day: \"3 p.m.\", \"10:30 a.m.\", \"1030 GMT\", \"10 p.m. Wednesday\".",
        anchor: number,
        after: .seq(
            .opt(.seq(.word(":"), .cap(count, .t(joinedNumber)))),
            .cap(head, .oneOf(.t(TokenTest.is(TC.clock, "a.m|p.m")), .t(TokenTest.is(TC.timeZone, "GMT|EST")))),
            .opt(.t(dot)), .opt(.t(TokenTest.is(TC.timeZone, "GMT|EST"))), clockDay),
        examples: [.fires("Trading resumed at 3 p.m.", "time 2016-09-16T15:00"), .fires("The index was up at 1030 GMT.", "time 2016-09-16T10:30"),
                   .fires("Polls close at 8 p.m. Tuesday.", "time 2016-09-13T20:00")]
    ) { s, m in
        let t = s.t[m.anchor]
        guard t.plainInteger, let hr = m[head] else { return nil }
        var hour = Int(t.value)
        var minute = 0
        if let cr = m[count], let mm = s.number(cr.lowerBound) { minute = mm }
        if t.digitCount == 4 { (hour, minute) = (hour / 100, hour % 100) }
        let k = s.t[hr.lowerBound].key
        if k == TC.pm || k == TC.pmDotted, hour < 12 { hour += 12 }
        if (k == WordKey.of("am") || k == WordKey.of("a.m")), hour == 12 { hour = 0 }
        guard hour <= 24, minute < 60 else { return nil }
        // The dot of "p.m." is the abbreviation's, unless it ends the sentence.
        var end = m.end
        if m[day] == nil, end > hr.upperBound, s.t[end - 1].key == TC.period, end == s.n { end -= 1 }
        return clockTime(s, hour: hour, minute: minute, day: m[day], start: m.start, end: end)
    }

    static func clockTime(_ s: TimeScanner, hour: Int, minute: Int, day: Range<Int>?, start: Int, end: Int) -> TimeFound {
        let clockText = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        var named: Point?
        if let day {
            if let mo = s.month(day.lowerBound), let d = s.number(day.upperBound - 1) {
                named = s.point(month: mo, day: d, year: nil, at: day.lowerBound)
            } else {
                named = s.dayPoint(at: day.lowerBound)
            }
        }
        guard var p = named ?? s.today else {
            return TimeFound(kind: .time, value: "XXXX-XX-XXT" + clockText, point: nil, start: start, end: end)
        }
        p.part = clockText
        return TimeFound(kind: .time, value: p.value, point: nil, start: start, end: end)
    }

    static let noon = TimeRule(
        "time.noon", "Noon and midnight after \"at\", \"by\", \"until\" or \"before\", or before a day: \"noon Thursday\".",
        before: .opt(.cap(modifier, .word("at", "by", "until", "before", "after"))), anchor: .words("noon", "midnight"), after: clockDay,
        examples: [.fires("Polls close at midnight.", "time 2016-09-16T24:00"), .fires("The deadline is noon Thursday.", "time 2016-09-15T12:00")]
    ) { s, m in
        guard m[modifier] != nil || m[day] != nil else { return nil }
        let noon = s.t[m.anchor].key == TC.noon
        return clockTime(s, hour: noon ? 12 : 24, minute: 0, day: m[day], start: m.anchor, end: m.end)
    }

    // MARK: Building

    /// A found expression with its calendar point. `keepReference`: a relative expression does not become
    /// the reference itself (so "a year earlier" twice does not count back twice).
    static func found(_ kind: TimeExpression.Kind, _ point: Point, _ m: RuleMatch, keepReference: Bool = false) -> TimeFound {
        TimeFound(kind: kind, value: point.value, point: keepReference ? nil : point, start: m.start, end: m.end)
    }
}
