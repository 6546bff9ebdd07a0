/// Word search on the article's bytes without building strings: the checks run on every sentence with figures,
/// so a lowercased `String` per sentence and a `contains` per word was most of their cost. Needles are lowercase
/// ASCII; the text is compared with ASCII capitals folded and line breaks read as spaces (wire copy breaks lines
/// inside sentences).
enum ByteSearch {
    @inline(__always) static func fold(_ b: UInt8) -> UInt8 {
        b >= 65 && b <= 90 ? b | 0x20 : b == 0x0A || b == 0x09 || b == 0x0D ? 0x20 : b
    }

    /// The offset where `needle` starts in `bytes[from..<to]`, or nil.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let first = needle.first, to - from >= needle.count else { return nil }
        var i = from
        let last = to - needle.count
        while i <= last {
            if fold(bytes[i]) == first {
                var k = 1
                while k < needle.count, fold(bytes[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        find(needle, in: bytes, from: from, to: to) != nil
    }

    static func containsAny(_ needles: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        needles.contains { find($0, in: bytes, from: from, to: to) != nil }
    }

    /// `bytes[at...]` begins with `needle` (within `to`).
    static func starts(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at: Int, to: Int) -> Bool {
        guard at + needle.count <= to else { return false }
        for k in needle.indices where fold(bytes[at + k]) != needle[k] { return false }
        return true
    }

    static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        for i in from..<max(from, to) where bytes[i] == byte { n += 1 }
        return n
    }
}

/// Several needles searched in one pass: a table of the needles that start with each byte, so a sentence is
/// read once whatever the number of words looked for.
struct NeedleSet: Sendable {
    let needles: [[UInt8]]
    /// Whether two bytes (as written, either case) start some needle: most places are ruled out by one load.
    /// (A table of first bytes alone let through every "s", "p", "r" and "i" of a sentence.) One bit per pair,
    /// 8 KB, so the table stays in the first-level cache (as 64 KB of `Bool` it did not).
    private let startsNeedle: [UInt64]

    init(_ words: [String]) {
        needles = words.needles
        var table = [UInt64](repeating: 0, count: (1 << 16) / 64)
        func cases(_ b: UInt8) -> [UInt8] {
            if b >= 97 && b <= 122 { return [b, b - 32] }
            if b == 0x20 { return [0x20, 0x0A, 0x09, 0x0D] }
            return [b]
        }
        for n in needles where !n.isEmpty {
            // (A needle of one byte passes whatever follows it.)
            let seconds = n.count >= 2 ? cases(n[1]) : (0...255).map { UInt8($0) }
            for a in cases(n[0]) {
                for b in seconds {
                    let pair = Int(a) << 8 | Int(b)
                    table[pair >> 6] |= 1 << UInt64(pair & 63)
                }
            }
        }
        startsNeedle = table
    }

    func occurs(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        startsNeedle.withUnsafeBufferPointer { table in
            var i = from
            while i < to {
                let second = i + 1 < to ? bytes[i + 1] : 0x20
                let pair = Int(bytes[i]) << 8 | Int(second)
                if table[pair >> 6] >> UInt64(pair & 63) & 1 != 0 {
                    let b = ByteSearch.fold(bytes[i])
                    for needle in needles where needle[0] == b && ByteSearch.starts(needle, in: bytes, at: i, to: to) { return true }
                }
                i += 1
            }
            return false
        }
    }
}

extension Array where Element == String {
    /// The words as byte needles for ``ByteSearch``.
    var needles: [[UInt8]] { map { [UInt8]($0.utf8) } }
}
