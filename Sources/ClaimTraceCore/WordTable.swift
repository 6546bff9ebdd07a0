/// A 64-bit key for a word: FNV-1a over its bytes with ASCII letters
/// lowercased. The tokenizer computes it on the fly, so lexicon lookups hash
/// nothing at lookup time (Swift's `String` hashing dominated the profile).
public enum WordKey {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inlinable
    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            hash ^= UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    public static func of(_ word: String) -> UInt64 { of(word.utf8) }

    /// The key of each space-separated word of `text`, hashed in one pass over its bytes (no substrings).
    public static func ofWords(_ text: String) -> [UInt64] {
        var keys: [UInt64] = []
        var hash = offsetBasis
        var inWord = false
        for b in text.utf8 {
            if b == 0x20 {
                if inWord { keys.append(hash) }
                hash = offsetBasis
                inWord = false
            } else {
                hash ^= UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)
                hash &*= prime
                inWord = true
            }
        }
        if inWord { keys.append(hash) }
        return keys
    }

    /// The key of a word written in the source. Inlined, the hash of a literal folds to a constant at compile
    /// time, so the stages' word keys are computed properties that cost nothing to read; as `static let`s
    /// each read passed a once-guard (a call into the runtime, 4% of the quantity stage in a profile).
    @inlinable @inline(__always)
    public static func of(static word: StaticString) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let bytes = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            let b = bytes[k]
            hash ^= UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// A read-only set (or map) of words keyed by ``WordKey``: open addressing
/// over a power-of-two table, probing with the key's own bits.
public struct WordTable<Value: Sendable>: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Value?]
    @usableFromInline let mask: Int

    public init(_ entries: [(String, Value)]) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        for (word, value) in entries {
            let key = WordKey.of(word) | 1  // 0 marks an empty slot
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inlinable
    public subscript(key: UInt64) -> Value? {
        let k = key | 1
        var slot = Int(truncatingIfNeeded: k >> 7) & mask
        while true {
            let found = keys[slot]
            if found == k { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

extension WordTable where Value == Bool {
    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(words.map { ($0, true) })
    }

    @inlinable
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

/// A word → value table read with a `String` (hashed with ``WordKey``, not Swift's `String`
/// hashing) or with a token's key. Its words are matched case-insensitively.
public struct KeyedLexicon<Value: Sendable>: Sendable {
    public let table: WordTable<Value>
    public let keys: [String]

    public init(_ entries: [String: Value]) {
        table = WordTable(entries.map { ($0.key, $0.value) })
        keys = Array(entries.keys)
    }

    @inlinable public subscript(word: String) -> Value? { table[WordKey.of(word.utf8)] }
    @inlinable public subscript(key key: UInt64) -> Value? { table[key] }
}
