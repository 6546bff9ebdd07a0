/// FNV-1a, 64 bit: tiny, fast and identical on every platform and run
/// (Swift's `Hasher` is seeded per process, so it cannot make stable ids).
public enum StableHash {
    public static func fnv1a<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64
    where S.Element == UInt8 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 16 lowercase hex digits of the FNV-1a hash of the parts, joined by a 0x1F separator.
    public static func hex(of parts: String...) -> String { hex(parts) }

    public static func hex(_ parts: [String]) -> String {
        var hasher = Parts()
        for part in parts { hasher.add(part) }
        return hasher.hex
    }

    /// The same hash fed one part at a time, for callers that would otherwise build an array of parts.
    public struct Parts {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var started = false

        public init() {}

        public mutating func add(_ part: String) {
            if started { hash = fnv1a(CollectionOfOne(0x1F), seed: hash) }
            started = true
            // Over the string's contiguous UTF-8 (a byte-at-a-time walk of its UTF-8 view was most of the cost).
            var part = part
            hash = part.withUTF8 { fnv1a($0, seed: hash) }
        }

        public var hex: String { hexDigits(hash) }
    }

    /// `hash` as 16 lowercase hex digits, written straight into the string (`String(radix:)` and padding
    /// built three strings for one id).
    public static func hexDigits(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for k in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: hash >> UInt64(60 - 4 * k)) & 15
                buffer[k] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return 16
        }
    }
}
