import ArgumentParser
import Attribution
import ClaimTraceCore
import Claims
import Quantities
import Segmentation
import Time
import Checks

/// `claimtrace rules`: the rule tables as Markdown (Docs/rules.md is this output), or, with
/// `--explain`, which rule found each source in a piece of text.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the rule tables (Docs/rules.md), or explain which rules fire on a text.")

    @Option(help: "A sentence or paragraph to run the rules on; prints each source and the rule that found it.")
    var explain: String?

    @Option(help: "With --explain: the article's date (ISO 8601), against which time expressions resolve.")
    var date: String?

    @Flag(help: "With --explain: also list every rule whose pattern matched at each cue, and whether it built a source.")
    var trace = false

    func run() throws {
        if let explain {
            print(Self.explanation(of: explain, trace: trace, date: date), terminator: "")
        } else {
            print(RuleBook.markdown, terminator: "")
        }
    }

    static func explanation(of text: String, trace: Bool = false, date: String? = nil) -> String {
        var attributor = SourceAttributor()
        if trace { attributor.trace = { print($0) } }
        var timer = TimeTagger()
        if trace { timer.trace = { print("time: " + $0) } }
        var article = Article(text: text)
        article.date = date
        let checked = Segmenter().then(QuantityTagger()).then(timer).then(attributor).then(FigureChecker()).process(article)
        let attributed = checked.attributed
        var out = ""
        let bytes = Array(text.utf8)
        for (i, sentence) in attributed.tagged.segmented.sentences.enumerated() {
            out += "sentence \(i): \(String(decoding: bytes[sentence.span.start..<sentence.span.end], as: UTF8.self))\n"
            for a in attributed.attributions[i] {
                let mention = a.sourceSpan.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } ?? "-"
                let covers = a.covers.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } ?? "-"
                out += "  source \(AttributionRules.render(a)) (\(a.basis.rawValue), mention \"\(mention)\") ← \(a.rule ?? a.basis.rawValue)\n"
                out += "    covers: \(covers)\n"
            }
            for (j, q) in attributed.tagged.quantities[i].enumerated() {
                let figure = String(decoding: bytes[q.span.start..<q.span.end], as: UTF8.self)
                let source = attributed.figureSources[i][j].map { attributed.attributions[i][$0].source } ?? "none"
                let role = q.change.map { " (\($0.rawValue))" } ?? ""
                out += "  figure \"\(figure)\" \(QuantityRules.render(q))\(role) ← \(q.rule ?? "-") → source \(source)\n"
            }
            for t in attributed.timed.times[i] {
                let written = String(decoding: bytes[t.span.start..<t.span.end], as: UTF8.self)
                out += "  time \"\(written)\" \(TimeRulesBook.render(t)) ← \(t.rule ?? "-")\n"
            }
            for (j, p) in attributed.timed.periods[i].enumerated() {
                guard let p else { continue }
                let figure = attributed.tagged.quantities[i][j].span
                out += "  period of \"\(String(decoding: bytes[figure.start..<figure.end], as: UTF8.self))\": \(p.value) (\(p.basis.rawValue))\n"
            }
            for c in checked.checks[i] {
                out += "  check \(c.rule) \(c.status.rawValue) \(c.quantities): \(c.message)\n"
            }
            if let survey = checked.surveys[i] { out += "  survey \(survey)\n" }
            if attributed.tagged.tableRows[i] { out += "  (a table row: kept out of the claims)\n" }
        }
        return out
    }
}
