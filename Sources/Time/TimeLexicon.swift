import ClaimTraceCore
import TokenRules

/// The word classes of the time rules. Each row of `lexicon` gives words a class; a rule tests classes
/// and word keys, never strings. A new month spelling, unit or holiday is one word in one row.
enum TC {
    static let month = TokenClass.lexicon(0)
    static let weekday = TokenClass.lexicon(1)
    /// "year", "months", "week", "decade", "hours" …
    static let unit = TokenClass.lexicon(2)
    /// "last", "this", "next", "past", "previous", "coming" …: words that place a unit relative to now.
    static let relative = TokenClass.lexicon(3)
    /// "now", "currently", "recently", "soon" …: references to the present, past or future.
    static let reference = TokenClass.lexicon(4)
    /// "today", "yesterday", "tomorrow", "tonight".
    static let deicticDay = TokenClass.lexicon(5)
    static let partOfDay = TokenClass.lexicon(6)
    static let season = TokenClass.lexicon(7)
    /// "first" … "fourth", "final": the quarter or half a year.
    static let ordinal = TokenClass.lexicon(8)
    /// "one" … "ninety", "a", "an", "several", "few", "couple": a count of units.
    static let count = TokenClass.lexicon(9)
    /// "daily", "weekly", "annually" …
    static let frequency = TokenClass.lexicon(10)
    /// "every", "each", "per".
    static let every = TokenClass.lexicon(11)
    static let fiscal = TokenClass.lexicon(12)
    static let holiday = TokenClass.lexicon(14)
    /// "quarter", "half", "quarters".
    static let quarterWord = TokenClass.lexicon(16)
    /// Words that put a sentence in the future ("will", "shall", "'ll", "tomorrow" is a day, not this).
    static let future = TokenClass.lexicon(17)
    /// "a.m", "p.m", "am", "pm", "noon", "midnight", time zones: clock words.
    static let clock = TokenClass.lexicon(19)
    /// Prepositions after which a bare plural ("for years") or "a year" is a duration.
    static let durationPreposition = TokenClass.lexicon(20)
    static let hyphen = TokenClass.lexicon(22)
    /// Prepositions that introduce a bare month or year ("in May", "since 2019", "by March").
    static let datePreposition = TokenClass.lexicon(23)
    static let ordinalSuffix = TokenClass.lexicon(24)
    static let timeZone = TokenClass.lexicon(25)
    /// Irregular past-tense verbs of news ("rose", "fell", "said"): with "-ed" words they put a sentence in the past.
    static let pastVerb = TokenClass.lexicon(26)
    /// Reporting verbs: their tense is the report's, not the event's ("said the dividend is payable Dec. 15").
    static let reportingVerb = TokenClass.lexicon(28)
    /// "Q" and "H" of quarter and half codes ("Q3", "H1").
    static let periodCode = TokenClass.lexicon(29)
    /// "period": a span the article reports on ("the latest period").
    static let periodWord = TokenClass.lexicon(27)

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
    static let the = WordKey.of("the")
    static let of = WordKey.of("of")
    static let period = WordKey.of(".")
    static let may = WordKey.of("may")
    static let this = WordKey.of("this")
    static let last = WordKey.of("last")
    static let next = WordKey.of("next")
    static let past = WordKey.of("past")
    static let previous = WordKey.of("previous")
    static let prior = WordKey.of("prior")
    static let preceding = WordKey.of("preceding")
    static let coming = WordKey.of("coming")
    static let following = WordKey.of("following")
    static let current = WordKey.of("current")
    static let same = WordKey.of("same")
    static let ago = WordKey.of("ago")
    static let before = WordKey.of("before")
    static let later = WordKey.of("later")
    static let after = WordKey.of("after")
    static let hence = WordKey.of("hence")
    static let half = WordKey.of("half")
    static let quarter = WordKey.of("quarter")
    static let today = WordKey.of("today")
    static let yesterday = WordKey.of("yesterday")
    static let tomorrow = WordKey.of("tomorrow")
    static let tonight = WordKey.of("tonight")
    static let new = WordKey.of("new")
    static let eve = WordKey.of("eve")
    static let christmas = WordKey.of("christmas")
    static let q = WordKey.of("q")
    static let h = WordKey.of("h")
    static let fy = WordKey.of("fy")
    static let noon = WordKey.of("noon")
    static let pm = WordKey.of("pm")
    static let pmDotted = WordKey.of("p.m")
    static let and = WordKey.of("and")
    static let futureWord = WordKey.of("future")
    static let to = WordKey.of("to")
    static let since = WordKey.of("since")
    static let be = WordKey.of("be")
    static let being = WordKey.of("being")
    /// Words that look ahead before "to" ("set to resume Monday", "planned to leave on Thursday").
    static let arrangedWords = WordTable(["set", "due", "supposed", "planned", "scheduled", "slated", "poised", "expected", "likely", "planning", "preparing"])
    static let present = WordKey.of("present")
    static let once = WordKey.of("once")
    static let recent = WordKey.of("recent")

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
