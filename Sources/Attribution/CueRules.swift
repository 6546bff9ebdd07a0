import ClaimTraceCore
import TokenRules

/// The cue rules: where a cue is and where its source stands. Tried in order at every cue word,
/// colon and dash of a sentence; the first rule whose pattern matches and whose build succeeds
/// decides. Rules whose id starts with `not.` decide that the word is no cue there. Docs/rules.md
/// prints this table; Tests/TokenRulesTests runs every example.
enum CueRules {
    typealias R = Rule<CueContext, CueOutcome>

    static let anchors = AC.cue.union(AC.colon).union(AC.dash)

    // MARK: Token tests

    static let cue = TokenTest.anyOf(AC.speech.union(AC.evidence), "cue")
    static let speech = TokenTest.is(AC.speech, "speech")
    static let evidence = TokenTest.is(AC.evidence, "evidence")
    /// A cue that is not an -ing form ("said", "reported", not "saying").
    static let finiteCue = cue.excluding(AC.participle, "cue-not-ing")
    static let participle = TokenTest.is(AC.participle, "participle")
    static let aux = TokenTest(any: AC.auxiliary.union(AC.lyAdverb), none: .capitalized, name: "aux")
    static let be = TokenTest.is(AC.beForm, "be")
    static let comma = TokenTest.is(AC.comma, "\",\"")
    static let commaOrQuote = TokenTest.anyOf(AC.comma.union(AC.closingQuote).union(AC.openingQuote), "(\",\"|quote)")
    static let name = TokenTest(all: .capitalized, none: AC.notName, name: "Name")
    static let nameOrTitle = TokenTest(any: .capitalized.union(AC.title), none: AC.notName, name: "(Name|title)")
    static let nameNotTitle = TokenTest(all: .capitalized, none: AC.notName.union(AC.title), name: "Name-not-title")
    static let word = TokenTest.is(.word, "word")
    static let anyToken = TokenTest.anyToken
    static let symbol = TokenTest.is(.symbol, "symbol")
    /// The last token of a subject: a word, or the bracket closing a party tag or a wire ticker.
    static let subjectEnd = Pattern.oneOf(.t(word), .word(")", ">"), .seq(.t(word), .word(".")))

    static let source = Slot(0, "source")
    static let cueSlot = Slot(1, "cue")
    static let head = Slot(2, "head")
    static let relative = Slot(3, "who")

    /// When, between a subject and its cue: "Gowdy earlier Thursday said", "Beck last week said", "Ryan on Tuesday called".
    static let timeWord = TokenTest.words("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month",
                                          "year", "night", "morning", "afternoon", "evening", "weekend")
    static let timePhrase = Pattern.oneOf(
        .seq(.opt(.word("on", "last", "this", "earlier", "late", "early", "next")), .t(timeWord)),
        .seq(.word("in"), .opt(.word("the")), .word("past", "recent"), .opt(.word("weeks", "months", "years", "days"))))
    /// Auxiliaries and adverbs between a subject and its cue, contractions too ("who’ve already said").
    /// A sentence adverb set off by commas: "NATO's secretary general, meanwhile, called on …".
    static let setOffAdverb = Pattern.seq(
        .word(","), .word("meanwhile", "however", "too", "though", "instead", "separately", "likewise", "nonetheless", "nevertheless", "meantime"),
        .word(","))
    static let auxRun = Pattern.star(.oneOf(.t(aux), .seq(.word("’", "'"), .word("ve", "ll", "d", "s", "re")), timePhrase, setOffAdverb), max: 5)

    /// Words the rules' builds compare by key, hashed once.
    enum Keys {
        static let by = WordKey.of("by"), to = WordKey.of("to"), at = WordKey.of("at"), up = WordKey.of("up"), out = WordKey.of("out")
        static let what = WordKey.of("what"), `as` = WordKey.of("as"), who = WordKey.of("who"), than = WordKey.of("than")
        static let enough = WordKey.of("enough"), rightApostrophe = WordKey.of("’"), the = WordKey.of("the")
        /// Before "call" as a noun: "a conference call", "his call".
        static let callNounBefore = WordTable(["a", "an", "the", "conference", "social", "phone", "his", "her", "their", "this", "roll",
                                               "wake-up", "close"])
        /// After "call" as a noun: "call centers", "call sheets".
        static let callNounAfter = WordTable(["centers", "center", "centres", "centre", "sheets", "sheet", "log", "logs", "list", "letters",
                                              "sign", "signs",
                                              // Phrasal verbs that report nothing: "called in administrators", "called off the strike".
                                              "in", "off",
                                              // Convening: "called meetings", "called elections for May".
                                              "meeting", "meetings", "election", "elections", "referendum", "strikes"])
        /// Who names something in "what they call", "as we call it".
        static let namingSubjects = WordTable(["they", "we", "some", "you", "i", "he", "she"])
        static let which = WordKey.of("which"), called = WordKey.of("called")
        /// Verbs after which a firm's name in "'s" ("Moody's said") is read as the name.
        /// "put … at" a figure: an estimate anyone can make ("Alan Hargreaves also put net profits at 450 mln dlrs"; the
        /// put-object rule has checked the figure after "at").
        static let estimatePut = WordTable(["put", "puts"])
        static let people = WordKey.of("people"), news = WordKey.of("news")
        /// Adverbs of degree and frequency between a noun and its participle: "the candidates most often described as".
        static let degreeAdverbs = WordTable(["most", "more", "often", "widely", "commonly", "sometimes", "also", "once", "long"])
        /// What a source asks for when it speaks on condition of anonymity.
        static let anonymityWords = WordTable(["anonymous", "anonymity", "named", "identified", "name", "unnamed", "quoted"])
        static let possessiveNameCues = WordTable(["said", "says", "noted", "notes", "added", "adds", "predicts", "predicted",
                                                   "pointed", "announced", "reported"])
    }

    // MARK: The table

    static let table = RuleTable<CueContext, CueOutcome>(
        "Attribution: cues and where their sources stand",
        """
        Tried in this order at every cue word (speech and evidence verbs, "according"), colon and dash. The \
        captured `source` is read by the mention grammar (Mentions.swift): names with their titles split off, \
        source nouns (officials, the ministry, a survey), pronouns resolved where the article allows. What the \
        source covers runs from its cue to the next source's frame (or, for a cue that closes the clause, from \
        the previous frame to this one). Examples render as `source [type] · cue`.
        """,
        [
            accordingTo, notGluedColon, colonOpener, colonOnTopic, colonBeforeQuote, dashCloser, dashSignature, notPossessiveNoun, notInsideName, notTitleWord, askedBy, notAskedClause, notIdiom, notAsExpected, notAllTold, notStatesNoun, notMaintainedObject, notPutObject, notNestedExpectation, notTellYou, notCallNoun, notShowNoun, notRespondedByDoing, notNothingToShow, notEvidencePoints, notNoSource, notAskedAnonymity, notFutureEvidence, notReportedFrom, notReducedRelative, notParticipleObject, notDescribedAs, notToFind, inverted,
            invertedOpening, participleAfterPreposition, notAdjective, passiveAgent, byAgent, notPassive, notPassiveInfinitive, notNounUse, notAddedFigure, notConcededScore,
            notNamingCalled, notTelephoned, notRequest, whatCalled, notObjectRelative, quotedAsSaying, participleOfSource, progressive, progressiveAppositive, infinitive, statementSaying, documentParticiple, notDenied, pronounSubject,
            familiarWith, relativeWho, relativeWhichDocument, placeAfterSubject, withParticiple, openAppositive, subject, respondentsDocument, plainSubject, appositive, dashAppositive,
            prepositionalSubject, postmodifiedSubject, coordinated, documentBefore,
        ])

    // MARK: Rules

    static let accordingTo = R(
        "according-to", "\"according to\" and the source after it, at either end of the sentence.",
        anchor: .is(AC.according, "according"), after: .seq(.word("to"), .cap(source, .t(anyToken))),
        examples: [
            .fires("Shipments fell 18%, according to figures released by the Ports Authority on Friday.", "Ports Authority [data] · according to"),
            .fires("According to the state auditor, the fund lost $2 million.", "state auditor [person] · according to"),
            .fires("According to the results, Clinton leads by one point.", "results [document] · according to"),
            .not("The plan went according to schedule."),
            .fires("He left after, according to him, the network censored his show.", "him [person] · according to"),
            // A hyphenated modifier is no source of its own.
            .fires("The co-operative shipped 59,960 bags, according to the state-controlled coffee board.", "state-controlled coffee board [organization] · according to"),
            .fires("Exports rose 5 pct, according to a government-commissioned report.", "government-commissioned report [report] · according to"),
            .not("Homes are graded according to their value in 1991."),
            .fires("The lab spent 8.16 million euros in 2003, according to its latest accounts.", "its latest accounts [anonymous] · according to"),
            .fires("Only 10% of fans own a costume according to a 2011 study, organizers reported this year.", "2011 study [study] · according to"),
            .fires("Four people were on board; according to investigators, one died at the scene.", "investigators [anonymous] · according to"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let s = m[source]?.lowerBound else { return nil }
        // "according to him": the person the pronoun stands for, as after "he said".
        let alone = s + 1 >= f.n || !f.t[s + 1].isWord  // not "her own account"
        let objectPronoun: Attribution? = !alone ? nil : f.isWord(s, f.lex.him) || f.isWord(s, f.lex.her) ? f.pronoun(at: s)
            : f.isWord(s, f.lex.them) ? f.otherPronoun(at: s) : nil
        guard var a = objectPronoun ?? f.mentionAfter(s) ?? f.phraseAfter(s) else { return nil }
        // "graded according to their value in 1991": a measure, not a source.
        if objectPronoun == nil, f.isWord(s, in: f.lex.possessiveDeterminers), let span = a.sourceSpan,
            (s..<f.n).prefix(while: { f.t[$0].start < span.end }).contains(where: { f.t[$0].isWord && f.lex.measuredBy.contains(f.t[$0].key) })
        {
            return nil
        }
        a.cue = "according to"
        a.cueSpan = f.span(m.anchor...(m.anchor + 1))
        let end = f.tokenIndex(endingBy: a.sourceSpan?.end ?? 0) ?? m.anchor + 1
        // "only 10–15% of them own one according to a 2011 study, event organizers reported …": closing its clause
        // without a comma before it, the phrase reports the words before.
        // (Not when it opens a clause: "no insurance: according to estimates from India, only …", "…; according to
        // investigators, one was …", "and according to a story on The Athletic, trainers …", "THE MOON GARDEN According to".)
        if m.anchor >= 3, f.isComma(end + 1), f.t[m.anchor - 1].isWord, !f.t[m.anchor].isCapitalized,
            !f.isWord(m.anchor - 1, in: f.lex.clauseJoints), !f.isWord(m.anchor - 1, in: f.lex.subordinators),
            (0..<m.anchor).filter({ f.t[$0].isWord }).count >= 3
        {
            return .found(a, .before(m.anchor))
        }
        return .found(a, f.side(frame: m.anchor..<(end + 1), cueEnd: end))
    }

    static let withParticiple = R(
        "with-participle", "\"with X calling …\": a speaker in an absolute phrase (\"with Sen. John McCain calling it a ‘Chinese menu’\", \"with the union calling her a champion\").",
        before: .seq(.word("with"), .cap(source, .plus(.t(TokenTest(any: [.word, .symbol], none: AC.cue.union(AC.comma).union(AC.colon), name: "mention")), max: 8)),
                     .opt(.t(aux))),
        anchor: speech,
        examples: [
            .fires("Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”", "John McCain [person] · calling"),
            .fires("Unions backed her early, with the American Federation of Teachers calling her a champion.", "American Federation of Teachers [organization] · calling"),
            .not("He left with friends calling him names."),
            .fires("Growth was about 4.7%, with the central bank predicting 4% growth this year.", "central bank [organization] · predicting"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard f.endsIn(m.anchor, "ing"), let s = m[source]?.lowerBound, var a = f.mentionAfter(s),
            a.sourceType != .anonymous || f.has(s, AC.article), let end = a.sourceSpan?.end,
            let last = f.tokenIndex(endingBy: end), last + 1 == m.anchor || (last + 2 == m.anchor && f.has(last + 1, AC.auxiliary.union(AC.lyAdverb)))
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let colonOpener = R(
        "colon-opener", "A name and a colon open the sentence or follow a dash (a headline's speaker, a quoted columnist): the speaker's words follow, not a score.",
        before: .seq(.oneOf(.edge, .t(.anyOf(AC.dash, "dash")), .word("-")),
                     .cap(source, .seq(.plus(.oneOf(.t(nameOrTitle), .word(".")), max: 7),
                                       .opt(.t(TokenTest(any: AC.organization.union(AC.anonymous), none: .capitalized, name: "source-noun"))))),
                     // A party and state in brackets: "Rep. Trey Gowdy (R-S.C.):".
                     .opt(.seq(.word("("), .lazyStar(.t(anyToken), max: 6), .word(")")))),
        anchor: .is(AC.colon, "\":\""),
        after: .t(anyToken),
        examples: [
            .fires("Jane Doe: The figures are wrong.", "Jane Doe [person] · :"), .not("Note: figures are provisional."),
            .not("Hillary Clinton: 1,769."), .fires("Brooks: Rubio Did Well In the Debate.", "Brooks [organization] · :"),
            .fires("Iowa polls were early - Carl Bialik: “Keep on contacting voters as late as possible.”", "Carl Bialik [person] · :"),
            .not("Q: Have you talked to the governor about the budget?"), .not("Breaking: The governor has resigned."),
            .fires("Clinton camp: The remarks threaten national security.", "Clinton camp [organization] · :"),
            .not("Nevada: Adam Khan, Andres Ramirez, Andrew Diss, Barbara Buckley, Bob Cavazos."),
            .not("Classic Clinton: optimistic, unifying."), .not("Cruz: Just hang on."),
            .fires("Poll: Voters sour on the governor's tax plan.", "Poll [poll] · :"),
            .fires("JOEL BENENSON: This is a man who said he would cut taxes by 10 percent.", "JOEL BENENSON [person] · :"),
            .fires("Rep. Trey Gowdy (R-S.C.):\"I have not heard anyone cite that figure.\"", "Trey Gowdy [person] · :"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // What follows must be words, not a score ("Hillary Clinton: 1,769.") nor a list of names ("Iowa: Tim
        // Albrecht, Brad Anderson, …"); an interview's "Q:" and "A:" name nobody.
        guard f.wordsFollow(m.anchor) else { return .notACue }
        if ((m.anchor + 1)..<min(f.n, m.anchor + 13)).filter({ f.isComma($0) }).count >= 3 { return .notACue }
        if m.anchor == 1, f.t[0].count == 1 { return .notACue }
        // A description or a plan, not words said: "Classic Clinton: optimistic, unifying.", "Carson: A miracle.",
        // "Cruz: Just hang on." (lower case after the colon, or three words or fewer and no quotation).
        let rest = ((m.anchor + 1)..<f.n).filter { f.t[$0].isWord }
        if let first = rest.first, f.has(first, .lowercase), !f.has(m.anchor + 1, AC.openingQuote) { return .notACue }
        if rest.count <= 3, !((m.anchor + 1)..<f.n).contains(where: { f.has($0, AC.openingQuote.union(AC.closingQuote)) }) { return .notACue }
        // A label, not a speaker: "Breaking:", "EXCLUSIVE:", "Contributing:", "BYLINE:" ("Poll:" is a source).
        if let r = m[source], r.count == 1, f.lex.colonLabels.contains(f.t[r.lowerBound].key) { return .notACue }
        guard let r = m[source] else { return nil }
        // "Clinton camp:": a source noun closes the mention, read as one.
        let last = r.upperBound - 1
        // "Poll:" alone is the document a headline rests on.
        let named = f.t[last].isCapitalized && !(r.count == 1 && f.has(last, AC.document))
        guard var a = named ? f.named(start: r.lowerBound, end: r.upperBound) : f.mentionEnding(at: last, start: r.lowerBound)
        else { return nil }
        // A transcript's speaker in capitals is a person, not an acronym: "JOEL BENENSON: This is a man who …".
        if a.sourceType == .organization, named, (2...3).contains(r.count),
            r.allSatisfy({ f.has($0, .allCaps) && f.t[$0].count >= 3 && !f.lex.organizationWords.contains(f.t[$0].key) })
        {
            a.sourceType = .person
        }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let colonOnTopic = R(
        "colon-on-topic", "A headline's speaker, then what they speak on or to, then a colon: \"Gillibrand on Clinton’s Speeches: ‘I Think She Will.’\", \"Clinton to Planned Parenthood: …\".",
        before: .seq(.edge, .cap(source, .plus(.oneOf(.t(nameOrTitle), .word(".")), max: 5)), .word("on", "On", "to", "To", "at", "At"),
                     .plus(.t(anyToken), max: 10)),
        anchor: .is(AC.colon, "\":\""), after: .t(anyToken),
        examples: [.fires("Gillibrand on Clinton Releasing Her Speeches: ‘I Think She Will.’", "Gillibrand [organization] · :")]
    ) { ctx, m in
        let f = ctx.finder
        guard f.wordsFollow(m.anchor), let r = m[source],
            !(r.lowerBound..<m.anchor).contains(where: { f.has($0, AC.colon) || f.has($0, AC.cue) }),
            var a = f.named(start: r.lowerBound, end: r.upperBound)
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let colonBeforeQuote = R(
        "colon-before-quote", "A name, a colon and a quotation: \"… doesn’t surprise pollster Daron Shaw: “Historically, …”\".",
        before: .cap(source, .plus(.t(nameOrTitle), max: 6)), anchor: .is(AC.colon, "\":\""), after: .t(.is(AC.openingQuote, "open-quote")),
        examples: [.fires("The surge does not surprise pollster Daron Shaw: “Lesser-known candidates often win early.”", "Daron Shaw [person] · :"),
                   .not("He sent the image to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.”"),
                   .not("Miguel John told the Standard: \"The road had not been shut off yet.\"")]
    ) { ctx, m in
        let f = ctx.finder
        guard let r = m[source], var a = f.mentionEnding(at: r.upperBound - 1) else { return nil }
        // Not who heard it or where it was said: "told CNBC:", "said on Twitter:", "wrote of Ms. Merkel:".
        if let start = a.sourceSpan?.start, let s = f.tokenIndex(from: start) {
            // (Also over an article: "told the Standard:", "told the BBC:".)
            let before = f.has(s - 1, AC.article) ? s - 2 : s - 1
            if !f.startsSubject(at: s) || f.has(before, AC.cue) { return nil }
            // (Back over the capitalised words the mention left out: "told BBC Radio Five Live:".)
            var b = s
            while b > 0, f.t[b - 1].isWord, f.t[b - 1].isCapitalized { b -= 1 }
            if f.has(b - 1, AC.cue) { return nil }
            // Nor the writer of a piece quoted ("…,\" by DNAinfo's Eddie Small: “…”) or whom it was sent to ("to the
            // Dutch newspaper NRC Handelsblad: “…”").
            // (Over a possessive or a description: "by Variety's Gordon Cox", "to the Dutch newspaper NRC Handelsblad".)
            var k = s - 1
            while k >= max(0, s - 5), !f.has(k, AC.cue), f.t[k].isWord || f.isToken(k, f.lex.straightApostrophe) || f.isToken(k, Keys.rightApostrophe) {
                // (A byline follows the title it signs: '…," by'; "the question posed by Marion Brown:" is hers.)
                if (f.isWord(k, Keys.by) && k > 0 && f.t[k - 1].kind == .symbol) || f.isWord(k, Keys.to) { return nil }
                k -= 1
            }
        }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let dashCloser = R(
        "dash-closer", "A dash and a name close the sentence (a quote's signature).",
        anchor: .is(AC.dash, "dash"),
        after: .seq(.cap(source, .plus(.oneOf(.t(name), .word("-")), max: 5)), .star(.t(symbol)), .edge),
        examples: [.fires("“Prices will keep rising sharply this year,” — Jane Doe", "Jane Doe [person] · —")]
    ) { ctx, m in
        guard m.anchor > 0, let r = m[source], var a = ctx.finder.named(start: r.lowerBound, end: r.upperBound) else {
            return nil
        }
        a.cue = "—"
        a.cueSpan = ctx.finder.span(m.anchor...m.anchor)
        return .found(a, .before(m.anchor))
    }

    static let notGluedColon = R(
        "not.glued-colon", "A colon with no space on either side joins two parts of one thing (\"localhost:8080\", \"3:30\", \"Matthew 5:9\"): no speaker before it.",
        anchor: .is(AC.colon, "\":\""),
        examples: [.not("Connect to localhost:8080 to see it.")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        // (A quote mark glued after it still opens the speaker's words: 'Trump:“We will win.”'.)
        return !f.t[v].spaceBefore && v + 1 < f.n && !f.t[v + 1].spaceBefore && f.t[v + 1].kind != .symbol && v > 0 ? .notACue : nil
    }

    static let dashSignature = R(
        "dash-signature", "A line that is only a dash and a name signs the quotation or the post before it: \"- Bernie Sanders.\", \"-Michelle Marks, Philadelphia.\", \"— Sahil Kapur (@sahilkapur) September 1, 2016\". The attributor keeps it only after a closing quote mark or with a handle, and gives the sentence before it this source.",
        anchor: .is(AC.dash, "dash"), after: .cap(source, .plus(.oneOf(.t(name), .word(".")), max: 5)),
        examples: [.fires("“Almost all new income is going to the top 1 percent.” - Bernie Sanders.", "Bernie Sanders [person] · -"),
                   .fires("Just another day in the campaign. — Sahil Kapur (@sahilkapur) September 1, 2016", "Sahil Kapur [person] · —"),
                   .fires("No one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016",
                          "Paul Ryan [person] · —"),
                   .not("The squad is named. - Adam Khan.")]
    ) { ctx, m in
        let f = ctx.finder
        guard m.anchor == 0 || f.followsLink(m.anchor), let r = m[source] else { return nil }
        var k = r.upperBound
        // What may follow the name: a description after a comma, or a handle in brackets and a date; else the end.
        if k < f.n, f.isComma(k) {
            k = f.n
        } else if k < f.n, f.isToken(k, f.lex.openParen) {
            while k < f.n, !f.isToken(k, f.lex.closeParen) { k += 1 }
            k += 1
            while k < f.n, f.t[k].isNumber || f.isComma(k) || f.t[k].isCapitalized { k += 1 }
        }
        while k < f.n, f.t[k].kind == .symbol { k += 1 }
        // (The sentence's full stop is no initial: "- Bernie Sanders.")
        var end = r.upperBound
        while end > r.lowerBound + 1, f.isToken(end - 1, f.lex.period) { end -= 1 }
        guard k >= f.n, var a = f.named(start: r.lowerBound, end: end), a.sourceType == .person else { return nil }
        a.cue = f.text(m.anchor)
        a.cueSpan = f.span(m.anchor...m.anchor)
        return .found(a, .before(0))
    }

    static let notPossessiveNoun = R(
        "not.possessive-noun", "A cue word that is also a noun, after a possessive: \"Editor’s note:\", \"the mayor’s call for …\".",
        before: .seq(.word("’", "'"), .word("s")),
        anchor: .words("note", "notes", "call", "calls", "claim", "claims", "report", "reports", "promise", "promises", "pledge",
                       "pledges", "estimate", "estimates", "show", "shows", "showing", "finding", "statement"),
        examples: [.not("Editor’s note: The story was corrected on Monday."), .not("Kasich’s showing will be enough to stay in the race.")]
    ) { _, _ in .notACue }

    static let notInsideName = R(
        "not.inside-name",
        "A capitalised cue word right after a name is part of the name (\"Consumer Reports\", \"the United States\"), unless the line is in capitals or the word is only ever a verb, as in a title-case headline (\"Trump Says …\", \"Pence Tells …\").",
        before: .t(name), anchor: cue.requiring(.capitalized, "Cue"),
        examples: [.not("Consumer Reports rated the car highly."), .fires("Senator Mike Pence Says He Will Back The Bill.", "Mike Pence [person] · says"),
                   .fires("Graham Robb, spokesman for North East Says No, said the campaign had dragged the debate into the gutter.",
                          "Graham Robb [person] · said")]
    ) { ctx, m in
        let f = ctx.finder
        // (A headline verb only in a title-case line: in running text it names something, "a spokesman for North East
        // Says No, said …".)
        // (A headline glued into a page's text is still one: "…9:52PMBush Says We Should Pay Attention To History …".)
        let v = m.anchor
        let runningText = (0..<f.n).lazy.filter { f.t[$0].isWord && !f.t[$0].isCapitalized && f.t[$0].count > 3 }.prefix(3).count == 3
        let headlineFollows = v + 3 < f.n && ((v + 1)...(v + 3)).allSatisfy { f.t[$0].isWord && f.t[$0].isCapitalized }
        if f.lex.headlineVerbs.contains(f.t[v].key), !runningText || headlineFollows { return nil }
        return PersonRegistry.hasLowercase(f.t[m.anchor], f.bytes) ? .notACue : nil
    }

    static let notTitleWord = R(
        "not.title-word",
        "A capitalised cue word inside a sentence, after a lowercase word or a comma and before a capitalised one, opens a title (\"Finding Nemo\", \"and Saying Goodbye\").",
        anchor: cue.requiring(.capitalized, "Cue"), after: .t(.is(.capitalized, "Name")),
        examples: [.not("It was followed by Shrek 2, Finding Nemo and The Incredibles."),
                   .fires("Governor Ann Lee Says Taxes Will Rise 5%.", "Ann Lee [person] · says")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        guard v > 0, PersonRegistry.hasLowercase(f.t[v], f.bytes) else { return nil }
        let before = f.t[v - 1]
        let afterLowercase = before.isWord && !before.isCapitalized
        return afterLowercase || f.has(v - 1, AC.comma) ? .notACue : nil
    }

    static let askedBy = R(
        "asked-by", "\"asked by X\": the one who asked is a source, of the question that follows (\"When asked by a reporter whether …\", \"Asked by Matt Lauer whether she had practised\", \"was asked by a caller why …\").",
        anchor: .words("asked", "Asked"), after: .seq(.word("by"), .cap(source, .t(anyToken))),
        examples: [
            .fires("Asked by Matt Lauer whether she had practised the speech, she said she read it once.", "Matt Lauer [person] · asked"),
            .fires("When asked by a reporter if the figure was right, the mayor declined to answer.", "reporter [anonymous] · asked"),
            .not("She was asked by her doctor to rest."),
            .fires("Cain was asked by a caller why rents had doubled.", "caller [anonymous] · asked"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let s = m[source]?.lowerBound, var a = f.mentionAfter(s) ?? askerPhrase(f, from: s), let end = a.sourceSpan?.end,
            let last = f.tokenIndex(endingBy: end)
        else { return nil }
        // The question follows the asker: "whether", "if", "why", "about", "to"; "asked by her doctor to rest" is a request.
        var q = last + 1
        while q < f.n, f.t[q].isWord, q < last + 4, !f.isWord(q, in: f.lex.questionOpeners) { q += 1 }
        guard f.isWord(q, in: f.lex.questionOpeners) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(q))
    }

    /// "a caller why …": a few plain words up to the question.
    static func askerPhrase(_ f: SourceFinder, from s: Int) -> Attribution? {
        guard let q = (s..<min(f.n, s + 5)).first(where: { f.isWord($0, in: f.lex.questionOpeners) }), q > s,
            (s..<q).allSatisfy({ f.t[$0].isWord })
        else { return nil }
        return Attribution(source: f.stripDeterminer(f.joinTokens(s..<q)), sourceType: .anonymous, cue: nil,
                           sourceSpan: f.span(s...(q - 1)), cueSpan: nil, basis: .explicit)
    }

    static let notAskedClause = R(
        "not.asked-clause", "\"Asked about …\" opening a sentence, \"when asked\": the asking is done by nobody named.",
        before: .oneOf(.edge, .word("when", "if", "whenever", "after", "before", "while", "once", "unless")),
        anchor: .words("asked", "Asked"),
        examples: [.not("Asked whether the plan would work, the mayor shrugged."), .not("She smiled when asked about it.")]
    ) { _, _ in .notACue }

    static let notIdiom = R(
        "not.idiom", "\"easier said than done\", \"enough said\": no one is reporting anything.",
        anchor: .words("said"), after: .oneOf(.seq(.word("than"), .word("done")), .seq(.opt(.word(".")), .edge)),
        examples: [.not("But dumping the nominee is easier said than done."), .not("Enough said.")]
    ) { ctx, m in
        let f = ctx.finder
        // Only "Enough said." closes a sentence with "said" and no source; "…, he said." has one.
        if f.isWord(m.anchor + 1, Keys.than) { return .notACue }
        return m.anchor == 1 && f.isWord(0, Keys.enough) ? .notACue : nil
    }

    static let notAsExpected = R(
        "not.as-expected", "\"as expected\", \"as predicted\", \"than forecast\" with no one named: a comparison, not a report.",
        before: .word("as", "than"), anchor: .words("expected", "predicted", "forecast", "anticipated", "projected", "estimated"),
        examples: [.not("Running that prints 42 as expected."), .not("Sales rose 5 pct, more than forecast."),
                   .fires("Sales rose 5 pct, as analysts expected.", "analysts [anonymous] · expected")]
    ) { _, _ in .notACue }

    static let notAllTold = R(
        "not.all-told", "\"All told\" is a total, not speech.", before: .word("all"), anchor: .words("told"),
        examples: [.not("All told, the groups raised $4 million.")]
    ) { _, _ in .notACue }

    static let notStatesNoun = R(
        "not.states-noun", "\"states\" is a noun unless \"that\", a colon or a quote follows: \"in 11 states\".",
        anchor: .words("states", "state"),
        examples: [.not("There are 595 delegates at stake in 11 states."), .fires("The report states that 40 percent of homes are empty."),
                   .not("Voters went to the polls in Ohio, one of the Rust Belt states that have suffered job losses.")]
    ) { ctx, m in
        let f = ctx.finder
        let next = m.anchor + 1
        // (A relative clause after the noun: "Rust Belt states that have suffered job losses".)
        if f.isWord(next, f.lex.that), !(f.isWord(next + 1, in: f.lex.haveForms) || f.has(next + 1, AC.beForm) || f.has(next + 1, AC.modal)) {
            return nil
        }
        if f.has(next, AC.colon.union(AC.openingQuote)) { return nil }
        return .notACue
    }

    static let notDescribedAs = R(
        "not.described-as", "\"described as\" with no object between is a passive: \"the candidates most often described as anti-establishment\".",
        anchor: .words("described"), after: .word("as"),
        examples: [.not("Cruz, Trump and Carson, the candidates most often described as anti-establishment, took 61 percent."),
                   .fires("Bush described his leadership skills as a work in progress.", "Bush [organization] · described"),
                   .fires("The leak, which she described as a tablespoon of water, was 5 pct of the flow.", "she [person] · described")]
    ) { ctx, m in
        // Only after a plain noun, past adverbs: a subject ("which he described as", "what prosecutors described as",
        // "Ms Abbott described as") reports.
        let f = ctx.finder
        var k = m.anchor - 1
        while k > 0, f.has(k, AC.lyAdverb) || f.isWord(k, in: Keys.degreeAdverbs) { k -= 1 }
        guard k >= 0, f.t[k].isWord, !f.t[k].isCapitalized, !f.isWord(k, in: f.lex.pronouns), !f.isWord(k, in: f.lex.otherPronouns),
            !f.has(k - 1, AC.relative), !f.isWord(k - 1, Keys.what)
        else { return nil }
        return .notACue
    }

    static let notToFind = R(
        "not.to-find", "\"to find\" is a purpose, not a finding, unless \"that\" follows: \"efforts by Kerry to find a political solution\".",
        before: .word("to"), anchor: .words("find"),
        examples: [.not("Putin praised efforts by Secretary of State John Kerry to find a political solution.")]
    ) { ctx, m in
        ctx.finder.isWord(m.anchor + 1, ctx.finder.lex.that) ? nil : .notACue
    }

    static let notMaintainedObject = R(
        "not.maintained-object", "\"maintain\" keeps something unless a clause, \"that\" or the end follows: \"Clinton maintains a wide lead\", \"maintained by the firm\" (but \"he maintained that …\", \"…, Blackwell maintains.\").",
        anchor: .words("maintain", "maintains", "maintained", "maintaining"),
        examples: [.not("Clinton maintains a wide lead over Sanders among black voters."), .not("The data is maintained by the technology company NGP VAN."),
                   .fires("He maintained that the event does not change his past statements.", "He [person] · maintained"),
                   .fires("Dave Karger maintained the Oscars only generated excitement with a blockbuster.", "Dave Karger [person] · maintained")]
    ) { ctx, m in
        let f = ctx.finder
        let next = m.anchor + 1
        if next >= f.n || f.isWord(next, f.lex.that) || f.t[next].kind == .symbol { return nil }
        if f.isWord(next, Keys.by) { return .notACue }
        // A clause without "that" has its verb within a few words: "maintained the Oscars only generated excitement".
        var k = next
        while k < min(f.n, next + 7), f.t[k].kind != .symbol || !f.has(k, AC.comma.union(AC.period)) {
            if f.has(k, AC.beForm) || f.isWord(k, in: Self.finiteAuxiliaries) || (f.t[k].isWord && f.t[k].count > 4 && f.endsIn(k, "ed")) { return nil }
            k += 1
        }
        return .notACue
    }

    /// Verbs that make a clause finite: "maintained the plan would fail".
    static let finiteAuxiliaries = WordTable(["would", "will", "could", "can", "should", "might", "may", "must", "has", "have", "had", "did", "does", "do"])

    static let notPutObject = R(
        "not.put-object", "\"put\" reports only \"as X put it\" or an estimate of a figure (\"estimates put the toll at 40\", \"a poll put his support at 5 percent\"): \"he put $100 million into the fund\", \"put forward a proposal\" report nothing.",
        anchor: .words("put", "puts"),
        examples: [.not("He put $100 million into the fund."), .not("That is what the Democrats have put forward as a proposal."),
                   .fires("A Field Poll in May put his overall support among likely voters at 5 percent.", "Field [poll] · put"),
                   .fires("Alan Hargreaves of Hoare Govett also put Jardine Matheson's 1986 net profits at 450 mln dlrs.", "Alan Hargreaves [person] · put"),
                   .fires("Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are at the gate.”", "Tom Ridge [person] · put")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        if f.isWord(v + 1, f.lex.it) { return nil }
        // The estimate's subject right before it ("estimates put", "research firms put"), or its figure after "at".
        if let subject = f.word(v - 1), f.lex.documents.contains(subject) || f.lex.organizations.contains(subject) { return nil }
        if f.putsAFigure(at: v) { return nil }
        return .notACue
    }

    static let notNestedExpectation = R(
        "not.nested-expectation", "\"said he expects …\": a speaker's expectation inside what an earlier cue of the sentence reports is the same speaker's words, not a second source (\"Analysts expect 3 percent growth\" stays one).",
        before: .seq(.word("he", "she", "they", "i", "we"), .star(.t(aux), max: 2)), anchor: .words("expect", "expects", "expected"),
        examples: [.fires("Roger Wicker said he expects Cruz to play a major role this fall.", "Roger Wicker [person] · said"),
                   .fires("Officials expect it to raise rates by one point next year.", "Officials [anonymous] · expect")]
    ) { ctx, _ in
        ctx.finder.earlier.isEmpty ? nil : .notACue
    }

    static let notShowNoun = R(
        "not.show-noun", "\"show\" as a programme or a fair (\"the TV show Scandal\", \"gun show sales\") or as arriving (\"showing up on television\"): no report.",
        anchor: .words("show", "shows", "showing"),
        examples: [.not("He was interviewed about the TV show Scandal."), .not("He is increasingly showing up on television in swing states."),
                   .fires("Polls show that the race for Wisconsin is tight.", "Polls [poll] · show"),
                   .fires("A national poll released Sunday by The Washington Post and ABC News shows Trump leading by 12 points.",
                          "Washington Post and ABC News [poll] · shows"),
                   .not("He appeared on several game shows last year."), .not("The talk show host declined to comment."),
                   .not("He mocked the remarks made on TV shows Pop Idol and The X-Factor."),
                   .fires("Footage from the game shows that several students wore flags.", "Footage from the game [document] · shows")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        if f.isWord(v + 1, Keys.up) { return .notACue }
        if let w = f.word(v - 1), Self.showNounBefore.contains(w) {
            // After a noun that makes a programme, a clause or an object after it makes "shows" a verb: "a poll by ABC
            // News shows Trump leading", "Footage from the game shows that …", "NBC News shows the senator ahead".
            // (A name or a number after "TV shows" is the programme's: "TV shows Pop Idol", "TV show 60 Minutes".)
            let newsroom = w == Keys.news && f.t[v - 1].isCapitalized && f.isNameWord(v - 2)
                && (f.isNameWord(v + 1) || (v + 1 < f.n && f.t[v + 1].isNumber))
            let verb = !Self.showDeterminers.contains(w) && (f.isWord(v + 1, f.lex.that) || f.has(v + 1, AC.article) || newsroom)
            if !verb { return .notACue }
        }
        return nil
    }
    /// Words before "show" that make it a programme or a fair.
    static let showNounBefore = WordTable(["the", "a", "an", "tv", "talk", "gun", "game", "radio", "this", "news", "trade", "air", "car",
                                           "road", "quiz", "chat", "reality", "cooking", "morning", "late-night", "fashion", "horse", "his", "her", "their"])
    /// Of those, the ones after which "show" is always the noun ("the show", "his show").
    static let showDeterminers = WordTable(["the", "a", "an", "this", "his", "her", "their"])

    static let notRespondedByDoing = R(
        "not.responded-by-doing", "\"responded by sidestepping Moscow\": a response by deed reports no words (\"responded by saying …\" does).",
        anchor: .words("responded", "responds", "respond", "responding"), after: .seq(.star(.t(.is(AC.lyAdverb, "-ly")), max: 1), .word("by")),
        examples: [.not("Beijing responded by sidestepping Moscow."),
                   .fires("A Chinese official responded by saying Japan should be careful.", "Chinese official [anonymous] · responded")]
    ) { ctx, m in
        let f = ctx.finder
        // A speech verb within the next words ("by first saying") makes it a report.
        return ((m.end)..<min(f.n, m.end + 3)).contains(where: { f.has($0, AC.speech) }) ? nil : .notACue
    }

    static let notNothingToShow = R(
        "not.nothing-to-show", "\"no evidence to suggest\", \"did not have numbers to show\": what would show something, not a finding.",
        before: .seq(.word("evidence", "numbers", "data", "nothing", "anything", "reason", "proof", "figures"), .word("to")), anchor: evidence,
        examples: [.not("Investigators have no evidence to suggest that he accessed the account."),
                   .fires("The figures show that 40 percent of homes are empty.", "figures [data] · show")]
    ) { _, _ in .notACue }

    static let notEvidencePoints = R(
        "not.evidence-points", "\"Recent evidence pointed to …\", \"all signs point to …\": where things seem to lead, nobody's finding.",
        before: .word("evidence", "signs", "indications", "indicators", "everything"), anchor: .words("point", "points", "pointed", "pointing"),
        examples: [.not("Recent evidence pointed to 337,000 new jobs last month."), .not("All signs point to a 2 pct rise."),
                   .fires("The report pointed to a 5 pct rise in exports.", "report [report] · pointed")]
    ) { _, _ in .notACue }

    static let notNoSource = R(
        "not.no-source", "\"no evidence suggested\", \"no one said\", \"no official confirmed\": a source denied is none.",
        before: .seq(.word("no"), .t(word)), anchor: cue,
        examples: [.not("So far no evidence suggested a link to any group."), .not("No one said how much was paid."),
                   .fires("No official figures were given, but the union said 40 people were hurt.", "union [organization] · said")]
    ) { _, _ in .notACue }

    static let notAskedAnonymity = R(
        "not.asked-anonymity", "\"who asked to remain anonymous\", \"asked not to be named\", \"requested anonymity\": a condition of speaking, not a report.",
        anchor: .words("asked", "asking", "requested", "requesting", "declined"), after: .word("to", "not", "that", "anonymity"),
        examples: [.not("One official, who asked to remain anonymous, was there."), .not("An aide, who asked not to be named, was there."),
                   .fires("One official, who asked not to be identified, told Reuters 40 jobs would go.", "One official [anonymous] · told")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        let window = (v + 1)..<min(f.n, v + 7)
        return window.contains(where: { f.isWord($0, in: Keys.anonymityWords) }) ? .notACue : nil
    }

    static let notFutureEvidence = R(
        "not.future-evidence", "\"results will show\", \"the data would show\": what a document may show later is no finding.",
        before: .t(TokenTest.is(AC.modal, "modal").requiring(.lowercase, "modal")), anchor: evidence,
        examples: [.not("It expects results for the quarter will show an improvement."),
                   .fires("The figures showed output fell 3 pct.", "figures [data] · showed"),
                   .fires("A Field Poll in May showed his support at 5 percent.", "Field [poll] · showed")]
    ) { _, _ in .notACue }

    static let monthWord = TokenTest.words("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                           "October", "November", "December")

    static let notReducedRelative = R(
        "not.reduced-relative", "A verb of announcing in -ed after a thing and before a time is what was said, not who said it: \"the measures announced last week include\", \"the initiative announced August 1, 1986\" (people and bodies speak: \"the company announced on Monday that\").",
        before: .t(.is(.lowercase, "word")),
        anchor: .words("announced", "unveiled", "reported", "proposed", "disclosed", "outlined", "promised", "pledged", "expected",
                       "estimated", "predicted", "projected", "published"),
        after: .oneOf(timePhrase, .t(monthWord), .word("yesterday", "today"), .seq(.word("in", "on"), .t(monthWord))),
        examples: [
            .not("The measures announced last week include a tax on sugar."),
            .not("Another 7,000 tonnes are available under the initiative announced August 1, 1986, it said."),
            .fires("The company announced on Monday that it would cut 500 jobs.", "company [organization] · announced"),
            .fires("Officials announced on Friday that the border would reopen.", "Officials [anonymous] · announced"),
            .fires("Death toll rose to 85, Christian Estrosi, president of the Rivera region announced on Thursday.", "Christian Estrosi [person] · announced"),
            .fires("A report by two committees called on Thursday for urgent changes to the register.", "report by two committees [report] · called"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        let head = m.anchor - 1
        // A noun in a phrase of its own ("the …", "a share buyback program"), not an auxiliary, adverb or pronoun ("had
        // warned in September", "also announced today", "Moody's announced Friday"), and no "that" after the time
        // ("The couple confirmed July 20 that …").
        // (A document that speaks is a source, "a report … called on Thursday for changes"; a plan or a bill is not.)
        // The sentence goes on after the time: "…, president of the Rivera region announced on Thursday." is a cue.
        guard f.endsIn(m.anchor, "ed"), !f.isPersonNoun(head) || f.isWord(head, in: Self.mutePlans),
            !f.has(head, AC.auxiliary), !f.has(head, AC.lyAdverb), !f.endsIn(head, "ly"), !f.isWord(head, in: f.lex.pronouns),
            !f.isWord(head, in: f.lex.modals), head >= 1, !f.isGluedApostrophe(head - 1),
            (max(0, head - 5)..<head).contains(where: { f.has($0, AC.article) || f.isWord($0, in: f.lex.phraseDeterminers) }),
            !((m.anchor + 1)..<min(f.n, m.anchor + 6)).contains(where: { f.isWord($0, f.lex.that) || f.isGluedApostrophe($0) }),
            m.anchor + 3 < f.n, ((m.anchor + 3)..<f.n).contains(where: { f.t[$0].isWord && !f.has($0, AC.period) })
        else { return nil }
        return .notACue
    }
    /// Documents that say nothing themselves: "the initiative announced August 1", "the plan unveiled on Monday".
    static let mutePlans = WordTable(["initiative", "bill", "proposal", "proposals", "program", "programme", "plan", "plans",
                                      "legislation", "platform", "resolution", "measures", "package", "scheme", "deal"])

    static let notReportedFrom = R(
        "not.reported-from", "\"Lerer reported from Los Angeles.\": where a reporter worked, a byline's note, not a report.",
        anchor: .words("reported", "reporting", "reports"), after: .word("from"),
        examples: [.not("Lerer reported from Los Angeles."), .fires("The Times reported that sales fell 5 percent.", "Times [organization] · reported"),
                   .fires("North Korea would impose no restrictions, the New China News Agency reported from Pyongyang.",
                          "New China News Agency [organization] · reported")]
    ) { ctx, m in
        // Only a note that is the whole sentence: after reported words ("…, the agency reported from Pyongyang") it reports.
        let f = ctx.finder
        return (0..<m.anchor).contains(where: { f.has($0, AC.comma.union(AC.closingQuote)) }) ? nil : .notACue
    }

    static let notTellYou = R(
        "not.tell-you", "\"I'll tell you\", \"I can tell you that\": a turn of speech, not a report.",
        anchor: .words("tell", "tells"), after: .word("you"),
        examples: [.not("I can tell you that right now."), .fires("He did tell CNN that he received an apology.", "He [person] · tell")]
    ) { _, _ in .notACue }

    static let notCallNoun = R(
        "not.call-noun", "\"call\" as a noun (\"a conference call\", \"call centers\", \"call sheets\"), as naming (\"what they call …\", \"as they call each other\", \"what he called …\"; not \"as he called on …\") or as \"call out\" in the present: no report.",
        anchor: .words("call", "calls", "called"),
        examples: [.not("Her campaign held a conference call on guns."), .not("Workers protested outside the call centers."),
                   .not("The president denounced what he called a deeply pessimistic vision."),
                   .fires("Trump was on his mind as he called on Americans not to give in to fear.", "he [person] · called"),
                   .not("Protests are planned against what they call a fraudulent nomination."),
                   .fires("Critics call it the enforcement of political correctness.", "Critics [anonymous] · call"),
                   .not("Argonaut called in administrators on Friday."), .not("The union called off the strike."),
                   .not("Many called meetings to assess the market.")]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        if f.isWord(v - 1, in: Keys.callNounBefore) || f.isWord(v + 1, in: Keys.callNounAfter) { return .notACue }
        // ("call out" in the present names a habit; "Ryan has called out Trump" reports.)
        let present = !f.isWord(v, Keys.called)
        if present, f.isWord(v + 1, Keys.out) { return .notACue }
        if present, v + 2 < f.n, f.isWord(v + 2, Keys.out), f.isWord(v + 1, in: f.lex.objectPronouns) { return .notACue }
        // "what they call", "as they call each other", "what some call", "what he called", "which he called …": naming,
        // not reporting.
        // ("as he called on Americans", "in which she called for …" ask for something.)
        if v >= 2, f.isWord(v - 2, Keys.what) || f.isWord(v - 2, Keys.as) || f.isWord(v - 2, Keys.which), f.isWord(v - 1, in: Keys.namingSubjects),
            !f.isWord(v + 1, in: f.lex.callParticles)
        {
            return .notACue
        }
        return nil
    }

    static let inverted = R(
        "inverted",
        "The cue after a comma or closing quote, the source after it: `…,\" said Jane Doe`. Not after \"told\" (who heard it), not when the mention starts the reported clause (\"said the banks could …\").",
        before: .t(commaOrQuote), anchor: finiteCue.excluding(AC.listener, "cue-not-told"), after: .cap(source, .t(anyToken)),
        examples: [
            .fires("\"We lose roughly 30 million litres a day,\" said Ana Ferreira, the utility's chief engineer.", "Ana Ferreira [person] · said"),
            .fires("Exports rose 3 percent, said the statistics office.", "statistics office [organization] · said"),
            .fires("“Donald is, and always has been, an amazing leader,” said the 46-year-old.", "46-year-old [anonymous] · said"),
            .fires("“We will win,” said campaign manager Robby Mook.", "Robby Mook [person] · said"),
            .fires("There may be no upside, said Michael O'Hanlon, a fellow at the Brookings Institution.", "Michael O'Hanlon [person] · said"),
            .fires("“They would agree,” said Cruz constituent Dan Golvach when asked about the vote.", "Dan Golvach [person] · said"),
            .fires("“It is a first,” said Clinton’s top foreign policy aide Jake Sullivan.", "Jake Sullivan [person] · said"),
            .fires("“We face a wipeout,” said Florida’s Rick Wilson, a Republican consultant.", "Rick Wilson [person] · said"),
            .fires("Imports are rising, said the company's chief executive, John J. Ferriola.", "John J. Ferriola [person] · said"),
            .fires("\"Do not expect the problem to be resolved,\" said a senior U.S. trade official.", "senior U.S. trade official [anonymous] · said"),
            .fires("Coffee quotas need objective criteria, said the U.S. official.", "U.S. official [anonymous] · said"),
            .fires("“The party has to earn it back,” said one county GOP chairman.", "one county GOP chairman [anonymous] · said"),
            .not("Jeff Randall, said the banks could yet step in."),
            .not("Prices fell, said Trump’s nominee would resign."),
            .not("Parker Eaton, 81, a retired farmer, said that given the crop of candidates he would stay home."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // "said of Mr. Trump", "said on a call with reporters": what follows is not who spoke.
        guard let s = m[source]?.lowerBound, !f.isPreposition(s), !f.isWord(s, f.lex.that), var a = f.mentionAfter(s) ?? f.plainMentionAfter(s, cue: m.anchor)
        else {
            return nil
        }
        // "said Clinton’s top foreign policy aide Jake Sullivan", "said the company's chief executive, John Ferriola":
        // the owner qualifies the person named after the role.
        if let owned = f.ownedPerson(after: a) { a = owned }
        guard !a.sourceType.isDocument || f.has(m.anchor, AC.evidence), !f.startsClause(after: a), f.isInvertedMention(a)
        else { return nil }
        // Only a document shows or finds: "A Fox News poll, conducted by …, shows Sanders with 47 percent".
        if f.has(m.anchor, AC.evidence), !f.has(m.anchor, AC.speech), !a.sourceType.isDocument { return nil }
        // "…, said he" ends the clause; "said he already received …" is the reported clause's subject.
        if let end = a.sourceSpan?.end, let last = f.tokenIndex(endingBy: end), f.has(last, AC.subjectPronoun), last + 1 < f.n,
            f.t[last + 1].isWord
        {
            return nil
        }
        // "Frank Luntz, a Republican expert, said Mr. Cameron had …": the subject before the appositive speaks.
        if f.isComma(m.anchor - 1), let before = f.appositiveSubject(closedAt: m.anchor - 1, evidence: false),
            before.sourceType == .person || before.sourceType == .organization,
            let start = before.sourceSpan?.start, let k = f.tokenIndex(from: start), k <= 1 || f.isComma(k - 1) && k <= 12
        {
            return nil
        }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .before(m.anchor - 1))
    }

    static let invertedOpening = R(
        "inverted-opening", "A sentence that opens with the cue: `Said Dorothy Poynter, who grew up with Ali, “…”`.",
        before: .edge, anchor: speech.requiring(.capitalized, "Speech"), after: .cap(source, .t(anyToken)),
        examples: [.fires("Said Dorothy Poynter, who grew up with him: “We were all so proud.”", "Dorothy Poynter [person] · said"),
                   .not("Ask Jeeves said it would keep all 300 million articles.")]
    ) { ctx, m in
        let f = ctx.finder
        guard let s = m[source]?.lowerBound, var a = f.mentionAfter(s), a.sourceType == .person || a.sourceType == .organization
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        let end = f.tokenIndex(endingBy: a.sourceSpan?.end ?? 0) ?? m.anchor
        // "Ask Jeeves said …": a name with its own cue after it is that cue's subject, the first word part of the name.
        if f.has(end + 1, AC.cue) { return nil }
        return .found(a, .after(end + 1))
    }

    static let notAdjective = R(
        "not.adjective", "A cue word after an article, a preposition or a possessive is an adjective or a noun: \"over alleged profits\", \"the reported deal\".",
        before: .t(.is(AC.beforeNonVerb, "article-or-preposition")), anchor: cue,
        examples: [.not("Investors worried over alleged withheld profits."), .not("The reported deal fell through."),
                   .fires("\"People point the finger at Wall Street,\" From said.")]
    ) { ctx, m in
        // (A capitalised word alone after a quotation's close is the speaker's surname: "…,” From said.")
        ctx.finder.isSurnameAfterQuotation(m.start) ? nil : .notACue
    }

    static let passiveAgent = R(
        "passive-agent", "A passive names its source after \"by\": \"were reported by local media\".",
        before: .seq(.t(be), auxRun), anchor: finiteCue, after: .seq(.word("by"), .cap(source, .t(anyToken))),
        examples: [.fires("Three deaths were reported by local media on Sunday.", "local media [anonymous] · reported")]
    ) { ctx, m in
        let f = ctx.finder
        guard let s = m[source]?.lowerBound, var a = f.mentionAfter(s) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .before(m.start))
    }

    static let byAgent = R(
        "by-agent", "A past participle without \"be\" names its source after \"by\": \"As reported by Western Journalism, …\", \"Starr's remarks, first reported by The New York Times, …\".",
        before: .oneOf(.edge, .t(comma), .word("as", "As", "first", "originally", "previously")),
        anchor: finiteCue, after: .seq(.word("by"), .cap(source, .t(anyToken))),
        examples: [
            .fires("As reported by the Tribune, the county spent $4 million on the stadium.", "Tribune [organization] · reported"),
            .fires("The plan, first reported by The Washington Post, would cut 3,000 jobs.", "Washington Post [organization] · reported"),
            .not("The bill, sponsored by Senator Ruth Adler, passed 52 to 48."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // "As reported by" opens the sentence ("ratified as expected by Walsh" is another's agent).
        if f.isWord(m.start, f.lex.asWord), m.start != 0 { return nil }
        // A participle: "reported", "written", "shown", not a present tense ("says by").
        guard f.endsIn(m.anchor, "ed") || f.endsIn(m.anchor, "wn") || f.endsIn(m.anchor, "en") || f.isWord(m.anchor, f.lex.told),
            let s = m[source]?.lowerBound, var a = f.mentionAfter(s), a.sourceType != .anonymous || f.has(s, AC.article),
            let end = a.sourceSpan?.end, let last = f.tokenIndex(endingBy: end)
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        // Opening the sentence it reports the rest; as an aside, the words before it.
        let opens = m.start == 0 || (m.start == 1 && f.isWord(0, f.lex.asWord))
        return .found(a, opens ? .after(last + 1) : .before(m.start))
    }

    static let notPassive = R(
        "not.passive", "Any \"be\" form before a cue makes a passive without a source: \"when it was announced\", \"sales were estimated at …\" (progressives such as \"is saying\" are cues).",
        before: .seq(.t(be), auxRun), anchor: finiteCue,
        examples: [.not("The figure was estimated at 4 percent."), .not("Talks are said to be close.")]
    ) { _, _ in .notACue }

    static let notPassiveInfinitive = R(
        "not.passive-infinitive", "\"reported to have\", \"said to be\": reported by nobody named.",
        anchor: cue, after: .seq(.word("to"), .word("have", "be")),
        examples: [.not("Sweeteners reported to have been discussed were dropped.")]
    ) { _, _ in .notACue }

    static let notNounUse = R(
        "not.noun-use", "A cue word that is also a noun, used as one: \"claims of\", \"reports on\", \"the 10-year Treasury note rose\".",
        anchor: .is(AC.nounCue, "noun-cue"), after: .t(.is(AC.afterNoun, "preposition-or-verb")),
        examples: [.not("Priority claims of creditors were settled."), .not("The yield on the 10-year Treasury note rose to 3.1 percent.")]
    ) { _, _ in .notACue }

    static let notParticipleObject = R(
        "not.participle-object", "\"adding\" before a figure or a preposition reports nothing: \"adding $1.89 to $48.62\", \"adding to the squad\" (but \"predicting 4% growth\" and \"noting 40 percent …\" report).",
        anchor: participle,
        after: .oneOf(
            .t(TokenTest(any: [.number, .symbol], none: AC.colon.union(AC.closingQuote).union(AC.comma).union(AC.openingQuote), name: "number-or-symbol")),
            .word("to", "up", "back", "more", "another")),
        examples: [
            .not("Oil rose again, adding $1.89 to $48.62 a barrel."), .not("Adding to the campaign's wariness is an understanding that Cruz may return."),
        ]
    ) { ctx, m in
        ctx.finder.t[m.anchor].key == ctx.finder.lex.adding ? .notACue : nil
    }

    static let notAddedFigure = R(
        "not.added-figure", "\"add\" before a figure adds it: \"the papers would add eight colour pages\", \"the economy added 200,000 jobs\".",
        anchor: .words("add", "adds", "added"),
        examples: [.not("The two newspapers would add eight colour pages."), .not("Employers added 200,000 jobs in May."),
                   .fires("He added nine other states backed an extension.", "He [person] · added")]
    ) { ctx, m in
        let f = ctx.finder
        let next = m.anchor + 1
        // "He added nine other states backed it" reports; a pronoun's "added" is left to the other rules.
        guard next < f.n, !f.isWord(m.anchor - 1, in: f.lex.pronouns) else { return nil }
        // A figure in digits or words ("eight colour pages").
        return f.t[next].isNumber || f.quantities.contains(where: { $0.span.start == f.t[next].start }) ? .notACue : nil
    }

    static let notConcededScore = R(
        "not.conceded-score", "\"concede\" in a game concedes a score, it admits nothing: \"Ireland conceded a penalty\", \"conceded two goals\".",
        anchor: .words("concede", "concedes", "conceded", "conceding"),
        after: .seq(.opt(.word("a", "an", "the", "two", "three", "four", "five", "late", "early", "another", "only", "just")),
                    .word("penalty", "penalties", "goal", "goals", "try", "tries", "runs", "wickets", "sets", "set", "points", "corner",
                          "corners", "free-kick", "equaliser", "equalizer", "touchdown", "touchdowns", "defeat")),
        examples: [.not("When Ireland conceded a penalty close to their own line, Scotland kicked it to touch."),
                   .not("The hosts conceded two goals in the first half."),
                   .fires("The minister conceded the plan had flaws.", "minister [person] · conceded")]
    ) { _, _ in .notACue }

    static let notNamingCalled = R(
        "not.naming-called", "\"called\" naming something: \"a group called Acme\", \"so-called\", \"sometimes called\", \"party leaders, called superdelegates\".",
        before: .oneOf(.seq(.word("so"), .word("-")), .seq(.word("a", "an"), .plus(.oneOf(.t(word), .word("-")), max: 6)),
                       .word("sometimes", "commonly", "officially", "formerly", "locally", "popularly")),
        anchor: .words("called"),
        examples: [
            .not("A group called Citizens for Change ran the ads."), .not("The so-called experts were wrong."),
            .not("An anti-tax super PAC called Our Principles is spending more."),
        ]
    ) { ctx, m in
        // A name is called something; "called it chaos", "called for calm" are a speaker's words.
        let f = ctx.finder
        return f.isWord(m.anchor + 1, in: f.lex.objectPronouns) || f.isWord(m.anchor + 1, in: f.lex.callParticles) ? nil : .notACue
    }

    static let notRequest = R(
        "not.request", "\"asked him to condemn …\", \"asked for the meeting\": a request reports no words (\"asked, ‘Why?’\" and \"asked whether …\" do).",
        anchor: .words("asked", "asks", "ask", "asking"),
        after: .oneOf(
            .word("for"),
            .seq(.oneOf(.plus(.t(name), max: 3), .word("him", "her", "them", "me", "us", "you", "it"), .seq(.word("the", "a", "his", "her", "their"), .plus(.t(.is(.lowercase, "word")), max: 2))),
                 .word("to", "for"))),
        examples: [
            .not("Senator Ann Ruiz asked him to condemn the remarks."), .not("Sharpton asked for the meeting."),
            .fires("“Why now?” Senator Ann Ruiz asked.", "Ann Ruiz [person] · asked"),
        ]
    ) { _, _ in .notACue }

    /// Who was telephoned or what was cancelled: "called the company to complain", "called off the deal".
    static let notTelephoned = R(
        "not.telephoned", "\"called\" as telephoning or cancelling: an object and then a preposition, a time or the end (\"he called Haugland earlier this month\", \"called her to say\"), or \"called off\"; a complement after the object (\"called the plan a disgrace\") is speech.",
        anchor: .words("called", "calls", "call", "calling"),
        after: .oneOf(
            .word("off", "back", "up", "into"), .t(.is(AC.period, "\".\"")),
            .seq(.oneOf(.plus(.t(nameNotTitle), max: 3), .word("him", "her", "them", "me", "us", "you"),
                        .seq(.word("the", "a", "both", "all"), .t(.is(.lowercase, "word")))),
                 .oneOf(.word("at", "on", "in", "after", "before", "earlier", "later", "last", "from", "back",
                              "shortly", "yesterday", "today", "once", "twice", "only", "tonight", "monday", "tuesday", "wednesday",
                              "thursday", "friday", "saturday", "sunday"),
                        // (The sentence's last period, not an initial's: "called Donald J. Trump's remarks racist".)
                        .seq(.t(.is(AC.period, "\".\"")), .edge), .edge))),
        examples: [
            .not("He called Haugland earlier this month to learn more."),
            .not("Randolph called her at one point."),
            .fires("Mr. Scott, who has called Mr. Trump's remarks toxic, spoke.", "Scott [person] · called"),
            .fires("The mayor called them to say the vote would go ahead.", "mayor [person] · called"),
            .not("The two firms called off a $54 billion deal."),
            .not("Obama called both candidates Tuesday night."), .not("Then, last week, Eric Trump called."),
            .not("He called the company only to be told to wait."), .not("Why had Trump called into the program?"),
            .fires("The senator called the plan a disgrace.", "senator [person] · called"),
            .fires("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump's remarks racist.",
                   "Paul D. Ryan [person] · called"),
        ]
    ) { _, _ in .notACue }

    static let whatCalled = R(
        "what-called", "\"what officials called a hate crime\", \"what she said is growing demand\": the words that follow are the source's, though the clause is about them.",
        before: .seq(.word("what", "whatever"), .cap(source, .plus(.t(word), max: 5)), auxRun),
        anchor: cue,
        examples: [
            .fires("The church was attacked in what officials called a hate crime.", "officials [anonymous] · called"),
            .fires("She criticized what Senator Ann Ruiz called the angry rhetoric.", "Ann Ruiz [person] · called"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // Words must follow, not the end of the clause ("Bernie did what he said.").
        guard let r = m[source], m.anchor + 1 < f.n, f.t[m.anchor + 1].isWord || f.has(m.anchor + 1, AC.openingQuote) else { return nil }
        let last = r.upperBound - 1
        let mention: Attribution?
        if f.isWord(r.lowerBound, in: f.lex.pronouns), r.count == 1 {
            mention = f.pronoun(at: last)
        } else if r.count == 1, f.isWord(last, f.lex.it) || f.isWord(last, in: f.lex.otherPronouns) {
            mention = f.otherPronoun(at: last)
        } else {
            mention = f.mentionEnding(at: last, start: r.lowerBound)
        }
        guard var a = mention, let start = a.sourceSpan?.start, let s = f.tokenIndex(from: start), s == r.lowerBound || s == r.lowerBound + 1
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let notObjectRelative = R(
        "not.object-relative", "\"everything he said\", \"things Trump said\" after \"whom\" or \"everything\": a relative clause about words, not a report of them.",
        before: .seq(.word("whom", "everything", "anything", "something", "nothing"), .plus(.t(word), max: 4), auxRun),
        anchor: cue,
        examples: [
            .not("He stood by everything he said last year."),
        ]
    ) { ctx, m in
        // "whom he described as “peaceful”": the description that follows is his.
        ctx.finder.isWord(m.anchor + 1, ctx.finder.lex.asWord) ? nil : .notACue
    }

    static let quotedAsSaying = R(
        "quoted-as-saying", "\"was quoted as saying\": the subject before \"was\".",
        before: .seq(.cap(source, subjectEnd), auxRun, .opt(.t(be)), .word("quoted"), .word("as")), anchor: .words("saying"),
        examples: [.fires("Governor Lee was quoted as saying the budget would balance.", "Lee [person] · quoted as saying")]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound, var a = f.subjectMention(endingAt: k) else { return nil }
        a.cue = "quoted as saying"
        a.cueSpan = f.span((m.anchor - 2)...m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let participleOfSource = R(
        "participle", "\", saying …\": the source is the one named just before (\"…, said Jane Doe, adding …\") or the subject of the main clause.",
        before: .seq(.oneOf(.seq(.t(comma), .opt(.t(.is(AC.closingQuote, "close-quote")))), .t(.is(AC.dash, "dash"))), .opt(.t(.is(AC.lyAdverb, "-ly")))),
        anchor: participle,
        examples: [
            .fires("On Monday, the ministry raised rates, saying inflation was too high.", "ministry [organization] · saying"),
            .fires("Donald Trump defended “New York values,” saying the city embodied bravery.", "Donald Trump [person] · saying"),
            .fires("“We are ready,” said Jane Doe, adding that the plant would open in May.", "Jane Doe [person] · adding"),
            .fires("The retired neurosurgeon has given no details, saying only that staff would change.", "retired neurosurgeon [anonymous] · saying"),
            .fires("In two interviews, the justice sounded off on the nominee, saying he was a faker.", "justice [person] · saying"),
            .not("The jobless rate ticked down to 5 percent, showing a steady market."),
            .fires("Senator Ted Cruz stuck to policy at first but turned tougher, eventually saying he would win.", "Ted Cruz [person] · saying"),
            .fires("But the other candidate on the stage, former senator Hillary Clinton, drew a contrast, saying the worry was real.",
                   "Hillary Clinton [person] · saying"),
            .fires("But Trump later blamed his hesitancy to condemn Duke on a bad earpiece, claiming he had disavowed Duke.", "Trump [person] · claiming"),
            .fires("A Clinton campaign official later walked back the comments, saying Clinton had no video in mind.",
                   "Clinton campaign official [anonymous] · saying"),
            .fires("Protest groups say the rules are harsh, and the American Civil Liberties Union has sued the city, saying they violate free speech.",
                   "American Civil Liberties Union [organization] · saying"),
            .fires("The company said it beat a hostile bid, and recapitalized the firm, adding that profits rose.", "company [organization] · adding"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        var a: Attribution?
        // The last speaker of this sentence speaks on: "…, said Jane Doe, adding …", "“…,” she said, adding that …",
        // "Mr. Trump told the hosts of “Morning Joe,” adding …".
        if let last = ctx.earlier.last, let end = last.cueSpan?.end ?? last.sourceSpan?.end, end <= f.t[m.anchor].start {
            a = last
        }
        if a == nil {
            a = f.mainClauseSubject(before: m.anchor)
            if let described = a, let named = f.appositiveName(after: described, before: m.anchor) { a = named }
        }
        // ", and the ACLU has sued the city, saying …": the clause after the joint has a subject of its own.
        let from = a.flatMap { $0.cueSpan ?? $0.sourceSpan }.flatMap { f.tokenIndex(from: $0.end) } ?? 0
        if from < m.anchor, let joint = (from..<m.anchor).last(where: { f.isComma($0) && f.isWord($0 + 1, in: f.lex.clauseJoints) }),
            // (A subject starts there, not a second verb: "the company said it defeated …, and recapitalized …, adding".)
            f.isNameWord(joint + 2) || f.has(joint + 2, AC.article) || f.has(joint + 2, AC.subjectPronoun),
            let own = f.clauseSubject(at: joint + 2, before: m.anchor), let k = own.sourceSpan.flatMap({ f.tokenIndex(from: $0.start) }),
            k == joint + 2 || (k == joint + 3 && f.has(joint + 2, AC.article))
        {
            a = own
        }
        guard var found = a else { return nil }
        found.cue = f.t[m.anchor].lower(in: f.bytes)
        found.cueSpan = f.span(m.anchor...m.anchor)
        return .found(found, .after(m.anchor + 1))
    }

    /// Participles that report words whatever follows them ("While confirming that aim, …").
    static let reportingParticiples = WordTable(["saying", "telling", "announcing", "confirming", "warning", "insisting", "explaining",
                                                 "suggesting", "arguing", "acknowledging", "admitting", "stating", "denying", "noting"])

    static let participleAfterPreposition = R(
        "participle-after-preposition", "\"by saying\", \"while arguing\", \"before adding\": the words are the main clause subject's.",
        before: .seq(.word("by", "while", "when", "after", "before"), .opt(.t(.is(AC.lyAdverb, "-ly")))), anchor: participle,
        examples: [
            .fires("The senator ended his speech by saying the bill would pass.", "senator [person] · saying"),
            .fires("Senator Marco Rubio answered before adding that he would win some states.", "Marco Rubio [person] · adding"),
            .fires("While saying that he respects Mrs. Clinton, he continued to express doubts.", "he [person] · saying"),
            .fires("After saying he was nervous to ask a question, the man ended up beside the governor.", "man [anonymous] · saying"),
            .fires("Mr. Sanders, after initially saying he would not advertise in the state, took to the airwaves.", "Sanders [person] · saying"),
            .not("After adding veteran talent during the winter, Chicago finished with a 103-58 record."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // An opening phrase is the subject's that follows its comma ("While saying …, he continued"); one set off after
        // a name is that name's ("Mr. Sanders, after initially saying …, took").
        // (Only a participle that reports words, or one followed by its clause: not "After adding veteran talent, Chicago
        // finished", "After claiming their first title, Wood tips …".)
        let reports = f.isWord(m.anchor, in: reportingParticiples) || f.isWord(m.anchor + 1, f.lex.that)
            || f.has(m.anchor + 1, AC.subjectPronoun) || f.has(m.anchor + 1, AC.openingQuote)
        if reports, let comma = ((m.anchor + 1)..<min(f.n, m.anchor + 30)).first(where: { f.isComma($0) || f.has($0, AC.colon) || f.isToken($0, f.lex.semicolon) }),
            f.isComma(comma)
        {
            var a: Attribution?
            if m.start == f.datelineEnd() {
                a = f.clauseSubject(at: comma + 1, before: f.n - 1).flatMap { own in
                    let k = own.sourceSpan.flatMap { f.tokenIndex(from: $0.start) }
                    return k == comma + 1 || (k == comma + 2 && f.has(comma + 1, AC.article)) ? own : nil
                }
            } else if m.start >= 2, f.isComma(m.start - 1), f.isNameWord(m.start - 2), case let dateline = f.datelineEnd(),
                m.start - 2 <= dateline + 3, dateline < f.n
            {
                a = f.mentionEnding(at: m.start - 2).flatMap { $0.sourceSpan?.start == f.t[dateline].start ? $0 : nil }
            }
            if var a {
                f.setCue(of: &a, at: m.anchor)
                return .found(a, .within(m.anchor + 1, comma))
            }
        }
        return mainClauseCue(ctx, m)
    }

    static let progressive = R(
        "progressive", "A progressive cue: \"analysts were saying\", \"the ministry is confirming\" (the subject before the \"be\" form).",
        before: .seq(.cap(source, subjectEnd), auxRun, .oneOf(.t(be), .seq(.word("’", "'"), .word("s", "re"))), auxRun), anchor: participle,
        examples: [
            .fires("A few months ago analysts were saying the USSR might not buy corn.", "analysts [anonymous] · saying"),
            .fires("Governor Mark Dayton is backing the bill, and he’s predicting it will pass.", "Mark Dayton [person] · predicting"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound,
            var a = f.subjectMention(endingAt: k) ?? f.otherPronoun(at: k) ?? f.prepositionalHead(before: k)
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let progressiveAppositive = R(
        "progressive-appositive", "A progressive cue after an appositive: \"Ted Cruz, who won Oklahoma, is calling for …\".",
        before: .seq(.cap(source, .t(comma)), auxRun, .t(be), auxRun), anchor: participle,
        examples: [.fires("Ted Cruz, who won Oklahoma and Texas, is calling for his rivals to drop out.", "Ted Cruz [person] · calling")]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound, var a = f.appositiveSubject(closedAt: k, evidence: false) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let infinitive = R(
        "infinitive", "\"used his speech to call for …\", \"went on to say …\", \"took to Twitter to say\": a cue after \"to\" that a platform or \"went on\" governs is the main clause subject's (not \"refused to say\", \"too close to call\").",
        before: .seq(.word("on", "speech", "address", "remarks", "interview", "appearance", "statement", "conference", "opportunity", "occasion",
                           "platform", "stage", "podium", "Twitter", "Facebook", "TV", "television", "radio", "microphone", "floor"),
                     .word("to")),
        anchor: speech.excluding(AC.participle, "speech-not-ing"),
        examples: [
            .fires("Senator Jorge Ramos used his acceptance speech to call for the resignation of the president.", "Jorge Ramos [person] · call"),
            .fires("Governor Ann Ruiz took to Twitter to say the vote was rigged.", "Ann Ruiz [person] · say"),
            .not("The plan to call voters was dropped."), .not("Trump refused to say whether he would accept the result."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard var a = f.mainClauseSubject(before: m.anchor), a.sourceType == .person || a.sourceType == .organization || a.sourceType == .anonymous
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let statementSaying = R(
        "statement-saying", "\"issued a statement saying …\", \"posted a video calling …\": the words are the clause subject's.",
        before: .seq(.word("statement", "letter", "release", "tweet", "post", "video", "message", "memo", "email", "op-ed", "editorial"),
                     .opt(.t(word))),
        anchor: participle,
        examples: [.fires("The union issued a statement saying it took the action because of unsafe conditions.", "union [organization] · saying"),
                   .fires("Later, the mayor's office released a statement saying the count was final.", "mayor's office [organization] · saying")]
    ) { ctx, m in mainClauseCue(ctx, m) }

    static let documentParticiple = R(
        "document-participle", "A document and an evidence participle after it: \"a new poll showing Trump down to 14 percent\", \"records showing he was paid\" (the document shows, not the clause's subject).",
        anchor: participle.requiring(AC.evidence, "evidence-ing"),
        examples: [
            .fires("Priebus, after a new poll showing Trump's standing with Latinos down to 14 percent, told Fox News he would act.", "new poll [poll] · showing"),
            .fires("Despite polls showing her well behind, Clinton campaigned vigorously.", "polls [poll] · showing"),
            .not("Average hourly earnings rose 0.4 percent after showing no increase in September."),
            .fires("Analysts said the move was ill-timed given data showing the economy grew just 0.1%.", "data [data] · showing"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // The participle qualifies the document's phrase: a few words at most between them ("a Gallup poll released
        // Monday showing").
        guard var a = f.documentBefore(m.anchor), var start = f.tokenIndex(from: a.sourceSpan?.start ?? 0), m.anchor - start <= 8 else { return nil }
        // The phrase starts after a preposition inside it: "the move was ill-timed given [data] showing".
        if let head = (start..<m.anchor).last(where: { f.word($0).map(f.lex.documents.contains) == true }),
            let cut = (start..<head).last(where: { f.isPreposition($0) || f.isWord($0, in: f.lex.adverbialPrepositions) })
        {
            start = cut + 1
            let owner = f.ownerBefore(start, head) ?? f.ownerAfter(head)
            a = f.document(start: start, head: head, ownerStart: owner?.0, ownerEnd: owner?.1)
        }
        f.setCue(of: &a, at: m.anchor)
        // A document a preposition governs shows only up to the comma that closes its phrase: "Despite polls showing
        // her well behind, Clinton campaigned"; one that is the subject shows the rest.
        if start > 0, f.isPreposition(start - 1) || f.isWord(start - 1, in: f.lex.subordinators) || f.isWord(start - 1, in: f.lex.adverbialPrepositions),
            let comma = ((m.anchor + 1)..<f.n).first(where: { f.isComma($0) })
        {
            return .found(a, .within(m.anchor + 1, comma))
        }
        return .found(a, .after(m.anchor + 1))
    }

    static let notDenied = R(
        "not.denied", "A cue denied is no attribution: \"did not say\", \"has never claimed\", \"didn’t say\".",
        before: .seq(.oneOf(.t(.is(AC.negation, "not")), .seq(.word("’", "'"), .word("t"))), auxRun), anchor: cue,
        examples: [.not("The minister did not say when the plant would reopen."), .not("She has never claimed the money.")]
    ) { _, _ in .notACue }

    static let pronounSubject = R(
        "pronoun", "A pronoun before the cue: \"he\", \"she\" resolved to the person the article stands behind (the last speaker first), \"it\" to the last organisation or document that spoke, \"they\" to the last group, \"I\" outside quotes to the author; the pronoun as written when unsure.",
        before: .seq(.cap(source, .t(.is(AC.subjectPronoun, "pronoun"))), auxRun), anchor: finiteCue,
        examples: [
            .fires("He said the plant would close.", "He [person] · said"),
            .fires("Traders said prices would climb. They said supply was short.", "Traders [anonymous] · said"),
            .fires("Observers went with the marchers, whom he described as peaceful.", "he [person] · described"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound else { return nil }
        var a: Attribution?
        if f.isWord(k, in: f.lex.pronouns) {
            a = f.pronoun(at: k)
        } else if f.isWord(k, f.lex.it) {
            // "it" as the subject: at the start, after a comma, a conjunction or a subordinator.
            guard k == 0 || f.isComma(k - 1) || f.isWord(k - 1, in: f.lex.clauseJoints) || f.isWord(k - 1, in: f.lex.subordinators)
            else { return .notACue }
            a = f.otherPronoun(at: k)
            if a == nil { return .notACue }
        } else if f.isWord(k, f.lex.you) {
            return .notACue
        } else {
            a = f.otherPronoun(at: k)
        }
        guard var found = a else { return nil }
        if f.has(m.anchor, AC.evidence), !f.has(m.anchor, AC.speech), !f.findingFollows(m.anchor) { return .notACue }
        found.cue = f.t[m.anchor].lower(in: f.bytes)
        found.cueSpan = f.span(m.anchor...m.anchor)
        return .found(found, f.side(frame: k..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let familiarWith = R(
        "familiar-with", "\"a person familiar with the matter said\", \"a source close to him said\", \"people with direct knowledge of … said\", \"a source speaking on condition of anonymity said\", \"officials involved in the talks said\": the source noun before what qualifies it.",
        before: .seq(.cap(head, .t(word)), .oneOf(.seq(.word("familiar"), .word("with")), .seq(.word("close"), .word("to")),
                                                  .seq(.word("knowledgeable"), .word("about")), .seq(.word("briefed"), .word("on")),
                                                  .seq(.word("privy"), .word("to")), .seq(.word("with"), .opt(.t(word)), .word("knowledge")),
                                                  .seq(.word("speaking"), .word("on", "to", "under")), .seq(.word("requesting"), .word("anonymity")),
                                                  .seq(.word("involved"), .word("in"))),
                     .plus(.t(anyToken), max: 8), auxRun), anchor: finiteCue,
        examples: [
            .fires("A person familiar with the talks said a deal was close.", "person [anonymous] · said"),
            .fires("Still, the senator will rethink his approach, a source close to him said.", "source [anonymous] · said"),
            .fires("People with direct knowledge of the deal said talks had stalled.", "People [anonymous] · said"),
            .fires("Up to 5 million immigrants were spared, people familiar with the session said.", "people [anonymous] · said"),
            .fires("A source speaking on condition of anonymity said the talks had failed.", "source [anonymous] · said"),
            .fires("Another intelligence source speaking to Fox News said the agents were investigating.", "Another intelligence source [anonymous] · said"),
            .fires("The talks will resume on Monday, officials involved in the negotiations said.", "officials [anonymous] · said"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // ("people familiar with the session said": people who know are a source, not respondents.)
        guard let h = m[head]?.lowerBound,
            var a = f.mentionEnding(at: h)
                ?? (f.isWord(h, Keys.people) ? Attribution(source: f.text(h), sourceType: .anonymous, cue: nil, sourceSpan: f.span(h...h), cueSpan: nil, basis: .explicit) : nil)
        else { return nil }
        // The source is the noun; the mention runs on to the cue ("a person familiar with the matter").
        let last = m.anchor - 1 - f.auxCount(before: m.anchor)
        if let s = a.sourceSpan, last >= 0 { a.sourceSpan = TextSpan(s.start, f.t[last].end) }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: (f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? 0)..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let relativeWhichDocument = R(
        "relative-which-document", "\"a document, which showed …\": the document the relative pronoun stands for, a few words back in its clause, is the source (\"her medical records in July, which showed\", \"a 2014 study, which suggested\").",
        before: .seq(.t(comma), .word("which"), auxRun), anchor: finiteCue,
        examples: [
            .fires("Clinton released her medical records in July, which showed she was fit for duty.", "her medical records [document] · showed"),
            .fires("He cited a 2014 study by Pew, which suggested that turnout would fall.", "Pew [study] · suggested"),
            .not("The bill passed the Senate in July, which showed how divided it was."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        let comma = m.start
        // The document word within five words before the comma, in the same clause.
        guard let d = (max(0, comma - 6)..<comma).last(where: { f.isWord($0, in: f.lex.documents) && !f.isWord($0, in: mutePlans) }),
            !(d..<comma).contains(where: { f.isComma($0) || f.has($0, AC.cue) }),
            var a = f.mentionEnding(at: d), a.sourceType.isDocument
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let relativeWho = R(
        "relative-who", "\"X, who said …\": the source is the one the relative pronoun stands for (the mention is the pronoun). Respondents are not sources (\"voters who said\").",
        before: .seq(.cap(source, subjectEnd), .opt(.t(comma)), .cap(relative, .word("who")), auxRun), anchor: finiteCue,
        examples: [
            .fires("The plan was opposed by Ted Cruz, who said it would fail.", "Ted Cruz [person] · said"),
            .not("Clinton won among voters who said the economy mattered most."),
            .fires("The plan needs superdelegates who’ve already said they back Clinton.", "superdelegates [anonymous] · said"),
            .fires("The last question came from a young child, who said he drove six hours.", "child [anonymous] · said"),
            .fires("Beck, who has in the past described Trump as a narcissist, endorsed Cruz.", "Beck [organization] · described"),
            .fires("Kim's comments on South Korea surprised analysts, who described them as significant.", "analysts [anonymous] · described"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound, let w = m[relative]?.lowerBound,
            // A plural noun, or any noun before ", who" (which stands for a person): "a young child, who said".
            var a = f.mentionEnding(at: k) ?? (f.bytes[f.t[k].end - 1] == UInt8(ascii: "s") || f.isComma(w - 1) ? f.personNoun(endingAt: k) : nil)
        else { return nil }
        a.sourceSpan = f.span(w...w)
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let placeAfterSubject = R(
        "place-after-subject", "\"a finance ministry spokesman in Bonn said\", \"Police in Ohio said\": the place is not the source.",
        before: .seq(.cap(head, .t(.is(AC.anonymous, "anonymous"))), .word("in"), .plus(.t(name), max: 4), auxRun), anchor: finiteCue,
        examples: [.fires("A finance ministry spokesman in Bonn said the talks went well.", "finance ministry spokesman [anonymous] · said")]
    ) { ctx, m in
        let f = ctx.finder
        guard let h = m[head]?.lowerBound, var a = f.mentionEnding(at: h) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: h..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let openAppositive = R(
        "open-appositive", "A name opens the sentence and an appositive follows with no comma to close it: \"Dexter Wakefield, a minister with the Living Church of God in North Carolina told reporters …\" (the name speaks, not the church).",
        before: .seq(.edge, .cap(source, .plus(.oneOf(.t(name), .word(".")), max: 5)), .word(","), .word("a", "an", "the"),
                     .plus(.t(TokenTest(any: [.word, .symbol], none: AC.cue.union(AC.comma).union(AC.colon), name: "aside")), max: 14)),
        anchor: finiteCue,
        examples: [.fires("Dexter Wakefield, a minister with the Living Church of God in North Carolina told reporters the turnout was high.",
                          "Dexter Wakefield [person] · told")]
    ) { ctx, m in
        let f = ctx.finder
        guard let r = m[source], r.count >= 2, var a = f.named(start: r.lowerBound, end: r.upperBound), a.sourceType == .person else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: r.lowerBound..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let subject = R(
        "subject", "The subject right before the cue, past auxiliaries and -ly adverbs: a name with its title, an organisation, a source noun. An evidence verb reports only for a document, or for a body when a finding follows (\"Gallup found 61 percent\", not \"Vodafone has found it difficult\").",
        before: .seq(.cap(source, subjectEnd), auxRun), anchor: finiteCue,
        examples: [
            .fires("On 18 April, Ukrainian President Volodymyr Zelinskiy announced that the army had captured two soldiers.", "Volodymyr Zelinskiy [person] · announced"),
            .fires("Until now, the CCP has claimed that no troops were sent.", "CCP [organization] · claimed"),
            .fires("The Organisation for Economic Cooperation and Development said growth would slow.",
                   "Organisation for Economic Cooperation and Development [organization] · said"),
            .fires("Lending rose 2 pct, Central Bureau of Statistics figures show.", "Central Bureau of Statistics [data] · show"),
            .not("A spokesman for GM's Truck and Bus Group said there would be no comment."),
            .fires("War on Want's John Hilary said the policy had failed.", "John Hilary [person] · said"),
            .fires("Hillary Clinton’s campaign said it would appeal.", "Hillary Clinton’s campaign [organization] · said"),
            .fires("Donald Trump’s campaign manager says he is gratified by the decision.", "Donald Trump’s campaign manager [person] · says"),
            .fires("In September, a still-struggling HP announced it would slash up to 30,000 jobs.", "HP [organization] · announced"),
            .fires("Gallup found 61 percent of adults approved.", "Gallup [organization] · found"),
            .fires("And Gallup finds states shifting toward the GOP.", "Gallup [organization] · finds"),
            .not("Nationwide, one out of five banks reported losses."), .not("One in four firms said sales fell."),
            .fires("Economist Jim Paulsen of Wells Capital said rates would rise.", "Jim Paulsen [person] · said"),
            .fires("NATO's secretary general, meanwhile, called on the regime to disarm.", "NATO's secretary general [person] · called"),
            .fires("Human Rights Watch said the camps held 4,000 people.", "Human Rights Watch [organization] · said"),
            .fires("Moody's said the outlook for the bonds was stable.", "Moody's [organization] · said"),
            .fires("Some said the pound would return to its target range later this year.", "Some [anonymous] · said"),
            .fires("Thierry Henry told BBC Radio Five Live: \"The ref asked me if I wanted 10 yards.\"", "Thierry Henry [person] · told"),
            .fires("The self-described democratic socialist said he would win the primary.", "self-described democratic socialist [anonymous] · said"),
            .fires("Standard and Poor's said the outlook was negative.", "Standard and Poor's [organization] · said"),
            .not("Verstappen showed nerves of steel."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound, var a = f.subjectMention(endingAt: k) else { return nil }
        // "Moody's said", "McDonald's said": a firm's name in "'s" right before its verb (the auxiliaries read it as
        // "has"), where a pronoun's "he's said" is one.
        // (Not an acronym's "has" nor a claim: "NEC's admitted", "BA's estimated", "Labour's claimed" are "has …".)
        if a.sourceType == .organization, f.t[k].isCapitalized, !f.has(k, .allCaps), f.isWord(m.anchor, in: Keys.possessiveNameCues), k + 3 == m.anchor, f.isToken(k + 1, f.lex.straightApostrophe) || f.isToken(k + 1, f.lex.apostrophe),
            !f.t[k + 1].spaceBefore, f.isWord(k + 2, f.lex.s), !f.t[k + 2].spaceBefore, let span = a.sourceSpan, span.end == f.t[k].end
        {
            f.appendPossessive(to: &a, apostrophe: k + 1)
            // "Standard and Poor's said": the name before "and" is the firm's too.
            if let first = f.tokenIndex(from: span.start), first >= 2, f.isWord(first - 1, f.lex.and), f.isNameWord(first - 2),
                !f.isNameWord(first - 3)
            {
                a.source = f.text(first - 2) + " and " + a.source
                a.sourceSpan = TextSpan(f.t[first - 2].start, f.t[k + 2].end)
            }
        }
        // "one out of five banks reported losses", "one in four firms said": a share of a group is what a count
        // measures, no source.
        if let s0 = f.tokenIndex(from: a.sourceSpan?.start ?? 0), f.isRatioShare(at: s0) { return .notACue }
        // "30 percent of Mr. Sanders's backers say": respondents, whose poll the rules after this one look for.
        if let s0 = f.tokenIndex(from: a.sourceSpan?.start ?? 0), f.isShare(before: s0) { return nil }
        if f.has(m.anchor, AC.evidence), !f.has(m.anchor, AC.speech), !a.sourceType.isDocument,
            !(f.isWord(m.anchor, in: Keys.estimatePut) && f.putsAFigure(at: m.anchor))
        {
            // "A survey conducted by the One America News Network found …": the document earlier in the clause may.
            if a.sourceType == .person || !f.findingFollows(m.anchor) { return f.documentBefore(m.anchor) == nil ? .notACue : nil }
        }
        f.setCue(of: &a, at: m.anchor)
        let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? k
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    /// "those questioned", "those polled": the people a poll asked.
    static let polledWords = WordTable(["questioned", "polled", "surveyed", "interviewed", "asked", "sampled"])

    static let respondentsDocument = R(
        "respondents-document", "Respondents are no source, but the document that asked them may be: \"a survey of US consumers put …\".",
        before: .seq(.cap(source, .t(word)), auxRun), anchor: finiteCue,
        examples: [
            .not("Only 25 percent of Japanese said AI would make the economy better."),
            .not("Many of those questioned said they felt attached to their landline."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // Only where the sentence states a figure: without one, "workers say" are people who spoke.
        // ("Some of the women said they had spoken out": a share with no figure stated is people who spoke.)
        // ("Many of those questioned said": a poll's respondents, figure or not.)
        guard let k = m[source]?.lowerBound,
            f.isRespondentNoun(k) || (f.isShare(before: k) && (f.quantities.contains(where: \.isStatistic) || f.isWord(k, in: polledWords)))
        else {
            return nil
        }
        guard var a = f.documentBefore(m.anchor) else { return .notACue }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: m.start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let plainSubject = R(
        "plain-subject", "\"…, prosecutors said\", \"The uncle said …\": a plain noun phrase of up to four words that is the whole subject of \"said\", \"told\", \"wrote\" or a speech verb in -ed (not one followed by a preposition: \"pointed to\").",
        before: .seq(.cap(source, .t(.is(.lowercase, "word"))), auxRun), anchor: speech,
        examples: [
            .fires("Two men were arrested, neighbours said.", "neighbours [anonymous] · said"), .fires("The uncle said the boy was safe.", "uncle [anonymous] · said"),
            .fires("The billionaire real estate magnate says he will win.", "billionaire real estate magnate [anonymous] · says"),
            .fires("Two of his aides said he was tired.", "Two of his aides [anonymous] · said"),
            .fires("Most of the candidates said they support the boycott.", "Most of the candidates [anonymous] · said"),
            .fires("The chairs that POLITICO interviewed predicted Clinton would win 5 states.", "chairs [anonymous] · predicted"),
            .fires("The GOP front-runner said the contest had been rigged.", "GOP front-runner [anonymous] · said"),
            .fires("\"I came anyway,\" the British actor said.", "British actor [anonymous] · said"),
            .not("His personal story is compelling and well told."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        let v = m.anchor
        guard let k = m[source]?.lowerBound else { return nil }
        let plainCue = f.has(v, AC.plainSubjectCue)
            || (f.bytes[f.t[v].start..<f.t[v].end].reversed().starts(with: "de".utf8) && !f.has(v + 1, AC.afterNoun))
        guard plainCue, var a = f.plainSubject(endingAt: k) else { return nil }
        f.setCue(of: &a, at: v)
        let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? k
        return .found(a, f.side(frame: start..<(v + 1), cueEnd: v))
    }

    static let appositive = R(
        "appositive", "\"Helen Marsh, an agronomist at Westbrook University, said\", \"Marley Anderson, 21, a junior from Las Vegas, said\", \"Dana Ruiz, who runs the field office, said\": the subject before the appositive, which may hold an age, a title or a relative clause. Of the names between the commas, a person is preferred (\"A New Jersey investor, Joseph Falkenstein, told\"), then the first organisation (\"the New York Mercantile Exchange, NYMEX, said\").",
        before: .seq(.cap(source, .t(comma)), .star(.t(.is(AC.closingQuote, "close-quote")), max: 2), auxRun), anchor: finiteCue,
        examples: [
            .fires("Gonzalez, 55, of Brigantine, said he was angry.", "Gonzalez [person] · said"),
            .fires("FRANKFURT, March 3 - <VDO Luftfahrtgeraete GmbH>, 75 pct owned by <VDO Adolf Schindling AG>, said it set up a venture.",
                   "VDO Luftfahrtgeraete GmbH [organization] · said"),
            .fires("Helen Marsh, an agronomist at Westbrook University, said yields fell 12 percent.", "Helen Marsh [person] · said"),
            .fires("Clinton, who called Sanders shortly after the winner was declared, told her supporters she loved the state.",
                   "Clinton [person] · told"),
            .fires("Mr. Manafort, citing ''the unique magic of Trump,'' said the race was close.", "Manafort [person] · said"),
            .fires("At a rally in Berea, OH, Gov. John Kasich (R-OH), said he was ready.", "John Kasich [person] · said"),
            .fires("Dana Ruiz, who runs the campaign's field office, said turnout was up.", "Dana Ruiz [person] · said"),
            .fires("Mr. Hale, 56, who has served three terms, told reporters he would run again.", "Hale [person] · told"),
            .fires("A New Jersey investor, Joseph Falkenstein, told the SEC he lost money.", "Joseph Falkenstein [person] · told"),
            .fires("The Senate Minority Leader, Chuck Schumer, said 40 percent of workers were unpaid.", "Chuck Schumer [person] · said"),
            .fires("Argentina's President, Nestor Kirchner, said the swap was the best in history.", "Nestor Kirchner [person] · said"),
            .fires("Mr. Hale, later alleging that the city wanted to admit 25,000 tourists a day, said he would sue.", "Hale [person] · said"),
            .fires("Responding to the plans, the chairman of the Police Federation of England and Wales, which represents rank and file officers, said it was essential.",
                   "chairman [person] · said"),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // A quote mark after the comma closes a quotation inside the appositive ("citing ''…,'' said"), not the
        // quote the cue reports ("(''Francesco Excommunicates Trump,'' declared La Stampa").
        guard let k = m[source]?.lowerBound,
            !f.has(k + 1, AC.closingQuote)
                || f.quoted.contains(where: { $0.upperBound == k && $0.lowerBound >= 2 && f.t[$0.lowerBound - 2].isWord }),
            var a = partyTagged(f, before: k) ?? f.appositiveSubject(closedAt: k, evidence: f.has(m.anchor, AC.evidence))
        else {
            return nil
        }
        // An age or "who" set off after a name makes it a person's: "Gonzalez, 55, of Brigantine, said", "Levine, who
        // has given money to Rubio, said".
        // (A single word only: a longer name read as an organisation holds a title or an acronym, "UK Foreign Secretary Jack Straw".)
        if a.sourceType == .organization, !a.source.contains(" "), let end = a.sourceSpan?.end, let last = f.tokenIndex(endingBy: end), f.isComma(last + 1),
            f.isWord(last + 2, Keys.who) || (last + 2 < f.n && f.t[last + 2].isNumber && f.t[last + 2].value < 120 && f.isComma(last + 3))
        {
            a.sourceType = .person
            if let full = f.people.fullName(for: f.t[last], in: f.bytes) { a.source = full }  // "Robert Ortner" named before
        }
        f.setCue(of: &a, at: m.anchor)
        let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? k
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    /// "Gov. John Kasich (R-OH), said": a name with its party tag, then a stray comma.
    static func partyTagged(_ f: SourceFinder, before k: Int) -> Attribution? {
        guard f.isToken(k - 1, f.lex.closeParen), let a = f.mentionEnding(at: k - 1), a.sourceType == .person else { return nil }
        return a
    }

    static let dashAppositive = R(
        "dash-appositive", "A subject with an aside between dashes: \"Ana Ruiz — who ran the count in 2016 — said\", \"The company — which makes chips — said\".",
        before: .seq(.cap(source, .t(.is(AC.dash, "dash"))), .plus(.t(TokenTest(any: [.word, .number, .symbol], none: AC.dash.union(AC.cue), name: "aside")), max: 20),
                     .t(.is(AC.dash, "dash")), auxRun),
        anchor: finiteCue,
        examples: [
            .fires("Ana Ruiz — who ran the count in 2016 — said turnout fell.", "Ana Ruiz [person] · said"),
            .fires("The company — which makes chips — said sales fell.", "company [organization] · said"),
            .not("Sales fell — the third drop in a row — said nothing about demand."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        guard let k = m[source]?.lowerBound, k >= 1 else { return nil }
        let a0 = f.mentionEnding(at: k - 1) ?? f.prepositionalHead(before: k)
        guard var a = a0, let start = a.sourceSpan.flatMap({ f.tokenIndex(from: $0.start) }), f.startsSubject(at: start) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let prepositionalSubject = R(
        "prepositional-subject", "A subject with a prepositional phrase: \"officials at the ministry said\".",
        before: .seq(
            .cap(head, .t(word)), .t(.words("in", "at", "from", "for", "with", "on", "of", "to")),
            .plus(.oneOf(.t(TokenTest(any: [.word, .number], none: AC.clauseJoint.union(AC.cue).union(AC.beForm).union(AC.haveForm), name: "word")),
                         .word(".", "-", "'", "’"), .seq(.word("and", "&"), .t(.is(.capitalized, "Name")))), max: 5),
            auxRun),
        anchor: finiteCue,
        examples: [
            .fires("At least a dozen members of Congress told reporters she thinks the House is within reach.", "dozen members [anonymous] · told"),
            .fires("A reporter for Agence France-Presse called it \"absolute chaos.\"", "reporter [anonymous] · called"),
            .fires("A spokesperson for the Parks and Recreation Department said the department would follow.", "spokesperson [anonymous] · said"),
            .fires("A Department for Education and Skills spokeswoman said the venture had been ambitious.", "Department for Education and Skills spokeswoman [anonymous] · said"),
            .fires("Officials at the ministry said the talks would resume.", "Officials [anonymous] · said"),
            .fires("A representative for Mr. Pinchuk said the inquiry was closed.", "representative [anonymous] · said"),
            .fires("Even the organizer of a pro-Trump rally said the rules were unfair.", "organizer [anonymous] · said"),
            .fires("Aides to the governor say she will sign the bill.", "Aides [anonymous] · say"),
            .fires("JOHANNESBURG, March 6 - South Africa's director-general of finance Chris Stals said he was optimistic.",
                   "Chris Stals [person] · said"),
            .fires("Minister of State for Finance Tom Hockin told the Commons he favored a cut.", "Tom Hockin [person] · told"),
            .fires("Prices rose, a spokesman for the New York Fed said.", "spokesman [anonymous] · said"),
            .fires("Surveys of economists have shown that most expect rates to stay at 2%.", "Surveys of economists [survey] · shown"),
            .fires("Centers for Disease Control Director Thomas Frieden said the virus was spreading.", "Thomas Frieden [person] · said"),
            .fires("An aide to Agriculture Secretary Richard Lyng said the bonus was unlikely.", "aide [anonymous] · said"),
            .fires("A statement from the mayor's office said the bridge would reopen.", "statement from the mayor's office [report] · said"),
            .fires("Sources at the minister's office said the package could total 12 billion francs.", "Sources [anonymous] · said"),
            .not("Imports fell to 75,500 tonnes, Central Bureau of Statistics figures show."),
            .fires("But William Corr of the Campaign for Tobacco-Free Kids urged the government to press on.", "William Corr [person] · urged"),
            .not("The image taken from a video posted by Boko Haram on social media shows a masked man."),
            .not("Director Ana Berg at the Bank of Finland's monetary department said he expected a cut."),
            .not("She will sing One Night on Friday's BBC One show as producers wait."),
            .not("She would like Trump to further explain his stance."),
            .not("The senator will arrive with enough delegates to file minority reports."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // "Aides to the governor say", not "Trump to further explain": after "to", people named by role, and a
        // name or a determiner (no infinitive).
        // An "and" inside the phrase joins the words of a name after a role ("a spokesperson for the Parks and Recreation
        // Department"), not after a name ("figures released by the Department of Trade and Industry show").
        guard let h = m[head]?.lowerBound,
            // A possessive inside the phrase ("from the mayor's office") only after a source's noun: after a name it
            // is a name's own ("Berg at the Bank of Finland's monetary department said" is Berg's).
            // (An apostrophe that closes a plural's possessive or a quotation ends the phrase: "analysts' forecasts".)
            !((h + 1)..<m.anchor).contains(where: f.isApostrophe)
                || (!((h + 1)..<m.anchor).contains(where: { f.isApostrophe($0) && !f.isGluedApostrophe($0) })
                    && (!f.t[h].isCapitalized || h == 0) && (f.isWord(h, in: f.lex.anonymous) || f.isWord(h, in: f.lex.documents))),
            !f.t[h].isCapitalized || !((h + 1)..<m.anchor).contains(where: { f.isWord($0, f.lex.and) })
                || f.isWord(m.anchor - 1 - f.auxCount(before: m.anchor), in: f.lex.anonymous),
            !f.isWord(h + 1, f.lex.to)
                || (f.isWord(h, in: f.lex.anonymous) && (f.t[h + 2].isCapitalized || f.has(h + 2, AC.article)
                    || f.isWord(h + 2, in: f.lex.phraseDeterminers)) && !((h + 2)..<m.anchor).contains { f.isWord($0, f.lex.to) }),
            var a = f.mentionEnding(at: h),
            // "calling friends on their cellphones to say" (but "other Democrats on the stage refused to say").
            !f.isWord(m.anchor - 1, f.lex.to) || f.isVerbAfterSubject(m.anchor - 2)
        else { return nil }
        // "Minister of State for Finance Tom Hockin said", "the Chancellor of the Exchequer Nigel Lawson stressed": the
        // person named after the office speaks.
        // … and "Centers for Disease Control Director Thomas Frieden said": after a name opening the phrase, an office
        // inside it, then the name of whoever holds it, up to the verb (not after people or a document: "an aide to
        // Agriculture Secretary Richard Lyng said" is the aide's).
        let verb = m.anchor - f.auxCount(before: m.anchor)
        // "William Corr of the Campaign for Tobacco-Free Kids urged": the phrase's name belongs to the person before
        // "of the", who speaks.
        if f.t[h].isCapitalized, h >= 3, f.has(h - 1, AC.article), f.isWord(h - 2, f.lex.of), f.t[h - 3].isCapitalized,
            var person = f.mentionEnding(at: h - 3), person.sourceType == .person,
            let ps = person.sourceSpan.flatMap({ f.tokenIndex(from: $0.start) }), f.startsSubject(at: ps)
        {
            f.setCue(of: &person, at: m.anchor)
            return .found(person, f.side(frame: ps..<(m.anchor + 1), cueEnd: m.anchor))
        }
        // "Central Bureau of Statistics figures show": a name with its "of" owns the document closing the phrase; the
        // subject rule reads it whole.
        if f.t[h].isCapitalized, verb - 1 > h + 1, f.isWord(verb - 1, in: f.lex.documents), !f.t[verb - 1].isCapitalized,
            ((h + 1)..<(verb - 1)).allSatisfy({ k in f.t[k].isCapitalized || f.isWord(k, f.lex.of) || f.isWord(k, f.lex.and) || f.has(k, AC.article) })
        {
            return nil
        }
        if let named = f.personClosingOffice(head: h, before: verb) ?? f.officeHolder(inPhraseOf: h, before: verb) {
            var a = named
            f.setCue(of: &a, at: m.anchor)
            let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? h
            return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
        }
        // "Voters in Ohio who backed Trump in 2016 said": a verb's object, not the subject.
        // (Nor a participle's agent: "a video posted by Boko Haram on social media shows".)
        if let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0), start > 0, f.t[start - 1].isWord, !f.t[start - 1].isCapitalized,
            f.endsIn(start - 1, "ed") || (f.isWord(start - 1, Keys.by) && start >= 2 && f.endsIn(start - 2, "ed"))
        {
            return nil
        }
        // "A Department for Education and Skills spokeswoman said": the phrase names an office, and the source noun
        // closing it speaks.
        // (Only an office's name comes between: capitalised words and "of", "for", "and", "the".)
        let last = m.anchor - 1 - f.auxCount(before: m.anchor)
        let office = last > h + 1 && ((h + 1)..<last).allSatisfy { k in
            f.t[k].isCapitalized || f.isWord(k, f.lex.of) || f.isWord(k, f.lex.and) || f.isWord(k, f.lex.forWord) || f.has(k, AC.article)
        }
        if office, ((h + 1)..<last).contains(where: { f.t[$0].isCapitalized }), f.isWord(last, in: f.lex.anonymous), !f.t[last].isCapitalized {
            let first = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? h
            a = Attribution(source: f.stripDeterminer(f.joinTokens(first..<(last + 1))), sourceType: .anonymous, cue: nil,
                            sourceSpan: f.span(first...last), cueSpan: nil, basis: .explicit)
        }
        f.setCue(of: &a, at: m.anchor)
        let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? h
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    /// What may open the words that qualify a subject before its verb: a relative, a preposition, a participle.
    static let postmodifierOpeners = WordTable(["who", "whose", "that", "in", "at", "of", "from", "for", "with", "on", "like", "across",
                                                "around", "outside", "inside", "near", "among", "close", "opposed", "polled",
                                                "surveyed", "interviewed", "questioned", "contacted", "reached", "trying", "hoping",
                                                "seeking", "working", "living", "fighting", "representing", "attending", "involved"])
    /// Words before a subject's head that are no part of its noun: "the", "many", "other".
    static let subjectDeterminers = WordTable(["the", "a", "an", "many", "some", "most", "several", "other", "another", "both", "all",
                                               "these", "those", "one", "two", "three", "my", "his", "her", "their", "our"])

    static let whose = WordKey.of("whose")
    /// A noun that names people: a source noun or title, or an agent in -er, -or, -man, -ist, -ian ("businessmen",
    /// "investors"); not "-ent" ("the agreement with Dixons calls for …").
    static func isPeople(_ i: Int, _ f: SourceFinder) -> Bool {
        guard let w = f.word(i) else { return false }
        if f.isSourceNoun(w) || f.has(i, AC.title) { return true }
        return ["er", "or", "man", "men", "ist", "ian"].contains { f.endsIn(i, $0) || f.endsIn(i, $0 + "s") }
    }
    /// Speech verbs that are also nouns a possessive may own ("Teigen's tweets", "the earnings call").
    static let nounLikeCues = WordTable(["call", "calls", "tweet", "tweets", "comment", "comments", "reply", "replies", "remark",
                                         "remarks", "answer", "answers", "post", "posts", "quote", "quotes", "statement", "warning"])
    static let countNouns = WordTable(["number", "numbers", "share", "majority", "minority", "percentage", "proportion", "portion",
                                       "fraction", "rest", "total", "bulk", "half", "third", "quarter", "handful", "plurality"])

    static let postmodifiedSubject = R(
        "postmodified-subject",
        "A subject that opens its clause and is qualified before its verb by a relative, a preposition or a participle: \"Democrats in Iowa who watched the debate said\", \"The judges who ruled against the law said\", \"Analysts polled by Reuters said\". The head is read as a subject alone would be; the words between hold no cue, comma or \"and\".",
        before: .seq(.oneOf(.edge, .t(comma)), .cap(source, .plus(.t(TokenTest(any: TokenClass.word.union(.number).union(.symbol),
                                                                                 none: AC.cue.union(AC.comma).union(AC.colon).union(AC.dash)
                                                                                     .union(AC.openingQuote).union(AC.clauseJoint),
                                                                                 name: "word-in-clause")), max: 18)), auxRun),
        anchor: speech.excluding(AC.participle, "speech-not-ing"),
        examples: [
            .fires("Democrats in Iowa who watched the Saturday debate said they were unfazed.", "Democrats [anonymous] · said"),
            .fires("The state officials whose laws have been invalidated say the real change has come.", "state officials [anonymous] · say"),
            .fires("Analysts polled by Reuters said the bank would hold rates.", "Analysts [anonymous] · said"),
            .fires("The judges who ruled that Texas could not enforce its law said the problem was the list of IDs.", "judges [anonymous] · said"),
            .fires("Democrats trying to regain control of the Senate say they have a powerful new weapon.", "Democrats [anonymous] · say"),
            .fires("After the vote, residents living near the flooded valley told reporters they felt abandoned.", "residents [anonymous] · told"),
            .fires("Many in the crowd said the senator was the only candidate they trusted.", "Many [anonymous] · said"),
            .fires("The story never ran; my editor at the time at Politico argued the piece made him look too good.", "my editor [anonymous] · argued"),
            .fires("Sales will double, James Fry, vice-president of GM Overseas Distribution told a news briefing.", "James Fry [person] · told"),
            .fires("Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"", "Oliver Heald [person] · said"),
            .not("A singer hoping to perform in the US can expect to pay $1,300 for a visa."),
            .not("Authentication involved setting up an account with a system called Steam."),
            .not("Shares in the company that makes the chips said to be faulty fell 4 percent."),
            .not("Voters in Ohio who backed Trump in 2016 said by 55 percent to 41 percent that they would again."),
            .not("Gillibrand, a supporter of Clinton's 2016 bid for the presidency told host Chris Cuomo she was sure."),
            .not("His campaign for the Democratic nomination has been more successful than almost anyone had predicted."),
            .not("A disproportionate number of refugees from Iraq admitted to the United States have been Christian."),
            .not("Indeed, several of the singer's tweets questioned the scanner."),
            .not("Executives on Equifax Inc.'s first earnings call since the breach detailed a hard year."),
            .not("The Department of Energy this week released a report that warned of rising imports."),
            .not("A statement from the prime minister's office said the firm was a holding company."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // A speech verb that is no noun and no infinitive ("Trump's false claims", "plan to announce"); not one that
        // may report evidence ("The rhetoric of the candidates suggests …").
        // (A semicolon ends a clause too: "The story never ran; my editor at Politico argued …".)
        guard let captured = m[source],
            case let range = (captured.lowerBound..<captured.upperBound).last(where: { f.isToken($0, f.lex.semicolon) }).map({ ($0 + 1)..<captured.upperBound }) ?? captured,
            !range.isEmpty, f.has(m.anchor, AC.speech), !f.has(m.anchor, AC.evidence), !f.has(m.anchor, AC.nounCue),
            !f.isWord(m.anchor - 1, f.lex.to),
            // ", a supporter of Hillary Clinton's bid told": an appositive to the name before the comma.
            range.lowerBound == 0 || !f.has(range.lowerBound, AC.article) || f.isWord(range.lowerBound, Keys.the),
            // "the previously-announced sale": a modifier, not a verb.
            !(f.isToken(m.anchor - 1, f.lex.hyphen) && !f.t[m.anchor].spaceBefore),
            // "A singer hoping to perform can expect to pay", "Ballot papers in the poll will ask:": a modal's verb
            // tells of no statement.
            !(range.upperBound..<m.anchor).contains(where: { f.has($0, AC.modal) }),
            // "released a report that warned": the relative's antecedent spoke, as other rules read it.
            !f.isWord(range.upperBound - 1, f.lex.that) && !f.has(range.upperBound - 1, AC.relative),
            // "several of Teigen's tweets questioned", "Inc.'s first earnings call since": a noun the possessive owns.
            !(f.isWord(m.anchor, in: nounLikeCues)
                && (range.lowerBound..<m.anchor).contains(where: { f.isGluedApostrophe($0) && $0 + 4 >= m.anchor }))
        else { return nil }
        // (A wire dateline is no part of the subject: "JOHANNESBURG, March 6 - South Africa's director-general …".)
        let dateline = f.datelineEnd()
        var first = range.contains(dateline) ? dateline : range.lowerBound
        // ("Many in the crowd said": a determiner alone may be the head.)
        while first + 1 < range.upperBound, f.isWord(first, in: subjectDeterminers), !f.isWord(first + 1, in: postmodifierOpeners) {
            first += 1
        }
        // The head: the last word before the first opener, at most eight tokens in ("South Africa's director-general").
        guard let opener = (first..<min(range.upperBound, first + 8)).first(where: { f.isWord($0, in: postmodifierOpeners) }),
            opener > first, opener + 1 < range.upperBound, f.t[opener - 1].isWord,
            (first..<opener).allSatisfy({ f.t[$0].isWord || f.isToken($0, f.lex.hyphen) || f.isGluedApostrophe($0) }),
            !f.isWord(opener - 1, in: f.lex.respondents) || !f.quantities.contains(where: \.isStatistic),
            !((opener + 1)..<range.upperBound).contains(where: { f.isToken($0, f.lex.semicolon) || f.isToken($0, f.lex.openParen)
                || f.isWord($0, Keys.than) }),
            // Without a relative, a verb of its own makes the words a clause: "His campaign for the nomination has been …".
            f.isWord(opener, f.lex.who) || f.isWord(opener, in: f.lex.relatives) || f.isWord(opener, f.lex.that) || f.isWord(opener, Self.whose)
                || !((opener + 1)..<range.upperBound).contains(where: { f.has($0, AC.beForm) || f.has($0, AC.haveForm) || f.has($0, AC.modal) })
        else { return nil }
        let head = opener - 1
        // "Secretary of State for the Economy Guillermo de la Dehesa told": an office with "of", which names read.
        if f.t[head].isCapitalized, f.has(head, AC.title) { return nil }
        // A count of things or people is no speaker: "A disproportionate number of refugees … admitted".
        if f.isWord(head, in: countNouns) { return nil }
        // "James Fry, vice-president of GM Overseas Distribution told a briefing": the role is the name's appositive,
        // and the name speaks.
        if range.lowerBound >= 2, f.isComma(range.lowerBound - 1), f.isNameWord(range.lowerBound - 2), !f.t[range.lowerBound].isCapitalized,
            f.has(head, AC.title) || f.isWord(head, in: f.lex.anonymous)
        {
            guard var named = f.mentionEnding(at: range.lowerBound - 2), named.sourceType == .person else { return nil }
            f.setCue(of: &named, at: m.anchor)
            let start = f.tokenIndex(from: named.sourceSpan?.start ?? 0) ?? range.lowerBound - 2
            return .found(named, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
        }
        // "Shadow leader of the Commons Oliver Heald said", "senior analyst for Merrill Lynch Mario Balletto said": a role
        // with where it is held, then the person's name right before the cue.
        if f.isWord(opener, f.lex.of) || f.isWord(opener, f.lex.forWord) || f.isWord(opener, CueRules.Keys.at),
            var named = f.personClosingOffice(head: head, before: range.upperBound)
        {
            let nameStart = f.tokenIndex(from: named.sourceSpan?.start ?? 0) ?? head
            f.setCue(of: &named, at: m.anchor)
            return .found(named, f.side(frame: nameStart..<(m.anchor + 1), cueEnd: m.anchor))
        }
        // "Many in the crowd", "Some at the meeting": a group pronoun heads a subject of its own here.
        // ("Some of the women said": with "of", the whole short phrase names them.)
        let groupEnd = f.isWord(opener, f.lex.of) && range.upperBound - head <= 5 ? range.upperBound - 1 : head
        let group = head == range.lowerBound && f.isWord(head, in: SourceFinder.groupPronouns)
            ? Attribution(source: f.joinTokens(head..<(groupEnd + 1)), sourceType: .anonymous, cue: nil, sourceSpan: f.span(head...groupEnd),
                          cueSpan: nil, basis: .explicit)
            : nil
        guard var a = group ?? f.subjectMention(endingAt: head) ?? f.plainSubject(endingAt: head),
            // People or a body, not a thing ("The falloff in turnout among …", "His lead in the polls …").
            group != nil || isPeople(head, f) || (a.sourceType == .person && a.basis == .explicit && f.t[head].isCapitalized)
                // (A body by a word of its name or an acronym: not "Authentication involved … a system called Steam".)
                || (a.sourceType == .organization && (f.has(head, AC.organizationWord) || f.isAcronym(head))),
            // (A statement or a survey is read by the document rules: "A statement from the prime minister's office said".)
            !a.sourceType.isDocument,
            let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0), start >= range.lowerBound
        else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }

    static let coordinated = R(
        "coordinated", "\"Wilson praised the plan and said …\", \"… but now said …\": a cue after \"and\" or \"but\" shares the subject of its clause.",
        before: .seq(.word("and", "but", "yet"), auxRun), anchor: speech,
        examples: [
            .fires("Senator Wilson praised the plan and said it would pass.", "Wilson [person] · said"),
            .fires("For that she drew his ire - he called her “weak” and said she had no support.", "he [person] · said"),
            .fires("The IMF said that the authorities' estimates put the damage at $1.3bn, but added that the costs were wider.",
                   "IMF [organization] · added"),
            .fires("US Customs claimed he was a leader but his lawyer, Antony Townsden, told the BBC it was absurd and added that he was poor.",
                   "Antony Townsden [person] · added"),
            .fires("After collecting a trophy, a Mercedes convertible and a cheque for $1.5m, Roger Federer thanked the crowd and said he would return.",
                   "Roger Federer [person] · said"),
            .fires("In reaction, Speaker Nancy Pelosi accused him of ignoring “truth, evidence, data and facts” and said she would not debate.",
                   "Nancy Pelosi [person] · said"),
            .fires("Labour's deputy minister for women Jacqui Smith accused the Lib Dems of false promises and said their sums did not add up.",
                   "Jacqui Smith [person] · said"),
        ]
    ) { ctx, m in
        // The source of the cue just before, when it is this clause's: "he called her “weak” and said …".
        let f = ctx.finder
        // (Not a document that a participle qualified: "replied that Chinese figures showing … are inaccurate and said".)
        if var a = f.outerSource(of: f.earlier.last(where: { $0.rule != documentParticiple.id })), let cue = a.cueSpan,
            let and = f.tokenIndex(from: f.t[m.start].start),
            cue.end <= f.t[and].start,
            let source = a.sourceSpan, source.end <= f.t[and].start, a.basis != .inherited,
            !((f.tokenIndex(from: cue.end) ?? and)..<and).contains(where: { f.has($0, AC.colon) || f.isToken($0, f.lex.semicolon) || f.has($0, AC.dash) })
        {
            f.setCue(of: &a, at: m.anchor)
            return .found(a, .after(m.anchor + 1))
        }
        return mainClauseCue(ctx, m)
    }

    /// The subject of the main clause, with the cue at the anchor ("issued a statement saying", "and said").
    static func mainClauseCue(_ ctx: CueContext, _ m: RuleMatch) -> CueOutcome? {
        let f = ctx.finder
        guard var a = f.mainClauseSubject(before: m.anchor) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        return .found(a, .after(m.anchor + 1))
    }

    static let documentBefore = R(
        "document-before", "A document earlier in the clause: \"a Nomura Research Institute survey released earlier this year showed\", \"A court document filed Thursday says\".",
        anchor: finiteCue,
        examples: [
            .fires("Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey released earlier this year showed.", "Nomura Research Institute [survey] · showed"),
            .not("The new poll counts independent voters who said they would vote."),
            .fires("Exit polls from the primary, which Mr. Trump won easily, showed that 65 percent backed him.", "Exit [poll] · showed"),
            .fires("Many recent studies of the minimum wage, often conducted across state lines, have found little effect.", "Many recent studies of the minimum wage [study] · found"),
            .fires("A random survey conducted by the One America News Network found Trump the winner.", "random survey conducted by the One America News Network [survey] · found"),
            .fires("A statement posted on the company's website said listings are generated by users.", "statement [report] · said"),
            .fires("Figures reported on Sunday suggest that the campaign has money to spare.", "Figures [data] · suggest"),
            .not("The bill called for transit projects totalling 17.8 billion dlrs."),
            .fires("The survey of 1,000 adults conducted last week by Ipsos found 52 percent backed the plan.", "Ipsos [survey] · found"),
            .fires("A POLITICO survey on Tuesday of leading Republican data operatives found both men largely unknown.", "POLITICO [survey] · found"),
            .fires("A report about the integration of immigrants issued over the summer by the Organization for Economic Cooperation and Development noted that a fifth were unemployed.",
                   "Organization for Economic Cooperation and Development [report] · noted"),
            .not("The ruling is the result of trade action launched in 1985 by the Ontario Corn Producers Association that contended subsidies were unfair."),
        ]
    ) { ctx, m in
        let f = ctx.finder
        // "voters who said …": the relative's antecedent spoke (respondents here), not the document.
        guard !f.has(m.anchor - 1 - f.auxCount(before: m.anchor), AC.relative), var a = f.documentBefore(m.anchor) else { return nil }
        f.setCue(of: &a, at: m.anchor)
        let start = f.tokenIndex(from: a.sourceSpan?.start ?? 0) ?? m.anchor
        return .found(a, f.side(frame: start..<(m.anchor + 1), cueEnd: m.anchor))
    }
}
