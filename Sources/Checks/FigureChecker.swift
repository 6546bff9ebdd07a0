import ClaimTraceCore

/// Checks the arithmetic of the figures of every sentence before a person does (Docs/rules.md, "Checks"):
/// changes against their levels, percent against percentage points, multiples, shares that should add up,
/// impossible shares, poll margins against sample sizes, totals against their parts. Each figure is an
/// interval of what its written precision allows, so rounding never raises an alarm. It also gathers the
/// details of the poll or survey each claim rests on (Surveys.swift).
public struct FigureChecker: Stage {
    /// When false, no checks and no survey details (a pipeline without the stage).
    public var enabled: Bool

    public init(enabled: Bool = true) {
        self.enabled = enabled
    }

    public func process(_ attributed: AttributedArticle) -> CheckedArticle {
        let tagged = attributed.tagged
        let sentences = tagged.segmented.sentences
        guard enabled else {
            return CheckedArticle(
                attributed: attributed, checks: Array(repeating: [], count: sentences.count),
                surveys: Array(repeating: nil, count: sentences.count))
        }
        return tagged.segmented.article.text.withUTF8Bytes { bytes in
            let surveys = SurveyReader.surveys(attributed, bytes)
            var checks: [[FigureCheck]] = []
            checks.reserveCapacity(sentences.count)
            for i in sentences.indices {
                let quantities = tagged.quantities[i]
                // Most sentences have fewer than two statistics and nothing to check.
                let statistics = quantities.reduce(0) { $0 + ($1.isStatistic ? 1 : 0) }
                // A share past 100, a negative count, or a lone percent change whose levels may be next door.
                let odd = quantities.contains { q in
                    q.kind == .percent && ((q.value ?? q.high ?? 0) > 100 || q.change == .by) || q.kind == .count && (q.value ?? 0) < 0
                }
                guard statistics >= 2 || odd || surveys[i] != nil else {
                    checks.append([])
                    continue
                }
                let sentence = SentenceFigures(index: i, article: attributed, bytes: bytes, survey: surveys[i])
                var found: [FigureCheck] = []
                for rule in CheckRules.all { found += rule.run(sentence) }
                checks.append(found.sorted { ($0.quantities.first ?? 0, $0.rule) < ($1.quantities.first ?? 0, $1.rule) })
            }
            return CheckedArticle(attributed: attributed, checks: checks, surveys: surveys)
        }
    }
}

/// One sentence's figures as the check rules read them: each statistic's interval, role and the words
/// around it, and the figures of the neighbouring sentences of the paragraph.
struct SentenceFigures {
    let index: Int
    let article: AttributedArticle
    let bytes: UnsafeBufferPointer<UInt8>
    let survey: Survey?

    var quantities: [Quantity] { article.tagged.quantities[index] }
    var span: TextSpan { article.tagged.segmented.sentences[index].span }

    func text(_ q: Quantity) -> String { UTF8Text.string(bytes, q.span) }
    func interval(_ j: Int) -> Interval? { Interval.of(quantities[j], in: bytes) }

    /// The lowercased text between two byte offsets, line breaks and tabs read as spaces (wire copy breaks
    /// lines inside sentences).
    func between(_ from: Int, _ to: Int) -> String {
        guard from < to else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]).map(Self.folded), as: UTF8.self)
    }

    static func folded(_ b: UInt8) -> UInt8 { ByteSearch.fold(b) }

    /// The words right after figure `j` (up to `length` bytes), lowercased.
    func after(_ j: Int, _ length: Int = 40) -> String {
        let q = quantities[j]
        return between(q.span.end, min(span.end, q.span.end + length))
    }

    /// Whether the text between two byte offsets holds any of `needles`.
    func gapHas(_ from: Int, _ to: Int, _ needles: [[UInt8]]) -> Bool {
        ByteSearch.containsAny(needles, in: bytes, from: from, to: to)
    }

    /// Whether the text right after figure `j` starts with one of `needles`.
    func followedBy(_ j: Int, _ needles: [[UInt8]]) -> Bool {
        let end = quantities[j].span.end
        return needles.contains { ByteSearch.starts($0, in: bytes, at: end, to: span.end) }
    }

    /// Whether any of `needles` occurs within `length` bytes after figure `j`.
    func near(_ j: Int, _ needles: [[UInt8]], _ length: Int = 24) -> Bool {
        let end = quantities[j].span.end
        return ByteSearch.containsAny(needles, in: bytes, from: end, to: min(span.end, end + length))
    }
}

/// A check rule: a stable name, what it checks, examples (a sentence and the status the rule must give, nil
/// when it must stay silent) and the check itself.
struct CheckRule: Sendable {
    let name: String
    let summary: String
    let examples: [(text: String, status: FigureCheck.Status?)]
    let run: @Sendable (SentenceFigures) -> [FigureCheck]
}

/// The check rules as the rest of the project sees them: for Docs/rules.md and the test that runs every example.
public enum CheckRulesBook {
    public static var markdown: String {
        var out = """
            ## Checks: the arithmetic of the figures

            Run on every sentence with figures after attribution. A figure stands for the interval its written \
            precision allows ("20.2" is 20.15–20.25; "about" widens it by 10%); a check is `consistent` when the \
            intervals agree and `inconsistent` when no rounding can make them agree. A check that cannot be done \
            is not listed. Each rule's examples run as tests.


            """
        for rule in CheckRules.all {
            out += "### `\(rule.name)`\n\n\(rule.summary)\n\n"
            for e in rule.examples {
                out += "- \(e.text) → " + (e.status.map { "`\($0.rawValue)`" } ?? "no check") + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// Every rule's name with its examples (text, status or nil for silence).
    public static var examples: [(rule: String, text: String, status: FigureCheck.Status?)] {
        CheckRules.all.flatMap { rule in rule.examples.map { (rule.name, $0.text, $0.status) } }
    }
}
