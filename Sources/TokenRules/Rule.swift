import ClaimTraceCore

/// A sentence a rule must, or must not, fire on, and what it must build there.
/// The examples of every rule run as one test (Tests/TokenRulesTests), so the
/// rule tables are their own corpus.
public struct Example: Sendable {
    public let text: String
    /// What the rule builds on `text`, in the concern's one-line form (e.g. `money 5000000000 USD`);
    /// nil when only firing is checked.
    public let expect: String?
    public let fires: Bool

    /// The rule fires on `text` (and builds `expect`, when given).
    public static func fires(_ text: String, _ expect: String? = nil) -> Example {
        Example(text: text, expect: expect, fires: true)
    }
    /// The rule does not fire anywhere in `text`.
    public static func not(_ text: String) -> Example { Example(text: text, expect: nil, fires: false) }
}

/// What a rule matched: the anchor token, the tokens the whole match covers, and its captures.
public struct RuleMatch: Sendable {
    public let anchor: Int
    /// The first token of the match (the leftmost one `before` reached).
    public let start: Int
    /// One past the last token (the rightmost one `after` reached).
    public let end: Int
    public let captures: Captures

    public subscript(slot: Slot) -> Range<Int>? { captures[slot] }
}

/// A rule: an id, a pattern anchored at one token (`before` is matched
/// leftwards from it, `after` rightwards), and what it builds from a match.
/// `build` may still refuse (nil) for what a pattern cannot say; such
/// conditions are named in the summary.
public final class Rule<Context, Product>: Sendable {
    public let id: String
    public let summary: String
    public let before: Pattern?
    public let anchor: TokenTest
    public let after: Pattern?
    public let examples: [Example]
    @usableFromInline let build: @Sendable (Context, RuleMatch) -> Product?
    let beforeProgram: Program?
    let afterProgram: Program?

    public init(
        _ id: String, _ summary: String, before: Pattern? = nil, anchor: TokenTest, after: Pattern? = nil,
        examples: [Example] = [], build: @escaping @Sendable (Context, RuleMatch) -> Product?
    ) {
        self.id = id
        self.summary = summary
        self.before = before
        self.anchor = anchor
        self.after = after
        self.examples = examples
        self.build = build
        beforeProgram = before.map { Program($0, backward: true) }
        afterProgram = after.map { Program($0, backward: false) }
    }

    /// The match of this rule with its anchor at token `i`, if the patterns match.
    public func match(at i: Int, in view: TokenView) -> RuleMatch? {
        guard i >= 0, i < view.count, anchor.matches(view.tokens[i], view.classes[i]) else { return nil }
        return matchPatterns(at: i, in: view)
    }

    /// The match at token `i`, whose anchor test the caller has passed.
    func matchPatterns(at i: Int, in view: TokenView) -> RuleMatch? {
        Self.matchPatterns(
            before: beforeProgram.map { Unmanaged.passUnretained($0) }, after: afterProgram.map { Unmanaged.passUnretained($0) },
            at: i, in: view)
    }

    /// The match at token `i` of a rule with these programs, whose anchor test the caller has passed. The programs
    /// come unretained, from a table whose rules hold them: a retain and release of the rule and of each program
    /// around every try of every rule at every cue was 3% of a whole run.
    @usableFromInline static func matchPatterns(
        before: Unmanaged<Program>?, after: Unmanaged<Program>?, at i: Int, in view: TokenView
    ) -> RuleMatch? {
        var captures = Captures()
        var end = i + 1
        if let after {
            guard let e = after._withUnsafeGuaranteedRef({ $0.run(view, from: i + 1, captures: &captures) }) else { return nil }
            end = e
        }
        var start = i
        if let before {
            var left = Captures()
            guard let s = before._withUnsafeGuaranteedRef({ $0.run(view, from: i - 1, captures: &left) }) else { return nil }
            start = s + 1
            captures.merge(left)
        }
        return RuleMatch(anchor: i, start: start, end: end, captures: captures)
    }

    /// Matches and builds: the product of this rule at token `i`, or nil.
    public func apply(at i: Int, in view: TokenView, context: Context) -> (Product, RuleMatch)? {
        guard let m = match(at: i, in: view), let product = build(context, m) else { return nil }
        return (product, m)
    }
}

/// The rules of one concern, in the order they are tried. The first rule
/// whose pattern matches and whose build succeeds wins.
public struct RuleTable<Context, Product>: Sendable {
    public let title: String
    public let summary: String
    public let rules: [Rule<Context, Product>]
    /// The anchors as plain bit masks, so the tokens no rule can anchor at cost no call: most rules
    /// are ruled out by one comparison each. A keyed anchor also has a one-word Bloom filter of its keys
    /// (bit `key & 63`), so most tokens skip the scan of its word list (some list dozens of words).
    @usableFromInline let anchorBits: [(all: UInt64, any: UInt64, none: UInt64, keyed: Bool, keyBits: UInt64)]
    /// Each rule's programs, unretained (`rules` holds them), so a try that fails touches no reference count.
    @usableFromInline let programs: [(before: Unmanaged<Program>?, after: Unmanaged<Program>?)]

    public init(_ title: String, _ summary: String, _ rules: [Rule<Context, Product>]) {
        self.title = title
        self.summary = summary
        self.rules = rules
        anchorBits = rules.map { rule in
            let keyBits = rule.anchor.keys.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
            return (rule.anchor.all, rule.anchor.any, rule.anchor.none, !rule.anchor.keys.isEmpty, keyBits)
        }
        programs = rules.map { rule in
            (rule.beforeProgram.map { Unmanaged.passUnretained($0) }, rule.afterProgram.map { Unmanaged.passUnretained($0) })
        }
        var seen = Set<String>()
        for rule in rules { precondition(seen.insert(rule.id).inserted, "duplicate rule id \(rule.id)") }
    }

    /// The first rule that fires with its anchor at token `i`. `trace`, when given, hears of every rule whose
    /// pattern matched there, and whether its build succeeded (for `claimtrace rules --explain --trace`).
    // Inlinable, so each concern's module gets a copy specialised to its context and product: a generic call
    // across the module boundary looked up type metadata at run time for every token it tried.
    @inlinable
    public func first(
        at i: Int, in view: TokenView, context: Context, trace: ((String, Bool) -> Void)? = nil
    ) -> (Rule<Context, Product>, Product, RuleMatch)? {
        let c = view.classes[i].rawValue
        for r in rules.indices {
            let a = anchorBits[r]
            guard c & a.all == a.all, c & a.none == 0, a.any == 0 || c & a.any != 0 else { continue }
            if a.keyed {
                let key = view.tokens[i].key
                guard a.keyBits >> (key & 63) & 1 != 0, rules[r].anchor.keys.contains(key) else { continue }
            }
            // The anchor bits and keys are its whole test, so only the patterns are left to match.
            let p = programs[r]
            guard let m = Rule<Context, Product>.matchPatterns(before: p.before, after: p.after, at: i, in: view) else { continue }
            let rule = rules[r]
            let product = rule.build(context, m)
            trace?(rule.id, product != nil)
            if let product { return (rule, product, m) }
        }
        return nil
    }

    /// The table as Markdown, for Docs/rules.md.
    public func markdown() -> String {
        var out = "## \(title)\n\n\(summary)\n\n"
        for rule in rules {
            out += "### `\(rule.id)`\n\n\(rule.summary)\n\n"
            var pattern = ""
            if let before = rule.before { pattern += before.description + " " }
            pattern += "**\(rule.anchor.name)**"
            if let after = rule.after { pattern += " " + after.description }
            out += "Pattern: \(pattern.replacingPipes())\n\n"
            let fires = rule.examples.filter(\.fires)
            let not = rule.examples.filter { !$0.fires }
            // A rule whose id starts with "not." blocks: its negative examples are what it blocks, its
            // positive ones what it lets through to the other rules.
            let blocking = rule.id.hasPrefix("not.")
            if !fires.isEmpty {
                out += blocking ? "Lets through:\n\n" : "Fires on:\n\n"
                for e in fires { out += "- \(e.text)" + (e.expect.map { " → `\($0)`" } ?? "") + "\n" }
                out += "\n"
            }
            if !not.isEmpty {
                out += blocking ? "Blocks:\n\n" : "Not on:\n\n"
                for e in not { out += "- \(e.text)\n" }
                out += "\n"
            }
        }
        return out
    }
}

extension String {
    /// Pipes inside a Markdown paragraph are fine, but backquote the pattern so none reads as a table.
    fileprivate func replacingPipes() -> String {
        var parts: [String] = []
        var current = ""
        var bold = false
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix("**") {
                if !current.isEmpty { parts.append(bold ? "**`\(current)`**" : "`\(current)`") }
                current = ""
                bold.toggle()
                i = index(i, offsetBy: 2)
                continue
            }
            current.append(self[i])
            i = index(after: i)
        }
        if !current.isEmpty { parts.append(bold ? "**`\(current)`**" : "`\(current)`") }
        return parts.joined()
    }
}
