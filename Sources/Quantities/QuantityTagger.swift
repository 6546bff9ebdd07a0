import ClaimTraceCore

/// Finds the figures of every sentence and normalises them (value, unit,
/// kind, qualifier), telling statistics from dates, years, ordinals and names.
public struct QuantityTagger: Stage {
    public init() {}

    public func process(_ segmented: SegmentedArticle) -> TaggedArticle {
        let quantities = segmented.article.text.withUTF8Bytes { bytes in
            segmented.sentences.map { Self.tag(bytes, $0.span) }
        }
        return TaggedArticle(segmented: segmented, quantities: quantities)
    }

    /// The figures in `span` of `bytes`, in text order, with byte spans in `bytes`.
    public static func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> [Quantity] {
        var matcher = Matcher(tokens: Tokenizer.tokenize(bytes, span), bytes: bytes)
        return matcher.run()
    }

    /// Convenience for tests and one-off use: the figures of a whole string,
    /// with byte spans into it.
    public static func tag(_ text: String) -> [Quantity] {
        text.withUTF8Bytes { tag($0, TextSpan(0, $0.count)) }
    }
}

/// Matches quantity expressions on a token list. One pass, left to right;
/// each match consumes its tokens.
struct Matcher {
    let t: [Token]
    let n: Int
    let bytes: UnsafeBufferPointer<UInt8>

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        t = tokens
        n = tokens.count
        self.bytes = bytes
    }

    mutating func run() -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        while i < n {
            // Most tokens cannot start a figure; one set lookup rules them out.
            guard mayStartFigure(i) else {
                i += 1
                continue
            }
            if let (found, next) = match(at: i) {
                var quantity = found
                if quantity.isStatistic, quantity.change == nil {
                    quantity.change = change(before: qualifier(before: i)?.2 ?? i)
                }
                out.append(quantity)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    func mayStartFigure(_ i: Int) -> Bool {
        switch t[i].kind {
        case .number: return true
        case .symbol: return Lexicon.symbolStarters.contains(t[i].key)
        case .word: return Lexicon.starters.contains(t[i].key)
        }
    }

    // MARK: Token helpers

    // Strings are built only here, for the few tokens a candidate figure looks at: units,
    // scale words and names are matched as strings.
    func lower(_ i: Int) -> String? { i >= 0 && i < n && t[i].isWord ? t[i].lower(in: bytes) : nil }
    func text(_ i: Int) -> String? { i >= 0 && i < n ? t[i].text(in: bytes) : nil }
    func texts(_ i: Int) -> String { t[i].text(in: bytes) }
    /// `lower(i)` for a word, the text as written for a number or symbol.
    func lowers(_ i: Int) -> String { lower(i) ?? texts(i) }
    func joined(_ i: Int) -> Bool { i < n && !t[i].spaceBefore }
    func isHyphen(_ i: Int) -> Bool { i < n && Lexicon.hyphenKeys.contains(t[i].key) }
    func isQuote(_ i: Int) -> Bool { i < n && Lexicon.quoteKeys.contains(t[i].key) }

    func monthAt(_ i: Int) -> Int? {
        guard i < n, t[i].isWord, t[i].isCapitalized, let m = Lexicon.monthKeys[t[i].key] else { return nil }
        return m
    }

    func isDayNumber(_ i: Int) -> Bool {
        i < n && t[i].isNumber && t[i].plainInteger && t[i].value >= 1 && t[i].value <= 31 && t[i].digitCount <= 2
    }

    func isYearNumber(_ i: Int) -> Bool {
        i < n && t[i].isNumber && t[i].plainInteger && t[i].digitCount == 4 && t[i].value >= 1000
            && t[i].value <= 2199
    }

    // MARK: Numbers

    struct Parsed {
        var value: Double
        var start: Int  // token index
        var end: Int  // token index, exclusive
        var spelled: Bool
        var plainInteger: Bool
        var scaled: Bool
    }

    /// A number starting at token `i`: digits (with a scale word), spelled-out
    /// words, "a dozen", "a million", "half a million".
    func parseNumber(_ i: Int) -> Parsed? {
        guard i < n else { return nil }
        let tok = t[i]
        if tok.isNumber {
            var value = tok.value
            var j = i + 1
            var scaled = false
            var scaleAt = j
            if isHyphen(j), joined(j), joined(j + 1), let w = lower(j + 1), let s = Lexicon.scales[w], s >= 1e6 {
                scaleAt = j + 1  // "$5-billion"
            }
            if let word = lower(scaleAt), let scale = Lexicon.scales[word], word != "hundred" || joined(scaleAt) == false {
                value = tok.scaled(by: scale)
                j = scaleAt + 1
                scaled = true
                if let next = lower(j), next != "hundred", let more = Lexicon.scales[next], more > scale {
                    value *= more
                    j += 1
                }
            }
            if !scaled, tok.plainInteger, (isHyphen(j) && joined(j)) || (j < n && t[j].spaceBefore),
                let (fraction, next) = slashFraction(at: j + (isHyphen(j) ? 1 : 0)), isHyphen(j) || t[j].isNumber
            {
                return Parsed(value: value + fraction, start: i, end: next, spelled: false, plainInteger: false,
                              scaled: false)  // "30-1/2", "30 1/2"
            }
            return Parsed(value: value, start: i, end: j, spelled: false, plainInteger: tok.plainInteger && !scaled,
                          scaled: scaled)
        }
        guard let word = lower(i) else { return nil }
        if word == "a" || word == "one", let next = lower(i + 1), next == "dozen" || Lexicon.scales[next] != nil,
            t[i + 1].isWord, !(isHyphen(i + 2) && joined(i + 2))
        {
            let value = next == "dozen" ? 12 : Lexicon.scales[next] ?? 1
            return Parsed(value: value, start: i, end: i + 2, spelled: true, plainInteger: false, scaled: true)
        }
        if word == "half", lower(i + 1) == "a", let next = lower(i + 2), let scale = Lexicon.scales[next] {
            return Parsed(value: scale / 2, start: i, end: i + 3, spelled: true, plainInteger: false, scaled: true)
        }
        if let scale = Lexicon.scales[word], word.count > 3, isHyphen(i + 1), joined(i + 1),
            let after = lower(i + 2), Lexicon.currencyWords[after] != nil
        {
            // "trillion-dollar market": the scale is the figure.
            return Parsed(value: scale, start: i, end: i + 1, spelled: true, plainInteger: false, scaled: true)
        }
        var total: Double = 0
        var current: Double = 0
        var any = false
        var j = i
        while j < n, let w = lower(j) {
            if let v = Lexicon.units[w] {
                current += v
            } else if any, isHyphen(j - 1), joined(j), Lexicon.scales[w] == nil, w != "hundred" {
                break
            } else if let v = Lexicon.tens[w] {
                current += v
                if isHyphen(j + 1), joined(j + 1), joined(j + 2), let u = lower(j + 2), let uv = Lexicon.units[u], uv < 10 {
                    current += uv
                    j += 2
                }
            } else if w == "hundred", any {
                current *= 100
            } else if w == "dozen", any {
                current *= 12
            } else if let s = Lexicon.scales[w], any {
                total += current * s
                current = 0
                if isHyphen(j + 1), joined(j + 1), let next = lower(j + 2), Lexicon.scales[next] != nil {
                    j += 1
                }
            } else if w == "and", any, let next = lower(j + 1), Lexicon.units[next] != nil || Lexicon.tens[next] != nil,
                lower(j - 1) == "hundred" || lower(j - 1).flatMap({ Lexicon.scales[$0] }) != nil
            {
                // "two hundred and forty-one"
            } else {
                break
            }
            any = true
            j += 1
            if isHyphen(j), joined(j), joined(j + 1), let next = lower(j + 1),
                Lexicon.scales[next] != nil || next == "hundred"
            {
                j += 1  // "one-billion", "two-hundred"
            }
        }
        guard any else { return nil }
        if j > i, isHyphen(j - 1) { j -= 1 }
        return Parsed(value: total + current, start: i, end: j, spelled: true, plainInteger: false,
                      scaled: total > 0)
    }

    /// "1/8", "3/4": a fraction with a small power-of-two or common denominator.
    func slashFraction(at i: Int) -> (Double, Int)? {
        guard i + 2 < n, t[i].isNumber, t[i].plainInteger, text(i + 1) == "/", joined(i + 1), t[i + 2].isNumber,
            joined(i + 2), t[i + 2].plainInteger
        else { return nil }
        let numerator = t[i].value
        let denominator = t[i + 2].value
        guard [2, 3, 4, 8, 16, 32, 64].contains(denominator), numerator < denominator, numerator > 0 else { return nil }
        return (numerator / denominator, i + 3)
    }

    // MARK: The matcher

    func qualifier(before start: Int) -> (String, Bool, Int)? {
        // Compared by word keys: this runs before every figure, for every qualifier phrase.
        guard start > 0, t[start - 1].isWord else { return nil }
        for (phrase, keys, approximate) in Lexicon.qualifierKeys where keys.count <= start {
            let first = start - keys.count
            var ok = true
            for (k, key) in keys.enumerated() where !(t[first + k].isWord && t[first + k].key == key) {
                ok = false
                break
            }
            if ok { return (phrase, approximate, first) }
        }
        return nil
    }

    func span(_ from: Int, _ to: Int) -> TextSpan { TextSpan(t[from].start, t[max(from, to - 1)].end) }

    func match(at i: Int) -> (Quantity, Int)? {
        // Dates led by a month: "April 19", "Sept. 11", "June 2019", "April 19, 2024".
        if let _ = monthAt(i) {
            var j = i + 1
            if text(j) == ".", joined(j) { j += 1 }
            if isDayNumber(j) {
                var end = j + 1
                if let suffix = lower(end), joined(end), ["st", "nd", "rd", "th"].contains(suffix) { end += 1 }
                if text(end) == ",", isYearNumber(end + 1) { end += 2 } else if isYearNumber(end) { end += 1 }
                return (Quantity(span: span(i, end), kind: .date), end)
            }
            if isYearNumber(j), j == i + 1 {
                return (Quantity(span: span(i, j + 1), kind: .date), j + 1)
            }
            return nil
        }
        // Ordinals: "his first", "the third".
        if let w = lower(i), Lexicon.ordinals.contains(w), let before = lower(i - 1),
            Lexicon.ordinalDeterminers.contains(before), !(w == "second" && lower(i + 1).map { Lexicon.durations[$0] != nil } == true)
        {
            return (Quantity(span: span(i, i + 1), kind: .ordinal, value: ordinalValue(w)), i + 1)
        }
        if let vague = matchVagueCount(at: i) { return vague }
        if let w = lower(i), let factor = Lexicon.multipliers[w] {
            // "doubled", "tripled", "halved": a change by a factor.
            var q = Quantity(span: span(i, i + 1), kind: .ratio, value: factor, unit: "times")
            q.change = .by
            return (q, i + 1)
        }
        // "last June", "early March": a month without a day is still a date.
        if let w = lower(i), ["last", "next", "this", "early", "late", "mid", "since", "until", "in", "by"].contains(w),
            monthAt(i + 1) != nil, !(i + 2 < n && t[i + 2].isNumber), texts(i + 1) != "May" || w != "in"
        {
            let startsAt = ["last", "next", "this", "early", "late", "mid"].contains(w) ? i : i + 1
            return (Quantity(span: span(startsAt, i + 2), kind: .date), i + 2)
        }
        // Fractions: "two-thirds", "a third of", "half of", "three quarters".
        if let fraction = matchFraction(at: i) { return fraction }

        // Currency before the figure: "$", "US$", "€", "USD".
        var currency: String?
        var numberIndex = i
        var negative = false
        if let code = Lexicon.currencySymbols[texts(i)], t[i].kind == .symbol, i + 1 < n, t[i + 1].isNumber {
            currency = code
            numberIndex = i + 1
        } else if let prefix = lower(i), let code = Lexicon.dollarPrefixes[prefix], text(i + 1) == "$", joined(i + 1),
            i + 2 < n, t[i + 2].isNumber, t[i].isCapitalized
        {
            currency = code
            numberIndex = i + 2
        } else if t[i].isWord, Lexicon.currencyCodes.contains(texts(i)), i + 1 < n, t[i + 1].isNumber {
            currency = texts(i) == "RMB" ? "CNY" : texts(i)
            numberIndex = i + 1
        } else if texts(i) == "-" || texts(i) == "−", i + 1 < n, t[i + 1].isNumber, joined(i + 1),
            i == 0 || t[i].spaceBefore
        {
            negative = true
            numberIndex = i + 1
        }
        guard var first = parseNumber(numberIndex) else { return nil }
        if negative { first.value = -first.value }
        let exprStart = i

        if currency == nil, !first.spelled, let special = matchNonStatistic(first, at: numberIndex) {
            return special
        }

        // A range: "three to five", "10-12", "between 5 and 7", "$5 to $7 billion".
        var second: Parsed?
        var afterNumbers = first.end
        var secondCurrency: String?
        if let (parsed, code) = rangeEnd(after: first, exprStart: exprStart) {
            second = parsed
            secondCurrency = code
            afterNumbers = parsed.end
            if negative, isHyphen(first.end) == false {}
        }
        if let s = second, s.scaled, !first.scaled, first.value < s.value {
            // "$5 to $7 billion": the scale on the second figure covers the first.
            let scale = s.value / (t[s.start].isNumber ? t[s.start].value : s.value)
            if scale > 1 { first.value *= scale }
        }

        // What follows the figure(s).
        var kind = QuantityKind.number
        var unit: String?
        var end = afterNumbers
        var multiplier: Double = 1
        currency = currency ?? secondCurrency
        if currency != nil, let w = lower(end), joined(end), let scale = Lexicon.moneyScales[w] {
            multiplier = scale
            end += 1
        }
        if let code = currency {
            kind = .money
            unit = code
            if let w = lower(end), Lexicon.currencyWords[w] != nil { end += 1 }
        } else if text(end) == "%" {
            kind = .percent
            unit = "percent"
            end += 1
        } else if let w = lower(end), ["percent", "pct", "pc", "percentage", "per"].contains(w) {
            if w == "per" {
                if lower(end + 1) == "cent" {
                    kind = .percent
                    end += 2
                }
            } else if w == "percentage" {
                if let p = lower(end + 1), p == "point" || p == "points" {
                    kind = .percentagePoints
                    end += 2
                }
            } else {
                kind = .percent
                end += 1
            }
            if kind == .percent {
                unit = "percent"
                if let p = lower(end), p == "point" || p == "points" {
                    kind = .percentagePoints
                    end += 1
                }
            } else if kind == .percentagePoints {
                unit = "percentage_points"
            }
            if kind == .percentagePoints { unit = "percentage_points" }
        } else if let w = lower(end), w == "basis" || w == "bps" || w == "bp" {
            if w != "basis" || ["point", "points"].contains(lower(end + 1) ?? "") {
                kind = .percentagePoints
                unit = "basis_points"
                end += w == "basis" ? 2 : 1
            }
        } else if let w = lower(end), w == "pounds" || w == "pound", lower(end + 1) == "sterling" {
            kind = .money
            unit = "GBP"
            end += 2
        } else if let w = lower(end), let code = Lexicon.currencyWords[w], w != "won" || t[end].spaceBefore {
            kind = .money
            unit = code
            end += 1
        } else if let w = lower(end), w == "cts" || w == "cents" || w == "cent" {
            kind = .money
            unit = "USD"
            multiplier = 0.01
            end += 1
        } else if isHyphen(end), joined(end), joined(end + 1), let w = lower(end + 1), let code = Lexicon.currencyWords[w] {
            kind = .money  // "trillion-dollar", "5-dollar"
            unit = code
            end += 2
        } else if let (measure, next) = matchMeasure(at: end) {
            kind = .measure
            unit = measure
            end = next
        } else if let (duration, next) = matchDuration(at: end) {
            if lower(next) == "old" || (isHyphen(next) && lower(next + 1) == "old") {
                kind = .measure  // an age
                unit = "year"
                end = lower(next) == "old" ? next + 1 : next + 2
            } else {
                kind = .duration
                unit = duration
                end = next
            }
        } else if let w = lower(end), w == "points" || w == "point" || w == "pts" {
            kind = .measure  // index points; rates say "percentage points"
            unit = "points"
            end += 1
        } else if let w = lower(end), w == "times" {
            kind = .ratio
            unit = "times"
            end += 1
        } else if let (nextIndex, denominator) = ratioBase(at: end), second == nil {
            kind = .ratio
            unit = "ratio"
            first.value = first.value / denominator
            end = nextIndex
        } else if let noun = countNoun(from: end) {
            kind = .count
            unit = lowers(noun)
            end = noun + 1
        }

        // Years: four bare digits in the calendar range, with no unit that makes them a figure.
        if kind == .number || kind == .count || (kind == .duration && unit == "year" && second == nil), currency == nil, first.plainInteger, isYearNumber(first.start),
            second.map({ isYearNumber($0.start) }) ?? true, !negative
        {
            var yearEnd = afterNumbers
            if let s = lower(yearEnd), s == "s", joined(yearEnd) { yearEnd += 1 }  // "1990s"
            if let s = second {
                return (Quantity(span: span(exprStart, yearEnd), kind: .year, low: first.value, high: t[s.start].value,
                                 unit: "year"), yearEnd)
            }
            return (Quantity(span: span(exprStart, yearEnd), kind: .year, value: first.value, unit: "year"), yearEnd)
        }
        // "aged 45": an age.
        if kind == .number, second == nil, lower(exprStart - 1) == "aged" {
            kind = .measure
            unit = "year"
        }
        // A bare spelled "one" is a pronoun more often than a figure ("the only one").
        if kind == .number, first.spelled, second == nil, first.value < 2 { return nil }

        let qualifier = qualifier(before: exprStart)
        var quantity = Quantity(span: span(exprStart, end), kind: kind, unit: unit, qualifier: qualifier?.0,
                                approximate: qualifier?.1 ?? false)
        if let s = second {
            quantity.low = first.value * multiplier
            quantity.high = s.value * multiplier
        } else {
            quantity.value = first.value * multiplier
        }
        // "5 deaths per 100,000 people": the rate's base belongs to the figure.
        if lower(end) == "per", end + 1 < n, t[end + 1].isNumber, let base = parseNumber(end + 1) {
            var baseEnd = base.end
            if let noun = countNoun(from: baseEnd), noun == baseEnd { baseEnd = noun + 1 }
            quantity.span = span(exprStart, baseEnd)
            quantity.unit = (unit.map { $0 + " " } ?? "") + "per " + formatBase(base.value)
                + (baseEnd > base.end ? " " + lowers(baseEnd - 1) : "")
            end = baseEnd
        }
        return (quantity, end)
    }

    func formatBase(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Whether a statistic is a level, a change by, a change to, or the level a change started from,
    /// read from the words before it ("rose 5 pct", "fell by 3", "rose to 6 percent", "up from 4 percent").
    func change(before start: Int) -> Quantity.Change {
        let previous = lower(start - 1)
        func changeWordWithin(_ distance: Int) -> Bool {
            var k = start - 2
            while k >= 0, k >= start - 1 - distance {
                if let w = lower(k), Lexicon.changeVerbs.contains(w) || Lexicon.changeNouns.contains(w) { return true }
                if text(k) == "." || text(k) == ";" { return false }
                k -= 1
            }
            return false
        }
        switch previous {
        case let w? where Lexicon.changeVerbs.contains(w):
            return .by
        case "by"?:
            return changeWordWithin(3) ? .by : .level
        case "to"?:
            return changeWordWithin(8) ? .to : .level
        case "from"?:
            return changeWordWithin(8) ? .from : .level
        case "of"?:
            if let w = lower(start - 2), Lexicon.changeNouns.contains(w) { return .by }
            return .level
        default:
            return .level
        }
    }

    func ordinalValue(_ word: String) -> Double? {
        let values: [String: Double] = [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
            "thousandth": 1000,
        ]
        return values[word]
    }

    /// The second figure of a range, if one follows `first`.
    func rangeEnd(after first: Parsed, exprStart: Int) -> (Parsed, String?)? {
        let k = first.end
        guard k < n else { return nil }
        let connector = texts(k).lowercased()
        let hyphen = isHyphen(k)
        // "from $3 to $4" is a change from one level to another, not a range.
        let isRangeWord = (connector == "to" && lower(exprStart - 1) != "from")
            || (connector == "and" && lower(exprStart - 1) == "between")
            || (connector == "or" && first.spelled)
        guard isRangeWord || (hyphen && (joined(k) && joined(k + 1) || texts(k) == "–")) else { return nil }
        var j = k + 1
        var code: String?
        if let c = Lexicon.currencySymbols[text(j) ?? ""], j + 1 < n, t[j + 1].isNumber {
            code = c
            j += 1
        }
        guard let second = parseNumber(j), second.spelled == first.spelled || !hyphen else { return nil }
        // "9-11" as a date or "737-800" as a model are not ranges; plain numbers only go up.
        if !second.scaled, !first.scaled, second.value <= first.value { return nil }
        return (second, code)
    }

    /// Dates, times, ordinals and codes written with digits.
    func matchNonStatistic(_ first: Parsed, at i: Int) -> (Quantity, Int)? {
        let j = first.end
        // "18 April", "18 April 2024", "18th of April".
        if isDayNumber(i), first.end == i + 1 {
            var k = j
            if let suffix = lower(k), joined(k), ["st", "nd", "rd", "th"].contains(suffix) { k += 1 }
            if lower(k) == "of", monthAt(k + 1) != nil { k += 1 }
            if monthAt(k) != nil {
                var end = k + 1
                if isYearNumber(end) { end += 1 }
                return (Quantity(span: span(i, end), kind: .date), end)
            }
        }
        // Phone numbers: "555-0143", "(212) 555-0143", "+44 20 7946 0958".
        if let phone = matchPhone(at: i) { return phone }
        // Fractions of a price: "1/8", "3/4".
        if let (value, end) = slashFraction(at: i) {
            let q = qualifier(before: i)
            return (Quantity(span: span(i, end), kind: .fraction, value: value, unit: "fraction", qualifier: q?.0,
                             approximate: q?.1 ?? false), end)
        }
        // ISO dates "2019-03-01" and slashed dates "9/11", "3/15/2024".
        if isYearNumber(i), isHyphen(j), joined(j), j + 3 < n, t[j + 1].isNumber, joined(j + 1), isHyphen(j + 2),
            joined(j + 2), t[j + 3].isNumber, joined(j + 3)
        {
            return (Quantity(span: span(i, j + 4), kind: .date), j + 4)
        }
        if first.end == i + 1, t[i].plainInteger, t[i].value <= 12, text(j) == "/", joined(j), isDayNumber(j + 1),
            joined(j + 1), lower(j + 2) != "of"
        {
            var end = j + 2
            if text(end) == "/", joined(end), end + 1 < n, t[end + 1].isNumber, joined(end + 1) { end += 2 }
            return (Quantity(span: span(i, end), kind: .date), end)
        }
        // Times: "10:30", "3 p.m.", "10am".
        if text(j) == ":", joined(j), j + 1 < n, t[j + 1].isNumber, joined(j + 1), t[j + 1].digitCount == 2 {
            var end = j + 2
            if let w = lower(end), ["a.m", "p.m", "am", "pm"].contains(w) { end += 1 }
            if text(end) == ".", joined(end), lower(end - 1)?.contains(".") == true { end += 1 }
            return (Quantity(span: span(i, end), kind: .time), end)
        }
        if let w = lower(j), ["a.m", "p.m", "am", "pm"].contains(w), t[i].value <= 12 {
            var end = j + 1
            if text(end) == ".", joined(end), w.contains(".") { end += 1 }
            return (Quantity(span: span(i, end), kind: .time), end)
        }
        // Ordinals with digits: "21st", "3rd".
        if let w = lower(j), joined(j), ["st", "nd", "rd", "th"].contains(w), t[i].plainInteger {
            return (Quantity(span: span(i, j + 1), kind: .ordinal, value: t[i].value), j + 1)
        }
        // Codes: letters glued to the digits ("A4", "G7", "MH17", "COVID-19", "F-35", "5G").
        if i > 0, joined(i), t[i - 1].isWord {
            return (Quantity(span: span(i - 1, j), kind: .identifier), j)
        }
        if i > 1, isHyphen(i - 1), joined(i), joined(i - 1), t[i - 2].isWord, t[i - 2].isCapitalized {
            return (Quantity(span: span(i - 2, j), kind: .identifier), j)
        }
        if let w = lower(j), joined(j), !first.scaled, !isKnownSuffix(w) {
            var end = j + 1
            while end < n, joined(end), t[end].kind != .symbol { end += 1 }
            return (Quantity(span: span(i, end), kind: .identifier), end)
        }
        // Names with a number: "Taipei 101", "Boeing 737", "Section 427".
        if t[i].plainInteger, !first.scaled, i > 0, t[i - 1].isWord, t[i - 1].isCapitalized, t[i].spaceBefore,
            !Lexicon.notNames.contains(texts(i - 1)), Lexicon.months[lowers(i - 1)] == nil,
            Lexicon.currencyCodes.contains(texts(i - 1)) == false, !followsUnit(j), !isYearNumber(i),
            texts(i - 1).count > 1, !(texts(i - 1).count > 3 && texts(i - 1).uppercased() == texts(i - 1))
        {
            var end = j
            // "Section 427 Row 21" stays two codes; a trailing letter ("Row 21B") belongs to this one.
            if let w = lower(end), joined(end), w.count == 1 { end += 1 }
            return (Quantity(span: span(i - 1, end), kind: .identifier), end)
        }
        return nil
    }

    func matchPhone(at i: Int) -> (Quantity, Int)? {
        var start = i
        var k = i
        // "(212) 555-0143"
        if i >= 1, text(i - 1) == "(", t[i].digitCount == 3, t[i].plainInteger, text(i + 1) == ")", joined(i + 1),
            i + 2 < n, t[i + 2].isNumber, t[i + 2].digitCount == 3
        {
            start = i - 1
            k = i + 2
        } else if i >= 1, text(i - 1) == "+", joined(i), t[i].plainInteger, t[i].digitCount <= 3 {
            // "+44 20 7946 0958": a country code, then groups of digits.
            var e = i + 1
            var groups = 0
            while e < n, t[e].isNumber, t[e].plainInteger, t[e].digitCount <= 4 {
                e += 1
                groups += 1
            }
            guard groups >= 2 else { return nil }
            return (Quantity(span: span(i - 1, e), kind: .identifier), e)
        }
        guard k + 2 < n, t[k].isNumber, t[k].plainInteger, t[k].digitCount == 3, isHyphen(k + 1), joined(k + 1),
            joined(k + 2), t[k + 2].isNumber, t[k + 2].plainInteger, t[k + 2].digitCount == 4
        else { return nil }
        var end = k + 3
        if isHyphen(end), joined(end), end + 1 < n, t[end + 1].isNumber, t[end + 1].digitCount == 4, joined(end + 1) {
            end += 2  // "212-555-0143"
        }
        return (Quantity(span: span(start, end), kind: .identifier), end)
    }

    func isKnownSuffix(_ w: String) -> Bool {
        Lexicon.scales[w] != nil || Lexicon.moneyScales[w] != nil || Lexicon.measures[w] != nil
            || Lexicon.durations[w] != nil || ["st", "nd", "rd", "th", "s", "pct", "pc", "am", "pm", "a.m", "p.m", "x"]
            .contains(w) || Lexicon.currencyWords[w] != nil
    }

    /// True when a percent sign, currency or measure follows: then the number is a figure, not a code.
    func followsUnit(_ j: Int) -> Bool {
        if text(j) == "%" { return true }
        guard let w = lower(j) else { return false }
        return ["percent", "pct", "per", "percentage", "cts", "cents", "points", "pts"].contains(w)
            || Lexicon.currencyWords[w] != nil || Lexicon.durations[w] != nil
            || Lexicon.measures[w] != nil || Lexicon.scales[w] != nil
    }

    func matchFraction(at i: Int) -> (Quantity, Int)? {
        guard let w = lower(i) else { return nil }
        if w == "a", lower(i + 1) == "quarter" {
            var j = i + 2
            if lower(j) == "of", lower(j + 1) == "a" { j += 2 }
            if lower(j) == "percentage", let p = lower(j + 1), p.hasPrefix("point") {
                return (Quantity(span: span(i, j + 2), kind: .percentagePoints, value: 0.25, unit: "percentage_points"), j + 2)
            }
        }
        // "two-thirds", "three quarters", "one-fifth"
        if let numerator = Lexicon.units[w], numerator >= 1 {
            var j = i + 1
            if isHyphen(j), joined(j) { j += 1 }
            if let f = lower(j), let value = Lexicon.fractions[f], f != "half", f != "halves",
                !(f == "quarter" || f == "quarters") || lower(j + 1) == "of" || isHyphen(i + 1)
            {
                let q = qualifier(before: i)
                return (Quantity(span: span(i, j + 1), kind: .fraction, value: numerator * value, unit: "fraction",
                                 qualifier: q?.0, approximate: q?.1 ?? false), j + 1)
            }
        }
        // "a third of", "half of", "a quarter of"
        if (w == "a" || w == "one"), let f = lower(i + 1), let value = Lexicon.fractions[f], lower(i + 2) == "of",
            f != "halves"
        {
            let q = qualifier(before: i)
            return (Quantity(span: span(i, i + 2), kind: .fraction, value: value, unit: "fraction", qualifier: q?.0,
                             approximate: q?.1 ?? false), i + 2)
        }
        if w == "half", let next = lower(i + 1), next == "of" || next == "the", lower(i - 1) != "a" {
            let q = qualifier(before: i)
            return (Quantity(span: span(i, i + 1), kind: .fraction, value: 0.5, unit: "fraction", qualifier: q?.0,
                             approximate: q?.1 ?? false), i + 1)
        }
        // "half a percentage point", "a quarter percentage point", "a quarter of a percentage point"
        if w == "half", lower(i + 1) == "a", lower(i + 2) == "percentage", let p = lower(i + 3), p.hasPrefix("point") {
            return (Quantity(span: span(i, i + 4), kind: .percentagePoints, value: 0.5, unit: "percentage_points"), i + 4)
        }
        // "twice as many"
        if w == "twice" || w == "thrice" {
            return (Quantity(span: span(i, i + 1), kind: .ratio, value: w == "twice" ? 2 : 3, unit: "times"), i + 1)
        }
        return nil
    }

    /// "tens of thousands of people", "hundreds of jobs", "dozens of countries": an order of magnitude.
    func matchVagueCount(at i: Int) -> (Quantity, Int)? {
        guard let w = lower(i), let (low, high) = Lexicon.vagueCounts[w], lower(i + 1) == "of" else { return nil }
        var lowValue = low
        var highValue = high
        var end = i + 2
        // "tens of thousands", "hundreds of millions"
        if let scaleWord = lower(end), let scale = Lexicon.vagueCounts[scaleWord].map({ $0.0 }), lower(end + 1) == "of",
            scale >= 1000
        {
            lowValue = low * scale
            highValue = high * scale
            end += 2
        }
        var unit: String?
        var kind = QuantityKind.count
        if let noun = countNoun(from: end) {
            unit = lowers(noun)
            end = noun + 1
            if let code = Lexicon.currencyWords[lowers(noun)] {
                kind = .money  // "hundreds of thousands of dollars"
                unit = code
            } else if let measure = Lexicon.measures[lowers(noun)] {
                kind = .measure
                unit = measure
            }
        } else {
            end -= 1  // keep the dangling "of" out of the figure
        }
        let q = Quantity(span: span(i, end), kind: kind, low: lowValue, high: highValue, unit: unit,
                         approximate: true)
        return (q, end)
    }

    /// "one in five", "3 out of 4": returns where the ratio ends and its base.
    func ratioBase(at k: Int) -> (Int, Double)? {
        var j = k
        if lower(j) == "in" {
            j += 1
        } else if lower(j) == "out", lower(j + 1) == "of" {
            j += 2
        } else {
            return nil
        }
        guard let base = parseNumber(j), base.value > 0 else { return nil }
        if lower(j) == "a" || (isYearNumber(j) && base.plainInteger) { return nil }
        return (base.end, base.value)
    }

    func matchMeasure(at k: Int) -> (String, Int)? {
        guard k < n else { return nil }
        if texts(k) == "°" {
            if let w = lower(k + 1), joined(k + 1), w == "c" || w == "f" { return ("°" + w.uppercased(), k + 2) }
            return ("°", k + 1)
        }
        guard let w = lower(k) else { return nil }
        if w == "square" || w == "sq", let next = lower(k + 1), let unit = Lexicon.measures[next] {
            return (unit + "2", k + 2)
        }
        if w == "degrees", let next = lower(k + 1), next == "celsius" || next == "fahrenheit" || next == "c" || next == "f" {
            return (next.hasPrefix("c") ? "°C" : "°F", k + 2)
        }
        if w == "barrels", lower(k + 1) == "per", lower(k + 2) == "day" { return ("bbl/d", k + 3) }
        if ["long", "short", "metric"].contains(w), let next = lower(k + 1), next == "tons" || next == "ton" {
            return (w == "metric" ? "t" : w + " ton", k + 2)  // a long ton is 1,016 kg, a short ton 907 kg
        }
        if w == "pounds", lower(k + 1) == "sterling" { return nil }
        guard let unit = Lexicon.measures[w] else { return nil }
        if w == "sq" || w == "degrees" || (w.count <= 2 && !joined(k) && ["mt", "ha"].contains(w)) { return nil }
        return (unit, k + 1)
    }

    func matchDuration(at k: Int) -> (String, Int)? {
        guard let w = lower(k), let unit = Lexicon.durations[w] else {
            // "17-year-old", "five-year plan"
            if isHyphen(k), joined(k), joined(k + 1), let w = lower(k + 1), let unit = Lexicon.durations[w] {
                return (unit, k + 2)
            }
            return nil
        }
        return (unit, k + 1)
    }

    /// The counted noun after a figure ("32 countries", "two Chinese nationals",
    /// "12 so-called “diplomatic allies”"): the first plural word within a few
    /// modifiers, or nil.
    func countNoun(from k: Int) -> Int? {
        var m = k
        var words = 0
        while m < n, words < 4 {
            if t[m].kind == .symbol {
                if isQuote(m) || (isHyphen(m) && joined(m)) {
                    m += 1
                    continue
                }
                return nil
            }
            // A hyphenated modifier ("so-called", "long-term") is skipped whole.
            if t[m].isWord, isHyphen(m + 1), joined(m + 1), joined(m + 2), m + 2 < n, t[m + 2].isWord {
                m += 3
                words += 1
                continue
            }
            guard t[m].isWord, !Lexicon.notNounKeys.contains(t[m].key), Lexicon.monthKeys[t[m].key] == nil else {
                return nil
            }
            let w = lowers(m)
            if Lexicon.irregularPlurals.contains(w) { return m }
            if w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
                !w.hasSuffix("’s"), !w.hasSuffix("'s")
            {
                return m
            }
            if words == 0, t[m].isCapitalized, texts(m).uppercased() == texts(m), texts(m).count > 1 {
                return nil  // an acronym right after the number is a name, not a modifier
            }
            words += 1
            m += 1
        }
        return nil
    }
}
