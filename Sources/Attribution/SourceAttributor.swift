import ClaimTraceCore

/// Finds who or what each sentence's claim rests on.
///
/// In order: an explicit source in the sentence ("according to X", "X said",
/// "said X", "a X survey … showed"), with pronouns resolved to the last person
/// named in the article; else, for a sentence with a statistic, the source of
/// the previous sentence in the paragraph (`inherited`); else the byline.
public struct SourceAttributor: Stage {
    /// When false, every sentence gets no attribution (a pipeline without the stage).
    public var enabled: Bool
    /// Carry a source to the next sentence of the paragraph when it has figures but names no source.
    public var inherit: Bool
    /// Fall back to the article's author for figures nobody else is named for.
    public var bylineFallback: Bool

    public init(enabled: Bool = true, inherit: Bool = true, bylineFallback: Bool = true) {
        self.enabled = enabled
        self.inherit = inherit
        self.bylineFallback = bylineFallback
    }

    public func process(_ tagged: TaggedArticle) -> AttributedArticle {
        let article = tagged.segmented.article
        let sentences = tagged.segmented.sentences
        guard enabled else {
            return AttributedArticle(tagged: tagged, attributions: Array(repeating: nil, count: sentences.count))
        }
        let attributions: [Attribution?] = article.text.withUTF8Bytes { bytes in
            var people = PersonRegistry()
            // First what each sentence names itself, and how it opens or closes quotes.
            var explicit: [Attribution?] = []
            var quoteBalance: [Int] = []
            var startsWithQuote: [Bool] = []
            explicit.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                let tokens = Tokenizer.tokenize(bytes, sentence.span)
                var finder = SourceFinder(tokens: tokens, people: people, quantities: tagged.quantities[index])
                explicit.append(finder.find())
                people = finder.people
                people.noteMentions(in: tokens)
                quoteBalance.append(QuoteMarks.balance(tokens))
                startsWithQuote.append(tokens.first.map { QuoteMarks.opening.contains($0.text) } ?? false)
            }
            // A quote over several sentences belongs to the source named where it closes.
            var pending: [Int] = []
            var open = false
            for index in sentences.indices {
                if index > 0, sentences[index].paragraph != sentences[index - 1].paragraph, !startsWithQuote[index] {
                    pending.removeAll()
                    open = false
                }
                if quoteBalance[index] > 0 {
                    open = true
                    pending = explicit[index] == nil ? [index] : []
                } else if open, quoteBalance[index] < 0 || (quoteBalance[index] == 0 && explicit[index] != nil) {
                    if var speaker = explicit[index], speaker.quote == .direct {
                        speaker.basis = .inherited
                        speaker.sourceSpan = nil
                        speaker.cueSpan = nil
                        speaker.content = nil
                        for earlier in pending { explicit[earlier] = speaker }
                    }
                    pending.removeAll()
                    open = false
                } else if open, explicit[index] == nil {
                    pending.append(index)
                }
            }
            var result: [Attribution?] = []
            result.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                let hasStatistic = tagged.quantities[index].contains(where: \.isStatistic)
                var attribution = explicit[index]
                if attribution == nil, hasStatistic, inherit, index > 0,
                    sentences[index - 1].paragraph == sentence.paragraph,
                    var previous = result[index - 1], previous.basis != .byline
                {
                    previous.basis = .inherited
                    previous.sourceSpan = nil
                    previous.cueSpan = nil
                    attribution = previous
                }
                if attribution == nil, hasStatistic, bylineFallback, let author = article.author, !author.isEmpty {
                    attribution = Attribution(
                        source: author, sourceType: .person, cue: nil, sourceSpan: nil, cueSpan: nil, basis: .byline)
                }
                result.append(attribution)
            }
            return result
        }
        return AttributedArticle(tagged: tagged, attributions: attributions)
    }
}

/// Quote marks in a token list.
enum QuoteMarks {
    static let opening: Set<String> = ["“", "\"", "«", "„"]

    /// Positive when the sentence leaves a quote open, negative when it closes one opened before.
    /// Curly quotes say which they are; a straight quote opens when no word is glued before it.
    static func balance(_ tokens: [Token]) -> Int {
        var balance = 0
        var straightOpen = false
        for (i, token) in tokens.enumerated() where token.kind == .symbol {
            switch token.text {
            case "“", "«", "„": balance += 1
            case "”", "»": balance -= 1
            case "\"":
                let opens = token.spaceBefore || i == 0 || !(i + 1 < tokens.count && tokens[i + 1].spaceBefore)
                if !straightOpen && opens {
                    balance += 1
                    straightOpen = true
                } else {
                    balance -= 1
                    straightOpen = false
                }
            default: break
            }
        }
        return balance
    }
}

/// People and organisations named so far in an article, to resolve "He", "Zelinskiy" and "the ministry".
struct PersonRegistry {
    /// Full organisation names by their lowercase head words ("ministry" → "Finance Ministry").
    private var organizations: [String: String] = [:]

    /// Heads found in each organisation name, so a name mentioned again costs one lookup.
    private var headsByName: [String: [String]] = [:]

    mutating func registerOrganization(_ name: String) {
        let heads = headsByName[name] ?? name.split(separator: " ").map { $0.lowercased() }.filter {
            AttributionLexicon.organizations.contains($0) || AttributionLexicon.organizationWords.contains($0)
        }
        headsByName[name] = heads
        for head in heads { organizations[head] = name }
    }

    func organization(for head: String) -> String? { organizations[head] }

    private(set) var names: [String] = []
    private var bySurname: [String: String] = [:]
    private(set) var last: String?

    mutating func register(_ name: String) {
        if !names.contains(name) { names.append(name) }
        let parts = name.split(separator: " ")
        if parts.count > 1, let surname = parts.last { bySurname[String(surname)] = name }
        if parts.count > 1, let first = parts.first { bySurname[String(first)] = bySurname[String(first)] ?? name }
        last = name
    }

    func fullName(for word: String) -> String? { bySurname[word] }

    /// The last run of two or three capitalised words with no organisation word: a person
    /// named without a title ("Maria Lopez chairs the board"), the fallback for "She".
    private(set) var lastNameRun: String?

    /// A surname mentioned anywhere in a sentence makes that person the latest one; a capitalised
    /// name with an organisation word ("the Finance Ministry") is remembered for "the ministry".
    mutating func noteMentions(in tokens: [Token]) {
        var runStart: Int?
        var lastRun: Range<Int>?
        for (i, token) in tokens.enumerated() {
            let inName = token.isWord && token.isCapitalized && !AttributionLexicon.notNameKeys.contains(token.key)
            if inName {
                if !bySurname.isEmpty, let name = bySurname[token.text] { last = name }
                if runStart == nil { runStart = i }
            }
            if !inName || i == tokens.count - 1, let start = runStart {
                let end = inName ? i + 1 : i
                runStart = nil
                guard end - start >= 2 else { continue }
                let words = tokens[start..<end]
                if words.contains(where: { AttributionLexicon.organizationWordKeys.contains($0.key) }) {
                    registerOrganization(words.map(\.text).joined(separator: " "))
                } else if end - start <= 3, !words.contains(where: { $0.text.utf8.count < 2 }),
                    words.allSatisfy({ $0.text != $0.text.uppercased() })
                {
                    lastRun = start..<end  // build the string once, for the sentence's last run only
                }
            }
        }
        if let run = lastRun { lastNameRun = tokens[run].map(\.text).joined(separator: " ") }
    }
}

struct SourceFinder {
    typealias L = AttributionLexicon
    let t: [Token]
    let n: Int
    var people: PersonRegistry
    let quantities: [Quantity]

    init(tokens: [Token], people: PersonRegistry, quantities: [Quantity]) {
        t = tokens
        n = tokens.count
        self.people = people
        self.quantities = quantities
    }

    func lower(_ i: Int) -> String? { i >= 0 && i < n && t[i].isWord ? t[i].lower : nil }
    func text(_ i: Int) -> String? { i >= 0 && i < n ? t[i].text : nil }
    func isComma(_ i: Int) -> Bool { text(i) == "," }
    func isClosingQuote(_ i: Int) -> Bool { ["\"", "”", "’", "'"].contains(text(i) ?? "") }

    func isNameWord(_ i: Int) -> Bool {
        guard i >= 0, i < n, t[i].isWord else { return false }
        if t[i].isCapitalized { return !L.notNameKeys.contains(t[i].key) }
        // "Shui-bian": a lowercase part glued by a hyphen to a capitalised one.
        return i >= 2 && text(i - 1) == "-" && !t[i - 1].spaceBefore && !t[i].spaceBefore && t[i - 2].isCapitalized
    }

    /// "of", "for", "and", "&" inside an organisation's name: "National Association of Realtors",
    /// "Bureau of Labor Statistics". True when token `i` is such a joint and the name that starts at
    /// `from` and goes on after it has an organisation word.
    func joinsOrganizationName(at i: Int, from start: Int) -> Bool {
        guard i > start, let w = lower(i), ["of", "for", "and", "&"].contains(w) || text(i) == "&",
            isNameWord(i + 1), isNameWord(i - 1)
        else { return false }
        var e = i + 1
        while isNameWord(e + 1) { e += 1 }
        return (max(0, start)...e).contains { L.organizationWords.contains(t[$0].lower) }
    }

    func isAcronym(_ i: Int) -> Bool {
        t[i].isWord && t[i].text.count >= 2 && t[i].text.count <= 6
            && t[i].text.unicodeScalars.allSatisfy { ($0 >= "A" && $0 <= "Z") || $0 == "." }
    }

    func isNationality(_ i: Int) -> Bool {
        guard t[i].isWord, t[i].isCapitalized else { return false }
        let w = t[i].text
        return w.hasSuffix("an") || w.hasSuffix("ese") || w.hasSuffix("ish") || w.hasSuffix("i") || w == "US"
            || w == "U.S" || w == "UK" || w == "EU" || w == "French" || w == "Dutch" || w == "Greek" || w == "Thai"
    }

    mutating func find() -> Attribution? {
        registerTitledNames()
        guard var a = findCue() else { return nil }
        if a.sourceType == .person, a.basis == .explicit { people.register(a.source) }
        if a.sourceType == .organization, a.basis == .explicit, a.source.first?.isUppercase == true {
            people.registerOrganization(a.source)
        }
        if let content = quotedContent(), t.filter({ $0.isWord && $0.start >= content.start && $0.end <= content.end }).count >= 4,
            a.cue.map({ L.speechVerbs.contains($0) || $0 == ":" || $0 == "—" || $0 == "quoted as saying" }) ?? false
        {
            // Fewer than four quoted words are scare quotes ("XX fellow travelers"), not the source's words.
            a.quote = .direct
            a.content = content
        } else if let cue = a.cue, L.speechVerbs.contains(cue) || cue == "saying" || cue == "quoted as saying" {
            a.quote = .indirect
        }
        return a
    }

    /// The quoted words of the sentence: the text between its first opening and its last closing quote mark.
    func quotedContent() -> TextSpan? {
        guard let open = t.firstIndex(where: { $0.kind == .symbol && ($0.text == "\"" || $0.text == "“" || $0.text == "”") })
        else { return nil }
        guard let close = t.lastIndex(where: { $0.kind == .symbol && ($0.text == "\"" || $0.text == "”") }) else { return nil }
        if close == open, open > 1, t[open].text != "“" {
            // Only a closing mark: the quote began in an earlier sentence and ends here.
            var end = open - 1
            while end > 0, t[end].kind == .symbol, [",", "."].contains(t[end].text) { end -= 1 }
            return TextSpan(t[0].start, t[end].end)
        }
        guard close > open + 1 else { return nil }
        var end = close - 1
        while end > open, t[end].kind == .symbol, [",", "."].contains(t[end].text) { end -= 1 }
        return TextSpan(t[open + 1].start, t[end].end)
    }

    mutating func findCue() -> Attribution? {
        // "Jane Doe: The figures are wrong." — a name and a colon open the sentence.
        if n > 2, let colon = t.prefix(8).firstIndex(where: { $0.kind == .symbol && $0.text == ":" }), colon > 0, colon + 1 < n,
            (0..<colon).allSatisfy({ isNameWord($0) || (lower($0).map { L.titles.contains($0) } ?? false) }),
            var a = named(start: 0, end: colon)
        {
            a.cue = ":"
            a.cueSpan = TextSpan(t[colon].start, t[colon].end)
            return a
        }
        // "… sharply,” — Jane Doe" — a dash and a name close it.
        if let dash = t.lastIndex(where: { $0.kind == .symbol && ($0.text == "—" || $0.text == "–") }), dash + 1 < n, dash > 0 {
            var e = n
            while e > dash + 1, t[e - 1].kind == .symbol { e -= 1 }
            if e > dash + 1, ((dash + 1)..<e).allSatisfy({ isNameWord($0) || text($0) == "-" }), e - dash - 1 <= 5,
                var a = named(start: dash + 1, end: e)
            {
                a.cue = "—"
                a.cueSpan = TextSpan(t[dash].start, t[dash].end)
                return a
            }
        }
        for v in 0..<n where t[v].isWord {
            // One lookup tells whether this word can be a cue at all.
            guard let role = L.cueRoles[t[v].key] else { continue }
            if role == .according, lower(v + 1) == "to" {
                if var a = mentionAfter(v + 2) {
                    a.cue = "according to"
                    a.cueSpan = TextSpan(t[v].start, t[v + 1].end)
                    return a
                }
                continue
            }
            let isEvidence = role == .evidence || role == .both
            guard role != .according else { continue }
            if var a = sourceFor(verb: v, evidence: isEvidence) {
                let quotedAs = t[v].lower == "saying" && lower(v - 1) == "as" && lower(v - 2) == "quoted"
                a.cue = quotedAs ? "quoted as saying" : t[v].lower
                a.cueSpan = TextSpan(t[quotedAs ? v - 2 : v].start, t[v].end)
                return a
            }
        }
        return nil
    }

    /// Names after a title ("former president Chen Shui-bian") are people, even when they say nothing here.
    mutating func registerTitledNames() {
        var i = 0
        while i < n {
            if t[i].isWord, L.titleKeys.contains(t[i].key), let w = lower(i),
                !["former", "then", "acting", "interim", "head", "state", "trade"].contains(w),
                isNameWord(i + 1), !t[i + 1].isCapitalized || !L.titles.contains(t[i + 1].lower)
            {
                var j = i + 1
                while isNameWord(j) || (text(j) == "-" && isNameWord(j + 1)) { j += 1 }
                let words = (i + 1)..<j
                if words.count >= 2, !words.contains(where: { L.organizationWords.contains(t[$0].lower) }) {
                    people.register(joinTokens(words))
                }
                i = j
            } else {
                i += 1
            }
        }
    }

    func joinTokens(_ range: Range<Int>) -> String {
        var s = ""
        for k in range {
            if k > range.lowerBound, t[k].spaceBefore { s += " " }
            s += t[k].text
        }
        return s
    }

    mutating func sourceFor(verb v: Int, evidence: Bool) -> Attribution? {
        // Inverted: `…," said Jane Doe` / `…, said the ministry`.
        if v > 0, isComma(v - 1) || isClosingQuote(v - 1), let a = mentionAfter(v + 1), !a.sourceType.isDocument || evidence {
            return a
        }
        // "…, saying …": the source is the subject of the main clause.
        if ["saying", "adding", "noting", "warning", "arguing", "citing"].contains(t[v].lower), v > 0, isComma(v - 1) {
            return mainClauseSubject(before: v)
        }
        // The subject right before the verb, past auxiliaries ("has claimed", "then went on to say").
        var k = v - 1
        if t[v].lower == "saying", lower(k) == "as", lower(k - 1) == "quoted" { k -= 2 }  // "was quoted as saying"
        if lower(k) == "who" || lower(k) == "which" {
            k -= 1  // "officials, who said …"
            if isComma(k) { k -= 1 }
        }
        while k >= 0, let w = lower(k), L.auxiliaries.contains(w) { k -= 1 }
        if lower(k) == "to", lower(k - 1) == "on", let w = lower(k - 2), w == "went" || w == "goes" || w == "go" {
            k -= 3
            while k >= 0, let w = lower(k), L.auxiliaries.contains(w) { k -= 1 }
        }
        guard k >= 0 else { return nil }
        // "a person familiar with the matter said", "sources familiar with the talks said"
        if let familiar = (max(0, k - 4)..<k).last(where: { lower($0) == "familiar" }), familiar > 0,
            var a = mentionEnding(at: familiar - 1)
        {
            if let span = a.sourceSpan { a.sourceSpan = TextSpan(span.start, t[k].end) }
            return a
        }
        if let a = mentionEnding(at: k) { return a }
        // Respondents are no source, but the document that asked them may be: "a survey of US consumers put".
        if let w = lower(k), L.respondents.contains(w) || isShare(before: k) { return documentBefore(v) }
        // An appositive: "Helen Marsh, an agronomist at Westbrook University, said".
        if isComma(k) {
            var c = k - 1
            while c > 0, c > k - 12, !isComma(c), t[c].kind != .symbol || text(c) == "’" || text(c) == "'" || text(c) == "-" {
                c -= 1
            }
            if c > 0, isComma(c), let a = mentionEnding(at: c - 1), !a.sourceType.isDocument { return a }
            return nil
        }
        // A subject with a prepositional phrase: "Police in the capital said", "officials at the ministry said".
        var p = k
        while p > 0, p > k - 5, t[p].isWord || t[p].isNumber {
            if let w = lower(p), ["in", "at", "from", "for", "with", "on"].contains(w) {
                if let a = mentionEnding(at: p - 1) { return a }
                break
            }
            p -= 1
        }
        // A document somewhere before the verb: "a Nomura Research Institute survey released earlier this year showed".
        return documentBefore(v)
    }

    /// The first noun phrase of the sentence, past an opening phrase that ends with a comma
    /// ("On Monday, the ministry raised rates, saying …").
    func mainClauseSubject(before v: Int) -> Attribution? {
        var s = 0
        if let comma = t[0..<v].firstIndex(where: { $0.text == "," }), comma + 1 < v,
            let w = lower(0), ["on", "in", "at", "after", "before", "earlier", "later", "last", "meanwhile", "separately"].contains(w)
        {
            s = comma + 1
        }
        var e = s
        while e < v, t[e].isWord, e < s + 8 {
            if let w = lower(e), isSourceNoun(w) { return mentionEnding(at: e, start: s) }
            if isNameWord(e) {
                var end = e
                while end + 1 < v, isNameWord(end + 1) || joinsOrganizationName(at: end + 1, from: e) { end += 1 }
                return mentionEnding(at: end)
            }
            if let w = lower(e), L.pronouns.contains(w) { return mentionEnding(at: e) }
            e += 1
        }
        return nil
    }

    /// A source mention whose last token is `k`.
    func mentionEnding(at k0: Int, start: Int? = nil) -> Attribution? {
        var k = k0
        if let w = lower(k), L.pronouns.contains(w) {
            guard let name = people.last ?? people.lastNameRun else { return nil }
            return Attribution(source: name, sourceType: .person, cue: nil, sourceSpan: TextSpan(t[k].start, t[k].end),
                               cueSpan: nil, basis: .resolved)
        }
        // Skip a parenthesis between name and verb: "William Lai (賴清德) said".
        if text(k) == ")" {
            var depth = 0
            while k >= 0 {
                if text(k) == ")" { depth += 1 }
                if text(k) == "(" {
                    depth -= 1
                    if depth == 0 { break }
                }
                k -= 1
            }
            k -= 1
            guard k >= 0 else { return nil }
        }
        if isNameWord(k) {
            var s = k
            while s - 1 >= 0,
                isNameWord(s - 1) || (text(s - 1) == "-" && isNameWord(s - 2) && isNameWord(s))
                    || (joinsOrganizationName(at: s - 1, from: s - 2) && isNameWord(s - 2))
            {
                s -= 1
            }
            // Lowercase titles before a capitalised name: "former president Chen Shui-bian".
            while s - 1 >= 0, let w = lower(s - 1), L.titles.contains(w), !t[s - 1].isCapitalized { s -= 1 }
            if isRespondents(start: s, end: k + 1) { return nil }
            // "figures from the Statistics Bureau show": the document is the subject, the name its owner.
            var d = s - 1
            while d > s - 3, let w = lower(d), ["the", "a", "an"].contains(w) { d -= 1 }
            if let w = lower(d), ["from", "by", "of"].contains(w) {
                var head = d - 1
                if let r = lower(head), ["released", "published", "compiled", "issued"].contains(r) { head -= 1 }
                if let noun = lower(head), L.documents.contains(noun) {
                    return document(start: phraseStart(head: head), head: head, ownerStart: s, ownerEnd: k + 1)
                }
            }
            return named(start: s, end: k + 1)
        }
        if let head = lower(k) {
            if L.respondents.contains(head) || isShare(before: k) { return nil }
            if isSourceNoun(head) {
                let s = start ?? phraseStart(head: k)
                if isRespondents(start: s, end: k + 1) { return nil }
                if L.documents.contains(head) {
                    let owner = ownerBefore(s, k) ?? ownerAfter(k)
                    return document(start: s, head: k, ownerStart: owner?.0, ownerEnd: owner?.1)
                }
                let type: SourceType = L.anonymous.contains(head) ? .anonymous : .organization
                let phrase = joinTokens(s..<(k + 1))
                let span = TextSpan(t[s].start, t[k].end)
                // "the ministry" after "the Finance Ministry": the organisation named before.
                if type == .organization, k - s <= 1, let full = people.organization(for: head) {
                    return Attribution(source: full, sourceType: .organization, cue: nil, sourceSpan: span, cueSpan: nil,
                                       basis: .resolved)
                }
                return Attribution(source: stripDeterminer(phrase), sourceType: type, cue: nil,
                                   sourceSpan: span, cueSpan: nil, basis: .explicit)
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
            if isNameWord(i), !isNationality(i) || isNameWord(i + 1) {
                if ownerStart == nil { ownerStart = i }
                ownerEnd = i + 1
            }
            i += 1
        }
        guard let ownerStart, let ownerEnd else { return nil }
        return (ownerStart, ownerEnd)
    }

    /// A mention that starts at `s` (after "according to" or an inverted verb).
    func mentionAfter(_ s0: Int) -> Attribution? {
        var s = s0
        while s < n, let w = lower(s), ["a", "an", "the"].contains(w) { s += 1 }
        guard s < n else { return nil }
        if t[s].isWord, !t[s].isCapitalized, L.pronouns.contains(t[s].lower) { return mentionEnding(at: s) }
        // Title and name: "Ukrainian President Volodymyr Zelinskiy", "former president Chen".
        var e = s
        while e < n, lower(e).map({ L.titles.contains($0) && !t[e].isCapitalized }) == true { e += 1 }
        if isNameWord(e) {
            let nameStart = e
            while e + 1 < n, isNameWord(e + 1) || (text(e + 1) == "-" && isNameWord(e + 2))
                || joinsOrganizationName(at: e + 1, from: nameStart)
            {
                e += 1
            }
            // "a Nomura Research Institute survey"
            if let w = lower(e + 1), L.documents.contains(w) {
                return document(start: s0, head: e + 1, ownerStart: s, ownerEnd: e + 1)
            }
            return named(start: s, end: e + 1)
        }
        // Only lowercase titles: "according to the state auditor".
        if e > s {
            return Attribution(source: joinTokens(s..<e), sourceType: .person, cue: nil,
                               sourceSpan: TextSpan(t[s].start, t[e - 1].end), cueSpan: nil, basis: .explicit)
        }
        // "according to a survey by X", "according to officials", "according to company data":
        // the head is the last of a run of source nouns.
        var h = s
        while h < n, h < s + 6, let w = lower(h) {
            if isSourceNoun(w) {
                while let next = lower(h + 1), isSourceNoun(next) { h += 1 }
                return mentionEnding(at: h, start: s0)
            }
            h += 1
        }
        return nil
    }

    func isSourceNoun(_ w: String) -> Bool {
        L.documents.contains(w) || L.anonymous.contains(w) || L.organizations.contains(w)
    }

    /// "data from the Labor Department", "a poll by Gallup": the owner after the document word.
    func ownerAfter(_ h: Int) -> (Int, Int)? {
        var k = h + 1
        if let w = lower(k), ["released", "published", "compiled", "issued", "provided", "collected", "conducted"].contains(w) {
            k += 1
        }
        guard let w = lower(k), ["from", "by", "of"].contains(w) else { return nil }
        k += 1
        while let w = lower(k), ["the", "a", "an"].contains(w) { k += 1 }
        guard isNameWord(k) else { return nil }
        var e = k
        while isNameWord(e + 1) || (text(e + 1) == "-" && isNameWord(e + 2)) || joinsOrganizationName(at: e + 1, from: k) {
            e += 1
        }
        if e == k, isNationality(k) { return nil }  // "a survey of US consumers": respondents, not the owner
        return (k, e + 1)
    }

    /// The document a verb rests on, searched backwards to the previous comma.
    func documentBefore(_ v: Int) -> Attribution? {
        var k = v - 1
        let limit = max(0, v - 14)
        while k >= limit {
            guard t[k].kind != .symbol || text(k) == "-" else { return nil }
            if let w = lower(k), L.documents.contains(w), !(w == "statement" && lower(k - 1) == "a") {
                let s = phraseStart(head: k)
                let owner = ownerBefore(s, k) ?? ownerAfter(k)
                let ownerStart = owner?.0
                let ownerEnd = owner?.1
                return document(start: s, head: k, ownerStart: ownerStart, ownerEnd: ownerEnd)
            }
            k -= 1
        }
        return nil
    }

    func document(start s: Int, head h: Int, ownerStart: Int?, ownerEnd: Int?) -> Attribution {
        var end = h + 1
        if let w = lower(end), ["released", "published", "compiled", "issued", "provided", "collected", "conducted"].contains(w),
            let next = lower(end + 1), ["by", "from"].contains(next)
        {
            end += 1
        }
        // "a survey of US consumers": keep what the document is of, for the reader.
        if lower(end) == "of" || lower(end) == "by" || lower(end) == "from" {
            var e = end + 1
            while e < n, t[e].isWord || t[e].isNumber, e < end + 6, !L.evidenceVerbs.contains(t[e].lower),
                !L.speechVerbs.contains(t[e].lower),
                !["published", "released", "conducted", "on", "in", "at", "for", "with", "and", "that", "last", "this"]
                    .contains(t[e].lower)
            {
                e += 1
            }
            end = e
        }
        let span = TextSpan(t[s].start, t[end - 1].end)
        if let os = ownerStart, let oe = ownerEnd {
            return Attribution(source: joinTokens(os..<oe), sourceType: SourceType.document(t[h].lower) ?? .document, cue: nil, sourceSpan: span,
                               cueSpan: nil, basis: .explicit)
        }
        return Attribution(source: stripDeterminer(joinTokens(s..<end)), sourceType: SourceType.document(t[h].lower) ?? .document, cue: nil,
                           sourceSpan: span, cueSpan: nil, basis: .explicit)
    }

    /// Start of the noun phrase ending at `head`: back to a determiner or punctuation, at most 6 words.
    func phraseStart(head: Int) -> Int {
        var s = head
        while s - 1 >= 0, s > head - 7, t[s - 1].isWord || t[s - 1].isNumber || text(s - 1) == "-" || text(s - 1) == "’" {
            let w = t[s - 1].lower
            if L.speechVerbs.contains(w) || L.evidenceVerbs.contains(w)
                || ["that", "and", "but", "said", "while", "as", "to", "in", "on", "at", "for", "with", "from", "by"]
                    .contains(w)
            {
                break
            }
            // "chamber of commerce poll" keeps its "of"; "58 percent of respondents" does not.
            if w == "of", s - 2 >= 0, t[s - 2].isNumber || L.shareWords.contains(t[s - 2].lower) || isSourceNoun(t[s].lower) {
                break
            }
            s -= 1
            if ["a", "an", "the", "its", "their", "his", "her", "this", "that", "another"].contains(w) { break }
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
        if e - s == 1, let w = lower(s), L.respondents.contains(w) { return true }
        return false
    }

    func isShare(before s: Int) -> Bool {
        var k = s - 1
        while k >= 0, let w = lower(k), ["the", "a", "an", "those", "all"].contains(w) { k -= 1 }
        guard lower(k) == "of" else { return false }
        let before = k - 1
        guard before >= 0 else { return false }
        if t[before].isNumber || text(before) == "%" { return true }
        if let w = lower(before), L.shareWords.contains(w) { return true }
        return quantities.contains { $0.span.end == t[before].end && $0.isStatistic }
    }

    /// A named source from tokens `s..<e`: title split off, type guessed, short names resolved.
    func named(start s: Int, end e: Int) -> Attribution? {
        guard s < e else { return nil }
        let range = s..<e
        let hasOrgWord = range.contains { L.organizationWords.contains(t[$0].lower) }
        let span = TextSpan(t[s].start, t[e - 1].end)
        if hasOrgWord || range.contains(where: isAcronym) {
            return Attribution(source: joinTokens(range), sourceType: .organization, cue: nil, sourceSpan: span,
                               cueSpan: nil, basis: .explicit)
        }
        // The title ends at the last title word that only has titles or nationalities before it.
        var titleEnd = s
        for k in range {
            if L.titles.contains(t[k].lower) {
                titleEnd = k + 1
            } else if !isNationality(k) {
                break
            }
        }
        if titleEnd >= e {
            // Only a title ("the President said"): a person, named by the title.
            return Attribution(source: joinTokens(range), sourceType: .person, cue: nil, sourceSpan: span,
                               cueSpan: nil, basis: .explicit)
        }
        let nameRange = titleEnd..<e
        var name = joinTokens(nameRange)
        if e - s == 1, L.anonymous.contains(t[s].lower) || L.organizations.contains(t[s].lower) {
            return Attribution(source: name, sourceType: L.anonymous.contains(t[s].lower) ? .anonymous : .organization,
                               cue: nil, sourceSpan: span, cueSpan: nil, basis: .explicit)
        }
        var basis = AttributionBasis.explicit
        if nameRange.count == 1 {
            if let full = people.fullName(for: name) {
                name = full
                basis = .resolved  // "Zelinskiy" after "Volodymyr Zelinskiy"
            } else if titleEnd == s {
                return Attribution(source: name, sourceType: .organization, cue: nil, sourceSpan: span, cueSpan: nil,
                                   basis: .explicit)
            }
        }
        return Attribution(source: name, sourceType: .person, cue: nil, sourceSpan: span, cueSpan: nil,
                           basis: basis, title: titleEnd > s ? joinTokens(s..<titleEnd) : nil)
    }
}
