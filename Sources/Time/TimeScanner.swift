import ClaimTraceCore
import TokenRules

/// A time expression a rule found: its TIMEX3 type and value, the calendar point behind a date (so later
/// expressions can be resolved against it), and the tokens it covers.
struct TimeFound {
    var kind: TimeExpression.Kind
    var value: String
    var point: Point?
    var start: Int
    var end: Int
}

/// Runs the time rules over the tokens of one sentence, left to right. It carries what resolution needs:
/// the article's date, the last date the article named (for "a year earlier", "the quarter"), and whether
/// the sentence speaks of the future. A class, so the rules hold one reference to it as their context.
final class TimeScanner {
    let t: [Token]
    let c: [TokenClass]
    let n: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let view: TokenView
    let article: DateParts?
    /// The last date (or quarter, month, year) the article named: relative expressions without their
    /// own anchor ("a year earlier") count from it.
    var reference: Point?
    /// The last period (a month, quarter, half or year, not a day) the article named: "a year ago" and "the
    /// latest period" in a quarterly report count from the quarter, not from "Sept. 30".
    var periodReference: Point?
    /// What a later sentence needs to resolve against.
    var references: (Point?, Point?) { (reference, periodReference) }
    /// Byte offsets where the quantity stage read a year: a four-digit number there is a year.
    let yearStarts: [Int]
    /// Per token: +1 a future marker ("will", "expected"), -1 a past-tense verb ("rose", "reported"), 0 neither.
    /// Read only when a rule asks for a tense.
    lazy var markers: [Int8] = Self.markers(t, c, bytes)

    init(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan, article: DateParts?, references: (Point?, Point?), yearStarts: [Int]) {
        let tokens = Tokenizer.tokenize(bytes, span)
        t = tokens
        n = tokens.count
        self.bytes = bytes
        c = TC.lexicon.classify(tokens, bytes: bytes)
        view = TokenView(tokens: tokens, classes: c, bytes: bytes)
        self.article = article
        (reference, periodReference) = references
        self.yearStarts = yearStarts
    }

    /// Every time expression of the sentence, in text order. `trace` hears each rule that matched.
    func run(trace: ((String, Bool) -> Void)? = nil) -> [(TimeFound, String)] {
        var out: [(TimeFound, String)] = []
        var i = 0
        var consumed = 0
        let anchorBits = TC.anchors.rawValue
        let table = TimeRules.table
        while i < n {
            guard c[i].rawValue & anchorBits != 0 else {
                i += 1
                continue
            }
            if let (rule, match, _) = table.first(at: i, in: view, context: self, trace: trace), match.start >= consumed {
                var found = match
                if isModifier(found) { found.start += 1 }
                out.append((found, rule.id))
                if let point = found.point, found.kind == .date, point.year != nil {
                    reference = point
                    if point.grain != .day { periodReference = point }
                }
                consumed = found.end
                i = max(found.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether an expression that opens with "the" modifies the noun after it, so the article is the noun's, not the
    /// expression's: "the eight-year war", "the two day rally", "the third-quarter loss", "the 30-day rate" (but "the
    /// next two days", "the third quarter ended"). Its last word is a singular unit after a number or ordinal, glued by
    /// a hyphen or not, and a word that is no preposition or verb follows.
    func isModifier(_ f: TimeFound) -> Bool {
        let last = f.end - 1
        guard f.end - f.start >= 3, isWord(f.start, TC.the), f.end < n, t[f.end].isWord, !TC.notModified.contains(t[f.end].key),
            has(last, TC.unit), !t[last].isCapitalized, TC.singularUnits.contains(t[last].key)
        else { return false }
        let before = has(last - 1, TC.hyphen) && !t[last - 1].spaceBefore && !t[last].spaceBefore ? last - 2 : last - 1
        return before > f.start && (t[before].isNumber || has(before, TC.count) || has(before, TC.ordinal))
    }

    static func markers(_ t: [Token], _ c: [TokenClass], _ bytes: UnsafeBufferPointer<UInt8>) -> [Int8] {
        // The tables read once: each read of a `static let` passes its once-guard.
        let future = TC.future.rawValue, pastVerb = TC.pastVerb.rawValue, reportingVerb = TC.reportingVerb.rawValue
        let to = TC.to, since = TC.since, be = TC.be, being = TC.being, arrangedWords = TC.arrangedWords
        return t.indices.map { i in
            let bits = c[i].rawValue
            if bits & future != 0 { return 1 }
            // "set to resume", "planned to leave", "supposed to conclude by May": an arrangement looks ahead.
            if i + 1 < t.count, t[i + 1].key == to, t[i].isWord, arrangedWords.contains(t[i].key) { return 1 }
            // "searching since the Oct. 23 slaying": what a span starts from is past.
            if t[i].key == since { return -1 }
            if bits & pastVerb != 0 { return -1 }
            if bits & reportingVerb != 0 { return 0 }
            // "will be named commander": a participle after "be" or "being" is no past tense; the verb before tells.
            if i > 0, t[i - 1].key == be || t[i - 1].key == being { return 0 }
            // A lowercase word in "-ed" of five letters or more: "reported", "closed".
            let w = t[i]
            if w.isWord, !w.isCapitalized, w.count >= 5, bytes[w.end - 1] == UInt8(ascii: "d"), bytes[w.end - 2] == UInt8(ascii: "e") {
                return -1
            }
            return 0
        }
    }

    /// The tense of the verb nearest token `i`: the closest marker before it (within a dozen tokens), else
    /// the closest after it. "Talks will resume on Monday" is the future; "said on Monday" the past.
    func tense(at i: Int) -> Calendar.Tense {
        var k = i - 1
        while k >= 0, k >= i - 12 {
            if markers[k] != 0 { return markers[k] > 0 ? .future : .past }
            k -= 1
        }
        k = i + 1
        while k < n, k <= i + 8 {
            if markers[k] != 0 { return markers[k] > 0 ? .future : .past }
            k += 1
        }
        return .unknown
    }

    // MARK: Token helpers

    @inline(__always) func has(_ i: Int, _ cls: TokenClass) -> Bool {
        i >= 0 && i < n && c[i].rawValue & cls.rawValue != 0
    }
    func key(_ i: Int) -> UInt64? { i >= 0 && i < n ? t[i].key : nil }
    func isWord(_ i: Int, _ k: UInt64) -> Bool { i >= 0 && i < n && t[i].key == k }
    func span(_ from: Int, _ to: Int) -> TextSpan { TextSpan(t[from].start, t[max(from, to - 1)].end) }

    /// The year a four-digit number (or a two-digit one after an apostrophe or in a fiscal code) stands for.
    func year(_ range: Range<Int>?) -> Int? {
        guard let range, let last = range.last, t[last].isNumber, t[last].plainInteger else { return nil }
        let v = Int(t[last].value)
        if t[last].digitCount == 4 { return v }
        if t[last].digitCount == 2 { return v < 50 ? 2000 + v : 1900 + v }
        return nil
    }

    func number(_ i: Int) -> Int? {
        guard i >= 0, i < n, t[i].isNumber, t[i].plainInteger else { return nil }
        return Int(t[i].value)
    }

    func month(_ i: Int) -> Int? { i >= 0 && i < n ? TC.monthKeys[t[i].key] : nil }

    /// A count of units at `range`: digits ("3", "1.5"), words ("three", "twenty-four", "a"), or a vague
    /// word ("several": nil value, written X).
    func count(_ range: Range<Int>?) -> (value: Double?, ok: Bool) {
        guard let range, !range.isEmpty else { return (1, true) }
        var total = 0.0
        var vague = false
        for k in range {
            if t[k].isNumber {
                total += t[k].value
            } else if let v = TC.countKeys[t[k].key] {
                // "a couple", "a few": the article only leads the count.
                if v == 1, k == range.lowerBound, k + 1 < range.upperBound, TC.countKeys[t[k + 1].key] != nil { continue }
                if v < 0 { vague = true } else if v == 100 { total = max(total, 1) * 100 } else if k > range.lowerBound, v == 1 {
                    continue  // "a few", "a couple"
                } else { total += Double(v) }
            }
        }
        if vague { return (nil, true) }
        return (total, total > 0)
    }

    /// A TIMEX3 duration: "P3Y", "PT24H", "PXM" for a vague count.
    func duration(_ count: Double?, _ unit: Calendar.Unit) -> String {
        let amount: String
        if let count {
            amount = count == count.rounded() ? String(Int(count)) : String(count)
        } else {
            amount = "X"
        }
        if unit == .weekend { return "P\(amount)WE" }
        return (unit.isClock ? "PT" : "P") + amount + unit.letter
    }

    /// The article date as a day point, when the article has one.
    var today: Point? { article.map(Point.day) }

    /// A calendar point for "now" at `unit`'s grain (this year, this month, this week …).
    func current(_ unit: Calendar.Unit) -> Point? {
        guard let article else { return nil }
        switch unit {
        case .year: return Point(grain: .year, year: article.year)
        case .decade: return Point(grain: .decade, year: article.year)
        case .century: return Point(grain: .century, year: article.year)
        case .quarter: return Point(grain: .quarter, year: article.year, sub: (article.month - 1) / 3 + 1)
        case .half: return Point(grain: .half, year: article.year, sub: article.month <= 6 ? 1 : 2)
        case .month: return Point(grain: .month, year: article.year, sub: article.month)
        case .week: return Calendar.week(ofDay: article.dayNumber)
        case .weekend:
            var w = Calendar.week(ofDay: article.dayNumber)
            w.grain = .weekend
            return w
        case .day, .hour, .minute, .second: return Point.day(article)
        }
    }

    /// The day a weekday or "today"/"yesterday"/"tomorrow" at token `i` names, moved by a "last"/"next"/"this"
    /// before it (nil without an article date).
    func dayPoint(at i: Int, modifier: UInt64? = nil) -> Point? {
        guard let article else { return nil }
        let k = t[i].key
        if k == TC.today || k == TC.tonight { return Point.day(article) }
        if k == TC.yesterday { return Point.dayNumber(article.dayNumber - 1) }
        if k == TC.tomorrow { return Point.dayNumber(article.dayNumber + 1) }
        guard let wd = TC.weekdayKeys[k] else { return nil }
        var direction = 0
        switch modifier {
        case TC.last?, TC.past?: direction = -1
        case TC.next?, TC.coming?: direction = 1
        case TC.this?: direction = wd >= Calendar.weekday(article.dayNumber) ? 1 : -1
        default: break
        }
        return Point.dayNumber(Calendar.day(ofWeekday: wd, article: article, future: tense(at: i) == .future, direction: direction))
    }

    /// The period to count "a year ago" or "the latest period" from.
    var anchorPeriod: Point? { periodReference ?? reference }

    /// A date with no year of its own gets the article's (by the news conventions in ``Calendar``); with no
    /// article date, the year stays unknown.
    func point(month: Int, day: Int? = nil, year: Int?, at i: Int) -> Point {
        let y = year ?? article.map { Calendar.year(ofMonth: month, day: day ?? 1, article: $0, tense: tense(at: i)) }
        if let day { return Point(grain: .day, year: y, sub: month, day: day) }
        return Point(grain: .month, year: y, sub: month)
    }
}
