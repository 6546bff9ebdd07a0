import ClaimTraceCore
import TokenRules

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

    /// Hears every rule that matched at a cue, and whether it built a source (for `claimtrace rules --trace`).
    public var trace: (@Sendable (String) -> Void)?

    public init(enabled: Bool = true, inherit: Bool = true, bylineFallback: Bool = true) {
        self.enabled = enabled
        self.inherit = inherit
        self.bylineFallback = bylineFallback
    }

    public func process(_ timed: TimedArticle) -> AttributedArticle {
        let tagged = timed.tagged
        let article = tagged.segmented.article
        let sentences = tagged.segmented.sentences
        guard enabled else {
            return AttributedArticle(
                timed: timed, attributions: Array(repeating: [], count: sentences.count),
                figureSources: tagged.quantities.map { Array(repeating: nil, count: $0.count) })
        }
        let attributions: [[Attribution]] = article.text.withUTF8Bytes { bytes in
            let lexicon = AttributionKeys.shared
            let people = PersonRegistry(author: article.author)
            // First what each sentence names itself, and how it opens or closes quotes.
            var explicit: [[Attribution]] = []
            var quoteBalance: [Int] = []
            var startsWithQuote: [Bool] = []
            var endsWithQuote: [Bool] = []
            explicit.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                people.sentence = index
                var tokens = Tokenizer.tokenize(bytes, sentence.span)
                QuoteMarks.normalize(&tokens, lexicon)
                var classes = Self.classify(tokens, bytes, lexicon)
                Self.uncueCountedNouns(&classes, tokens, tagged.quantities[index])
                // Most sentences hold no cue, colon or dash and no title before a name: nothing for a finder to do.
                let bits = classes.reduce(0) { $0 | $1.rawValue }
                if bits & Self.finderClasses.rawValue == 0 {
                    explicit.append([])
                } else {
                    let finder = SourceFinder(
                        tokens: tokens, classes: classes, bytes: bytes, lexicon: lexicon, people: people,
                        quantities: tagged.quantities[index])
                    finder.trace = trace
                    explicit.append(finder.findAll())
                }
                people.noteMentions(in: tokens, classes: classes, bytes: bytes, lexicon: lexicon)
                quoteBalance.append(QuoteMarks.balance(tokens, lexicon))
                startsWithQuote.append(tokens.first.map { QuoteMarks.opens($0, lexicon) } ?? false)
                endsWithQuote.append(tokens.last { $0.kind != .symbol || lexicon.closingQuotes.contains($0.key) }
                    .map { lexicon.closingQuotes.contains($0.key) } ?? false)
            }
            // A signature line ("- Bernie Sanders.", "— Sahil Kapur (@sahilkapur) …") signs the quotation or post
            // before it; without a closing quote mark before it or a handle in it, it is a list of names.
            for index in sentences.indices where explicit[index].first?.rule == CueRules.dashSignature.id {
                let span = sentences[index].span
                let handle = (span.start..<max(span.start, span.end - 1)).contains { bytes[$0] == UInt8(ascii: "(") && bytes[$0 + 1] == UInt8(ascii: "@") }
                // (A post's signature after its link, inside the sentence, signs that sentence: "… pic.twitter.com/Oq — Paul Ryan".)
                let inside = (explicit[index].first?.cueSpan?.start ?? span.start) > span.start + 3
                if inside, handle { continue }
                guard index > 0, endsWithQuote[index - 1] || handle else {
                    explicit[index] = []
                    continue
                }
                if explicit[index - 1].isEmpty, let signer = explicit[index].first {
                    explicit[index - 1] = [Self.carried(signer)]
                }
            }
            // A quote over several sentences belongs to the source named where it closes, or where it opens when the
            // sentence that opens it names a speaker of a direct quotation ("Egeland said that “this may be the worst
            // … ” / “Many people will have …”").
            var pending: [Int] = []
            var open = false
            var opener: Attribution?
            for index in sentences.indices {
                if index > 0, sentences[index].paragraph != sentences[index - 1].paragraph, !startsWithQuote[index] {
                    pending.removeAll()
                    open = false
                    opener = nil
                }
                if quoteBalance[index] > 0 {
                    open = true
                    pending = explicit[index].isEmpty ? [index] : []
                    opener = explicit[index].last.flatMap { $0.quote == .direct ? $0 : nil }
                } else if open, quoteBalance[index] < 0 || (quoteBalance[index] == 0 && !explicit[index].isEmpty) {
                    if let speaker = explicit[index].first, speaker.quote == .direct {
                        for earlier in pending { explicit[earlier] = [Self.carried(speaker)] }
                    } else if explicit[index].isEmpty, let speaker = opener {
                        for later in pending + [index] { explicit[later] = [Self.carried(speaker)] }
                    }
                    pending.removeAll()
                    open = false
                    opener = nil
                } else if open, explicit[index].isEmpty {
                    pending.append(index)
                }
            }
            // Then what a sentence with figures and no source of its own carries from before, or the byline.
            var result: [[Attribution]] = []
            result.reserveCapacity(sentences.count)
            for (index, sentence) in sentences.enumerated() {
                var own = explicit[index]
                let hasStatistic = tagged.quantities[index].contains(where: \.isStatistic)
                if own.isEmpty, hasStatistic, inherit, index > 0, sentences[index - 1].paragraph == sentence.paragraph,
                    let previous = Self.lastNamed(result[index - 1])
                {
                    own = [Self.carried(previous)]
                }
                if own.isEmpty, hasStatistic, bylineFallback, let author = article.author, !author.isEmpty {
                    own = [Attribution(source: author, sourceType: .person, cue: nil, sourceSpan: nil, cueSpan: nil, basis: .byline)]
                }
                result.append(own)
            }
            return result
        }
        let figureSources = zip(attributions, tagged.quantities).map { Self.figureSources($1, $0) }
        return AttributedArticle(timed: timed, attributions: attributions, figureSources: figureSources)
    }

    /// The classes a sentence needs one of for the finder to find anything: a cue, colon or dash, or a title.
    static let finderClasses = CueRules.anchors.union(AC.title)

    /// A source carried to another sentence: named elsewhere, so with no mention, cue or covered words in it.
    static func carried(_ attribution: Attribution) -> Attribution {
        var a = attribution
        a.basis = .inherited
        a.sourceSpan = nil
        a.cueSpan = nil
        a.content = nil
        a.covers = nil
        a.rule = nil
        return a
    }

    /// The source a following sentence may inherit: the last one that is not the byline.
    static func lastNamed(_ attributions: [Attribution]) -> Attribution? {
        attributions.last { $0.basis != .byline }
    }

    /// Rule classes of each token, with -ly adverbs marked (a suffix no word list holds).
    static func classify(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: AttributionKeys) -> [TokenClass] {
        var classes = lexicon.classes.classify(tokens, bytes: bytes)
        // A hyphen opening a line is a dash: "- Bernie Sanders." signs the quotation before it.
        if let first = tokens.first, first.key == lexicon.hyphen { classes[0].insert(AC.dash) }
        for (i, token) in tokens.enumerated() where token.isWord && token.count >= 5 {
            if bytes[token.end - 2] == UInt8(ascii: "l"), bytes[token.end - 1] == UInt8(ascii: "y"),
                !lexicon.lyNouns.contains(token.key)
            {
                classes[i].insert(AC.lyAdverb)
            }
        }
        return classes
    }

    /// A word that a figure counts is a noun, no cue: "21 World Bank projects", "the 20 biggest projects says" (the
    /// subject before "says" ends in it), "two reports".
    static func uncueCountedNouns(_ classes: inout [TokenClass], _ tokens: [Token], _ quantities: [Quantity]) {
        for q in quantities where q.isStatistic && q.kind == .count {
            for (i, token) in tokens.enumerated() where token.start > q.span.start && token.end <= q.span.end {
                classes[i].subtract(AC.cue)
            }
        }
    }

    /// Each figure's own source: the one whose covered words hold it, else the one whose mention holds it
    /// ("a survey of 1,002 voters showed"); a sentence with one inherited or byline source gives it to all.
    static func figureSources(_ quantities: [Quantity], _ attributions: [Attribution]) -> [Int?] {
        if attributions.count == 1, attributions[0].basis == .inherited || attributions[0].basis == .byline {
            return quantities.map { _ in 0 }
        }
        return quantities.map { q in
            // The innermost source whose words hold the figure, but a document nobody is named for ("the
            // figures show") yields to the named source around it ("Jane Okoro: The figures show …").
            var best: Int?
            var bestRank = (Int.max, Int.max)
            for (k, a) in attributions.enumerated() {
                // A question asked ("asked by a caller why rents had doubled") claims no figure.
                guard let covers = a.covers, covers.start <= q.span.start, q.span.end <= covers.end, a.rule != CueRules.askedBy.id
                else { continue }
                let unnamed = a.sourceType.isDocument && !a.source.startsWithCapital
                let rank = (unnamed ? 1 : 0, covers.count)
                if rank < bestRank {
                    best = k
                    bestRank = rank
                }
            }
            if best != nil { return best }
            return attributions.firstIndex { a in
                guard let s = a.sourceSpan else { return false }
                return s.start <= q.span.start && q.span.end <= s.end
            }
        }
    }
}

/// Quote marks in a token list.
enum QuoteMarks {
    /// Two glued apostrophes are a double quote mark in some wire and newspaper archives (''Yes,'' she
    /// said): one token with the key of `"`, so every rule sees a quote mark.
    static func normalize(_ tokens: inout [Token], _ lex: AttributionKeys) {
        var i = 0
        while i + 1 < tokens.count {
            if tokens[i].key == lex.straightApostrophe, tokens[i + 1].key == lex.straightApostrophe, !tokens[i + 1].spaceBefore {
                tokens[i].end = tokens[i + 1].end
                tokens[i].key = lex.straightQuote
                tokens.remove(at: i + 1)
            }
            i += 1
        }
    }

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
                // (Glued to the word after it, not to nothing: a straight quote that ends the sentence closes.)
                let opens = token.spaceBefore || i == 0 || (i + 1 < tokens.count && !tokens[i + 1].spaceBefore)
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
