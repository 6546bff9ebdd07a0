import Attribution
import Claims
import ClaimTraceCore
import Foundation
import Quantities
import Segmentation
import Time
import TestSupport
import Testing
import TokenRules

/// Every example of every rule, run through the real stage: a positive example must be found by the
/// rule that names it (and build what it says); a negative one must not be found by that rule.
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: Example
        var testDescription: String { "\(rule): \(example.text)" }
    }

    /// One case per example of every rule in a table.
    static func cases(_ table: [(id: String, examples: [Example])]) -> [Case] {
        table.flatMap { rule in rule.examples.map { Case(rule: rule.id, example: $0) } }
    }

    /// What a case expects of the (rule id, rendering) pairs its rule found: a positive example must be found (and
    /// render as it says), a counterexample must not.
    static func expectByRule(_ c: Case, _ byRule: [(String, String)], found: [(String, String)]) {
        if c.example.fires {
            #expect(!byRule.isEmpty, "\(c.rule) did not fire; found \(found)")
            if let expect = c.example.expect {
                #expect(byRule.contains { $0.1 == expect }, "\(c.rule) built \(byRule.map(\.1)), expected \(expect)")
            }
        } else {
            #expect(byRule.isEmpty, "\(c.rule) fired on a counterexample: \(byRule)")
        }
    }

    static let attributionCases: [Case] = cases(AttributionRules.examples)

    /// What the attribution stage finds in `text`, as (rule id, rendered source) for every sentence.
    static func attributionsFound(in text: String) -> [(String, String)] {
        let attributed = Segmenter().then(QuantityTagger()).then(TimeTagger()).then(SourceAttributor()).process(Article(text: text))
        return attributed.attributions.flatMap { $0 }.map { ($0.rule ?? $0.basis.rawValue, AttributionRules.render($0)) }
    }

    @Test(arguments: attributionCases)
    func attributionExample(_ c: Case) {
        let found = Self.attributionsFound(in: c.example.text)
        let byRule = found.filter { $0.0 == c.rule }
        if c.example.fires, c.rule.hasPrefix("not.") {
            // What a blocking rule lets through: some other rule finds the source.
            #expect(!found.isEmpty, "\(c.rule) blocked an example it should let through")
            if let expect = c.example.expect { #expect(found.contains { $0.1 == expect }, "found \(found), expected \(expect)") }
        } else if !c.example.fires, c.rule.hasPrefix("not.") {
            // A rule that says "no cue here": nothing at all may be found on its example.
            #expect(found.isEmpty, "\(c.rule): expected no source, found \(found)")
        } else {
            Self.expectByRule(c, byRule, found: found)
        }
    }

    @Test func everyRuleHasAnExample() {
        for rule in AttributionRules.examples {
            #expect(!rule.examples.isEmpty, "\(rule.id) has no example")
        }
    }
}

/// Every example of every quantity rule: a positive example must hold a figure found by that rule (and
/// render as it says); a negative one must hold none.
struct QuantityRuleExampleTests {
    static let cases = RuleExampleTests.cases(QuantityRules.examples)

    @Test(arguments: cases)
    func quantityExample(_ c: RuleExampleTests.Case) {
        let found = QuantityTagger.tag(c.example.text).map { ($0.rule ?? "-", QuantityRules.render($0)) }
        // The `figure` rule reports the unit rule that completed it ("figure/percent.sign"); its own examples
        // count any of them.
        let byRule = found.filter { $0.0 == c.rule || (c.rule == "figure" && $0.0.hasPrefix("figure")) }
        RuleExampleTests.expectByRule(c, byRule, found: found)
    }
}

/// Docs/rules.md is generated from the tables (`claimtrace rules`); this keeps the two equal.
struct RulesDocumentTests {
    @Test func docsMatchTheTables() throws {
        let path = TestPaths.root.appendingPathComponent("Docs/rules.md")
        let written = try String(contentsOf: path, encoding: .utf8)
        let generated = RuleBook.markdown
        #expect(written == generated, "Docs/rules.md is stale: run `swift run claimtrace rules > Docs/rules.md`")
    }
}

/// Every example of every time rule, resolved against an article dated Friday 16 September 2016: a positive
/// example must hold an expression found by that rule (and render as `type value`); a negative one none.
struct TimeRuleExampleTests {
    static let cases = RuleExampleTests.cases(TimeRulesBook.examples)

    @Test(arguments: cases)
    func timeExample(_ c: RuleExampleTests.Case) {
        var article = Article(text: c.example.text)
        article.date = TimeRulesBook.exampleDate
        let timed = Segmenter().then(QuantityTagger()).then(TimeTagger()).process(article)
        let found = timed.times.flatMap { $0 }.map { ($0.rule ?? "-", TimeRulesBook.render($0)) }
        let byRule = found.filter { $0.0 == c.rule }
        RuleExampleTests.expectByRule(c, byRule, found: found)
    }
}

/// Rules look a few tokens either side of their anchor; a sentence that starts or ends right there must not
/// take them out of bounds ("From 200 to 300 …" once read the word before "from"). Every example of every
/// table, cut before and after each space, goes through the whole pipeline; every span it reports must
/// lie inside its sentence.
struct RuleEdgeTests {
    static let texts: [String] = {
        var all: Set<String> = ["From 200 to 300 people came.", "Pounds", "m tall.", "cents", "said", "— Jane Doe", "what he called", "1/2 years"]
        for rule in AttributionRules.examples { for e in rule.examples { all.insert(e.text) } }
        for rule in QuantityRules.examples { for e in rule.examples { all.insert(e.text) } }
        for rule in TimeRulesBook.examples { for e in rule.examples { all.insert(e.text) } }
        return all.sorted()
    }()

    static func cuts(_ text: String) -> [String] {
        let spaces = text.indices.filter { text[$0] == " " }
        return [text] + spaces.flatMap { i in [String(text[..<i]), String(text[text.index(after: i)...])] }
    }

    @Test func everyExampleCutAtEveryWord() {
        let chain = ClaimChain.standard(ClaimOptions(allSentences: true))
        var pieces = 0
        for text in Self.texts {
            for piece in Self.cuts(text) {
                var article = Article(text: piece)
                article.date = TimeRulesBook.exampleDate
                for claim in chain.process(article) {
                    let length = claim.text.unicodeScalars.count
                    for q in claim.quantities { #expect(q.start >= 0 && q.start < q.end && q.end <= length, "\(q.text) out of \(claim.text)") }
                    for t in claim.times { #expect(t.start >= 0 && t.start < t.end && t.end <= length, "\(t.text) out of \(claim.text)") }
                }
                pieces += 1
            }
        }
        #expect(pieces > 1000)
    }
}
