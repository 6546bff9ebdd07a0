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
            let lexicon = AttributionKeys.shared
            let people = PersonRegistry()
            // First what each sentence names itself, and how it opens or closes quotes.
            var explicit: [Attribution?] = []
            var quoteBalance: [Int] = []
            var startsWithQuote: [Bool] = []
            explicit.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                let tokens = Tokenizer.tokenize(bytes, sentence.span)
                let flags = lexicon.flags(of: tokens)
                let finder = SourceFinder(
                    tokens: tokens, flags: flags, bytes: bytes, lexicon: lexicon, people: people,
                    quantities: tagged.quantities[index])
                explicit.append(finder.find())
                people.noteMentions(in: tokens, flags: flags, bytes: bytes)
                quoteBalance.append(QuoteMarks.balance(tokens, lexicon))
                startsWithQuote.append(tokens.first.map { QuoteMarks.opens($0, lexicon) } ?? false)
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
    static func opens(_ token: Token, _ lex: AttributionKeys) -> Bool {
        token.kind == .symbol
            && (token.key == lex.leftQuote || token.key == lex.straightQuote || token.key == lex.leftGuillemet
                || token.key == lex.lowQuote)
    }

    /// Positive when the sentence leaves a quote open, negative when it closes one opened before.
    /// Curly quotes say which they are; a straight quote opens when no word is glued before it.
    static func balance(_ tokens: [Token], _ lex: AttributionKeys) -> Int {
        var balance = 0
        var straightOpen = false
        for (i, token) in tokens.enumerated() where token.kind == .symbol {
            switch token.key {
            case lex.leftQuote, lex.leftGuillemet, lex.lowQuote: balance += 1
            case lex.rightQuote, lex.rightGuillemet: balance -= 1
            case lex.straightQuote:
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
/// Names are few per article, so short arrays searched by ``WordKey`` beat hashing. A class: each
/// sentence's finder adds to the one registry of its article, without copying it.
final class PersonRegistry {
    /// Full organisation names by the keys of their head words ("ministry" → "Finance Ministry").
    private var organizationHeads: [UInt64] = []
    private var organizationNames: [String] = []

    /// Heads found in each organisation name, so a name mentioned again costs one lookup.
    private var headsByName: [String: [UInt64]] = [:]
    /// Organisation names by a key of their words' keys (case-insensitive, as the words' keys are).
    private var namesByRunKey: [UInt64: String] = [:]

    func registerOrganization(_ name: String, lexicon lex: AttributionKeys) {
        let heads = headsByName[name] ?? name.split(separator: " ").map { WordKey.of($0.utf8) }.filter {
            lex.organizations.contains($0) || lex.organizationWords.contains($0)
        }
        headsByName[name] = heads
        for head in heads { Self.set(head, name, keys: &organizationHeads, values: &organizationNames) }
    }

    func organization(for head: UInt64) -> String? {
        organizationHeads.lastIndex(of: head).map { organizationNames[$0] }
    }

    private(set) var last: String?
    /// The last organisation or document that was a source, with its type: what "it said" refers to.
    private(set) var lastBody: String?
    /// The last unnamed group that was a source ("traders", "officials"): what "they said" refers to.
    private(set) var lastGroup: String?
    func noteGroup(_ name: String) { lastGroup = name }
    private var bodyTypes: [String: SourceType] = [:]

    func noteBody(_ name: String, type: SourceType) {
        bodyTypes[name] = type
        lastBody = name
    }

    func type(of body: String) -> SourceType { bodyTypes[body] ?? .organization }
    /// Full names by their surnames and first names ("Zelinskiy" → "Volodymyr Zelinskiy"): keys to
    /// search, the parts as written to confirm a match case by case ("Un" is not "UN").
    private var partKeys: [UInt64] = []
    private var parts: [Substring] = []
    private var partNames: [String] = []

    func register(_ name: String) {
        let words = name.split(separator: " ")
        if words.count > 1, let surname = words.last {
            if let index = parts.firstIndex(of: surname) {
                partNames[index] = name
            } else {
                addPart(surname, of: name)
            }
        }
        if words.count > 1, let first = words.first, !parts.contains(first) { addPart(first, of: name) }
        last = name
    }

    private func addPart(_ part: Substring, of name: String) {
        partKeys.append(WordKey.of(part.utf8))
        parts.append(part)
        partNames.append(name)
    }

    /// The full name a one-word mention stands for, matched exactly as written.
    func fullName(for token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var from = 0
        while let index = partKeys[from...].firstIndex(of: token.key) {
            if parts[index].utf8.elementsEqual(bytes[token.start..<token.end]) { return partNames[index] }
            from = index + 1
        }
        return nil
    }

    private static func set(_ key: UInt64, _ value: String, keys: inout [UInt64], values: inout [String]) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    /// The last run of two or three capitalised words with no organisation word: a person
    /// named without a title ("Maria Lopez chairs the board"), the fallback for "She".
    private(set) var lastNameRun: String?

    /// A surname mentioned anywhere in a sentence makes that person the latest one; a capitalised
    /// name with an organisation word ("the Finance Ministry") is remembered for "the ministry".
    func noteMentions(in tokens: [Token], flags: [AttributionKeys.Flags], bytes: UnsafeBufferPointer<UInt8>) {
        var runStart: Int?
        var lastRun: Range<Int>?
        for (i, token) in tokens.enumerated() {
            let inName = token.isWord && token.isCapitalized && !flags[i].contains(.notName)
            if inName {
                if !partKeys.isEmpty, let name = fullName(for: token, in: bytes) { last = name }
                if runStart == nil { runStart = i }
            }
            if !inName || i == tokens.count - 1, let start = runStart {
                let end = inName ? i + 1 : i
                runStart = nil
                guard end - start >= 2 else { continue }
                let words = tokens[start..<end]
                if flags[start..<end].contains(where: { $0.contains(.organizationWord) }) {
                    // A name seen before in this article is found by its words' keys, without building it again.
                    var runKey = WordKey.offsetBasis
                    for word in words { runKey = (runKey ^ word.key) &* WordKey.prime }
                    if let seen = namesByRunKey[runKey] {
                        registerOrganization(seen, lexicon: .shared)
                    } else {
                        let name = words.map { $0.text(in: bytes) }.joined(separator: " ")
                        namesByRunKey[runKey] = name
                        registerOrganization(name, lexicon: .shared)
                    }
                } else if end - start <= 3, !words.contains(where: { $0.count < 2 }),
                    words.allSatisfy({ Self.hasLowercase($0, bytes) })
                {
                    lastRun = start..<end  // build the string once, for the sentence's last run only
                }
            }
        }
        if let run = lastRun { lastNameRun = tokens[run].map { $0.text(in: bytes) }.joined(separator: " ") }
    }

    /// Not written in capitals only ("Maria", not "NATO"); letters beyond ASCII count as lowercase.
    static func hasLowercase(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[token.start..<token.end].contains { ($0 >= 97 && $0 <= 122) || $0 >= 0x80 }
    }
}

