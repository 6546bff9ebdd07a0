import ClaimTraceCore
import TokenRules

/// Words the quantity matcher knows. Keys are lowercase.
enum Lexicon {
    static let units = KeyedLexicon<Double>([
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ])
    static let tens = KeyedLexicon<Double>([
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ])
    /// Multipliers written as words after a number ("1.2 million", "4 mln", "2.5bn").
    static let scales = KeyedLexicon<Double>([
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "tln": 1e12, "trln": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5,
        "crore": 1e7, "crores": 1e7, "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dzs": 12,
    ])
    /// Short scales that are only scales right after money ("$5m", "£3k").
    static let moneyScales = KeyedLexicon<Double>(["m": 1e6, "k": 1e3, "b": 1e9, "t": 1e12])

    /// Words beside a web status code ("HTTP 404", "a 200 status code", "a 412 response").
    static let statusCodeLabelsBefore = WordTable(["http", "status", "code", "error"])
    static let statusCodeLabelsAfter = WordTable(["status", "response", "error", "code", "codes", "ok", "created", "accepted", "conflict", "forbidden",
                                                  "unauthorized"])

    /// Labels of a bibliographic identifier, whose digits are no figure ("doi:", "ISBN", "PMID").
    static let referenceLabelList = ["doi", "bibcode", "arxiv", "isbn", "issn", "pmid", "pmc", "oclc", "jstor", "s2cid", "hdl", "lccn"]
    static let referenceLabels = WordTable(referenceLabelList)

    /// Pronouns of a person, whose "was 40" is an age.
    static let personPronouns: Set<String> = ["he", "she", "i", "you", "we", "they"]

    /// Words after a day range that end it ("April 21 to 24 in Peking"), where a noun would make the last day a count.
    static let afterDayRange = WordTable(["in", "at", "on", "and", "or", "when", "while", "with", "for", "after", "before"])

    /// Words of a sentence about a field event, where "17.30m" is metres.
    static let fieldEventWords = WordTable([
        "jump", "jumped", "jumps", "jumper", "landed", "cleared", "clearance", "threw", "throw", "throws", "thrower", "vault",
        "vaulted", "vaulter", "javelin", "discus", "hammer", "leap", "leapt", "leaped", "triple", "athletics", "putt",
    ])

    /// Nouns after a race distance ("the 1500m title", "the 100m final").
    static let raceWords = WordTable([
        "title", "race", "final", "finals", "heat", "heats", "hurdles", "record", "champion", "gold", "silver", "bronze", "relay",
        "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "sprint", "event", "semi-final", "semifinal", "run",
        "records", "titles", "events", "victory", "win", "races", "steeplechase",
    ])

    /// Words of a sentence about athletics races, besides the race words.
    static let athleticsWords = WordTable([
        "olympic", "olympics", "athletics", "athlete", "athletes", "championships", "indoor", "outdoor", "runner", "runners",
        "sprinter", "sprinters", "metres", "meters", "marathon", "ran", "clocked",
    ])

    /// Words before a race distance in such a sentence: "over 1500m", "in the 800m and 1500m", "at 400m".
    static let beforeRaceDistance = WordTable(["over", "in", "at", "and", "or", "the", "a", "s", "both", "of"])
    /// Function words of languages that group thousands by a space (French, German, Spanish, Italian, Dutch,
    /// Portuguese, Swedish…): "de", "les", "und", "los", "het", "och".
    static let spaceGroupingWords = WordTable(["de", "des", "du", "le", "les", "et", "une", "est", "der", "die", "das", "und", "ein", "eine",
                                               "ist", "el", "los", "las", "y", "del", "una", "es", "het", "een", "van", "il", "di", "che",
                                               "gli", "della", "os", "em", "och", "är", "på"])
    /// The sellers' and buyers' marks as price lists abbreviate them ("byr/slr").
    static let quoteSideAbbreviationList = ["slr", "slrs", "byr", "byrs", "reslrs"]
        /// A ship fixture's loading and discharge terms after a daily rate ("9,000 load 6,500 discharge", "4,000 shex",
    /// "1,500 fhex"): no sentence of prose puts them right after a bare number.
    static let fixtureTerms = ["load", "discharge", "shex", "shinc", "fhex", "fhinc", "sshex", "liner"]
    /// Words that join the figures of a sentence and no list of names and prices has: "at", "for", "below", "were".
    /// (Not "a", which ends a results line's "n.a.".)
    static let sentenceGlue = ["the", "at", "for", "to", "from", "of", "with", "and", "was", "were", "is", "are",
                                         "below", "above", "against", "compared", "than", "in", "on"]
    /// The labels that open the lines of a wire's results table ("Shr 57 cts vs one ct", "Avg shrs 45,810,000",
    /// "Revs 14.8 mln vs not given").
    static let resultsLabels = WordTable(["shr", "shrs", "net", "revs", "oper", "avg", "qtly", "div", "pretax", "qtr", "mths",
                                          "loss", "profit", "sales", "turnover", "dividend"])
    /// A wire price list's mark for an unchanged price ("MAY PRICE - UNC").
    static let unchangedMarks = WordTable(["unc", "unch", "unchd"])
    /// Words a number labels rather than counts after them ("band two", "phase 3", "category 4").
    static let labelWordList = ["band", "phase", "stage", "tier", "category", "round", "grade", "level", "class", "lap"]
    static let labelWords = WordTable(labelWordList)
    /// Words whose number labels a thing, so that numbers listed after it label too ("Series 50, 53 and 54",
    /// "Sections 4 and 5").
    static let listLabels = WordTable(labelWordList + ["bands", "phases", "stages", "tiers", "categories", "rounds", "grades", "levels",
                                                       "series", "section", "sections", "article", "articles", "chapter", "chapters",
                                                       "flight", "flights", "route", "routes", "gate", "gates", "platform", "platforms",
                                                       "district", "districts", "tranche", "tranches", "item", "items"])
    /// Words after "twice" that make it a factor of what follows ("twice as high", "twice the size", "twice its value").
    static let factorFollowers: Set<String> = ["as", "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "what", "more",
                                               "much", "many", "over", "those", "these", "times", "than"]
    /// Words after "N times" that say how often, not what is multiplied: "three times in a year", "24 times since
    /// March", "five times during the match".
    static let afterHowOften: Set<String> = ["in", "on", "at", "during", "since", "so", "already", "before", "until", "while",
                                             "when", "but", "per", "each", "every", "between", "against", "within",
                                             "today", "yesterday", "now", "yet", "ago", "overall"]
    /// Nouns of an amount after "twice this" or "twice that" ("twice that amount"; not "twice this season").
    static let amountNouns: Set<String> = ["amount", "level", "size", "figure", "number", "rate", "sum", "price", "total", "much", "many"]
    /// Words that may follow a knockout round named by a number ("the last four with", "the last 16 of").
    static let afterRound: Set<String> = ["with", "of", "in", "at", "for", "on", "and", "but", "after", "before", "against", "when",
                                          "where", "while", "as", "stage", "round", "draw", "tie", "ties", "clash"]
    /// A kick or a run in a match, after which a glued "m" is metres ("a 40m penalty", "a 30m drop goal").
    static let kickWords = WordTable(["penalty", "kick", "drop", "drop-goal", "free-kick", "freekick", "effort", "strike", "dash",
                                      "sprint", "pass", "range", "lob", "volley", "header", "try"])
    /// Words of a sentence about play in a match, where such a distance is metres.
    static let playWords = WordTable(["thumped", "kicked", "kicks", "slotted", "converted", "conversion", "scored", "scoring", "struck",
                                      "curled", "fired", "goal", "goals", "try", "tries", "rugby", "football", "match", "half-time",
                                      "touchline", "crossbar", "posts", "winger", "fly-half", "striker", "keeper", "goalkeeper", "lead",
                                      "advantage", "visitors", "hosts", "side"])
    /// Words of a sentence about software, where a number with a decimal point may be a release ("Red Hat 7.2").
    static let softwareWords = WordTable([
        "version", "versions", "release", "released", "releases", "update", "updated", "upgrade", "upgraded", "install", "installed",
        "download", "downloaded", "software", "kernel", "linux", "browser", "package", "packages", "rpm", "rpms", "bug", "bugs",
        "beta", "lts", "firmware", "console", "compiler", "library", "api", "sdk", "plugin", "patch", "backported", "distro",
        "macos", "ios", "android", "python", "ruby", "php", "gnome", "kde", "repository", "github", "features",
    ])
    /// Adverbs that end a clause before "and" ("70,000 now and boosting prices"), no modifier of a noun.
    static let clauseAdverbs = WordTable(["now", "then", "also", "still", "already", "again", "too", "here", "there", "today",
                                          "yesterday", "ago", "earlier", "later", "since", "each", "apiece", "respectively"])
    /// Verbs of covering a distance, before which a standard distance with a glued "m" is metres ("ran 100m").
    static let runVerbs = WordTable(["ran", "run", "runs", "running", "swam", "swim", "swims", "swimming", "sprinted", "sprint", "sprints"])

    /// Nouns of a kind named by its number, no count of anything: "the three-wheelers", "a two-seater", "a
    /// 12-pounder", "an 18-wheeler", "a three-pointer", "a two-step process". (A "60,000-seater" stadium counts its seats.)
    static let namedByNumber = WordTable([
        "wheeler", "wheelers", "seater", "seaters", "decker", "deckers", "pointer", "pointers", "hander", "handers",
        "pounder", "pounders", "liner", "liners", "footer", "footers", "step",
        // "two-way trade", "a three-way race": how many sides, no figure.
        "way",
    ])
    /// Words after "N-" that make no count ("2-nil", "30-something", "100-plus", "one-half", "a 10-mark coin",
    /// "a seven-figure sum").
    static let notCountModifiers = WordTable([
        "nil", "something", "somethings", "plus", "fold", "odd", "ish", "for", "and", "all", "old", "time", "way", "point", "year",
        "inch", "foot", "mile", "run", "love", "up", "down", "off", "out", "half", "third", "thirds", "quarter", "quarters", "based",
        "rated", "crop", "model", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mark", "pence",
        "penny", "cent", "dollar", "pound", "euro", "franc", "yen", "figure", "recurring",
    ])

    /// Names that tell whose francs a sentence counts.
    static let francCountries = WordTable([
        ("France", "FRF"), ("French", "FRF"), ("Paris", "FRF"), ("Belgium", "BEF"), ("Belgian", "BEF"), ("Brussels", "BEF"),
        ("Luxembourg", "LUF"), ("Switzerland", "CHF"), ("Swiss", "CHF"), ("Zurich", "CHF"), ("Geneva", "CHF"), ("Basle", "CHF"),
        ("Basel", "CHF"), ("Berne", "CHF"), ("Bern", "CHF"),
    ])

    /// Words of a weather report, where "the 70s" are degrees ("high" and "low" alone are prices' too).
    static let weatherWords = WordTable([
        "temperature", "temperatures", "degrees", "highs", "lows", "heat", "heatwave", "weather", "frost", "freezing",
        "thermometer", "mercury", "celsius", "fahrenheit", "forecasters", "chilly", "sunny", "skies", "overnight",
    ])
    /// Words of a sentence about temperatures, where a glued C or F is degrees.
    static let temperatureWords = WordTable([
        "temperature", "temperatures", "degrees", "high", "highs", "low", "lows", "heat", "heatwave", "hot", "hottest", "cold",
        "coldest", "warm", "warmest", "weather", "frost", "freezing", "thermometer", "thermometers", "mercury", "celsius",
        "fahrenheit", "forecast", "forecasters",
    ])

    static let fractions = KeyedLexicon<Double>([
        "half": 1.0 / 2, "halves": 1.0 / 2, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 1.0 / 4,
        "quarters": 1.0 / 4, "fourth": 1.0 / 4, "fourths": 1.0 / 4, "fifth": 1.0 / 5, "fifths": 1.0 / 5, "tenth": 1.0 / 10, "tenths": 1.0 / 10,
        "sixth": 1.0 / 6, "sixths": 1.0 / 6, "seventh": 1.0 / 7, "sevenths": 1.0 / 7, "eighth": 1.0 / 8, "eighths": 1.0 / 8,
        "ninth": 1.0 / 9, "ninths": 1.0 / 9, "hundredth": 1.0 / 100, "hundredths": 1.0 / 100,
        "thousandth": 1.0 / 1000, "thousandths": 1.0 / 1000, "millionth": 1e-6, "millionths": 1e-6, "billionth": 1e-9,
        "billionths": 1e-9, "trillionth": 1e-12, "trillionths": 1e-12,
        "eleventh": 1.0 / 11, "elevenths": 1.0 / 11, "twelfth": 1.0 / 12, "twelfths": 1.0 / 12, "thirteenth": 1.0 / 13,
        "thirteenths": 1.0 / 13, "fifteenth": 1.0 / 15, "fifteenths": 1.0 / 15, "sixteenth": 1.0 / 16, "sixteenths": 1.0 / 16,
        "twentieth": 1.0 / 20, "twentieths": 1.0 / 20, "thirtieth": 1.0 / 30, "thirtieths": 1.0 / 30, "fortieth": 1.0 / 40,
        "fortieths": 1.0 / 40, "fiftieth": 1.0 / 50, "fiftieths": 1.0 / 50, "sixtieth": 1.0 / 60, "sixtieths": 1.0 / 60,
        "fourteenth": 1.0 / 14, "fourteenths": 1.0 / 14, "seventeenth": 1.0 / 17, "seventeenths": 1.0 / 17, "eighteenth": 1.0 / 18,
        "eighteenths": 1.0 / 18, "nineteenth": 1.0 / 19, "nineteenths": 1.0 / 19, "seventieth": 1.0 / 70, "seventieths": 1.0 / 70,
        "eightieth": 1.0 / 80, "eightieths": 1.0 / 80, "ninetieth": 1.0 / 90, "ninetieths": 1.0 / 90,
    ])
    /// The ordinals that end a compound denominator ("twenty-first", "thirty fifths"), singular and plural.
    static let unitOrdinals = KeyedLexicon<Double>([
        "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4, "fifth": 5,
        "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    ])

    /// Plural fraction words that no other reading shares ("fifths", not "quarters" or "seconds").
    static let pluralFractions: Set<String> = [
        "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "hundredths", "thousandths", "millionths", "billionths", "trillionths",
        "elevenths", "twelfths", "thirteenths", "fourteenths", "fifteenths", "sixteenths", "seventeenths", "eighteenths", "nineteenths",
        "twentieths", "thirtieths", "fortieths", "fiftieths", "sixtieths", "seventieths", "eightieths", "ninetieths",
    ]
    /// Fraction words that "a" before them makes a value on their own ("a fifth", "a millionth"); "a third", "a
    /// quarter" and "a second" are ordinals and times.
    static let standaloneFractions = WordTable(pluralFractions.union([
        "half", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
    ]))

    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "twentieth", "hundredth", "thousandth",
    ]
    /// Words after which an ordinal word is an ordinal ("his first", "the third").
    static let ordinalDeterminers: Set<String> = [
        "the", "his", "her", "its", "their", "our", "my", "your", "s", "this", "that",
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        // German pages capitalise their months as English does.
        "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    ].merging(lowercaseMonths) { english, _ in english }
    /// French, Spanish and Italian months, which their pages write in lower case ("mardi 5 mai", "el 3 de junio");
    /// not "mars" (the planet) nor "mayo" (the sauce), which English copy writes too.
    static let lowercaseMonths: [String: Int] = [
        "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4,
        "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    ]
    /// The months a lower-case word may be ("5 mai"), where English capitalises its own ("may" is a verb).
    static let foreignMonths = WordTable(Array(lowercaseMonths.keys))

    static let hyphenKeys = WordTable(["-", "–", "‑"])
    static let quoteKeys = WordTable(["\"", "“", "”", "‘", "’", "'"])
    /// `qualifiers` with each phrase joined and its words as keys, in the same order.
    static let qualifierKeys: [(String, [UInt64], Bool)] = qualifiers.map { words, approximate in
        (words.joined(separator: " "), words.map(WordKey.of), approximate)
    }
    /// `qualifierKeys` by the key of their last word, each list in the same order: the word before a figure picks
    /// the few phrases that can end there.
    static let qualifiersByLastWord: WordTable<[(String, [UInt64], Bool)]> = {
        // Grouped by key (not by spelling), with one spelling of the word to build the table from.
        var lists: [UInt64: (word: String, phrases: [(String, [UInt64], Bool)])] = [:]
        for (phrase, keys, approximate) in qualifierKeys {
            guard let last = keys.last else { continue }
            lists[last, default: (String(phrase.split(separator: " ").last ?? ""), [])].phrases.append((phrase, keys, approximate))
        }
        return WordTable(lists.values.map { ($0.word, $0.phrases) })
    }()
    /// Currency written before the figure, from the unit table. "$" alone is USD (the news default).
    static let currencySymbols = Units.currencySymbols
    static let dollarPrefixes = Units.dollarPrefixes
    static let currencyCodes = Units.currencyCodes
    /// The keys of the codes and symbols, so that most tokens are ruled out without building a string: a word
    /// whose key is not here is no code in any case.
    static let currencyCodeKeys = WordTable(Array(Units.currencyCodes.keys))
    static let currencySymbolKeys = WordTable(Array(Units.currencySymbols.keys))
    static let currencyWords = Units.currencyWords
    static let measures = Units.measureWords
    static let gluedForms = Units.gluedForms
    static let durations = Units.durationWords
    /// Unicode vulgar fractions ("¾", "½").
    static let vulgarFractions: [String: Double] = [
        "¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6,
        "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]
    /// Percent words after a number ("percent", "per cent", "pct", "pc").
    static let percentWords: Set<String> = ["percent", "pct", "pc", "percentage", "per"]

    /// Hedges before a figure, longest first; the flag says whether it makes the figure approximate.
    static let qualifiers: [([String], Bool)] = [
        (["no", "more", "than"], false), (["no", "fewer", "than"], false), (["no", "less", "than"], false),
        (["as", "many", "as"], false), (["as", "much", "as"], false), (["as", "few", "as"], false),
        (["as", "little", "as"], false), (["an", "estimated"], true), (["more", "than"], false),
        (["less", "than"], false), (["fewer", "than"], false), (["greater", "than"], false),
        (["at", "least"], false), (["at", "most"], false), (["up", "to"], false), (["close", "to"], true),
        (["just", "over"], false), (["just", "under"], false), (["well", "over"], false),
        (["upwards", "of"], false), (["in", "excess", "of"], false), (["about"], true), (["around"], true),
        (["approximately"], true), (["approx"], true), (["roughly"], true), (["nearly"], true), (["almost"], true),
        (["some"], true), (["circa"], true), (["estimated"], true), (["over"], false), (["under"], false),
        (["just"], false), (["only"], false), (["above"], false), (["below"], false), (["exactly"], false),
        (["precisely"], false), (["larger", "than"], false), (["bigger", "than"], false), (["higher", "than"], false),
        (["smaller", "than"], false), (["lower", "than"], false), (["less", "or", "equal", "than"], false),
        (["more", "or", "equal", "than"], false), (["higher", "or", "equal", "than"], false), (["lower", "or", "equal", "than"], false),
        (["greater", "or", "equal", "than"], false),
    ]
    /// Qualifiers that bound a figure from below or above; one of each, joined by "and", make a range.
    static let lowerBounds: Set<String> = [
        "more than", "greater than", "larger than", "bigger than", "higher than", "above", "over", "at least", "no less than",
        "more or equal than", "higher or equal than", "greater or equal than",
    ]
    static let upperBounds: Set<String> = [
        "less than", "fewer than", "smaller than", "lower than", "below", "under", "at most", "up to", "no more than",
        "less or equal than", "lower or equal than",
    ]

    enum Bound { case lower, upper }
    /// Hedges that bound a figure from below or above; two of them joined make a range ("more than 10 and less than 40").
    static let bounds: [String: Bound] = [
        "more than": .lower, "greater than": .lower, "larger than": .lower, "bigger than": .lower, "higher than": .lower,
        "at least": .lower, "no less than": .lower, "no fewer than": .lower, "above": .lower, "over": .lower,
        "less than": .upper, "fewer than": .upper, "smaller than": .upper, "lower than": .upper, "at most": .upper,
        "no more than": .upper, "below": .upper, "under": .upper, "up to": .upper,
    ]

    /// Dimensions that make a glued "m" after them metres: "Max. outreach is 48m", "a height of 12m".
    static let dimensionNouns = WordTable(["height", "length", "width", "depth", "reach", "outreach", "span", "wingspan", "radius",
                                           "diameter", "altitude", "elevation", "breadth", "thickness", "beam", "draught", "draft"])
    /// Where a distance runs, after a glued "m" and before an article: "13m down the shaft", "50m from the scene".
    static let beforeDistanceFrom = WordTable(["barely", "just", "only", "some", "about", "around", "roughly", "nearly", "almost",
                                               "was", "were", "is", "are", "within", "stood", "lay", "landed"])
    static let placePrepositions = WordTable(["down", "up", "from", "into", "along", "off", "inside", "under", "beneath", "behind",
                                              "beyond", "towards", "toward", "past", "below", "above", "across", "through"])
    /// Words that make a bare "m" metres: "1.8m tall", "a 3m wall", "the 100m final", "4 m x 5 m".
    static let lengthWords: Set<String> = [
        "wall", "final", "race", "sprint", "tall", "high", "deep", "long", "wide", "hurdles", "freestyle", "metres", "away",
        "above", "below", "thick", "across", "x",
    ]
    /// Determiners before a year that names a thing ("the 2000 Olympics", "its 2015 results").
    static let yearDeterminers: Set<String> = [
        "the", "that", "this", "its", "their", "his", "her", "our", "a", "an", "whose",
        // "year 1987 includes a charge", "fiscal 1987 results", "since 1990 prices have doubled".
        "year", "fiscal", "calendar", "season", "since", "during", "until",
    ]

    /// Words that are never the counted noun after a number.
    static let notNouns: Set<String> = [
        "of", "to", "in", "on", "at", "from", "and", "or", "but", "the", "a", "an", "for", "with", "by", "as", "than",
        "per", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
        "should", "may", "might", "said", "says", "more", "less", "fewer", "that", "which", "who", "this", "these",
        "those", "it", "its", "percent", "pct", "cent", "times", "against", "versus", "vs", "compared", "after",
        "before", "since", "until", "between", "among", "amid", "amidst", "into", "over", "under", "up", "down", "out", "off",
        "last", "next", "each", "a.m", "p.m", "am", "pm", "also", "not", "no", "all", "both", "only", "just",
        "while", "when", "where", "if", "so", "yet", "this", "there", "their", "his", "her", "our", "what",
        "according", "other", "others", "ones", "previously", "earlier", "later", "ago", "respectively",
        "apiece", "each", "people's", "plus", "minus", "equals", "towards", "toward", "you", "he", "she", "they", "we", "i", "them", "us", "me", "him",
        // Verbs in -s that a plural test would take for a noun ("CentOS 7 seems unaffected").
        "seems", "appears", "means", "does", "goes", "gets", "becomes", "tends", "happens",
        // Verbs in the past that never stand before a noun as its modifier ("the two held talks", "the 12 met on
        // Monday").
        "held", "met", "took", "gave", "told", "went", "came", "saw", "did", "began",
        // Adverbs in -s: "401 people before and 601 afterwards".
        "afterwards", "backwards", "forwards", "always", "perhaps", "sometimes", "besides", "nevertheless", "unless",
        "whereas", "indoors", "outdoors", "upstairs", "downstairs", "nowadays", "sideways", "thus", "themselves", "ourselves",
    ]

    /// Words of a sentence about video or screens, where "1080p" is a resolution.
    static let videoWords = WordTable(["resolution", "resolutions", "video", "videos", "hd", "hdr", "fps", "frame", "frames", "screen",
                                       "screens", "display", "displays", "pixels", "stream", "streaming", "playstation", "xbox", "console",
                                       "tv", "monitor", "youtube", "camera", "4k", "upscaled", "native", "graphics", "gaming", "games",
                                       "rendering", "renders", "footage"])

    /// Words that end a street's name after its number ("10 Downing Street", "725 Fifth Avenue").
    static let streetWords = WordTable(["street", "st", "avenue", "ave", "road", "rd", "lane", "boulevard", "blvd", "drive", "place",
                                        "square", "terrace", "parkway", "plaza",
                                        // Their abbreviations in listings: "4225 Southwinds Pl.", "9611 Trinity Church Rd.".
                                        "pl", "ln", "dr", "ct", "pkwy", "hwy", "pike", "cir"])

    /// Verbs and adverbs after which a figure is the size of a change ("rose 5 pct", "up 3%").
    static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "up", "down",
        "increased", "increase", "increases", "increasing", "decreased", "decrease", "decreases", "declined",
        "decline", "declines", "declining", "dropped", "drop", "drops", "slipped", "slid", "surged", "surges",
        "jumped", "jumps", "jump", "climbed", "climbs", "gained", "gains", "gain", "grew", "grow", "grows",
        "shrank", "shrunk", "shrinks", "lost", "loses", "losing", "added", "adds", "adding", "gaining", "shed", "sheds", "shedding", "cut", "cuts", "reduced", "raised",
        "lowered", "slumped", "plunged", "soared", "tumbled", "eased", "edged", "advanced", "improved", "widened",
        "narrowed", "contracted", "expanded", "boosted", "trimmed", "slashed", "hiked", "lifted", "sank", "dipped",
        "rebounded", "recovered", "accelerated", "slowed", "higher", "lower", "doubled", "tripled", "quadrupled", "halved",
    ]
    /// Nouns for a change, before "of" ("a rise of 1.1 percent").
    static let changeNouns: Set<String> = [
        "rise", "increase", "decline", "drop", "fall", "gain", "growth", "cut", "jump", "reduction", "decrease",
        "hike", "surge", "slump", "contraction", "expansion", "climb", "loss", "losses", "dip", "rebound",
    ]
    /// Words that are a change by a factor.
    static let multipliers: [String: Double] = [
        "doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "trebled": 3, "tripling": 3, "triples": 3,
        "quadrupled": 4, "halved": 0.5, "halving": 0.5, "halves": 0.5,
    ]
    /// Vague plurals: "tens of", "hundreds of", "thousands of" …, as (low, high) orders of magnitude.
    static let vagueCounts: [String: (Double, Double)] = [
        "dozens": (24, 100), "tens": (10, 100), "scores": (40, 100), "hundreds": (100, 1000),
        "thousands": (1000, 10000), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    ]

    static let monthKeys = WordTable(months.map { ($0.key, $0.value) })
    static let notNounKeys = WordTable(notNouns)

    /// Every word a figure can start with; anything else is skipped at once.
    static let starterWords: [String] = {
        var words = Set(units.keys).union(tens.keys).union(months.keys).union(ordinals).union(fractions.keys)
            .union(vagueCounts.keys).union(multipliers.keys).union(dollarPrefixes.keys).union(scales.keys)
        words.formUnion(["a", "half", "twice", "thrice", "last", "next", "this", "early", "late", "mid", "since", "until", "in", "by"])
        words.formUnion(currencyCodes.keys.map { $0.lowercased() })
        words.formUnion(["no", "number", "minus", "negative", "nought", "naught"])
        words.formUnion(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred"].map { $0 + "fold" })
        return Array(words)
    }()
    static let starterSymbols: [String] = Array(currencySymbols.keys) + ["-", "−", "+", "(", ".", "#"] + Array(vulgarFractions.keys)

    /// Abbreviations of wire tables and price lists, which are not prose ("Shr 34 cts vs 39 cts").
    static let tableWords = [
        "vs", "cts", "mln", "bln", "dlrs", "dlr", "pct", "shr", "shrs", "net", "revs", "avg", "qtr", "mths", "oper", "div",
        "prior", "loss", "profit", "sales", "nil", "n/a", "unch", "off", "up", "down", "high", "low", "close", "open", "bid",
        "ask", "asked", "last", "chg", "vol", "est", "bpd", "stg", "yen", "and", "the", "from", "for", "per", "pay", "record",
        // Wire price lists: unquoted, nominal, previous closing, high-low.
        "unq", "nom", "prev", "clsg", "hilo", "lbs", "unquoted", "unav", "slrs", "byrs", "paid", "dn",
        // Months as wire price lists abbreviate them, lower case ("nil jan/mch", "apl/jne").
        "jan", "feb", "mch", "apl", "jne", "jly", "aug", "sep", "sept", "oct", "nov",
    ]

    /// Words that make a traffic unit of a measure: "revenue passenger miles", "available seat miles".
    static let trafficWords = WordTable(["passenger", "seat", "revenue", "vehicle", "car", "train", "freight", "ton"])

    /// The side a price list's line closes on: sellers, buyers, paid.
    static let quoteSideWords = WordTable(quoteSideAbbreviationList + ["sellers", "resellers", "buyers", "paid", "paids"])

    /// Currency codes that are no English word, read before a number in lower case too ("rmb 10").
    static let lowercaseCodes = WordTable(["usd", "eur", "gbp", "rmb", "cny", "jpy", "aud", "cad", "chf", "hkd", "sgd", "nzd", "inr"])

    /// Words before "from" that make "from X to Y" a range, not a change from one level to another ("ranges from
    /// 15 to 19 dlrs", "anything from 1.8 to 5V", "spanning from 3 to 4 metres").
    /// Who forecasts a figure, and the verbs they forecast it with: "the 180,000 economists had expected" counts no
    /// economists.
    static let forecasters = WordTable(["economists", "analysts", "forecasters", "strategists", "experts", "traders", "dealers",
                                        "markets", "pollsters", "observers"])
    static let expectationVerbs = WordTable(["expected", "forecast", "forecasted", "predicted", "estimated", "anticipated",
                                             "projected", "expect", "forecasting", "expecting", "predicting", "penciled", "pencilled"])
    /// Verbs in -s that report, never the head of a compound after a plural ("1,313 people suggests").
    static let reportingVerbs = WordTable(["suggests", "shows", "says", "finds", "indicates", "reveals", "claims", "argues", "warns",
                                           "notes", "adds", "believes", "thinks", "concludes", "confirms", "predicts"])
    /// Words that name a long run of digits as a code: "the helpline number is 18665355654", "account 4005230809".
    static let codeLabels: Set<String> = ["number", "no", "phone", "helpline", "hotline", "tag", "etag", "id", "account", "code",
                                          "reference", "ref", "isbn", "serial", "tracking", "order", "invoice", "timestamp"]
    /// What a tally counts on both sides of "to": "40 seats to 12", "300 votes to 250", "12 points to 10".
    static let tallyUnits: Set<String> = ["votes", "seats", "points", "goals", "runs", "wickets", "delegates", "games", "sets",
                                          "frames", "matches", "wins", "medals", "electoral votes", "tries"]
    /// People counted in a toll, and the words that tell the toll's second count: "seven people have been killed and
    /// more than 50 taken to hospital".
    static let tollUnits: Set<String> = ["people", "persons", "civilians", "soldiers", "passengers", "children", "workers", "students",
                                         "migrants", "officers", "policemen", "troops", "residents", "villagers", "miners", "pilgrims"]
    /// Words after a toll's adjective that end the phrase: "13 dead and 40 injured", "two missing after the storm".
    static let afterToll = WordTable(["and", "or", "in", "after", "as", "on", "at", "from", "so", "since", "but", "including", "with",
                                      "when", "while", "following", "during", "by", "among", "overnight", "yesterday", "today"])
    static let tollPasts = WordTable(["killed", "died", "drowned", "dead", "perished"])
    static let tollVerbs = WordTable(["were", "are", "have", "had", "was", "taken", "injured", "wounded", "hurt", "missing", "arrested",
                                      "killed", "died", "dead", "rescued", "hospitalised", "hospitalized", "detained", "evacuated"])
    /// What a rank names rather than counts: "the top 40 album charts", "a top 10 list", "the top 100 ranking".
    static let rankedLists = WordTable(["chart", "charts", "list", "lists", "ranking", "rankings", "table", "tables", "spot", "spots"])
    static let rangeOpeners = WordTable(["ranges", "range", "ranged", "ranging", "vary", "varies", "varied", "anywhere", "anything",
                                         "everything", "somewhere", "span", "spans", "spanning", "spanned", "stretching", "stretches"])

    /// Months as a wire price list writes them, in any case ("Apl 330", "May/Jly 67", "Jne/Jly 490").
    static let tableMonths = ["jan", "feb", "mch", "mar", "apl", "apr", "may", "jne", "jun", "jly", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]

    /// Words that may stand between two figures of one list ("… in December and 106.5 mln a year earlier").
    static let listWords = WordTable([
        "in", "on", "at", "for", "and", "or", "vs", "versus", "compared", "with", "against", "a", "the", "last", "previous",
        "earlier", "year", "month", "week", "quarter", "ago", "before", "prior", "from", "to", "while", "but",
        "around", "about", "nearly", "almost", "some", "roughly", "approximately", "an", "initial", "original", "revised",
    ])

    /// Words of mood or thought after which "about" means "concerning" ("optimistic about 2005"), not a hedge.
    static let concerningAbout = WordTable([
        "optimistic", "pessimistic", "upbeat", "bullish", "bearish", "cautious", "confident", "hopeful", "worried", "concerned",
        "nervous", "excited", "anxious", "uncertain", "think", "thinking", "talk", "talking", "care", "worry", "worries", "fears",
    ])

    /// Plural nouns without a final "s".
    /// What "one" counts as a statistic: people, casualties, cases, votes and seats, things produced or sold.
    static let countedSingulars = WordTable([
        "person", "man", "woman", "child", "boy", "girl", "baby", "soldier", "officer", "policeman", "worker", "civilian",
        "passenger", "student", "patient", "victim", "resident", "member", "customer", "employee", "pilot", "driver", "journalist",
        "death", "case", "casualty", "fatality", "injury", "infection", "survivor", "suspect", "arrest", "prisoner", "hostage",
        "refugee", "migrant", "voter", "vote", "seat", "goal", "point", "share", "unit", "tonne", "ton", "barrel", "ounce", "ship",
        "vessel", "plane", "car", "vehicle", "house", "home", "school", "hospital", "company", "bank", "firm", "job", "incident",
        "attack", "strike", "delegate", "senator", "lawmaker", "candidate", "respondent", "adult", "american", "dollar",
    ])

    /// Words before a duration that closes its clause and measures time ("for one day", "lasted one day"), unlike
    /// "some day" ("we will go there one day").
    static let beforeDuration = WordTable([
        "for", "in", "within", "over", "after", "than", "under", "about", "around", "nearly", "almost", "just", "only", "least",
        "single", "even", "lasted", "last", "lasts", "took", "take", "takes", "spent", "spend", "waited", "stayed", "extra", "another",
    ])

    /// What a display resolution ("4K", "8K") names.
    /// Nouns after a hyphenated count that make it a kind's name, nothing counted: "the two-state solution", "a two-party
    /// system", "a two-horse race", "a 50-state strategy".
    static let kindsNamedByNumber = WordTable(["solution", "policy", "system", "race", "approach", "strategy", "formula", "model"])
    static let resolutionNouns = WordTable([
        "tv", "tvs", "television", "televisions", "blu", "resolution", "video", "videos", "display", "displays", "screen",
        "screens", "monitor", "monitors", "hdr", "uhd", "ultra", "streaming", "content", "camera", "cameras", "footage", "projector",
        // "a brand new 4K restoration print": a film scanned at that resolution.
        "restoration", "remaster", "scan", "transfer",
    ])

    /// Nouns after "one" and before "of" that count nothing ("one hell of a career", "one kind of").
    static let notCountedOf = WordTable(["hell", "heck", "kind", "sort", "bit", "way", "lot", "thing", "part", "piece", "half", "form", "type",
                                         "example", "version", "aspect", "feature", "reason", "source"])

    /// Verbs of wire notes after a year ("NOTE: 1985 includes a loss of …"): the year is their subject, not a count.
    static let yearVerbs = WordTable(["includes", "excludes", "reflects", "compares", "restates"])

    /// Verbs of being, after which "X to Y" is a range, not a change.
    static let copulas = WordTable(["be", "is", "are", "was", "were", "been", "being"])

    /// Verbs of estimating before "at": "estimated at 5 to 7 mln dlrs".
    /// Nouns of an estimate: after "a forecast of" two figures joined by "to" are its ends ("a forecast of 3% to 3.5%").
    static let estimateNouns = WordTable([
        "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "prediction", "predictions", "expectation",
        "expectations", "target", "targets", "guidance",
    ])

    static let estimateVerbs = WordTable([
        "estimated", "put", "seen", "forecast", "projected", "priced", "valued", "pegged", "estimate", "estimates", "forecasts",
    ])

    /// Nouns a year names rather than counts ("2012 figures", "the 2016 elections").
    static let yearNouns = WordTable([
        "figures", "results", "levels", "prices", "elections", "polls", "budgets", "estimates", "numbers", "statistics", "sales",
        "earnings", "accounts", "rates", "standards", "models", "games", "olympics", "campaigns", "forecasts", "projections",
        "highs", "lows", "averages", "totals", "returns", "filings", "primaries", "midterms", "rankings", "awards",
        "revs", "revenues", "profits", "losses", "dividends",
    ])

    static let irregularPlurals: Set<String> = [
        "people", "children", "men", "women", "police", "staff", "cattle", "personnel", "sheep", "fish", "aircraft",
        "deer", "troops", "livestock", "poultry", "swine", "geese", "mice", "teeth", "crew", "data", "head",
    ]

    /// Capitalised words that precede a figure without naming it ("About 40 …", "In 2019 …").
    /// Groups of people whose age a bound gives: "children under 18", "people over 65", "players are over 18".
    static let ageGroups = WordTable(["children", "kids", "people", "adults", "persons", "anyone", "everyone", "teenagers",
                                      "youngsters", "women", "men", "girls", "boys", "players", "voters", "respondents", "patients",
                                      "users", "drivers", "residents", "citizens", "pensioners", "smokers", "those", "individuals",
                                      "americans", "britons", "child", "person", "anybody", "nobody", "customers", "viewers"])

    /// Words before a change verb that make it a forecast, whose "X to Y" is a range ("should rise 10 to 15 pct").
    static let forecastWords = WordTable(["should", "could", "would", "will", "may", "might", "can", "to"])

    /// Determiners between a part and its whole: "39 of its 54 seats", "12 of their 20 games", "nine of their last 14
    /// matches".
    static let ofDeterminers = WordTable(["its", "their", "his", "her", "our", "your", "my", "these", "those", "all", "last", "first",
                                          "next", "past", "previous", "remaining"])

    /// People a bare age may follow between commas: "The England international, 24, was hurt".
    static let personNouns = WordTable(["international", "striker", "midfielder", "defender", "goalkeeper", "player", "forward",
                                        "winger", "captain", "woman", "man", "boy", "girl", "mother", "father", "son", "daughter",
                                        "wife", "husband", "officer", "driver", "student", "teenager", "victim", "suspect", "singer",
                                        "actor", "actress", "star", "rider", "runner", "swimmer", "boxer", "golfer", "veteran",
                                        "resident", "worker", "nurse", "doctor", "teacher", "pensioner", "mum", "dad", "grandmother",
                                        "grandfather", "brother", "sister", "chairman", "chief", "rookie",
                                        // People a news story describes by their trade ("The comedian, 47, tweeted …").
                                        "comedian", "rapper", "musician", "writer", "author", "director", "producer", "presenter",
                                        "host", "model", "designer", "artist", "politician", "senator", "lawmaker", "businessman",
                                        "businesswoman", "entrepreneur", "billionaire", "executive", "founder", "coach", "manager",
                                        "athlete", "cyclist", "sprinter", "skier", "jockey", "pilot", "soldier", "farmer", "patient",
                                        "survivor", "journalist", "reporter", "photographer", "activist", "lawyer", "judge", "priest",
                                        "chef", "dancer", "teen", "youngster", "pitcher", "quarterback", "batsman", "bowler",
                                        // "the veteran film-maker, 68,": the last word of a hyphenated trade.
                                        "maker", "filmmaker", "novelist", "poet", "composer", "playwright", "broadcaster",
                                        "campaigner", "economist", "scientist", "professor", "engineer", "boss"])

    static let notNames: Set<String> = [
        "About", "Some", "Over", "Nearly", "Only", "Just", "Than", "The", "In", "On", "By", "At", "To", "From",
        "Since", "Until", "Of", "And", "With", "For", "All", "Top", "Around", "Almost", "Roughly", "More", "Fewer",
        "Less", "Under", "Up", "Approximately", "Between", "Last", "Since", "After", "Before", "During", "Through",
        "Exactly", "Another", "Another", "Those", "These", "Its", "His", "Her", "Their", "Our", "Earlier",
        "Of", "Almost", "Another", "Like", "But", "Or", "Nor", "When", "As", "If", "Then", "Still", "Yet",
        "Estimated", "Average", "Total", "Median", "Age", "Aged", "Ages",
        // Newswire table labels: "Shr 34 cts vs 39 cts", "Net 1,234,000 vs 987,000".
        "Shr", "Shrs", "Net", "Revs", "Rev", "Avg", "Avge", "Qtr", "Mths", "Sales", "Profit", "Loss", "Oper",
        "Div", "Dividend", "Pay", "Record", "Prior", "Vs", "Earnings", "Income", "Turnover", "Assets", "Deposits",
        "Loans", "Shares", "Up", "Down", "Off", "Unchanged", "Plus", "Minus",
        // Words that open a sentence before its figure: "While 54 nations have signed", "An 18 member group",
        // "Most 15 to 24-year-olds", "Below 15.8", "Existing 500-franc certificates".
        "An", "While", "Although", "Though", "Because", "Once", "Where", "Whereas", "Unless", "Whether", "Below", "Above",
        "Beyond", "Within", "Without", "Despite", "Across", "Among", "Against", "Toward", "Towards", "Into", "Via", "Per",
        "Most", "Many", "Several", "Each", "Every", "Both", "Few", "Other", "Any", "This", "That", "What", "Which", "Who",
        "How", "Why", "Also", "Even", "Now", "Today", "Yesterday", "So", "Thus", "Meanwhile", "Overall", "Including",
        "Existing", "Standing", "Says", "Said", "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Will", "Would",
        "Could", "Should", "Can", "We", "They", "It", "He", "She", "You", "Magnitude",
    ]
}
