import ClaimTraceCore
import TokenRules

/// The classes of the quantity rules: each word of the number, unit and hedge tables carries the
/// classes of the lists it is in (Docs/rules.md shows them by name). Classes and word keys are computed
/// properties that fold to constants (``WordKey/of(static:)``), so reading one costs nothing.
enum QC {
    @inline(__always) static var starter: TokenClass { .lexicon(0) }
    @inline(__always) static var hyphen: TokenClass { .lexicon(1) }
    @inline(__always) static var quote: TokenClass { .lexicon(2) }
    @inline(__always) static var month: TokenClass { .lexicon(3) }
    @inline(__always) static var numberWord: TokenClass { .lexicon(4) }
    @inline(__always) static var scale: TokenClass { .lexicon(5) }
    @inline(__always) static var percentWord: TokenClass { .lexicon(6) }
    @inline(__always) static var currencyWord: TokenClass { .lexicon(7) }
    @inline(__always) static var currencySymbol: TokenClass { .lexicon(8) }
    @inline(__always) static var measureWord: TokenClass { .lexicon(9) }
    @inline(__always) static var durationWord: TokenClass { .lexicon(10) }
    @inline(__always) static var changeVerb: TokenClass { .lexicon(11) }
    @inline(__always) static var changeNoun: TokenClass { .lexicon(12) }
    @inline(__always) static var ordinal: TokenClass { .lexicon(13) }
    @inline(__always) static var ordinalDeterminer: TokenClass { .lexicon(14) }
    @inline(__always) static var fraction: TokenClass { .lexicon(15) }
    @inline(__always) static var notNoun: TokenClass { .lexicon(16) }
    /// "GMT", "EST", "UTC": a four-digit number before one is a clock time.
    @inline(__always) static var timeZone: TokenClass { .lexicon(17) }
    /// Words after which a hyphenated number ends a score ("won 3-1", "a 2-0 victory").
    @inline(__always) static var scoreWord: TokenClass { .lexicon(18) }
    /// Words for a rate's base ("a barrel", "per share", "an hour").
    @inline(__always) static var rateNoun: TokenClass { .lexicon(19) }
    @inline(__always) static var vulgarFraction: TokenClass { .lexicon(20) }
    /// "http", "www", "doi", "isbn": what opens a web address or a reference's identifier, which hold no figure.
    @inline(__always) static var addressLabel: TokenClass { .lexicon(21) }
    // The table-row test's words, as classes so that its pass over a sentence's tokens reads bits, not tables.
    /// Abbreviations of wire tables and price lists ("cts", "mln", "vs", "unch").
    @inline(__always) static var tableWord: TokenClass { .lexicon(22) }
    /// Words that join a sentence's figures ("at", "for", "were"), which no list of names and prices has.
    @inline(__always) static var sentenceGlue: TokenClass { .lexicon(23) }
    /// The sellers' and buyers' marks as price lists abbreviate them ("byr/slr").
    @inline(__always) static var quoteSideAbbreviation: TokenClass { .lexicon(24) }
    /// A ship fixture's loading and discharge terms ("load", "shex").
    @inline(__always) static var fixtureTerm: TokenClass { .lexicon(25) }
    /// Months as a wire price list writes them ("Apl", "Jne", "May").
    @inline(__always) static var tableMonth: TokenClass { .lexicon(26) }
    @inline(__always) static var changeWord: TokenClass { changeVerb.union(changeNoun) }
    /// Anything a figure may start with: digits, number words, months, currency signs, signs.
    @inline(__always) static var starts: TokenClass { starter.union(.number) }

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
        (tableWord, Lexicon.tableWords),
        (sentenceGlue, Lexicon.sentenceGlue),
        (quoteSideAbbreviation, Lexicon.quoteSideAbbreviationList),
        (fixtureTerm, Lexicon.fixtureTerms),
        (tableMonth, Lexicon.tableMonths),
    ])
}

/// Single word keys the matcher compares against.
enum Keys {
    @inline(__always) static var by: UInt64 { WordKey.of(static: "by") }
    @inline(__always) static var to: UInt64 { WordKey.of(static: "to") }
    @inline(__always) static var ended: UInt64 { WordKey.of(static: "ended") }
    @inline(__always) static var ending: UInt64 { WordKey.of(static: "ending") }
    @inline(__always) static var from: UInt64 { WordKey.of(static: "from") }
    @inline(__always) static var of: UInt64 { WordKey.of(static: "of") }
    @inline(__always) static var and: UInt64 { WordKey.of(static: "and") }
    @inline(__always) static var but: UInt64 { WordKey.of(static: "but") }
    @inline(__always) static var shares: UInt64 { WordKey.of(static: "shares") }
    @inline(__always) static var lbs: UInt64 { WordKey.of(static: "lbs") }
    @inline(__always) static var won: UInt64 { WordKey.of(static: "won") }
    @inline(__always) static var mt: UInt64 { WordKey.of(static: "mt") }
    @inline(__always) static var ov: UInt64 { WordKey.of(static: "ov") }
    @inline(__always) static var un: UInt64 { WordKey.of(static: "un") }
    @inline(__always) static var lb: UInt64 { WordKey.of(static: "lb") }
    @inline(__always) static var about: UInt64 { WordKey.of(static: "about") }
    @inline(__always) static var said: UInt64 { WordKey.of(static: "said") }
    @inline(__always) static var says: UInt64 { WordKey.of(static: "says") }
    @inline(__always) static var or: UInt64 { WordKey.of(static: "or") }
    @inline(__always) static var a: UInt64 { WordKey.of(static: "a") }
    @inline(__always) static var an: UInt64 { WordKey.of(static: "an") }
    @inline(__always) static var per: UInt64 { WordKey.of(static: "per") }
    @inline(__always) static var pipe: UInt64 { WordKey.of(static: "|") }
    @inline(__always) static var clock: UInt64 { WordKey.of(static: "clock") }
    @inline(__always) static var time: UInt64 { WordKey.of(static: "time") }
    @inline(__always) static var francs: UInt64 { WordKey.of(static: "francs") }
    @inline(__always) static var franc: UInt64 { WordKey.of(static: "franc") }
    @inline(__always) static var o: UInt64 { WordKey.of(static: "o") }
    @inline(__always) static var cent: UInt64 { WordKey.of(static: "cent") }
    @inline(__always) static var one: UInt64 { WordKey.of(static: "one") }
    @inline(__always) static var half: UInt64 { WordKey.of(static: "half") }
    @inline(__always) static var between: UInt64 { WordKey.of(static: "between") }
    @inline(__always) static var m: UInt64 { WordKey.of(static: "m") }
    @inline(__always) static var k: UInt64 { WordKey.of(static: "k") }
    @inline(__always) static var g: UInt64 { WordKey.of(static: "g") }
    @inline(__always) static var http: UInt64 { WordKey.of(static: "http") }
    @inline(__always) static var https: UInt64 { WordKey.of(static: "https") }
    @inline(__always) static var www: UInt64 { WordKey.of(static: "www") }
    @inline(__always) static var percent: UInt64 { WordKey.of(static: "%") }
    @inline(__always) static var slash: UInt64 { WordKey.of(static: "/") }
    @inline(__always) static var colon: UInt64 { WordKey.of(static: ":") }
    @inline(__always) static var period: UInt64 { WordKey.of(static: ".") }
    @inline(__always) static var comma: UInt64 { WordKey.of(static: ",") }
    @inline(__always) static var semicolon: UInt64 { WordKey.of(static: ";") }
    @inline(__always) static var minus: UInt64 { WordKey.of(static: "-") }
    @inline(__always) static var unicodeMinus: UInt64 { WordKey.of(static: "−") }
    @inline(__always) static var plus: UInt64 { WordKey.of(static: "+") }
    @inline(__always) static var dollar: UInt64 { WordKey.of(static: "$") }
    @inline(__always) static var degree: UInt64 { WordKey.of(static: "°") }
    @inline(__always) static var openParen: UInt64 { WordKey.of(static: "(") }
    @inline(__always) static var closeParen: UInt64 { WordKey.of(static: ")") }
    @inline(__always) static var hundred: UInt64 { WordKey.of(static: "hundred") }
    @inline(__always) static var dozen: UInt64 { WordKey.of(static: "dozen") }
    @inline(__always) static var dozens: UInt64 { WordKey.of(static: "dozens") }
    @inline(__always) static var vs: UInt64 { WordKey.of(static: "vs") }
    @inline(__always) static var minusWord: UInt64 { WordKey.of(static: "minus") }
    @inline(__always) static var negative: UInt64 { WordKey.of(static: "negative") }
    @inline(__always) static var times: UInt64 { WordKey.of(static: "times") }
    @inline(__always) static var fold: UInt64 { WordKey.of(static: "fold") }
    @inline(__always) static var point: UInt64 { WordKey.of(static: "point") }
    @inline(__always) static var points: UInt64 { WordKey.of(static: "points") }
    @inline(__always) static var percentage: UInt64 { WordKey.of(static: "percentage") }
    @inline(__always) static var basis: UInt64 { WordKey.of(static: "basis") }
    @inline(__always) static var up: UInt64 { WordKey.of(static: "up") }
    @inline(__always) static var down: UInt64 { WordKey.of(static: "down") }
    @inline(__always) static var at: UInt64 { WordKey.of(static: "at") }
    @inline(__always) static var latter: UInt64 { WordKey.of(static: "latter") }
    @inline(__always) static var back: UInt64 { WordKey.of(static: "back") }
    @inline(__always) static var aged: UInt64 { WordKey.of(static: "aged") }
    @inline(__always) static var age: UInt64 { WordKey.of(static: "age") }
    @inline(__always) static var de: UInt64 { WordKey.of(static: "de") }
    @inline(__always) static var possessiveS: UInt64 { WordKey.of(static: "s") }
    @inline(__always) static var world: UInt64 { WordKey.of(static: "world") }
    @inline(__always) static var record: UInt64 { WordKey.of(static: "record") }
    @inline(__always) static var both: UInt64 { WordKey.of(static: "both") }
    @inline(__always) static var troy: UInt64 { WordKey.of(static: "troy") }
    @inline(__always) static var eta: UInt64 { WordKey.of(static: "eta") }
    @inline(__always) static var version: UInt64 { WordKey.of(static: "version") }
    @inline(__always) static var versions: UInt64 { WordKey.of(static: "versions") }
    @inline(__always) static var boxRule: UInt64 { WordKey.of(static: "│") }
    @inline(__always) static var nilWord: UInt64 { WordKey.of(static: "nil") }
    @inline(__always) static var ago: UInt64 { WordKey.of(static: "ago") }
    @inline(__always) static var other: UInt64 { WordKey.of(static: "other") }
    @inline(__always) static var was: UInt64 { WordKey.of(static: "was") }
    @inline(__always) static var when: UInt64 { WordKey.of(static: "when") }
    @inline(__always) static var isWord: UInt64 { WordKey.of(static: "is") }
    @inline(__always) static var ages: UInt64 { WordKey.of(static: "ages") }
    @inline(__always) static var more: UInt64 { WordKey.of(static: "more") }
    @inline(__always) static var fewer: UInt64 { WordKey.of(static: "fewer") }
    @inline(__always) static var than: UInt64 { WordKey.of(static: "than") }
    @inline(__always) static var went: UInt64 { WordKey.of(static: "went") }
    @inline(__always) static var people: UInt64 { WordKey.of(static: "people") }
    @inline(__always) static var yo: UInt64 { WordKey.of(static: "yo") }
    @inline(__always) static var yoDotted: UInt64 { WordKey.of(static: "y.o") }
    @inline(__always) static var old: UInt64 { WordKey.of(static: "old") }
    @inline(__always) static var range: UInt64 { WordKey.of(static: "range") }
    @inline(__always) static var through: UInt64 { WordKey.of(static: "through") }
    @inline(__always) static var the: UInt64 { WordKey.of(static: "the") }
    @inline(__always) static var top: UInt64 { WordKey.of(static: "top") }
    @inline(__always) static var them: UInt64 { WordKey.of(static: "them") }
    @inline(__always) static var those: UInt64 { WordKey.of(static: "those") }
    @inline(__always) static var whom: UInt64 { WordKey.of(static: "whom") }
    @inline(__always) static var bottom: UInt64 { WordKey.of(static: "bottom") }
    @inline(__always) static var on: UInt64 { WordKey.of(static: "on") }
    @inline(__always) static var scale: UInt64 { WordKey.of(static: "scale") }
    @inline(__always) static var richter: UInt64 { WordKey.of(static: "richter") }
    @inline(__always) static var magnitude: UInt64 { WordKey.of(static: "magnitude") }
    @inline(__always) static var x: UInt64 { WordKey.of(static: "x") }
    @inline(__always) static var e: UInt64 { WordKey.of(static: "e") }
    @inline(__always) static var no: UInt64 { WordKey.of(static: "no") }
    @inline(__always) static var number: UInt64 { WordKey.of(static: "number") }
    @inline(__always) static var hash: UInt64 { WordKey.of(static: "#") }
    @inline(__always) static var season: UInt64 { WordKey.of(static: "season") }
    @inline(__always) static var sterling: UInt64 { WordKey.of(static: "sterling") }
    @inline(__always) static var pounds: UInt64 { WordKey.of(static: "pounds") }
    @inline(__always) static var pound: UInt64 { WordKey.of(static: "pound") }
    @inline(__always) static var cents: UInt64 { WordKey.of(static: "cents") }
    @inline(__always) static var cts: UInt64 { WordKey.of(static: "cts") }
    @inline(__always) static var pence: UInt64 { WordKey.of(static: "pence") }
    @inline(__always) static var over: UInt64 { WordKey.of(static: "over") }
    @inline(__always) static var under: UInt64 { WordKey.of(static: "under") }
    @inline(__always) static var offered: UInt64 { WordKey.of(static: "offered") }
    @inline(__always) static var bid: UInt64 { WordKey.of(static: "bid") }
    @inline(__always) static var cash: UInt64 { WordKey.of(static: "cash") }
    @inline(__always) static var purposes: UInt64 { WordKey.of(static: "purposes") }
    @inline(__always) static var bit: UInt64 { WordKey.of(static: "bit") }
    @inline(__always) static var now: UInt64 { WordKey.of(static: "now") }
    @inline(__always) static var am: UInt64 { WordKey.of(static: "am") }
    @inline(__always) static var i: UInt64 { WordKey.of(static: "i") }
    @inline(__always) static var poor: UInt64 { WordKey.of(static: "poor") }
    @inline(__always) static var ampersand: UInt64 { WordKey.of(static: "&") }
    @inline(__always) static var caret: UInt64 { WordKey.of(static: "^") }
    @inline(__always) static var timesSign: UInt64 { WordKey.of(static: "×") }
    @inline(__always) static var n: UInt64 { WordKey.of(static: "n") }
    @inline(__always) static var all: UInt64 { WordKey.of(static: "all") }
    @inline(__always) static var days: UInt64 { WordKey.of(static: "days") }
    @inline(__always) static var months: UInt64 { WordKey.of(static: "months") }
    @inline(__always) static var nought: UInt64 { WordKey.of(static: "nought") }
    @inline(__always) static var naught: UInt64 { WordKey.of(static: "naught") }
    @inline(__always) static var inWord: UInt64 { WordKey.of(static: "in") }
    @inline(__always) static var quarter: UInt64 { WordKey.of(static: "quarter") }
    @inline(__always) static var penny: UInt64 { WordKey.of(static: "penny") }
    @inline(__always) static var p: UInt64 { WordKey.of(static: "p") }
    @inline(__always) static var feet: UInt64 { WordKey.of(static: "feet") }
    @inline(__always) static var foot: UInt64 { WordKey.of(static: "foot") }
    @inline(__always) static var inches: UInt64 { WordKey.of(static: "inches") }
    @inline(__always) static var inch: UInt64 { WordKey.of(static: "inch") }
    @inline(__always) static var dollars: UInt64 { WordKey.of(static: "dollars") }
    static let and_ = and
}
