import ClaimTraceCore
import TokenRules

/// Finds the time expressions of every sentence, normalises them against the article's date (TIMEX3 type
/// and value), and gives each statistic its period: the time expression that governs it in its clause,
/// else one elsewhere in the sentence or in the sentence before (same paragraph), else the article's date.
/// The rules are one table (TimeRules.swift) on the shared rule engine.
public struct TimeTagger: Stage {
    /// When false, no times and no periods (a pipeline without the stage).
    public var enabled: Bool
    /// Hears every rule that matched, and whether it built an expression (for `claimtrace rules --trace`).
    public var trace: (@Sendable (String) -> Void)?

    public init(enabled: Bool = true) {
        self.enabled = enabled
    }

    public func process(_ tagged: TaggedArticle) -> TimedArticle {
        let sentences = tagged.segmented.sentences
        guard enabled else {
            return TimedArticle(
                tagged: tagged, times: Array(repeating: [], count: sentences.count),
                periods: tagged.quantities.map { Array(repeating: nil, count: $0.count) })
        }
        let article = tagged.segmented.article
        let date = article.date.flatMap(ISODate.parse)
        let trace = self.trace
        let times: [[TimeExpression]] = article.text.withUTF8Bytes { bytes in
            var references: (Point?, Point?) = (nil, nil)
            return sentences.enumerated().map { index, sentence in
                var yearStarts: [Int] = []
                for q in tagged.quantities[index] where q.kind == .year { yearStarts.append(q.span.start) }
                let scanner = TimeScanner(bytes, sentence.span, article: date, references: references, yearStarts: yearStarts)
                let found = scanner.run(trace: trace.map { t in { id, built in t("\(id)\(built ? "" : " (refused)")") } })
                references = scanner.references
                return found.map { f, rule in
                    TimeExpression(span: scanner.span(f.start, f.end), kind: f.kind, value: f.value, rule: rule)
                }
            }
        }
        let periods = Self.periods(tagged, times: times, date: date)
        return TimedArticle(tagged: tagged, times: times, periods: periods)
    }

    // MARK: Periods

    /// The period of every statistic (nil for figures that are not statistics).
    static func periods(_ tagged: TaggedArticle, times: [[TimeExpression]], date: DateParts?) -> [[Period?]] {
        let sentences = tagged.segmented.sentences
        let articleDate = date.map { Point.day($0).value }
        return tagged.segmented.article.text.withUTF8Bytes { bytes in
            sentences.indices.map { i in
                tagged.quantities[i].map { q -> Period? in
                    guard q.isStatistic else { return nil }
                    let candidates = times[i].filter { $0.kind != .set && !$0.span.overlaps(q.span) }
                    if let nearest = candidates.min(by: { distance($0.span, q.span) < distance($1.span, q.span) }) {
                        let sameClause = sameClause(bytes, nearest.span, q.span, sentence: sentences[i].span)
                        return Period(value: nearest.value, span: nearest.span, basis: sameClause ? .explicit : .inherited)
                    }
                    if i > 0, sentences[i - 1].paragraph == sentences[i].paragraph,
                        let last = times[i - 1].last(where: { $0.kind == .date || $0.kind == .duration })
                    {
                        return Period(value: last.value, span: nil, basis: .inherited)
                    }
                    return articleDate.map { Period(value: $0, span: nil, basis: .article) }
                }
            }
        }
    }

    static func distance(_ a: TextSpan, _ b: TextSpan) -> Int {
        a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0
    }

    /// Whether a time and a figure share a clause: nothing between them but words (no semicolon, colon or
    /// comma), or the time opens the sentence and so governs all of it ("In 2015, sales rose 5%").
    static func sameClause(_ bytes: UnsafeBufferPointer<UInt8>, _ time: TextSpan, _ figure: TextSpan, sentence: TextSpan) -> Bool {
        let from = min(time.end, figure.end)
        let to = max(time.start, figure.start)
        var clean = true
        if from < to {
            for k in from..<to where bytes[k] == UInt8(ascii: ",") || bytes[k] == UInt8(ascii: ";") || bytes[k] == UInt8(ascii: ":") {
                clean = false
                break
            }
        }
        if clean { return true }
        // An opening time phrase: at most a preposition before it.
        guard time.start < figure.start else { return false }
        var words = 0
        var k = sentence.start
        var inWord = false
        while k < time.start {
            let b = bytes[k]
            let letter = b >= 65 && b <= 90 || b >= 97 && b <= 122
            if letter && !inWord { words += 1 }
            inWord = letter
            k += 1
        }
        return words <= 1
    }
}

extension TextSpan {
    func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }
}

/// The time stage's rules as the rest of the project sees them: for Docs/rules.md, for
/// `claimtrace rules --explain`, and for the test that runs every example.
public enum TimeRulesBook {
    /// The table as Markdown.
    public static var markdown: String { TimeRules.table.markdown() }

    /// Every rule's id with its examples.
    public static var examples: [(id: String, examples: [Example])] { TimeRules.table.rules.map { ($0.id, $0.examples) } }

    /// The date the examples resolve against (a Friday).
    public static let exampleDate = "2016-09-16"

    /// One expression in the examples' form: `type value`.
    public static func render(_ t: TimeExpression) -> String { "\(t.kind.rawValue) \(t.value)" }
}
