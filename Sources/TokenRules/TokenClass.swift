import ClaimTraceCore

/// What a rule can ask of one token, as bits: the token's shape (set here for
/// every token) and the classes its word belongs to (set by a concern's
/// ``ClassLexicon``). Patterns test these bits and word keys only, so matching
/// compares integers and never builds a string.
public struct TokenClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Shape bits, 0–15. Lexicon classes of each concern start at ``firstLexiconBit``.
    public static let word = TokenClass(rawValue: 1 << 0)
    public static let number = TokenClass(rawValue: 1 << 1)
    public static let symbol = TokenClass(rawValue: 1 << 2)
    /// Starts with an ASCII capital ("Reuters", "NATO").
    public static let capitalized = TokenClass(rawValue: 1 << 3)
    /// Two or more letters, all ASCII capitals ("NATO", "USD").
    public static let allCaps = TokenClass(rawValue: 1 << 4)
    /// A word that starts with a lowercase letter.
    public static let lowercase = TokenClass(rawValue: 1 << 5)
    /// No whitespace between this token and the one before it ("25" then "bps").
    public static let joined = TokenClass(rawValue: 1 << 6)
    /// Digits only, no separators or decimals ("2019", "747").
    public static let plainInteger = TokenClass(rawValue: 1 << 7)
    /// A plain integer of four digits from 1000 to 2199: may be a year.
    public static let yearLike = TokenClass(rawValue: 1 << 8)
    /// A plain integer from 1 to 31 of at most two digits: may be a day of the month.
    public static let dayLike = TokenClass(rawValue: 1 << 9)
    /// A single letter ("A", "m", "k").
    public static let singleLetter = TokenClass(rawValue: 1 << 10)
    /// The next token is joined to this one (no whitespace after it).
    public static let joinedAfter = TokenClass(rawValue: 1 << 11)

    /// The first bit a concern may use for its own lexicon classes.
    public static let firstLexiconBit = 16

    /// A lexicon class at `bit` (counted from ``firstLexiconBit``). Inlinable, so a concern's classes, written
    /// as computed properties, fold to constants.
    @inlinable @inline(__always)
    public static func lexicon(_ bit: Int) -> TokenClass {
        precondition(bit >= 0 && bit < 64 - firstLexiconBit, "lexicon bit out of range")
        return TokenClass(rawValue: 1 << UInt64(firstLexiconBit + bit))
    }

    /// The shape bits of `tokens[i]` read from the token itself.
    @inlinable
    public static func shape(of tokens: [Token], _ i: Int) -> TokenClass {
        let token = tokens[i]
        var bits: UInt64
        switch token.kind {
        case .word:
            bits = TokenClass.word.rawValue
            if token.isCapitalized {
                bits |= TokenClass.capitalized.rawValue
            } else {
                bits |= TokenClass.lowercase.rawValue
            }
        case .number:
            bits = TokenClass.number.rawValue
            if token.plainInteger {
                bits |= TokenClass.plainInteger.rawValue
                if token.digitCount == 4, token.value >= 1000, token.value <= 2199 { bits |= TokenClass.yearLike.rawValue }
                if token.digitCount <= 2, token.value >= 1, token.value <= 31 { bits |= TokenClass.dayLike.rawValue }
            }
        case .symbol:
            bits = TokenClass.symbol.rawValue
        }
        if !token.spaceBefore, i > 0 { bits |= TokenClass.joined.rawValue }
        if i + 1 < tokens.count, !tokens[i + 1].spaceBefore { bits |= TokenClass.joinedAfter.rawValue }
        return TokenClass(rawValue: bits)
    }
}

/// Word classes of one concern, as rows: each row names words (or symbols)
/// and the classes they carry. Built once into a ``WordTable`` keyed by
/// ``WordKey``; classifying a sentence costs one lookup per token.
public struct ClassLexicon: Sendable {
    public let table: WordTable<UInt64>

    public init(_ rows: [(classes: TokenClass, words: [String])]) {
        var merged: [UInt64: (String, UInt64)] = [:]
        for row in rows {
            for word in row.words {
                let key = WordKey.of(word)
                merged[key, default: (word, 0)].1 |= row.classes.rawValue
            }
        }
        table = WordTable(merged.values.map { ($0.0, $0.1) })
    }

    /// Shape and lexicon classes of every token.
    public func classify(_ tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> [TokenClass] {
        var classes: [TokenClass] = []
        classes.reserveCapacity(tokens.count)
        for i in tokens.indices {
            var bits = TokenClass.shape(of: tokens, i).rawValue
            let token = tokens[i]
            if token.kind != .number, let lexical = table[token.key] { bits |= lexical }
            if token.kind == .word {
                if token.count == 1 { bits |= TokenClass.singleLetter.rawValue }
                if token.isCapitalized, token.count >= 2, Self.isAllCaps(bytes, token) { bits |= TokenClass.allCaps.rawValue }
            }
            classes.append(TokenClass(rawValue: bits))
        }
        return classes
    }

    @inlinable
    static func isAllCaps(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        var letters = 0
        for k in token.start..<token.end {
            let b = bytes[k]
            if b >= 97 && b <= 122 || b >= 0x80 { return false }
            if b >= 65 && b <= 90 { letters += 1 }
        }
        return letters >= 2
    }
}
