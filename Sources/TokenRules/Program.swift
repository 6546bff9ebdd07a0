import ClaimTraceCore

/// Token ranges captured by a match, one per ``Slot``, held inline (no allocation).
public struct Captures: Sendable {
    public static let slots = 8
    @usableFromInline var bounds = SIMD16<Int32>(repeating: -1)

    public init() {}

    /// The tokens slot `index` matched, or nil when that part of the pattern did not take part.
    public func range(_ index: Int) -> Range<Int>? {
        let s = Int(bounds[2 * index])
        let e = Int(bounds[2 * index + 1])
        return s >= 0 && e >= s ? s..<e : nil
    }

    public subscript(slot: Slot) -> Range<Int>? { range(slot.index) }

    mutating func merge(_ other: Captures) {
        for k in 0..<16 where other.bounds[k] >= 0 { bounds[k] = other.bounds[k] }
    }
}

/// A pattern compiled for one direction: a list of instructions run by a
/// backtracking machine over token positions (as in Thompson's and Pike's
/// regular-expression machines, with tokens for characters).
@usableFromInline final class Program: Sendable {
    enum Code: UInt8 { case test, split, jump, save, check, parse, edge, match }
    /// One instruction. `split(a, b)` tries `a` first; `save(slot)` records the position.
    struct Op: Sendable {
        var code: Code
        var a: Int32 = 0
        var b: Int32 = 0
    }
    /// A token test flattened to plain integers; its keys live in `keys[keyStart..<keyStart+keyCount]`.
    struct Test: Sendable {
        var all: UInt64
        var any: UInt64
        var none: UInt64
        var keyStart: Int32
        var keyCount: Int32
    }

    let ops: [Op]
    let tests: [Test]
    let keys: [UInt64]
    let checks: [Check]
    let parsers: [Parser]
    /// +1 matches rightwards from the anchor, -1 leftwards.
    let direction: Int
    /// The test every match must pass at its first token, when the pattern opens with one (past captures):
    /// checked before the machine is set up, since most runs fail right there.
    let firstTest: Test?
    /// Tests one of which some token within reach must pass for any match, when the pattern names words it
    /// cannot match without ("familiar with" somewhere before the cue): one scan rules out most runs, where
    /// the machine would try every way to reach that word.
    let required: [Test]
    /// The most tokens a match can read (nil: no bound), which is how far the scan for `required` looks.
    let reach: Int?

    init(_ pattern: Pattern, backward: Bool) {
        var builder = Builder(direction: backward ? -1 : 1)
        builder.emit(pattern)
        builder.ops.append(Op(code: .match))
        direction = builder.direction
        ops = builder.ops
        tests = builder.tests
        checks = builder.checks
        parsers = builder.parsers
        var pc = 0
        while pc < ops.count, ops[pc].code == .save { pc += 1 }
        firstTest = pc < ops.count && ops[pc].code == .test ? tests[Int(ops[pc].a)] : nil
        var keys = builder.keys
        let needed = Self.requiredTests(pattern) ?? []
        if needed.contains(where: { !$0.keys.isEmpty }) {
            required = needed.map { t in
                defer { keys.append(contentsOf: t.keys) }
                return Test(all: t.all, any: t.any, none: t.none, keyStart: Int32(keys.count), keyCount: Int32(t.keys.count))
            }
        } else {
            required = []
        }
        self.keys = keys
        reach = Self.maxLength(pattern)
    }

    /// A disjunction of token tests that every match of `p` has a token passing, or nil when none can be
    /// named. A sequence gives the most selective of its parts' (words over classes, then fewer words).
    static func requiredTests(_ p: Pattern) -> [TokenTest]? {
        switch p {
        case .token(let t):
            return t.keys.isEmpty && t.all == 0 && t.any == 0 ? nil : [t]
        case .sequence(let parts):
            func cost(_ tests: [TokenTest]) -> Int {
                tests.contains { $0.keys.isEmpty } ? Int.max : tests.reduce(0) { $0 + $1.keys.count }
            }
            return parts.compactMap(requiredTests).min { cost($0) < cost($1) }
        case .choice(let parts):
            var all: [TokenTest] = []
            for part in parts {
                guard let r = requiredTests(part) else { return nil }
                all += r
            }
            return all.isEmpty ? nil : all
        case .repeated(let inner, let min, _, _):
            return min >= 1 ? requiredTests(inner) : nil
        case .capture(_, let inner):
            return requiredTests(inner)
        case .check, .parse, .edge:
            return nil
        }
    }

    /// The most tokens a match of `p` can read, or nil when unbounded.
    static func maxLength(_ p: Pattern) -> Int? {
        switch p {
        case .token: return 1
        case .sequence(let parts):
            var total = 0
            for part in parts {
                guard let m = maxLength(part) else { return nil }
                total += m
            }
            return total
        case .choice(let parts):
            var most = 0
            for part in parts {
                guard let m = maxLength(part) else { return nil }
                most = Swift.max(most, m)
            }
            return most
        case .repeated(let inner, _, let max, _):
            guard let max, let m = maxLength(inner) else { return nil }
            return max * m
        case .capture(_, let inner): return maxLength(inner)
        case .check, .edge: return 0
        case .parse: return nil
        }
    }

    /// Whether some token the match could read passes one of the `required` tests (true when there are none).
    @inline(__always) func requiredWithinReach(_ view: TokenView, from position: Int) -> Bool {
        guard !required.isEmpty else { return true }
        var lo = 0
        var hi = view.count
        if direction > 0 {
            lo = Swift.max(position, 0)
            if let reach { hi = Swift.min(hi, position + reach) }
        } else {
            hi = Swift.min(hi, position + 1)
            if let reach { lo = Swift.max(0, position - reach + 1) }
        }
        var p = lo
        while p < hi {
            let c = view.classes[p].rawValue
            for t in required where passes(t, c, view.tokens[p].key) { return true }
            p += 1
        }
        return false
    }

    /// Whether the token at `position` can open a match (always true when the pattern does not open with a test).
    @inline(__always) func mayMatch(_ view: TokenView, at position: Int) -> Bool {
        guard let t = firstTest else { return true }
        return position >= 0 && position < view.count && passes(t, view.classes[position].rawValue, view.tokens[position].key)
    }

    /// Whether a token with class bits `c` and word key `key` passes test `t`; the key is read only when the test has keys.
    @inline(__always) func passes(_ t: Test, _ c: UInt64, _ key: @autoclosure () -> UInt64) -> Bool {
        guard c & t.all == t.all, c & t.none == 0, t.any == 0 || c & t.any != 0 else { return false }
        guard t.keyCount > 0 else { return true }
        let key = key()
        var k = Int(t.keyStart)
        let end = k + Int(t.keyCount)
        while k < end {
            if keys[k] == key { return true }
            k += 1
        }
        return false
    }

    /// Compiles a pattern into instructions.
    private struct Builder {
        let direction: Int
        var ops: [Op] = []
        var tests: [Test] = []
        var keys: [UInt64] = []
        var checks: [Check] = []
        var parsers: [Parser] = []

    mutating func emit(_ p: Pattern) {
        switch p {
        case .token(let t):
            tests.append(Test(all: t.all, any: t.any, none: t.none, keyStart: Int32(keys.count), keyCount: Int32(t.keys.count)))
            keys.append(contentsOf: t.keys)
            ops.append(Op(code: .test, a: Int32(tests.count - 1)))
        case .sequence(let parts):
            for part in (direction < 0 ? parts.reversed() : parts) { emit(part) }
        case .choice(let parts):
            guard !parts.isEmpty else { return }
            var jumps: [Int] = []
            for (k, part) in parts.enumerated() {
                if k < parts.count - 1 {
                    let split = ops.count
                    ops.append(Op(code: .split))
                    ops[split].a = Int32(ops.count)
                    emit(part)
                    jumps.append(ops.count)
                    ops.append(Op(code: .jump))
                    ops[split].b = Int32(ops.count)
                } else {
                    emit(part)
                }
            }
            for j in jumps { ops[j].a = Int32(ops.count) }
        case .repeated(let inner, let min, let max, let lazy):
            for _ in 0..<min { emit(inner) }
            if let max {
                // Each optional copy may be skipped, and skipping one skips the rest.
                var exits: [Int] = []
                for _ in min..<max {
                    let split = ops.count
                    ops.append(Op(code: .split))
                    exits.append(split)
                    let body = Int32(ops.count)
                    emit(inner)
                    if lazy { ops[split].b = body } else { ops[split].a = body }
                }
                let end = Int32(ops.count)
                for s in exits {
                    if lazy { ops[s].a = end } else { ops[s].b = end }
                }
            } else {
                let split = ops.count
                ops.append(Op(code: .split))
                let body = Int32(ops.count)
                emit(inner)
                ops.append(Op(code: .jump, a: Int32(split)))
                let end = Int32(ops.count)
                if lazy {
                    ops[split].a = end
                    ops[split].b = body
                } else {
                    ops[split].a = body
                    ops[split].b = end
                }
            }
        case .capture(let slot, let inner):
            // Slots hold [start, end) as token indices; leftwards the end is recorded first.
            let first = Int32(2 * slot.index + (direction < 0 ? 1 : 0))
            let second = Int32(2 * slot.index + (direction < 0 ? 0 : 1))
            ops.append(Op(code: .save, a: first))
            emit(inner)
            ops.append(Op(code: .save, a: second))
        case .check(let c):
            checks.append(c)
            ops.append(Op(code: .check, a: Int32(checks.count - 1)))
        case .parse(let p):
            precondition(direction > 0, "parser \(p.name) in a leftward pattern")
            parsers.append(p)
            ops.append(Op(code: .parse, a: Int32(parsers.count - 1)))
        case .edge:
            ops.append(Op(code: .edge))
        }
    }
    }

    private struct Frame {
        var pc: Int32
        var position: Int32
        var captures: Captures
    }

    /// Runs the program from `position` (the index of the first token to read in the program's
    /// direction). Returns the position after the match and the captures, or nil.
    func run(_ view: TokenView, from position: Int, captures: inout Captures) -> Int? {
        guard mayMatch(view, at: position), requiredWithinReach(view, from: position) else { return nil }
        // The backtracking stack: the standard library keeps a temporary allocation of up to 1 KB on the machine
        // stack and puts a larger one on the heap (an aligned malloc per run, 2% of a whole run in a profile).
        // Most runs need a few pending alternatives, so they get the small one; a run that outgrows it is
        // repeated with the full stack, which gives the same result since runs are deterministic. Patterns are
        // short: one that needs more pending alternatives than the full stack simply does not match.
        let small = withUnsafeTemporaryAllocation(of: Frame.self, capacity: Self.smallStack) { stack in
            run(view, from: position, captures: &captures, stack: stack)
        }
        guard case .overflow = small else { return small.position }
        return withUnsafeTemporaryAllocation(of: Frame.self, capacity: 128) { stack in
            run(view, from: position, captures: &captures, stack: stack).position
        }
    }

    /// As many frames as fit in the 1 KB the standard library allocates on the machine stack.
    static let smallStack = Swift.max(1, 1024 / MemoryLayout<Frame>.stride)

    private enum Outcome {
        case matched(Int)
        case failed
        /// The run needed more pending alternatives than its stack holds.
        case overflow

        var position: Int? {
            if case .matched(let p) = self { return p }
            return nil
        }
    }

    private func run(_ view: TokenView, from position: Int, captures: inout Captures, stack: UnsafeMutableBufferPointer<Frame>) -> Outcome {
        let n = view.count
        var depth = 0
        var pc = 0
        var pos = position
        var caps = captures
        var steps = 0
        return ops.withUnsafeBufferPointer { ops in
            tests.withUnsafeBufferPointer { tests in
                view.classes.withUnsafeBufferPointer { classes in
                    // Patterns are short and sentences bounded, but a cap keeps a pathological one linear.
                    while steps < 50_000 {
                        steps += 1
                        let op = ops[pc]
                        var fail = false
                        switch op.code {
                        case .test:
                            if pos >= 0, pos < n, passes(tests[Int(op.a)], classes[pos].rawValue, view.tokens[pos].key) {
                                pos += direction
                                pc += 1
                            } else {
                                fail = true
                            }
                        case .split:
                            guard depth < stack.count else { return .overflow }
                            stack.initializeElement(at: depth, to: Frame(pc: op.b, position: Int32(pos), captures: caps))
                            depth += 1
                            pc = Int(op.a)
                        case .jump:
                            pc = Int(op.a)
                        case .save:
                            // A position between tokens as a token index: rightwards the next token,
                            // leftwards one past the token to read next.
                            caps.bounds[Int(op.a)] = Int32(direction > 0 ? pos : pos + 1)
                            pc += 1
                        case .check:
                            let boundary = direction > 0 ? pos : pos + 1
                            if checks[Int(op.a)].test(view, boundary) { pc += 1 } else { fail = true }
                        case .parse:
                            if pos >= 0, pos <= n, let next = parsers[Int(op.a)].parse(view, pos), next > pos {
                                pos = next
                                pc += 1
                            } else {
                                fail = true
                            }
                        case .edge:
                            if (direction > 0 && pos == n) || (direction < 0 && pos == -1) { pc += 1 } else { fail = true }
                        case .match:
                            captures = caps
                            return .matched(pos)
                        }
                        if fail {
                            guard depth > 0 else { return .failed }
                            depth -= 1
                            let frame = stack[depth]
                            pc = Int(frame.pc)
                            pos = Int(frame.position)
                            caps = frame.captures
                        }
                    }
                    return .failed
                }
            }
        }
    }
}
