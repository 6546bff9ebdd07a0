import ClaimTraceCore
import TokenRules

/// The mention grammar: from where a cue rule says a source stands, the source's name, type, title
/// and resolution. Names are runs of capitalised words (with "of", "and", hyphens, initials and
/// apostrophes inside), titles split off; common nouns are sources when their head is a source noun
/// (officials, the ministry, a survey).
extension SourceFinder {
    /// "of", "for", "and" inside an organisation's name: "National Association of Realtors",
    /// "Bureau of Labor Statistics". True when token `i` is such a joint and the name that starts at
    /// `from` and goes on after it has an organisation word.
    func joinsOrganizationName(at i: Int, from start: Int) -> Bool {
        guard i > start, isWord(i, in: lex.nameJoints), isNameWord(i + 1), isNameWord(i - 1) else { return false }
        var e = i + 1
        while isNameWord(e + 1) { e += 1 }
        return (max(0, start)...e).contains { lex.organizationWords.contains(t[$0].key) }
    }

    /// "Pierre de Vos", "Ursula von der Leyen": a lowercase particle (or two) at `i`, with more of the name beyond
    /// it in the direction `step` (-1 reading back, 1 reading on).
    func joinsNameParticle(at i: Int, step: Int) -> Bool {
        guard isWord(i, in: lex.nameParticles), !t[i].isCapitalized else { return false }
        return isNameWord(i + step) || (isWord(i + step, in: lex.nameParticles) && isNameWord(i + 2 * step))
    }

    /// Two words or more after the colon at `k`: what a speaker says, not a score ("Hillary Clinton: 1,769.").
    func wordsFollow(_ k: Int) -> Bool {
        var words = 0
        for i in (k + 1)..<max(k + 1, n) where t[i].isWord {
            words += 1
            if words == 2 { return true }
        }
        return false
    }

    /// "of", "in" and the prepositions that take an object ("with", "for", "to" …): a name after one is no subject.
    func isPreposition(_ i: Int) -> Bool {
        isWord(i, in: lex.objectPrepositions) || isWord(i, lex.of) || isWord(i, lex.inWord)
    }

    /// "Economic and Fiscal Policy Minister Heizo Takenaka": an "and" inside an office, which a title
    /// word closes a few words later (unlike "Jonathan Wolpaw and Dennis McFarlane").
    func joinsOffices(at i: Int) -> Bool {
        isWord(i, lex.and) && isNameWord(i - 1) && isNameWord(i + 1)
            && ((i + 1)..<min(n, i + 5)).contains { isNameWord($0) && has($0, AC.title) }
    }

    /// The organisation named at the start of the sentence (after "The" or a dateline), if it ends before `k`.
    func openingOrganization(before k: Int) -> Attribution? {
        var s = 0
        if let dash = t.prefix(12).firstIndex(where: { $0.key == lex.hyphen && $0.spaceBefore }), dash + 1 < k { s = dash + 1 }
        if isWord(s, in: lex.articles) { s += 1 }
        guard isNameWord(s) else { return nil }
        var e = s
        while e + 1 < k, isNameWord(e + 1) || joinsOrganizationName(at: e + 1, from: s) { e += 1 }
        // (A name with no organisation word counts when it has already spoken as a body: "Boeing said … Boeing
        // apologised - although it claimed …".)
        if !(s...e).contains(where: { has($0, AC.organizationWord) || isAcronym($0) }) {
            guard let a = named(start: s, end: e + 1), people.isKnownBody(a.source) else { return nil }
            var body = a
            body.sourceType = people.type(of: a.source)
            return body
        }
        return named(start: s, end: e + 1).flatMap { $0.sourceType == .organization ? $0 : nil }
    }

    /// "tentatively", "publicly": an adverb in -ly between a subject and its verb.
    func isAdverb(_ i: Int) -> Bool {
        i >= 0 && i < n && t[i].isWord && t[i].count >= 5 && bytes[(t[i].end - 2)..<t[i].end].elementsEqual("ly".utf8)
            && !lex.lyNouns.contains(t[i].key)
    }

    /// The apostrophe inside "O’Neill", "Le’Veon": glued on both sides.
    /// An apostrophe, curly or straight.
    func isApostrophe(_ i: Int) -> Bool { isToken(i, lex.apostrophe) || isToken(i, lex.straightApostrophe) }

    func isGluedApostrophe(_ i: Int) -> Bool {
        isApostrophe(i) && !t[i].spaceBefore && i + 1 < n
            && !t[i + 1].spaceBefore
    }

    /// The period of a middle initial, an abbreviated title or a dotted acronym inside a name: "Timothy D.
    /// Cook", "Mr. Hale", "Gov. John Kasich", "the U.S. Judicial Conference".
    func isInitialDot(_ i: Int) -> Bool {
        guard isToken(i, lex.period), !t[i].spaceBefore, i >= 1, t[i - 1].isWord, t[i - 1].isCapitalized, isNameWord(i + 1)
        else { return false }
        return t[i - 1].count == 1 || has(i - 1, AC.title) || bytes[t[i - 1].start..<t[i - 1].end].contains(UInt8(ascii: "."))
    }

    /// "NATO", "U.N": two to six capitals and dots.
    func isAcronym(_ i: Int) -> Bool {
        t[i].isWord && t[i].count >= 2 && t[i].count <= 6
            && bytes[t[i].start..<t[i].end].allSatisfy { ($0 >= 65 && $0 <= 90) || $0 == UInt8(ascii: ".") }
    }

    func isNationality(_ i: Int) -> Bool {
        guard i >= 0, i < n, t[i].isWord, t[i].isCapitalized else { return false }
        let w = text(i)
        return w.hasSuffix("an") || w.hasSuffix("ese") || w.hasSuffix("ish") || w.hasSuffix("i") || w == "US"
            || w == "U.S" || w == "UK" || w == "EU" || w == "French" || w == "Dutch" || w == "Greek" || w == "Thai"
            || w == "Soviet" || w == "Swiss" || w == "Czech" || w == "Yugoslav" || w == "Welsh" || w == "Filipino"
            || w == "Argentine" || w == "Philippine"
    }

    func joinTokens(_ range: Range<Int>) -> String {
        var utf8: [UInt8] = []
        for k in range {
            if k > range.lowerBound, t[k].spaceBefore { utf8.append(0x20) }
            utf8.append(contentsOf: bytes[t[k].start..<t[k].end])
        }
        return String(decoding: utf8, as: UTF8.self)
    }


    /// The mention is the subject of the reported clause, not an inverted source: "Jeff Randall,
    /// said the banks could yet step in" (a verb follows the mention).
    func startsClause(after a: Attribution) -> Bool {
        guard let end = a.sourceSpan?.end, let next = tokenIndex(from: end) else { return false }
        // A contraction goes on with a verb: "said he’s …", "said they’ll …".
        if isApostrophe(next) && !t[next].spaceBefore { return true }
        guard t[next].isWord, !t[next].isCapitalized else { return false }
        // What qualifies a source noun: "said a source close to the campaign", "said a person familiar with …".
        if lex.sourceQualifiers.contains(t[next].key) { return false }
        if isWord(next, in: lex.modals) || isWord(next, in: lex.beForms) || isWord(next, in: lex.haveForms)
            || lex.cueRoles[t[next].key] != nil
        {
            return true
        }
        // Adverbs, prepositions and relatives may follow an inverted source ("said the company yesterday",
        // "said Ana Ferreira in a statement", "said Wim Moret of Banque Paribas", "said Jane Doe, who …").
        if isWord(next, in: lex.auxiliaries) || isWord(next, in: lex.subjectPrepositions) || isWord(next, in: lex.clauseOpeners)
            || isWord(next, in: Self.placePrepositions)
            || (isWord(next, in: lex.subordinators) && !isWord(next, lex.that))
            || isWord(next, in: lex.relatives) || isWord(next, lex.who) || isWord(next, in: lex.nameJoints)
            || isWord(next, in: lex.afterNouns) || isWord(next, in: lex.clauseJoints)
        {
            return false
        }
        // A name may be followed by what it is, up to the end of the clause ("says the Nationwide building
        // society."); more words are the reported clause ("said German rates were among the lowest").
        // After a common noun, another lowercase word is its verb ("said the banks cluster").
        guard let start = a.sourceSpan?.start, let first = tokenIndex(from: start), t[first].isCapitalized
        else { return true }
        var k = next
        while k < n, k < next + 3, t[k].isWord, !t[k].isCapitalized { k += 1 }
        return !(k == n || isComma(k) || isToken(k, lex.period))
    }

    /// Where or how the source spoke, after an inverted name: "said Carly Fiorina during the GOP debate", "said Jane Doe
    /// outside the courthouse", "said Ana Ferreira by phone".
    static let placePrepositions = WordTable(["during", "outside", "inside", "near", "via", "by", "through", "amid", "following",
                                              "ahead", "despite", "alongside", "behind"])

    /// The person named after an owner's role: "Clinton’s top foreign policy aide Jake Sullivan", "the
    /// company's chief executive, John J. Ferriola". Nil unless a named person follows the possessive.
    func ownedPerson(after a: Attribution) -> Attribution? {
        guard let span = a.sourceSpan, let next = tokenIndex(from: span.end), t[next].kind == .symbol, !t[next].spaceBefore,
            isWord(next + 1, lex.s), !t[next + 1].spaceBefore, next + 2 < n, t[next + 2].isWord,
            var inner = mentionAfter(next + 2)
        else { return nil }
        if inner.sourceType != .person || !inner.source.startsWithCapital,
            let end = inner.sourceSpan?.end, let k = tokenIndex(from: end), let named = personNamed(afterComma: k)
        {
            inner = named
        }
        guard inner.sourceType == .person, inner.source.startsWithCapital, let innerEnd = inner.sourceSpan?.end
        else { return nil }
        inner.sourceSpan = TextSpan(span.start, innerEnd)
        return inner
    }

    /// "the other candidate on the stage, former Secretary of State Hillary Clinton, drew …": the person named in
    /// commas right after a subject that was described, not named.
    func appositiveName(after a: Attribution, before v: Int) -> Attribution? {
        guard !a.source.startsWithCapital, let end = a.sourceSpan?.end, let k = tokenIndex(from: end),
            let c = (k..<min(v, k + 6)).first(where: { isComma($0) }), (k..<c).allSatisfy({ t[$0].isWord && !has($0, AC.cue) }),
            let named = mentionAfter(c + 1), named.sourceType == .person, named.source.startsWithCapital, named.source.contains(" "),
            let namedEnd = named.sourceSpan?.end, let after = tokenIndex(from: namedEnd),
            isComma(after), after + 1 < v, t[after + 1].isWord
        else { return nil }
        return named
    }

    /// The person a comma at `k` introduces: "the chief executive, John J. Ferriola".
    func personNamed(afterComma k: Int) -> Attribution? {
        guard isComma(k), isNameWord(k + 1), let named = mentionAfter(k + 1), named.sourceType == .person else { return nil }
        return named
    }

    /// An inverted source ends its clause: after the mention (and adverbials such as "in a statement",
    /// "on Monday", "of Banque Paribas") comes the end, a comma, a relative pronoun or "according to";
    /// a verb there makes the mention the subject of the reported clause ("said the turmoil … was").
    /// The mention itself starts with a determiner, a name, a title or a number, and holds no verb.
    func isInvertedMention(_ a: Attribution) -> Bool {

        guard let span = a.sourceSpan, let first = tokenIndex(from: span.start), let last = tokenIndex(endingBy: span.end) else {
            return false
        }
        // Lowercase role words may come first when a name follows: "said race director David Bedford".
        guard t[first].isCapitalized || has(first, AC.article) || isWord(first, in: lex.phraseDeterminers) || has(first, AC.title)
            || t[first].isNumber || isWord(first, lex.another) || has(first, AC.subjectPronoun) || a.sourceType == .anonymous
            || isWord(first, in: lex.smallNumbers)  // "said one analyst"
            || (first...last).contains(where: { t[$0].isCapitalized })
        else { return false }
        // A verb inside the mention makes it a clause; a capitalised "Will" is a name ("said Will Doyle").
        if (first...last).contains(where: { (has($0, AC.beForm) || has($0, AC.modal) || has($0, AC.haveForm)) && !t[$0].isCapitalized }) {
            return false
        }
        var k = last + 1
        var steps = 0
        while k < n, steps < 12 {
            // A possessive goes on with the phrase: "said the company's chief executive, …", "said Trump’s
            // nomination will …" (whose verb then tells).
            if t[k].kind == .symbol, !t[k].spaceBefore, isWord(k + 1, lex.s), !t[k + 1].spaceBefore {
                k += 2
                steps += 1
                continue
            }
            // A hyphen inside a word goes on with the phrase when a name follows: "says Stu Rothenberg of the non-partisan
            // Rothenberg-Gonzales Political Report", "said Graham Cluley from anti-virus firm Sophos" (not "said the
            // driver … pointed his tractor-trailer into the crowd").
            if isToken(k, lex.hyphen), !t[k].spaceBefore, k + 1 < n, !t[k + 1].spaceBefore, t[k + 1].isWord,
                ((k + 2)..<min(n, k + 4)).contains(where: { isNameWord($0) })
            {
                k += 1
                continue
            }
            if t[k].kind == .symbol {
                return has(k, AC.comma) || has(k, AC.period) || has(k, AC.closingQuote) || has(k, AC.dash) || has(k, AC.colon)
                    || isToken(k, lex.semicolon) || isToken(k, lex.openParen) || isToken(k, lex.closeParen)
            }
            if has(k, AC.relative) || has(k, AC.according) || has(k, AC.participle) { return true }
            if has(k, AC.beForm) || has(k, AC.modal) || has(k, AC.haveForm) { return false }
            k += 1
            steps += 1
        }
        return k == n
    }

    /// The comma that opens an appositive closed by the comma at `k`, at most 15 tokens back and not across
    /// other clause marks (quotes, dashes, colons).
    func appositiveOpening(closedAt k: Int) -> Int? {
        var c = k - 1
        while c > 0, c > k - 16, !isComma(c), t[c].kind != .symbol || !lex.clauseMarks.contains(t[c].key) { c -= 1 }
        return c > 0 && isComma(c) ? c : nil
    }

    /// "that" or a figure right after the verb: what a finding looks like ("found that …", "put the rate at 4 percent").
    func findingFollows(_ v: Int) -> Bool {
        if isWord(v + 1, lex.that) { return true }
        // "Clinton has kept support among black voters, Fox found.": the finding is the clause before, set off by a
        // comma, and the cue closes the sentence.
        if ((v + 1)..<n).allSatisfy({ t[$0].kind == .symbol }), let first = (0..<v).last(where: { has($0, AC.comma) }),
            ((first + 1)..<v).allSatisfy({ t[$0].isWord || isInitialDot($0) }), v - first <= 6
        {
            return true
        }
        guard v + 1 < n else { return false }
        // "Gallup finds states shifting toward the GOP": an object and what it is doing, a small clause.
        // (One word for the object, no pronoun or possessive: not "found itself struggling", "find myself longing".)
        if v + 2 < n, endsIn(v + 2, "ing"), has(v + 2, .lowercase), t[v + 1].isWord, !has(v + 1, AC.article),
            !isWord(v + 1, in: lex.objectPronouns), !isWord(v + 1, in: lex.phraseDeterminers), !endsIn(v + 1, "self"), !endsIn(v + 1, "selves"),
            !isWord(v + 1, in: lex.pronouns), !isWord(v + 1, in: lex.possessiveDeterminers)
        {
            return true
        }
        let limit = t[min(n - 1, v + 4)].end
        return quantities.contains { $0.isStatistic && $0.span.start >= t[v].end && $0.span.start <= limit }
    }

    /// A lowercase noun phrase of at most four words ending at `k` that opens the sentence or follows a
    /// comma or quote mark: an unnamed source ("prosecutors", "the uncle", "local media").
    /// Capitalised words read as page labels ("Video", "Photos") that a firm's name may hold.
    static let labelsInFirmNames = WordTable(["video", "videos", "photo", "photos", "chart", "graphic", "update", "note", "gallery",
                                              "source", "sources", "question", "answer"])

    /// Words after a possessive that keep it in a firm's name: "Moody's Investors Service", "People's Daily", "Lowe's Cos".
    static let possessiveNameHeads = WordTable(["investors", "daily", "cos"])

    /// A share of respondents, which a poll measures: "Forty-four percent said" names no source.
    static let percentHeads = WordTable(["percent", "pct", "%", "per", "cent"])

    /// Words that take a part of a group: "some of the women", "two of his aides".
    /// (Spelled numbers are `lex.smallNumbers`, read beside these.)
    static let partitives = WordTable(["some", "many", "most", "several", "few", "all", "none", "both", "each", "dozens", "hundreds",
                                       "thousands", "half"])

    /// "put the toll at 40", "put net profits at 450 mln dlrs": "put" at `v` with a figure after "at" within ten words.
    func putsAFigure(at v: Int) -> Bool {
        for k in (v + 2)..<max(v + 2, min(n - 1, v + 12)) where isWord(k, CueRules.Keys.at) {
            let figure = t[k + 1]
            if figure.isNumber || quantities.contains(where: { $0.span.start == figure.start }) { return true }
        }
        return false
    }

    /// "one in five", "one out of four", "two in three" at `s`: a share of the group after it.
    func isRatioShare(at s: Int) -> Bool {
        func isCount(_ i: Int) -> Bool { i >= 0 && i < n && (t[i].isNumber || isWord(i, in: Self.partitives) || isWord(i, in: lex.smallNumbers)) }
        guard isCount(s) else { return false }
        if isWord(s + 1, lex.inWord), isCount(s + 2) { return true }
        return isWord(s + 1, lex.out) && isWord(s + 2, lex.of) && isCount(s + 3)
    }

    func plainSubject(endingAt k: Int) -> Attribution? {
        guard let head = word(k), !t[k].isCapitalized, !lex.phraseBreaks.contains(head), !lex.articles.contains(head),
            !lex.phraseDeterminers.contains(head), !lex.auxiliaries.contains(head), !lex.otherPronouns.contains(head),
            !isRespondentNoun(k), !Self.percentHeads.contains(head), !lex.nameJoints.contains(head), lex.cueRoles[head] == nil,
            !lex.pronouns.contains(head), !lex.relatives.contains(head), !lex.adverbsBeforeParticiples.contains(head),
            !Self.timeAdverbs.contains(head),  // "…, afterwards said:"
            t[k].count < 4 || !bytes[(t[k].end - 2)..<t[k].end].elementsEqual("ly".utf8) || lex.lyNouns.contains(head)  // not an adverb
        else { return nil }
        let s = phraseStart(head: k)
        // A pronoun after one word is an object, and a word in -ed after it an adjective: "giving them estimated average
        // lives" (but "Let me say", "hearing him say it", "Iranian officials accompanying him said").
        if lex.objectPronouns.contains(head), k - s <= 1, endsIn(k + 1, "ed") { return nil }
        // A verb opens no subject ("and has clients that asked").
        if s < k, isWord(s, in: lex.haveForms) || has(s, AC.beForm) || has(s, AC.modal) { return nil }
        // "Most voters said": a share of respondents is what a poll measures ("many Carrier workers say" are people).
        if s < k, isWord(s, in: lex.pollShares), lex.respondents.contains(head) { return nil }
        // Names may qualify a group of people ("many Carrier workers", "her Republican supporters"), not a thing.
        let group = endsIn(k, "s") && (isPersonNoun(k) || lex.respondents.contains(head))
        // Up to four words, or five after "the" ("The billionaire real estate magnate says"); a hyphen may join two
        // ("the self-described democratic socialist").
        let words = (s...k).filter { t[$0].isWord }.count
        // A part of a group of people: "Some of the women said", "Many of the local GOP leaders said" (not a share of
        // respondents, which a poll measures: "most of the voters said").
        var start = s
        if group, s >= 2, isWord(s - 1, lex.of), let q = word(s - 2), Self.partitives.contains(q) || lex.smallNumbers.contains(q),
            !(lex.respondents.contains(head) && lex.pollShares.contains(q))
        {
            start = s - 2
        }
        guard words <= (isWord(s, CueRules.Keys.the) ? 5 : 4),
            start == 0 || isComma(start - 1) || isClosingQuote(start - 1) || isWord(start - 1, in: lex.clauseJoints)
            || isWord(start - 1, in: lex.subordinators) || isToken(start - 1, lex.semicolon),
            (s...k).allSatisfy({ (t[$0].isWord && (!t[$0].isCapitalized || $0 == s || group || describes($0, after: s, head: k)))
                || (isToken($0, lex.hyphen) && $0 > s && !t[$0].spaceBefore && $0 < k && !t[$0 + 1].spaceBefore) })
        else { return nil }
        // An object relative clause ends here, not a subject: "the chairs that POLITICO interviewed predicted" — the
        // people before "that" spoke.
        if start == s, s < k, endsIn(k, "ed"), start >= 2, isWord(start - 1, lex.that) || isWord(start - 1, Self.whom) {
            return mentionEnding(at: start - 2) ?? plainSubject(endingAt: start - 2)
        }
        let name = start < s ? joinTokens(start..<(k + 1)) : stripDeterminer(joinTokens(s..<(k + 1)))
        return Attribution(source: name, sourceType: .anonymous, cue: nil, sourceSpan: span(start...k), cueSpan: nil, basis: .explicit)
    }

    /// Whether capitalised word `j` describes the person a "the" phrase names, as an acronym, a nationality or a party
    /// does: "The NFL legend said", "the GOP front-runner said", "The Republican nominee said" (not a name's word: "The
    /// White House aide said" is read as a title and a name would be).
    func describes(_ j: Int, after s: Int, head k: Int) -> Bool {
        j > s && j < k && isWord(s, CueRules.Keys.the) && !t[k].isCapitalized && isPersonNoun(k)
            && (has(j, .allCaps) || isNationality(j) || isWord(j, in: lex.partyWords))
    }

    /// "A lawmaker in the Philippines is calling for …", "Aides to Clinton say": a source noun before a
    /// preposition within the five words before `k`, which starts the clause.
    func prepositionalHead(before k: Int) -> Attribution? {
        var p = k
        while p > 0, p > k - 6, t[p].isWord || t[p].isNumber || isInitialDot(p) {
            if isWord(p, in: lex.subjectPrepositions) || isWord(p, lex.to) || isWord(p, lex.of) {
                guard let a = mentionEnding(at: p - 1), let start = a.sourceSpan?.start, let s = tokenIndex(from: start),
                    startsSubject(at: s)
                else { return nil }
                return a
            }
            p -= 1
        }
        return nil
    }

    /// After "according to", whatever noun phrase follows is the source the sentence names, up to a comma,
    /// "that" or the end: "according to the results", "according to three people briefed on the talks".
    func phraseAfter(_ s0: Int) -> Attribution? {
        let s = s0
        guard s < n, t[s].isWord || t[s].isNumber else { return nil }
        var e = s
        while e < n, e < s0 + 12, t[e].isWord || t[e].isNumber || isToken(e, lex.hyphen) || isGluedApostrophe(e) || isInitialDot(e),
            !isWord(e, lex.that), !has(e, AC.cue) || (isToken(e + 1, lex.hyphen) && !t[e + 1].spaceBefore)  // "think-tank"
        {
            e += 1
        }
        while e > s, !t[e - 1].isWord { e -= 1 }
        // A bare lowercase noun is a manner, not a source: "according to schedule", "according to plan".
        guard e > s, e - s > 1 || t[s].isCapitalized || t[s].isNumber else { return nil }
        let head = e - 1
        let type: SourceType = lex.documents.contains(t[head].key) ? (SourceType.document(t[head].lower(in: bytes)) ?? .document) : .anonymous
        return Attribution(source: stripDeterminer(joinTokens(s..<e)), sourceType: type, cue: nil, sourceSpan: span(s...(e - 1)),
                           cueSpan: nil, basis: .explicit)
    }

    /// After an owner ending at `k`, the source noun or title it owns: "Trump's campaign", "Acme's chief
    /// executive", "the mayor's office".
    func ownedHead(after k: Int, before v: Int) -> Int? {
        var owned = k + 1
        guard isGluedApostrophe(owned) else { return nil }
        owned += 1
        if owned < v, isWord(owned, lex.s) { owned += 1 }
        while owned + 1 < v, has(owned, AC.title), has(owned + 1, AC.title) { owned += 1 }  // "chief executive"
        guard owned < v, isSourceNoun(t[owned].key) || has(owned, AC.title) else { return nil }
        return owned
    }

    /// The first noun phrase of the sentence, past an opening phrase that ends with a comma
    /// ("On Monday, the ministry raised rates, saying …").
    func mainClauseSubject(before v: Int) -> Attribution? {
        var s = datelineEnd()
        // An opening phrase ends at a comma after which a subject starts ("At a campaign event in Ames, Iowa, on
        // Sunday, Mrs. Clinton tried …"): the first comma followed by a name or a noun phrase and then a word
        // that is not a comma.
        // Any opening that cannot itself be the subject ("But a few days later, Trump reversed himself, telling …").
        let subjectFirst = isNameWord(s) || isWord(s, in: lex.pronouns) || has(s, AC.article) || isSourceNoun(word(s) ?? 0)
        if isWord(s, in: lex.clauseOpeners) || (isWord(s, in: lex.clauseJoints) && isWord(s + 1, in: lex.clauseOpeners)) || isAdverb(s)
            || (t.indices.contains(s) && t[s].isCapitalized && (has(s, AC.notName) || endsIn(s, "ing") || endsIn(s, "ed")))
            || (t.indices.contains(s) && !subjectFirst)
        {
            // The last comma after which a subject starts: "Shortly after collecting a trophy, a Mercedes convertible and a
            // cheque for $1.5m, Federer addressed …" is Federer's (the opening phrase may hold a list of its own).
            // (Not a comma inside a quotation, and an item of a list only when nothing better follows: "ignoring “truth,
            // evidence, data and facts” and said" is not the data's, "In a rare move, the Tories and Lib Dems have" is
            // the Tories'.)
            // (Read from the last comma back, so the scan stops at the first subject found.)
            var c = min(v, s + 25) - 1
            var opening: Int?
            var listItem: Int?
            while c >= s, opening == nil {
                if isComma(c), c + 1 < v, !isInsideQuotation(c) {
                    var e = c + 1
                    while isWord(e, in: lex.phraseDeterminers) { e += 1 }
                    var end = e
                    while isNameWord(end) || isInitialDot(end) { end += 1 }
                    let next = end == e ? e + 1 : end
                    var subject = false
                    if describedSubject(at: c + 1, before: v) != nil {
                        subject = true
                    } else if end > e || isSourceNoun(word(e) ?? 0) || isWord(e, in: lex.pronouns) || (has(e, AC.title) && isGluedApostrophe(e + 1)) {
                        // The subject goes on with a word (its verb, or "of …"), not with punctuation ("N.H.,", "evidence,").
                        subject = end < v && (end == e ? next < v && (t[next].isWord || isGluedApostrophe(next))
                            : t[end].isWord || isToken(end, lex.openParen) || isGluedApostrophe(end))
                    }
                    if subject {
                        if !(isWord(next, lex.and) || isWord(next, lex.or)) {
                            opening = c + 1
                        } else if listItem == nil {
                            listItem = c + 1
                        }
                    }
                }
                c -= 1
            }
            if let first = opening ?? listItem {
                s = first
            } else if t.indices.contains(s), t[s].isCapitalized, endsIn(s, "ing"), has(s + 1, AC.article) || isPreposition(s + 1) {
                // "Using the network, vets have been able to … and suggest": an opening participle with no subject found
                // after it names no one ("Manning praised the plan and said" is a name).
                return nil
            }
        }
        if isWord(s, in: lex.clauseJoints) { s += 1 }  // "But analysts were not so certain, saying …"
        return clauseSubject(at: s, before: v)
    }

    /// The noun phrase that opens the clause at token `s`, read up to token `v`.
    func clauseSubject(at s: Int, before v: Int) -> Attribution? {
        if let a = describedSubject(at: s, before: v) { return a }
        var e = s
        while e < v, t[e].isWord, e < s + 8 {
            // "A few minutes later they …": a time, not a document ("Trump later blamed …" is a name).
            if !isNameWord(e), isWord(e + 1, in: lex.timeAfterNouns) {
                e += 2
                continue
            }
            if !t[e].isCapitalized, isSourceNoun(t[e].key) || has(e, AC.title), !has(e + 1, AC.title) {
                if let named = personAfterOffice(e, before: v) { return named }
                // "the mayor's office": what the owner heads.
                if let owned = ownedHead(after: e, before: v), let a = mentionEnding(at: owned, start: s) { return a }
                if let a = mentionEnding(at: e, start: s) { return a }
            }
            // A name after a preposition or before a possessive is no subject: "denunciation of Mr. Trump",
            // "after Scalia's death".
            if isNameWord(e), e > s, isPreposition(e - 1) {
                while isNameWord(e + 1) || isInitialDot(e + 1) { e += 1 }
                e += 1
                continue
            }
            if isNameWord(e) {
                // "Central bank president Wim Duisenberg has defended the move, saying …": read it as after a cue.
                if let a = mentionAfter(e), a.sourceType == .person, let end = a.sourceSpan?.end, end <= t[v].start { return a }
                var end = e
                while end + 1 < v, isNameWord(end + 1) || joinsOrganizationName(at: end + 1, from: e) || isInitialDot(end + 1) {
                    end += isInitialDot(end + 1) ? 2 : 1
                }
                // "Trump's campaign released a statement saying …": the owner's body or spokesman speaks.
                if let owned = ownedHead(after: end, before: v) {
                    if let named = personAfterOffice(owned, before: v) { return named }
                    if let a = mentionEnding(at: owned) { return a }
                }
                // "A Clinton campaign official later walked back …": the name modifies the source noun after it.
                // (Only nouns between: no article, verb or cue; and no name after them, "Oxfam senior policy adviser Max
                // Lawson", whose name is the mention.)
                var head: Int?
                var k = end + 1
                while k < v, k <= end + 3, t[k].isWord, !t[k].isCapitalized, !has(k, AC.article.union(AC.cue).union(AC.auxiliary)),
                    !endsIn(k, "ed")
                {
                    if isSourceNoun(t[k].key) || has(k, AC.title) { head = k }
                    k += 1
                }
                if let h = head, !isNameWord(h + 1), let a = mentionEnding(at: h, start: s) { return a }
                return mentionEnding(at: end)
            }
            if lex.pronouns.contains(t[e].key) { return mentionEnding(at: e) }
            if isWord(e, lex.they) { return otherPronoun(at: e) }
            // "It spent the weekend going over the company's finances and concluded …": the clause's subject is "it",
            // not the first source noun after it.
            if e == s, isWord(e, lex.it) { return otherPronoun(at: e) }
            e += 1
        }
        return nil
    }

    /// A subject described, not named, opening the clause before a participle cue: "The retired neurosurgeon
    /// has provided no details …, saying", "Both parents stiffened …, saying", "They continued …, saying". The
    /// phrase is a determiner and one to three lowercase words, and its verb is plainly one (an auxiliary, a
    /// past form in -ed, or a common irregular past).
    func describedSubject(at s: Int, before v: Int) -> Attribution? {
        guard s + 1 < v, t[s].isWord else { return nil }
        if isWord(s, lex.they), isVerbAfterSubject(s + 1) { return otherPronoun(at: s) }
        guard has(s, AC.article) || isWord(s, in: lex.phraseDeterminers) || isWord(s, lex.both) else { return nil }
        // The verb: the first auxiliary or irregular past within four words, else the first word in -ed after the
        // head ("The retired neurosurgeon has …", "Both parents stiffened …").
        var verb: Int?
        var e = s + 1
        while e < v, e <= s + 4, t[e].isWord, !t[e].isCapitalized, !lex.phraseBreaks.contains(t[e].key), !has(e, AC.cue),
            !isPreposition(e)
        {
            // The phrase ends before an adverb or a relative pronoun ("his critics hysterically …", "a columnist who …").
            if (isAdverb(e) || isWord(e, in: lex.auxiliaries) || has(e, AC.relative)) && !isVerbAfterSubject(e) { return nil }
            if e >= s + 2, isVerbAfterSubject(e) {
                if !endsIn(e, "ed") || isWord(e, in: lex.haveForms) {
                    verb = e
                    break
                }
                if verb == nil { verb = e }
            }
            e += 1
        }
        guard let verb else { return nil }
        e = verb
        guard e < v, !isRespondents(start: s, end: e), !isShare(before: e - 1),
            let head = word(e - 1), !lex.documents.contains(head), t[e - 1].count >= 3, isPersonNoun(e - 1)
        else { return nil }
        // Source nouns and titles are read as everywhere else ("the ministry" an organisation).
        if isSourceNoun(head) || has(e - 1, AC.title) { return mentionEnding(at: e - 1, start: s) }
        return Attribution(source: stripDeterminer(joinTokens(s..<e)), sourceType: .anonymous, cue: nil,
                           sourceSpan: span(s...(e - 1)), cueSpan: nil, basis: .explicit)
    }

    /// A lowercase noun that names people or a body: a source noun or title, or an agent ending ("businessman",
    /// "neurosurgeon", "parents", "strategists"); not "the fracas", "the jobless rate".
    func isPersonNoun(_ i: Int) -> Bool {
        guard let w = word(i) else { return false }
        if isSourceNoun(w) || has(i, AC.title) { return true }
        return lex.agentEndings.contains { endsIn(i, $0) || endsIn(i, $0 + "s") }
    }

    /// A word that is surely a verb right after a subject: an auxiliary, a past form in -ed, a common irregular past.
    func isVerbAfterSubject(_ i: Int) -> Bool {
        guard i < n, t[i].isWord, !t[i].isCapitalized else { return false }
        return isWord(i, in: lex.modals) || isWord(i, in: lex.haveForms) || isWord(i, in: lex.beForms)
            || isWord(i, in: lex.irregularPasts) || (t[i].count > 4 && endsIn(i, "ed"))
    }

    /// Whether word `i` ends with `suffix` (ASCII, as written).
    func endsIn(_ i: Int, _ suffix: String) -> Bool {
        i >= 0 && i < n && t[i].isWord && bytes[t[i].start..<t[i].end].reversed().starts(with: suffix.utf8.reversed())
    }

    /// The first token after a dateline that opens the sentence ("WASHINGTON — ", "ORLANDO, Fla. (Reuters) - "),
    /// or 0: capitalised words, commas, periods and brackets up to a spaced dash within the first twelve tokens.
    func datelineEnd() -> Int {
        guard let dash = (0..<min(n, 14)).first(where: { (has($0, AC.dash) || isToken($0, lex.hyphen)) && t[$0].spaceBefore }),
            dash > 0, t[0].isCapitalized
        else { return 0 }
        // A place in capitals, or any place with a news agency in brackets: "WASHINGTON —", "Washington (AFP) –".
        let agency = (0..<dash).contains { isToken($0, lex.openParen) } && has(dash - 1, AC.closingQuote) == false
        guard has(0, .allCaps) || agency else { return 0 }
        let ok = (0..<dash).allSatisfy { k in
            t[k].isCapitalized || t[k].isNumber
                || (t[k].kind == .symbol && (isComma(k) || isToken(k, lex.period) || isToken(k, lex.openParen) || isToken(k, lex.closeParen)))
        }
        return ok ? dash + 1 : 0
    }

    /// A headline in capitals glued before a name ("… DEADLY ISTANBUL EXPLOSION Turkish President …"): two
    /// words in capitals in a row, or one of six letters or more, are not part of a name in mixed case.
    func isHeadlineWord(_ i: Int) -> Bool {
        guard has(i, .allCaps) else { return false }
        return t[i].count >= 6 || has(i - 1, .allCaps) || has(i + 1, .allCaps)
    }

    // MARK: Subjects

    /// True when a subject mention may start at token `s`: the sentence's start, or after a comma, a
    /// conjunction, a relative or subordinating word, a dash, a quote mark or an opening phrase; not
    /// after a preposition or a verb ("officials who spoke with The Huffington Post said").
    func startsSubject(at s0: Int) -> Bool {
        var s = s0
        // Articles and determiners the mention reader left out belong to the subject: "the CCP".
        while s > 0, isWord(s - 1, in: lex.phraseDeterminers) { s -= 1 }
        guard s > 0 else { return true }
        let p = s - 1
        // A possessive's owner stands where the subject would: "A spokesman for GM's Truck and Bus Group said" is no
        // subject (the owner follows "for").
        if p >= 2, isWord(p, lex.s), isGluedApostrophe(p - 1), isNameWord(p - 2) {
            var o = p - 2
            while o > 0, isNameWord(o - 1) { o -= 1 }
            // (Only after a lowercase head and a preposition of place or role, not inside a name: "War on Want's John
            // Hilary said", "Financial Corp of America's American Savings and Loan Association said".)
            if o > 1, isPreposition(o - 1), !isWord(o - 1, lex.of), t[o - 2].isWord, !t[o - 2].isCapitalized { return false }
        }
        if t[p].kind != .word || t[p].isCapitalized { return true }
        if isPreposition(p) || has(p, AC.beForm)
            || isWord(p, in: lex.objectRelatives)
        {
            return false  // "spoke with The Huffington Post said", "what Trump said"
        }
        // A verb or participle before a name makes it the object ("praised Trump said", "spoke with …").
        let w = bytes[t[p].start..<t[p].end]
        if t[p].count > 4, w.reversed().starts(with: "de".utf8) || w.reversed().starts(with: "gni".utf8) {
            // (After an article that opens the clause it is an adjective: "In September, a still-struggling HP announced",
            // "The embattled Smith said"; not "a source at a leading U.S. House said", "from their forthcoming EP called".)
            var q = p
            if q >= 2, isToken(q - 1, lex.hyphen), !t[q - 1].spaceBefore, !t[q].spaceBefore { q -= 2 }
            if q >= 1, has(q - 1, AC.article) || isWord(q - 1, in: lex.phraseDeterminers),
                q == 1 || isComma(q - 2) || isToken(q - 2, lex.semicolon) || isWord(q - 2, in: lex.clauseJoints)
            {
                return true
            }
            return has(p, AC.auxiliary) || has(p, AC.lyAdverb)
        }
        return true
    }

    /// The subject that ends at token `k` right before a cue (past auxiliaries): a mention that starts
    /// a clause. When the words before it make it an object ("spoke with The Huffington Post said"),
    /// the head before a relative pronoun is the subject ("officials who spoke with …").
    func subjectMention(endingAt k: Int) -> Attribution? {
        if isWord(k, in: lex.otherPronouns) { return nil }
        guard var a = mentionEnding(at: k) else {
            return relativeHead(before: k)
        }
        // "Bill Englebright, joint secretary of the LPFA said": an appositive whose closing comma is missing;
        // the person before the opening comma, when the words after it are a title.
        if a.sourceType == .organization, let start = a.sourceSpan?.start, let s = tokenIndex(from: start),
            let c = (max(0, s - 8)..<s).last(where: { isComma($0) }), c > 0, isNameWord(c - 1),
            ((c + 1)..<s).contains(where: { has($0, AC.title) && !t[$0].isCapitalized }),
            !((c + 1)..<s).contains(where: { t[$0].kind == .symbol && $0 != c }),
            let person = mentionEnding(at: c - 1), person.sourceType == .person
        {
            a = person
        }
        if let start = a.sourceSpan?.start, let s = tokenIndex(from: start), !startsSubject(at: s) {
            return relativeHead(before: k)
        }
        // "the Bank said", "the Fund said": a capitalised head after "the" stands for the organisation named with it
        // before ("World Bank"), as "the bank" does.
        if a.sourceType == .organization, !a.source.contains(" "), let start = a.sourceSpan?.start, let s = tokenIndex(from: start),
            has(s - 1, AC.article) || (s >= 1 && isWord(s - 1, in: lex.phraseDeterminers)), lex.organizations.contains(t[s].key),
            let full = people.organization(for: t[s].key, lexicon: lex), full != a.source
        {
            a.source = full
            a.basis = .resolved
        }
        return a
    }

    /// "Current and former officials who spoke with The Huffington Post said": the source noun before a
    /// relative pronoun within the last twelve tokens, with no comma between.
    func relativeHead(before k: Int) -> Attribution? {
        var r = k
        while r > max(0, k - 12) {
            if has(r, AC.comma) || has(r, AC.colon) || has(r, AC.dash) { return nil }
            if isWord(r, lex.who) || isWord(r, lex.that) {
                // "progressive organizations that have endorsed him say": a plain group of people before it too.
                let group = r >= 1 && isPersonNoun(r - 1) && endsIn(r - 1, "s") ? plainSubject(endingAt: r - 1) : nil
                guard let a = mentionEnding(at: r - 1) ?? group, a.sourceType != .person || (a.sourceSpan.map { $0.count > 0 } ?? false)
                else { return nil }
                if let start = a.sourceSpan?.start, let s = tokenIndex(from: start), !startsSubject(at: s) { return nil }
                return a
            }
            r -= 1
        }
        return nil
    }

    /// The subject before an appositive closed by the comma at `k`. Candidates are mentions that end before
    /// a comma and start a clause, within 45 tokens; a person is preferred (the rightmost), then the first
    /// organisation, then the first other source. Documents only for evidence verbs.
    func appositiveSubject(closedAt k: Int, evidence: Bool) -> Attribution? {
        var candidates: [Attribution] = []
        // "…, citing ''the magic of Trump,'' said": the comma sits inside the closing mark.
        var c = quoted.contains(where: { $0.upperBound == k }) && has(k + 1, AC.closingQuote) ? k + 1 : k
        // (Not into a wire dateline: "FRANKFURT, March 3 - <VDO …>, 75 pct owned by …, said" is VDO's.)
        let limit = max(0, k - 45, datelineEnd() - 1)
        while c > limit {
            if has(c, AC.colon) || has(c, AC.dash) || isToken(c, lex.semicolon) {
                break
            }
            // A quotation inside the appositive is skipped whole ("Mr. Manafort, citing ''the magic of Trump,'' said").
            if let q = quoted.first(where: { $0.upperBound == c - 1 }), q.lowerBound >= 2, t[q.lowerBound - 2].isWord,
                !has(q.lowerBound - 2, AC.speech)
            {
                c = q.lowerBound - 2
                continue
            }
            // Quote marks end the search ("Eventually, …,” Rep. Hunter’s chief of staff, Joe Kasper, told"), but not
            // an apostrophe inside a word ("the couple's").
            if has(c, AC.closingQuote.union(AC.openingQuote)), !isGluedApostrophe(c), !(c > 0 && t[c - 1].isWord && !t[c].spaceBefore) {
                break
            }
            // Another clause's cue ends it; participles and nouns in -ing inside an appositive do not ("a writing
            // professor"), nor the cue of its own relative clause ("Barkley, who said he votes …, said").
            // A cue word used as a noun does not end it either ("who has visited several states").
            // Nor a cue glued after a hyphen ("self-described"), nor one inside a relative clause ("who did not say …").
            // (A capitalised one names something: "Graham Robb, spokesman for North East Says No, said".)
            // (Nor a passive: "Clinton, who called Sanders after the winner was declared, told …".)
            // (Nor an infinitive: "…, alleging that Obama wanted to admit 250,000 Syrians, said".)
            if t[c].isWord, has(c, AC.speech), !has(c, AC.participle), !isInsideQuotation(c), c > 0, !has(c - 1, AC.comma), !t[c].isCapitalized,
                !has(c - 1, AC.beForm), !isWord(c - 1, lex.to),
                !lex.nounCues.contains(t[c].key) || isWord(c + 1, lex.that),
                !has(c - 1 - auxCount(before: c), AC.relative), !(isToken(c - 1, lex.hyphen) && !t[c].spaceBefore),
                !(max(0, c - 6)..<c).contains(where: { has($0, AC.relative) && !((($0 + 1)..<c).contains { isComma($0) }) })
            {
                break
            }
            // "Officials familiar with it, speaking on condition of anonymity because they could not discuss the
            // investigation, said": a participle opens an aside, and no noun inside it is the subject.
            if isComma(c), c + 1 < k {
                // (After an adverb: "Trump, later alleging that Obama wanted to admit 250,000 Syrians, said".)
                let w = has(c + 1, AC.lyAdverb) || isWord(c + 1, in: Self.timeAdverbs) ? c + 2 : c + 1
                if w < k, t[w].isWord, !t[w].isCapitalized, t[w].count > 5, endsIn(w, "ing") { candidates.removeAll() }
            }
            // "James B. Comey Jr., the director …": the name ends before the abbreviation's period.
            let nameEnd = c >= 2 && isToken(c - 1, lex.period) && !t[c - 1].spaceBefore && t[c - 2].isCapitalized ? c - 2 : c - 1
            // (The words closing a relative clause are its object, never the subject: "…, which represents rank and
            // file officers, said".)
            let closesRelative = c == k && (limit..<k).last(where: { isComma($0) }).map { has($0 + 1, AC.relative) } == true
            if isComma(c), c > 0, !closesRelative, let a = mentionEnding(at: nameEnd), let start = a.sourceSpan?.start, let s = tokenIndex(from: start),
                !a.sourceType.isDocument || evidence, isAppositive(from: c + 1, to: k)
            {
                // (Only a mention that reaches the comma stands for a title before it: not "Lee Zeldin of New York, …".)
                let endsAtComma = a.sourceSpan.flatMap { tokenIndex(endingBy: $0.end) }.map { $0 >= nameEnd - 1 } ?? false
                if startsSubject(at: s) {
                    candidates.append(a)
                } else if endsAtComma, c < k, isWord(s - 1, lex.of) || (has(s - 1, AC.article) && isWord(s - 2, lex.of)),
                    let head = prepositionalHead(before: s - 1), head.sourceType == .person || head.sourceType == .anonymous
                {
                    // "the chairman of the Police Federation, which represents officers, said": the title before "of".
                    candidates.append(head)
                }
            }
            c -= 1
        }
        // "Six Gannett newspapers in New Jersey, including the Asbury Park Press, said": the source noun before
        // the first phrase's preposition, when no name closes a segment.
        if candidates.isEmpty, let comma = (0..<k).first(where: { isComma($0) }), comma > 1, isAppositive(from: comma + 1, to: k),
            let head = prepositionalHead(before: comma - 1), let start = head.sourceSpan?.start, tokenIndex(from: start) ?? n <= 1,
            let end = head.sourceSpan?.end, let last = tokenIndex(endingBy: end), isPreposition(last + 1)
        {
            return head
        }
        // The subject is the first mention (the clause's own), unless it names nobody ("A New Jersey investor,
        // Joseph Falkenstein, told", "the agent, Wardley Ltd, said"): then the first person named, or company.
        guard let first = candidates.last else { return nil }
        // A description ends in a lowercase word ("the BBC's business editor"); a name does not.
        func isName(_ a: Attribution) -> Bool {
            a.source.startsWithCapital && a.source.lastWord.first?.isLowercase != true
        }
        // (An office is no name either: "The Senate Minority Leader, Chuck Schumer, said".)
        func isOffice(_ a: Attribution) -> Bool { lex.titles.contains(WordKey.of(a.source.lastWord.utf8)) }
        let unnamed = first.sourceType == .anonymous || (!first.source.startsWithCapital && !(first.sourceType.isDocument && evidence))
            || (first.sourceType == .person && !isName(first)) || isOffice(first)
        if unnamed {
            if let person = candidates.last(where: { $0.sourceType == .person && isName($0) && !isOffice($0) && $0.sourceSpan != first.sourceSpan })
            {
                return person
            }
            if let named = candidates.last(where: { $0.sourceType == .organization && $0.source.startsWithCapital }) {
                return named
            }
        }
        return first
    }

    /// A lowercase noun that "who" makes a person (or people): "the superdelegates who’ve said", "a
    /// neighbour who said". Respondents and shares stay what a figure measures.
    func personNoun(endingAt k: Int) -> Attribution? {
        guard let w = word(k), !t[k].isCapitalized, !lex.respondents.contains(w), !isShare(before: k),
            !lex.phraseBreaks.contains(w), !has(k, AC.article), t[k].count >= 3
        else { return nil }
        // The noun with its determiner only: without a parser, the words before may be a verb ("needs").
        let s = isWord(k - 1, in: lex.phraseDeterminers) ? k - 1 : k
        if isRespondents(start: s, end: k + 1) { return nil }
        return Attribution(source: stripDeterminer(joinTokens(s..<(k + 1))), sourceType: .anonymous, cue: nil,
                           sourceSpan: span(s...k), cueSpan: nil, basis: .explicit)
    }

    /// The words between two commas read as an appositive (a title, an age, a description, a relative clause),
    /// not as a clause of their own: no "be", "have" or modal verb outside a relative clause ("the big steel
    /// plant is hanging on, but …" is a clause).
    func isAppositive(from a: Int, to b: Int) -> Bool {
        var inRelative = false
        for k in a..<max(a, b) {
            if has(k, AC.relative) || isWord(k, lex.that) || isWord(k, lex.whose) { inRelative = true }
            if !inRelative, has(k, AC.beForm) || has(k, AC.modal) || has(k, AC.haveForm) { return false }
        }
        return true
    }

    /// After an inverted cue, a plain noun phrase that ends the clause: "said the 46-year-old", "said the
    /// man who built …", "said another Twitter user, Johanna Bayer".
    func plainMentionAfter(_ s0: Int, cue v: Int) -> Attribution? {
        guard has(v, AC.plainSubjectCue) else { return nil }
        var s = s0
        // ("said one district GOP leader": "one" counts as an article here.)
        guard has(s, AC.article) || isWord(s, lex.another) || isWord(s, lex.one) else { return nil }
        s += 1
        var e = s
        while e < n, e < s + 6, t[e].isWord || t[e].isNumber || isToken(e, lex.hyphen) {
            if isWord(e, lex.who) || isPreposition(e) { break }
            e += 1
        }
        // "said another Muslim who worshiped …": a capitalised noun before "who" is a person too.
        guard e > s, e - 1 >= s, t[e - 1].isWord, !t[e - 1].isCapitalized || isWord(e, lex.who) else { return nil }
        // The clause must end here: a comma, the end, a relative pronoun or a preposition.
        guard e == n || t[e].kind == .symbol || isWord(e, lex.who) || isPreposition(e) else { return nil }
        if let named = personNamed(afterComma: e) { return named }
        let phrase = s0..<e
        return Attribution(source: stripDeterminer(joinTokens(phrase)), sourceType: .anonymous, cue: nil,
                           sourceSpan: span(s0...(e - 1)), cueSpan: nil, basis: .explicit)
    }

    // MARK: Mentions

    /// The person named at the end of an office's words, before token `v`: "Shadow leader of the Commons Oliver Heald",
    /// "director-general of finance Chris Stals". Not after a role that speaks for its employer ("a spokesman for the
    /// Rio de Janeiro Port"), and only two name words (the words before them belong to the place: "the Commons").
    func personClosingOffice(head h: Int, before v: Int) -> Attribution? {
        let last = v - 1
        guard has(h, AC.title), !isWord(h, in: Self.spokesRoles), isNameWord(last), isNameWord(last - 1), last - 1 > h + 2,
            ((h + 1)..<(last - 1)).contains(where: { isWord($0, lex.of) || isWord($0, lex.forWord) || isWord($0, CueRules.Keys.at) }),
            let named = named(start: last - 1, end: last + 1), named.sourceType == .person
        else { return nil }
        return named
    }
    /// Roles that speak for an employer named after them, never followed by their own name there: "a spokesman for the
    /// New York Fed said".
    static let spokesRoles = WordTable(["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials",
                                        "source", "sources", "representative", "representatives", "aide", "aides"])

    /// The person named a few words after an office that heads a subject, before token `v`: "Labour's deputy minister
    /// for women Jacqui Smith accused …".
    func personAfterOffice(_ e: Int, before v: Int) -> Attribution? {
        guard has(e, AC.title), e + 3 < v,
            let end = ((e + 3)..<min(v, e + 9)).first(where: { isNameWord($0 - 1) && isNameWord($0 - 2) && !isNameWord($0) })
        else { return nil }
        return personClosingOffice(head: e, before: end)
    }

    /// The person holding an office named inside a phrase that a name opens, up to the verb at `v`: "Centers for Disease
    /// Control Director Thomas Frieden said" (not a spokesman's, whose employer is named after it).
    func officeHolder(inPhraseOf h: Int, before v: Int) -> Attribution? {
        guard t[h].isCapitalized,
            let office = ((h + 2)..<max(h + 2, v - 2)).last(where: { has($0, AC.title) && !isWord($0, in: Self.spokesRoles) }),
            ((office + 1)..<v).allSatisfy({ isNameWord($0) }), let named = named(start: office + 1, end: v), named.sourceType == .person
        else { return nil }
        return named
    }

    /// A capitalised word alone between a quotation's close and the speech verb that ends the sentence, which can only be
    /// the speaker's surname, whatever else the word may be: "…,” From said.", "…,” May said.".
    func isSurnameAfterQuotation(_ i: Int) -> Bool {
        i >= 2 && t[i].isCapitalized && isClosingQuote(i - 1) && isComma(i - 2) && i + 1 < n && has(i + 1, AC.speech)
            && (i + 2 == n || (i + 3 == n && t[i + 2].kind == .symbol))
    }

    /// "He", "she": the person the registry stands behind, else the pronoun as written (a wrong name is
    /// worse than none).
    func pronoun(at k: Int) -> Attribution {
        if let (name, described) = people.personForPronoun(bytes, feminine: isWord(k, lex.she) || isWord(k, lex.her)) {
            return Attribution(source: name, sourceType: described ? .anonymous : .person, cue: nil, sourceSpan: span(k...k),
                               cueSpan: nil, basis: .resolved)
        }
        return Attribution(source: text(k), sourceType: .person, cue: nil, sourceSpan: span(k...k), cueSpan: nil,
                           basis: .explicit)
    }

    /// Titles that head an office named with "of": "Secretary of Commerce", "Governor of the Bank of England" (not "Finance",
    /// "Office": "The Office of Finance of the Federal Home Loan Banks").
    static let officeHeads = WordTable(["secretary", "undersecretary", "minister", "governor", "director", "professor", "chancellor",
                                        "speaker", "president", "chairman", "chairwoman", "chair", "chief", "commissioner", "ambassador",
                                        "mayor", "bishop", "archbishop", "head", "leader", "deputy", "dean", "lieutenant", "comptroller"])

    static let groupPronouns = WordTable(["some", "others", "another", "many", "several"])
    static let whom = WordKey.of("whom")
    /// Adverbs of time that stand where a subject might: "Caprice, who left …, afterwards said".
    static let timeAdverbs = WordTable(["afterwards", "afterward", "later", "earlier", "then", "again", "previously", "subsequently",
                                        "meanwhile", "also", "once", "first", "recently", "yesterday", "today"])

    /// "Some said", "Others say", "Another said", "Several told": part of a group the article speaks of, unnamed,
    /// alone at the start of a clause.
    func groupPronoun(at k: Int) -> Attribution? {
        guard isWord(k, in: Self.groupPronouns),
            k == 0 || isComma(k - 1) || isClosingQuote(k - 1) || isWord(k - 1, in: lex.clauseJoints) || isWord(k - 1, in: lex.subordinators)
            || has(k - 1, AC.cue),
            // The cue right after it, past auxiliaries and -ly adverbs, or right before it: not a noun's stand-in
            // ("but that another, estimated to …", "said many of the 71,000 jobs added", "many in France would prefer
            // Turkey to admit"), nor a determiner ("Some reports claim").
            (has(k - 1, AC.cue) && !(k + 1 < n && t[k + 1].isWord)) || cueFollows(k)
        else { return nil }
        return Attribution(source: text(k), sourceType: .anonymous, cue: nil, sourceSpan: span(k...k), cueSpan: nil, basis: .explicit)
    }
    private func cueFollows(_ k: Int) -> Bool {
        var v = k + 1
        while v < n, has(v, AC.auxiliary.union(AC.lyAdverb)) { v += 1 }
        return has(v, AC.cue) && !has(v + 1, AC.cue)
    }

    /// A firm named with its possessive "'s" ("Moody's", "Macy's"): the apostrophe at `k` and the "s" after it join
    /// the source and its mention.
    func appendPossessive(to a: inout Attribution, apostrophe k: Int) {
        a.source += text(k) + "s"
        if let span = a.sourceSpan { a.sourceSpan = TextSpan(span.start, t[k + 1].end) }
    }

    /// "it", "they", "I", "we" as the subject of a cue: "it" is the last organisation or document that
    /// spoke (or the organisation its own sentence opened with, inside a clause), "they" the last unnamed
    /// group, "I" outside quotation marks the article's author; otherwise the mention as written.
    func otherPronoun(at k: Int) -> Attribution? {
        let mention = span(k...k)
        if isWord(k, lex.it) {
            // "National Westminster Bank Plc … became the first … when it said …" (not "…, it said").
            if isWord(k - 1, in: lex.subordinators) || isWord(k - 1, in: lex.clauseJoints), var opener = openingOrganization(before: k) {
                opener.sourceSpan = mention
                opener.basis = .resolved
                return opener
            }
            guard let body = people.lastBody else { return nil }
            return Attribution(source: body, sourceType: people.type(of: body), cue: nil, sourceSpan: mention, cueSpan: nil,
                               basis: .resolved)
        }
        if isWord(k, lex.they) {
            if let group = people.lastGroup {
                return Attribution(source: group, sourceType: .anonymous, cue: nil, sourceSpan: mention, cueSpan: nil,
                                   basis: .resolved)
            }
            return Attribution(source: text(k), sourceType: .anonymous, cue: nil, sourceSpan: mention, cueSpan: nil, basis: .explicit)
        }
        if isWord(k, lex.i) {
            if !isInsideQuotation(k), let author = people.author, !author.isEmpty {
                return Attribution(source: author, sourceType: .person, cue: nil, sourceSpan: mention, cueSpan: nil, basis: .resolved)
            }
            return Attribution(source: text(k), sourceType: .person, cue: nil, sourceSpan: mention, cueSpan: nil, basis: .explicit)
        }
        if isWord(k, lex.we) {
            return Attribution(source: text(k), sourceType: .anonymous, cue: nil, sourceSpan: mention, cueSpan: nil, basis: .explicit)
        }
        return nil
    }

    /// A source mention whose last token is `k`.
    func mentionEnding(at k0: Int, start: Int? = nil) -> Attribution? {
        var k = k0
        if isWord(k, in: lex.pronouns) { return pronoun(at: k) }
        if let a = groupPronoun(at: k) { return a }
        // Wire copy brackets company names and tickers: "<Bank of Montreal>, Brazil's largest creditor, said",
        // "Amatil Ltd <AMAA.S> said".
        if isToken(k, lex.closeAngle), let open = (max(0, k - 8)..<k).last(where: { isToken($0, lex.openAngle) }) {
            k = isNameWord(open - 1) ? open - 1 : k - 1
        }
        // Skip a parenthesis between name and verb: "William Lai (賴清德) said".
        if isToken(k, lex.closeParen) {
            var depth = 0
            while k >= 0 {
                if isToken(k, lex.closeParen) { depth += 1 }
                if isToken(k, lex.openParen) {
                    depth -= 1
                    if depth == 0 { break }
                }
                k -= 1
            }
            k -= 1
            guard k >= 0 else { return nil }
        }
        // "Polls show", "Findings suggest", "Officials said": a capitalised document or source noun alone at the
        // start of its phrase is that noun, not a name.
        let commonNoun = t[k].isCapitalized && !has(k, .allCaps) && has(k, AC.document.union(AC.anonymous)) && !isNameWord(k - 1)
            && !isNameWord(k + 1)
        if isNameWord(k), !commonNoun {
            var s = k
            let mixedCase = !has(k, .allCaps)
            // Inside an organisation's name (one of its words in the run read so far) a possessive, an "and" between
            // capitals and a bracketed word go on with it: "Moody's Investors Service Inc", "Standard and Poor's Corp",
            // "Industrial Equity (Pacific) Ltd", "S and P".
            func organizationGoesOn(_ s: Int) -> Int? {
                let organization = (s...k).contains { lex.organizationWords.contains(t[$0].key) }
                // (The possessive's owner is part of the name only when a company's suffix follows it at once:
                // "McDonald's Corp", "Lowe's Cos Inc", "Moody's Investors Service", "People's Daily"; not "Japan's
                // Livestock Industry Promotion Corp", "Sweden's National Debt Office", "Texas Air Corp's Eastern Airlines".)
                if s >= 3, t[s].isCapitalized, lex.corporateWords.contains(t[s].key) || Self.possessiveNameHeads.contains(t[s].key),
                    isWord(s - 1, lex.s), !t[s - 1].spaceBefore,
                    isToken(s - 2, lex.straightApostrophe) || isToken(s - 2, lex.apostrophe), !t[s - 2].spaceBefore, isNameWord(s - 3)
                {
                    return 3
                }
                // (Not two people: "Securities Commissioner Ray Astin and Chairman of the Stock Exchange …".)
                // (The organisation's word may come before the "and": "the Organisation for Economic Cooperation and
                // Development said".)
                func organizationBefore(_ j: Int) -> Bool {
                    var i = j
                    while i >= 0, j - i < 6, isNameWord(i) || isWord(i, lex.of) || isWord(i, lex.forWord) {
                        if lex.organizationWords.contains(t[i].key) { return true }
                        i -= 1
                    }
                    return false
                }
                if s >= 2, isWord(s - 1, lex.and) || isToken(s - 1, lex.ampersand), isNameWord(s - 2), t[s].isCapitalized, !has(s, AC.title),
                    organization || (t[s].count == 1 && t[s - 2].count == 1) || (k - s < 2 && organizationBefore(s - 2) && (k > s || t[s].count > 3))  // (not "the Bank of England and Fed")
                {
                    return 2
                }
                // A label word that is no name elsewhere is one inside a firm's name: "CCR Video Corp", "Acme Photo Inc".
                if s >= 1, lex.corporateWords.contains(t[k].key), t[s - 1].isCapitalized, Self.labelsInFirmNames.contains(t[s - 1].key) {
                    return 1
                }
                if s >= 4, organization, isToken(s - 1, lex.closeParen), let open = (max(0, s - 5)..<(s - 1)).last(where: { isToken($0, lex.openParen) }),
                    open + 1 < s - 1, ((open + 1)..<(s - 1)).allSatisfy({ isNameWord($0) }), isNameWord(open - 1)
                {
                    return s - open + 1
                }
                return nil
            }
            while s - 1 >= 0, !(mixedCase && isHeadlineWord(s - 1)) {
                if let step = organizationGoesOn(s) {
                    s -= step
                    continue
                }
                guard isNameWord(s - 1) || (isToken(s - 1, lex.hyphen) && !t[s - 1].spaceBefore && !t[s].spaceBefore && isNameWord(s - 2) && isNameWord(s))
                    || (isGluedApostrophe(s - 1) && isNameWord(s - 2) && t[s].isCapitalized)
                    || (isToken(s - 1, lex.straightApostrophe) && !t[s - 1].spaceBefore && isNameWord(s - 2)
                        && bytes[t[s - 2].end - 1] == UInt8(ascii: "s"))  // "French Maize Producers' Association"
                    || isInitialDot(s - 1)
                    || joinsNameParticle(at: s - 1, step: -1)
                    || (joinsOrganizationName(at: s - 1, from: s - 2) && isNameWord(s - 2))
                    // An office with "of": "Secretary of State John Kerry", "Minister of Mines and Energy Subroto",
                    // "Speaker of the House Paul Ryan".
                    || (isWord(s - 1, lex.of) && has(s - 2, AC.title) && t[s - 2].isCapitalized)
                    || (has(s - 1, AC.article) && isWord(s - 2, lex.of) && has(s - 3, AC.title) && t[s - 3].isCapitalized)
                else { break }
                s -= isInitialDot(s - 1) ? 2 : has(s - 1, AC.article) ? 2 : 1
            }
            // Lowercase titles before a capitalised name: "former president Chen Shui-bian", and the
            // employer before them, which joins the title: "Bank of England deputy governor Rachel Lomax".
            // "analyst Rick Martin of Sanford C. Bernstein Co Inc said": the person before "of" an employer.
            if isWord(s - 1, lex.of), isNameWord(s - 2), isNameWord(s - 3), !has(s - 2, AC.title),  // not "Minister of …"
                (s...k).contains(where: { has($0, AC.organizationWord) || isAcronym($0) }),
                let a = mentionEnding(at: s - 2), a.sourceType == .person
            {
                return a
            }
            // "Rep. Tom Cole of Oklahoma said", "Senator John Cornyn of Texas": a person, then the place they stand for.
            if isWord(s - 1, lex.of), k - s < 2, isNameWord(s - 2), !has(s - 2, AC.title),
                let a = mentionEnding(at: s - 2), a.sourceType == .person, a.source.contains(" ") || a.title != nil
            {
                return a
            }
            // "analyst Jim Paulsen of Wells Capital said": after a role, two or three names before "of" are a
            // person and what follows the employer.
            let isRole = { (i: Int) in self.isWord(i, in: self.lex.titles) || self.isWord(i, in: self.lex.anonymous) }
            let p = s >= 1 && !t[s - 1].isCapitalized && isRole(s - 1) ? s : isRole(s) ? s + 1 : -1
            if p >= 0, p + 2 < k, let of = (p...k).first(where: { isWord($0, lex.of) }), of - p >= 2, of - p <= 3,
                !(p..<of).contains(where: { has($0, AC.organizationWord) || has($0, AC.title) || isAcronym($0) }),
                var a = named(start: p, end: of)
            {
                a.sourceType = .person
                return a
            }
            let nameStart = s
            while isWord(s - 1, in: lex.titles), !t[s - 1].isCapitalized { s -= 1 }
            if s < nameStart, isNameWord(s - 1) {
                s -= 1
                while isNameWord(s - 1) || (joinsOrganizationName(at: s - 1, from: s - 2) && isNameWord(s - 2)) { s -= 1 }
            }
            if isRespondents(start: s, end: k + 1) { return nil }
            // "figures from the Statistics Bureau show": the document is the subject, the name its owner.
            // "a study by the liberal watchdog group Media Matters found": a few describing words may come between.
            var d = s - 1
            while d > s - 6, d >= 0, t[d].isWord, !t[d].isCapitalized, !isWord(d, in: lex.ownerPrepositions), !has(d, AC.cue) { d -= 1 }
            if isWord(d, in: lex.ownerPrepositions) {
                var head = d - 1
                if isWord(head, in: lex.releaseVerbs) { head -= 1 }
                if isWord(head, in: lex.documents) {
                    return document(start: phraseStart(head: head), head: head, ownerStart: s, ownerEnd: k + 1)
                }
            }
            return named(start: s, end: k + 1)
        }
        if let head = word(k) {
            if isRespondentNoun(k) || isShare(before: k) { return nil }
            if isSourceNoun(head) {
                let s = start ?? phraseStart(head: k)
                if isRespondents(start: s, end: k + 1) { return nil }
                if lex.documents.contains(head) {
                    let owner = ownerBefore(s, k) ?? ownerAfter(k)
                    return document(start: s, head: k, ownerStart: owner?.0, ownerEnd: owner?.1)
                }
                let type: SourceType = lex.anonymous.contains(head) ? .anonymous : .organization
                // "the ministry" after "the Finance Ministry": the organisation named before.
                if type == .organization, k - s <= 1, let full = people.organization(for: head, lexicon: lex) {
                    return Attribution(source: full, sourceType: .organization, cue: nil, sourceSpan: span(s...k),
                                       cueSpan: nil, basis: .resolved)
                }
                return Attribution(source: stripDeterminer(joinTokens(s..<(k + 1))), sourceType: type, cue: nil,
                                   sourceSpan: span(s...k), cueSpan: nil, basis: .explicit)
            }
            // A title as the head of a description: "the Ohio governor", "the independent Vermont senator",
            // "the Republican presidential candidate" — a person the sentence does not name.
            if !t[k].isCapitalized, has(k, AC.title), !isWord(k, lex.executive), !isWord(k, in: lex.modifierTitles) {
                let s = start ?? phraseStart(head: k)
                // "the Ohio governor", "NATO's secretary general".
                // ("Donald Trump’s campaign manager": the owner's name may be more than one word.)
                var owner = s
                while owner < k, isNameWord(owner) { owner += 1 }
                if s < k, has(s, AC.article) || isWord(s, in: lex.phraseDeterminers) || (owner > s && isGluedApostrophe(owner)) {
                    return Attribution(source: stripDeterminer(joinTokens(s..<(k + 1))), sourceType: .person, cue: nil,
                                       sourceSpan: span(s...k), cueSpan: nil, basis: .explicit)
                }
            }
        }
        return nil
    }

    /// Capitalised owner words inside a document phrase: "a Nomura Research Institute survey".
    func ownerBefore(_ s: Int, _ k: Int) -> (Int, Int)? {
        var ownerStart: Int?
        var ownerEnd: Int?
        var i = s
        while i < k {
            // (A nationality alone is no owner, but it ends one: "the Sri Lankan authorities' estimates".)
            if isNameWord(i), !isNationality(i) || isNameWord(i + 1) || ownerEnd == i {
                if ownerStart == nil { ownerStart = i }
                ownerEnd = i + 1
            }
            i += 1
        }
        guard let ownerStart, let ownerEnd else { return nil }
        // A common word opening the sentence is no owner when the article writes it in lower case elsewhere: "Court
        // filings show", "Exit polls showed" (but "Gallup polls show").
        if ownerStart == 0, ownerEnd == 1, articleWritesLowercase(0) { return nil }
        return (ownerStart, ownerEnd)
    }

    /// Whether the article has token `i`'s word in lower case, as a word of its own, anywhere.
    func articleWritesLowercase(_ i: Int) -> Bool {
        let start = t[i].start, count = t[i].end - t[i].start
        guard count >= 2, bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z") else { return false }
        let first = bytes[start] | 0x20
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
        var k = 0
        while k + count <= bytes.count {
            if bytes[k] == first, k == 0 || !isLetter(bytes[k - 1]), k + count == bytes.count || !isLetter(bytes[k + count]),
                (1..<count).allSatisfy({ bytes[k + $0] == bytes[start + $0] })
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// A mention that starts at `s` (after "according to" or an inverted verb).
    func mentionAfter(_ s0: Int) -> Attribution? {
        var s = s0
        while isWord(s, in: lex.articles) { s += 1 }
        guard s < n else { return nil }
        if t[s].isWord, !t[s].isCapitalized, lex.pronouns.contains(t[s].key) { return mentionEnding(at: s) }
        // A compound modifier before the head: "the state-controlled coffee organisation", "the Paris-based agency",
        // "a government-commissioned report" (the first word is no title or name of its own).
        if let head = headAfterCompound(s) { return mentionEnding(at: head, start: s0) }
        // Title and name: "Ukrainian President Volodymyr Zelinskiy", "former president Chen".
        var e = s
        // "said race director David Bedford": a lowercase word or two before the title belong to it.
        if !isWord(s, in: lex.titles), let first = (s..<min(n, s + 4)).first(where: { isWord($0, in: lex.titles) }),
            (s..<first).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized && !isSourceNoun(t[$0].key)
                && !lex.phraseBreaks.contains(t[$0].key) && lex.cueRoles[t[$0].key] == nil })
        {
            e = first
        }
        while e < n {
            if isWord(e, in: lex.titles), !t[e].isCapitalized {
                e += 1
            } else if e > s, isToken(e, lex.hyphen), !t[e].spaceBefore, e + 1 < n, !t[e + 1].spaceBefore, isWord(e + 1, in: lex.titles),
                !t[e + 1].isCapitalized, isWord(e - 1, in: lex.titles)
            {
                e += 2  // "vice-chairman Vivek Paul", "chairman-elect Denys Henderson"
            } else {
                break
            }
        }
        // An office with "of" before the name: "said Secretary of State Hillary Clinton"; read back from the name's end.
        if has(e, AC.title), t[e].isCapitalized, isWord(e + 1, lex.of) {
            var k = has(e + 2, AC.article) ? e + 3 : e + 2
            while isNameWord(k + 1) || isInitialDot(k + 1) { k += 1 }
            if isNameWord(k), k >= e + 4, let a = mentionEnding(at: k, start: s0), a.sourceType == .person,
                let first = a.sourceSpan.flatMap({ tokenIndex(from: $0.start) }), first <= e
            {
                return a
            }
        }
        if isNameWord(e) {
            let nameStart = e
            while e + 1 < n, isNameWord(e + 1) || (isToken(e + 1, lex.hyphen) && isNameWord(e + 2))
                // "according to Moody’s Analytics": a firm's possessive inside its name, before another capitalised word.
                || (isGluedApostrophe(e + 1) && isWord(e + 2, lex.s) && isNameWord(e + 3) && t[e + 3].spaceBefore
                    && ((e + 3)..<min(n, e + 6)).contains(where: { has($0, AC.organizationWord) }))  // (not "Florida’s Rick Wilson")
                || (isWord(e + 1, lex.s) && isGluedApostrophe(e) && isNameWord(e + 2))
                || joinsOrganizationName(at: e + 1, from: nameStart) || (isInitialDot(e + 1) && isNameWord(e + 2))
                || joinsOffices(at: e + 1) || joinsNameParticle(at: e + 1, step: 1)
            {
                e += 1
            }
            // "according to Trump's campaign": the owner's body or spokesman; "according to Macy's,": a firm named so.
            if isGluedApostrophe(e + 1), isWord(e + 2, lex.s) {
                // (Not when a name follows the role: "said Trump's campaign manager Robby Mook" names Mook.)
                // (Only a source noun that ends the phrase: not "Einstein's general theory", "Tunisia's foreign ministry".)
                if let head = ownedHead(after: e, before: n), isSourceNoun(t[head].key), head + 1 >= n || !t[head + 1].isWord || has(head + 1, AC.cue),
                    let a = mentionEnding(at: head, start: s)
                {
                    return a
                }
                if e + 3 >= n || t[e + 3].kind == .symbol, var a = named(start: nameStart, end: e + 1) {
                    appendPossessive(to: &a, apostrophe: e + 1)
                    return a
                }
            }
            // "Bank of England deputy governor Rachel Lomax": an employer, lowercase titles, then the person.
            // Or a role the lexicon does not list: "Wales physio Mark Davies", "Aviator star Alan Alda".
            var titleEnd = e + 1
            while titleEnd < e + 4, let w = word(titleEnd), !t[titleEnd].isCapitalized,
                !lex.phraseBreaks.contains(w) || (w == lex.and && titleEnd > e + 1),
                !lex.articles.contains(w), !lex.nameJoints.contains(w) || (w == lex.and && titleEnd > e + 1),
                !lex.subjectPrepositions.contains(w),
                !isSourceNoun(w) || has(titleEnd, AC.title) || lex.organizations.contains(w),
                !lex.modals.contains(w), !lex.auxiliaries.contains(w), !has(titleEnd, AC.cue),
                // A role is a noun, not a verb in "-ed" or "-ing" ("… Schultz dismissed Bernie Sanders’ …").
                has(titleEnd, AC.title) || !(t[titleEnd].count > 4 && (endsIn(titleEnd, "ed") || endsIn(titleEnd, "ing")))
            {
                titleEnd += 1
            }
            if titleEnd > e + 1, isNameWord(titleEnd), isNameWord(titleEnd + 1) || isInitialDot(titleEnd + 1)
                || has(titleEnd - 1, AC.title)
            {
                var nameEnd = titleEnd
                while isNameWord(nameEnd + 1) || (isToken(nameEnd + 1, lex.hyphen) && isNameWord(nameEnd + 2))
                    || isInitialDot(nameEnd + 1)
                {
                    nameEnd += 1
                }
                if var a = named(start: titleEnd, end: nameEnd + 1), a.sourceType == .person || nameEnd > titleEnd {
                    a.sourceType = .person
                    a.title = joinTokens(s..<titleEnd)
                    a.sourceSpan = span(s...nameEnd)
                    return a
                }
            }
            // "Bob Bannon of Security Pacific National Bank": a person, then where they work.
            if let of = (nameStart..<e).first(where: { isWord($0, lex.of) }), of - nameStart >= 2, of - nameStart <= 3,
                !(nameStart..<of).contains(where: { has($0, AC.organizationWord) || has($0, AC.title) || isAcronym($0) }),
                let a = named(start: s, end: of), a.sourceType == .person
            {
                return a
            }
            // "a Nomura Research Institute survey"
            if isWord(e + 1, in: lex.documents), !(word(e + 2).map { isSourceNoun($0) && !lex.documents.contains($0) } ?? false) {
                return document(start: s0, head: e + 1, ownerStart: s, ownerEnd: e + 1)
            }
            // "a Japanese oil trader", "a Finance Ministry official", "a U.S. official": the name only qualifies
            // the source (past the full stop of a dotted abbreviation).
            var h = e + 1
            if isAbbreviationStop(h) { h += 1 }
            while h < e + 4, let w = word(h), !t[h].isCapitalized, !isSourceNoun(w), !lex.speechVerbs.contains(w),
                !lex.phraseBreaks.contains(w), !lex.articles.contains(w), !lex.nameJoints.contains(w)
            {
                h += 1
            }
            // The head is the last of a run of source nouns: "a GOP data expert".
            while word(h) != nil, !t[h].isCapitalized, let next = word(h + 1), !t[h + 1].isCapitalized, isSourceNoun(next) { h += 1 }
            if let w = word(h), !t[h].isCapitalized, lex.anonymous.contains(w) {
                return mentionEnding(at: h, start: s)
            }
            // "said lead manager Salomon Brothers Inc": a company keeps its name without the role.
            guard var a = named(start: s, end: e + 1) else { return nil }
            if a.sourceType == .organization, nameStart > s { a.source = joinTokens(nameStart..<(e + 1)) }
            return a
        }
        // Only lowercase titles: "according to the state auditor". When a source noun follows, it is the head
        // ("said the former aide", "said a former top official"), read below.
        let headFollows = (e..<min(n, e + 5)).first { t[$0].isWord && !t[$0].isCapitalized && isSourceNoun(t[$0].key) }
            .map { h in (e..<h).allSatisfy { t[$0].isWord && !t[$0].isCapitalized && !lex.phraseBreaks.contains(t[$0].key) } } ?? false
        if e > s, !headFollows {
            return Attribution(source: joinTokens(s..<e), sourceType: .person, cue: nil,
                               sourceSpan: span(s...(e - 1)), cueSpan: nil, basis: .explicit)
        }
        // "according to a survey by X", "according to officials", "according to company data":
        // the head is the last of a run of source nouns.
        var h = s
        while h < s + 6, let w = word(h) {
            if isSourceNoun(w) {
                // "campaign manager Robby Mook": a title after the noun goes on with it.
                while let next = word(h + 1), isSourceNoun(next) || lex.titles.contains(next) { h += 1 }
                // "industry website Screen Daily", "analysts Gartner": the name after the noun is the source.
                // After a title the name is a person's, whose employer may follow ("energy analyst Orin
                // Middleton of Barclays Capital"); a source noun after the name makes it a qualifier
                // ("official Yugoslav figures").
                let title = lex.titles.contains(t[h].key)
                if !lex.documents.contains(t[h].key), isNameWord(h + 1) {
                    var e = h + 1
                    while isNameWord(e + 1) || (!title && joinsOrganizationName(at: e + 1, from: h + 1)) { e += 1 }
                    if let next = word(e + 1), isSourceNoun(next) {
                        return mentionEnding(at: e + 1, start: s0)
                    }
                    if var a = named(start: h + 1, end: e + 1) {
                        // "industry website Screen Daily" names a company; "aide Jake Sullivan" a person.
                        if a.sourceType == .person, a.title == nil, !lex.titles.contains(t[h].key), !lex.anonymous.contains(t[h].key) {
                            a.sourceType = .organization
                        }
                        return a
                    }
                }
                // "said the campaign manager, Robby Mook": the person named after a role.
                if title, var a = personNamed(afterComma: h + 1), let end = a.sourceSpan?.end {
                    a.sourceSpan = TextSpan(t[s0].start, end)
                    return a
                }
                return mentionEnding(at: h, start: s0)
            }
            h += 1
            // "said one U.S. source": past the full stop of a dotted abbreviation.
            if isAbbreviationStop(h) { h += 1 }
        }
        return nil
    }

    /// The source noun after a hyphenated modifier at `s` ("state-controlled", "Paris-based", "London-listed") and
    /// up to three lowercase words: the last of a run of source nouns, or nil.
    func headAfterCompound(_ s: Int) -> Int? {
        var c = s
        while c + 2 < n, t[c].isWord || t[c].isNumber, isToken(c + 1, lex.hyphen), !t[c + 1].spaceBefore, !t[c + 2].spaceBefore,
            t[c + 2].isWord, !t[c + 2].isCapitalized
        {
            c += 2
        }
        guard c > s else { return nil }
        var h = c + 1
        while h < c + 4, let w = word(h), !t[h].isCapitalized, !isSourceNoun(w), !lex.phraseBreaks.contains(w), !has(h, AC.cue) { h += 1 }
        guard let w = word(h), !t[h].isCapitalized, isSourceNoun(w) else { return nil }
        while let next = word(h + 1), !t[h + 1].isCapitalized, isSourceNoun(next) { h += 1 }
        return h
    }

    /// Whether token `k` is the full stop that ends a dotted abbreviation ("U.S.", "H.K.").
    func isAbbreviationStop(_ k: Int) -> Bool {
        k > 0 && isToken(k, lex.period) && !t[k].spaceBefore && bytes[t[k - 1].start..<t[k - 1].end].contains(UInt8(ascii: "."))
    }

    /// "data from the Labor Department", "a poll by Gallup": the owner after the document word.
    func ownerAfter(_ h: Int) -> (Int, Int)? {
        var k = h + 1
        if isWord(k, in: lex.documentVerbs) { k += 1 }
        guard isWord(k, in: lex.ownerPrepositions) else { return nil }
        k += 1
        while isWord(k, in: lex.articles) { k += 1 }
        // What the owner is may come first: "by consultancy Ovum", "by market research firm Mintel", "by UK think-tank Demos".
        guard k < n else { return nil }
        if !isWord(k - 1, lex.of), !isWord(k - 1, in: lex.possessiveDeterminers), !isNameWord(k) || isNationality(k) {
            var d = k
            if isNationality(d) { d += 1 }
            let descriptorStart = d
            // (Not past a cue: "issued by the conference here said frequency of Southern Africa …".)
            while d < k + 5, d < n, (t[d].isWord && !t[d].isCapitalized && !isWord(d, in: lex.possessiveDeterminers) && lex.cueRoles[t[d].key] == nil)
                || (isToken(d, lex.hyphen) && !t[d].spaceBefore)
            {
                d += 1
            }
            if d > descriptorStart, isNameWord(d), !isNationality(d), lex.ownerPrepositions.contains(t[k - 1].key) || has(k - 1, AC.article) { k = d }
        }
        guard isNameWord(k) else { return nil }
        var e = k
        // (Two owners too: "by The Washington Post and ABC News".)
        while isNameWord(e + 1) || (isToken(e + 1, lex.hyphen) && isNameWord(e + 2)) || joinsOrganizationName(at: e + 1, from: k)
            || (isWord(e + 1, lex.and) && isWord(k - 2, lex.by) && isNameWord(e + 2) && isNameWord(e + 3))
        {
            e += 1
        }
        if e == k, isNationality(k) { return nil }  // "a survey of US consumers": respondents, not the owner
        return (k, e + 1)
    }

    /// "A poll released Tuesday by Quinnipiac University", "the survey of 1,000 adults conducted last week by Ipsos":
    /// the owner named after a document verb a few words past the document `h`, before the cue `v`.
    func ownerAfterModifiers(_ h: Int, before v: Int) -> (Int, Int)? {
        // (Not past a relative clause or an aside: "The paper, which is published by Dow Jones, said".)
        guard let verb = ((h + 1)..<min(v, h + 8)).first(where: { isWord($0, in: lex.documentVerbs) }),
            !((h + 1)..<verb).contains(where: { !(t[$0].isWord || t[$0].isNumber) || has($0, AC.relative) })
        else { return nil }
        var b = verb + 1
        while b < v, b < verb + 5, t[b].isWord || t[b].isNumber, !isWord(b, lex.by), !has(b, AC.cue) { b += 1 }
        guard isWord(b, lex.by) else { return nil }
        return ownerAfter(b - 1)
    }

    /// The document a verb rests on, searched backwards to the previous comma.
    func documentBefore(_ v: Int) -> Attribution? {
        var k = v - 1
        var limit = max(0, v - 14)
        var agentPassed = false
        while k >= limit {
            // A participle's agent reaches further back: "A report about … issued over the summer by the Organization
            // for Economic Cooperation and Development noted".
            // (Only a name as the agent, right up to the verb.)
            if !agentPassed, isWord(k, lex.by), (max(0, k - 5)..<k).contains(where: { t[$0].isWord && !t[$0].isCapitalized && endsIn($0, "ed") }),
                k + 2 < v, ((k + 1)..<v).allSatisfy({ j in
                    (t[j].isWord && t[j].isCapitalized) || isWord(j, lex.of) || isWord(j, lex.forWord) || isWord(j, lex.and) || has(j, AC.article)
                })
            {
                agentPassed = true
                limit = max(0, limit - 8)
            }
            // A relative clause or aside set off by commas is passed over ("Exit polls from the primary, which
            // Mr. Trump won, showed"); a possessive's apostrophe too ("Saturday’s primary").
            if isComma(k), let open = (max(0, k - 20)..<k).last(where: { isComma($0) }),
                has(open + 1, AC.relative) || isAdverb(open + 1) || isWord(open + 1, in: lex.participles)
                    || (open + 2 < k && (endsIn(open + 1, "ed") || endsIn(open + 2, "ed")) && !t[open + 1].isCapitalized)
            {
                k = open - 1
                limit = max(0, limit - (v - open))
                continue
            }
            guard t[k].kind != .symbol || t[k].key == lex.hyphen || isGluedApostrophe(k) else { return nil }
            // ("a statement" is what someone issued, "issued a statement saying", unless it opens the sentence: "A statement
            // posted on its website said".)
            if let w = word(k), lex.documents.contains(w), !(w == lex.statement && isWord(k - 1, lex.a) && k - 1 > 0),
                // (A document word before people is their field: "a survey of leading Republican data operatives".)
                !(k + 1 < v && !t[k + 1].isCapitalized && endsIn(k + 1, "s") && isPersonNoun(k + 1)),
                // (nor a name's last word: "The Washington Post", "ABC News"; "the Reuters Poll" is a poll.)
                !(t[k].isCapitalized && isNameWord(k - 1) && !lex.namedDocuments.contains(w))
            {
                let s = phraseStart(head: k)
                let owner = ownerBefore(s, k) ?? ownerAfter(k) ?? ownerAfterModifiers(k, before: v)
                return document(start: s, head: k, ownerStart: owner?.0, ownerEnd: owner?.1)
            }
            // Another cue or a subject pronoun starts another clause: "but it said 40 customers had shown …"
            // (not a pronoun inside a clause on the document: "Surveys … taken as they entered showed").
            // (Not a participle in "-ed" that qualifies the document before it: "A statement posted on its website said".)
            if t[k].isWord,
                lex.cueRoles[t[k].key] != nil
                    && !(k > 0 && endsIn(k, "ed") && isWord(k - 1, in: lex.documents) && isWord(k + 1, in: lex.qualifyingPrepositions))
                || (lex.otherPronouns.contains(t[k].key) && !isWord(k - 1, in: lex.subordinators) && !isWord(k - 1, lex.asWord))
            {
                return nil
            }
            k -= 1
        }
        return nil
    }

    func document(start s: Int, head h: Int, ownerStart: Int?, ownerEnd: Int?) -> Attribution {
        var end = h + 1
        if isWord(end, in: lex.documentVerbs), isWord(end + 1, lex.by) || isWord(end + 1, lex.from) {
            end += 1
        }
        // "a survey of US consumers": keep what the document is of, for the reader.
        if isWord(end, lex.of) || isWord(end, lex.by) || isWord(end, lex.from) {
            var e = end + 1
            // Up to the verb's auxiliary too: "analysis by the firm has found".
            // A possessive stays in, its apostrophe and "s" not counted ("a statement from the prime minister's office"),
            // unless the phrase runs on past the words kept, which then end before it.
            var possessive: Int?
            while e < n, t[e].isWord || t[e].isNumber || (isToken(e, lex.hyphen) && !t[e].spaceBefore) || isGluedApostrophe(e),
                e < end + 6 + (possessive == nil ? 0 : 2),
                !lex.evidenceVerbs.contains(t[e].key) || isToken(e + 1, lex.hyphen),
                !lex.speechVerbs.contains(t[e].key) || isToken(e + 1, lex.hyphen),  // ("think-tank")
                !lex.documentOfStops.contains(t[e].key), !lex.verbAuxiliaries.contains(t[e].key)
            {
                if possessive == nil, isGluedApostrophe(e) { possessive = e }
                e += 1
            }
            if let possessive, e == end + 8, e < n, t[e].isWord { e = possessive }
            end = e
        }
        let type = SourceType.document(t[h].lower(in: bytes)) ?? .document
        if let os = ownerStart, let oe = ownerEnd {
            end = max(end, oe)  // an owner named after the document's modifiers is in the mention
            return Attribution(source: joinTokens(os..<oe), sourceType: type, cue: nil, sourceSpan: span(s...(end - 1)),
                               cueSpan: nil, basis: .explicit)
        }
        return Attribution(source: stripDeterminer(joinTokens(s..<end)), sourceType: type, cue: nil,
                           sourceSpan: span(s...(end - 1)), cueSpan: nil, basis: .explicit)
    }

    /// Start of the noun phrase ending at `head`: back to a determiner or punctuation, at most 6 words.
    func phraseStart(head: Int) -> Int {
        var s = head
        // Hyphens inside words ("state-owned") and apostrophes glued to one ("year's", "Manufacturers'"),
        // not dashes or quote marks.
        while s - 1 >= 0, s > head - 7, !inSum(s - 1),  // ("the £100m analysts had expected")
            t[s - 1].isWord || t[s - 1].isNumber
                || (isToken(s - 1, lex.hyphen) && !t[s - 1].spaceBefore && !t[s].spaceBefore)
                || (isApostrophe(s - 1) && !t[s - 1].spaceBefore
                    && s >= 2 && t[s - 2].isWord)  // (not a single quote closing a quotation: "…,' Slidell police said")
                || isAbbreviationStop(s - 1)  // "U.S. reconnaissance images"
        {
            let w = t[s - 1].key
            // "the Finance and Agriculture ministries": an "and" between two names stays in the phrase.
            let joinsNames = w == lex.and && isNameWord(s - 2) && isNameWord(s)
            // A verb glued by a hyphen to the word before it is part of a modifier ("the self-described socialist").
            let inCompound = s >= 2 && isToken(s - 2, lex.hyphen) && !t[s - 2].spaceBefore && !t[s - 1].spaceBefore
            if !inCompound, lex.speechVerbs.contains(w) || lex.evidenceVerbs.contains(w) { break }
            if lex.phraseBreaks.contains(w) && !joinsNames { break }
            // A verb ends a noun phrase: "the chemical had led some newspapers".
            if !inCompound, lex.haveForms.contains(w) || lex.irregularPasts.contains(w) { break }
            // … and so does a word in -ed right after a name: "comments on South Korea surprised analysts, who said".
            // (Not a capitalised word opening the sentence, which may be no name: "All polled analysts said".)
            if !inCompound, !t[s - 1].isCapitalized, endsIn(s - 1, "ed"), s >= 3, t[s - 2].isCapitalized, isNameWord(s - 2) { break }
            if has(s - 1, AC.beForm) || has(s - 1, AC.modal) { break }
            // Nor a relative pronoun or an opening adverb ("which French officials said", "Instead people said").
            if lex.phraseOpeners.contains(w), !(isToken(s, lex.hyphen) && !t[s].spaceBefore) { break }  // not "now-familiar"
            // "chamber of commerce poll" keeps its "of"; "58 percent of respondents" does not.
            // (A capitalised source word after a name's "of" is the name's: "Central Bureau of Statistics figures".)
            if w == lex.of, s - 2 >= 0,
                t[s - 2].isNumber || lex.shareWords.contains(t[s - 2].key)
                    || (isSourceNoun(t[s].key) && !(t[s].isCapitalized && t[s - 2].isCapitalized && isNameWord(s - 2)))
            {
                break
            }
            s -= 1
            if lex.phraseDeterminers.contains(w) { break }
        }
        return s
    }

    func stripDeterminer(_ phrase: String) -> String {
        for d in ["a ", "an ", "the ", "A ", "An ", "The "] where phrase.hasPrefix(d) {
            return String(phrase.dropFirst(d.count))
        }
        return phrase
    }

    /// "25 percent of Japanese", "a majority of respondents": the people a figure measures.
    func isRespondents(start s: Int, end e: Int) -> Bool {
        if isShare(before: s) { return true }
        return e - s == 1 && isRespondentNoun(s)
    }

    /// "voters", "Americans", "consumers": what a poll's figures measure when the sentence states one; in a
    /// sentence without figures they are people who spoke ("Voters said they were angry").
    func isRespondentNoun(_ k: Int) -> Bool {
        isWord(k, in: lex.respondents) && quantities.contains(where: \.isStatistic)
    }

    func isShare(before s: Int) -> Bool {
        var k = s - 1
        // "30 percent of Mr. Sanders's backers": the mention starts after the title.
        if isToken(k, lex.period), has(k - 1, AC.title) { k -= 2 } else if has(k, AC.title) { k -= 1 }
        while isWord(k, in: lex.shareDeterminers) { k -= 1 }
        guard isWord(k, lex.of) else { return false }
        let before = k - 1
        guard before >= 0 else { return false }
        if t[before].isNumber || isToken(before, lex.percent) { return true }
        if isWord(before, in: lex.shareWords) { return true }
        // (A count with its own noun is people, not a share: "At least a dozen members of Congress told …".)
        return quantities.contains { $0.span.end == t[before].end && $0.isStatistic && $0.kind != .count }
    }

    /// "House Speaker Jim Wright and Senate Majority Leader": a title before an "and", so two people,
    /// where "Laurie Milbank and Co assistant manager" is one employer.
    func twoPeople(_ range: Range<Int>) -> Bool {
        guard let joint = range.first(where: { isWord($0, lex.and) || isToken($0, lex.ampersand) }),
            let title = (range.lowerBound..<joint).last(where: { lex.titles.contains(t[$0].key) })
        else { return false }
        // A name between that title and the "and" ("Speaker Jim Wright and"); "President and Chief
        // Executive Officer Joseph Bouckaert" is one person with two offices.
        return ((title + 1)..<joint).contains { isNameWord($0) && !lex.titles.contains(t[$0].key) }
    }

    /// A named source from tokens `s..<e`: title split off, type guessed, short names resolved.
    func named(start s: Int, end e: Int) -> Attribution? {
        guard s < e else { return nil }
        let range = s..<e
        let mention = span(s...(e - 1))
        // An office with "of", then the person: "Secretary of Commerce Malcolm Baldrige", "Speaker of the House Paul Ryan".
        // ("Governor of the Bank of England Mervyn King", "Minister of Mines and Energy Subroto": the office runs to the
        // word after its last "of", and an "and" joining another.)
        if range.contains(where: { isWord($0, in: Self.officeHeads) && t[$0].isCapitalized && isWord($0 + 1, lex.of) }),
            let lastOf = range.last(where: { isWord($0, lex.of) })
        {
            var office = has(lastOf + 1, AC.article) ? lastOf + 2 : lastOf + 1
            while isWord(office + 1, lex.and), isNameWord(office + 2), office + 3 < e { office += 2 }
            // Only the office: "Secretary of State said" names its holder by it, as a description would (a name set off
            // after it is preferred: "The Bishop of Durham, the Rt Rev Dr Tom Wright, described …").
            if office + 1 == e, t[s].isCapitalized, isWord(s, in: Self.officeHeads) {
                return Attribution(source: joinTokens(range), sourceType: .anonymous, cue: nil, sourceSpan: mention, cueSpan: nil,
                                   basis: .explicit)
            }
            // (A one-word rest is the office's own last word, "Director of Public Prosecutions", unless an "and" ended it.)
            // (A nationality opens a longer name: "President of the Indian Merchants Chambers".)
            if office + 2 < e || (office + 1 < e && isWord(office - 1, lex.and)), t[office].isCapitalized, !isNationality(office), ((office + 1)..<e).allSatisfy({ isNameWord($0) || isInitialDot($0) }),
                !((office + 1)..<e).contains(where: { lex.organizationWords.contains(t[$0].key) || isAcronym($0) })
            {
                return Attribution(source: joinTokens((office + 1)..<e), sourceType: .person, cue: nil, sourceSpan: mention, cueSpan: nil,
                                   basis: .explicit, title: joinTokens(s..<(office + 1)))
            }
        }
        // An employer or office before the title: "Bank of Japan Governor Haruhiko Kuroda",
        // "Apple Chief Executive Tim Cook". The person is the name after the last title word.
        if let lastTitle = range.last(where: { lex.titles.contains(t[$0].key) }), lastTitle > s, lastTitle + 1 < e,
            !(range.lowerBound..<lastTitle).allSatisfy({ lex.titles.contains(t[$0].key) || isNationality($0) }),
            !twoPeople(range.lowerBound..<lastTitle),
            ((lastTitle + 1)..<e).allSatisfy({ isNameWord($0) || isToken($0, lex.hyphen) || isInitialDot($0) }),
            !((lastTitle + 1)..<e).contains(where: { lex.organizationWords.contains(t[$0].key) || isAcronym($0) })
        {
            // The period of an abbreviated title stays with it: "House Rep." and "Paul Ryan".
            let titleEnd = isToken(lastTitle + 1, lex.period) ? lastTitle + 2 : lastTitle + 1
            var name = joinTokens(titleEnd..<e)
            var basis = AttributionBasis.explicit
            if titleEnd + 1 == e, let full = people.fullName(for: t[titleEnd], in: bytes) {
                name = full
                basis = .resolved
            }
            return Attribution(source: name, sourceType: .person, cue: nil, sourceSpan: mention, cueSpan: nil,
                               basis: basis, title: joinTokens(s..<titleEnd))
        }
        // "Morning Consult Poll", "Reuters Poll": a name that ends in a document word is that document, owned by the rest.
        if e - s >= 2, lex.namedDocuments.contains(t[e - 1].key), !range.contains(where: { isWord($0, in: lex.nameJoints) }) {
            return document(start: s, head: e - 1, ownerStart: s, ownerEnd: e - 1)
        }
        // ("Economist" before a person's name is the title: "Economist Philip Shaw said"; "The Economist", "Economist
        // Intelligence Unit" are firms.)
        let economistTitle = e - s >= 3 && isWord(s, lex.economist) && ((s + 1)..<e).allSatisfy { isNameWord($0) }
        let hasOrgWord = range.contains { lex.organizationWords.contains(t[$0].key) && !($0 == s && economistTitle) }
        // (Capitals that are a person's title do not make an organisation: "the CEO said", "Labour MP".)
        if hasOrgWord || range.contains(where: { isAcronym($0) && !lex.personAcronyms.contains(t[$0].key) }) {
            return Attribution(source: joinTokens(range), sourceType: .organization, cue: nil, sourceSpan: mention,
                               cueSpan: nil, basis: .explicit)
        }
        // The title ends at the last title word that only has titles or nationalities before it.
        var titleEnd = s
        for k in range {
            if lex.titles.contains(t[k].key) {
                titleEnd = k + 1
            } else if isToken(k, lex.period), k > s, lex.titles.contains(t[k - 1].key) {
                titleEnd = k + 1  // "Mr.", "Gov."
            } else if !isNationality(k) {
                break
            }
        }
        if titleEnd >= e {
            // Only a title ("the President said"): a person, named by the title.
            return Attribution(source: joinTokens(range), sourceType: .person, cue: nil, sourceSpan: mention,
                               cueSpan: nil, basis: .explicit)
        }
        let nameRange = titleEnd..<e
        var name = joinTokens(nameRange)
        if e - s == 1, lex.anonymous.contains(t[s].key) || lex.organizations.contains(t[s].key) {
            return Attribution(source: name, sourceType: lex.anonymous.contains(t[s].key) ? .anonymous : .organization,
                               cue: nil, sourceSpan: mention, cueSpan: nil, basis: .explicit)
        }
        var basis = AttributionBasis.explicit
        if nameRange.count == 1 {
            if let full = people.fullName(for: t[titleEnd], in: bytes) {
                name = full
                basis = .resolved  // "Zelinskiy" after "Volodymyr Zelinskiy"
            } else if titleEnd == s {
                return Attribution(source: name, sourceType: .organization, cue: nil, sourceSpan: mention, cueSpan: nil,
                                   basis: .explicit)
            }
        }
        return Attribution(source: name, sourceType: .person, cue: nil, sourceSpan: mention, cueSpan: nil,
                           basis: basis, title: titleEnd > s ? joinTokens(s..<titleEnd) : nil)
    }
}
