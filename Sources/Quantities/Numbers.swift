import ClaimTraceCore

/// A number read from the tokens: its value and where it stands.
struct Parsed {
    var value: Double
    var start: Int  // token index
    var end: Int  // token index, exclusive
    var spelled: Bool
    var plainInteger: Bool
    var scaled: Bool
    /// Digits after the decimal point as written ("20.2" has 1); the precision a check reads.
    var decimals: Int = 0
}

/// The number grammar: digits with separators, decimals and scale words ("4.06 mln", "$5-billion",
/// "3.2bn"), spelled numbers ("two hundred and forty-one", "one and a half", "half a million"),
/// fractions ("1/8", "30-1/2", "¾", "2½"), exponents ("1.2e10", "3 x 10^5"). Values are exact where the
/// decimal allows: digits are an integer mantissa with a count of decimals.
extension Matcher {
    /// A number starting at token `i`, or nil.
    func parseNumber(_ i: Int) -> Parsed? {
        guard i >= 0, i < n else { return nil }
        let tok = t[i]
        // ".5 percent": a leading decimal point glued to digits, not after a word or digit.
        if isToken(i, Keys.period), isNumber(i + 1), joined(i + 1), t[i + 1].plainInteger,
            i == 0 || t[i].spaceBefore || !(t[i - 1].isWord || t[i - 1].isNumber)
        {
            let digits = t[i + 1].digitCount
            let value = t[i + 1].value / Token.powerOfTen(digits)
            var p = Parsed(value: value, start: i, end: i + 2, spelled: false, plainInteger: false, scaled: false, decimals: digits)
            withScale(&p)
            return p
        }
        // "¾", "½" on their own.
        if tok.kind == .symbol, has(i, QC.vulgarFraction), let fraction = Lexicon.vulgarFractions[texts(i)] {
            return Parsed(value: fraction, start: i, end: i + 1, spelled: false, plainInteger: false, scaled: false, decimals: 2)
        }
        if tok.isNumber {
            var p = Parsed(value: tok.value, start: i, end: i + 1, spelled: false, plainInteger: tok.plainInteger, scaled: false,
                           decimals: tok.decimals)
            // "2½", "30 ¾": a vulgar fraction after the integer.
            if tok.plainInteger, i + 1 < n, t[i + 1].kind == .symbol, has(i + 1, QC.vulgarFraction), let fraction = Lexicon.vulgarFractions[texts(i + 1)],
                joined(i + 1) || t[i + 1].spaceBefore
            {
                return Parsed(value: tok.value + fraction, start: i, end: i + 2, spelled: false, plainInteger: false, scaled: false,
                              decimals: 2)
            }
            // "1.2e10", "12.32e+14", "12e-1": an exponent glued to the digits; "1.1^23", "2.5^-1": a power written
            // with a caret (not "10^5" after "x", read below).
            let eNotation = isWord(i + 1, Keys.e) && joined(i + 1)
            let caret = isToken(i + 1, Keys.caret) && joined(i + 1) && !(i >= 1 && (isWord(i - 1, Keys.x) || isToken(i - 1, Keys.timesSign)))
            if eNotation || caret, let (exponent, end) = signedExponent(at: i + 2) {
                if eNotation {
                    p.value = tok.value * pow10(exponent)
                } else {
                    var power: Double = 1
                    for _ in 0..<Int(abs(exponent)) { power *= tok.value }
                    p.value = exponent < 0 ? 1 / power : power
                }
                p.end = end
                p.plainInteger = false
                p.scaled = true
                return p
            }
            // "40 000", "1 234 567": thousands grouped by a space (or a thin or no-break one), as much of Europe writes them,
            // in a sentence in such a language ("Le séisme a fait près de 5 500 morts"). In English two such numbers are
            // mostly a pair ("Copper scrap 775 835", "at 108 109 pct", "15 747s"): there only three groups or more ("1 234
            // 567") or a round figure of one or two digits before its thousands is one ("Turnout reached 40 000").
            if tok.plainInteger, tok.digitCount <= 3, !(i > 0 && isNumber(i - 1) && t[i].start - t[i - 1].end <= 3) {
                var k = i
                // Not a model number after a count: "10 737-800 planes".
                while k + 1 < n, t[k + 1].isNumber, t[k + 1].plainInteger, t[k + 1].digitCount == 3, t[k + 1].spaceBefore,
                    t[k + 1].start - t[k].end <= 3, !(isHyphen(k + 2) && joined(k + 2))
                {
                    k += 1
                }
                if k > i, spaceGroupingText || k > i + 1 || (tok.digitCount <= 2 && t[k].value.truncatingRemainder(dividingBy: 100) == 0) {
                    p.value = (i...k).reduce(0) { $0 * 1000 + t[$1].value }
                    p.end = k + 1
                    p.plainInteger = false
                    withScale(&p)
                    return p
                }
            }
            // "3 x 10^5", "3 × 10^5".
            if let (exponent, end) = timesTenPower(after: i) {
                p.value = tok.value * pow10(exponent)
                p.end = end
                p.plainInteger = false
                p.scaled = true
                return p
            }
            withScale(&p)
            if !p.scaled, tok.plainInteger, (isHyphen(p.end) && joined(p.end)) || (p.end < n && t[p.end].spaceBefore),
                let (fraction, next) = slashFraction(at: p.end + (isHyphen(p.end) ? 1 : 0)), isHyphen(p.end) || t[p.end].isNumber
            {
                return Parsed(value: tok.value + fraction, start: i, end: next, spelled: false, plainInteger: false, scaled: false,
                              decimals: 3)  // "30-1/2", "30 1/2"
            }
            // "15-and-a-half miles", "every 29 and a half days" (not "3 and a half-time lead", nor "M-2 and a fifth of M-3",
            // a label and a share of something).
            if !p.scaled, tok.plainInteger, let (fraction, next) = andAFraction(at: p.end), !(isHyphen(next) && joined(next)),
                !isWord(next, Keys.of), !(i > 0 && isHyphen(i - 1) && joined(i))
            {
                return Parsed(value: tok.value + fraction, start: i, end: next, spelled: false, plainInteger: false, scaled: false, decimals: 1)
            }
            // "from 1 and 1/8 to 7/8 of a pct": a mixed number written out with "and".
            if !p.scaled, tok.plainInteger, tok.value < 100, isWord(p.end, Keys.and), let (fraction, next) = slashFraction(at: p.end + 1) {
                return Parsed(value: tok.value + fraction, start: i, end: next, spelled: false, plainInteger: false, scaled: false, decimals: 3)
            }
            return p
        }
        guard t[i].isWord else { return nil }
        let key = t[i].key
        // "a dozen", "a million" (a spelled "one hundred and sixteen" goes through the spelled grammar).
        if key == Keys.a, i + 1 < n, t[i + 1].isWord,
            t[i + 1].key == Keys.dozen || Lexicon.scales[key: t[i + 1].key] != nil, !(isHyphen(i + 2) && joined(i + 2))
        {
            let value = t[i + 1].key == Keys.dozen ? 12 : Lexicon.scales[key: t[i + 1].key] ?? 1
            return Parsed(value: value, start: i, end: i + 2, spelled: true, plainInteger: false, scaled: true)
        }
        // "half million", "a quarter million", "quarter of a million": a fraction of a scale word.
        do {
            var j = i
            if key == Keys.a, i + 1 < n, t[i + 1].key == Keys.quarter || t[i + 1].key == Keys.half { j = i + 1 }
            if t[j].key == Keys.quarter || t[j].key == Keys.half, j + 1 < n {
                var k = j + 1
                if isWord(k, Keys.of), isWord(k + 1, Keys.a) { k += 2 }
                if k < n, t[k].isWord, let scale = Lexicon.scales[key: t[k].key], scale >= 1e6 {
                    let share = t[j].key == Keys.half ? 0.5 : 0.25
                    return Parsed(value: scale * share, start: i, end: k + 1, spelled: true, plainInteger: false, scaled: true)
                }
            }
        }
        if key == Keys.half, isWord(i + 1, Keys.a), i + 2 < n, t[i + 2].isWord {
            if let scale = Lexicon.scales[key: t[i + 2].key] {
                return Parsed(value: scale / 2, start: i, end: i + 3, spelled: true, plainInteger: false, scaled: true)
            }
            if t[i + 2].key == Keys.dozen {
                return Parsed(value: 6, start: i, end: i + 3, spelled: true, plainInteger: false, scaled: true)
            }
        }
        if let scale = Lexicon.scales[key: key], t[i].count > 3, isHyphen(i + 1), joined(i + 1), i + 2 < n,
            Lexicon.currencyWords[key: t[i + 2].key] != nil
        {
            // "trillion-dollar market": the scale is the figure.
            return Parsed(value: scale, start: i, end: i + 1, spelled: true, plainInteger: false, scaled: true)
        }
        return spelledNumber(at: i)
    }

    /// A glued exponent of at most three digits with its sign ("+14", "-1", "23") and where it ends.
    func signedExponent(at i: Int) -> (Double, Int)? {
        var k = i
        var sign: Double = 1
        if isToken(k, Keys.plus) || isToken(k, Keys.minus), joined(k) {
            if isToken(k, Keys.minus) { sign = -1 }
            k += 1
        }
        guard isNumber(k), joined(k), t[k].plainInteger, t[k].digitCount <= 3 else { return nil }
        return (sign * t[k].value, k + 1)
    }

    /// "minus 5", "negative ten": a sign written as a word before a number.
    func negativeWord(at i: Int) -> Bool {
        i >= 0 && i < n && t[i].isWord && (t[i].key == Keys.minusWord || t[i].key == Keys.negative)
    }

    /// A scale word after digits ("1.2 million", "4 mln", "2.5bn", "$5-billion", "3.2m people"), applied exactly.
    func withScale(_ p: inout Parsed) {
        let first = t[p.end - 1]
        var j = p.end
        var scaleAt = j
        if isHyphen(j), joined(j), joined(j + 1), j + 1 < n, t[j + 1].isWord, let s = Lexicon.scales[key: t[j + 1].key], s >= 1e6 {
            scaleAt = j + 1  // "$5-billion"
        }
        guard scaleAt < n, t[scaleAt].isWord else { return }
        var scale = Lexicon.scales[key: t[scaleAt].key]
        // "40k", "3.2m", "5bn": short scales glued to the digits.
        if scale == nil, joined(scaleAt), let glued = Lexicon.moneyScales[key: t[scaleAt].key], gluedScaleIsScale(at: scaleAt) {
            scale = glued
        }
        // "$1MM", "2mil SEK": finance's million (a lowercase "mm" is millimetres).
        if scale == nil, joined(scaleAt), texts(scaleAt) == "MM" || lowers(scaleAt) == "mil" { scale = 1e6 }
        // "2.33 k", "1,674.5 G", "1,674,200.5 M" closing the phrase: a spaced SI prefix scales the figure (not a
        // lowercase "m", metres, nor "K", kelvin).
        if scale == nil, !joined(scaleAt), first.isNumber, t[scaleAt].key == Keys.k || t[scaleAt].key == Keys.g || t[scaleAt].key == Keys.m,
            scaleAt + 1 == n || [".", ",", ";", ":", ")", "!", "?"].contains(texts(scaleAt + 1))
        {
            switch texts(scaleAt) {
            case "k": scale = 1e3
            case "M": scale = 1e6
            case "G": scale = 1e9
            default: break
            }
        }
        // A spaced "m" is millions after a currency or before a counted noun ("$5 m", "1 m units"); otherwise it
        // is left to the units ("12 m", "4 m x 5 m").
        if scale == nil, !joined(scaleAt), t[scaleAt].key == Keys.m, first.isNumber,
            has(p.start - 1, QC.currencySymbol) || has(p.start - 1, QC.currencyWord)
                || (scaleAt + 1 < n && t[scaleAt + 1].isWord && !has(scaleAt + 1, QC.notNoun) && !Lexicon.lengthWords.contains(lowers(scaleAt + 1)))
        {
            scale = 1e6
        }
        guard let scale, t[scaleAt].key != Keys.hundred || !joined(scaleAt) else { return }
        p.value = first.isNumber ? (p.decimals == first.decimals ? first.scaled(by: scale) : p.value * scale) : p.value * scale
        j = scaleAt + 1
        p.scaled = true
        p.plainInteger = false
        if j < n, t[j].isWord, t[j].key != Keys.hundred, let more = Lexicon.scales[key: t[j].key], more > scale {
            p.value *= more
            j += 1
        }
        // "4 thousand 3 hundred and 21": digits and spelled scales adding up, each part smaller than the last scale.
        var last = scale
        while first.isNumber, !joined(scaleAt), j < n {
            var k = j
            if isWord(k, Keys.and) { k += 1 }
            // "3 hundred and one", "6 crore and two hundred": a spelled part, ending the figure.
            // After a larger scale the part has its own hundreds ("3.54 billion five years" is two figures).
            if first.plainInteger, k < n, t[k].isWord, has(k, QC.numberWord), let spelled = spelledNumber(at: k), spelled.value < last,
                spelled.value < p.value, last > 100 ? spelled.value >= 100 : k > j
            {
                p.value += spelled.value
                j = spelled.end
                break
            }
            guard k < n, t[k].isNumber, t[k].plainInteger, t[k].value < last else { break }
            var part = t[k].value
            var next = k + 1
            if next < n, t[next].isWord, let s2 = Lexicon.scales[key: t[next].key] {
                // "between 3 million and 4 million" is a range, not 3,000,004.
                guard s2 < last, s2 >= 100, !joined(next) else { break }
                part *= s2
                last = s2
                next += 1
            } else {
                // A bare part after "and" only follows "hundred" ("3 hundred and 21"), not "3 million and 2 …".
                if k > j, last > 100 { break }
                last = 1
            }
            guard part < p.value else { break }
            p.value += part
            j = next
            if last == 1 { break }
        }
        // "3 million and a half", "3 million and a quarter": a fraction of the scale just written.
        if first.isNumber, !joined(scaleAt), scale >= 1000, last == scale, let (f, end) = andAFraction(at: j), !isWord(end, Keys.of) {
            p.value += f * scale
            j = end
        }
        p.end = j
    }


    /// A glued "m", "k", "b" or "t" is a scale unless a unit of its own reading follows ("a 3.2m wall" is
    /// metres only with a length noun; news writes "3.2m people", "£40k", "$5b").
    func gluedScaleIsScale(at k: Int) -> Bool {
        let letter = t[k].key
        // A glued "t" without a currency is tonnes ("a 100t crane"); "$1t" is read by the currency prefix.
        if letter == WordKey.of("t") { return false }
        if letter == WordKey.of("m") {
            // "660m2", "40m3": square and cubic metres; "17m/s": metres a second.
            if isGluedPower(after: k) { return false }
            if isToken(k + 1, Keys.slash), joined(k + 1), joined(k + 2), lower(k + 2) == "s" { return false }
            // "m" after a figure that a measure follows ("a 3m wall", "the 100m final") is metres.
            // … and the second side of "3m x 4m".
            if (k + 1 < n && t[k + 1].isWord && Lexicon.lengthWords.contains(lowers(k + 1))) || (k >= 2 && ["x", "×"].contains(lowers(k - 2))) {
                return false
            }
            // "Total width: 12.2m (39.9 ft)": metres, given again in feet.
            if isImperialLength(inParenthesesAt: k + 1) { return false }
            // "dug only 13m down the shaft", "barely 50m from the scene": a place after the figure, in a sentence with no
            // money in it.
            // ("from" only after a hedge or "was": "raised 50m from the sale" is money.)
            if k + 2 < n, t[k - 1].plainInteger, t[k - 1].value <= 10_000, Lexicon.placePrepositions.contains(t[k + 1].key),
                isWord(k + 2, Keys.the) || isWord(k + 2, Keys.a) || isWord(k + 2, Keys.an),
                !isWord(k + 1, Keys.from) || (k >= 2 && Lexicon.beforeDistanceFrom.contains(t[k - 2].key)),
                !(0..<n).contains(where: { has($0, QC.currencySymbol) || has($0, QC.currencyWord) })
            {
                return false
            }
            // "Max. outreach is 48m", "a height of 12m", "length: 30m": a dimension named just before the figure.
            if k >= 2 {
                var d = k - 2
                if isWord(d, Keys.isWord) || isWord(d, Keys.of) || isWord(d, Keys.was) || texts(d) == ":" { d -= 1 }
                if d >= 0, t[d].isWord, Lexicon.dimensionNouns.contains(t[d].key) { return false }
            }
            // A race: "the 800m", "a 400m", "women's 1500m" (standard distances after a determiner; "800m shares" is millions),
            // or a standard distance before a race word ("an impressive 3,000m victory", "5,000m and 10,000m world records").
            if k >= 2, t[k - 1].decimals == 0, [60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000].contains(t[k - 1].value),
                !has(k - 2, QC.currencySymbol), !has(k - 2, QC.currencyWord)
            {
                let determiner = (isWord(k - 2, Keys.the) || isWord(k - 2, Keys.a) || isWord(k - 2, Keys.possessiveS))
                if determiner && (!nounFollows(k) || Lexicon.lengthWords.contains(lowers(k + 1))) || isRaceWordAhead(k) { return false }
                // "his Olympic titles over 1500m and 5,000m": in a sentence about races, a distance no noun follows.
                if raceContext, !nounFollows(k), Lexicon.beforeRaceDistance.contains(t[k - 2].key) { return false }
                // "He ran 100m in 9.58 seconds", "she swam 400m": a distance covered.
                if !nounFollows(k), Lexicon.runVerbs.contains(t[k - 2].key) { return false }
                // "dropped out of the Athens 10,000m": a meeting's name between "the" and its race.
                if raceContext, k >= 3, t[k - 2].isWord, t[k - 2].isCapitalized, isWord(k - 3, Keys.the) { return false }
            }
            // A kick's or a run's distance in a match: "thumped over a 40m penalty", "a 30m drop goal" (whole metres, a
            // hundred at most, in a sentence about play: "the bank paid a 40m penalty" is millions).
            if k >= 2, t[k - 1].plainInteger, t[k - 1].value <= 100, !has(k - 2, QC.currencySymbol), !has(k - 2, QC.currencyWord),
                k + 1 < n, t[k + 1].isWord, Lexicon.kickWords.contains(t[k + 1].key), t.contains(where: { $0.isWord && Lexicon.playWords.contains($0.key) })
            {
                return false
            }
            // A field event's mark in a sentence about jumps or throws: two decimals under 100, no currency, no noun
            // after ("landed 17.30m", "cleared 2.35m"); elsewhere "12.50m" is millions.
            if k >= 1, t[k - 1].decimals == 2, t[k - 1].value < 100, fieldEventContext, !has(k - 2, QC.currencySymbol), !has(k - 2, QC.currencyWord),
                !nounFollows(k)
            {
                return false
            }
        }
        return true
    }

    /// Whether a race word follows the distance at `k`, perhaps after "world", "Olympic" or another distance
    /// ("800m final", "5,000m and 10,000m world records", "3,000m victory").
    func isRaceWordAhead(_ k: Int) -> Bool {
        var j = k + 1
        while j < n, j <= k + 5 {
            if Lexicon.raceWords.contains(t[j].key) { return true }
            guard isWord(j, Keys.and) || t[j].isNumber || (j > k + 1 && isWord(j, Keys.m) && joined(j)) || ["world", "olympic", "indoor", "european"].contains(lowers(j))
            else { return false }
            j += 1
        }
        return false
    }

    /// Whether a lowercase word that could be a noun follows token `k` ("3.2m viewers", "800m shares").
    func nounFollows(_ k: Int) -> Bool {
        k + 1 < n && t[k + 1].isWord && has(k + 1, .lowercase) && !has(k + 1, QC.notNoun)
    }

    /// A 2 or 3 glued after a unit: "m2", "km2", "m3".
    func isGluedPower(after k: Int) -> Bool {
        k + 1 < n && t[k + 1].isNumber && joined(k + 1) && t[k + 1].plainInteger && (t[k + 1].value == 2 || t[k + 1].value == 3)
    }

    /// "x 10^5", "× 10⁵" after a number: the exponent and where it ends.
    func timesTenPower(after i: Int) -> (Double, Int)? {
        var k = i + 1
        guard k < n, isToken(k, Keys.timesSign) || isWord(k, Keys.x) else { return nil }
        k += 1
        guard isNumber(k), t[k].value == 10, t[k].plainInteger else { return nil }
        k += 1
        if k < n, isToken(k, Keys.caret), let signed = signedExponent(at: k + 1) { return signed }  // "10^5", "10^-4"
        // Superscript digits.
        var exponent = 0.0
        var any = false
        let superscripts: [String: Double] = ["⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9]
        while k < n, let d = superscripts[texts(k)] {
            exponent = exponent * 10 + d
            any = true
            k += 1
        }
        return any ? (exponent, k) : nil
    }

    func pow10(_ exponent: Double) -> Double {
        var p: Double = 1
        let e = Int(abs(exponent))
        guard e <= 308 else { return exponent < 0 ? 0 : .infinity }
        for _ in 0..<e { p *= 10 }
        return exponent < 0 ? 1 / p : p
    }

    /// "two hundred and forty-one", "one-billion", "three thousand nine hundred", "one and a half"; words from `i` up
    /// to `limit` (the sentence's end when nil).
    func spelledNumber(at i: Int, limit: Int? = nil) -> Parsed? {
        let stop = min(limit ?? n, n)
        var total: Double = 0
        var current: Double = 0
        var lastScale: Double = 0
        var any = false
        var j = i
        // "7-Eleven": a capitalised number word glued to digits is a name.
        if i >= 2, t[i].isCapitalized, isHyphen(i - 1), joined(i - 1), joined(i), t[i - 2].isNumber { return nil }
        // "Saturday's Six Nations match", "the Three Gorges dam": capitalised inside prose, before a capitalised word.
        if i >= 1, t[i].isCapitalized, t[i - 1].isWord, has(i - 1, .lowercase) || isWord(i - 1, Keys.the), i + 1 < n, t[i + 1].isWord,
            t[i + 1].isCapitalized
        {
            return nil
        }
        // "Ocean's Twelve": a capitalised number after a name's possessive is a title.
        if i >= 3, t[i].isCapitalized, isWord(i - 1, Keys.possessiveS), joined(i - 1), t[i - 3].isCapitalized { return nil }
        // "nought point five": the British zero opens a number only before a decimal ("all for naught" is none).
        let zero = (isWord(i, Keys.nought) || isWord(i, Keys.naught)) && isWord(i + 1, Keys.point)
        if zero {
            any = true
            j += 1
        }
        while !zero, j < stop, t[j].isWord {
            let key = t[j].key
            if let v = Lexicon.units[key: key] {
                // "one one hundred", "twenty eleven": a second count word is a second number.
                let ones = current.truncatingRemainder(dividingBy: 100)
                if ones != 0, ones < 20 || ones.truncatingRemainder(dividingBy: 10) != 0 || v >= 10 { break }
                current += v
            } else if any, isHyphen(j - 1), joined(j), Lexicon.scales[key: key] == nil, key != Keys.hundred {
                break
            } else if let v = Lexicon.tens[key: key] {
                if current.truncatingRemainder(dividingBy: 100) != 0 { break }  // "one twenty-fifth", "twenty twenty"
                // "the twenty-first century" is an ordinal.
                if isHyphen(j + 1), joined(j + 1), j + 2 < n, t[j + 2].isWord, Lexicon.unitOrdinals[key: t[j + 2].key] != nil { break }
                current += v
                if isHyphen(j + 1), joined(j + 1), joined(j + 2), j + 2 < n, t[j + 2].isWord, let uv = Lexicon.units[key: t[j + 2].key], uv < 10 {
                    current += uv
                    j += 2
                } else if isHyphen(j + 1), j + 2 < n, t[j + 2].isWord, let uv = Lexicon.units[key: t[j + 2].key], uv < 10 {
                    current += uv  // "fifty - two"
                    j += 2
                }
            } else if key == Keys.hundred, any {
                current *= 100
            } else if key == Keys.dozen || key == Keys.dozens, any {
                // "three hundred and two dozen" is 300 and 24; "five hundred dozen" 6,000.
                let ones = current.truncatingRemainder(dividingBy: 100)
                current = ones == 0 ? current * 12 : current - ones + ones * 12
            } else if let s = Lexicon.scales[key: key], any {
                if current == 0, total > 0, s > lastScale {
                    total *= s  // "three lakh crore", "a thousand million": scales multiply
                } else {
                    total += current * s
                }
                current = 0
                lastScale = s
                if isHyphen(j + 1), joined(j + 1), j + 2 < n, t[j + 2].isWord, Lexicon.scales[key: t[j + 2].key] != nil {
                    j += 1
                }
            } else if key == Keys.and, any, j + 1 < n, t[j + 1].isWord,
                Lexicon.units[key: t[j + 1].key] != nil || Lexicon.tens[key: t[j + 1].key] != nil,
                isWord(j - 1, Keys.hundred) || (j >= 1 && t[j - 1].isWord && Lexicon.scales[key: t[j - 1].key] != nil),
                (spelledFractionValue(at: j + 1)?.0 ?? 1) >= 1  // "one hundred and three quarters" is a mixed number
            {
                // "two hundred and forty-one"
            } else {
                break
            }
            any = true
            j += 1
            if isHyphen(j), joined(j), joined(j + 1), j + 1 < n, t[j + 1].isWord,
                Lexicon.scales[key: t[j + 1].key] != nil || t[j + 1].key == Keys.hundred
            {
                j += 1  // "one-billion", "two-hundred"
            }
        }
        guard any else { return nil }
        if j > i, isHyphen(j - 1) { j -= 1 }
        var value = total + current
        // "two hundred point zero three", "nine point nought four": spelled decimals after "point", digit by digit;
        // "two hundred point seventy-one": or one number read as the digits it is written with.
        func decimalDigit(_ k: Int) -> Double? {
            guard k < n, t[k].isWord else { return nil }
            if t[k].key == Keys.nought || t[k].key == Keys.naught { return 0 }
            return Lexicon.units[key: t[k].key].flatMap { $0 < 10 ? $0 : nil }
        }
        if isWord(j, Keys.point), decimalDigit(j + 1) != nil {
            var k = j + 1
            var scale = 0.1
            while let d = decimalDigit(k) {
                value += d * scale
                scale /= 10
                k += 1
            }
            j = k
        } else if isWord(j, Keys.point), j + 1 < n, t[j + 1].isWord, Lexicon.tens[key: t[j + 1].key] != nil || Lexicon.units[key: t[j + 1].key] != nil,
            let p = spelledNumber(at: j + 1), p.value >= 10, p.value < 100, p.value == p.value.rounded()
        {
            value += p.value / 100
            j = p.end
        }
        // A mixed number: "one and a half", "two and a quarter", "twenty and three fifths", "two and fifty-four
        // hundredths". After a scale word the fraction is of that scale ("two million and three fifths" is
        // 2.6 million, "one billion and a half million" 1.0005 billion); before one it scales the whole ("one and
        // a half million").
        var fraction: Double?
        if let (f, end) = andAFraction(at: j) {
            fraction = f
            j = end
        } else if isWord(j, Keys.and), let (f, end) = spelledFractionValue(at: j + 1), f < 1 {
            fraction = f
            j = end
        }
        if let f = fraction {
            let afterScale = total > 0 && current == 0 && lastScale >= 1000
            if j < n, t[j].isWord, let scale = Lexicon.scales[key: t[j].key], scale >= 1000 {
                value = afterScale ? total + f * scale : (value + f) * scale
                j += 1
                total = max(total, 1)
            } else {
                value = afterScale ? total + f * lastScale : value + f
            }
        }
        return Parsed(value: value, start: i, end: j, spelled: true, plainInteger: false, scaled: total > 0)
    }

    /// "and a half", "and a quarter" at `j`, or glued by hyphens, "-and-a-half" ("two-and-a-half years"): the
    /// fraction (at most a half) and where the words end.
    func andAFraction(at j: Int) -> (Double, Int)? {
        // The three words are one token apart, or two with a hyphen between each.
        let hyphens = isHyphen(j) && joined(j)
        let (first, step) = hyphens ? (j + 1, 2) : (j, 1)
        let last = first + 2 * step
        if hyphens, !(last < n && isHyphen(j + 2) && isHyphen(j + 4) && (j + 1...last).allSatisfy { joined($0) }) { return nil }
        guard isWord(first, Keys.and), isWord(first + step, Keys.a), last < n, t[last].isWord,
            let f = Lexicon.fractions[key: t[last].key], f <= 0.5
        else { return nil }
        return (f, last + 1)
    }

    /// "three fifths", "one fourth", "fifty-four hundredths": a spelled count of a fraction word, as a value.
    func spelledFractionValue(at k: Int) -> (Double, Int)? {
        guard k < n, t[k].isWord, Lexicon.units[key: t[k].key] != nil || Lexicon.tens[key: t[k].key] != nil,
            let p = spelledNumber(at: k), p.value >= 1, p.value < 100, p.value == p.value.rounded()
        else { return nil }
        var j = p.end
        if isHyphen(j), joined(j) { j += 1 }
        guard j < n, t[j].isWord, let f = Lexicon.fractions[key: t[j].key] else { return nil }
        return (p.value * f, j + 1)
    }

    /// "twenty-first", "thirty fifths": a denominator written as tens and an ordinal, and whether it is plural.
    /// "one hundred fifth", "one thousand and fifths": or a count of hundreds or thousands and an ordinal.
    func compoundDenominator(at j: Int) -> (denominator: Double, end: Int, plural: Bool)? {
        guard j < n, t[j].isWord else { return nil }
        var cardinal: Double
        var k: Int
        if let tens = Lexicon.tens[key: t[j].key] {
            cardinal = tens
            k = j + 1
            if isHyphen(k) { k += 1 }
        } else if Lexicon.units[key: t[j].key] != nil, let p = spelledNumber(at: j), p.end - 1 > j, p.end < n,
            t[p.end - 1].key == Keys.hundred || Lexicon.scales[key: t[p.end - 1].key] != nil
        {
            cardinal = p.value
            k = isWord(p.end, Keys.and) ? p.end + 1 : p.end
        } else {
            return nil
        }
        guard k < n, t[k].isWord, let unit = Lexicon.unitOrdinals[key: t[k].key], let word = lower(k) else { return nil }
        return (cardinal + unit, k + 1, word.hasSuffix("s"))
    }

    /// "1/8", "3/4": a fraction with a small power-of-two or common denominator.
    func slashFraction(at i: Int) -> (Double, Int)? {
        guard i + 2 < n, t[i].isNumber, t[i].plainInteger, isToken(i + 1, Keys.slash), joined(i + 1), t[i + 2].isNumber,
            joined(i + 2), t[i + 2].plainInteger
        else { return nil }
        let numerator = t[i].value
        let denominator = t[i + 2].value
        guard [2, 3, 4, 5, 8, 10, 16, 32, 64].contains(denominator), numerator < denominator, numerator > 0 else { return nil }
        return (numerator / denominator, i + 3)
    }
}
