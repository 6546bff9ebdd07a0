import Attribution
import ClaimTraceCore
import Quantities
import Segmentation
import Time
import Checks

/// Turns an attributed article into output records: one per check-worthy
/// sentence (a statistic, or a source named in the sentence), or one per
/// sentence with `allSentences`.
public struct ClaimBuilder: Stage {
    public var allSentences: Bool
    /// Records below this score are dropped (0 keeps every claim).
    public var minCheckworthiness: Double

    public init(allSentences: Bool = false, minCheckworthiness: Double = 0) {
        self.allSentences = allSentences
        self.minCheckworthiness = minCheckworthiness
    }

    public func process(_ checked: CheckedArticle) -> [Claim] {
        let attributed = checked.attributed
        let tagged = attributed.tagged
        let article = tagged.segmented.article
        let sentences = tagged.segmented.sentences
        let ref = ArticleRef(article)
        return article.text.withUTF8Bytes { bytes in
            var claims: [Claim] = []
            // Each sentence's String is built once and shared (copy-on-write) by the claim that
            // quotes it as text and its neighbours that quote it as context. Claims come in order, so four
            // slots by index hold every sentence still needed (a dictionary cost 5% of the stage).
            var cache: [(index: Int, text: String)] = Array(repeating: (-1, ""), count: 4)
            func sentenceText(_ k: Int) -> String {
                if cache[k & 3].index == k { return cache[k & 3].text }
                let s = UTF8Text.string(bytes, sentences[k].span)
                cache[k & 3] = (k, s)
                return s
            }
            var bytePosition = 0
            var scalarPosition = 0
            var linkIndex = 0
            for (i, sentence) in sentences.enumerated() {
                scalarPosition += UTF8Text.scalarCount(bytes, from: bytePosition, to: sentence.span.start)
                bytePosition = sentence.span.start
                let quantities = tagged.quantities[i]
                let attribution = attributed.primary(i)
                let hasStatistic = quantities.contains(where: \.isStatistic)
                let namedSource = attributed.attributions[i].contains { $0.basis == .explicit || $0.basis == .resolved }
                // Rows of tables and price lists are not claims (their figures have no labels or units to check).
                let tableRow = tagged.tableRows[i]
                guard allSentences || ((hasStatistic || namedSource) && !tableRow) else { continue }
                let score = Self.checkworthiness(quantities: quantities, attribution: attribution)
                guard allSentences || score >= minCheckworthiness else { continue }

                let start = sentence.span.start
                let text = sentenceText(i)
                let scalarLength = UTF8Text.scalarCount(bytes, from: start, to: sentence.span.end)
                // A sentence of ASCII (as many scalars as bytes) has its offsets in bytes; others are counted.
                let ascii = scalarLength == sentence.span.end - start
                func local(_ offset: Int) -> Int { ascii ? offset - start : UTF8Text.scalarCount(bytes, from: start, to: offset) }
                let sources = attributed.figureSources[i]
                let periods = attributed.timed.periods[i]
                let exported = quantities.enumerated().map { j, q in
                    var exported = ClaimQuantity(
                        text: UTF8Text.string(bytes, q.span), start: local(q.span.start), end: local(q.span.end),
                        kind: q.kind, value: q.value, low: q.low, high: q.high, unit: q.unit, qualifier: q.qualifier,
                        approximate: q.approximate, change: q.change, attribution: sources[j])
                    exported.period = periods[j].map { p in
                        ClaimPeriod(value: p.value, text: p.span.map { UTF8Text.string(bytes, $0) }, basis: p.basis)
                    }
                    if q.isStatistic { exported.fingerprint = ClaimQuantity.fingerprint(of: exported) }
                    return exported
                }
                let times = attributed.timed.times[i].map { t in
                    ClaimTime(text: UTF8Text.string(bytes, t.span), start: local(t.span.start), end: local(t.span.end), kind: t.kind, value: t.value)
                }
                let claimAttributions = attributed.attributions[i].map { a in
                    ClaimAttribution(
                        source: a.source, sourceType: a.sourceType, cue: a.cue,
                        sourceText: a.sourceSpan.map { UTF8Text.string(bytes, $0) },
                        start: a.sourceSpan.map { local($0.start) }, end: a.sourceSpan.map { local($0.end) },
                        cueStart: a.cueSpan.map { local($0.start) }, cueEnd: a.cueSpan.map { local($0.end) },
                        basis: a.basis, title: a.title, quote: a.quote,
                        content: a.content.map { UTF8Text.string(bytes, $0) },
                        contentStart: a.covers.map { local($0.start) }, contentEnd: a.covers.map { local($0.end) })
                }
                let primaryIndex = attribution.flatMap { p in attributed.attributions[i].firstIndex(of: p) }
                let claimAttribution = primaryIndex.map { claimAttributions[$0] }
                var claimLinks: [ClaimLink] = []
                while linkIndex < article.links.count, article.links[linkIndex].span.end <= sentence.span.start { linkIndex += 1 }
                var k = linkIndex
                while k < article.links.count, article.links[k].span.start < sentence.span.end {
                    let link = article.links[k]
                    let s = max(link.span.start, sentence.span.start)
                    let e = min(link.span.end, sentence.span.end)
                    if s < e {
                        claimLinks.append(ClaimLink(text: UTF8Text.string(bytes, TextSpan(s, e)), url: link.url, start: local(s), end: local(e)))
                    }
                    k += 1
                }
                claims.append(
                    Claim(
                        id: Self.claimID(article.id, scalarPosition, text),
                        article: ref, paragraph: sentence.paragraph, sentence: sentence.indexInParagraph,
                        start: scalarPosition, end: scalarPosition + scalarLength, text: text,
                        contextBefore: i > 0 ? sentenceText(i - 1) : nil,
                        contextAfter: i + 1 < sentences.count ? sentenceText(i + 1) : nil,
                        quantities: exported, attributions: claimAttributions, attribution: claimAttribution,
                        checkworthiness: score, tableRow: tableRow, links: claimLinks))
                claims[claims.count - 1].times = times
                claims[claims.count - 1].checks = checked.checks[i]
                claims[claims.count - 1].survey = checked.surveys[i]
            }
            return claims
        }
    }

    /// The claim's stable id: the hash of its article's id, its offset and its text.
    static func claimID(_ articleID: String, _ offset: Int, _ text: String) -> String {
        var parts = StableHash.Parts()
        parts.add(articleID)
        parts.add(String(offset))
        parts.add(text)
        return parts.hex
    }

    /// A simple, explainable score in 0…1 (see Docs/output.md):
    /// 0.05 base; +0.45 for a statistic, +0.1 for each further one (up to +0.2);
    /// +0.1 when a figure is a percent, percentage points or money;
    /// +0.2 for a named or resolved source, +0.15 inherited, +0.05 byline.
    public static func checkworthiness(quantities: [Quantity], attribution: Attribution?) -> Double {
        var score = 0.05
        var statistics = 0
        var share = false
        for q in quantities where q.isStatistic {
            statistics += 1
            if q.kind == .percent || q.kind == .percentagePoints || q.kind == .money { share = true }
        }
        if statistics > 0 {
            score += 0.45 + min(0.2, 0.1 * Double(statistics - 1))
            if share { score += 0.1 }
        }
        switch attribution?.basis {
        case .explicit?, .resolved?: score += 0.2
        case .inherited?: score += 0.15
        case .byline?: score += 0.05
        case nil: break
        }
        return (min(1, score) * 100).rounded() / 100
    }
}

/// The standard per-article chain: segment → tag figures → find times → attribute → check → build claims.
public typealias ClaimChain = Chain<Chain<Chain<Chain<Chain<Segmenter, QuantityTagger>, TimeTagger>, SourceAttributor>, FigureChecker>, ClaimBuilder>

/// Options of the standard chain, as a pipeline file names them.
public struct ClaimOptions: Sendable, Equatable {
    public var allSentences = false
    /// Run the attribution stage at all (a pipeline file may leave it out).
    public var attribute = true
    /// Run the time stage (times and periods) at all.
    public var time = true
    /// Run the checks stage (arithmetic checks and survey details) at all.
    public var checks = true
    public var inherit = true
    public var bylineFallback = true
    public var minCheckworthiness = 0.0

    public init(allSentences: Bool = false, inherit: Bool = true, bylineFallback: Bool = true, minCheckworthiness: Double = 0) {
        self.allSentences = allSentences
        self.inherit = inherit
        self.bylineFallback = bylineFallback
        self.minCheckworthiness = minCheckworthiness
    }
}

extension ClaimChain {
    /// The whole per-article pipeline, fused into one stage.
    public static func standard(_ options: ClaimOptions = ClaimOptions()) -> ClaimChain {
        Segmenter()
            .then(QuantityTagger())
            .then(TimeTagger(enabled: options.time))
            .then(
                SourceAttributor(
                    enabled: options.attribute, inherit: options.inherit, bylineFallback: options.bylineFallback))
            .then(FigureChecker(enabled: options.checks))
            .then(ClaimBuilder(allSentences: options.allSentences, minCheckworthiness: options.minCheckworthiness))
    }
}
