import ClaimTraceCore
import Synchronization
import Testing

final class PullCounter: Sendable {
    let pulled = Atomic<Int>(0)
}

/// A source that counts, in a shared counter, how many items were pulled from it.
struct CountingSource: RecordSource {
    let total: Int
    let counter: PullCounter
    var position = 0
    mutating func next() -> Int? {
        guard position < total else { return nil }
        position += 1
        counter.pulled.add(1, ordering: .relaxed)
        return position - 1
    }
}

struct ThrowingSource: RecordSource {
    struct Boom: Error {}
    var count = 0
    mutating func next() throws -> Int? {
        count += 1
        if count > 10 { throw Boom() }
        return count
    }
}

/// Uneven work: some items take much longer than others.
struct SlowSquare: Stage {
    func process(_ input: Int) -> Int {
        var x = 0
        for i in 0..<((input % 7) * 2000) { x &+= i }
        return input * input + (x & 0)
    }
}

struct PipelineRunnerTests {
    @Test(arguments: [1, 2, 4])
    func outputOrderEqualsInputOrder(jobs: Int) async throws {
        let runner = PipelineRunner(stage: SlowSquare(), jobs: jobs, batchSize: 3, maxInFlight: 8)
        var out: [Int] = []
        try await runner.run(source: ArraySource(Array(0..<500))) { batch in out.append(contentsOf: batch) }
        #expect(out == (0..<500).map { $0 * $0 })
    }

    @Test func emptySourceGivesNoBatches() async throws {
        let runner = PipelineRunner(stage: SlowSquare(), jobs: 2)
        var calls = 0
        try await runner.run(source: ArraySource([Int]())) { _ in calls += 1 }
        #expect(calls == 0)
    }

    @Test func readerStaysWithinTheWindow() async throws {
        let counter = PullCounter()
        let source = CountingSource(total: 10_000, counter: counter)
        let runner = PipelineRunner(stage: SlowSquare(), jobs: 2, batchSize: 10, maxInFlight: 4)
        var pulledAtFirstBatch = -1
        try await runner.run(source: source) { _ in
            if pulledAtFirstBatch < 0 {
                // Give the reader every chance to run ahead before we look.
                try await Task.sleep(for: .milliseconds(50))
                pulledAtFirstBatch = counter.pulled.load(ordering: .relaxed)
            }
        }
        // At most maxInFlight batches (plus the one being filled) may be read ahead of the sink.
        #expect(pulledAtFirstBatch <= (4 + 1) * 10)
        #expect(counter.pulled.load(ordering: .relaxed) == 10_000)
    }

    @Test func sourceErrorEndsTheRun() async {
        let runner = PipelineRunner(stage: SlowSquare(), jobs: 2, batchSize: 4)
        await #expect(throws: ThrowingSource.Boom.self) {
            try await runner.run(source: ThrowingSource()) { _ in }
        }
    }

    @Test func sinkErrorEndsTheRun() async {
        struct Full: Error {}
        let runner = PipelineRunner(stage: SlowSquare(), jobs: 2, batchSize: 4)
        await #expect(throws: Full.self) {
            try await runner.run(source: ArraySource(Array(0..<1000))) { _ in throw Full() }
        }
    }

    @Test func chainedStagesComposeInOrder() {
        let double = AnyStage<Int, Int> { $0 * 2 }
        let describe = AnyStage<Int, String> { "n=\($0)" }
        #expect(double.then(describe).process(21) == "n=42")
    }
}

struct StableHashTests {
    @Test func fnv1aMatchesThePublishedVectors() {
        // Test vectors from the FNV reference (IETF draft-eastlake-fnv).
        #expect(StableHash.fnv1a("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func hexIsSixteenDigitsAndSeparatesParts() {
        let id = StableHash.hex(of: "ab", "c")
        #expect(id.count == 16)
        #expect(id != StableHash.hex(of: "a", "bc"))
        #expect(id == StableHash.hex(of: "ab", "c"))
    }

    @Test func hexDigitsAreTheHashZeroPadded() {
        // The id is the hash's 16 lowercase digits: the FNV vector of "a" above, and leading zeros kept.
        #expect(StableHash.hex(of: "a") == "af63dc4c8601ec8c")
        #expect(StableHash.hexDigits(0) == "0000000000000000")
        #expect(StableHash.hexDigits(0x0123_4567_89ab_cdef) == "0123456789abcdef")
        #expect(StableHash.hexDigits(.max) == "ffffffffffffffff")
    }

    @Test(arguments: [0, -0.0, 1, -1, 12, 2_000_000, -750_000, 0.25, 1.5, 99_999_999_999_999, 1e15, 1e16, 123_456_789_012_345.0])
    func fingerprintsHashTheValueAsSwiftWritesIt(value: Double) {
        // Fingerprints already stored in claims databases must stay the same: the shortcut for whole numbers
        // writes what Double.description writes.
        #expect(ClaimQuantity.fingerprintText(value) == String(value))
    }
}

struct UTF8TextTests {
    @Test func scalarCountsAcrossScripts() {
        let text = "Taipei’s Daan (大安) 👋 café"
        text.withUTF8Bytes { bytes in
            #expect(UTF8Text.scalarCount(bytes, from: 0, to: bytes.count) == text.unicodeScalars.count)
        }
    }

    @Test func invisibleMarksAreNoTokens() {
        // A soft hyphen before a word and a zero-width space after a number, as pasted web copy has them.
        let text = "two \u{AD}supermoons and 40\u{200B} engineers"
        let tokens = text.withUTF8Bytes { Tokenizer.tokenize($0, TextSpan(0, $0.count)) }
        let words = text.withUTF8Bytes { bytes in tokens.map { $0.text(in: bytes) } }
        #expect(words == ["two", "supermoons", "and", "40", "engineers"])
    }

    @Test func tokenizerKeepsByteOffsets() {
        let text = "大安 rose 4.5% to ¥1,200"
        let tokens = text.withUTF8Bytes { Tokenizer.tokenize($0, TextSpan(0, $0.count)) }
        let bytes = Array(text.utf8)
        let words = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(words == ["大安", "rose", "4.5", "%", "to", "¥", "1,200"])
        #expect(tokens[6].value == 1200)
        #expect(tokens[2].plainInteger == false)
    }
}
