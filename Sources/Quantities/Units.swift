import ClaimTraceCore

/// One unit as news writes it: every form it takes after a number (words, abbreviations, symbols),
/// whether the form may be glued to the digits ("5km", "25bps"), and what it normalises to. Adding a
/// unit is one row; every list the tagger reads is derived from these rows.
struct UnitRow: Sendable {
    let unit: String
    let kind: QuantityKind
    /// Forms written after the number, lower case.
    let forms: [String]
    /// Forms that may be glued to the number ("km" in "5km"); short forms that are also words ("in", "m")
    /// stay out unless they are safe.
    let glued: [String]
    /// Multiplies the value ("cents" are 0.01 of the currency).
    let factor: Double

    init(_ unit: String, _ kind: QuantityKind, _ forms: [String], glued: [String] = [], factor: Double = 1) {
        self.unit = unit
        self.kind = kind
        self.forms = forms
        self.glued = glued
        self.factor = factor
    }
}

/// A currency: its ISO 4217 code and how news writes it before and after a number.
struct CurrencyRow: Sendable {
    let code: String
    /// Symbols before the number ("$", "€").
    let symbols: [String]
    /// Letter prefixes glued to "$" ("US$", "A$", "HK$").
    let dollarPrefixes: [String]
    /// Words and codes after the number ("dollars", "dlrs", "yen"), lower case.
    let words: [String]
    /// Words written before the number ("USD 5", "Rs 400", "GBP 5"), as written.
    let codes: [String]
    /// Nationalities that make a generic currency word this one ("Australian dollars", "U.S. dlrs").
    let nationalities: [String]

    init(
        _ code: String, symbols: [String] = [], dollarPrefixes: [String] = [], words: [String] = [], codes: [String] = [],
        nationalities: [String] = []
    ) {
        self.code = code
        self.symbols = symbols
        self.dollarPrefixes = dollarPrefixes
        self.words = words
        self.codes = codes
        self.nationalities = nationalities
    }
}

enum Units {
    /// Measures: length, area, mass, volume, energy, power, speed, data, temperature.
    static let measures: [UnitRow] = [
        UnitRow("km", .measure, ["km", "kms", "kilometres", "kilometers", "kilometre", "kilometer"], glued: ["km", "kms"]),
        UnitRow("mi", .measure, ["mile", "miles", "mi"], glued: ["mi"]),
        UnitRow("m", .measure, ["metres", "meters", "metre", "meter"], glued: []),
        UnitRow("cm", .measure, ["cm", "centimetres", "centimeters", "centimetre", "centimeter"], glued: ["cm"]),
        UnitRow("decimetre", .measure, ["dm", "decimetres", "decimeters", "decimetre", "decimeter"], glued: ["dm"]),
        UnitRow("picometre", .measure, ["picometres", "picometers", "picometre", "picometer"]),
        UnitRow("mm", .measure, ["mm", "millimetres", "millimeters", "millimetre", "millimeter"], glued: ["mm"]),
        UnitRow("µm", .measure, ["µm", "μm", "micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron"], glued: ["µm", "μm"]),
        UnitRow("ft", .measure, ["feet", "foot", "ft"], glued: ["ft"]),
        UnitRow("in", .measure, ["inches", "inch"]),
        UnitRow("yd", .measure, ["yard", "yards", "yds", "yd"]),
        UnitRow("kg", .measure, ["kg", "kgs", "kilos", "kilograms", "kilogrammes", "kilogram", "kilo"], glued: ["kg", "kgs"]),
        UnitRow("g", .measure, ["grams", "gram", "grammes"]),
        UnitRow("mg", .measure, ["mg", "milligrams", "milligram", "milligrammes"], glued: ["mg"]),
        UnitRow("microgram", .measure, ["µg", "μg", "micrograms", "microgram", "microgrammes", "mcg"], glued: ["µg", "μg", "mcg"]),
        UnitRow("ml", .measure, ["ml", "millilitres", "milliliters", "millilitre", "milliliter"], glued: ["ml"]),
        // "tons" may be short tons (907 kg): kept apart from metric tonnes.
        UnitRow("t", .measure, ["tonnes", "tonne", "mt", "tonner", "tonners"], glued: ["mt"]),
        UnitRow("ton", .measure, ["tons", "ton"]),
        UnitRow("lb", .measure, ["lbs", "lb", "pounds", "pound"], glued: ["lb", "lbs"]),
        // A person's weight in stone, written in the singular after a number ("three stone heavier"; "two stones" are stones).
        UnitRow("st", .measure, ["stone"]),
        UnitRow("ounce", .measure, ["ounces", "ounce", "oz"], glued: ["oz"]),
        UnitRow("barrel", .measure, ["barrels", "barrel", "bbl", "bbls"], glued: ["bbl"]),
        UnitRow("barrel per day", .measure, ["bpd", "b/d"], glued: ["bpd"]),
        UnitRow("l", .measure, ["litres", "liters", "litre", "liter"]),
        UnitRow("gallon", .measure, ["gallons", "gallon"]),
        UnitRow("bushel", .measure, ["bushels", "bushel"]),
        UnitRow("ha", .measure, ["hectares", "hectare", "ha"], glued: ["ha"]),
        UnitRow("acre", .measure, ["acres", "acre"]),
        UnitRow("MW", .measure, ["mw", "megawatts", "megawatt"], glued: ["mw"]),
        UnitRow("GW", .measure, ["gw", "gigawatts", "gigawatt"], glued: ["gw"]),
        UnitRow("kW", .measure, ["kw", "kilowatts", "kilowatt"], glued: ["kw"]),
        UnitRow("kN", .measure, ["kilonewtons", "kilonewton"]),
        UnitRow("V", .measure, ["volts", "volt"], glued: ["v"]),
        UnitRow("kV", .measure, ["kilovolts", "kilovolt", "kv"], glued: ["kv"]),
        UnitRow("kWh", .measure, ["kwh"], glued: ["kwh"]),
        UnitRow("MWh", .measure, ["mwh"], glued: ["mwh"]),
        UnitRow("GWh", .measure, ["gwh"], glued: ["gwh"]),
        UnitRow("TWh", .measure, ["twh"], glued: ["twh"]),
        UnitRow("mph", .measure, ["mph"], glued: ["mph"]),
        UnitRow("km/h", .measure, ["kph", "km/h", "kmph"], glued: ["kph", "kmph"]),
        UnitRow("knot", .measure, ["knots", "knot"]),
        // A quake's size: "a 6.3 magnitude earthquake", "a 7.1-magnitude quake" (before the number: Composition).
        UnitRow("magnitude", .measure, ["magnitude"]),
        UnitRow("GB", .measure, ["gb", "gigabytes", "gigabyte"], glued: ["gb"]),
        UnitRow("TB", .measure, ["tb", "terabytes", "terabyte"], glued: ["tb"]),
        UnitRow("PB", .measure, ["petabytes", "petabyte"]),
        UnitRow("EB", .measure, ["exabytes", "exabyte"]),
        UnitRow("MB", .measure, ["mb", "megabytes", "megabyte"], glued: ["mb"]),
        UnitRow("bit", .measure, ["bit", "bits"]),
        UnitRow("kbit", .measure, ["kilobits", "kilobit", "kbit"]),
        UnitRow("Mbit", .measure, ["megabits", "megabit", "mbit"]),
        UnitRow("Gbit", .measure, ["gigabits", "gigabit", "gbit"]),
        UnitRow("Tbit", .measure, ["terabits", "terabit", "tbit"]),
        UnitRow("kbit/s", .measure, ["kbps", "kbit/s"], glued: ["kbps"]),
        UnitRow("Mbit/s", .measure, ["mbps", "mbit/s"], glued: ["mbps"]),
        UnitRow("Gbit/s", .measure, ["gbps", "gbit/s"], glued: ["gbps"]),
        UnitRow("Tbit/s", .measure, ["tbps", "tbit/s"], glued: ["tbps"]),
        UnitRow("radian", .measure, ["rad", "radians", "radian"], glued: ["rad"]),
        UnitRow("cup", .measure, ["cup", "cups"]),
        UnitRow("teaspoon", .measure, ["teaspoon", "teaspoons", "tsp"]),
        UnitRow("tablespoon", .measure, ["tablespoon", "tablespoons", "tbsp"]),
        UnitRow("MP", .measure, ["megapixels", "megapixel"], glued: ["mp"]),
        UnitRow("GFLOPS", .measure, ["gigaflops", "gflops"]),
        UnitRow("TFLOPS", .measure, ["teraflops", "tflops"]),
        UnitRow("PFLOPS", .measure, ["petaflops", "pflops"]),
        UnitRow("GHz", .measure, ["ghz"], glued: ["ghz"]),
        UnitRow("MHz", .measure, ["mhz"], glued: ["mhz"]),
        UnitRow("°C", .measure, ["celsius", "centigrade", "celcius"]),
        UnitRow("°F", .measure, ["fahrenheit", "farenheit"]),
        UnitRow("degree", .measure, ["degrees", "deg"], glued: ["deg"]),
        UnitRow("points", .measure, ["points", "point", "pts", "pt"]),
        UnitRow("hp", .measure, ["hp", "horsepower", "bhp"], glued: ["hp", "bhp"]),
    ]

    /// Durations.
    static let durations: [UnitRow] = [
        UnitRow("year", .duration, ["year", "years", "yr", "yrs"], glued: ["yr", "yrs"]),
        UnitRow("month", .duration, ["month", "months", "mths", "mth", "mos"]),
        UnitRow("week", .duration, ["week", "weeks", "wks"]),
        UnitRow("day", .duration, ["day", "days"]),
        UnitRow("hour", .duration, ["hour", "hours", "hrs", "hr"], glued: ["hrs", "hr", "h"]),
        UnitRow("millisecond", .duration, ["millisecond", "milliseconds", "ms"], glued: ["ms"]),
        UnitRow("minute", .duration, ["minute", "minutes", "mins"], glued: ["mins"]),
        UnitRow("second", .duration, ["second", "seconds", "secs"]),
        UnitRow("decade", .duration, ["decade", "decades"]),
        UnitRow("century", .duration, ["century", "centuries"]),
        UnitRow("quarter", .duration, ["quarter", "quarters", "qtr", "qtrs"]),
    ]

    /// Currencies. "$" alone is USD, the news default; nationalities narrow "dollars", "pounds", "francs".
    static let currencies: [CurrencyRow] = [
        CurrencyRow("USD", symbols: ["$"], dollarPrefixes: ["us", "u.s"], words: ["dollar", "dollars", "dlr", "dlrs", "usd", "bucks"],
                    codes: ["USD"], nationalities: ["u.s", "us", "american"]),
        CurrencyRow("EUR", symbols: ["€"], words: ["euro", "euros", "eur"], codes: ["EUR"]),
        CurrencyRow("GBP", symbols: ["£"], words: ["sterling", "stg", "gbp", "quid"], codes: ["GBP"], nationalities: ["british"]),
        CurrencyRow("JPY", symbols: ["¥"], words: ["yen", "jpy"], codes: ["JPY"], nationalities: ["japanese"]),
        CurrencyRow("CNY", words: ["yuan", "renminbi", "rmb", "cny"], codes: ["CNY", "RMB"], nationalities: ["chinese"]),
        CurrencyRow("INR", symbols: ["₹"], words: ["rupee", "rupees", "inr"], codes: ["INR", "Rs", "Rs."], nationalities: ["indian"]),
        CurrencyRow("IDR", words: ["rupiah", "idr"], codes: ["IDR", "Rp"], nationalities: ["indonesian"]),
        CurrencyRow("MYR", words: ["ringgit", "myr"], codes: ["MYR", "RM"], nationalities: ["malaysian"]),
        CurrencyRow("KRW", symbols: ["₩"], words: ["won", "krw"], codes: ["KRW"], nationalities: ["korean", "south korean"]),
        CurrencyRow("RUB", symbols: ["₽"], words: ["roubles", "rubles", "rouble", "ruble", "rub"], codes: ["RUB"], nationalities: ["russian"]),
        CurrencyRow("TRY", symbols: ["₺"], words: ["lira", "liras", "try"], codes: ["TRY"], nationalities: ["turkish"]),
        CurrencyRow("ILS", symbols: ["₪"], words: ["shekel", "shekels", "ils"], codes: ["ILS"]),
        CurrencyRow("PHP", symbols: ["₱"], words: ["peso", "pesos", "php"], codes: ["PHP"], nationalities: ["philippine"]),
        CurrencyRow("VND", symbols: ["₫"], words: ["dong", "vnd"], codes: ["VND"], nationalities: ["vietnamese"]),
        CurrencyRow("THB", symbols: ["฿"], words: ["baht", "thb"], codes: ["THB"]),
        CurrencyRow("AUD", dollarPrefixes: ["a", "au"], words: ["aud"], codes: ["AUD"], nationalities: ["australian"]),
        CurrencyRow("CAD", dollarPrefixes: ["c", "ca", "can"], words: ["cad"], codes: ["CAD"], nationalities: ["canadian"]),
        CurrencyRow("HKD", dollarPrefixes: ["hk"], words: ["hkd"], codes: ["HKD"], nationalities: ["hong kong", "h.k"]),
        CurrencyRow("NZD", dollarPrefixes: ["nz"], words: ["nzd"], codes: ["NZD"], nationalities: ["new zealand", "n.z", "nz"]),
        CurrencyRow("SGD", dollarPrefixes: ["s"], words: ["sgd"], codes: ["SGD"], nationalities: ["singapore"]),
        CurrencyRow("TWD", dollarPrefixes: ["nt"], words: ["twd"], codes: ["TWD"], nationalities: ["taiwan", "new taiwan"]),
        CurrencyRow("BRL", dollarPrefixes: ["r"], words: ["reais", "real", "brl"], codes: ["BRL"], nationalities: ["brazilian"]),
        CurrencyRow("MXN", dollarPrefixes: ["mx"], words: ["mxn"], codes: ["MXN"], nationalities: ["mexican"]),
        CurrencyRow("CHF", words: ["francs", "franc", "chf"], codes: ["CHF", "SFr", "Sfr"], nationalities: ["swiss"]),
        CurrencyRow("FRF", words: [], nationalities: ["french"]),
        CurrencyRow("SEK", words: ["kronor", "sek"], codes: ["SEK"], nationalities: ["swedish"]),
        CurrencyRow("NOK", words: ["nok"], codes: ["NOK"], nationalities: ["norwegian"]),
        CurrencyRow("DKK", words: ["dkk"], codes: ["DKK"], nationalities: ["danish"]),
        CurrencyRow("ZAR", words: ["rand", "zar"], codes: ["ZAR"], nationalities: ["south african"]),
        CurrencyRow("PLN", words: ["zloty", "zlotys", "pln"], codes: ["PLN"], nationalities: ["polish"]),
        CurrencyRow("SAR", words: ["riyal", "riyals", "sar"], codes: ["SAR"], nationalities: ["saudi"]),
        CurrencyRow("IRR", words: ["rials", "rial", "irr"], codes: ["IRR"], nationalities: ["iranian"]),
        CurrencyRow("AED", words: ["dirham", "dirhams", "aed"], codes: ["AED"]),
        CurrencyRow("NGN", words: ["naira", "ngn"], codes: ["NGN"], nationalities: ["nigerian"]),
        CurrencyRow("KES", words: ["shillings", "kes"], codes: ["KES"], nationalities: ["kenyan"]),
        CurrencyRow("ITL", words: ["lire"], nationalities: ["italian"]),
        CurrencyRow("ATS", words: ["schillings", "schilling"], nationalities: ["austrian"]),
        CurrencyRow("DEM", words: ["marks", "deutschmarks"], nationalities: ["german", "west german", "deutsche"]),
        CurrencyRow("NLG", words: ["guilders", "guilder"], nationalities: ["dutch"]),
        CurrencyRow("FIM", words: ["markka", "markkaa"], nationalities: ["finnish"]),
        CurrencyRow("BEF", words: [], nationalities: ["belgian"]),
        CurrencyRow("ESP", words: ["pesetas", "peseta"], nationalities: ["spanish"]),
        CurrencyRow("GRD", words: ["drachma", "drachmas", "drachmae"], nationalities: ["greek"]),
        // Pounds of other countries, named by their nationality ("30,000 Egyptian pounds").
        CurrencyRow("EGP", words: [], codes: ["EGP"], nationalities: ["egyptian"]),
        CurrencyRow("SYP", words: [], codes: ["SYP"], nationalities: ["syrian"]),
        CurrencyRow("LBP", words: [], codes: ["LBP"], nationalities: ["lebanese"]),
        CurrencyRow("IEP", words: ["punts"], nationalities: ["irish"]),
        CurrencyRow("CYP", words: [], nationalities: ["cypriot", "cyprus"]),
        // Currencies of the 1980s wire copy, gone since: Venezuela's, Peru's, Brazil's, Argentina's, Portugal's.
        CurrencyRow("VEB", words: ["bolivars", "bolivar", "bolívares"], nationalities: ["venezuelan"]),
        CurrencyRow("PEI", words: ["intis", "inti"], nationalities: ["peruvian"]),
        CurrencyRow("BRC", words: ["cruzados", "cruzado"]),
        CurrencyRow("ARA", words: ["australs"]),
        CurrencyRow("PTE", words: ["escudos", "escudo"], nationalities: ["portuguese"]),
        CurrencyRow("MXN", dollarPrefixes: ["mex"], words: [], nationalities: []),
        CurrencyRow("SEK", words: ["crowns", "crown"], nationalities: []),
        CurrencyRow("BTC", symbols: ["₿"], words: ["bitcoin", "bitcoins", "btc"], codes: ["BTC"]),
        // The European Community's unit of account before the euro ("313.2 Ecus per 100 kilos"), and the IMF's.
        CurrencyRow("XEU", words: ["ecu", "ecus"], codes: ["ECU"]),
        CurrencyRow("XDR", words: ["sdr", "sdrs"], codes: ["SDR"]),
        CurrencyRow("CRC", symbols: ["₡"], words: ["colón", "colones"], codes: ["CRC"], nationalities: ["costa rican"]),
        CurrencyRow("GEL", symbols: ["₾"], words: ["lari"], codes: ["GEL"], nationalities: ["georgian"]),
        CurrencyRow("LAK", symbols: ["₭"], words: ["kip"], codes: ["LAK"], nationalities: ["lao", "laotian"]),
        CurrencyRow("UAH", symbols: ["₴"], words: ["hryvnia", "hryvnias"], codes: ["UAH"], nationalities: ["ukrainian"]),
        // Dollars, pesos, rupees, shillings, dinars and crowns named by their country ("one billion Zimbabwean dlrs").
        CurrencyRow("ZWD", words: [], nationalities: ["zimbabwean", "zimbabwe"]),
        CurrencyRow("JMD", words: [], codes: ["JMD"], nationalities: ["jamaican"]),
        CurrencyRow("TTD", words: [], codes: ["TTD"], nationalities: ["trinidad"]),
        CurrencyRow("FJD", words: [], codes: ["FJD"], nationalities: ["fijian", "fiji"]),
        CurrencyRow("NAD", words: [], codes: ["NAD"], nationalities: ["namibian"]),
        CurrencyRow("LRD", words: [], codes: ["LRD"], nationalities: ["liberian"]),
        CurrencyRow("BND", words: [], codes: ["BND"], nationalities: ["brunei"]),
        CurrencyRow("BSD", words: [], codes: ["BSD"], nationalities: ["bahamian", "bahamas"]),
        CurrencyRow("XCD", words: [], codes: ["XCD"], nationalities: ["east caribbean"]),
        CurrencyRow("ARS", words: [], codes: ["ARS"], nationalities: ["argentine", "argentinian"]),
        CurrencyRow("CLP", words: [], codes: ["CLP"], nationalities: ["chilean"]),
        CurrencyRow("COP", words: [], codes: ["COP"], nationalities: ["colombian"]),
        CurrencyRow("UYU", words: [], codes: ["UYU"], nationalities: ["uruguayan"]),
        CurrencyRow("DOP", words: [], codes: ["DOP"], nationalities: ["dominican"]),
        CurrencyRow("CUP", words: [], codes: ["CUP"], nationalities: ["cuban"]),
        CurrencyRow("PKR", words: [], codes: ["PKR"], nationalities: ["pakistani"]),
        CurrencyRow("LKR", words: [], codes: ["LKR"], nationalities: ["sri lankan"]),
        CurrencyRow("NPR", words: [], codes: ["NPR"], nationalities: ["nepalese", "nepali"]),
        CurrencyRow("UGX", words: [], codes: ["UGX"], nationalities: ["ugandan"]),
        CurrencyRow("TZS", words: [], codes: ["TZS"], nationalities: ["tanzanian"]),
        CurrencyRow("SOS", words: [], codes: ["SOS"], nationalities: ["somali"]),
        CurrencyRow("SDG", words: [], codes: ["SDG"], nationalities: ["sudanese"]),
        CurrencyRow("KWD", words: [], codes: ["KWD"], nationalities: ["kuwaiti"]),
        CurrencyRow("JOD", words: [], codes: ["JOD"], nationalities: ["jordanian"]),
        CurrencyRow("IQD", words: [], codes: ["IQD"], nationalities: ["iraqi"]),
        CurrencyRow("BHD", words: [], codes: ["BHD"], nationalities: ["bahraini"]),
        CurrencyRow("LYD", words: [], codes: ["LYD"], nationalities: ["libyan"]),
        CurrencyRow("TND", words: [], codes: ["TND"], nationalities: ["tunisian"]),
        CurrencyRow("DZD", words: [], codes: ["DZD"], nationalities: ["algerian"]),
        CurrencyRow("RSD", words: [], codes: ["RSD"], nationalities: ["serbian"]),
        CurrencyRow("ISK", words: [], codes: ["ISK"], nationalities: ["icelandic"]),
        CurrencyRow("CZK", words: ["koruna"], codes: ["CZK"], nationalities: ["czech"]),
    ]

    /// Generic currency words a nationality makes specific ("Australian dollars", "Swiss francs", "Belgian francs").
    static let genericCurrencyWords: Set<String> = ["dollar", "dollars", "dlr", "dlrs", "francs", "franc", "pounds", "pound", "crowns",
                                                    "kroner", "krona", "kronor", "pesos", "peso", "rupees", "shillings", "marks",
                                                    "dinar", "dinars"]

    // MARK: Derived lists

    static let measureWords = KeyedLexicon<String>(Dictionary((measures + durations).filter { $0.kind == .measure }.flatMap { row in
        row.forms.map { ($0, row.unit) } }, uniquingKeysWith: { a, _ in a }))
    static let durationWords = KeyedLexicon<String>(Dictionary(durations.flatMap { row in row.forms.map { ($0, row.unit) } },
                                                               uniquingKeysWith: { a, _ in a }))
    /// Forms that may be glued to digits, with their unit and kind.
    static let gluedForms = KeyedLexicon<(String, QuantityKind)>(Dictionary((measures + durations).flatMap { row in
        row.glued.map { ($0, (row.unit, row.kind)) } }, uniquingKeysWith: { a, _ in a }))
    static let currencyWords = KeyedLexicon<String>(Dictionary(currencies.flatMap { row in row.words.map { ($0, row.code) } },
                                                               uniquingKeysWith: { a, _ in a }))
    static let currencySymbols: [String: String] = Dictionary(currencies.flatMap { row in row.symbols.map { ($0, row.code) } },
                                                              uniquingKeysWith: { a, _ in a })
    static let dollarPrefixes: [String: String] = Dictionary(currencies.flatMap { row in row.dollarPrefixes.map { ($0, row.code) } },
                                                             uniquingKeysWith: { a, _ in a })
    /// Codes written before a number, matched as written (case matters: "Rs", "USD").
    static let currencyCodes: [String: String] = Dictionary(currencies.flatMap { row in row.codes.map { ($0, row.code) } },
                                                            uniquingKeysWith: { a, _ in a })
    /// (nationality, generic word) → code: "australian dollars" → AUD.
    static let nationalCurrencies: [String: String] = {
        var out: [String: String] = [:]
        for row in currencies {
            for nationality in row.nationalities { out[nationality] = row.code }
        }
        return out
    }()
}
