import ClaimTraceCore
import TokenRules

/// Finds the figures of every sentence and normalises them (value, unit,
/// kind, qualifier), telling statistics from dates, years, ordinals and names.
/// The rules are tables (FigureRules.swift, Units.swift) run by the shared
/// rule engine; this type is the stage around them.
public struct QuantityTagger: Stage {
    public init() {}

    public func process(_ segmented: SegmentedArticle) -> TaggedArticle {
        var tableRows: [Bool] = []
        let quantities = segmented.article.text.withUTF8Bytes { bytes in
            segmented.sentences.indices.map { index -> [Quantity] in
                let matcher = Matcher(bytes, segmented.sentences[index].span)
                matcher.earlier = (segmented.sentences, index)
                let found = matcher.run()
                tableRows.append(matcher.isTableRow(found))
                return found
            }
        }
        return TaggedArticle(segmented: segmented, quantities: quantities, tableRows: tableRows)
    }

    /// The figures in `span` of `bytes`, in text order, with byte spans in `bytes`.
    public static func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> [Quantity] {
        Matcher(bytes, span).run()
    }

    /// Convenience for tests and one-off use: the figures of a whole string,
    /// with byte spans into it.
    public static func tag(_ text: String) -> [Quantity] {
        text.withUTF8Bytes { tag($0, TextSpan(0, $0.count)) }
    }
}

/// Matches quantity expressions on the tokens of one sentence. One pass, left
/// to right; at each token that may start a figure the rule tables are tried,
/// and a match consumes its tokens. A class, so the rules hold one reference
/// to it as their context.
final class Matcher {
    let t: [Token]
    let c: [TokenClass]
    let n: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let view: TokenView
    /// Whether the sentence speaks of the weather or heat ("temperatures", "highs", "degrees"), for "30C".
    lazy var temperatureContext: Bool = t.contains { $0.isWord && Lexicon.temperatureWords.contains($0.key) }
    /// Whether the sentence gives a temperature in both scales, "70 F (20 C)": a capital F after one number and
    /// a capital C after another, so each letter is degrees whatever the other words.
    lazy var temperaturePair: Bool = {
        func after(_ letter: String) -> Bool {
            (1..<max(1, n)).contains { i in t[i - 1].isNumber && t[i].count == 1 && texts(i) == letter }
        }
        return after("F") && after("C")
    }()
    /// Whether the sentence speaks of video or screens ("resolution", "HD", "fps"), for "1080p".
    lazy var videoContext: Bool = t.contains { $0.isWord && Lexicon.videoWords.contains($0.key) }
    /// Whether the sentence speaks of jumps or throws ("landed", "cleared", "javelin"), for "17.30m".
    lazy var fieldEventContext: Bool = t.contains { $0.isWord && Lexicon.fieldEventWords.contains($0.key) }
    /// Whether the sentence is about races ("titles over 1500m and 5,000m"), where a standard distance is metres.
    lazy var raceContext: Bool = t.contains { $0.isWord && (Lexicon.raceWords.contains($0.key) || Lexicon.athleticsWords.contains($0.key)) }
    /// Whether the sentence is in a language that groups thousands by spaces: one of its function words appears.
    lazy var spaceGroupingText: Bool = t.contains { $0.isWord && Lexicon.spaceGroupingWords.contains($0.key) }
    /// The franc's country the sentence names ("France", "Belgian", "Zurich"), if any.
    lazy var francCountry: String? = Self.francCountry(in: t)
    /// The article's sentences and this one's index, for what only an earlier sentence says.
    var earlier: ([Sentence], Int)?
    /// The franc's country the nearest earlier sentence of the article named ("PARIS, March 16 - …"), for bare
    /// "francs" in a sentence that names none; read (and those sentences tokenized again) only then.
    lazy var earlierFrancCountry: String? = {
        guard let (sentences, index) = earlier else { return nil }
        for k in stride(from: index - 1, through: 0, by: -1) {
            if let country = Self.francCountry(in: Tokenizer.tokenize(bytes, sentences[k].span)) { return country }
        }
        return nil
    }()

    /// The first franc country a capitalised word of `tokens` names.
    static func francCountry(in tokens: [Token]) -> String? {
        tokens.lazy.compactMap { $0.isWord && $0.isCapitalized ? Lexicon.francCountries[$0.key] : nil }.first
    }

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) {
        let tokens = Tokenizer.tokenize(bytes, span)
        t = tokens
        n = tokens.count
        self.bytes = bytes
        c = QC.lexicon.classify(tokens, bytes: bytes)
        view = TokenView(tokens: tokens, classes: c, bytes: bytes)
    }

    func run() -> [Quantity] {
        var out: [Quantity] = []
        var i = 0
        // Globals read once: each read of a `static let` passes its once-guard.
        let startBits = QC.starts.rawValue
        let addressBits = QC.addressLabel.rawValue
        let table = FigureRules.starts
        while i < n {
            // Most tokens cannot start a figure; one bit test rules them out.
            guard c[i].rawValue & startBits != 0 else {
                guard c[i].rawValue & addressBits != 0 else {
                    i += 1
                    continue
                }
                // A web address holds no figure ("https://example.com/report?year=2020&q=30%25"): skip to its end.
                if t[i].isWord, t[i].key == Keys.http || t[i].key == Keys.https || t[i].key == Keys.www,
                    i + 1 < n, !t[i + 1].spaceBefore, t[i + 1].kind == .symbol
                {
                    i += 1
                    while i < n, !t[i].spaceBefore { i += 1 }
                    continue
                }
                // Nor does a reference's identifier ("doi:10.1073/pnas.95.15.9047", "Bibcode:1998PNAS…", "ISBN
                // 978-0-14-301045-8", "PMID 12345"): skip it, glued to its label or one space after it.
                if t[i].isWord, Lexicon.referenceLabels.contains(t[i].key), i + 1 < n {
                    i += 1
                    if t[i].kind == .symbol, !t[i].spaceBefore { i += 1 }  // the colon of "doi:"
                    if i < n { i += 1 }
                    while i < n, !t[i].spaceBefore { i += 1 }
                    continue
                }
                i += 1
                continue
            }
            if let (rule, found, _) = table.first(at: i, in: view, context: self) {
                var quantity = found.quantity
                var end = found.end
                if quantity.rule == nil { quantity.rule = rule.id }
                // "three quarters of a million", "two-thirds of a billion": the fraction scales a number.
                if quantity.kind == .fraction, let f = quantity.value, isWord(end, Keys.of), isWord(end + 1, Keys.a) || isWord(end + 1, Keys.one),
                    end + 2 < n, t[end + 2].isWord, let scale = Lexicon.scales[key: t[end + 2].key], scale >= 1000
                {
                    quantity.kind = .number
                    quantity.value = f * scale
                    quantity.unit = nil
                    end += 3
                    // What is counted or paid: "… of a million people", "… of a billion dollars".
                    if end < n, t[end].isWord, let code = Lexicon.currencyWords[key: t[end].key] {
                        quantity.kind = .money
                        quantity.unit = code
                        end += 1
                    } else if let noun = countNoun(from: end), noun == end {
                        quantity.kind = .count
                        quantity.unit = lowers(noun)
                        end += 1
                    }
                    quantity.span = TextSpan(quantity.span.start, t[end - 1].end)
                }
                if quantity.isStatistic, quantity.change == nil {
                    quantity.change = change(before: qualifier(before: found.start)?.2 ?? found.start)
                }
                out.append(quantity)
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return Composition.apply(out, self)
    }

    // MARK: Token helpers

    @inline(__always) func has(_ i: Int, _ cls: TokenClass) -> Bool {
        i >= 0 && i < n && c[i].rawValue & cls.rawValue != 0
    }
    // Strings are built only here, for the few tokens a candidate figure looks at.
    /// The end of an "a.m." or "p.m." at `k`, past the full stop its dots leave ("3 p.m." is "p.m" and ".").
    func meridiemEnd(markerAt k: Int) -> Int {
        isToken(k + 1, Keys.period) && joined(k + 1) && lowers(k).contains(".") ? k + 2 : k + 1
    }

    func lower(_ i: Int) -> String? { i >= 0 && i < n && t[i].isWord ? t[i].lower(in: bytes) : nil }
    func text(_ i: Int) -> String? { i >= 0 && i < n ? t[i].text(in: bytes) : nil }
    /// The text as written, or "" outside the sentence (rules look a few tokens either side).
    func texts(_ i: Int) -> String { i >= 0 && i < n ? t[i].text(in: bytes) : "" }
    /// `lower(i)` for a word, the text as written for a number or symbol.
    func lowers(_ i: Int) -> String { lower(i) ?? texts(i) }
    func joined(_ i: Int) -> Bool { i > 0 && i < n && !t[i].spaceBefore }
    func isHyphen(_ i: Int) -> Bool { has(i, QC.hyphen) }
    func isQuote(_ i: Int) -> Bool { has(i, QC.quote) }
    func isWord(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < n && t[i].isWord && t[i].key == key }
    func isToken(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < n && t[i].key == key }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < n && t[i].isNumber }

    func monthAt(_ i: Int) -> Int? {
        guard i >= 0, i < n, t[i].isWord, t[i].isCapitalized || Lexicon.foreignMonths.contains(t[i].key), let m = Lexicon.monthKeys[t[i].key]
        else { return nil }
        return m
    }

    func isDayNumber(_ i: Int) -> Bool { has(i, .dayLike) }
    func isYearNumber(_ i: Int) -> Bool { has(i, .yearLike) }
    /// The value token `i` shows alone: its digits, or a number word under a hundred ("four", "twenty"); nil otherwise.
    func singleTokenValue(_ i: Int) -> Double? {
        guard i >= 0, i < n else { return nil }
        return t[i].isNumber ? t[i].value : t[i].isWord ? Lexicon.units[key: t[i].key] ?? Lexicon.tens[key: t[i].key] : nil
    }

    func span(_ from: Int, _ to: Int) -> TextSpan { TextSpan(t[from].start, t[max(from, to - 1)].end) }

    // MARK: Hedges and changes

    /// The hedge before token `start` ("more than", "about"), whether it makes the figure approximate,
    /// and the token where it starts. Compared by word keys: this runs before every figure.
    func qualifier(before start: Int) -> (String, Bool, Int)? {
        guard start > 0, t[start - 1].isWord, let phrases = Lexicon.qualifiersByLastWord[t[start - 1].key] else { return nil }
        for (phrase, keys, approximate) in phrases where keys.count <= start {
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

    /// Whether the number at `i` is a change in a list that a change verb opened, its verb left out: "Samsung
    /// Electronics fell 1,500 won to 38,600, Samsung Semiconductor 1,000 to 24,890, Kia Motor 70 to 1,730". A name
    /// right before it that a comma or "and" opens, "to" and a number after it, and a change verb earlier in the sentence.
    func listedChange(at i: Int) -> Bool {
        guard i >= 2, t[i].isNumber, i + 2 < n, isWord(i + 1, Keys.to), t[i + 2].isNumber, t[i - 1].isWord, t[i - 1].isCapitalized else { return false }
        var k = i - 1
        while k > 0, i - k < 5, t[k].isWord, t[k].isCapitalized { k -= 1 }
        guard isToken(k, Keys.comma) || isWord(k, Keys.and) else { return false }
        return (0..<k).contains { has($0, QC.changeVerb) }
    }

    /// Whether a statistic is a level, a change by, a change to, or the level a change started from,
    /// read from the words before it ("rose 5 pct", "fell by 3", "rose to 6 percent", "up from 4 percent").
    func change(before start: Int) -> Quantity.Change {
        func changeWordWithin(_ distance: Int) -> Bool {
            var k = start - 2
            while k >= 0, k >= start - 1 - distance {
                if has(k, QC.changeWord) { return true }
                if text(k) == "." || text(k) == ";" { return false }
                k -= 1
            }
            return false
        }
        if has(start - 1, QC.changeVerb) || listedChange(at: start) { return .by }
        // ("…, Kia Motor 70 to 1,730": the level after a listed change.)
        if isWord(start - 1, Keys.to), start >= 2, t[start - 2].isNumber, listedChange(at: start - 2) { return .to }
        if isWord(start - 1, Keys.by) { return changeWordWithin(3) ? .by : .level }
        // "rose by $3 billion to $14.5 billion from $12.5 billion": the verb may be a dozen tokens back.
        if isWord(start - 1, Keys.to) { return changeWordWithin(12) ? .to : .level }
        if isWord(start - 1, Keys.from) { return changeWordWithin(14) ? .from : .level }
        if isWord(start - 1, Keys.of), has(start - 2, QC.changeNoun) { return .by }
        return .level
    }
}
