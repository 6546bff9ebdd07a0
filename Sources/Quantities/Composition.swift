import ClaimTraceCore
import TokenRules

/// How a number becomes a figure (the `figure` rule), and the helpers the rule tables call.
extension Matcher {
    /// A currency written before a number at token `i`: "$", "US$", "HK$", "USD", "Rs", "GBP"; the code and
    /// the token where the number starts.
    func currencyPrefix(at i: Int) -> (String, Int)? {
        if t[i].kind == .symbol, Lexicon.currencySymbolKeys.contains(t[i].key), let code = Lexicon.currencySymbols[texts(i)], i + 1 < n,
            t[i + 1].isNumber || isToken(i + 1, Keys.period) || parseNumber(i + 1)?.spelled == false
        {
            return (code, i + 1)
        }
        // "US$", "A$", "HK$", "C $" (wire copy sometimes spaces it), "U.S.$", "NZD$", "Mex$". An "a" spaced from
        // "$" is the article, capitalised too ("a $5 bill", "A $2bn funding gap remains").
        // (Not a possessive's "s": "his company's $19 billion acquisition", spaced in tokenized copy "music ' s $ 500".)
        if t[i].isWord, isToken(i + 1, Keys.dollar), i + 2 < n, t[i + 2].isNumber || isToken(i + 2, Keys.period),
            !(i > 0 && ["'", "’"].contains(texts(i - 1)) && (joined(i) || lowers(i) == "s"))
        {
            let prefix = lowers(i)
            let code = Lexicon.dollarPrefixes[prefix] ?? Lexicon.currencyCodes[texts(i).uppercased()]
            if let code, !t[i + 1].spaceBefore || prefix != "a" {
                return (code, i + 2)
            }
        }
        if t[i].isWord, t[i].isCapitalized, lowers(i) == "u.s", isToken(i + 1, Keys.period), isToken(i + 2, Keys.dollar), isNumber(i + 3) {
            return ("USD", i + 3)
        }
        if let code = currencyCode(at: i), i + 1 < n, t[i + 1].isNumber || (isToken(i + 1, Keys.period) && isNumber(i + 2)) {
            return (code, isToken(i + 1, Keys.period) && !t[i + 1].spaceBefore && lowers(i) == "rs" ? i + 2 : i + 1)
        }
        return nil
    }

    /// A currency code written as is before a number ("USD", "RMB", "Rs", "GBP").
    func currencyCode(at i: Int) -> String? {
        guard i >= 0, i < n, t[i].isWord, Lexicon.currencyCodeKeys.contains(t[i].key) else { return nil }
        if let code = Lexicon.currencyCodes[texts(i)] { return code }
        // "rmb 10", "usd 20": the codes no English word shares, in lower case.
        return Lexicon.lowercaseCodes.contains(t[i].key) ? Lexicon.currencyCodes[texts(i).uppercased()] : nil
    }

    /// The figure that starts at token `i`: a currency, a number, its shape, a range, its unit, a rate.
    func figure(at i: Int) -> Found? {
        var currency: String?
        var numberIndex = i
        var negative = false
        if let (code, at) = currencyPrefix(at: i) {
            currency = code
            numberIndex = at
        } else if isToken(i, Keys.minus) || isToken(i, Keys.unicodeMinus), i + 1 < n, t[i + 1].isNumber || isToken(i + 1, Keys.period),
            // (A sign may follow an opening bracket: "Mercury (-0.3 magnitude)".)
            joined(i + 1), i == 0 || t[i].spaceBefore || isToken(i - 1, Keys.openParen),
            // "ef 75 -300mm": after a number a hyphen joins the second end of a range, not a sign.
            !(i > 0 && t[i - 1].isNumber && isToken(i, Keys.minus))
        {
            negative = true
            numberIndex = i + 1
        } else if negativeWord(at: i), i + 1 < n, parseNumber(i + 1) != nil {
            // "minus three fifths": a spelled fraction with its sign.
            if t[i + 1].isWord, var f = spelledFraction(at: i + 1), let v = f.quantity.value {
                f.quantity.value = -v
                f.quantity.span = span(i, f.end)
                f.start = i
                return f
            }
            negative = true  // "minus 5 degrees", "negative ten"
            numberIndex = i + 1
        }
        guard var first = parseNumber(numberIndex) else { return nil }
        if negative { first.value = -first.value }
        let exprStart = i

        if currency == nil, !first.spelled, first.start == numberIndex, t[numberIndex].isNumber {
            if let (rule, found, _) = FigureRules.shapes.first(at: numberIndex, in: view, context: self) {
                var q = found.quantity
                q.rule = rule.id
                var f = found
                f.quantity = q
                return f
            }
        }

        // A range: "three to five", "10-12", "between 5 and 7", "$5 to $7 billion", "13.11/14".
        var second: Parsed?
        var afterNumbers = first.end
        if let (parsed, code) = rangeEnd(after: first, exprStart: exprStart, currency: currency) {
            second = parsed
            if currency == nil { currency = code }
            afterNumbers = parsed.end
        }
        // "$5 to $7 billion", "between three and four million": the scale on the second figure covers the first, when the
        // first is below the second's own digits ("between 1,500 and 2 million" is not 1.5 billion).
        if let s = second, s.scaled, !first.scaled, case let digits = t[s.start].isNumber && t[s.start].value > 0 ? t[s.start].value : s.value,
            first.value < digits
        {
            let spelledScale = s.spelled && s.end > s.start && t[s.end - 1].isWord ? Lexicon.scales[key: t[s.end - 1].key] : nil
            // (A scale is a whole number: 2,200,000 / 2.2 is 999,999.99… in binary, and "two to 2.2 mln" must start at 2,000,000.)
            let scale = spelledScale ?? (s.value / digits).rounded()
            if scale > 1 { first.value *= scale }
        }

        // "in band two", "phase three of the plan": a spelled label, no figure (digits are read by a rule).
        if first.spelled, second == nil, isLabelNumber(first) {
            var label = Quantity(span: span(exprStart, first.end), kind: .identifier)
            label.rule = "identifier.label"
            return Found(quantity: label, start: exprStart, end: first.end)
        }

        if second == nil, isSpelledRank(first) {
            var rank = Quantity(span: span(exprStart, first.end), kind: .ordinal, value: first.value)
            rank.rule = "ordinal.top"
            return Found(quantity: rank, start: exprStart, end: first.end)
        }

        // "40+ years", "100+ use cases": a plus glued to a figure means more than it; the unit comes after the plus.
        // (Not a sum: "1+1".)
        var plus = false
        if second == nil, currency == nil, isToken(afterNumbers, Keys.plus), joined(afterNumbers), !isNumber(afterNumbers + 1),
            afterNumbers + 1 >= n || !joined(afterNumbers + 1) || t[afterNumbers + 1].kind == .symbol
        {
            plus = true
            afterNumbers += 1
        }

        // What follows the figure(s).
        var kind = QuantityKind.number
        var unit: String?
        var end = afterNumbers
        var factor: Double = 1
        var unitRule: String?
        if let code = currency {
            kind = .money
            unit = code
            // "$5m", "£3k" glued after a currency; a currency word repeated ("$5 million dollars").
            if end < n, t[end].isWord, joined(end), first.end == end, let scale = Lexicon.moneyScales[key: t[end].key] {
                factor = scale
                end += 1
            }
            if end < n, t[end].isWord, Lexicon.currencyWords[key: t[end].key] != nil, !isNumber(end + 1) { end += 1 }
        } else if end < n, let (rule, match, _) = FigureRules.units.first(at: end, in: view, context: self) {
            kind = match.kind
            unit = match.unit
            end = match.end
            factor = match.factor
            unitRule = rule.id
        } else if end + 1 < n, isWord(end, Keys.more) || isWord(end, Keys.fewer), !first.scaled, !isWord(end + 1, Keys.than),
            t[end + 1].isWord, Lexicon.scales[key: t[end + 1].key] == nil,
            let (rule, match, _) = FigureRules.units.first(at: end + 1, in: view, context: self), [.count, .duration].contains(match.kind)
        {
            // "three more people died", "two more years": the noun after "more" is what is counted.
            kind = match.kind
            unit = match.unit
            end = match.end
            factor = match.factor
            unitRule = rule.id
        } else if let after = unitPastParenthesis(at: afterNumbers, opened: isToken(exprStart - 1, Keys.openParen)) {
            // "88,494 (32,766) tonnes", "16,818 (nil) tonnes", "5.2 (4.1) mln dlrs": a year-ago value in brackets
            // shares the scale and unit after them; each figure keeps its own span.
            let scale = t[after].isWord ? Lexicon.scales[key: t[after].key] : nil
            let at = scale == nil ? after : after + 1
            if at < n, let (rule, match, _) = FigureRules.units.first(at: at, in: view, context: self), [.measure, .count, .money].contains(match.kind),
                scale == nil || match.kind != .count
            {
                kind = match.kind
                unit = match.unit
                factor = (scale ?? 1) * match.factor
                unitRule = rule.id
            }
        }
        if kind == .ratio, unit == "ratio", second != nil { return nil }
        // "the 1967 Six Day War", "the Thirty Years War": a spelled number inside a name, its unit capitalised and a
        // name's word after it.
        if first.spelled, second == nil, exprStart > 0, t[exprStart].isCapitalized, end > afterNumbers, end < n, t[end - 1].isCapitalized,
            t[end].isWord, t[end].isCapitalized, !has(exprStart, .allCaps)
        {
            var name = Quantity(span: span(exprStart, end + 1), kind: .identifier)
            name.rule = "identifier.spelled-name"
            return Found(quantity: name, start: exprStart, end: end + 1)
        }

        // Years: four bare digits in the calendar range, with no unit that makes them a figure, no hedge before
        // them ("about 2000 people"), and never the start of a range with something else.
        // "divided about 1987 growth forecasts": before what a year names, "about" is a preposition.
        let namesAThing = (afterNumbers..<min(n, afterNumbers + 3)).contains { t[$0].isWord && Lexicon.yearNouns.contains(t[$0].key) }
        // "well above 2004's average": a year's possessive is a year's, whatever stands before it.
        let possessive = afterNumbers + 1 < n && joined(afterNumbers) && ["’", "'"].contains(texts(afterNumbers)) && lower(afterNumbers + 1) == "s"
        // "optimistic about 2005": "about" after a word of mood or thought means "concerning", no hedge.
        let topic = isWord(exprStart - 1, Keys.about) && exprStart >= 2 && Lexicon.concerningAbout.contains(t[exprStart - 2].key)
        // "to increase 5.4% annually up to 2022.": "up to" a year that closes its clause is "until".
        // (Not a round count: "could employ up to 2000.")
        let hedge = qualifier(before: exprStart)
        let untilYear = hedge?.0 == "up to" && first.value.truncatingRemainder(dividingBy: 100) != 0
            && (afterNumbers >= n || (t[afterNumbers].kind == .symbol && !isHyphen(afterNumbers)))
        // "dates from around 1490", "since about 2010", "in about 1850": a hedged moment, a year when nothing is counted.
        let hedgedMoment = hedge.map { q in
            ["about", "around", "circa", "approximately", "roughly"].contains(q.0) && q.2 > 0
                && (["since", "in", "until", "till"].contains(lower(q.2 - 1) ?? "")
                    || (isWord(q.2 - 1, Keys.from) && ["dates", "dated", "dating", "date"].contains(lower(q.2 - 2) ?? "")))
                // (A clock time on the wire: "open until about 2000 or 2100 EST".)
                && !(afterNumbers..<min(n, afterNumbers + 4)).contains { has($0, QC.timeZone) }
        } ?? false
        let hedged = hedge != nil && !namesAThing && !possessive && !topic && !untilYear
            && !(hedgedMoment && kind == .number && second == nil)
        // Two years joined are a span of years, whatever noun follows ("2010-2012 sales").
        // (Or a year and the last two digits of a later one: "1982-84 consumption patterns".)
        let yearSpan = kind == .count && first.value >= 1800
            && second.map {
                $0.plainInteger && (isYearNumber($0.start) ? $0.value - first.value <= 50
                    : t[$0.start].digitCount <= 2 && joined($0.start)
                        && $0.value > first.value.truncatingRemainder(dividingBy: t[$0.start].digitCount == 2 ? 100 : 10))
            } == true
        // A year naming a thing: after a determiner or before a name or a singular noun ("the 2000 Olympics", "That
        // 1978 resolution calls for …"); "2000 people" stays a count.
        let yearModifier = kind == .count && second == nil && first.value >= 1900 && first.value < 2100 && afterNumbers < n
            && t[afterNumbers].isWord
            && ((exprStart > 0 && (Lexicon.yearDeterminers.contains(lowers(exprStart - 1)) || texts(exprStart - 1) == "’" || texts(exprStart - 1) == "'"
                || (lowers(exprStart - 1) == "s" && ["’", "'"].contains(texts(exprStart - 2)))))  // "the company's 1987 results"
                || t[afterNumbers].isCapitalized
                || (!lowers(afterNumbers).hasSuffix("s") && !Lexicon.irregularPlurals.contains(lowers(afterNumbers))))
        if kind == .number || yearSpan || yearModifier || (kind == .duration && second == nil), currency == nil, first.plainInteger,
            isYearNumber(first.start), second.map({ isYearNumber($0.start) || $0.value < 100 }) ?? true, !negative, !hedged
        {
            var yearEnd = afterNumbers
            if let s = lower(yearEnd), s == "s", joined(yearEnd) { yearEnd += 1 }  // "1990s"
            if let s = second {
                // "2019-20": a season written with two digits.
                // ("1998-9": its last digit.)
                let base: Double = t[s.start].digitCount == 1 ? 10 : 100
                let high = s.value < 100 ? (first.value - first.value.truncatingRemainder(dividingBy: base)) + s.value : t[s.start].value
                return Found(quantity: Quantity(span: span(exprStart, yearEnd), kind: .year, low: first.value, high: high, unit: "year"),
                             start: exprStart, end: yearEnd)
            }
            return Found(quantity: Quantity(span: span(exprStart, yearEnd), kind: .year, value: first.value, unit: "year"),
                         start: exprStart, end: yearEnd)
        }
        // "aged 45", "Clinton, 35,", "from the age of seven", "by the time he was 40,": an age.
        // "Palmer, who turned 38 last week", "the port turns 300": a birthday or an anniversary.
        let turned = second == nil && first.plainInteger && first.value <= 1000 && !first.spelled
            && ["turned", "turns", "turning"].contains(lower(exprStart - 1) ?? "") && !isNumber(afterNumbers) && !has(afterNumbers, QC.numberWord)
        if kind == .number, isWord(exprStart - 1, Keys.aged) || isAgeOf(exprStart) || turned || (second == nil && (isAgeAppositive(first) || isPersonsAge(first) || isAgeBound(first) || isAtAge(first))) {
            kind = .measure
            unit = "year"
        }
        if kind == .number, second == nil, isMagnitude(first, at: exprStart) {
            kind = .measure
            unit = "magnitude"
        }
        // "a 87 yo man": the clinical shorthand for years old.
        if kind == .number, first.plainInteger, first.value < 130, isWord(end, Keys.yo) || isWord(end, Keys.yoDotted) {
            kind = .measure
            unit = "year"
            end += isWord(end, Keys.yoDotted) && isToken(end + 1, Keys.period) && joined(end + 1) ? 2 : 1
        }
        // "At one point, we heard 73": a moment, no measure (as "at one stage", "at one time" are read as none), when
        // it opens the sentence or a comma closes it ("stood at one point below par" is a level).
        if unit == "points", first.spelled, first.value == 1, second == nil, isWord(exprStart - 1, Keys.at),
            exprStart - 1 == 0 || isToken(end, Keys.comma)
        {
            return nil
        }
        // "zero-coupon notes", "a zero-sum game", "zero-emission cars": "zero" joined to a word names a kind, nothing counted.
        if first.spelled, first.value == 0, second == nil, isHyphen(afterNumbers), joined(afterNumbers), joined(afterNumbers + 1) { return nil }
        // "the four-wheelers", "a two-seater": a kind named by its number; "two-bit" is cheap (digits are a size: "32-bit").
        if kind == .number || kind == .count || kind == .measure, second == nil, isHyphen(afterNumbers), joined(afterNumbers), joined(afterNumbers + 1),
            afterNumbers + 1 < n,
            (Lexicon.namedByNumber.contains(t[afterNumbers + 1].key) && (first.value < 100 || !(lowers(afterNumbers + 1).hasPrefix("seater"))))
                || (first.spelled && isWord(afterNumbers + 1, Keys.bit))
        {
            return nil
        }
        // A bare spelled "one" is a pronoun more often than a figure ("the only one").
        if kind == .number, first.spelled, second == nil, first.value == 1, !negative { return nil }
        // "Did you two get him drunk?", "we three agreed": a spelled number after a personal pronoun names the people
        // spoken to or about, no figure.
        if kind == .number, first.spelled, second == nil, exprStart >= 1, let w = lower(exprStart - 1), ["you", "we", "us"].contains(w),
            !has(exprStart - 1, .allCaps)  // not "US three Hard Amber Durum"
        {
            return nil
        }
        // "in a day or two", "a blot or two": a vague few after a singular noun, no figure.
        if kind == .number, first.spelled, second == nil, first.value == 2, isWord(exprStart - 1, Keys.or), exprStart >= 2,
            t[exprStart - 2].isWord, has(exprStart - 2, .lowercase), !has(exprStart - 2, QC.numberWord)
        {
            return nil
        }

        let qualifier = qualifier(before: exprStart) ?? (plus ? ("more than", false, exprStart) : nil)
        var quantity = Quantity(span: span(exprStart, end), kind: kind, unit: unit, qualifier: qualifier?.0,
                                approximate: qualifier?.1 ?? false)
        quantity.decimals = first.decimals
        if let s = second {
            // Ends in the order written; a wire quote gives the offer first ("6-7/16 6-5/16 pct").
            quantity.low = min(first.value, s.value) * factor
            quantity.high = max(first.value, s.value) * factor
        } else {
            quantity.value = first.value * factor
            // A value written in two units is one value: "5 ft 2 in", "six feet and two inches" (in feet) …
            if unit == "ft", let inches = inchesAfter(end, firstPlain: first.plainInteger) {
                quantity.value = first.value + inches.value
                quantity.span = span(exprStart, inches.end)
                end = inches.end
            }
            // … "2 hours 45 minutes", "one minute, 47.96 seconds": a time in its smallest unit (165 minutes, 107.96 seconds) …
            if kind == .duration, unit == "hour" || unit == "minute", first.value == first.value.rounded(), let (total, smaller, partEnd) = clockPartsAfter(end, unit: unit ?? "", value: first.value) {
                quantity.value = total
                quantity.unit = smaller
                quantity.span = span(exprStart, partEnd)
                end = partEnd
            }
            // … "3 dollars 50 cents", "15 dollars 50": the cents belong to the same price.
            if unitRule == "money.word" || (unitRule == "money.symbol-after" && (isWord(end + 1, Keys.cent) || isWord(end + 1, Keys.cents))),
                first.plainInteger || first.spelled, factor == 1, let cents = centsAfter(end)
            {
                quantity.value = first.value + cents.value
                quantity.span = span(exprStart, cents.end)
                quantity.decimals = 2
                end = cents.end
            }
        }
        quantity.rule = unitRule.map { "figure/" + $0 } ?? (currency != nil ? "figure/money.prefix" : "figure")
        // A rate: "5 deaths per 100,000 people", "$35 a barrel", "3 percent a year", "42 cts a share".
        if let (rateUnit, rateEnd) = rate(after: end, unit: quantity.unit) {
            quantity.span = span(exprStart, rateEnd)
            quantity.unit = rateUnit
            end = rateEnd
        }
        // "more than 10 and less than 40", "above 1000 and below 1500", "at most 100 and at least 20": two bounds
        // joined make one range.
        if second == nil, let q = qualifier, let v = quantity.value, let bound = Lexicon.bounds[q.0],
            let (otherBound, other, otherEnd) = boundAfter(end), otherBound != bound, !other.scaled || first.scaled
        {
            let (low, high) = bound == .lower ? (v, other.value * factor) : (other.value * factor, v)
            if low < high {
                quantity.value = nil
                quantity.low = low
                quantity.high = high
                quantity.qualifier = nil
                quantity.span = span(q.2, otherEnd)
                return Found(quantity: quantity, start: q.2, end: otherEnd)
            }
        }
        return Found(quantity: quantity, start: exprStart, end: end)
    }

    /// After a bounded figure: "and less than 40", ", lower or equal than 300", "but below 1500".
    func boundAfter(_ i: Int) -> (Lexicon.Bound, Parsed, Int)? {
        var k = i
        if isToken(k, Keys.comma) { k += 1 }
        if isWord(k, Keys.and) || isWord(k, Keys.but) { k += 1 }
        guard k > i else { return nil }
        for (phrase, keys, _) in Lexicon.qualifierKeys where Lexicon.bounds[phrase] != nil {
            guard k + keys.count < n, keys.enumerated().allSatisfy({ t[k + $0.offset].isWord && t[k + $0.offset].key == $0.element })
            else { continue }
            var j = k + keys.count
            // "less than or equal to 40", "lower or equal than 300".
            if isWord(j, Keys.or), lower(j + 1) == "equal" { j += isWord(j + 2, Keys.to) || lower(j + 2) == "than" ? 3 : 2 }
            guard let bound = Lexicon.bounds[phrase], let p = parseNumber(j) else { return nil }
            return (bound, p, p.end)
        }
        return nil
    }

    /// The minutes (and seconds) after hours, or the seconds after minutes: "2 hours 45 minutes", "one minute, 47.96
    /// seconds", "2 hours, 10 minutes and 5 seconds" — the whole in the smallest unit written, and where it ends.
    func clockPartsAfter(_ i: Int, unit: String, value: Double) -> (Double, String, Int)? {
        var total = value
        var current = unit
        var j = i
        var found = false
        while true {
            let next = current == "hour" ? "minute" : current == "minute" ? "second" : nil
            guard let next else { break }
            var k = j
            if isToken(k, Keys.comma) || isWord(k, Keys.and) { k += 1 }
            guard let p = parseNumber(k), !p.scaled, p.value < 60, p.end < n, t[p.end].isWord, Lexicon.durations[key: t[p.end].key] == next else { break }
            let exact = Token.powerOfTen(p.decimals)
            total = ((total * 60 + p.value) * exact).rounded() / exact  // 1 × 60 + 47.96 is 107.96, not 107.960…01
            current = next
            j = p.end + 1
            found = true
        }
        return found ? (total, current, j) : nil
    }

    /// The inches after a figure in feet, in feet: "2 inches", "and two inches", or a bare "in" right after digits
    /// ("5 ft 2 in"; not "6 feet and 2 in …").
    func inchesAfter(_ i: Int, firstPlain: Bool) -> (value: Double, end: Int)? {
        let and = isWord(i, Keys.and)
        let k = and ? i + 1 : i
        guard let p = parseNumber(k), !p.scaled, p.value < 12 else { return nil }
        if isWord(p.end, Keys.inches) || isWord(p.end, Keys.inch) { return (p.value / 12, p.end + 1) }
        if !and, firstPlain, p.plainInteger, p.end == k + 1, isWord(p.end, Keys.inWord) { return (p.value / 12, p.end + 1) }
        return nil
    }

    /// The cents after a whole price in words: "50 cents" or a bare "50" that ends the phrase ("15 dollars 50.",
    /// "thirteen dollars forty five").
    func centsAfter(_ i: Int) -> (value: Double, end: Int)? {
        var k = i
        if isWord(k, Keys.and), k + 1 < n { k += 1 }
        func endsPhrase(_ j: Int) -> Bool { j == n || (t[j].kind == .symbol && !isHyphen(j) && !isToken(j, Keys.slash)) }
        // "thirteen dollars and forty-five cents": spelled cents, with the word "cents" or closing the phrase.
        if t.indices.contains(k), t[k].isWord, let spelled = parseNumber(k), spelled.spelled, spelled.value < 100, spelled.value >= 1,
            spelled.value == spelled.value.rounded()
        {
            if isWord(spelled.end, Keys.cents) || isWord(spelled.end, Keys.cent) { return (spelled.value / 100, spelled.end + 1) }
            if endsPhrase(spelled.end) { return (spelled.value / 100, spelled.end) }
        }
        guard isNumber(k), t[k].plainInteger, t[k].digitCount <= 2 else { return nil }
        if isWord(k + 1, Keys.cents) || isWord(k + 1, Keys.cent) { return (t[k].value / 100, k + 2) }
        guard endsPhrase(k + 1) else { return nil }
        return (t[k].value / 100, k + 1)
    }

    /// Where a unit would stand past a bracketed comparison: after "88,494" in "88,494 (32,766) tonnes" (the
    /// bracket opens at `j`), or after "32,766" itself (`opened`: the figure is inside the brackets).
    func unitPastParenthesis(at j: Int, opened: Bool) -> Int? {
        if opened { return isToken(j, Keys.closeParen) && j + 1 < n && t[j + 1].isWord ? j + 1 : nil }
        guard isToken(j, Keys.openParen) else { return nil }
        var k = j + 1
        while k < n, k <= j + 4, isNumber(k) || isWord(k, Keys.nilWord) || isToken(k, Keys.period) { k += 1 }
        guard k > j + 1, isToken(k, Keys.closeParen), k + 1 < n, t[k + 1].isWord else { return nil }
        return k + 1
    }

    /// "(250 ft)", "(1,200 miles)": a length in feet, yards, miles or inches in brackets at token `j`, which makes a
    /// bare "m" before it metres ("The 75 m (250 ft) ship").
    func isImperialLength(inParenthesesAt j: Int) -> Bool {
        guard isToken(j, Keys.openParen), j + 2 < n, t[j + 1].isNumber else { return false }
        let unit = t[j + 2].isWord ? Lexicon.measures[key: t[j + 2].key] : nil
        return unit == "ft" || unit == "yd" || unit == "mi" || unit == "in"
    }

    /// Whether a number after "the top" ends there as a rank: no counted noun, percent, scale, measure or currency
    /// follows at token `j` ("the top 30", "the top 10 firms" counts).
    func isRank(after j: Int) -> Bool {
        if let head = countNoun(from: j) {
            return Lexicon.rankedLists.contains(t[head].key) || (head + 1 < n && Lexicon.rankedLists.contains(t[head + 1].key))
        }
        return !has(j, QC.percentWord) && !isToken(j, Keys.percent) && !has(j, QC.scale)
            && !has(j, QC.measureWord) && !has(j, QC.currencyWord)
    }

    /// A spelled number after "the top" ("in the US top five", "among the top eight in the world"): a rank.
    func isSpelledRank(_ p: Parsed) -> Bool {
        let i = p.start
        guard p.spelled, i >= 2, isWord(i - 1, Keys.top) || isWord(i - 1, Keys.bottom) else { return false }
        let the = t[i - 2].isCapitalized && i >= 3 ? i - 3 : i - 2
        return isWord(the, Keys.the) && isRank(after: p.end)
    }

    /// "magnitude 6.3", "a magnitude-6.3 tremor", "a magnitude of 6.4": a quake's size, in digits under 10.
    func isMagnitude(_ first: Parsed, at i: Int) -> Bool {
        guard first.value < 10, first.value > 0, !first.spelled else { return false }
        if isWord(i - 1, Keys.magnitude) { return true }
        if isHyphen(i - 1), joined(i - 1), isWord(i - 2, Keys.magnitude) { return true }
        return isWord(i - 1, Keys.of) && isWord(i - 2, Keys.magnitude)
    }

    /// "the age of seven", "between the ages of 18 and 24" (both ends).
    func isAgeOf(_ i: Int) -> Bool {
        if isWord(i - 1, Keys.and), isNumber(i - 2) || has(i - 2, QC.numberWord) { return isAgeOf(i - 2) }
        // "raise the pension age (for council workers) from 60 to 65", "the voting age to 16".
        func ageBefore(_ j: Int) -> Bool { (max(0, j - 5)..<j).contains { isWord($0, Keys.age) } && !(max(0, j - 5)..<j).contains { isNumber($0) } }
        if isWord(i - 1, Keys.from) || isWord(i - 1, Keys.to), ageBefore(i - 1) { return true }
        if isWord(i - 1, Keys.to), isNumber(i - 2), isWord(i - 3, Keys.from), ageBefore(i - 3) { return true }
        // "at age 87", "a man of age 87", "two girls ages 11 and 15".
        if isWord(i - 1, Keys.age), isWord(i - 2, Keys.at) || isWord(i - 2, Keys.of) { return true }
        // (Or after a comma: "a crowd of about 1,000 men, ages 18 to 35".)
        if isWord(i - 1, Keys.ages), i >= 2, t[i - 2].isWord && !isWord(i - 2, Keys.the) || isToken(i - 2, Keys.comma) { return true }
        return isWord(i - 1, Keys.of) && (isWord(i - 2, Keys.age) || isWord(i - 2, Keys.ages))
    }

    /// "by the time he was 40,", "when she was 12", "I am 26 now.", "I'm 26 and I live in Leeds": a person's "was",
    /// "is" or "am" before a bare whole number closing the clause.
    func isPersonsAge(_ p: Parsed) -> Bool {
        guard p.value >= 1, p.value < 120, p.value == p.value.rounded(), p.start >= 2 else { return false }
        let pronounAt: Int
        // ("when she was about 57": a hedge between the verb and the age.)
        let verb = (qualifier(before: p.start)?.2 ?? p.start) - 1
        if isWord(verb, Keys.was) || isWord(verb, Keys.isWord) {
            pronounAt = verb - 1
        } else if isWord(p.start - 1, Keys.am), isWord(p.start - 2, Keys.i) {
            pronounAt = p.start - 2
        } else if isWord(p.start - 1, Keys.m), joined(p.start - 1), p.start >= 3, ["'", "’"].contains(texts(p.start - 2)), joined(p.start - 2),
            isWord(p.start - 3, Keys.i)
        {
            pronounAt = p.start - 3  // "I'm 26"
        } else {
            return false
        }
        // "The former world number one was 22 when she retired": a person's age at a time of her life.
        if isWord(p.end, Keys.when), let pronoun = lower(p.end + 1), Lexicon.personPronouns.contains(pronoun) { return true }
        guard let pronoun = lower(pronounAt), Lexicon.personPronouns.contains(pronoun) else { return false }
        var end = p.end
        if isWord(end, Keys.now) { end += 1 }  // "I am 26 now."
        // "I'm 26 and I live in Leeds": the clause closes where another person's clause begins.
        if isWord(end, Keys.and), let next = lower(end + 1), Lexicon.personPronouns.contains(next) { return true }
        return end == n || (t[end].kind == .symbol && !isHyphen(end) && !isToken(end, Keys.percent))
    }

    /// "At 34, Holmes knows time is short", "At 19, she became champion": "at" opening the sentence, a whole
    /// number and a comma before a person.
    func isAtAge(_ p: Parsed) -> Bool {
        guard p.plainInteger, p.value >= 2, p.value < 120, p.start == 1, isWord(0, Keys.at), isToken(p.end, Keys.comma), p.end + 1 < n
        else { return false }
        let next = p.end + 1
        if let pronoun = lower(next), Lexicon.personPronouns.contains(pronoun) { return true }
        // A name: a capitalised word, then a verb or another capitalised word (not "At 34, Oil prices …" — a noun phrase
        // in lowercase after it would be no person either).
        return t[next].isWord && t[next].isCapitalized && next + 1 < n && t[next + 1].isWord
            && (t[next + 1].isCapitalized || has(next + 1, .lowercase)) && !has(next, QC.month)
    }

    /// "children under 18", "people over 65", "players are over 18", "children younger than 18": a bound on the age
    /// of a group of people.
    func isAgeBound(_ p: Parsed) -> Bool {
        guard p.plainInteger, p.value >= 1, p.value < 120, !p.spelled else { return false }
        let i = p.start
        // "children as young as 12", "workers as old as 70": the adjective names the age.
        if lower(i - 1) == "as", let adjective = lower(i - 2), adjective == "young" || adjective == "old", lower(i - 3) == "as" { return true }
        let hedge: Int
        if isWord(i - 1, Keys.under) || isWord(i - 1, Keys.over) {
            hedge = i - 1
        } else if isWord(i - 1, Keys.than), i >= 2, let w = lower(i - 2), w == "younger" || w == "older" {
            hedge = i - 2
        } else {
            return false
        }
        let group = hedge >= 1 && Lexicon.copulas.contains(t[hedge - 1].key) ? hedge - 2 : hedge - 1
        return group >= 0 && t[group].isWord && Lexicon.ageGroups.contains(t[group].key)
    }

    /// "Clinton, 35, the daughter of …": a bare number between commas right after a name is an age.
    func isAgeAppositive(_ p: Parsed) -> Bool {
        // ("Michael Neu, 67 of Slidell, La.": the age before the hometown; "Warren Leblanc, 17 - who was jailed": a dash
        // closing it.)
        // ("… split from Michael Sheen, 49.": closing the sentence, after a full name.)
        let closesAfterFullName = isToken(p.end, Keys.period) && p.end + 1 == n && p.value >= 10 && p.start >= 3
            && isToken(p.start - 1, Keys.comma) && (p.start - 3...p.start - 2).allSatisfy { t[$0].isWord && t[$0].isCapitalized && !has($0, .allCaps) && t[$0].count > 1 }
        guard p.plainInteger, p.value >= 1, p.value < 120,
            isToken(p.end, Keys.comma) || (isWord(p.end, Keys.of) && p.end + 1 < n && t[p.end + 1].isCapitalized)
                || (isHyphen(p.end) && !joined(p.end) && p.end + 1 < n && !joined(p.end + 1)) || closesAfterFullName
        else { return false }
        // ("Agassi, now 34, has progressed": the age as it is now.)
        let comma = isWord(p.start - 1, Keys.now) ? p.start - 2 : p.start - 1
        guard isToken(comma, Keys.comma), comma >= 1, t[comma - 1].isWord else { return false }
        // A name, or a person described: "The England international, 24, was hurt".
        return t[comma - 1].isCapitalized || Lexicon.personNouns.contains(t[comma - 1].key)
    }

    /// The rate after a figure: "per 100,000 people", "a barrel", "an hour", "per share", "a year".
    func rate(after end: Int, unit: String?) -> (String, Int)? {
        guard end < n else { return nil }
        // "km/h", "10km/hr", "m/s", "50 km/ms": a slash and a time unit glued after a measure.
        if let unit, isToken(end, Keys.slash), joined(end), end + 1 < n, t[end + 1].isWord, joined(end + 1) {
            let per = lowers(end + 1)
            let short = ["h": "hour", "hr": "hour", "s": "second", "sec": "second", "ms": "millisecond", "min": "minute"]
            let base = Lexicon.durations[key: t[end + 1].key] ?? short[per]
            if let base { return (Self.rateUnit(unit, base), end + 2) }
        }
        if isWord(end, Keys.per), end + 1 < n, t[end + 1].isNumber, let base = parseNumber(end + 1) {
            var baseEnd = base.end
            if let noun = countNoun(from: baseEnd), noun == baseEnd { baseEnd = noun + 1 }
            let text = (unit.map { $0 + " " } ?? "") + "per " + formatBase(base.value) + (baseEnd > base.end ? " " + lowers(baseEnd - 1) : "")
            return (text, baseEnd)
        }
        // "$35 a barrel", "3 percent a year", "42 cts a share", "$15 an hour", "per tonne", and "per troy ounce",
        // "per short ton" with the unit's own modifier.
        guard let unit, isWord(end, Keys.a) || isWord(end, Keys.an) || isWord(end, Keys.per) else { return nil }
        if isWord(end, Keys.per), let modifier = lower(end + 1), ["troy", "short", "long", "metric", "cubic", "square"].contains(modifier),
            has(end + 2, QC.rateNoun)
        {
            return (Self.rateUnit(unit, modifier + " " + lowers(end + 2)), end + 3)
        }
        guard has(end + 1, QC.rateNoun) || (isWord(end, Keys.per) && has(end + 1, QC.durationWord)) else { return nil }
        // "a year earlier", "a year ago": time, not a rate.
        if let next = lower(end + 2), ["earlier", "ago", "before", "later", "after", "on", "from", "and"].contains(next), has(end + 1, QC.durationWord) {
            return nil
        }
        let base = Lexicon.durations[key: t[end + 1].key] ?? lowers(end + 1)
        return (Self.rateUnit(unit, base), end + 2)
    }

    /// A unit per a base, under the name the unit table gives a speed ("60 km/h", "60 kilometres an hour" and
    /// "60 kph" are all `km/h`; "188 miles an hour" is `mph`).
    static func rateUnit(_ unit: String, _ base: String) -> String {
        switch (unit, base) {
        case ("km", "hour"): return "km/h"
        case ("mi", "hour"): return "mph"
        default: return unit + " per " + base
        }
    }

    func formatBase(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    func ordinalValue(_ i: Int) -> Double? {
        let values: [String: Double] = [
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
            "thousandth": 1000,
        ]
        return values[lowers(i)]
    }

    /// The second figure of a range, if one follows `first`, with a currency written before it.
    func rangeEnd(after first: Parsed, exprStart: Int, currency: String?) -> (Parsed, String?)? {
        let k = first.end
        guard k < n else { return nil }
        let hyphen = isHyphen(k)
        let before = exprStart - 1
        // "from $3 to $4" is a change from one level to another, unless a range is named ("ranges from").
        let fromRange = isWord(before, Keys.from) && (before >= 1 && t[before - 1].isWord && Lexicon.rangeOpeners.contains(t[before - 1].key)
            || ["is", "are", "was", "were", "be"].contains(lower(before - 1) ?? ""))
        // "rose by 5 to 7 percent" is a change and a level; a forecast change is a range ("stocks should rise 10 to 15
        // pct", "expected to grow 3 to 4 pct").
        func pastChange(_ verb: Int) -> Bool { has(verb, QC.changeVerb) && !(verb > 0 && t[verb - 1].isWord && Lexicon.forecastWords.contains(t[verb - 1].key)) }
        // (A hedge may stand between the verb and its change: "dropped more than $11 billion to $106 billion"; after "by"
        // a hedged pair is an estimate's range, "grow by about 25 to 30 pct".)
        let changeVerb = pastChange(before) || qualifier(before: exprStart).map { pastChange($0.2 - 1) } == true
        let changeBefore = isWord(before, Keys.by) || changeVerb || (isWord(before, Keys.from) && !fromRange) || listedChange(at: first.start)
        var connectorEnd = k + 1
        var isRangeWord = false
        if isWord(k, Keys.to) {
            // After a change verb, "X to Y" is the change and the level it reached ("closed up $2.80 to $51.15"), unless
            // the two are of a size: then they are the ends of the change ("down 29.9 to 36.3 pct", "fell 10 to 12 feet").
            isRangeWord = !changeBefore || (changeVerb && !isWord(before, Keys.by) && !isWord(before, Keys.from) && endsOfASize(first, at: k + 1))
                // (A factor is no level a change reaches: "inflated the price by two to three times".)
                || parseNumber(k + 1).map { isWord($0.end, Keys.times) } == true
        } else if isWord(k, Keys.through) {
            isRangeWord = true
        } else if isWord(k, Keys.and) {
            isRangeWord = isWord(before, Keys.between)
        } else if isWord(k, Keys.or) {
            isRangeWord = first.spelled
        } else if isWord(k, Keys.up), isWord(k + 1, Keys.to), fromRange || isWord(before, Keys.from) {
            isRangeWord = true  // "from 20 up to 30"
            connectorEnd = k + 2
        } else if t[k].kind == .symbol, texts(k) == "~" {
            isRangeWord = true
        } else if isToken(k, Keys.comma), first.spelled, first.value >= 2, !isToken(before, Keys.comma), let next = parseNumber(k + 1), next.spelled,
            next.value == first.value + 1, next.end < n, t[next.end].isWord, !isWord(next.end, Keys.and), !isWord(next.end, Keys.or)
        {
            isRangeWord = true  // "three, four years ago": spoken for "three or four"
        }
        // A hyphen between spaces joins a range too ("40 - 50 years", "1000 - 5000"); scores ("3 - 1") are read before.
        let spacedHyphen = hyphen && !joined(k) && !joined(k + 1) && texts(k) == "-"
        guard isRangeWord || (hyphen && (joined(k) && joined(k + 1) || texts(k) == "–" || spacedHyphen)) else {
            return wireQuote(after: first)
        }
        var j = connectorEnd
        var code: String?
        if let (c, at) = currencyPrefix(at: min(j, n - 1)), j < n {
            code = c
            j = at
        }
        guard let second = parseNumber(j), second.spelled == first.spelled || !hyphen else { return nil }
        // "rose a higher than expected 17,000 to 4.483 million": a bare number above the digits of a scaled one is a
        // change and its level, not the ends of one range (which "from 500 to 1 million" may still be).
        if isWord(k, Keys.to), !fromRange, !isWord(before, Keys.from), second.scaled, !first.scaled, t[second.start].isNumber,
            first.value > t[second.start].value
        {
            return nil
        }
        // Between spaces a hyphen is often a dash ("£50bn - 14% higher"): only bare numbers rising make a range.
        if spacedHyphen, currency != nil || code != nil || first.scaled || second.scaled || second.value <= first.value || has(second.end, QC.percentWord)
            || texts(second.end) == "%"
        {
            return nil
        }
        // A year never starts a range with something else, and "9-11", "737-800" are no ranges: plain numbers go up.
        // Past the calendar, a second four-digit number makes the first a plain number too ("1000-5000").
        let pastCalendar = second.plainInteger && t[second.start].digitCount >= 4 && second.value > 2199 && !second.scaled
        if isYearNumber(first.start), first.plainInteger, !pastCalendar,
            // ("2005-6": a span of years with its last digit only.)
            !(isYearNumber(second.start) || (hyphen && second.value < 100 && t[second.start].digitCount == 2)
                || (hyphen && t[second.start].digitCount == 1 && joined(second.start) && second.value > first.value.truncatingRemainder(dividingBy: 10)))
        {
            return nil
        }
        if !second.scaled, !first.scaled, second.value <= first.value, !(isYearNumber(first.start) && second.value < 100) { return nil }
        if let currency, let code, code != currency { return nil }
        // A sum's range does not end on a count of something else: "worth £808m to 8,177 cases worth £644m".
        if currency != nil, code == nil, !second.scaled, countNoun(from: second.end) == second.end { return nil }
        return (second, code)
    }

    /// Whether the number at `j` is above `first` and at most three times it, both unscaled, with a unit written once
    /// after it (a percent, basis points, a currency or measure word): the two ends of one change ("up 10.8 to 13.8
    /// pct", "rose 1.00 to 1.50 dlr", "fell 10 to 12 feet") rather than a change and its level ("rose 8-5/8 to 24",
    /// "gained 10 to 10.70", "fell $28.63 to $38.65"). (No level is in basis points: "increased two to eight basis points".)
    func endsOfASize(_ first: Parsed, at j: Int) -> Bool {
        guard j < n, currencyPrefix(at: j) == nil, let second = parseNumber(j), first.value > 0, !first.scaled, !second.scaled
        else { return false }
        let e = second.end
        let basis = lower(e) == "basis"
        let unit = has(e, QC.percentWord) || isToken(e, Keys.percent) || basis
            || (e < n && t[e].isWord && (Lexicon.currencyWords[key: t[e].key] != nil || Lexicon.measures[key: t[e].key] != nil
                || ["cents", "cts", "cent", "ct"].contains(lowers(e))))
        let ratio = second.value / first.value
        return unit && ratio > 1 && (ratio <= 3 || basis)
    }

    /// Wire quotes "13.11/14 pct": a bid and an offer, the second written with its last digits only, or whole
    /// and close above the first ("3.90/4.0 pct", "422.50/423").
    func wireQuote(after first: Parsed) -> (Parsed, String?)? {
        let k = first.end
        if let pair = fractionQuote(after: first) { return (pair, nil) }
        guard first.decimals > 0, isToken(k, Keys.slash), joined(k), isNumber(k + 1), joined(k + 1) else { return nil }
        // The offer whole: with decimals, or a round figure of the bid's size ("422.50/423").
        let whole = t[k + 1].decimals > 0
            || (t[k + 1].plainInteger && first.value >= 1 && t[k + 1].digitCount == t[first.start].digitCount - first.decimals)
        if whole, k + 2 >= n || !(isToken(k + 2, Keys.slash) && joined(k + 2)),
            t[k + 1].value > first.value, t[k + 1].value - first.value <= max(0.5, first.value * 0.05)
        {
            return (Parsed(value: t[k + 1].value, start: k + 1, end: k + 2, spelled: false, plainInteger: false, scaled: false,
                           decimals: t[k + 1].decimals), nil)
        }
        guard t[k + 1].plainInteger, t[k + 1].digitCount <= first.decimals else { return nil }
        let unit = Token.powerOfTen(t[k + 1].digitCount)
        let scaleDown = Token.powerOfTen(first.decimals)
        let head = (first.value * scaleDown / unit).rounded(.down) * unit / scaleDown
        var high = head + t[k + 1].value / scaleDown
        // Rates and yields are quoted offer first, a little below: "yielding 5.71/70" (5.70 to 5.71); both ends are kept.
        // Far below, the digits wrap into the next figure, as exchange rates go: "0.5693/00" (0.5693 to 0.5700).
        // (Below the first only with two digits or more: "a ratio of 2.9/1" is no quote.)
        guard high > first.value || t[k + 1].digitCount >= 2 else { return nil }
        if high < first.value, (first.value - high) * scaleDown > unit / 2 { high += unit / scaleDown }
        guard high != first.value, abs(high - first.value) * scaleDown < unit else { return nil }
        return (Parsed(value: high, start: k + 1, end: k + 2, spelled: false, plainInteger: false, scaled: false, decimals: first.decimals), nil)
    }

    /// A money-market quote in fractions, offer then bid, set apart by a space: "6-7/16 6-5/16 pct", the bid
    /// often with its fraction only, "9-9/16 7/16 pct" (9-7/16). Both are ends of one range.
    func fractionQuote(after first: Parsed) -> Parsed? {
        let k = first.end
        func hasFraction(_ p: Parsed) -> Bool { (p.start..<p.end).contains { isToken($0, Keys.slash) } }
        guard k + 2 < n, !joined(k), t[k].start - t[k - 1].end == 1, t[k].isNumber, hasFraction(first) else { return nil }
        var second: Parsed
        if t[k].plainInteger, isToken(k + 1, Keys.slash), joined(k + 1), joined(k + 2), t[k + 2].plainInteger,
            [2.0, 4, 8, 16, 32, 64].contains(t[k + 2].value), t[k].value < t[k + 2].value
        {
            // The bid's fraction alone: its whole number is the offer's.
            second = Parsed(value: first.value.rounded(.down) + t[k].value / t[k + 2].value, start: k, end: k + 3, spelled: false,
                            plainInteger: false, scaled: false, decimals: 0)
        } else if let parsed = parseNumber(k), hasFraction(parsed), !parsed.spelled {
            second = parsed
        } else {
            return nil
        }
        guard second.value != first.value, abs(second.value - first.value) <= 0.5 else { return nil }
        return second
    }

    /// Four digits that read as a wire clock time: "1030", "0800" (not "1075").
    func isClockDigits(_ k: Int) -> Bool {
        t[k].digitCount == 4 && t[k].value.truncatingRemainder(dividingBy: 100) < 60 && t[k].value < 2400
    }

    func matchPhone(at i: Int) -> Found? {
        var start = i
        var k = i
        // "(212) 555-0143"
        if i >= 1, isToken(i - 1, Keys.openParen), t[i].digitCount == 3, t[i].plainInteger, isToken(i + 1, Keys.closeParen), joined(i + 1),
            i + 2 < n, t[i + 2].isNumber, t[i + 2].digitCount == 3
        {
            start = i - 1
            k = i + 2
        } else if i >= 1, isToken(i - 1, Keys.plus), joined(i), t[i].plainInteger, t[i].digitCount <= 3 {
            // "+44 20 7946 0958", "+1-222-2222-2222": a country code, then groups of digits, spaced or joined by
            // hyphens or slashes.
            var e = i + 1
            var groups = 0
            while e < n {
                let separated = (isHyphen(e) || isToken(e, Keys.slash)) && joined(e) && joined(e + 1)
                let g = separated ? e + 1 : e
                guard g < n, t[g].isNumber, t[g].plainInteger, t[g].digitCount <= 4 else { break }
                e = g + 1
                groups += 1
            }
            guard groups >= 2 else { return nil }
            return Found(quantity: Quantity(span: span(i - 1, e), kind: .identifier), start: i - 1, end: e)
        }
        // "0845 8 505 505", "020 7946 0018": a national number, its trunk zero first, in spaced groups.
        if k == i, t[i].plainInteger, t[i].digitCount >= 3, t[i].digitCount <= 5, bytes[t[i].start] == UInt8(ascii: "0") {
            var e = i + 1
            var digits = t[i].digitCount
            while e < n, t[e].isNumber, t[e].plainInteger, t[e].digitCount <= 4, !joined(e) {
                digits += t[e].digitCount
                e += 1
            }
            if e >= i + 3, (9...12).contains(digits) {
                return Found(quantity: Quantity(span: span(i, e), kind: .identifier), start: i, end: e)
            }
        }
        // "202-225-8333": an area code, an exchange and a line, joined by hyphens.
        if k == i, k + 4 < n, t[k].plainInteger, t[k].digitCount == 3, isHyphen(k + 1), joined(k + 1), joined(k + 2), t[k + 2].isNumber,
            t[k + 2].plainInteger, t[k + 2].digitCount == 3, isHyphen(k + 3), joined(k + 3), joined(k + 4), t[k + 4].isNumber,
            t[k + 4].plainInteger, t[k + 4].digitCount == 4, !(k > 0 && joined(k) && (t[k - 1].isNumber || isHyphen(k - 1)))
        {
            return Found(quantity: Quantity(span: span(k, k + 5), kind: .identifier), start: k, end: k + 5)
        }
        guard k + 2 < n, t[k].isNumber, t[k].plainInteger, t[k].digitCount == 3, isHyphen(k + 1), joined(k + 1),
            joined(k + 2), t[k + 2].isNumber, t[k + 2].plainInteger, t[k + 2].digitCount == 4
        else { return nil }
        var end = k + 3
        if isHyphen(end), joined(end), end + 1 < n, t[end + 1].isNumber, t[end + 1].digitCount == 4, joined(end + 1) {
            end += 2  // "212-555-0143"
        }
        return Found(quantity: Quantity(span: span(start, end), kind: .identifier), start: start, end: end)
    }

    /// A word glued to digits that reads as a unit, scale or suffix ("5km", "25bps", "2pc", "3rd", "40k").
    /// The unit of a short form the unit table allows only glued to digits ("5V", "24h"); nil when more is glued
    /// after it, a code or a clock ("5V2", "5h45", "1h28").
    func gluedUnit(at j: Int) -> (String, QuantityKind)? {
        guard j > 0, j < n, joined(j), t[j - 1].isNumber, t[j].isWord, let form = Lexicon.gluedForms[key: t[j].key],
            !(j + 1 < n && joined(j + 1) && (t[j + 1].isWord || t[j + 1].isNumber))
        else { return nil }
        return form
    }

    func isKnownSuffix(_ j: Int) -> Bool {
        let key = t[j].key
        if isVideoLines(j) { return false }
        return Lexicon.scales[key: key] != nil || Lexicon.moneyScales[key: key] != nil || Lexicon.measures[key: key] != nil
            || Lexicon.durations[key: key] != nil || Lexicon.currencyWords[key: key] != nil || has(j, QC.percentWord)
            || gluedUnit(at: j) != nil
            || ["st", "nd", "rd", "th", "s", "am", "pm", "a.m", "p.m", "x", "bps", "bp", "e", "p", "fold", "deg"].contains(lowers(j))
            || isGluedTemperature(j)
    }

    /// "70 F", "minus 125 C" where the sentence speaks of temperatures or gives both scales ("70 F (20 C)"): a
    /// capital C or F after a space, ending the figure (not "Grade 95 C students", "4 C Street").
    func isSpacedTemperature(_ j: Int) -> Bool {
        guard j > 0, j < n, !joined(j), t[j - 1].isNumber, t[j].count == 1, texts(j) == "C" || texts(j) == "F",
            !(j + 1 < n && (joined(j + 1) && (t[j + 1].isWord || t[j + 1].isNumber) || t[j + 1].isCapitalized))
        else { return false }
        return temperaturePair || temperatureContext
    }

    /// "720p", "1080p" in a sentence about video or screens: a video's lines, not pence ("shares firmed to 480p").
    func isVideoLines(_ j: Int) -> Bool {
        j > 0 && joined(j) && t[j].key == Keys.p && t[j - 1].isNumber && [240, 360, 480, 576, 720, 1080, 1440, 2160, 4320].contains(t[j - 1].value)
            && videoContext
    }

    /// "30C", "-5C", "86F" in a sentence about the weather: a capital C or F glued to a number is degrees
    /// ("5G", "4C" elsewhere are codes).
    func isGluedTemperature(_ j: Int) -> Bool {
        guard j > 0, joined(j), t[j - 1].isNumber, t[j].count == 1, texts(j) == "C" || texts(j) == "F",
            !(j + 1 < n && joined(j + 1) && (t[j + 1].isWord || t[j + 1].isNumber))  // not "CF6-80C2"
        else { return false }
        // A minus sign of its own ("fell to -5C"), not a hyphen inside a code.
        let minus = j >= 2 && (texts(j - 2) == "-" || texts(j - 2) == "−") && joined(j - 1) && !joined(j - 2)
        return minus || temperatureContext
    }

    /// "Taipei 101", "Boeing 737", "Section 427 Row 21B", "FTSE 100", "ISO 9001".
    func nameWithNumber(at i: Int) -> Found? {
        // A version is a name's number too: "QGIS 2.8", "Overcast 1.0" (one decimal, no unit after).
        guard i > 0, t[i].plainInteger || (t[i].decimals == 1 && t[i].value < 100), t[i].spaceBefore, t[i - 1].isWord,
            t[i - 1].isCapitalized || isCamelCase(i - 1)
        else { return nil }
        let name = texts(i - 1)
        let next = parseNumber(i)?.end ?? i + 1
        // A version is written one space after its name, with no scale ("CARBIDE 39.2 MLN" is money, "Crude   32.5" a cell).
        if !t[i].plainInteger, next != i + 1 || t[i].start - t[i - 1].end != 1 || name.count < 3 { return nil }
        // (Nor a change in a list of prices: "…, Hanyang Chemical 600 to 11,700".)
        if listedChange(at: i) { return nil }
        // (A spelled number is no name: "Four 5-15K fighter jets".)
        guard !Lexicon.notNames.contains(name), !has(i - 1, QC.numberWord), monthAt(i - 1) == nil, currencyCode(at: i - 1) == nil, !followsUnit(next),
            !isYearNumber(i), name.count > 1
        else { return nil }
        // Pence or a percent glued to the number make it a figure: "Dixons 4p to 373", "Abbey 2pc". (Not a distance:
        // "Olympic 100m champion" names a race; nor a capital letter, which ends a model's name: "VS 5T".)
        if next < n, joined(next), t[next].isWord, !t[next].isCapitalized,
            (isWord(next, Keys.p) && !isVideoLines(next)) || [.money, .percent].contains(gluedUnit(at: next)?.1)
        {
            return nil
        }
        var end = next
        // "Section 427 Row 21" stays two codes; a trailing letter ("Row 21B") belongs to this one.
        if let w = lower(end), joined(end), w.count == 1 { end += 1 }
        // "Hide Caption 10 of 30", "Game 3 of 7": a position and the count it is out of.
        if isWord(end, Keys.of), end + 1 < n, t[end + 1].isNumber, t[end + 1].plainInteger, t[end + 1].value >= t[i].value,
            end + 2 == n || !(t[end + 2].isWord && has(end + 2, .lowercase))
        {
            end += 2
        }
        // "The PowerMate 1 and 2 are available": the next model of the same name, a small number no unit or noun follows.
        if end == i + 1, isWord(end, Keys.and) || isWord(end, Keys.or), end + 1 < n, t[end + 1].plainInteger, t[end + 1].digitCount <= 2,
            t[end + 1].value > t[i].value, !followsUnit(end + 2), !(isHyphen(end + 2) && joined(end + 2)),
            end + 2 == n || !(t[end + 2].isWord && has(end + 2, .lowercase) && pluralNounFollows(end + 1))
        {
            end += 2
        }
        return Found(quantity: Quantity(span: span(i - 1, end), kind: .identifier), start: i - 1, end: end)
    }

    /// "band two", "phase 3", "a category 4 hurricane": a small whole number after a label word, with no unit or
    /// counted plural after it ("at this stage 5 people" counts).
    func isLabelNumber(_ p: Parsed) -> Bool {
        let i = p.start, end = p.end
        guard i > 0, t[i - 1].isWord, Lexicon.labelWords.contains(t[i - 1].key), p.value < 100, !p.scaled, p.value == p.value.rounded() else {
            return false
        }
        // (Nor before a name: "search for oil round three Greek islands".)
        if followsUnit(end) || isWord(end, Keys.people) || (end < n && t[end].isWord && t[end].isCapitalized) { return false }
        if end < n, t[end].isWord, has(end, .lowercase), let w = lower(end), w.hasSuffix("s"), w != "is", w != "was", w != "has" { return false }
        return true
    }

    /// "iPhone", "eBay", "macOS": a product's name, lowercase first and a capital after.
    func isCamelCase(_ k: Int) -> Bool {
        guard t[k].isWord, has(k, .lowercase), t[k].count >= 3 else { return false }
        return (t[k].start + 1..<t[k].end).contains { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// True when a percent sign, currency or measure follows: then the number is a figure, not a code.
    func followsUnit(_ j: Int) -> Bool {
        if isToken(j, Keys.percent) { return true }
        guard j < n, t[j].isWord else { return false }
        let key = t[j].key
        return has(j, QC.percentWord) || ["cts", "cents", "points", "pts"].contains(lowers(j))
            || Lexicon.currencyWords[key: key] != nil || Lexicon.durations[key: key] != nil
            || Lexicon.measures[key: key] != nil || Lexicon.scales[key: key] != nil
    }

    /// Whether the figure whose unit word is at `unit` opens a parenthesis right after a measure's unit, giving
    /// that measure again ("22,819 kilonewtons (5.13 million pounds)").
    func isMeasureRestated(before unit: Int) -> Bool {
        var j = unit - 1
        while j >= 0, t[j].isNumber || Lexicon.scales[key: t[j].key] != nil { j -= 1 }
        guard j >= 1, j < unit - 1, isToken(j, Keys.openParen), t[j - 1].isWord else { return false }
        return Lexicon.measures[key: t[j - 1].key] != nil && t[j - 1].key != Keys.pounds
    }

    /// "125 million australian dollars", "4.07 billion U.S. Dlrs", "10,000 Swiss francs".
    func nationalCurrency(at i: Int) -> UnitMatch? {
        var k = i
        var nationality = lowers(k)
        k += 1
        if isToken(k, Keys.period), !t[k].spaceBefore { k += 1 }  // "U.S."
        if k < n, t[k].isWord, Units.nationalCurrencies[nationality + " " + lowers(k)] != nil {
            nationality += " " + lowers(k)  // "new zealand", "hong kong"
            k += 1
        }
        guard let code = Units.nationalCurrencies[nationality], k < n, t[k].isWord else { return nil }
        let word = lowers(k)
        guard Units.genericCurrencyWords.contains(word) || Lexicon.currencyWords[key: t[k].key] != nil else { return nil }
        return UnitMatch(kind: .money, unit: code, end: k + 1)
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
        // "two out of five hundreds": a scale in the plural after a spelled base still scales it.
        if base.spelled, let w = lower(base.end), ["hundreds", "thousands"].contains(w) {
            return (base.end + 1, base.value * (w == "hundreds" ? 100 : 1000))
        }
        return (base.end, base.value)
    }

    /// The counted noun after a figure ("32 countries", "two Chinese nationals", "12 so-called “diplomatic
    /// allies”"): the first plural word within a few modifiers; after "one", a singular noun right after it.
    func countNoun(from k: Int) -> Int? {
        var m = k
        var words = 0
        var nameWords = 0
        let afterOne = k > 0 && isWord(k - 1, Keys.one)
        // "more than the 180,000 economists had expected": who forecast the figure, not what it counts.
        // (Only a figure after "the" or "than": "Some 40 analysts expected a cut" counts analysts.)
        var figureStart = k - 1
        while figureStart > 0, t[figureStart].isNumber || has(figureStart, QC.scale) || t[figureStart].kind == .symbol { figureStart -= 1 }
        if k + 1 < n, figureStart >= 0, isWord(figureStart, Keys.the) || lower(figureStart) == "than", t[k].isWord,
            Lexicon.forecasters.contains(t[k].key), Lexicon.expectationVerbs.contains(t[k + 1].key)
                || (k + 2 < n && ["had", "have", "were", "are", "had been"].contains(lowers(k + 1)) && Lexicon.expectationVerbs.contains(t[k + 2].key))
        {
            return nil
        }
        // "the 1980s policies": a decade names a time, it counts nothing.
        if k > 0, isWord(k, Keys.possessiveS), joined(k), isYearNumber(k - 1) { return nil }
        // "additional 1986-peanuts", "1987-crop soybeans": a crop's year joined to it.
        if k > 0, isHyphen(k), joined(k), isYearNumber(k - 1) { return nil }
        // "the One America News Network": a capitalised "One" inside a sentence, before a name, is part of it.
        if afterOne, k >= 2, t[k - 1].isCapitalized, k < n, t[k].isCapitalized { return nil }
        // "this one sticks you front and center", "no one knows": "one" as a pronoun counts nothing.
        if afterOne, k >= 2, let d = lower(k - 2), ["this", "each", "no", "any", "another"].contains(d) { return nil }
        // "A decent one costs $600", "the current one expires": a word in "s" right after "one" is its verb.
        if afterOne, !(isHyphen(k - 2) && joined(k - 1) && has(k - 3, QC.numberWord)), k < n, t[k].isWord, has(k, .lowercase), let w = lower(k), w.count > 3, w.hasSuffix("s"),
            !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), !["series", "species", "means", "news"].contains(w)
        {
            return nil
        }
        while m < n, words < 4 {
            if t[m].kind == .symbol {
                // "100+ use cases", "(14+ passengers)": a plus glued to the number.
                // (Not before a duration, which is no count: "40+ years".)
                if isQuote(m) || (isHyphen(m) && joined(m))
                    || (m == k && isToken(m, Keys.plus) && joined(m) && !has(m + 1, QC.durationWord) && !has(m + 1, QC.measureWord))
                {
                    m += 1
                    continue
                }
                return nil
            }
            // A hyphenated modifier ("so-called", "long-term") is skipped whole; a hyphenated plural that ends
            // the phrase is the noun ("two less-experienced co-pilots").
            if t[m].isWord, isHyphen(m + 1), joined(m + 1), joined(m + 2), m + 2 < n, t[m + 2].isWord {
                // (A verb in the past after it ends the phrase too: "two local crew-members crashed".)
                if !(m + 3 < n && t[m + 3].isWord && !has(m + 3, QC.notNoun) && !lowers(m + 3).hasSuffix("ed")), let last = lower(m + 2), last.count >= 3,
                    last.hasSuffix("s"), !last.hasSuffix("ss")
                {
                    return m + 2
                }
                m += 3
                words += 1
                continue
            }
            // "two of her babies", "four of the five participants": a part of a group named after "of" and a determiner.
            // Not "one of the reasons" (a pronoun); the noun comes within two words ("Three of the accused face charges").
            if m == k, !afterOne, isWord(m, Keys.of), let d = lower(m + 1), ["the", "its", "his", "her", "their", "our", "these", "those"].contains(d),
                m + 2 < n, t[m + 2].isWord, !has(m + 2, QC.numberWord)
            {
                m += 2
                words = 2
                continue
            }
            // "two other people", "50 other passengers": "other" modifies the noun ("others" is none).
            if isWord(m, Keys.other), has(m, .lowercase), m + 1 < n, t[m + 1].isWord {
                m += 1
                words += 1
                continue
            }
            // "5,000 U.S. troops", "three major U.S. gem wholesalers": a dotted abbreviation modifies a plural noun
            // right after it (not "one U.S. Official told Reuters", nor a currency, "20 H.K. Cents").
            if t[m].isWord, isToken(m + 1, Keys.period), joined(m + 1), m + 2 < n, t[m + 2].isWord, lowers(m).contains(".") {
                if afterOne { return nil }  // "it's one U.S. officials would rather not discuss": "one" is a pronoun
                let plural = (m + 2..<min(n, m + 4)).first { k in
                    guard t[k].isWord, let w = lower(k), w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss") else { return false }
                    return Lexicon.currencyWords[key: t[k].key] == nil && !["cents", "cts"].contains(w)
                }
                guard plural != nil else { return nil }
                m += 2
                words += 1
                continue
            }
            // An acronym before a plural noun modifies it ("10 US citizens", "9,000 ISIS fighters"); before anything else it
            // is a name and counts nothing (handled below).
            if words == 0, m == k, t[m].spaceBefore, t[m].isWord, t[m].isCapitalized, texts(m).count > 1, texts(m).uppercased() == texts(m) {
                // (Or one lower-case word and then the plural: "two AIDS virus proteins"; not after "one", where the
                // word is a singular noun before its verb, "One NASA plan envisions".)
                let noun = pluralNounFollows(m) ? m + 1
                    : (!afterOne && m + 1 < n && has(m + 1, .lowercase) && pluralNounFollows(m + 1)) ? m + 2 : nil
                // "50 CFA francs" is money; without a plural after it, the acronym is read on as a word (below).
                if let noun {
                    guard Lexicon.currencyWords[key: t[noun].key] == nil else { return nil }
                    return lastOfPluralNouns(from: noun)
                }
            }
            // Two modifiers joined by "and" or "or" before their plural: "six North Korean shipping and trading companies",
            // "five red and white balloons" (not counted among the modifiers).
            // (Not after a possessive's "s" or an adverb: "Boeing 757's and horizontal stabilizers", "70,000 now and boosting
            // prices".)
            if words >= 1, isWord(m, Keys.and) || isWord(m, Keys.or), m >= 1, has(m - 1, .lowercase), t[m - 1].count >= 3,
                !Lexicon.clauseAdverbs.contains(t[m - 1].key), m + 1 < n, has(m + 1, .lowercase), !has(m + 1, QC.notNoun), pluralNounFollows(m + 1)
            {
                m += 1
                continue
            }
            // A number word ends the phrase ("One seven year tranche"), unless a compound holds it ("three-for-two stock splits").
            guard t[m].isWord, !has(m, QC.notNoun), !has(m, QC.month), !has(m, QC.numberWord) || (isHyphen(m - 1) && joined(m)) else { return nil }
            let w = lowers(m)
            // "three SpaceX Falcon 9 rockets", "two Boeing 747 jets": a model's number inside the name, then the plural.
            // (Not a unit after the number: "1991 First 350 tons" is a table's heading and a weight.)
            if t[m].isCapitalized, !has(m, QC.ordinal), m + 1 < n, t[m + 1].plainInteger, t[m + 1].spaceBefore, !followsUnit(m + 2),
                pluralNounFollows(m + 1)
            {
                return lastOfPluralNouns(from: m + 2)
            }
            // "eight MK-84 bombs", "two F-16 jets", "Four F-15K fighter jets": a model's code glued by a hyphen (and a
            // letter after its number) is a modifier of what is counted.
            if t[m].isCapitalized, m + 3 < n, isHyphen(m + 1), joined(m + 1), t[m + 2].plainInteger, joined(m + 2) {
                let last = joined(m + 3) && t[m + 3].isWord && t[m + 3].isCapitalized && t[m + 3].count <= 2 ? m + 3 : m + 2
                if last + 1 < n, t[last + 1].isWord, has(last + 1, .lowercase), !joined(last + 1) {
                    m = last + 1
                    words += 1
                    continue
                }
            }
            // "three Narcotics Anonymous meetings", "two New York City subway work trains": a capitalised word inside a
            // name counts nothing yet (a name's first words are not counted among the modifiers, up to three of them).
            if t[m].isCapitalized, m + 1 < n, t[m + 1].isWord, t[m + 1].isCapitalized {
                // (A headline's capitals are no name: "TWO-FOR-FIVE BONUS ISSUE REPLACING "B" SHARES".)
                if nameWords < 3, !has(m, .allCaps) { nameWords += 1 } else { words += 1 }
                m += 1
                continue
            }
            // "two Texas bank accounts": a name in "s" modifies the plural after it.
            if !afterOne, t[m].isCapitalized, w.hasSuffix("s"), m + 1 < n, has(m + 1, .lowercase), !has(m + 1, QC.notNoun), !lowers(m + 1).hasSuffix("ed"),
                pluralNounFollows(m) || pluralNounFollows(m + 1)
            {
                m += 1  // (not counted among the modifiers: "seven of the Packers postseason games")
                continue
            }
            // "two news agencies", "one news site": "news" modifies what is counted, and is never counted itself.
            if w == "news" {
                words += 1
                m += 1
                continue
            }
            if Lexicon.irregularPlurals.contains(w) {
                // "one police officer": after "one", the singular noun the plural modifies is counted.
                if afterOne, m + 1 < n, has(m + 1, .lowercase), Lexicon.countedSingulars.contains(t[m + 1].key) { return m + 1 }
                // "estimates of 2012 data": a year's data.
                if w == "data", isYearNumber(k - 1) { return nil }
                return lastOfPluralNouns(from: m)  // "2,000 data points": a compound's last noun
            }
            if w.count >= 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
                !w.hasSuffix("’s"), !w.hasSuffix("'s")
            {
                // "the 2012 figures", "1987 growth forecasts": what a year names, not a count.
                if isYearNumber(k - 1), Lexicon.yearNouns.contains(t[m].key) || Lexicon.yearVerbs.contains(t[m].key) { return nil }
                // "securities firms", "savings banks", "General Motors parts plants": the compound's last noun is counted.
                return lastOfPluralNouns(from: m)
            }
            // "one person", "one death", "one can of beans": a count of one only of what news counts (people, cases,
            // votes, seats, things measured out); "one side", "one question", "one guy" count nothing.
            if words == 0, afterOne, !t[m].isCapitalized, w.count >= 3, !has(m, QC.durationWord) {
                // "one hell of a career", "one kind of": an idiom counts nothing.
                if isWord(m + 1, Keys.of) { return Lexicon.notCountedOf.contains(t[m].key) ? nil : m }
                return Lexicon.countedSingulars.contains(t[m].key) ? m : nil  // "one can already see" is none
            }
            if words == 0, nameWords == 0, t[m].isCapitalized, texts(m).uppercased() == texts(m), texts(m).count > 1 {
                return nil  // an acronym right after the number is a name, not a modifier
            }
            words += 1
            m += 1
        }
        return nil
    }

    /// The last of the plural nouns that start at `m` ("parts plants" → "plants").
    func lastOfPluralNouns(from m: Int) -> Int {
        var j = m
        while j < m + 3, pluralNounFollows(j) { j += 1 }
        return j
    }

    /// Whether a lowercase plural noun of four letters or more follows token `m` ("securities firms", "data points").
    func pluralNounFollows(_ m: Int) -> Bool {
        guard m + 1 < n, has(m + 1, .lowercase), !has(m + 1, QC.notNoun), let next = lower(m + 1) else { return false }
        // "a poll of 1,313 people suggests", "a survey of 1,300 bosses shows": a verb of reporting, not a compound.
        if Lexicon.reportingVerbs.contains(t[m + 1].key) { return false }
        // A verb in -s takes an object: "two proteins creates a hybrid" (a gerund's verb), not a compound.
        // ("dlrs a year" is a rate.)
        if m + 2 < n, let after = lower(m + 2), ["a", "an", "the", "its", "their", "his", "her"].contains(after),
            !(["a", "an"].contains(after) && has(m + 3, QC.rateNoun))
        {
            return false
        }
        return next.count >= 4 && next.hasSuffix("s") && !next.hasSuffix("ss") && !next.hasSuffix("us") && !next.hasSuffix("is")
    }

    /// "tens of thousands of people marched", "hundreds of jobs", "dozens of countries": an order of magnitude.
    func vagueCount(at i: Int) -> Found? {
        guard let (low, high) = Lexicon.vagueCounts[lowers(i)], isWord(i + 1, Keys.of) else { return nil }
        var lowValue = low
        var highValue = high
        var end = i + 2
        // "tens of thousands", "hundreds of millions"
        if end < n, let scale = Lexicon.vagueCounts[lowers(end)].map({ $0.0 }), isWord(end + 1, Keys.of), scale >= 1000 {
            lowValue = low * scale
            highValue = high * scale
            end += 2
        }
        var unit: String?
        var kind = QuantityKind.count
        if let noun = countNoun(from: end) {
            unit = lowers(noun)
            end = noun + 1
            if let code = Lexicon.currencyWords[key: t[noun].key] {
                kind = .money  // "hundreds of thousands of dollars"
                unit = code
            } else if t[noun].key == Keys.pounds, !isWord(noun + 1, Keys.of) {
                kind = .money  // "millions of pounds", as "361 million pounds"; "thousands of pounds of beef" a weight
                unit = "GBP"
            } else if let measure = Lexicon.measures[key: t[noun].key] {
                kind = .measure
                unit = measure
            } else if let duration = Lexicon.durations[key: t[noun].key] {
                kind = .duration  // "billions of years", "hundreds of hours"
                unit = duration
            }
        } else {
            end -= 1  // keep the dangling "of" out of the figure
        }
        let q = Quantity(span: span(i, end), kind: kind, low: lowValue, high: highValue, unit: unit, approximate: true)
        return Found(quantity: q, start: i, end: end)
    }

    /// "half a percentage point", "a quarter percentage point", "a quarter of a percentage point".
    func fractionOfPoint(at i: Int) -> Found? {
        var j: Int
        var value: Double
        if isWord(i, Keys.a), lower(i + 1) == "quarter" {
            value = 0.25
            j = i + 2
            if isWord(j, Keys.of), isWord(j + 1, Keys.a) { j += 2 }
        } else if isWord(i, Keys.half), isWord(i + 1, Keys.a) {
            value = 0.5
            j = i + 2
        } else {
            return nil
        }
        guard isWord(j, Keys.percentage), let p = lower(j + 1), p.hasPrefix("point") else { return nil }
        value += 0
        return Found(quantity: Quantity(span: span(i, j + 2), kind: .percentagePoints, value: value, unit: "percentage_points"),
                     start: i, end: j + 2)
    }

    /// "one over three", "negative one over 20": numerator, "over", denominator, then the end of the clause.
    func overFraction(at i: Int) -> Found? {
        // Most figures have no "over" after them: look before parsing anything.
        guard ((i + 1)..<min(n, i + 8)).contains(where: { isWord($0, Keys.over) }) else { return nil }
        var k = i
        let negative = negativeWord(at: k)
        if negative { k += 1 }
        guard let top = parseNumber(k), isWord(top.end, Keys.over), let bottom = parseNumber(top.end + 1), bottom.value != 0,
            !top.scaled, !bottom.scaled, bottom.end == n || (t[bottom.end].kind == .symbol && !isHyphen(bottom.end))
        else { return nil }
        let value = (negative ? -1 : 1) * top.value / bottom.value
        return Found(quantity: Quantity(span: span(i, bottom.end), kind: .fraction, value: value, unit: "fraction"), start: i, end: bottom.end)
    }

    /// "two-thirds", "three quarters of", "one-fifth".
    func spelledFraction(at i: Int) -> Found? {
        guard let w = lower(i) else { return nil }
        // "one third party nominee", "a third world country": an ordinal in a compound, no share.
        if lower(i + 1) == "third", let after = lower(i + 2), ["party", "parties", "world"].contains(after) { return nil }
        // "one twenty-fifth", "three twenty-firsts", "twenty thirty fifths": a one-word count of a compound
        // denominator; one takes the singular (closing its phrase: not "one twenty-first century pact"), more the plural.
        if let numerator = Lexicon.units[w] ?? Lexicon.tens[w], numerator >= 1, let d = compoundDenominator(at: i + 1),
            d.plural == (numerator > 1), d.plural || closesPhrase(at: d.end)
        {
            let q = qualifier(before: i)
            return Found(quantity: Quantity(span: span(i, d.end), kind: .fraction, value: numerator / d.denominator, unit: "fraction",
                                            qualifier: q?.0, approximate: q?.1 ?? false), start: i, end: d.end)
        }
        // "twenty-three fifths", "twenty one hundredths": a compound numerator before a plural fraction word that
        // can only be a fraction (fifths and finer).
        // The whole spelled number counts them: "one hundred and thirty-two fifths" is 132 fifths, "ninety-five
        // hundred-fifths" 9,500; "one hundred thirty-fifths" is 100 of a compound denominator.
        if Lexicon.units[w] == nil || (i + 1 < n && Lexicon.fractions[lowers(i + 1)] == nil && !isHyphen(i + 1)) {
            guard var p = parseNumber(i), p.spelled, p.value >= 1, p.end > i else { return nil }
            var denominator: Double
            var end: Int
            // "one hundred thirty fifths", "one hundred one thousand fifths": a count that reaches a hundred or a
            // thousand with no "and" stops there, and the words after it with the ordinal are the denominator
            // (100/35, 100/1005), the longest such.
            if p.end < n, t[p.end].isWord, Lexicon.unitOrdinals[key: t[p.end].key] != nil,
                let s = (i + 1..<p.end).first(where: { s in
                    t[s].isWord && (t[s - 1].key == Keys.hundred || Lexicon.scales[key: t[s - 1].key] != nil)
                        && (Lexicon.units[key: t[s].key] != nil || Lexicon.tens[key: t[s].key] != nil)
                        && compoundDenominator(at: s)?.end == p.end + 1
                }),
                let top = spelledNumber(at: i, limit: s), top.end == s, let d = compoundDenominator(at: s), d.plural
            {
                p = top
                denominator = d.denominator
                end = d.end
            } else if let d = compoundDenominator(at: p.end), d.plural {
                denominator = d.denominator
                end = d.end
            } else {
                let k = isHyphen(p.end) && joined(p.end) && joined(p.end + 1) ? p.end + 1 : p.end
                guard let f = lower(k), Lexicon.pluralFractions.contains(f), let value = Lexicon.fractions[f] else { return nil }
                denominator = 1 / value
                end = k + 1
            }
            let q = qualifier(before: i)
            return Found(quantity: Quantity(span: span(i, end), kind: .fraction, value: p.value / denominator, unit: "fraction",
                                            qualifier: q?.0, approximate: q?.1 ?? false), start: i, end: end)
        }
        guard let numerator = Lexicon.units[w], numerator >= 1 else { return nil }
        var j = i + 1
        if isHyphen(j) { j += 1 }  // "two-thirds", and "five - eighths" in tokenized copy
        let q = qualifier(before: i)
        // "three quarters" counts periods unless "of" follows or a bound comes before ("above one quarter", not
        // "over three quarters"), or it is all the sentence says.
        // Two or more take the plural ("three eleventh round blocks" are blocks), or "of" ("two third of the vote").
        guard let f = lower(j), let value = Lexicon.fractions[f], f != "half", f != "halves",
            numerator == 1 || f.hasSuffix("s") || isWord(j + 1, Keys.of) || (j == i + 2 && joined(i + 1)),
            !(f == "quarter" || f == "quarters") || lower(j + 1) == "of" || isHyphen(i + 1) || (q != nil && q?.0 != "over")
                || (i == 0 && (j + 1 == n || (j + 2 == n && t[j + 1].kind == .symbol)))
        else { return nil }
        return Found(quantity: Quantity(span: span(i, j + 1), kind: .fraction, value: numerator * value, unit: "fraction",
                                        qualifier: q?.0, approximate: q?.1 ?? false), start: i, end: j + 1)
    }

    /// Whether nothing that could extend a phrase follows `j`: the end, punctuation, or "of" ("a twentieth of").
    func closesPhrase(at j: Int) -> Bool {
        j >= n || isWord(j, Keys.of) || !(t[j].isWord || t[j].isNumber || isHyphen(j))
    }

    /// Whether the sentence is program code or a terminal session a page quoted ("SELECT avg(n) FROM t WHERE
    /// status_code = 400", "$ hg clone public alice"): three marks of code or more, at least one per eight words.
    /// Marks: braces, "=", backslashes, box-drawing rules, "//", "&&", "||", a call "name(", ");", "snake_case",
    /// a shell prompt "$ ", an option "-rf" and an HTTP header name "Content-Type:"; a formula's operators between
    /// spaces ("a x 2 + b x + c = 0", "±", "−", "≠").
    func isCodeLine() -> Bool {
        guard n > 0 else { return false }
        // A shell prompt and a command: "$ hg amend -m 'fix bug 15'" (not "$ 10 million").
        if isToken(0, Keys.dollar), n > 1, has(1, .lowercase) { return true }
        var marks = 0
        var words = 0
        var k = t[0].start
        let end = t[n - 1].end
        var previous: UInt8 = 0x20
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) }
        while k < end {
            let b = bytes[k]
            let next: UInt8 = k + 1 < end ? bytes[k + 1] : 0x20
            switch b {
            // Not "<" and ">": wire copy brackets its tickers ("Exxon Corp <XON>").
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "="), UInt8(ascii: "\\"):
                marks += 1
            case UInt8(ascii: "/") where next == UInt8(ascii: "/") && previous != UInt8(ascii: ":"),
                UInt8(ascii: "&") where next == UInt8(ascii: "&"), UInt8(ascii: "|") where next == UInt8(ascii: "|"):
                marks += 1
                k += 1
            case UInt8(ascii: "("): if isAlnum(previous) { marks += 1 }
            case UInt8(ascii: ")"): if next == UInt8(ascii: ";") { marks += 1 }
            case UInt8(ascii: "_"): if isAlnum(previous) && isAlnum(next) { marks += 1 }
            case UInt8(ascii: "$"): if previous == 0x20 || previous == 0x0A, next == 0x20 { marks += 1 }
            case UInt8(ascii: "-"): if previous == 0x20, isLetter(next) { marks += 1 }  // an option: "rm -rf", "-m"
            case 0xE2:
                if next == 0x94, k + 2 < end, bytes[k + 2] == 0x80 || bytes[k + 2] == 0x82 { marks += 1 }  // ─ │
                // A formula's operators between spaces: "−" (U+2212), "≠" (U+2260).
                if previous == 0x20, k + 3 < end, bytes[k + 3] == 0x20,
                    next == 0x88 && bytes[k + 2] == 0x92 || next == 0x89 && bytes[k + 2] == 0xA0
                {
                    marks += 1
                }
            case UInt8(ascii: "+"): if previous == 0x20, next == 0x20 { marks += 1 }  // "a x 2 + b x + c = 0"
            case 0xC2: if previous == 0x20, next == 0xB1, k + 2 < end, bytes[k + 2] == 0x20 { marks += 1 }  // "±"
            default: break
            }
            previous = bytes[k]
            k += 1
        }
        // HTTP headers a page quoted: "Content-Type: …", "Content-Length: 106".
        for k in 0..<max(0, n - 3) where t[k].isCapitalized && isHyphen(k + 1) && joined(k + 1) && joined(k + 2) && t[k + 2].isCapitalized
            && texts(k + 3) == ":" && joined(k + 3)
        {
            marks += 1
        }
        // SQL's keywords in capitals on a line that has lower case too ("FROM unnest(array[2, 3, 5]) AS n"; a
        // headline in capitals is no query).
        if marks > 0, t.contains(where: { $0.isWord && !$0.isCapitalized }) {
            for k in 0..<n where t[k].isWord && has(k, .allCaps) && Self.sqlKeywords.contains(t[k].key) { marks += 1 }
        }
        // Words are counted only for the few lines with marks enough (prose has none or one).
        guard marks >= 3 else { return false }
        previous = 0x20
        k = t[0].start
        while k < end {
            let b = bytes[k]
            if isLetter(b), k + 1 < end, isLetter(bytes[k + 1]), !isAlnum(previous) { words += 1 }
            previous = b
            k += 1
        }
        return marks * 8 >= words
    }

    /// SQL's keywords, which mark a line as code when written in capitals beside lower case.
    static let sqlKeywords = WordTable(["select", "from", "where", "join", "group", "order", "insert", "values", "update", "limit", "having", "union", "as"])

    /// Whether the sentence is the heading of a reporting period over an earnings or statistics table: "Six months to
    /// December 31", "Two weeks ended Feb 25      daily avgs-mlns", after a dateline too ("KUALA LUMPUR, March 7 - Six
    /// months to December 31"). Its one statistic is the period's length, then "to", "ended" or "ending" and a date,
    /// and nothing after the date but the table's column labels past a run of spaces.
    /// (Not prose about a period: "Sales rose 5 pct in the nine months ended June 30.")
    func isPeriodHeading(_ found: [Quantity]) -> Bool {
        // (Found without a filtered copy of the list: this runs for every sentence with a figure.)
        guard let s = found.firstIndex(where: \.isStatistic), found[s].kind == .duration,
            !found[(s + 1)...].contains(where: \.isStatistic),
            let first = t.firstIndex(where: { $0.start >= found[s].span.start }),
            let last = t.lastIndex(where: { $0.end <= found[s].span.end }),
            isWord(last + 1, Keys.to) || isWord(last + 1, Keys.ended) || isWord(last + 1, Keys.ending),
            let date = found.first(where: { $0.kind == .date && last + 2 < n && $0.span.start == t[last + 2].start }),
            let dateEnd = t.lastIndex(where: { $0.end <= date.span.end })
        else { return false }
        // Before it, nothing or a dateline: capitalised words, commas and the date, closed by a dash.
        if first > 0 {
            guard isHyphen(first - 1), (0..<(first - 1)).allSatisfy({ t[$0].isCapitalized || t[$0].isNumber || isToken($0, Keys.comma) }) else {
                return false
            }
        }
        // After it, nothing, a full stop, or column labels past a run of spaces.
        let next = dateEnd + 1
        if next >= n || (next + 1 == n && isToken(next, Keys.period)) { return true }
        return t[next].start - t[dateEnd].end >= 3 && bytes[t[dateEnd].end..<t[next].start].allSatisfy { $0 == 0x20 }
    }

    /// Whether the sentence is a row of a table or a price list rather than prose ("MAR8 137 1/4L 137 1/2H
    /// 136 3/4", "0.1 1.0 0.1", "Shr 34 cts vs 39 cts"): two numbers or more and at most one word of prose
    /// (a lowercase word of three letters or more that is not a table abbreviation).
    func isTableRow(_ found: [Quantity]) -> Bool {
        // Most sentences of prose have no figure and no digits: none of the rules below can mark them, so they are
        // passed over without the lexicon lookups.
        if found.isEmpty {
            let nilWord = Keys.nilWord, pipe = Keys.pipe, boxRule = Keys.boxRule
            if !t.contains(where: { $0.isNumber || $0.key == nilWord || $0.key == pipe || $0.key == boxRule }) { return false }
        }
        // A lone cell ("256", "6.5%"): figures and no word at all.
        if !found.isEmpty, !t.contains(where: \.isWord) { return true }
        if !found.isEmpty, isCodeLine() { return true }
        // What the rules below read, gathered in one pass over the tokens.
        let said = Keys.said, says = Keys.says, lbs = Keys.lbs, lb = Keys.lb, mt = Keys.mt, nilWord = Keys.nilWord, vs = Keys.vs
        let pipe = Keys.pipe, boxRule = Keys.boxRule, minus = Keys.minus
        // Words of prose: lowercase, three letters or more, not a table abbreviation.
        var prose = 0
        // Tokens that are digits.
        var digitTokens = 0
        // Runs of spaces between tokens: three or more (a column gap), two or more.
        var gaps3 = 0, gaps2 = 0, firstGap3: Int?
        // Prices side by side: two spaces apart with decimals, a space apart with two decimals each.
        var quotePairs = 0, decimalPairs = 0
        // Prices in a row with nothing between them.
        var run = 0, runDecimals = 0, priceRun = false, phoneRun = false
        var pipes = 0, boxRules = false, emptyCells = 0, nilWords = 0, versus = false, reported = false
        var livestockPrice = false, laycan = false, metricTonnes = false, bracketed = 0, spreadQuote = false, ratePair = false
        var rangeCells = 0, decimalRangeCells = 0, cargoAfloat = false, endPair = false, zeroQuotes = 0, spreadsOver = 0
        var cashQuote = false, forwardMonths = false, quoteSides = 0, fixtureTerms = false
        // A change verb ("rose") or a word that joins a sentence's figures ("at", "for", "were"): prose, not a list.
        var glueOrChange = false
        let ov = Keys.ov, un = Keys.un
        let tableWord = QC.tableWord, glue = QC.changeVerb.union(QC.sentenceGlue), quoteSide = QC.quoteSideAbbreviation
        let fixtureTerm = QC.fixtureTerm, tableMonth = QC.tableMonth
        let cash = Keys.cash, monthsWord = Keys.months, purposes = Keys.purposes, eta = Keys.eta
        for k in 0..<n {
            let token = t[k]
            if has(k, .lowercase) && token.count > 2 && !has(k, tableWord) { prose += 1 }
            var spaces = 0
            if k > 0 {
                let d = token.start - t[k - 1].end
                if d >= 2, bytes[t[k - 1].end..<token.start].allSatisfy({ $0 == 0x20 }) { spaces = d }
            }
            if spaces >= 2 { gaps2 += 1 }
            if spaces >= 3 {
                gaps3 += 1
                if firstGap3 == nil { firstGap3 = k }
            }
            if token.isNumber {
                digitTokens += 1
                if k > 0, t[k - 1].isNumber {
                    if t[k - 1].decimals > 0, token.decimals > 0, spaces >= 2 { quotePairs += 1 }
                    if t[k - 1].decimals >= 2, token.decimals >= 2, !joined(k) { decimalPairs += 1 }
                    // A low and a high price a space apart, then what they are per: "Antimony 99.6 pct 2300 2350 a
                    // tonne", "Ruthenium 72 74 a troy ounce", "Wolframore min 65 pct 49 54 noml a tonne unit".
                    if !joined(k), !joined(k - 1), token.value > t[k - 1].value, token.value <= 1.5 * t[k - 1].value {
                        // … or with nothing after them but a full stop: "Manganese ferro 75/76 pct 310 320".
                        if k + 1 == n || (k + 2 == n && isToken(k + 1, Keys.period)) { endPair = true }
                        var j = k + 1
                        if isWord(j, Keys.both) || lower(j) == "noml" { j += 1 }
                        if isWord(j, Keys.a) || isWord(j, Keys.per), isWord(j + 1, Keys.troy) ? has(j + 2, QC.rateNoun) : has(j + 1, QC.rateNoun) {
                            ratePair = true
                        }
                    }
                }
                // A price as a spread over or under a futures price, offered and bid: "April offered 0.40 over, bid 0.10 over".
                if k > 0, k + 1 < n, isWord(k + 1, Keys.over) || isWord(k + 1, Keys.under),
                    isWord(k - 1, Keys.offered) || isWord(k - 1, Keys.bid) || (k > 1 && isWord(k - 2, Keys.offered))
                {
                    spreadsOver += 1
                }
                // Deposit rates quoted by their last digits with a leading zero: "three 0114/0111 six 0228/0220".
                if token.plainInteger, token.digitCount >= 3, bytes[token.start] == UInt8(ascii: "0"), isToken(k + 1, Keys.slash), joined(k + 1),
                    k + 2 < n, t[k + 2].isNumber, joined(k + 2)
                {
                    zeroQuotes += 1
                }
                // A low and a high quote joined by a hyphen with no unit after them: "italy 0.1150-0.1210 austria
                // 11.73-12.03", "639-654 mexican  519-523 ingot" (not years, "1986-87", nor "10-12 pct").
                if k + 2 < n, isHyphen(k + 1), joined(k + 1), joined(k + 2), t[k + 2].isNumber, t[k + 2].value > token.value,
                    !(k + 3 < n && joined(k + 3)), !isYearNumber(k), !followsUnit(k + 3)
                {
                    rangeCells += 1
                    if token.decimals > 0 { decimalRangeCells += 1 }
                }
                if run == 0 || (!joined(k) && k > 0 && t[k - 1].isNumber) {
                    run += 1
                    runDecimals += token.decimals > 0 ? 1 : 0
                } else {
                    run = 1
                    runDecimals = token.decimals > 0 ? 1 : 0
                }
                // (A phone number's groups are no prices: "0845 8 505 505".)
                if run == 1 { phoneRun = false }
                if token.plainInteger, token.digitCount >= 3, bytes[token.start] == UInt8(ascii: "0") { phoneRun = true }
                if !phoneRun, run >= 4 || (run >= 3 && runDecimals >= 2) { priceRun = true }
                // "23-30/4": a laycan's days of a month.
                if k + 4 < n, token.plainInteger, token.value <= 31, isHyphen(k + 1), joined(k + 1), t[k + 2].isNumber, t[k + 2].value <= 31,
                    isToken(k + 3, Keys.slash), joined(k + 3), t[k + 4].isNumber, joined(k + 4), t[k + 4].value <= 12
                {
                    laycan = true
                }
                if k + 3 < n, isToken(k + 1, Keys.openParen), t[k + 2].isNumber || isWord(k + 2, Keys.nilWord), isToken(k + 3, Keys.closeParen) {
                    bracketed += 1
                }
            } else {
                run = 0
                runDecimals = 0
            }
            if token.isWord {
                let key = token.key
                if key == nilWord { nilWords += 1 }
                if key == vs { versus = true }
                if key == said || key == says { reported = true }
                if has(k, glue) { glueOrChange = true }
                if key == mt { metricTonnes = true }
                // A price list's column order in the wire's abbreviations: "(in order byr/slr/last trd/sales)".
                if has(k, quoteSide) { quoteSides += 1 }
                // The metal exchange's quotes: "cash 861.00 3months nil", "cash 308.00 3months 301.50".
                if key == cash, k + 1 < n, t[k + 1].isNumber && t[k + 1].decimals > 0 || isWord(k + 1, nilWord) { cashQuote = true }
                if key == monthsWord, k > 0, joined(k), t[k - 1].isNumber { forwardMonths = true }
                // A ship fixture's terms: a daily rate then "load", "discharge" or "shex", or the laytime "11 days all purposes".
                if has(k, fixtureTerm), k > 0, t[k - 1].isNumber || isToken(k - 1, Keys.slash) { fixtureTerms = true }
                if key == purposes, k > 1, isWord(k - 1, Keys.all), isWord(k - 2, Keys.days) { fixtureTerms = true }
                // "Afloat on Astor (eta Apl 19 R'dam) 27.50": a cargo's estimated arrival in a shipping price list.
                if key == eta, k > 0, isToken(k - 1, Keys.openParen) { cargoAfloat = true }
                // (Or one word after, the class: "1050-1350 lb steers 64.50-69.00".)
                let price = k + 1 < n && t[k + 1].isWord ? k + 2 : k + 1
                if key == lbs || key == lb, price < n, t[price].isNumber, t[price].decimals == 2, !joined(price) {
                    livestockPrice = true
                }
                // "April - 21 ov May bid, 22 offered": a spread over a futures month in the wire's abbreviation.
                if key == ov || key == un, k > 0, t[k - 1].isNumber, k + 1 < n, t[k + 1].isWord, has(k + 1, tableMonth) { spreadQuote = true }
            } else {
                if isToken(k, pipe) { pipes += 1 }
                if isToken(k, boxRule) { boxRules = true }
                if isToken(k, minus), !joined(k), isToken(k + 1, minus), joined(k + 1), isToken(k + 2, minus), joined(k + 2) {
                    emptyCells += 1
                }
            }
        }
        // A labelled cell of a wire table ("JUN 2.200,00", "SEM DESCRICAO 1.683,33"): one bare number after
        // capitals only.
        if found.count == 1, found[0].unit == nil, found[0].kind == .number, n <= 5, t.last?.isNumber == true,
            (0..<(n - 1)).allSatisfy({ has($0, .allCaps) || (t[$0].isWord && t[$0].count == 1 && t[$0].isCapitalized) || isToken($0, Keys.slash) }),
            (0..<(n - 1)).contains(where: { t[$0].isWord })
        {
            return true
        }
        // … or between capitals and dashes: "PELLETS APRIL - 104.00 - UNC"; or any capitals closed by the price's
        // "unchanged": "ELEVATOR 58 LB SPOT, MAY PRICE - UNC".
        if found.count == 1, found[0].unit == nil, found[0].kind == .number, n <= 7, digitTokens == 1,
            (0..<n).allSatisfy({ t[$0].isNumber || has($0, .allCaps) || isHyphen($0) }), (0..<n).filter({ t[$0].isWord }).count >= 2
        {
            return true
        }
        if !found.isEmpty, let last = t.last, last.isWord, Lexicon.unchangedMarks.contains(last.key), has(n - 1, .allCaps),
            (0..<n).allSatisfy({ !t[$0].isWord || has($0, .allCaps) })
        {
            return true
        }
        // A table of contents: dot leaders ("Storage-first bearer token issuance..........11").
        if !found.isEmpty, (0..<max(0, n - 3)).contains(where: { k in (k..<k + 4).allSatisfy { isToken($0, Keys.period) && ($0 == k || joined($0)) } }) {
            return true
        }
        // A program's report of counts: "1 files updated, 0 files merged, 0 files removed" (no writer puts "1 files").
        let oneAndPlural = { (q: Quantity) in q.kind == .count && q.value == 1 && (q.unit?.hasSuffix("s") ?? false) && self.bytes[q.span.start] == UInt8(ascii: "1") }
        if found.count >= 3, found.allSatisfy({ $0.kind == .count }) && found.contains(where: oneAndPlural) || found.filter(oneAndPlural).count >= 2 {
            return true  // (or two such counts among other figures: "added 1 changesets with 1 changes to 1 files")
        }
        // A column heading that is all figure: "Six mths", "Nine mths".
        if found.count == 1, n <= 3, found[0].kind == .duration, found[0].span.start == t[0].start, found[0].span.end == t[n - 1].end {
            return true
        }
        if isPeriodHeading(found) { return true }
        // Columns set apart by runs of spaces, bare figures in them: "week fixed        6-5/16 3/16", "two     91/89".
        if !found.isEmpty, n <= 10, found.allSatisfy({ $0.unit == nil || $0.unit == "fraction" }), gaps3 > 0, prose <= 2 {
            return true
        }
        // … two spaces apart on a short line with no word of prose: "us/switz  1.5140 - 1.5150".
        if !found.isEmpty, n <= 8 || (n <= 12 && prose == 0), found.allSatisfy({ $0.unit == nil }), gaps2 > 0, prose <= 1 { return true }
        if !found.isEmpty {
            // Prose is not set in columns: a run of three spaces inside a line and few words of prose make a table line
            // ("actual week ago                  8,800", "Jul/May  3-1/4   over 3-1/2   over", "Stg one   52-50   disc"),
            // and three such runs make one whatever its labels say ("aut 11.8111-8281 dfl 73.61-71         esc …").
            // (Not a reporter's sentence with a stray run of spaces: "Rates were 5 pct  and 6 pct   for 90 days, dealers said.")
            if gaps3 >= 1 && prose <= 4 || gaps3 >= 3 && prose <= 12, !reported { return true }
            // A spread between two delivery months, over or under: "May/Jul  1-1/4  under  1-1/2  under", "Dec/Jul  13-1/2  over".
            if n >= 5, has(0, QC.tableMonth), isToken(1, Keys.slash), joined(1), has(2, QC.tableMonth), t[3].isNumber,
                (3..<n).allSatisfy({ !t[$0].isWord || isWord($0, Keys.over) || isWord($0, Keys.under) })
            {
                return true
            }
            // A buyers' and a sellers' price side by side, two spaces apart: "quiet ones may  228.00  230.00"; two such
            // pairs whatever the words around them.
            if quotePairs >= 1 && prose <= 8 || quotePairs >= 2 { return true }
            // Two or more bid and offer pairs a space apart: "dmk 348.20 348.65 ffr 104.55 104.90 bfr 16.81 16.85".
            if decimalPairs >= 2 { return true }
            // A ship's fixture: a route, a cargo and its laycan as days of a month, "Chungjin/Manila 4,200 mt steel coils
            // 800/liner discharge 23-30/4", "Rouen-Hamburg/India 14,000 mt bagged sugar 750/1,000 15-25/4".
            if laycan, metricTonnes { return true }
            // … or a charter as the grain freight lists give it, a tonnage, a rate and the terms: "Portline took Sky Crest
            // 35,000 tonnes U.S. Gulf to Lisbon spot 15.25 dlrs 7,000 load 5,000 discharge".
            if fixtureTerms, digitTokens >= 2, metricTonnes || found.contains(where: { $0.unit == "t" || $0.unit == "long ton" }), !reported {
                return true
            }
            // A livestock market's line: a weight class in pounds, then its price per hundredweight with no unit,
            // "steers - choice 2-4 975-1250 lbs 64.00-65.50", "us 1-3 220-260 lbs 51.00-51.50"; or a spread over a
            // futures month, "April - 21 ov May bid, 22 offered".
            if livestockPrice || spreadQuote || ratePair && prose <= 6 || endPair && prose <= 2 || cargoAfloat && digitTokens >= 2 { return true }
            if decimalRangeCells >= 2 || rangeCells >= 3 || zeroQuotes >= 2, prose <= 5, !reported { return true }
            // Four quotes as ranges or more, whatever names them: "21.50-22.75 norway 21.60-22.85 finland 33.50-35.00 us …".
            if decimalRangeCells >= 4, !reported { return true }
            // Spreads offered and bid, whatever the label ("Crude degummed soybean oil NOLA - April offered 0.40 over, bid
            // 0.10 over"), and the metal exchange's cash and three-month quotes.
            if spreadsOver >= 2 || cashQuote && forwardMonths || quoteSides >= 2 && digitTokens >= 2, !reported { return true }
            // A commodity's label with its grade in brackets, then its price alone: "Latex (Malaysian 60 pct Centrifuged FOB
            // dry) 76.15".
            if prose <= 2, n >= 3, let last = t.last, last.isNumber, last.decimals == 2, isToken(n - 2, Keys.closeParen), !reported { return true }
            // Prices in a row with nothing between them: "carries 3months 457.00 58.00 58.50 close 458.50", "julaug 425
            // 422.50 420 417.50 430 traded" (three with decimals, or four of any kind).
            if priceRun { return true }
            // A commodity price list gives its months with their prices: "Apl 330 up five  May 332.50 up 2.50  Jne 335".
            // (A day of the month is no price, nor a year: "payable May 18", "Jan/Jne 1988 at 25".)
            if prose <= 12, digitTokens >= 1 {
                var monthPrices = 0
                var sideAfterPrice = false
                for k in 0..<max(0, n - 1) where t[k].isWord && has(k, QC.tableMonth) {
                    let p = isToken(k + 1, Keys.slash) && joined(k + 1) && t[min(k + 2, n - 1)].isWord && has(min(k + 2, n - 1), QC.tableMonth) ? k + 3 : k + 1
                    if p < n, t[p].isNumber, t[p].decimals > 0 || t[p].value > 31, !isYearNumber(p) {
                        monthPrices += 1
                        if p + 1 < n, t[p + 1].isWord, Lexicon.quoteSideWords.contains(t[p + 1].key) { sideAfterPrice = true }
                    }
                }
                // (Two, when the line ends on the sellers' or buyers' mark, "Apr/May 216.00 slr"; one when the mark
                // follows its price, "COPRA Phillipines dlrs per tonne cif rotterdam Apr 275.00 reslrs".)
                // (Two, in a line of five figures or more: "April 752.50 south and central 751 north average 752.50 down
                // 6.50. May 750 south down 11.")
                if monthPrices >= 3 || sideAfterPrice || (monthPrices >= 2 && digitTokens >= 5 && !reported) { return true }
                if monthPrices >= 2, let lastWord = t.last(where: \.isWord), Lexicon.quoteSideWords.contains(lastWord.key) { return true }
            }
        }
        // A label, a column gap and nothing but figures after it, whatever the label says: "90 days      07.08",
        // "60 days       7.05/03", "gcn pr a     16-1/2 cts".
        func inFigure(_ k: Int) -> Bool { found.contains { $0.span.start <= t[k].start && t[k].end <= $0.span.end } }
        if !found.isEmpty, n <= 12, prose <= 2, let gap = firstGap3,
            (gap..<n).allSatisfy({ t[$0].isNumber || (!t[$0].isWord && t[$0].kind == .symbol) || inFigure($0) }),
            (0..<gap).filter({ has($0, .lowercase) && t[$0].count > 2 && !inFigure($0) }).count <= 2
        {
            return true
        }
        // A line of a lower-case price list: no sentence starts in lower case and runs on figures with few words
        // ("us 1-3 220-260 lbs 51.00-52.50.", "grains  161.98 up 0.78 oilseeds 179.05 up 1.53").
        if found.count >= 2, n >= 3, t[0].isWord, has(0, .lowercase), digitTokens >= 3, prose <= 2 { return true }
        // … or a short one with two figures and no other words: "ttl imm 472860 up 10538".
        if found.count >= 2, n <= 7, t[0].isWord, has(0, .lowercase), prose <= 2,
            (0..<n).allSatisfy({ t[$0].isNumber || t[$0].count <= 4 || inFigure($0) })
        {
            return true
        }
        // A label, a figure and its earlier value in brackets, as price lists give them: "Swedish crown 20.4 (20.6)",
        // "us dlrs equivalent 421.00 (422.90)".
        if !found.isEmpty, prose <= 1, bracketed >= 1 { return true }
        // Three of them make a list of a table's cells, whatever words come between, when most of its figures are
        // bare: "Iran 212,043 (209,177), Holland 204,558 (215,784), Soviet Union 173,060 (266,389)".
        if !found.isEmpty, bracketed >= 3, found.filter({ $0.unit == nil }).count * 2 >= found.count { return true }
        // Figures side by side in columns two spaces apart, no word outside them but a capitalised label:
        // "30-69 days  5.00 pct  5.00 pct   30-124 days", "North End:  25 hrs      11 hrs".
        if found.count >= 2, gaps2 > 0,
            (0..<n).allSatisfy({ !(has($0, .lowercase) && t[$0].count > 2) || inFigure($0) || has($0, QC.tableWord) })
        {
            return true
        }
        // A price list's line with no word of its own but capitalised labels: "Silver 3 months 424.00/426.00 pence".
        if found.count >= 2, digitTokens >= 3,
            (0..<n).allSatisfy({ !(has($0, .lowercase) && t[$0].count >= 2) || inFigure($0) || has($0, QC.tableWord) })
        {
            return true
        }
        // Cells set apart by two column gaps or more: "1 YELLOW SOYBEANS  4.98-5.01     f/h april".
        if !found.isEmpty, prose <= 1, gaps2 >= 2 { return true }
        // Empty cells written as dashes between figures: "Nov       --- 145.00    ---    ---", "Lubbock  2.64   ---   ---".
        if !found.isEmpty, emptyCells >= 2, prose <= 2 { return true }
        // A table's labelled cell alone on its line: "Total 31845", "Mar 2901", "- Position of june 26 - Aug 12414"; or a
        // label and its figure after a colon, "Yesterday's official turnover: 171250"; or a month's bid and offer, "Oct
        // 1160/1165 ba with 1160P".
        if let last = found.last, last.kind == .number, last.unit == nil, t[n - 1].isNumber, last.span.end == t[n - 1].end, !reported {
            if n == 2, t[0].isWord, found.count == 1 { return true }
            if n >= 2, t[n - 1].plainInteger, t[n - 1].value > 31, !isYearNumber(n - 1), t[n - 2].isWord, has(n - 2, QC.tableMonth),
                n == 2 || (t[n - 3].kind == .symbol && !isToken(n - 3, Keys.comma))
            {
                return true
            }
            // ("Year ago - 1453.8", "VOLUME - 9,147,000": the label set off by a dash.)
            if n <= 8, found.count == 1, isToken(n - 2, Keys.colon) || (isHyphen(n - 2) && !joined(n - 2) && !joined(n - 1)), prose <= 2 {
                return true
            }
        }
        if n >= 4, t[0].isWord, t[0].isCapitalized, has(0, QC.tableMonth), t[1].plainInteger, isToken(2, Keys.slash), joined(2), joined(3),
            t[3].plainInteger, t[3].value > t[1].value, t[1].value > 31, !reported
        {
            return true
        }
        // A results line broken before its comparison ("Distribution costs and administrative expenses 152.2 mln vs"), and
        // the cell it left behind, figures with no word outside them but a table's ("123.1 mln", "Mln vs 77.7 mln profit").
        // (Not a headline in capitals: "GOVERNMENT FORECASTS BUDGET SURPLUS 379 MLN DLRS VS".)
        if !found.isEmpty, isWord(n - 1, vs), (0..<n).contains(where: { has($0, .lowercase) }) { return true }
        if !found.isEmpty, n <= 8, (0..<n).allSatisfy({ !t[$0].isWord || inFigure($0) || has($0, QC.tableWord) || Lexicon.scales[key: t[$0].key] != nil }),
            (0..<n).contains(where: { t[$0].isWord && !inFigure($0) }) || found.count == 1 && found[0].span.start == t[0].start && found[0].span.end == t[n - 1].end
        {
            return true
        }
        // A line in brackets with one bare figure, a fixing's note: "(Afternoon fix 418.50)".
        if found.count == 1, found[0].kind == .number, found[0].unit == nil, n <= 6, isToken(0, Keys.openParen), isToken(n - 1, Keys.closeParen),
            prose <= 1
        {
            return true
        }
        // A short line that opens in lower case, as no sentence does: "gdx 05 cts", "soymeal up 0.40 dlrs/ton",
        // "demands 0, reclaims 0".
        if !found.isEmpty, n <= 6, t[0].isWord, has(0, .lowercase), !isCamelCase(0), prose <= 2, !reported { return true }
        // Two bare figures each with its earlier value in brackets: "Maize 71 (72), grain sorghum 65 (66)."
        if bracketed >= 2, found.allSatisfy({ $0.unit == nil }), prose <= 3, !reported { return true }
        // A line of a results table, its label first and no verb or article after it: "Shr loss one ct vs loss two cts",
        // "Oper net loss 49,098,000 vs n.a.", "Avg shrs 103.8 mln". (Not "Sales rose 23.5 pct", "Net income was 5 mln".)
        // (A headline in capitals is no table line: "NET BY ABOUT 20 MLN DLRS".)
        // (Nor a sentence of prose after the label: "Turnover currently averages about 20,000 contracts a day.")
        if !found.isEmpty, n <= 16, t[0].isWord, t[0].isCapitalized, Lexicon.resultsLabels.contains(t[0].key), !reported, prose <= 2 || versus,
            (0..<n).contains(where: { has($0, .lowercase) }), !glueOrChange
        {
            return true
        }
        // A rubber price quoted nominal, its "n" glued on: "No 4 rss May 43-7/8n".
        if n >= 3, isWord(n - 1, Keys.n), joined(n - 1), t[n - 2].isNumber, !reported { return true }
        // A stock list in lower case, each name followed by its price to two decimals and nothing moving: "278.00
        // contigummi 334.80 daimler 1022.00 deutsche bank 687.00". (Not a market report: "Daimler rose 1.10 to 233.32".)
        // (Nor a sentence that compares them: "opened at 93.26 below Chicago's close of 93.29", "rates were 152.32 for exports".)
        let bareFigures = found.filter { $0.kind == .number && $0.unit == nil }
        if bareFigures.count >= 4, !reported, !glueOrChange {
            let barePrices = bareFigures.filter { q in t.contains { $0.start == q.span.start && $0.end == q.span.end && $0.decimals == 2 } }.count
            if barePrices >= 4, barePrices * 5 >= found.count * 4 { return true }
        }
        // A label and its buyers' and sellers' prices after a column gap, closing the line: "Wolframite, cif u.s.,ton/dlr
        // 48.00/53.00".
        if n >= 4, t[n - 1].isNumber, t[n - 1].decimals > 0, isToken(n - 2, Keys.slash), joined(n - 2), joined(n - 1),
            t[n - 3].isNumber, t[n - 3].decimals > 0, n - 3 > 0, t[n - 3].start - t[n - 4].end >= 2, !reported
        {
            return true
        }
        guard n >= 3 else { return false }
        // Cells a page's table gave ("3,000 gallons | $33.20 | $35.86"), or a console table's rule ("5 │ f").
        if pipes >= 2 || boxRules { return true }
        // … or a label and its value ("• Per capita | $40,266", "Calling code | +64"): two cells and little prose.
        if pipes == 1, prose <= 4, !reported { return true }
        // Figures written in words count too ("Qtly div eight cts vs eight cts").
        let numbers = max(digitTokens + nilWords, found.count)
        guard numbers >= 2 else { return false }
        // A wire table line compares a label's value with a year earlier: "Investment income 5.4 mln vs 3.8 mln".
        // (A sentence's one word of prose may be its verb, and years are no cells: "Rates rose 10 pct in 1986 and 5 pct
        // in 1988.")
        return prose == 0 || (prose == 1 && found.filter({ $0.kind != .year }).count >= 4 && !(0..<n).contains(where: { has($0, QC.changeVerb) }))
            || (versus && n <= 16 && prose <= 4)
    }
}

/// Passes over the figures of a sentence once they are found: ranges joined, units carried to bare siblings.
/// (A value written in two units, "5 dollars 20 cents", "6 feet 2 inches", is read as one figure by `figure(at:)`.)
enum Composition {
    static func apply(_ figures: [Quantity], _ m: Matcher) -> [Quantity] {
        var out = joinRanges(joinSuspendedHyphens(figures, m), m)
        carrySiblingUnits(&out, m)
        datesListed(&out, m)
        return out
    }

    /// "the 200- to 300-seat sector", "10- or 12-year-olds": a first end left hanging on its hyphen shares the
    /// noun of the second; the two are one range.
    static func joinSuspendedHyphens(_ figures: [Quantity], _ m: Matcher) -> [Quantity] {
        guard figures.count >= 2 else { return figures }
        var out: [Quantity] = []
        var k = 0
        while k < figures.count {
            if k + 1 < figures.count, figures[k].kind == .number, let low = figures[k].value, let high = figures[k + 1].value, low < high,
                [.count, .measure, .duration].contains(figures[k + 1].kind),
                let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }), m.isHyphen(last + 1), m.joined(last + 1),
                m.isWord(last + 2, Keys.to) || m.isWord(last + 2, Keys.or) || m.isWord(last + 2, Keys.and),
                m.t.indices.contains(last + 3), m.t[last + 3].start == figures[k + 1].span.start
            {
                var q = figures[k + 1]
                q.span = TextSpan(figures[k].span.start, figures[k + 1].span.end)
                q.value = nil
                q.low = low
                q.high = high
                q.qualifier = figures[k].qualifier
                q.approximate = figures[k].approximate
                out.append(q)
                k += 2
                continue
            }
            out.append(figures[k])
            k += 1
        }
        return out
    }

    /// Days listed with one month: "on 14, 20 and 27 April", "March 3, 10 and 17" are dates, not numbers.
    static func datesListed(_ figures: inout [Quantity], _ m: Matcher) {
        func isBareDay(_ q: Quantity) -> Bool {
            q.kind == .number && q.rule == "figure" && q.decimals == 0 && (q.value.map { $0 >= 1 && $0 <= 31 && $0 == $0.rounded() } ?? false)
        }
        func closesList(after k: Int) -> Bool {
            guard let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }) else { return false }
            return m.isWord(last + 1, Keys.and) || m.isWord(last + 1, Keys.or)
        }
        for d in figures.indices where figures[d].kind == .date {
            guard let first = m.t.firstIndex(where: { $0.start >= figures[d].span.start }) else { continue }
            if m.t[first].isNumber {
                // The month after the last day: the days before it in the list are its.
                var k = d - 1
                while k >= 0, isBareDay(figures[k]), opensPair(k, figures, m) {
                    figures[k].kind = .date
                    figures[k].value = nil
                    figures[k].rule = "date.listed"
                    k -= 1
                }
            } else {
                // The month before the first day: the list after it, closed by "and" or "or".
                var k = d + 1
                var members: [Int] = []
                while k < figures.count, isBareDay(figures[k]), opensPair(k - 1, figures, m) {
                    members.append(k)
                    k += 1
                }
                guard let lastMember = members.last, closesList(after: lastMember - 1) else { continue }
                for j in members {
                    figures[j].kind = .date
                    figures[j].value = nil
                    figures[j].rule = "date.listed"
                }
            }
        }
    }

    /// "between 20% and 30%", "from 20% to 30%" after "range(s)": two figures of one kind and unit, each
    /// complete, joined into a range (the span runs from the first to the second).
    static func joinRanges(_ figures: [Quantity], _ m: Matcher) -> [Quantity] {
        var out: [Quantity] = []
        var k = 0
        while k < figures.count {
            var q = figures[k]
            if k + 1 < figures.count, let a = q.value, let b = figures[k + 1].value, q.isStatistic, q.kind == figures[k + 1].kind,
                q.unit == figures[k + 1].unit || sharesRate(q.unit, figures[k + 1].unit), a < b,
                let last = m.t.lastIndex(where: { $0.end <= q.span.end }), let next = m.t.firstIndex(where: { $0.start >= figures[k + 1].span.start }),
                let first = m.t.firstIndex(where: { $0.start >= q.span.start })
            {
                let between = m.isWord(first - 1, Keys.between) || (m.isAgeOf(first) && m.isWord(first - 4, Keys.between))
                let andJoin = next == last + 2 && m.isWord(last + 1, Keys.and) && between
                // "ranges from 15 dlrs to 19 dlrs", "in the range of 15 dlrs to 19 dlrs", "a forecast of 3% to 3.5%".
                let toJoin = next == last + 2 && m.isWord(last + 1, Keys.to)
                    && (m.isWord(first - 1, Keys.from)
                        && first >= 2 && m.t[first - 2].isWord && Lexicon.rangeOpeners.contains(m.t[first - 2].key)
                        || m.isWord(first - 1, Keys.of) && (m.isWord(first - 2, Keys.range) || first >= 2 && Lexicon.estimateNouns.contains(m.t[first - 2].key))
                        // "capital spending will be 35 mln dlrs to 50 mln dlrs", "estimated at 5 mln dlrs to 7 mln dlrs":
                        // after a copula or an estimate nothing changes, so the two are the ends of one range.
                        || Lexicon.copulas.contains(m.t[max(0, first - 1)].key) && first >= 1
                        || m.isWord(first - 1, Keys.at) && first >= 2 && Lexicon.estimateVerbs.contains(m.t[first - 2].key))
                // A second pair listed after a range is one too: "3% to 3.5% in 2005 and 2.5% to 3% in 2006".
                let listJoin = next == last + 2 && m.isWord(last + 1, Keys.to) && (m.isWord(first - 1, Keys.and) || m.isToken(first - 1, Keys.comma))
                    && out.last(where: { $0.isStatistic }).map({ $0.rule == "range.joined" && $0.kind == q.kind && $0.unit == q.unit }) == true
                // "more than 20 and less than 35", "above a quarter but below a half": a lower and an upper bound.
                var boundJoin = false
                if let lower = q.qualifier, let upper = figures[k + 1].qualifier, Lexicon.lowerBounds.contains(lower),
                    Lexicon.upperBounds.contains(upper)
                {
                    let qualifierStart = next - upper.split(separator: " ").count
                    let joint = (last + 1)..<qualifierStart
                    boundJoin = !joint.isEmpty && joint.count <= 2
                        && joint.allSatisfy { m.isWord($0, Keys.and) || m.isWord($0, Keys.but) || m.isToken($0, Keys.comma) }
                }
                // "a 1%-3% lift", "$5 – $7", "5km-10km": two ends, each with its unit written, joined by a dash.
                let dashJoin = next == last + 2 && m.isHyphen(last + 1) && [.percent, .money, .measure].contains(q.kind)
                    && figures[k + 1].qualifier == nil
                    // (A spaced dash between a spelled and a written number sets off a clause: "down by only two points
                    // - 12 points to 10".)
                    && (!m.t[last + 1].spaceBefore || m.t[first].isNumber == m.t[next].isNumber)
                if andJoin || toJoin || listJoin || boundJoin || dashJoin {
                    q.unit = figures[k + 1].unit  // "15 dlrs to 19 dlrs a barrel": the rate covers both
                    q.value = nil
                    q.low = a
                    q.high = b
                    q.span = TextSpan(q.span.start, figures[k + 1].span.end)
                    q.rule = "range.joined"
                    out.append(q)
                    k += 2
                    continue
                }
            }
            out.append(q)
            k += 1
        }
        return out
    }

    /// Whether the figure closes a comma list ("737, 747, 757 and …") that opens with a name's number.
    static func isInNameList(_ k: Int, _ figures: [Quantity], _ m: Matcher) -> Bool {
        var j = k
        while j > 0, let start = m.t.firstIndex(where: { $0.start >= figures[j].span.start }),
            let end = m.t.lastIndex(where: { $0.end <= figures[j - 1].span.end }), start == end + 2, m.isToken(end + 1, Keys.comma)
        {
            if !figures[j - 1].isStatistic { return true }
            j -= 1
        }
        return false
    }

    /// Whether the second unit is the first as a rate ("USD", "USD per barrel").
    static func sharesRate(_ first: String?, _ second: String?) -> Bool {
        guard let first, let second else { return false }
        return second.hasPrefix(first + " per ")
    }

    /// "82.9 mln lbs compared with 48.0 mln lbs in December and 106.5 mln a year earlier": a bare number in
    /// a list right after figures with a unit, with a scale like theirs, takes their unit; so does "65 flights
    /// on Thursday, 180 on Friday".
    /// Two values within a factor of two of each other ("140.40" after "140.95", not "12").
    static func ofASize(_ a: Quantity, _ b: Quantity) -> Bool {
        guard let v = a.value, let w = b.value, w > 0 else { return false }
        return v / w >= 0.5 && v / w <= 2
    }

    static func carrySiblingUnits(_ figures: inout [Quantity], _ m: Matcher) {
        guard figures.count >= 2 else { return }
        for k in 1..<figures.count where figures[k].kind == .number && figures[k].rule == "figure" {
            // The nearest statistic before it, past dates and years ("… in December and 106.5 mln") and the period
            // of a rate ("5,000 tonnes in one day and 20,000 in one week").
            func isRatePeriod(_ q: Quantity) -> Bool {
                guard q.kind == .duration, let s = m.t.firstIndex(where: { $0.start >= q.span.start }) else { return false }
                return m.isWord(s - 1, Keys.inWord) || m.isWord(s - 1, Keys.per)
            }
            guard let p = (0..<k).last(where: { figures[$0].isStatistic && !isRatePeriod(figures[$0]) }) else { continue }
            let previous = figures[p]
            guard [.money, .percent, .percentagePoints, .measure, .count, .duration].contains(previous.kind), let unit = previous.unit
            else { continue }
            // A duration is not lent to a price ("after 70 minutes versus 155.80 bid").
            if previous.kind == .duration, figures[k].decimals > 0 { continue }
            // Only across a list: a comma, "and", "compared with", "vs", "from", "to" between them, no verb.
            guard let startToken = m.t.firstIndex(where: { $0.start >= figures[k].span.start }),
                let endPrevious = m.t.lastIndex(where: { $0.end <= previous.span.end })
            else { continue }
            let between = (endPrevious + 1)..<startToken
            // Only across a list: a comma, "and", "vs" or "compared with" between them, and besides those only
            // the words of a time or place ("in December", "on Thursday", "a year earlier").
            // A change and the level it reached: "rose by 1.2 billion guilders to 10.7 billion", "down one dlr to
            // 51-1/8". Sums and measures only (an index after "0.4 pct" or a rank after "nine places" is neither), and
            // scaled alike ("declined 75.4 mln dlrs to 104.0" lost its "mln").
            // London's share prices give the level with "at" too: "Beecham 8p at 525".
            let toLevel = between.count == 1 && [.money, .measure].contains(previous.kind)
                && (m.isWord(between.lowerBound, Keys.to) || (m.isWord(between.lowerBound, Keys.at) && unit == "pence"))
                // An index's points go to its level ("up 23 points to 6661.89"), not to a rate's ("1/16 point to 6-3/8 6-1/4").
                && (unit != "points" || (figures[k].value ?? 0) >= 100)
                && (scale(previous, m) == nil) == (scale(figures[k], m) == nil)
            // A tally: "won 40 seats to 12", "passed by 300 votes to 250", "12 points to 10": the count after "to"
            // is of the same.
            // (Not a change and its level: "The stock gained 3-1/2 points to 91".)
            let previousStart = m.t.firstIndex(where: { $0.start >= previous.span.start }) ?? 0
            let afterChange = m.has(previousStart - 1, QC.changeVerb) || (m.isWord(previousStart - 1, Keys.by) && m.has(previousStart - 2, QC.changeVerb))
            let tally = between.count == 1 && m.isWord(between.lowerBound, Keys.to) && Lexicon.tallyUnits.contains(unit)
                && figures[k].decimals == 0 && !figures[k].approximate && !afterChange
            let listed = between.count <= 6
                && between.allSatisfy({ m.isToken($0, Keys.comma) || m.t[$0].isNumber || m.t[$0].isCapitalized || Lexicon.listWords.contains(m.t[$0].key) })
                && between.contains(where: { m.isToken($0, Keys.comma) || m.isWord($0, Keys.and) || ["vs", "versus", "compared", "against", "or", "from"].contains(m.lowers($0)) })
            // Or a change back to the earlier level after what was measured, set off by a comma: "56.8 mln acres of
            // soybeans, down from 61.5 mln", "12 mln tonnes of wheat this year, up from 9.5 mln".
            let changeFrom = between.count <= 10 && between.count >= 3 && m.isWord(startToken - 1, Keys.from)
                && (m.isWord(startToken - 2, Keys.down) || m.isWord(startToken - 2, Keys.up)) && m.isToken(startToken - 3, Keys.comma)
                && between.dropLast(3).allSatisfy({ m.t[$0].isWord })
            // Or the same change told of a second thing, both sums scaled alike: "exports rose to 3.36 billion rand from
            // 3.31 billion, but imports fell to 1.74 billion from 2.41 billion".
            // (Or a level and the one a move reached, "opened at 140.95 yen and fell to a low of 140.40": the move's
            // "to" may name the extreme it reached.)
            let extreme = m.isWord(startToken - 1, Keys.of) && ["low", "high", "peak", "record"].contains(m.lowers(startToken - 2))
                && (m.isWord(startToken - 3, Keys.a) || m.isWord(startToken - 3, Keys.the))
            let moveEnd = extreme ? startToken - 3 : startToken
            // (After "and", only from a level to one of its size, unscaled or scaled alike: "140.40", not "12".)
            let contrast = between.contains(where: { m.isWord($0, Keys.but) || ["while", "whereas", "although"].contains(m.lowers($0)) })
            let nextLevel = between.contains(where: { m.isWord($0, Keys.and) }) && previous.change == .level
                && sameScale(figures[k], previous, m) && Self.ofASize(figures[k], previous)
            let parallel = between.count <= 10 && (m.isWord(moveEnd - 1, Keys.to) || (!extreme && m.isWord(moveEnd - 1, Keys.from)))
                && m.has(moveEnd - 2, QC.changeVerb) && (contrast || nextLevel)
                && [.money, .measure].contains(previous.kind)
                && (nextLevel || (scale(figures[k], m) != nil && sameScale(figures[k], previous, m)))
            // A toll told in two clauses: "At least seven people have been killed and more than 50 taken to hospital",
            // "12 soldiers died and 30 were wounded": the second count is of the same people.
            let endToken = m.t.lastIndex(where: { $0.end <= figures[k].span.end }) ?? startToken
            let toll = previous.kind == .count && Lexicon.tollUnits.contains(unit) && between.count <= 8
                && between.contains(where: { m.isWord($0, Keys.and) }) && endToken + 1 < m.n
                && Lexicon.tollVerbs.contains(m.t[endToken + 1].key) && figures[k].decimals == 0
            // Two owners' figures side by side: "Amicus's 1.2 million members with the TGWU's 800,000".
            let possessives = between.count <= 7 && m.isWord(startToken - 1, Keys.possessiveS) && m.joined(startToken - 1)
                && m.isWord(previousStart - 1, Keys.possessiveS) && m.joined(previousStart - 1)
                && between.contains(where: { ["with", "and", "to", "against", "than", "versus", "vs"].contains(m.lowers($0)) })
            guard listed || changeFrom || parallel || toLevel || tally || possessives || toll else { continue }
            // A percent is not lent to an index level ("20.54 points, or 0.2%, to 10,847.66").
            if previous.kind == .percent, let v = figures[k].value, let pv = previous.value, v > 100, pv <= 100 { continue }
            // Nor cents a share to a sum ("credits of 2,227,000 or four cts and 4,841,000 or nine cts").
            // (A share price in pence after its change may: "Unilever gained 10p to 2,560".)
            if unit.hasPrefix("cent") || unit.hasPrefix("pence"), let v = figures[k].value, v >= 1000, !toLevel { continue }
            // Nor to a number that another number follows ("… 420 dlrs and four three year put warrants").
            if let after = m.t.firstIndex(where: { $0.start >= figures[k].span.end }), m.t[after].isNumber || m.has(after, QC.numberWord) {
                continue
            }
            // A figure that opens a pair takes unit and scale from its partner, in the pass below ("down from 2.4 to
            // 2.7 mln tonnes").
            if pairedWithUnit(k, figures, m) != nil { continue }
            // "the 800m and 1000m": the letter the sibling read as its unit is this figure's unit too, not a scale.
            if previous.kind == .measure, endToken > startToken, m.joined(endToken), m.t[endToken].isWord, m.t[endToken - 1].isNumber,
                m.t[endPrevious].key == m.t[endToken].key
            {
                figures[k].value = m.t[endToken - 1].value
            }
            figures[k].kind = previous.kind
            figures[k].unit = unit
            figures[k].rule = "figure/carried-unit"
        }
        // A bare sum and what it comes to a share: "credits of 2,227,000 or four cts", "a loss of 627,500 or 35 cts a
        // share", "gains of 6,359,000 or 1.73 dlrs" are dollars; "a charge of 4,500,000 or 12p a share" pounds.
        for k in figures.indices.dropLast() where figures[k].kind == .number && figures[k].rule == "figure" {
            let next = figures[k + 1]
            guard next.kind == .money, let perShare = next.unit, let v = figures[k].value, v >= 1000, (next.value ?? v) < v,
                let end = m.t.lastIndex(where: { $0.end <= figures[k].span.end }),
                let nextStart = m.t.firstIndex(where: { $0.start >= next.span.start })
            else { continue }
            let or = m.isToken(end + 1, Keys.comma) ? end + 2 : end + 1
            guard m.isWord(or, Keys.or), nextStart == or + 1 else { continue }
            let code = perShare.split(separator: " ").first.map(String.init) ?? perShare
            figures[k].kind = .money
            figures[k].unit = code == "cent" ? "USD" : code == "pence" ? "GBP" : code
            figures[k].rule = "figure/carried-unit"
        }
        // "beheaded 21 Christians — 20 of them Egyptian Copts": a part of the group counted just before.
        for k in figures.indices.dropFirst() where figures[k].kind == .number && figures[k].rule == "figure" {
            guard let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }), m.isWord(last + 1, Keys.of),
                m.isWord(last + 2, Keys.them) || m.isWord(last + 2, Keys.those) || m.isWord(last + 2, Keys.whom),
                let whole = figures[..<k].last(where: { $0.isStatistic }), whole.kind == .count, let unit = whole.unit,
                let v = figures[k].value, let w = whole.value, v <= w,
                // (Not "the two of them", which are people, not the things counted before.)
                let first = m.t.firstIndex(where: { $0.start >= figures[k].span.start }), !m.isWord(first - 1, Keys.the)
            else { continue }
            figures[k].kind = .count
            figures[k].unit = unit
            figures[k].rule = "figure/carried-unit"
        }
        // "won 39 of South Carolina's 54 delegates", "22 of the 40 seats": a part counts what its whole counts.
        for k in figures.indices.dropLast() where figures[k].kind == .number && figures[k].rule == "figure" {
            let whole = figures[k + 1]
            guard whole.kind == .count || whole.kind == .duration, let unit = whole.unit, let v = figures[k].value, let w = whole.value, v <= w,
                let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }), m.isWord(last + 1, Keys.of),
                let wholeStart = m.t.firstIndex(where: { $0.start >= whole.span.start })
            else { continue }
            // Between "of" and the whole only a determiner or a name's possessive: "the", "its", "the state's".
            let between = (last + 2)..<wholeStart
            guard between.count <= 5, between.allSatisfy({ j in
                m.isWord(j, Keys.the) || Lexicon.ofDeterminers.contains(m.t[j].key) || m.t[j].isCapitalized
                    || (m.isWord(j, Keys.possessiveS) && m.joined(j)) || (["’", "'"].contains(m.texts(j)) && m.joined(j))
            }) else { continue }
            figures[k].kind = whole.kind
            figures[k].unit = unit
            figures[k].rule = "figure/carried-unit"
        }
        // "fell from 73,164 to 35,910 tonnes": the unit after the second of a change covers the first; so does
        // the unit after a pair, "(3,000 and 4,000 km)", "2 or 3 percent".
        // Right to left, so a list shares the unit after its last member: "20, seven and five stg".
        for k in stride(from: figures.count - 2, through: 0, by: -1) where figures[k].kind == .number && figures[k].rule == "figure" {
            if let paired = pairedWithUnit(k, figures, m) { figures[k] = paired }
        }
        // A sum in millions or billions left bare takes the unit of the last sum so scaled before it in the
        // sentence, however far: "rose to 415.1 billion francs …, mainly reflecting a rise to 116.7 billion from
        // 114.7 billion", "Bayer 4.0 billion marks, Volkswagen <VOWG.F> 3.4 billion". A wire story does not leave a
        // second unit unsaid, so only money, measures and counts lend theirs, and never across a figure of
        // another unit so scaled.
        for k in figures.indices where figures[k].kind == .number && figures[k].rule == "figure" && scale(figures[k], m) != nil {
            guard let p = (0..<k).last(where: { figures[$0].isStatistic && scale(figures[$0], m) != nil }),
                [.money, .measure, .count].contains(figures[p].kind), let unit = figures[p].unit,
                let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }), !(m.joined(last + 1) && m.isToken(last + 1, Keys.minus)),
                // "a 154.7 mln dlr issue … of 4.5 mln class A common shares": shares a unit was not read for.
                !((last + 1)...(last + 5)).contains(where: { m.isWord($0, Keys.shares) })
            else { continue }
            figures[k].kind = figures[p].kind
            figures[k].unit = unit
            figures[k].rule = "figure/carried-unit"
        }
    }

    /// The scale a figure's word gave it ("1.2 billion": 1e9), nil when it has none.
    static func scale(_ q: Quantity, _ m: Matcher) -> Double? {
        guard let v = q.value, let at = m.t.firstIndex(where: { $0.start >= q.span.start }), m.t[at].isNumber, m.t[at].value > 0
        else { return nil }
        let s = v / m.t[at].value
        return s >= 1000 ? s : nil
    }

    /// Whether two figures are scaled alike (both by a million, or neither), allowing for the rounding of the division.
    static func sameScale(_ a: Quantity, _ b: Quantity, _ m: Matcher) -> Bool {
        switch (scale(a, m), scale(b, m)) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x / y - 1) < 0.01
        default: return false
        }
    }

    /// Whether figure `k` is joined by "and", "or" or a comma to the figure after it (so a comma before it makes a list).
    static func opensPair(_ k: Int, _ figures: [Quantity], _ m: Matcher) -> Bool {
        guard k + 1 < figures.count, let last = m.t.lastIndex(where: { $0.end <= figures[k].span.end }),
            m.isWord(last + 1, Keys.and) || m.isWord(last + 1, Keys.or) || m.isToken(last + 1, Keys.comma),
            m.t.indices.contains(last + 2)
        else { return false }
        // (", and" before a list's last member.)
        if m.isToken(last + 1, Keys.comma), m.isWord(last + 2, Keys.and), m.t.indices.contains(last + 3) {
            return m.t[last + 3].start == figures[k + 1].span.start
        }
        return m.t[last + 2].start == figures[k + 1].span.start
    }

    /// Figure `k` with the unit (and scale) of the figure after it when the two are a pair, "from X to Y unit",
    /// "to X from Y unit", "X and Y unit", "X or Y unit", a size "X by Y unit"; nil when they are not.
    static func pairedWithUnit(_ k: Int, _ figures: [Quantity], _ m: Matcher) -> Quantity? {
        guard k + 1 < figures.count else { return nil }
        var q = figures[k]
        let next = figures[k + 1]
        guard [.money, .measure, .count, .duration, .percent, .percentagePoints].contains(next.kind), let unit = next.unit, next.value != nil,
            let first = m.t.firstIndex(where: { $0.start >= q.span.start }),
            let foundLast = m.t.lastIndex(where: { $0.end <= q.span.end })
        else { return nil }
        // A list's last member after a serial comma: "at 1.8, 3.3, and 5V" reads as "3.3 and 5V".
        // (Not ", or", which gives the same figure another way: "totalled 69, or 6.4 pct".)
        // (Nor after "from", where the figure closes a change of its own: "1.2391 NZ dlrs from 1.2403, and 0.4390 stg".)
        let serialComma = m.isToken(foundLast + 1, Keys.comma) && m.isWord(foundLast + 2, Keys.and) && !m.isWord(first - 1, Keys.from)
        let last = serialComma ? foundLast + 1 : foundLast
        guard (m.isWord(first - 1, Keys.from) && m.isWord(last + 1, Keys.to)) || (m.isWord(first - 1, Keys.to) && m.isWord(last + 1, Keys.from))
                || m.isWord(last + 1, Keys.and) || m.isWord(last + 1, Keys.or)
                || (m.isWord(last + 1, Keys.by) && (next.kind == .measure || next.kind == .count))
                // A change and the level it reached, the unit written once after the level: "rose around 5.44 billion to
                // 222.22 billion marks".
                || (m.isWord(last + 1, Keys.to) && q.change == .by && next.change == .to && sameScale(q, next, m)
                    && [.money, .measure, .percent, .percentagePoints].contains(next.kind))
                || (m.isToken(last + 1, Keys.comma) && next.rule == "figure/carried-unit" && opensPair(k + 1, figures, m))
                // A wire quote's bid and offer: "quoted at seven, 6-3/4 pct", "3-1/2, 3-3/8 pct".
                || (m.isToken(last + 1, Keys.comma) && next.kind == .percent && q.value.map({ a in next.value.map { b in abs(a - b) <= 0.25 * max(a, b) } ?? false }) == true),
            m.t.indices.contains(last + 2), m.t[last + 2].start == next.span.start, m.t[last + 2].isNumber || m.has(last + 2, QC.numberWord),
            q.value != nil
        else { return nil }
        // Not in a list of model numbers ("Boeing 737, 747, 757 and 767 aircraft"), nor a number with a
        // letter of its own ("the 100m and 200m events").
        if isInNameList(k, figures, m) || (foundLast > first && m.joined(foundLast) && m.t[foundLast].isWord) { return nil }
        // "from 5 to 7 mln dlrs": a scale on the second only covers the first when they are of a size.
        if let v = q.value, let nv = next.value, (v >= 1000) != (nv >= 1000) && abs(v - nv) > max(v, nv) * 0.9 {
            let shown = m.t[last + 2].value
            guard shown > 0, nv / shown >= 1000, v < 1000, v * 10 >= shown, v <= shown * 10, q.decimals <= 3 else { return nil }
            q.value = v * (nv / shown).rounded()  // the scale is a whole power of ten
        }
        q.kind = next.kind
        q.unit = unit
        q.rule = "figure/carried-unit"
        return q
    }
}
