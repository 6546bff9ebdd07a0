import ClaimTraceCore

/// The tokens of one sentence as rules see them: tokens, their classes and
/// the article bytes they point into.
public struct TokenView {
    public let tokens: [Token]
    public let classes: [TokenClass]
    public let bytes: UnsafeBufferPointer<UInt8>

    public init(tokens: [Token], classes: [TokenClass], bytes: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.classes = classes
        self.bytes = bytes
    }

    public var count: Int { tokens.count }

    @inlinable public func has(_ i: Int, _ c: TokenClass) -> Bool {
        i >= 0 && i < tokens.count && classes[i].rawValue & c.rawValue != 0
    }
    @inlinable public func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .word && tokens[i].key == key
    }
    @inlinable public func isToken(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].key == key
    }
    public func text(_ i: Int) -> String { tokens[i].text(in: bytes) }
}

/// A test on one token: class bits it must have (all of `all`, one of `any`,
/// none of `none`) and, optionally, a word key among `keys`.
public struct TokenTest: Sendable {
    public var all: UInt64 = 0
    public var any: UInt64 = 0
    public var none: UInt64 = 0
    public var keys: [UInt64] = []
    /// How the test reads in Docs/rules.md.
    public var name: String

    public init(all: TokenClass = [], any: TokenClass = [], none: TokenClass = [], keys: [UInt64] = [], name: String) {
        self.all = all.rawValue
        self.any = any.rawValue
        self.none = none.rawValue
        self.keys = keys
        self.name = name
    }

    /// One of these words (or symbols), compared by ``WordKey``.
    public static func words(_ words: String...) -> TokenTest { .words(words) }
    public static func words(_ words: [String]) -> TokenTest {
        TokenTest(keys: words.map(WordKey.of), name: words.map { "\"\($0)\"" }.joined(separator: "|"))
    }
    /// A token with every class in `classes`.
    public static func `is`(_ classes: TokenClass, _ name: String) -> TokenTest {
        TokenTest(all: classes, name: name)
    }
    /// A token with at least one class in `classes`.
    public static func anyOf(_ classes: TokenClass, _ name: String) -> TokenTest {
        TokenTest(any: classes, name: name)
    }
    /// Any token at all.
    public static let anyToken = TokenTest(name: "any")

    /// This test, and the token has none of `classes`.
    public func excluding(_ classes: TokenClass, _ name: String? = nil) -> TokenTest {
        var t = self
        t.none |= classes.rawValue
        t.name = name ?? "\(self.name) not \(classes.rawValue)"
        return t
    }
    /// This test, and the token also has all of `classes`.
    public func requiring(_ classes: TokenClass, _ name: String? = nil) -> TokenTest {
        var t = self
        t.all |= classes.rawValue
        t.name = name ?? self.name
        return t
    }

    @inlinable
    public func matches(_ token: Token, _ classes: TokenClass) -> Bool {
        let c = classes.rawValue
        guard c & all == all, c & none == 0, any == 0 || c & any != 0 else { return false }
        return keys.isEmpty || keys.contains(token.key)
    }
}

/// A zero-width test at a position between tokens (`boundary` = how many tokens lie before it),
/// for what bits and keys cannot say. Named, so Docs/rules.md can show it.
public struct Check: Sendable {
    public let name: String
    public let test: @Sendable (TokenView, Int) -> Bool
    public init(_ name: String, _ test: @escaping @Sendable (TokenView, Int) -> Bool) {
        self.name = name
        self.test = test
    }
}

/// A sub-grammar that consumes tokens forward from a boundary and returns the boundary after it,
/// or nil (a number written in digits and scale words, a person's name). Named for the docs.
public struct Parser: Sendable {
    public let name: String
    public let parse: @Sendable (TokenView, Int) -> Int?
    public init(_ name: String, _ parse: @escaping @Sendable (TokenView, Int) -> Int?) {
        self.name = name
        self.parse = parse
    }
}

/// A named capture slot: the tokens a part of the pattern matched.
public struct Slot: Sendable, Hashable {
    public let index: Int
    public let name: String
    public init(_ index: Int, _ name: String) {
        precondition(index >= 0 && index < Captures.slots, "capture slot out of range")
        self.index = index
        self.name = name
    }
}

/// A pattern over tokens, in the manner of a regular expression whose
/// letters are ``TokenTest``s. Patterns are values: tables of rules hold
/// them, the engine compiles them once into a small program, and
/// Docs/rules.md prints them.
public indirect enum Pattern: Sendable {
    case token(TokenTest)
    case sequence([Pattern])
    case choice([Pattern])
    /// Greedy unless `lazy`; `max == nil` is unbounded.
    case repeated(Pattern, min: Int, max: Int?, lazy: Bool)
    case capture(Slot, Pattern)
    case check(Check)
    /// Forward only.
    case parse(Parser)
    /// The edge of the sentence in the direction of matching (its start when matching leftwards).
    case edge

    // MARK: Building

    public static func word(_ words: String...) -> Pattern { .token(.words(words)) }
    public static func t(_ test: TokenTest) -> Pattern { .token(test) }
    public static func seq(_ parts: Pattern...) -> Pattern { .sequence(parts) }
    public static func oneOf(_ parts: Pattern...) -> Pattern { .choice(parts) }
    public static func opt(_ p: Pattern) -> Pattern { .repeated(p, min: 0, max: 1, lazy: false) }
    public static func star(_ p: Pattern, max: Int? = nil) -> Pattern { .repeated(p, min: 0, max: max, lazy: false) }
    public static func plus(_ p: Pattern, max: Int? = nil) -> Pattern { .repeated(p, min: 1, max: max, lazy: false) }
    public static func lazyStar(_ p: Pattern, max: Int? = nil) -> Pattern { .repeated(p, min: 0, max: max, lazy: true) }
    public static func cap(_ slot: Slot, _ p: Pattern) -> Pattern { .capture(slot, p) }

    // MARK: Reading

    /// The pattern as one line of text, for Docs/rules.md.
    public var description: String {
        switch self {
        case .token(let test): return test.name
        case .sequence(let parts): return parts.map(\.description).joined(separator: " ")
        case .choice(let parts): return "(" + parts.map(\.description).joined(separator: " | ") + ")"
        case .repeated(let p, let min, let max, let lazy):
            var inner = p.description
            let bracketed = inner.hasPrefix("(") && inner.hasSuffix(")")
            if case .choice = p {} else if !bracketed, inner.contains(" ") || inner.contains("|") { inner = "(\(inner))" }
            let suffix: String
            switch (min, max) {
            case (0, 1?): suffix = "?"
            case (0, nil): suffix = "*"
            case (1, nil): suffix = "+"
            case (let a, let b?) where a == b: suffix = "{\(a)}"
            case (let a, let b?): suffix = "{\(a),\(b)}"
            case (let a, nil): suffix = "{\(a),}"
            }
            return inner + suffix + (lazy ? "?" : "")
        case .capture(let slot, let p): return "[\(slot.name): \(p.description)]"
        case .check(let c): return "{\(c.name)}"
        case .parse(let p): return "⟨\(p.name)⟩"
        case .edge: return "|"
        }
    }
}
