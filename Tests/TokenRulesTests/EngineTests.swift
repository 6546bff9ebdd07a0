import ClaimTraceCore
import Testing

@testable import TokenRules

/// The engine on its own: patterns over a small lexicon, matched both ways from an anchor.
struct EngineTests {
    static let cue = TokenClass.lexicon(0)
    static let title = TokenClass.lexicon(1)
    static let lexicon = ClassLexicon([
        (cue, ["said", "says", "told"]),
        (title, ["minister", "president", "chief"]),
    ])
    static let source = Slot(0, "source")
    static let content = Slot(1, "content")

    /// Runs `body` with the tokens and classes of `text`.
    func withView<R>(_ text: String, _ body: (TokenView) -> R) -> R {
        text.withUTF8Bytes { bytes in
            let tokens = Tokenizer.tokenize(bytes, TextSpan(0, bytes.count))
            return body(TokenView(tokens: tokens, classes: Self.lexicon.classify(tokens, bytes: bytes), bytes: bytes))
        }
    }

    func words(_ view: TokenView, _ range: Range<Int>?) -> String? {
        range.map { r in r.map { view.text($0) }.joined(separator: " ") }
    }

    @Test func shapeBitsDescribeTheToken() {
        withView("In 2019 NATO paid $5bn, said Ana.") { v in
            #expect(v.has(0, .capitalized) && v.has(0, .word))
            #expect(v.has(1, .number) && v.has(1, .yearLike) && v.has(1, .plainInteger))
            #expect(v.has(2, .allCaps))
            #expect(!v.has(3, .allCaps) && v.has(3, .lowercase))
            #expect(v.has(5, .number) && v.has(5, .joined) && v.has(5, .joinedAfter))
            #expect(v.has(6, .joined) && v.has(6, .lowercase))
            #expect(v.has(8, Self.cue))
        }
    }

    @Test func requiredWordsAreNamedAndLookedForWithinReach() {
        // "familiar with" somewhere in up to four words before the cue, then a noun.
        let pattern = Pattern.seq(.t(.is(.word, "noun")), .word("familiar"), .word("with"), .plus(.t(.is(.word, "word")), max: 4))
        let program = Program(pattern, backward: true)
        #expect(program.required.count == 1)
        #expect(program.reach == 7)
        #expect(Program(.star(.word("very")), backward: true).required.isEmpty)
        #expect(Program.maxLength(.star(.word("very"))) == nil)
        // A choice needs one of its branches' words; a branch with no word to name drops the requirement.
        #expect(Program.requiredTests(.oneOf(.word("close"), .seq(.word("with"), .word("knowledge"))))?.count == 2)
        #expect(Program.requiredTests(.oneOf(.word("close"), .t(.is(.word, "word")))) != nil)
        #expect(Program.requiredTests(.oneOf(.word("close"), .opt(.word("near")))) == nil)
        let rule = Rule<Void, String>("t.familiar", "a source familiar with it", before: pattern, anchor: .is(Self.cue, "cue")) { _, _ in "ok" }
        withView("A person familiar with the talks said prices rose.") { v in
            #expect(rule.match(at: 6, in: v)?.start == 1)
        }
        withView("A person close to the talks said prices rose.") { v in
            #expect(rule.match(at: 6, in: v) == nil)
        }
        // Out of reach: five words between "with" and the cue.
        withView("A person familiar with the long slow talks here said so.") { v in
            #expect(rule.match(at: 9, in: v) == nil)
        }
    }

    @Test func leftwardPatternCapturesTheSubject() {
        // [source: capitalised words] "said", anchored at the cue.
        let rule = Rule<Void, String>(
            "t.subject", "a name before the cue",
            before: .seq(.edge, .cap(Self.source, .plus(.t(.is(.capitalized, "Name")), max: 4))),
            anchor: .is(Self.cue, "cue")
        ) { _, _ in "ok" }
        withView("Maria Lopez said prices rose.") { v in
            let m = rule.match(at: 2, in: v)
            #expect(m?.start == 0)
            #expect(words(v, m?[Self.source]) == "Maria Lopez")
        }
        withView("Then Maria Lopez said prices rose.") { v in
            // "Then" is capitalised too, so the greedy run reaches the edge through it.
            #expect(words(v, rule.match(at: 3, in: v)?[Self.source]) == "Then Maria Lopez")
        }
        withView("prices rose, he said.") { v in
            #expect(rule.match(at: 4, in: v) == nil)
        }
    }

    @Test func rightwardPatternWithOptionalAndChoice() {
        // "said" (the)? [source: Name+ | minister]
        let rule = Rule<Void, String>(
            "t.inverted", "an inverted source",
            before: .word(","), anchor: .is(Self.cue, "cue"),
            after: .seq(.opt(.word("the")), .cap(Self.source, .oneOf(.plus(.t(.is(.capitalized, "Name"))), .t(.is(Self.title, "title")))))
        ) { _, _ in "ok" }
        withView("Prices rose, said the minister.") { v in
            let m = rule.match(at: 3, in: v)
            #expect(words(v, m?[Self.source]) == "minister")
            #expect(m?.start == 2)
            #expect(m?.end == 6)
        }
        withView("Prices rose, said Ana Ferreira.") { v in
            #expect(words(v, rule.match(at: 3, in: v)?[Self.source]) == "Ana Ferreira")
        }
        withView("Prices rose and said nothing.") { v in
            #expect(rule.match(at: 3, in: v) == nil)  // no comma before the cue
        }
    }

    @Test func greedyRepeatBacktracksToLetTheRestMatch() {
        // (any)* "," [content: any+] — the star must give back the last comma's tail.
        let p = Pattern.seq(.star(.t(.anyToken)), .word(","), .cap(Self.content, .plus(.t(.anyToken))), .edge)
        let rule = Rule<Void, String>("t.greedy", "", anchor: .words("so"), after: p) { _, _ in "" }
        withView("so a, b, c d") { v in
            #expect(words(v, rule.match(at: 0, in: v)?[Self.content]) == "c d")
        }
        let lazy = Pattern.seq(.lazyStar(.t(.anyToken)), .word(","), .cap(Self.content, .plus(.t(.anyToken))), .edge)
        let lazyRule = Rule<Void, String>("t.lazy", "", anchor: .words("so"), after: lazy) { _, _ in "" }
        withView("so a, b, c d") { v in
            #expect(words(v, lazyRule.match(at: 0, in: v)?[Self.content]) == "b , c d")
        }
    }

    @Test func checksAndParsersSeeBoundaries() {
        let twoDigits = Parser("two numbers") { v, b in
            b + 1 < v.count && v.tokens[b].isNumber && v.tokens[b + 1].isNumber ? b + 2 : nil
        }
        let atEnd = Check("end of sentence") { v, b in b == v.count }
        let rule = Rule<Void, String>("t.parse", "", anchor: .words("scores"), after: .seq(.parse(twoDigits), .check(atEnd))) { _, _ in "" }
        withView("scores 3 4") { v in #expect(rule.match(at: 0, in: v)?.end == 3) }
        withView("scores 3 4 today") { v in #expect(rule.match(at: 0, in: v) == nil) }
        withView("scores 3") { v in #expect(rule.match(at: 0, in: v) == nil) }
    }

    @Test func tableTakesTheFirstRuleThatBuilds() {
        let refuses = Rule<Void, String>("t.refuses", "", anchor: .is(Self.cue, "cue")) { _, _ in nil }
        let builds = Rule<Void, String>("t.builds", "", anchor: .is(Self.cue, "cue")) { _, m in "cue at \(m.anchor)" }
        let table = RuleTable("Test", "", [refuses, builds])
        withView("He said so.") { v in
            let found = table.first(at: 1, in: v, context: ())
            #expect(found?.0.id == "t.builds")
            #expect(found?.1 == "cue at 1")
            #expect(table.first(at: 0, in: v, context: ()) == nil)
        }
    }

    @Test func patternsReadAsText() {
        let p = Pattern.seq(.opt(.word("the")), .cap(Self.source, .plus(.t(.is(.capitalized, "Name")), max: 4)), .star(.word("has", "had")))
        #expect(p.description == #""the"? [source: Name{1,4}] ("has"|"had")*"#)
    }

    @Test func pathologicalPatternStopsInsteadOfRunningAway() {
        // Nested stars over a long run that cannot match: the step cap ends it.
        let p = Pattern.seq(.star(.star(.t(.anyToken))), .word("never"))
        let rule = Rule<Void, String>("t.runaway", "", anchor: .anyToken, after: p) { _, _ in "" }
        let text = Array(repeating: "word", count: 400).joined(separator: " ")
        withView(text) { v in #expect(rule.match(at: 0, in: v) == nil) }
    }
}

extension EngineTests {
    @Test func choiceWithAnEdgeLeftwards() {
        let rule = Rule<Void, String>(
            "t.opener", "", before: .seq(.oneOf(.edge, .word("-")), .cap(Self.source, .plus(.t(.is(.capitalized, "Name")), max: 7))),
            anchor: .words(":")
        ) { _, _ in "" }
        withView("Jane Doe: yes") { v in #expect(words(v, rule.match(at: 2, in: v)?[Self.source]) == "Jane Doe") }
        withView("polls were early - Carl Bialik: keep on") { v in
            #expect(words(v, rule.match(at: 6, in: v)?[Self.source]) == "Carl Bialik")
        }
    }
}
