import ClaimTraceCore
import TokenRules

/// The word classes of the time rules. Each row of `lexicon` gives words a class; a rule tests classes
/// and word keys, never strings. A new month spelling, unit or holiday is one word in one row.
enum TC {
    @inline(__always) static var month: TokenClass { .lexicon(0) }
    @inline(__always) static var weekday: TokenClass { .lexicon(1) }
    /// "year", "months", "week", "decade", "hours" …
    @inline(__always) static var unit: TokenClass { .lexicon(2) }
    /// "last", "this", "next", "past", "previous", "coming" …: words that place a unit relative to now.
    @inline(__always) static var relative: TokenClass { .lexicon(3) }
    /// "now", "currently", "recently", "soon" …: references to the present, past or future.
    @inline(__always) static var reference: TokenClass { .lexicon(4) }
    /// "today", "yesterday", "tomorrow", "tonight".
    @inline(__always) static var deicticDay: TokenClass { .lexicon(5) }
    @inline(__always) static var partOfDay: TokenClass { .lexicon(6) }
    @inline(__always) static var season: TokenClass { .lexicon(7) }
    /// "first" … "fourth", "final": the quarter or half a year.
    @inline(__always) static var ordinal: TokenClass { .lexicon(8) }
    /// "one" … "ninety", "a", "an", "several", "few", "couple": a count of units.
    @inline(__always) static var count: TokenClass { .lexicon(9) }
    /// "daily", "weekly", "annually" …
    @inline(__always) static var frequency: TokenClass { .lexicon(10) }
    /// "every", "each", "per".
    @inline(__always) static var every: TokenClass { .lexicon(11) }
    @inline(__always) static var fiscal: TokenClass { .lexicon(12) }
    @inline(__always) static var holiday: TokenClass { .lexicon(14) }
    /// "quarter", "half", "quarters".
    @inline(__always) static var quarterWord: TokenClass { .lexicon(16) }
    /// Words that put a sentence in the future ("will", "shall", "'ll", "tomorrow" is a day, not this).
    @inline(__always) static var future: TokenClass { .lexicon(17) }
    /// "a.m", "p.m", "am", "pm", "noon", "midnight", time zones: clock words.
    @inline(__always) static var clock: TokenClass { .lexicon(19) }
    /// Prepositions after which a bare plural ("for years") or "a year" is a duration.
    @inline(__always) static var durationPreposition: TokenClass { .lexicon(20) }
    @inline(__always) static var hyphen: TokenClass { .lexicon(22) }
    /// Prepositions that introduce a bare month or year ("in May", "since 2019", "by March").
    @inline(__always) static var datePreposition: TokenClass { .lexicon(23) }
    @inline(__always) static var ordinalSuffix: TokenClass { .lexicon(24) }
    @inline(__always) static var timeZone: TokenClass { .lexicon(25) }
    /// Irregular past-tense verbs of news ("rose", "fell", "said"): with "-ed" words they put a sentence in the past.
    @inline(__always) static var pastVerb: TokenClass { .lexicon(26) }
    /// Reporting verbs: their tense is the report's, not the event's ("said the dividend is payable Dec. 15").
    @inline(__always) static var reportingVerb: TokenClass { .lexicon(28) }
    /// "Q" and "H" of quarter and half codes ("Q3", "H1").
    @inline(__always) static var periodCode: TokenClass { .lexicon(29) }
    /// "period": a span the article reports on ("the latest period").
    @inline(__always) static var periodWord: TokenClass { .lexicon(27) }

    /// Anything a time expression may be found from: the rules anchor on these (and on numbers).
    static let anchors: TokenClass = [
        month, weekday, unit, relative, reference, deicticDay, partOfDay, season, ordinal, count, frequency, every,
        fiscal, holiday, quarterWord, periodWord, periodCode, clock, .number,
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let units: [String: Calendar.Unit] = [
        "year": .year, "years": .year, "month": .month, "months": .month, "week": .week, "weeks": .week,
        "day": .day, "days": .day, "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
        "hour": .hour, "hours": .hour, "minute": .minute, "minutes": .minute, "second": .second, "seconds": .second,
        "quarter": .quarter, "quarters": .quarter, "weekend": .weekend, "weekends": .weekend, "fortnight": .week,
        "yr": .year, "yrs": .year, "mths": .month, "hrs": .hour, "mins": .minute,
    ]
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        // Vague counts: the value has an X ("several years" is PXY).
        "several": -1, "few": -1, "couple": 2, "many": -1, "some": -1, "numerous": -1,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    ]
    /// What each reference word means: PRESENT_REF, PAST_REF or FUTURE_REF.
    static let references: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
        "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
        "future": "FUTURE_REF", "past": "PAST_REF", "present": "PRESENT_REF",
    ]
    static let frequencies: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "quarterly": "P1Q",
        "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "biannually": "P6M", "annual": "P1Y",
    ]
    static let seasons: [String: Int] = ["spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3]
    static let parts: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    static let lexicon = ClassLexicon([
        (month, Array(months.keys)),
        (weekday, Array(weekdays.keys)),
        (unit, Array(units.keys)),
        (relative, ["last", "this", "next", "past", "previous", "coming", "following", "current", "prior", "preceding", "same"]),
        (reference, Array(references.keys)),
        (deicticDay, ["today", "yesterday", "tomorrow", "tonight"]),
        (partOfDay, Array(parts.keys)),
        (season, Array(seasons.keys)),
        (ordinal, ["first", "second", "third", "fourth", "final"]),
        (count, Array(counts.keys)),
        (frequency, Array(frequencies.keys)),
        (every, ["every", "each", "per"]),
        (fiscal, ["fiscal", "financial", "fy"]),
        (holiday, ["christmas", "thanksgiving", "new"]),
        (quarterWord, ["quarter", "half", "quarters", "halves"]),
        (future, ["will", "shall", "ll", "wo", "going", "plans", "scheduled", "expects", "expected"]),
        (clock, ["a.m", "p.m", "am", "pm", "noon", "midnight"]),
        (durationPreposition, ["for", "in", "within", "over", "than", "about", "nearly", "almost", "around", "throughout", "during", "some", "past", "last"]),
        (hyphen, ["-", "–", "‑"]),
        (datePreposition, ["in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before", "after", "on", "as", "between", "and", "for"]),
        (ordinalSuffix, ["st", "nd", "rd", "th"]),
        (pastVerb, ["rose", "fell", "was", "were", "grew", "had", "did", "saw", "took", "came", "went", "made", "won", "lost",
                    "began", "left", "sold", "bought", "paid", "spent", "told", "led", "hit", "cut", "set", "put", "shut", "met", "held",
                    "gave", "got", "ran", "wrote", "spoke", "became", "broke", "brought", "fought", "sank", "slid", "dropped", "climbed"]),
        (periodWord, ["period"]),
        (periodCode, ["q", "h"]),
        (reportingVerb, ["reported", "announced", "added", "noted", "stated", "declared", "disclosed", "indicated", "estimated",
                         "predicted", "forecasted", "projected", "expected", "warned", "claimed", "argued", "insisted", "asserted"]),
        (timeZone, ["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "et"]),
    ])

    // Word keys the rules compare.
    @inline(__always) static var the: UInt64 { WordKey.of(static: "the") }
    /// Hedges that limit or round a count and stay outside its expression ("only six months", "about five hours").
    static let hedgesOutside = WordTable(["only", "just", "about"])
    /// A unit in the singular, as a modifier writes it ("a two-week trip", "the 30 day rate").
    static let singularUnits = WordTable(["year", "month", "week", "day", "decade", "century", "hour", "minute", "quarter"])
    /// Words after an expression that leave it the head of its phrase: prepositions, conjunctions, verbs
    /// ("the third quarter ended", "the two days of music", "the first quarter was").
    static let notModified = WordTable(["of", "in", "on", "at", "for", "to", "and", "or", "but", "ended", "ending", "that", "which",
                                        "was", "were", "is", "are", "has", "had", "have", "will", "would", "ago", "earlier", "later",
                                        "before", "after", "since", "from", "through", "as", "than", "when", "while", "with", "by"])
    @inline(__always) static var of: UInt64 { WordKey.of(static: "of") }
    @inline(__always) static var period: UInt64 { WordKey.of(static: ".") }
    @inline(__always) static var may: UInt64 { WordKey.of(static: "may") }
    @inline(__always) static var this: UInt64 { WordKey.of(static: "this") }
    @inline(__always) static var last: UInt64 { WordKey.of(static: "last") }
    @inline(__always) static var next: UInt64 { WordKey.of(static: "next") }
    @inline(__always) static var past: UInt64 { WordKey.of(static: "past") }
    @inline(__always) static var previous: UInt64 { WordKey.of(static: "previous") }
    @inline(__always) static var prior: UInt64 { WordKey.of(static: "prior") }
    @inline(__always) static var preceding: UInt64 { WordKey.of(static: "preceding") }
    @inline(__always) static var coming: UInt64 { WordKey.of(static: "coming") }
    @inline(__always) static var following: UInt64 { WordKey.of(static: "following") }
    @inline(__always) static var current: UInt64 { WordKey.of(static: "current") }
    @inline(__always) static var same: UInt64 { WordKey.of(static: "same") }
    @inline(__always) static var ago: UInt64 { WordKey.of(static: "ago") }
    @inline(__always) static var before: UInt64 { WordKey.of(static: "before") }
    @inline(__always) static var later: UInt64 { WordKey.of(static: "later") }
    @inline(__always) static var after: UInt64 { WordKey.of(static: "after") }
    @inline(__always) static var hence: UInt64 { WordKey.of(static: "hence") }
    @inline(__always) static var half: UInt64 { WordKey.of(static: "half") }
    @inline(__always) static var quarter: UInt64 { WordKey.of(static: "quarter") }
    @inline(__always) static var today: UInt64 { WordKey.of(static: "today") }
    @inline(__always) static var yesterday: UInt64 { WordKey.of(static: "yesterday") }
    @inline(__always) static var tomorrow: UInt64 { WordKey.of(static: "tomorrow") }
    @inline(__always) static var tonight: UInt64 { WordKey.of(static: "tonight") }
    @inline(__always) static var new: UInt64 { WordKey.of(static: "new") }
    @inline(__always) static var eve: UInt64 { WordKey.of(static: "eve") }
    @inline(__always) static var christmas: UInt64 { WordKey.of(static: "christmas") }
    @inline(__always) static var q: UInt64 { WordKey.of(static: "q") }
    @inline(__always) static var h: UInt64 { WordKey.of(static: "h") }
    @inline(__always) static var fy: UInt64 { WordKey.of(static: "fy") }
    @inline(__always) static var noon: UInt64 { WordKey.of(static: "noon") }
    @inline(__always) static var pm: UInt64 { WordKey.of(static: "pm") }
    @inline(__always) static var pmDotted: UInt64 { WordKey.of(static: "p.m") }
    @inline(__always) static var and: UInt64 { WordKey.of(static: "and") }
    @inline(__always) static var futureWord: UInt64 { WordKey.of(static: "future") }
    @inline(__always) static var to: UInt64 { WordKey.of(static: "to") }
    @inline(__always) static var since: UInt64 { WordKey.of(static: "since") }
    @inline(__always) static var be: UInt64 { WordKey.of(static: "be") }
    @inline(__always) static var being: UInt64 { WordKey.of(static: "being") }
    /// Words that look ahead before "to" ("set to resume Monday", "planned to leave on Thursday").
    static let arrangedWords = WordTable(["set", "due", "supposed", "planned", "scheduled", "slated", "poised", "expected", "likely", "planning", "preparing"])
    @inline(__always) static var present: UInt64 { WordKey.of(static: "present") }
    @inline(__always) static var once: UInt64 { WordKey.of(static: "once") }
    @inline(__always) static var recent: UInt64 { WordKey.of(static: "recent") }

    static let monthKeys = WordTable(months.map { ($0.key, $0.value) })
    static let weekdayKeys = WordTable(weekdays.map { ($0.key, $0.value) })
    static let unitKeys = WordTable(units.map { ($0.key, $0.value) })
    static let countKeys = WordTable(counts.map { ($0.key, $0.value) })
    static let ordinalKeys = WordTable(ordinals.map { ($0.key, $0.value) })
    static let referenceKeys = WordTable(references.map { ($0.key, $0.value) })
    static let frequencyKeys = WordTable(frequencies.map { ($0.key, $0.value) })
    static let seasonKeys = WordTable(seasons.map { ($0.key, $0.value) })
    static let partKeys = WordTable(parts.map { ($0.key, $0.value) })
}
