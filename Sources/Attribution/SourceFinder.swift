import ClaimTraceCore
import TokenRules

/// Finds every source one sentence names. The cue rules (``CueRules``) say where a
/// cue is and where its source stands; the mention grammar (Mentions.swift) reads
/// that source; this type runs them over the sentence and marks what each source
/// covers. Tokens are compared by ``WordKey`` and class bits; text is read from the
/// article bytes only to build the names that go into a record.
final class SourceFinder {
    typealias L = AttributionLexicon
    let t: [Token]
    /// The rule classes of each token (``AC``).
    let c: [TokenClass]
    let n: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let lex: AttributionKeys
    let people: PersonRegistry
    let quantities: [Quantity]
    let view: TokenView
    /// Token ranges strictly inside the sentence's closed quotations: the source's own words. Found when a cue
    /// first asks: most sentences have none.
    private(set) lazy var quoted: [ClosedRange<Int>] = Self.quotations(t, lex)
    /// Hears which rules matched at which cue (`claimtrace rules --explain --trace`).
    var trace: (@Sendable (String) -> Void)?
    /// The sources found so far in the sentence: a participle after an inverted source reports that
    /// source's words ("…, said Jane Doe, adding …").
    private(set) var earlier: [Attribution] = []
    /// The rules' view of the finder (the rule tables are written against this name).
    var finder: SourceFinder { self }

    init(
        tokens: [Token], classes: [TokenClass], bytes: UnsafeBufferPointer<UInt8>, lexicon: AttributionKeys,
        people: PersonRegistry, quantities: [Quantity]
    ) {
        t = tokens
        c = classes
        n = tokens.count
        self.bytes = bytes
        lex = lexicon
        self.people = people
        self.quantities = quantities
        view = TokenView(tokens: tokens, classes: classes, bytes: bytes)
    }

    // MARK: Token tests

    @inline(__always) func has(_ i: Int, _ cls: TokenClass) -> Bool {
        i >= 0 && i < n && c[i].rawValue & cls.rawValue != 0
    }
    /// The key of token `i` when it is a word.
    func word(_ i: Int) -> UInt64? { i >= 0 && i < n && t[i].isWord ? t[i].key : nil }
    func isWord(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < n && t[i].isWord && t[i].key == key }
    func isWord(_ i: Int, in table: WordTable<Bool>) -> Bool {
        i >= 0 && i < n && t[i].isWord && table.contains(t[i].key)
    }
    /// Token `i`, of any kind, is the one with `key` (symbols: ",", "-", quote marks).
    func isToken(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < n && t[i].key == key }
    func isComma(_ i: Int) -> Bool { isToken(i, lex.comma) }
    func isClosingQuote(_ i: Int) -> Bool { i >= 0 && i < n && lex.closingQuotes.contains(t[i].key) }
    func text(_ i: Int) -> String { t[i].text(in: bytes) }
    func isInsideQuotation(_ i: Int) -> Bool { quoted.contains { $0.contains(i) } }

    /// The cue word at `v`, as written in lower case, with its span.
    func setCue(of a: inout Attribution, at v: Int) {
        a.cue = t[v].lower(in: bytes)
        a.cueSpan = span(v...v)
    }

    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < n, t[i].isWord else { return false }
        if t[i].isCapitalized {
            // (A page's label after a first name is a surname: "Ian Read said"; so is any word alone between a quotation's
            // close and the speech verb that ends the sentence: "…,” From said.")
            return !has(i, AC.notName)
                || (i > 0 && lex.labelSurnames.contains(t[i].key) && t[i - 1].isWord && t[i - 1].isCapitalized && !has(i - 1, AC.notName)
                    && !has(i - 1, .allCaps))
                || isSurnameAfterQuotation(i)
        }
        // "Shui-bian": a lowercase part glued by a hyphen to a capitalised one.
        return i >= 2 && t[i - 1].key == lex.hyphen && !t[i - 1].spaceBefore && !t[i].spaceBefore
            && t[i - 2].isCapitalized
    }

    func isSourceNoun(_ key: UInt64) -> Bool {
        lex.documents.contains(key) || lex.anonymous.contains(key) || lex.organizations.contains(key)
    }

    func span(_ range: ClosedRange<Int>) -> TextSpan { TextSpan(t[range.lowerBound].start, t[range.upperBound].end) }

    /// The first token that starts at or after byte `offset`.
    func tokenIndex(from offset: Int) -> Int? { t.firstIndex { $0.start >= offset } }
    /// The last token that ends at or before byte `offset`.
    func tokenIndex(endingBy offset: Int) -> Int? { t.lastIndex { $0.end <= offset } }

    // MARK: The sentence

    /// Every source the sentence names, in the order of their cues, each with what it covers.
    func findAll() -> [Attribution] {
        registerTitledNames()
        var found: [Found] = []
        // Tokens an earlier source or cue took; allocated at the first source, since most sentences have none.
        var taken: [Bool] = []
        for v in 0..<n where has(v, CueRules.anchors) && (taken.isEmpty || !taken[v]) {
            // Words inside a closed quotation are the source's, not cues: "\"Citicorp is saying …,\" Berger said".
            if has(v, AC.cue), isInsideQuotation(v) { continue }
            let tracer: ((String, Bool) -> Void)? = trace.map { hear in { id, built in hear("  cue \"\(self.text(v))\" #\(v): \(id) \(built ? "built" : "matched, refused")") } }
            guard let (rule, outcome, m) = CueRules.table.first(at: v, in: view, context: self, trace: tracer) else { continue }
            guard case .found(var a, let side) = outcome else { continue }
            a.rule = rule.id
            // Initials joined by "and" name a firm: "S and P said", "P and G".
            if a.sourceType == .person, a.source.utf8.count <= 7, a.source.split(separator: " ").allSatisfy({ $0.count == 1 || $0 == "and" || $0 == "&" }) {
                a.sourceType = .organization
            }
            // One word taken for an organisation that goes on about "he" or "she" is a person: "Pence said he would …".
            // (Not a word after "the": "the Scot said he …" names no one.)
            if a.sourceType == .organization, !a.source.contains(" "), let cue = a.cueSpan, let c = tokenIndex(from: cue.start),
                let mention = a.sourceSpan, let m0 = tokenIndex(from: mention.start), !has(m0, AC.article), !has(m0 - 1, AC.article)
            {
                let next = isWord(c + 1, lex.that) ? c + 2 : c + 1
                if isWord(next, in: lex.pronouns) { a.sourceType = .person }
            }
            // One mention is one source per cue; a cue inside an earlier source ("the reported figures") is not new.
            if let s = a.sourceSpan, found.contains(where: { $0.attribution.sourceSpan == s && $0.attribution.cueSpan == a.cueSpan }) {
                continue
            }
            if taken.isEmpty { taken = [Bool](repeating: false, count: n) }
            for k in m.start..<m.end where k < n {
                if let span = a.sourceSpan, t[k].start >= span.start, t[k].end <= span.end { taken[k] = true }
                if let cue = a.cueSpan, t[k].start >= cue.start, t[k].end <= cue.end { taken[k] = true }
            }
            // The frame runs from the mention's first token (the pattern may have captured only its last) to the
            // end of the match.
            var frameStart = m.start
            if let s = a.sourceSpan, let first = tokenIndex(from: s.start), first < frameStart { frameStart = first }
            found.append(Found(attribution: a, side: side, frame: frameStart..<max(m.end, frameStart + 1)))
            earlier.append(a)
            // Who asked a question is not who "she said" next means ("Asked by Matt Lauer …, she said").
            remember(a, asSubject: rule.id != CueRules.askedBy.id)
        }
        found.sort { ($0.attribution.cueSpan?.start ?? 0) < ($1.attribution.cueSpan?.start ?? 0) }
        return cover(found)
    }

    /// The source whose reported clause holds `a`'s mention, when one does ("The IMF said that the estimates have put
    /// …, but added": the IMF added), else `a`. Nested means an earlier cue before the mention with no ", and" or
    /// ", but" between them.
    func outerSource(of a: Attribution?) -> Attribution? {
        guard let a, let start = a.sourceSpan?.start, let m0 = tokenIndex(from: start) else { return a }
        let outer = earlier.first { o in
            guard let cue = o.cueSpan, let c = tokenIndex(from: cue.start), c < m0, o.sourceSpan != a.sourceSpan else { return false }
            // (", and", ", but", or a "but" or "while" alone opens a clause of its own: "US Customs claimed … but his lawyer
            // told …".)
            return !(c..<m0).contains { (isComma($0) && isWord($0 + 1, in: lex.clauseJoints)) || isWord($0, in: Self.clauseOpeningJoints) }
                && !(c..<m0).contains { has($0, AC.period) || isToken($0, lex.semicolon) }
        }
        return outer ?? a
    }

    static let clauseOpeningJoints = WordTable(["but", "while", "whereas", "although", "though", "yet"])

    /// What the registry learns from a source: names for surnames and "the company", the speaker
    /// "he" will mean, the group "they" will mean, the body "it" will mean.
    func remember(_ a: Attribution, asSubject: Bool = true) {
        if asSubject {
            if a.sourceType == .person, a.basis == .explicit, isPersonalPronoun(a.source) {
                people.noteUnknownSubject()  // "He said …" with nobody behind "he"
            } else if a.sourceType == .person, a.source.startsWithCapital {
                // (A description is no name whose words stand for it: "Nintendo Europe's general manager" is not "Nintendo".)
                if a.basis == .explicit { people.register(a.source, asName: !a.source.endsWithLowercaseWord) }
                if a.source != "I" { people.noteSubject(a.source, title: a.title) }
            } else if a.sourceType == .anonymous || (a.sourceType == .person && !a.source.startsWithCapital), a.basis != .inherited,
                lex.describedSpeakers.contains(WordKey.of(a.source.lastWord.utf8))
            {
                people.noteSubject(a.source, described: true)  // "A Federal Reserve spokesman told …"
            }
        }
        if a.sourceType == .organization, a.basis == .explicit, a.source.startsWithCapital {
            people.registerOrganization(a.source, lexicon: lex)
        }
        if a.sourceType == .organization, a.basis == .explicit || a.basis == .resolved, a.source.startsWithCapital {
            people.noteCompanySpeaker(a.source, lexicon: lex)
        }
        if a.sourceType == .anonymous, a.basis == .explicit, let end = a.sourceSpan?.end, end > 0,
            bytes[end - 1] == UInt8(ascii: "s")
        {
            people.noteGroup(a.source)  // what "they said" will mean next
        }
        // "Figures released on Monday showed …": "it" is not these; it stays what it was.
        let pluralDocument = a.sourceType.isDocument && a.basis == .explicit && !a.source.contains(" ") && a.source.utf8.last == UInt8(ascii: "s")
        if !pluralDocument, a.sourceType != .person, a.sourceType != .anonymous, a.source.startsWithCapital {
            people.noteBody(a.source, type: a.sourceType)  // what "it said" will mean next
        }
    }

    private func isPersonalPronoun(_ source: String) -> Bool {
        lex.pronouns.contains(WordKey.of(source.utf8))
    }

    struct Found {
        var attribution: Attribution
        var side: ContentSide
        /// The tokens the rule matched (source, cue and the words between).
        var frame: Range<Int>
    }

    /// Sets each source's `covers` (what it is the source of), `quote` and `content`.
    func cover(_ found: [Found]) -> [Attribution] {
        var out: [Attribution] = []
        for (k, f) in found.enumerated() {
            var a = f.attribution
            var from: Int
            var to: Int
            switch f.side {
            case .after(let first):
                // From the cue to the next source's frame, or the end of the sentence; a frame that opens
                // the covered words is nested ("Jane Okoro: The figures show …") and covered with them. A
                // later cue whose subject came first ("Barkley, who said he votes …, said …") ends it too.
                from = first
                to = n
                for later in found[(k + 1)...] {
                    let next = later.frame.lowerBound
                    if next >= first {
                        let nested = (first..<next).allSatisfy { t[$0].kind == .symbol || isWord($0, lex.that) }
                        if !nested { to = min(to, next) }
                    } else if let cue = later.attribution.cueSpan, let c = tokenIndex(from: cue.start), c > first {
                        to = min(to, c - auxCount(before: c))
                    }
                }
                // After "told", who heard it is not what was said: "told Reuters that …", "told reporters on Monday".
                if let cue = a.cueSpan, let v = tokenIndex(from: cue.start), has(v, AC.listener) { from = listenerEnd(after: v) }
                // "the 3.5% growth rate that economists had forecast ahead of …": a cue with nothing said after it
                // reports the noun phrase its relative clause hangs on.
                if let antecedent = relativeAntecedent(of: a, contentFrom: first) {
                    from = antecedent.lowerBound
                    to = antecedent.upperBound
                }
            case .before(let last):
                // From the previous source's frame (or the start) up to this one.
                from = 0
                to = last
                if k > 0, found[k - 1].frame.upperBound <= last { from = found[k - 1].frame.upperBound }
                // ("more than the £100m analysts had expected, would …": the sum the clause hangs on.)
                if let first = a.cueSpan.flatMap({ tokenIndex(from: $0.end) }), let antecedent = relativeAntecedent(of: a, contentFrom: first),
                    let m0 = a.sourceSpan.flatMap({ tokenIndex(from: $0.start) }), inSum(m0 - 1)
                {
                    from = antecedent.lowerBound
                    to = antecedent.upperBound
                }
            case .within(let first, let last):
                from = first
                to = last
            }
            to = max(0, min(n, to))
            from = max(0, min(from, to))
            let raw = from..<to
            // Trim what frames a report but is not reported: "that", colons, commas, quote marks, "and".
            // (Not a figure's own sign: "sales rose 10.7%.", "profit was $5m", "5%, the company said".)
            while from < to, (t[from].kind == .symbol && !inFigure(from)) || isWord(from, lex.that) || isWord(from, lex.and) { from += 1 }
            // (Nor the article of the next source's subject: "…, and the [American Civil Liberties Union] has sued".)
            // (And the relative pronoun that opens the next source's clause: "the earthquake which [the government said …]".)
            while to > from, (t[to - 1].kind == .symbol && !inFigure(to - 1)) || isWord(to - 1, lex.and) || has(to - 1, AC.article)
                || (to == raw.upperBound && to < n && (has(to - 1, AC.relative) || isWord(to - 1, lex.that)))
            {
                to -= 1
            }
            if from < to { a.covers = TextSpan(t[from].start, t[to - 1].end) }
            // After the cue, a quotation is the source's words only when they open with it ("said: “…”", "said “…");
            // one later in the sentence belongs to whoever is named after it.
            var opensBy: Int?
            if case .after = f.side { opensBy = raw.lowerBound + 2 }
            a = quoteKind(a, within: raw, opensBy: opensBy)
            out.append(a)
        }
        return out
    }

    /// The noun phrase before "that" or "which" whose relative clause holds the source and the cue, when nothing is
    /// said after the cue (a preposition, an adverb or the end follows): "the 3.5% growth rate that economists had
    /// forecast ahead of …", "the 3.9 billion dlrs which analysts expected." At most seven tokens, back to an article,
    /// a preposition or a comma.
    func relativeAntecedent(of a: Attribution, contentFrom first: Int) -> Range<Int>? {
        guard first >= n || t[first].kind == .symbol || isPreposition(first) || isWord(first, in: lex.timeAfterNouns)
            || isWord(first, lex.ahead) || (has(first, AC.article) && isWord(first + 2, in: lex.timeAfterNouns))  // "a month ago"
            || gapClause(from: first),
            let mention = a.sourceSpan, let m0 = tokenIndex(from: mention.start), m0 >= 2,
            // (Or no "that": "more than the £100m analysts had expected", "the 3.1% the government estimated".)
            isWord(m0 - 1, lex.that) || isWord(m0 - 1, lex.which) || inSum(m0 - 1)
        else { return nil }
        let end = inSum(m0 - 1) ? m0 : m0 - 1
        var start = end
        while start > max(0, end - 7) {
            let k = start - 1
            if t[k].kind == .symbol, !inFigure(k) { break }
            if isPreposition(k) || has(k, AC.cue) || isWord(k, in: lex.auxiliaries) { break }
            start = k
            if has(k, AC.article) { break }
        }
        // Only a phrase that holds a figure.
        guard start < end, (start..<end).contains(where: { t[$0].isNumber }) else { return nil }
        return start..<end
    }

    /// A short clause after a cue whose object is the relative clause's antecedent: "the $20bn that Yukos advisers say
    /// [it is worth]", "the 3% they said [it was]".
    func gapClause(from first: Int) -> Bool {
        guard first < n, isWord(first, in: lex.pronouns) || isWord(first, lex.it) || isWord(first, lex.they) else { return false }
        let end = (first..<n).first(where: { t[$0].kind == .symbol }) ?? n
        guard end - first >= 2, end - first <= 4 else { return false }
        return isWord(end - 1, Self.worth) || has(end - 1, AC.beForm)
    }
    static let worth = WordKey.of("worth")

    /// The token after the listener of "told" ("told Reuters", "told reporters in Tokyo that"): the first
    /// "that", comma, colon or quote mark within six tokens, else past the names and pronoun after the verb.
    func listenerEnd(after v: Int) -> Int {
        if let mark = ((v + 1)..<min(n, v + 7)).first(where: { isWord($0, lex.that) || has($0, AC.comma.union(AC.colon).union(AC.openingQuote)) }) {
            return mark + 1
        }
        var k = v + 1
        while k < n, isNameWord(k) || has(k, AC.article) || isWord(k, in: lex.objectPronouns)
            || (k > v + 1 && isGluedApostrophe(k) && isWord(k + 1, lex.s) && isNameWord(k + 2))  // "told France's LCI Television"
        {
            k += isGluedApostrophe(k) ? 2 : 1
        }
        if k < n, k == v + 1 || has(k - 1, AC.article), t[k].isWord { k += 1 }  // "told reporters"
        else if k < n, k > v + 1, isWord(k, in: Self.mediaNouns) { k += 1 }  // "told the BBC Today programme"
        return k
    }
    /// What a newsroom's name may end in after "told": "the BBC Today programme", "the Financial Times newspaper".
    static let mediaNouns = WordTable(["programme", "program", "show", "newspaper", "paper", "website", "channel", "radio", "television",
                                       "magazine", "station", "network", "podcast", "agency", "daily", "weekly"])

    /// After "told" and who heard it, nothing but an adverbial of up to three words and the end: what was said came
    /// before ("…,” he told France's LCI Television.", "…,” Mark Hamilton told BBC News on Tuesday.").
    func listenerCloses(_ v: Int) -> Bool {
        guard has(v, AC.listener) else { return false }
        let end = listenerEnd(after: v)
        guard end > v + 1, end <= n, !(v + 1..<end).contains(where: { isWord($0, lex.that) || has($0, AC.colon.union(AC.openingQuote).union(AC.comma)) })
        else { return false }
        let rest = (end..<n).filter { t[$0].isWord || t[$0].isNumber }
        if rest.isEmpty { return true }
        // (A pronoun opens the reported clause: "told reporters they felt abandoned".)
        return rest.count <= 3 && !has(rest[0], AC.subjectPronoun)
            && (isWord(rest[0], in: lex.objectPrepositions) || isWord(rest[0], lex.inWord) || has(rest[0], AC.notName))
            && !(end..<n).contains(where: { has($0, AC.comma) })
    }

    /// Direct when a quotation of four words or more lies in what the source covers; indirect for speech.
    func quoteKind(_ attribution: Attribution, within range: Range<Int>, opensBy: Int? = nil) -> Attribution {
        var a = attribution
        let speech = a.cue.map { lex.speechVerbs.contains(WordKey.of($0)) || $0 == "quoted as saying" } ?? false
        if let content = quotedContent(within: range, opensBy: opensBy),
            t.lazy.filter({ $0.isWord && $0.start >= content.start && $0.end <= content.end }).count >= 4,
            speech || a.cue == ":" || a.cue == "—"
        {
            // Fewer than four quoted words are scare quotes ("XX fellow travelers"), not the source's words.
            a.quote = .direct
            a.content = content
            a.covers = content
        } else if speech {
            a.quote = .indirect
        }
        return a
    }

    /// The quoted words in `range`: from its first opening quote mark to its last closing one; or, when the
    /// sentence only closes a quote opened before, everything up to that mark.
    func quotedContent(within range: Range<Int>, opensBy: Int? = nil) -> TextSpan? {
        let lo = max(0, range.lowerBound - 1)
        let hi = min(n, range.upperBound + 1)
        guard lo < hi else { return nil }
        let window = lo..<hi
        guard let open = window.first(where: { t[$0].kind == .symbol && (t[$0].key == lex.straightQuote || t[$0].key == lex.leftQuote || t[$0].key == lex.rightQuote) })
        else { return nil }
        if let opensBy, open > opensBy { return nil }
        guard let close = window.last(where: { t[$0].kind == .symbol && (t[$0].key == lex.straightQuote || t[$0].key == lex.rightQuote) })
        else { return nil }
        if opensBy != nil {
            // "Rato warned: “Many people … (the quotation runs on into the next sentence): from the mark to the end.
            if close == open {
                var end = hi - 1
                while end > open, t[end].kind == .symbol { end -= 1 }
                return end > open ? TextSpan(t[open + 1].start, t[end].end) : nil
            }
            // A quoted term with the sentence going on after it is a term, not the source's words: "reported that
            // “proximity payment transaction values” totaled an estimated $1.6 billion".
            if ((close + 1)..<hi).lazy.filter({ self.t[$0].isWord }).count >= 3 { return nil }
        }
        if close == open, open > 1, t[open].key != lex.leftQuote {
            var end = open - 1
            while end > 0, t[end].kind == .symbol, t[end].key == lex.comma || t[end].key == lex.period { end -= 1 }
            return TextSpan(t[0].start, t[end].end)
        }
        guard close > open + 1 else { return nil }
        var end = close - 1
        while end > open, t[end].kind == .symbol, t[end].key == lex.comma || t[end].key == lex.period { end -= 1 }
        return TextSpan(t[open + 1].start, t[end].end)
    }

    /// Closed quotations of the sentence, as the token ranges strictly inside their marks.
    static func quotations(_ t: [Token], _ lex: AttributionKeys) -> [ClosedRange<Int>] {
        /// A double quote mark that opens: curly or low opening marks, or a straight one with space before it.
        func opening(_ i: Int) -> Bool {
            guard t[i].kind == .symbol else { return false }
            let k = t[i].key
            if k == lex.leftGuillemet || k == lex.lowQuote { return true }
            // A left quote glued to the word before it closes (“It's unusual,“ said …), but one glued to the
            // word after it opens (Ryan said,“Look …).
            return (k == lex.straightQuote || k == lex.leftQuote) && (i == 0 || t[i].spaceBefore || t[i - 1].key == lex.openParen)
                || (k == lex.leftQuote && i + 1 < t.count && !t[i + 1].spaceBefore && t[i + 1].kind != .symbol)
        }
        func closing(_ i: Int) -> Bool {
            guard t[i].kind == .symbol else { return false }
            let k = t[i].key
            if k == lex.rightQuote || k == lex.rightGuillemet { return true }
            return (k == lex.straightQuote || k == lex.leftQuote) && i > 0 && !t[i].spaceBefore && !opening(i)
        }
        /// Inside a quotation, a straight quote typed with a space after the closing punctuation closes it
        /// ("I think it's a disgrace, " Trump said; "… 'above the president,' " said Khin Zaw Win).
        func spacedClosing(_ i: Int) -> Bool {
            t[i].key == lex.straightQuote && i > 0 && lex.spacedCloseAfter.contains(t[i - 1].key)
                && (i + 1 == t.count || t[i + 1].spaceBefore)
        }
        var out: [ClosedRange<Int>] = []
        var i = 0
        // A sentence that goes on with a quote opened before it: its words up to the closing mark are quoted.
        if let first = t.indices.first(where: { opening($0) || closing($0) }), first > 0, closing(first) {
            out.append(0...(first - 1))
            i = first + 1
        }
        while i < t.count {
            guard opening(i) else {
                i += 1
                continue
            }
            let open = i
            var close = open + 1
            while close < t.count, !closing(close), !spacedClosing(close) { close += 1 }
            if close > open + 1 { out.append((open + 1)...(close - 1)) }  // unclosed: quoted to the end
            i = close + 1
        }
        return out
    }

    // MARK: Helpers of the cue rules

    /// Whether token `k` is part of a sum of money or a percentage: a noun phrase does not run back into one.
    func inSum(_ k: Int) -> Bool {
        figure(covering: k).map { $0.kind == .money || $0.kind == .percent } ?? false
    }

    /// Whether token `k` is part of a figure the tagger found.
    func inFigure(_ k: Int) -> Bool { figure(covering: k) != nil }

    /// The figure the tagger found that token `k` is part of.
    private func figure(covering k: Int) -> Quantity? {
        guard k >= 0, k < n else { return nil }
        return quantities.first { $0.span.start <= t[k].start && t[k].end <= $0.span.end }
    }

    /// Whether the words right before token `k` are a link ("… agree. pic.twitter.com/Oqct — Paul Ryan"): an
    /// embedded post's signature follows it.
    func followsLink(_ k: Int) -> Bool {
        var e = t[k].start
        while e > 0, bytes[e - 1] == 0x20 { e -= 1 }
        var s = e
        while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] != 0x0A { s -= 1 }
        let chunk = bytes[s..<e]
        return chunk.starts(with: "pic.twitter.com/".utf8) || chunk.starts(with: "http://".utf8) || chunk.starts(with: "https://".utf8)
    }

    /// How many auxiliaries and -ly adverbs stand right before token `v`.
    func auxCount(before v: Int) -> Int {
        var k = v - 1
        while has(k, AC.auxiliary.union(AC.lyAdverb)), !t[k].isCapitalized { k -= 1 }
        return v - 1 - k
    }

    /// Which side of a source's frame its words are on. A frame that opens the sentence, or a cue followed
    /// by a clause ("said it would …", "said, “…”", "said:"), reports what follows; a cue that only has
    /// adverbials after it ("…, the company said on Thursday.") reports what came before.
    func side(frame: Range<Int>, cueEnd: Int) -> ContentSide {
        var k = cueEnd + 1
        // (Only an article before the frame is the subject's own: "The Times reported …" opens the sentence.)
        guard frame.lowerBound > 0, (0..<frame.lowerBound).contains(where: { t[$0].kind != .symbol && !has($0, AC.article) }) else { return .after(k) }
        // "reported on Tuesday that …", "said in a statement that …": an adverbial, then the reported clause (the
        // adverbial goes with it, as it does at the start of a sentence).
        if let that = ((cueEnd + 1)..<min(n, cueEnd + 8)).first(where: { isWord($0, lex.that) || has($0, AC.comma) || has($0, AC.period) }),
            isWord(that, lex.that), that > cueEnd + 1
        {
            return .after(k)
        }
        if listenerCloses(cueEnd) { return .before(frame.lowerBound) }
        // "…, while analysts expected 3 percent": a frame that opens a clause of its own reports what follows.
        let before = frame.lowerBound - 1
        // "Sales rose 5 pct, as analysts expected.": "as" and a cue closing the sentence look back.
        if isWord(before, lex.asWord), ((cueEnd + 1)..<n).allSatisfy({ t[$0].kind == .symbol }) { return .before(before) }
        if isWord(before, in: lex.clauseJoints) || isWord(before, in: lex.subordinators) || isWord(before, lex.that)
            || has(before, AC.colon)
        {
            return .after(k)
        }
        if k < n, has(k, AC.colon) { return .after(k) }
        // "had shown “Chinese ships selling oil … 30 times since October.”": a quotation right after the cue.
        if k < n, has(k, AC.openingQuote) { return .after(k) }
        if k < n, has(k, AC.comma), k + 1 < n, has(k + 1, AC.openingQuote) || isWord(k + 1, lex.that) { return .after(k) }
        // A source set off by commas inside the sentence ("Six months ago, the senator said, the media …") reports
        // the clause that goes on after it, unless a conjunction opens that clause ("…, while analysts …").
        // (Not a participle after the comma: "…, the report said, quoting a Gelco spokesman.")
        if k + 1 < n, has(k, AC.comma), t[k + 1].isWord, !has(k + 1, AC.clauseJoint), !isWord(k + 1, in: lex.subordinators),
            !endsIn(k + 1, "ing"), ((k + 1)..<n).filter({ t[$0].isWord }).count >= 3
        {
            return .after(k + 1)
        }
        if k < n, isWord(k, lex.that) || t[k].isNumber { return .after(k) }
        // "the earthquake which the government said will cause …": a modal opens the reported clause whose subject the
        // relative pronoun stands for.
        if k < n, has(k, AC.modal) { return .after(k) }
        // "expects to see a deficit of …", "plans to cut 5 percent": an infinitive is what is reported.
        if isWord(k, lex.to), k + 1 < n, t[k + 1].isWord, has(k + 1, .lowercase), !has(k + 1, AC.article), !isWord(k + 1, in: lex.objectPronouns),
            !isWord(k + 1, in: lex.pronouns), !isWord(k + 1, lex.they)
        {
            return .after(k)
        }
        // "…, according to the Association of Physical Fitness Centers, which estimates …": a relative clause goes with
        // the source; what it reports is before.
        if isWord(k, lex.who) || isWord(k, lex.which), !has(k - 1, AC.cue) { return .before(frame.lowerBound) }  // (not "can tell which …")
        var words = 0
        var adverbial = false
        while k < n {
            if t[k].kind == .symbol {
                let apostrophe = !t[k].spaceBefore && k + 1 < n && !t[k + 1].spaceBefore && t[k + 1].isWord  // "Trump’s"
                if !apostrophe, has(k, AC.comma) || has(k, AC.period) || has(k, AC.closingQuote) { break }
                k += 1
                continue
            }
            if words == 0 {
                // "said on Thursday", "said in a statement", "said Tuesday", "said yesterday".
                adverbial = isWord(k, in: lex.objectPrepositions) || isWord(k, lex.inWord) || isWord(k, in: lex.clauseOpeners)
                    || (t[k].isCapitalized && has(k, AC.notName)) || has(k, AC.auxiliary)
                // "found over 2,200 emails", "put about 40 percent": a hedge before a figure, not "said over the weekend".
                if adverbial, isWord(k, in: lex.figureHedges), k + 1 < n, t[k + 1].isNumber || isToken(k + 1, lex.dollar) { adverbial = false }
            }
            words += 1
            k += 1
        }
        // After an adverbial a clause may follow with its own subject and verb: "said last month Thailand could achieve
        // five pct", "said on June One it will redeem 64 mln dlrs" (not "said in a statement issued on Monday").
        if adverbial, words >= 3, clauseFollows(from: cueEnd + 1, to: k) { return .after(cueEnd + 1) }
        return words >= 2 && !adverbial ? .after(cueEnd + 1) : .before(frame.lowerBound)
    }

    /// Whether tokens `from..<to` hold a subject (a pronoun, a name or a determiner) with a finite auxiliary within
    /// three words after it ("Thailand could", "it will", "sales were").
    func clauseFollows(from: Int, to: Int) -> Bool {
        for s in from..<to where t[s].isWord && (isWord(s, in: lex.pronouns) || isWord(s, lex.it) || isWord(s, lex.they)
            || has(s, AC.article) || (t[s].isCapitalized && !has(s, AC.notName)))
        {
            if ((s + 1)..<min(to, s + 4)).contains(where: { has($0, AC.beForm) || isWord($0, in: CueRules.finiteAuxiliaries) }) { return true }
        }
        return false
    }

    /// Names after a title ("former president Chen Shui-bian") are people, even when they say nothing here.
    func registerTitledNames() {
        var i = 0
        while i < n {
            if has(i, AC.title), !lex.untitledHeads.contains(t[i].key), isNameWord(i + 1),
                !t[i + 1].isCapitalized || !has(i + 1, AC.title)
            {
                var j = i + 1
                while isNameWord(j) || (isToken(j, lex.hyphen) && isNameWord(j + 1)) || isInitialDot(j) { j += 1 }
                let words = (i + 1)..<j
                if words.count >= 2, !words.contains(where: { has($0, AC.organizationWord) }) {
                    let name = joinTokens(words)
                    people.register(name)
                    if i <= 3 { people.noteSubject(name) }  // "NATO chief Jens Stoltenberg spoke …"
                }
                i = j
            } else {
                i += 1
            }
        }
    }
}

/// Which side of its frame a source's words are on.
enum ContentSide {
    /// After the cue, from this token: "She said [the repairs would cost $48 million]."
    case after(Int)
    /// Before the frame, up to this token: "[We lose 30 million litres a day]," said Ana Ferreira.
    case before(Int)
    /// Between these tokens, a phrase set off inside the sentence: "Despite polls showing [her well behind], Clinton …".
    case within(Int, Int)
}

/// What a cue rule builds: a source and where its words are, or the finding that the word is no cue here.
enum CueOutcome {
    case found(Attribution, ContentSide)
    case notACue
}

/// What a cue rule's build sees: the finder, with the sources found earlier in the sentence.
typealias CueContext = SourceFinder
