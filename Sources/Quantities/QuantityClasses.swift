import ClaimTraceCore
import TokenRules

/// The classes of the quantity rules: each word of the number, unit and hedge tables carries the
/// classes of the lists it is in (Docs/rules.md shows them by name).
enum QC {
    static let starter = TokenClass.lexicon(0)
    static let hyphen = TokenClass.lexicon(1)
    static let quote = TokenClass.lexicon(2)
    static let month = TokenClass.lexicon(3)
    static let numberWord = TokenClass.lexicon(4)
    static let scale = TokenClass.lexicon(5)
    static let percentWord = TokenClass.lexicon(6)
    static let currencyWord = TokenClass.lexicon(7)
    static let currencySymbol = TokenClass.lexicon(8)
    static let measureWord = TokenClass.lexicon(9)
    static let durationWord = TokenClass.lexicon(10)
    static let changeVerb = TokenClass.lexicon(11)
    static let changeNoun = TokenClass.lexicon(12)
    static let ordinal = TokenClass.lexicon(13)
    static let ordinalDeterminer = TokenClass.lexicon(14)
    static let fraction = TokenClass.lexicon(15)
    static let notNoun = TokenClass.lexicon(16)
    /// "GMT", "EST", "UTC": a four-digit number before one is a clock time.
    static let timeZone = TokenClass.lexicon(17)
    /// Words after which a hyphenated number ends a score ("won 3-1", "a 2-0 victory").
    static let scoreWord = TokenClass.lexicon(18)
    /// Words for a rate's base ("a barrel", "per share", "an hour").
    static let rateNoun = TokenClass.lexicon(19)
    static let vulgarFraction = TokenClass.lexicon(20)
    /// "http", "www", "doi", "isbn": what opens a web address or a reference's identifier, which hold no figure.
    static let addressLabel = TokenClass.lexicon(21)
    static let changeWord = changeVerb.union(changeNoun)
    /// Anything a figure may start with: digits, number words, months, currency signs, signs.
    static let starts = starter.union(.number)

    static let lexicon = ClassLexicon([
        (starter, Lexicon.starterWords + Lexicon.starterSymbols),
        (hyphen, ["-", "–", "‑"]),
        (quote, ["\"", "“", "”", "‘", "’", "'"]),
        (month, Array(Lexicon.months.keys)),
        (numberWord, Array(Lexicon.units.keys) + Array(Lexicon.tens.keys)),
        (scale, Array(Lexicon.scales.keys)),
        (percentWord, ["percent", "pct", "pc", "percentage", "per", "%"]),
        (currencyWord, Array(Lexicon.currencyWords.keys)),
        (currencySymbol, Array(Lexicon.currencySymbols.keys)),
        (measureWord, Array(Lexicon.measures.keys)),
        (durationWord, Array(Lexicon.durations.keys)),
        (changeVerb, Array(Lexicon.changeVerbs)),
        (changeNoun, Array(Lexicon.changeNouns)),
        (ordinal, Array(Lexicon.ordinals)),
        (ordinalDeterminer, Array(Lexicon.ordinalDeterminers)),
        (fraction, Array(Lexicon.fractions.keys)),
        (notNoun, Array(Lexicon.notNouns)),
        (timeZone, ["gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "jst", "ist", "hrs", "local"]),
        (scoreWord, ["won", "beat", "beats", "lost", "loses", "defeated", "defeat", "victory", "win", "wins", "draw", "drew",
                     "score", "scoreline", "thrashed", "edged", "lead", "led", "trailed", "trail", "home", "away", "drawing", "drawn", "tied"]),
        (rateNoun, ["barrel", "share", "ton", "tonne", "ounce", "pound", "gallon", "litre", "liter", "hour", "day", "week",
                    "month", "year", "annum", "head", "person", "capita", "night", "kilo", "kg", "unit", "vote", "dozen", "bushel",
                    "acre", "hectare", "mile", "km", "minute", "game", "visit", "ticket", "meal", "seat", "room", "lb", "oz", "gram", "flask",
                    "kilogram", "bale", "bag", "cwt", "carat", "metre", "meter"]),
        (vulgarFraction, Array(Lexicon.vulgarFractions.keys)),
        (addressLabel, ["http", "https", "www"] + Lexicon.referenceLabelList),
    ])
}

/// Single word keys the matcher compares against.
enum Keys {
    static let by = WordKey.of("by")
    static let to = WordKey.of("to")
    static let from = WordKey.of("from")
    static let of = WordKey.of("of")
    static let and = WordKey.of("and")
    static let but = WordKey.of("but")
    static let shares = WordKey.of("shares")
    static let lbs = WordKey.of("lbs")
    static let won = WordKey.of("won")
    static let mt = WordKey.of("mt")
    static let ov = WordKey.of("ov")
    static let un = WordKey.of("un")
    static let lb = WordKey.of("lb")
    static let about = WordKey.of("about")
    static let said = WordKey.of("said")
    static let says = WordKey.of("says")
    static let or = WordKey.of("or")
    static let a = WordKey.of("a")
    static let an = WordKey.of("an")
    static let per = WordKey.of("per")
    static let pipe = WordKey.of("|")
    static let clock = WordKey.of("clock")
    static let time = WordKey.of("time")
    static let francs = WordKey.of("francs")
    static let franc = WordKey.of("franc")
    static let o = WordKey.of("o")
    static let cent = WordKey.of("cent")
    static let one = WordKey.of("one")
    static let half = WordKey.of("half")
    static let between = WordKey.of("between")
    static let m = WordKey.of("m")
    static let k = WordKey.of("k")
    static let g = WordKey.of("g")
    static let http = WordKey.of("http")
    static let https = WordKey.of("https")
    static let www = WordKey.of("www")
    static let percent = WordKey.of("%")
    static let slash = WordKey.of("/")
    static let colon = WordKey.of(":")
    static let period = WordKey.of(".")
    static let comma = WordKey.of(",")
    static let semicolon = WordKey.of(";")
    static let minus = WordKey.of("-")
    static let unicodeMinus = WordKey.of("−")
    static let plus = WordKey.of("+")
    static let dollar = WordKey.of("$")
    static let degree = WordKey.of("°")
    static let openParen = WordKey.of("(")
    static let closeParen = WordKey.of(")")
    static let hundred = WordKey.of("hundred")
    static let dozen = WordKey.of("dozen")
    static let dozens = WordKey.of("dozens")
    static let vs = WordKey.of("vs")
    static let minusWord = WordKey.of("minus")
    static let negative = WordKey.of("negative")
    static let times = WordKey.of("times")
    static let fold = WordKey.of("fold")
    static let point = WordKey.of("point")
    static let points = WordKey.of("points")
    static let percentage = WordKey.of("percentage")
    static let basis = WordKey.of("basis")
    static let up = WordKey.of("up")
    static let down = WordKey.of("down")
    static let at = WordKey.of("at")
    static let latter = WordKey.of("latter")
    static let back = WordKey.of("back")
    static let aged = WordKey.of("aged")
    static let age = WordKey.of("age")
    static let de = WordKey.of("de")
    static let possessiveS = WordKey.of("s")
    static let world = WordKey.of("world")
    static let record = WordKey.of("record")
    static let both = WordKey.of("both")
    static let troy = WordKey.of("troy")
    static let eta = WordKey.of("eta")
    static let version = WordKey.of("version")
    static let versions = WordKey.of("versions")
    static let boxRule = WordKey.of("│")
    static let nilWord = WordKey.of("nil")
    static let ago = WordKey.of("ago")
    static let other = WordKey.of("other")
    static let was = WordKey.of("was")
    static let when = WordKey.of("when")
    static let isWord = WordKey.of("is")
    static let ages = WordKey.of("ages")
    static let more = WordKey.of("more")
    static let fewer = WordKey.of("fewer")
    static let than = WordKey.of("than")
    static let went = WordKey.of("went")
    static let people = WordKey.of("people")
    static let yo = WordKey.of("yo")
    static let yoDotted = WordKey.of("y.o")
    static let old = WordKey.of("old")
    static let ranges = WordKey.of("ranges")
    static let range = WordKey.of("range")
    static let ranged = WordKey.of("ranged")
    static let ranging = WordKey.of("ranging")
    static let vary = WordKey.of("vary")
    static let varies = WordKey.of("varies")
    static let varied = WordKey.of("varied")
    static let anywhere = WordKey.of("anywhere")
    static let through = WordKey.of("through")
    static let the = WordKey.of("the")
    static let top = WordKey.of("top")
    static let them = WordKey.of("them")
    static let those = WordKey.of("those")
    static let whom = WordKey.of("whom")
    static let bottom = WordKey.of("bottom")
    static let on = WordKey.of("on")
    static let scale = WordKey.of("scale")
    static let richter = WordKey.of("richter")
    static let magnitude = WordKey.of("magnitude")
    static let x = WordKey.of("x")
    static let e = WordKey.of("e")
    static let no = WordKey.of("no")
    static let number = WordKey.of("number")
    static let hash = WordKey.of("#")
    static let season = WordKey.of("season")
    static let sterling = WordKey.of("sterling")
    static let pounds = WordKey.of("pounds")
    static let pound = WordKey.of("pound")
    static let cents = WordKey.of("cents")
    static let cts = WordKey.of("cts")
    static let pence = WordKey.of("pence")
    static let over = WordKey.of("over")
    static let under = WordKey.of("under")
    static let offered = WordKey.of("offered")
    static let bid = WordKey.of("bid")
    static let cash = WordKey.of("cash")
    static let purposes = WordKey.of("purposes")
    static let bit = WordKey.of("bit")
    static let now = WordKey.of("now")
    static let poor = WordKey.of("poor")
    static let ampersand = WordKey.of("&")
    static let caret = WordKey.of("^")
    static let timesSign = WordKey.of("×")
    static let n = WordKey.of("n")
    static let all = WordKey.of("all")
    static let days = WordKey.of("days")
    static let months = WordKey.of("months")
    static let nought = WordKey.of("nought")
    static let naught = WordKey.of("naught")
    static let inWord = WordKey.of("in")
    static let quarter = WordKey.of("quarter")
    static let penny = WordKey.of("penny")
    static let p = WordKey.of("p")
    static let feet = WordKey.of("feet")
    static let foot = WordKey.of("foot")
    static let inches = WordKey.of("inches")
    static let inch = WordKey.of("inch")
    static let dollars = WordKey.of("dollars")
    static let and_ = and
}
