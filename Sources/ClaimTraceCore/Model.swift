/// A half-open range of UTF-8 byte offsets into an article's text.
///
/// Stages work on bytes because that is where the speed is; exporters turn
/// these into Unicode-scalar offsets, which is what the output contract uses.
public struct TextSpan: Sendable, Hashable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
    public var count: Int { end - start }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// Where an input record came from, for error messages and audits.
public struct RecordLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the record's first line (0 when the format has no lines).
    public var line: Int
    /// 1-based record number within the file.
    public var record: Int

    public init(file: String, line: Int, record: Int) {
        self.file = file
        self.line = line
        self.record = record
    }

    public var description: String {
        line > 0 ? "\(file):\(line)" : "\(file): record \(record)"
    }
}

/// A JSON value, used for fields of an input record that ClaimTrace does not
/// interpret but must not lose (`article.extra`).
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

/// One article as a reader produced it.
public struct Article: Sendable, Hashable {
    /// The record's own id, or a content hash when the input has none.
    public var id: String
    /// 0-based position of the article in the run's input order.
    public var index: Int
    public var title: String?
    public var author: String?
    public var date: String?
    public var url: String?
    public var source: String?
    /// The body text. Every offset in the output points into this string.
    public var text: String
    /// Input fields the model does not name, kept so nothing is lost.
    public var extra: [String: JSONValue]
    public var location: RecordLocation
    /// Hyperlinks of the text (HTML pages, WARC responses, feed descriptions), by byte span.
    public var links: [Link] = []

    public init(
        id: String? = nil, index: Int = 0, title: String? = nil, author: String? = nil,
        date: String? = nil, url: String? = nil, source: String? = nil, text: String,
        extra: [String: JSONValue] = [:], location: RecordLocation = RecordLocation(file: "-", line: 0, record: 0)
    ) {
        self.id = id ?? StableHash.hex(of: text)
        self.index = index
        self.title = title
        self.author = author
        self.date = date
        self.url = url
        self.source = source
        self.text = text
        self.extra = extra
        self.location = location
    }
}

/// A hyperlink in an article's text: the linked words and where they point (absolute URL).
public struct Link: Sendable, Hashable {
    public var span: TextSpan
    public var url: String

    public init(span: TextSpan, url: String) {
        self.span = span
        self.url = url
    }
}

/// A sentence of an article, located by byte span.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    /// 0-based paragraph index within the article.
    public var paragraph: Int
    /// 0-based sentence index within its paragraph.
    public var indexInParagraph: Int

    public init(span: TextSpan, paragraph: Int, indexInParagraph: Int) {
        self.span = span
        self.paragraph = paragraph
        self.indexInParagraph = indexInParagraph
    }
}

/// An article cut into paragraphs and sentences (the Segmenter's output).
public struct SegmentedArticle: Sendable {
    public var article: Article
    public var paragraphs: [TextSpan]
    public var sentences: [Sentence]

    public init(article: Article, paragraphs: [TextSpan], sentences: [Sentence]) {
        self.article = article
        self.paragraphs = paragraphs
        self.sentences = sentences
    }
}

/// What a figure is. The first group are statistics; the second are numbers
/// that a fact-checker does not verify as figures (dates, years, names).
public enum QuantityKind: String, Sendable, CaseIterable {
    case percent, percentagePoints = "percentage_points", money, count, measure, ratio, fraction, number, duration
    case date, year, time, ordinal, identifier

    public var isStatistic: Bool {
        switch self {
        case .percent, .percentagePoints, .money, .count, .measure, .ratio, .fraction, .number, .duration: true
        case .date, .year, .time, .ordinal, .identifier: false
        }
    }
}

/// One figure found in a sentence, normalised.
public struct Quantity: Sendable, Hashable {
    /// Byte span in the article text.
    public var span: TextSpan
    public var kind: QuantityKind
    /// The value for a single figure; nil for a range (see `low`/`high`).
    public var value: Double?
    public var low: Double?
    public var high: Double?
    /// Normalised unit: "percent", an ISO 4217 code, a measure unit, the counted noun, "year", …
    public var unit: String?
    /// The hedge before the figure as written, lowercased ("about", "more than", "just").
    public var qualifier: String?
    public var approximate: Bool
    /// For statistics: whether the figure is a level or the size of a change (nil for dates, names …).
    public var change: Change?
    /// Digits after the decimal point as written ("20.2" has 1): the precision the figure claims.
    public var decimals: Int = 0
    /// The id of the rule that found it (Docs/rules.md).
    public var rule: String?

    /// How a statistic relates to a change: "stood at 5%" (level), "rose 5%" / "fell by 5%" (by),
    /// "rose to 5%" (to), "up from 4%" (from).
    public enum Change: String, Sendable {
        case level, by, to, from
    }

    public init(
        span: TextSpan, kind: QuantityKind, value: Double? = nil, low: Double? = nil, high: Double? = nil,
        unit: String? = nil, qualifier: String? = nil, approximate: Bool = false
    ) {
        self.span = span
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.approximate = approximate
    }

    public var isStatistic: Bool { kind.isStatistic }
}

/// How an attribution was established.
public enum AttributionBasis: String, Sendable {
    /// The source is named in the sentence.
    case explicit
    /// A pronoun in the sentence, resolved to a person named earlier in the article.
    case resolved
    /// Carried over from a neighbouring sentence (e.g. the survey named just before).
    case inherited
    /// Nothing named a source; the article's author stands behind the statement.
    case byline
}

public enum SourceType: String, Sendable {
    case person, organization, anonymous
    /// Sources that are documents, by kind: "a Nomura Research Institute survey" is a `survey`
    /// whose owner is the source; "figures released by the Ports Authority" are `data`.
    case survey, poll, report, study, census, data, document

    public var isDocument: Bool {
        switch self {
        case .person, .organization, .anonymous: false
        case .survey, .poll, .report, .study, .census, .data, .document: true
        }
    }

    /// The document kind a noun names ("surveys" → survey, "figures" → data), or nil.
    public static func document(_ noun: String) -> SourceType? {
        switch noun {
        case "survey", "surveys": .survey
        case "poll", "polls": .poll
        case "report", "reports", "filing", "statement", "release", "review", "audit", "assessment", "paper": .report
        case "study", "studies", "research", "analysis": .study
        case "census": .census
        case "data", "figures", "statistics", "index", "tally", "count", "database", "estimates", "projections",
            "forecast", "model":
            .data
        default: nil
        }
    }
}

/// How a sentence carries its source's words.
public enum QuoteKind: String, Sendable {
    /// In quote marks: "We lose 30 million litres a day," she said.
    case direct
    /// Reported: She said the repairs would cost $48 million.
    case indirect
    /// Not speech: a survey showed, according to figures, the byline.
    case none
}

/// Who or what a sentence's claim rests on.
public struct Attribution: Sendable, Hashable {
    /// The resolved name ("Chen Shui-bian" even when the sentence says "He").
    public var source: String
    public var sourceType: SourceType
    /// The reporting or evidence expression ("said", "according to", "showed").
    public var cue: String?
    /// The source mention in this sentence, as written; nil for byline or inherited sources.
    public var sourceSpan: TextSpan?
    public var cueSpan: TextSpan?
    public var basis: AttributionBasis
    /// The title written with a person's name ("Ukrainian President"), kept apart from `source`.
    public var title: String?
    /// Whether the sentence quotes the source's words directly, reports them, or neither.
    public var quote: QuoteKind = .none
    /// For a direct quote: the quoted words, without the quote marks.
    public var content: TextSpan?
    /// What is attributed: the reported words or finding (for a direct quote, the quote).
    public var covers: TextSpan?
    /// The id of the rule that found it (Docs/rules.md); nil for inherited and byline sources.
    public var rule: String?

    public init(
        source: String, sourceType: SourceType, cue: String?, sourceSpan: TextSpan?, cueSpan: TextSpan?,
        basis: AttributionBasis, title: String? = nil
    ) {
        self.source = source
        self.sourceType = sourceType
        self.cue = cue
        self.sourceSpan = sourceSpan
        self.cueSpan = cueSpan
        self.basis = basis
        self.title = title
    }
}

/// A segmented article with the figures of each sentence (the QuantityTagger's output).
public struct TaggedArticle: Sendable {
    public var segmented: SegmentedArticle
    /// `quantities[i]` are the figures of `segmented.sentences[i]`, in text order.
    public var quantities: [[Quantity]]
    /// `tableRows[i]`: sentence `i` is a row of a table or a price list, a lone cell or code, not prose (kept out of claims).
    public var tableRows: [Bool]

    public init(segmented: SegmentedArticle, quantities: [[Quantity]], tableRows: [Bool]? = nil) {
        self.segmented = segmented
        self.quantities = quantities
        self.tableRows = tableRows ?? Array(repeating: false, count: quantities.count)
    }
}

/// A time expression normalised against the article date (TIMEX3: type and value).
public struct TimeExpression: Sendable, Hashable {
    public enum Kind: String, Sendable { case date, time, duration, set }
    public var span: TextSpan
    public var kind: Kind
    /// TIMEX3 value: `2015`, `2016-Q3`, `2016-03-14`, `2016-W37`, `P3Y`, `PRESENT_REF`, `XXXX-03` …
    public var value: String
    /// The id of the rule that found it.
    public var rule: String?

    public init(span: TextSpan, kind: Kind, value: String, rule: String? = nil) {
        self.span = span
        self.kind = kind
        self.value = value
        self.rule = rule
    }
}

/// The period a statistic is about, and how it was decided.
public struct Period: Sendable, Hashable {
    public enum Basis: String, Sendable {
        /// A time expression governs the figure (same clause).
        case explicit
        /// From elsewhere in the sentence, or the sentence before in the paragraph.
        case inherited
        /// Nothing said: the article's publication date.
        case article
    }
    public var value: String
    /// The time expression as written (nil for the article date).
    public var span: TextSpan?
    public var basis: Basis

    public init(value: String, span: TextSpan?, basis: Basis) {
        self.value = value
        self.span = span
        self.basis = basis
    }
}

/// A tagged article with its time expressions and the period of each figure (the TimeTagger's output).
public struct TimedArticle: Sendable {
    public var tagged: TaggedArticle
    /// `times[i]`: the time expressions of sentence `i`, in text order.
    public var times: [[TimeExpression]]
    /// `periods[i][j]`: the period of figure `tagged.quantities[i][j]` (nil for figures that are not statistics).
    public var periods: [[Period?]]

    public init(tagged: TaggedArticle, times: [[TimeExpression]], periods: [[Period?]]) {
        self.tagged = tagged
        self.times = times
        self.periods = periods
    }
}

/// A tagged article with the sources of each sentence (the SourceAttributor's output).
public struct AttributedArticle: Sendable {
    public var timed: TimedArticle
    public var tagged: TaggedArticle { timed.tagged }
    /// `attributions[i]`: every source named for sentence `i`, in text order (or the one inherited
    /// or taken from the byline when the sentence names none); empty when there is none.
    public var attributions: [[Attribution]]
    /// `figureSources[i][j]`: the index in `attributions[i]` of the source of figure
    /// `tagged.quantities[i][j]`, or nil when no source covers it.
    public var figureSources: [[Int?]]

    public init(timed: TimedArticle, attributions: [[Attribution]], figureSources: [[Int?]]) {
        self.timed = timed
        self.attributions = attributions
        self.figureSources = figureSources
    }

    /// The sentence's single `attribution` of the first contract: the source of its first statistic,
    /// else its first source.
    public func primary(_ i: Int) -> Attribution? {
        let quantities = tagged.quantities[i]
        if let j = quantities.firstIndex(where: \.isStatistic), let k = figureSources[i][j] { return attributions[i][k] }
        return attributions[i].first
    }
}

/// The result of one arithmetic or consistency check over figures of a sentence (Docs/checks.md).
public struct FigureCheck: Sendable, Hashable {
    public enum Status: String, Sendable { case consistent, inconsistent }
    /// The rule's stable name: `change_arithmetic`, `percent_vs_points`, `multiples`, `shares_sum`,
    /// `impossible_share`, `margin_of_error`, `totals_vs_parts`.
    public var rule: String
    public var status: Status
    /// Indexes of the figures involved, into the sentence's quantities.
    public var quantities: [Int]
    /// What the other reported figures imply, with the interval their rounding allows.
    public var expected: String
    /// One line a person understands.
    public var message: String

    public init(rule: String, status: Status, quantities: [Int], expected: String, message: String) {
        self.rule = rule
        self.status = status
        self.quantities = quantities
        self.expected = expected
        self.message = message
    }
}

/// How a poll or survey a claim rests on was made, gathered from the article.
public struct Survey: Sendable, Hashable {
    /// Who ran it ("Quinnipiac University").
    public var name: String?
    /// Who paid for it ("for CNN").
    public var sponsor: String?
    public var sampleSize: Int?
    /// Margin of error in percentage points (at 95%, as published).
    public var marginOfError: Double?
    /// Fieldwork dates, ISO 8601.
    public var fieldStart: String?
    public var fieldEnd: String?
    /// Who was asked ("likely voters", "adults in 32 countries").
    public var population: String?
    /// How ("telephone", "online", "in person").
    public var mode: String?

    public init() {}

    public var isEmpty: Bool {
        name == nil && sponsor == nil && sampleSize == nil && marginOfError == nil && fieldStart == nil && population == nil
            && mode == nil
    }
}

/// An attributed article with the checks of each sentence and the survey its claims rest on (the Checks stage's
/// output).
public struct CheckedArticle: Sendable {
    public var attributed: AttributedArticle
    /// `checks[i]`: the checks over the figures of sentence `i`.
    public var checks: [[FigureCheck]]
    /// `surveys[i]`: the poll or survey sentence `i` rests on or describes, or nil.
    public var surveys: [Survey?]

    public init(attributed: AttributedArticle, checks: [[FigureCheck]], surveys: [Survey?]) {
        self.attributed = attributed
        self.checks = checks
        self.surveys = surveys
    }
}

/// One output record: a check-worthy sentence with its figures and its source.
public struct Claim: Sendable {
    public var id: String
    public var article: ArticleRef
    public var paragraph: Int
    /// 0-based index of the sentence within its paragraph.
    public var sentence: Int
    /// Sentence span in the article text, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var text: String
    public var contextBefore: String?
    public var contextAfter: String?
    public var quantities: [ClaimQuantity]
    /// Every source named for the sentence, in text order.
    public var attributions: [ClaimAttribution]
    /// The source of the first statistic, else the first source (the first contract's field).
    public var attribution: ClaimAttribution?
    public var checkworthiness: Double
    /// The sentence is a row of a table or a price list (only written with `--all-sentences`).
    public var tableRow: Bool
    /// Hyperlinks inside the sentence: the study or source a checker should open.
    public var links: [ClaimLink] = []
    /// Time expressions of the sentence, normalised against the article date.
    public var times: [ClaimTime] = []
    /// Arithmetic and consistency checks over the sentence's figures.
    public var checks: [FigureCheck] = []
    /// The poll or survey the claim rests on, when it rests on one.
    public var survey: Survey?

    public init(
        id: String, article: ArticleRef, paragraph: Int, sentence: Int, start: Int, end: Int, text: String,
        contextBefore: String?, contextAfter: String?, quantities: [ClaimQuantity],
        attributions: [ClaimAttribution] = [], attribution: ClaimAttribution?, checkworthiness: Double, tableRow: Bool = false,
        links: [ClaimLink] = []
    ) {
        self.tableRow = tableRow
        self.links = links
        self.attributions = attributions
        self.id = id
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.contextBefore = contextBefore
        self.contextAfter = contextAfter
        self.quantities = quantities
        self.attribution = attribution
        self.checkworthiness = checkworthiness
    }
}

/// A hyperlink in a claim's sentence: the linked words (Unicode-scalar offsets within the claim's text) and
/// the absolute URL.
public struct ClaimLink: Sendable, Hashable {
    public var text: String
    public var url: String
    public var start: Int
    public var end: Int

    public init(text: String, url: String, start: Int, end: Int) {
        self.text = text
        self.url = url
        self.start = start
        self.end = end
    }
}

/// A time expression as exported: offsets in Unicode scalars within the claim's text.
public struct ClaimTime: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: TimeExpression.Kind
    public var value: String

    public init(text: String, start: Int, end: Int, kind: TimeExpression.Kind, value: String) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
    }
}

/// The period of a figure as exported: the value, the time expression as written (nil when inherited from
/// another sentence or taken from the article date) and how it was decided.
public struct ClaimPeriod: Sendable, Hashable {
    public var value: String
    public var text: String?
    public var basis: Period.Basis

    public init(value: String, text: String?, basis: Period.Basis) {
        self.value = value
        self.text = text
        self.basis = basis
    }
}

/// The article fields repeated on every claim, so each record stands alone.
public struct ArticleRef: Sendable, Hashable {
    public var id: String
    public var index: Int
    public var title: String?
    public var author: String?
    public var date: String?
    public var url: String?
    public var source: String?

    public init(_ article: Article) {
        id = article.id
        index = article.index
        title = article.title
        author = article.author
        date = article.date
        url = article.url
        source = article.source
    }
}

/// A quantity as exported: offsets in Unicode scalars within the claim's text.
public struct ClaimQuantity: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var kind: QuantityKind
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var unit: String?
    public var qualifier: String?
    public var approximate: Bool
    public var change: Quantity.Change?
    /// Index of this figure's own source in the claim's `attributions`, or nil.
    public var attribution: Int?
    /// When the figure is about (statistics only).
    public var period: ClaimPeriod?
    /// The same statistic in any article has the same fingerprint (statistics only): see ``ClaimQuantity/fingerprint(of:)``.
    public var fingerprint: String?
    public var statistic: Bool { kind.isStatistic }

    public init(
        text: String, start: Int, end: Int, kind: QuantityKind, value: Double?, low: Double?, high: Double?,
        unit: String?, qualifier: String?, approximate: Bool, change: Quantity.Change? = nil, attribution: Int? = nil
    ) {
        self.change = change
        self.attribution = attribution
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.low = low
        self.high = high
        self.unit = unit
        self.qualifier = qualifier
        self.approximate = approximate
    }
}

extension ClaimQuantity {
    /// 16 hex digits over the kind, the value (or range), the unit and a stated period: two articles that report
    /// the same figure for the same thing share it. A period taken from the article's date is left out, so the
    /// same figure reported on two days still matches.
    public static func fingerprint(of q: ClaimQuantity) -> String {
        let period = q.period.flatMap { $0.basis == .article ? nil : $0.value } ?? ""
        // Part by part: no array of the six strings.
        var parts = StableHash.Parts()
        parts.add(q.kind.rawValue)
        parts.add(fingerprintText(q.value))
        parts.add(fingerprintText(q.low))
        parts.add(fingerprintText(q.high))
        parts.add(q.unit ?? "")
        parts.add(period)
        return parts.hex
    }

    /// A value as the fingerprint hashes it: `Double.description` ("12.0", "0.25", "1e+16"), and "" for none.
    /// Whole numbers below 10^15, most values, are written from their digits, which gives the same text
    /// without the shortest-digits search.
    public static func fingerprintText(_ v: Double?) -> String {
        guard let v else { return "" }
        if v == v.rounded(.towardZero), abs(v) < 1e15, v != 0 || v.sign == .plus { return String(Int(v)) + ".0" }
        return String(v)
    }
}

/// An attribution as exported: offsets in Unicode scalars within the claim's text.
public struct ClaimAttribution: Sendable, Hashable {
    public var source: String
    public var sourceType: SourceType
    public var cue: String?
    public var sourceText: String?
    public var start: Int?
    public var end: Int?
    public var cueStart: Int?
    public var cueEnd: Int?
    public var basis: AttributionBasis
    public var title: String?
    public var quote: QuoteKind
    public var content: String?
    /// What is attributed, within the claim's text (Unicode scalars).
    public var contentStart: Int?
    public var contentEnd: Int?

    public init(
        source: String, sourceType: SourceType, cue: String?, sourceText: String?, start: Int?, end: Int?,
        cueStart: Int?, cueEnd: Int?, basis: AttributionBasis, title: String? = nil, quote: QuoteKind = .none,
        content: String? = nil, contentStart: Int? = nil, contentEnd: Int? = nil
    ) {
        self.contentStart = contentStart
        self.contentEnd = contentEnd
        self.title = title
        self.quote = quote
        self.content = content
        self.source = source
        self.sourceType = sourceType
        self.cue = cue
        self.sourceText = sourceText
        self.start = start
        self.end = end
        self.cueStart = cueStart
        self.cueEnd = cueEnd
        self.basis = basis
    }
}
