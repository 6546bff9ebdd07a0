/// A token of a sentence: a number, a word or one symbol. Offsets are bytes
/// in the article text. Shared by the quantity and attribution stages.
public struct Token: Sendable {
    public enum Kind: Sendable { case number, word, symbol }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lowercased (ASCII) form, for dictionary lookups.
    public var lower: String
    /// ``WordKey`` of the token (lowercased FNV-1a), for lexicon lookups without String hashing.
    public var key: UInt64 = 0
    /// Whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// For numbers: the value, and whether it was written as bare digits
    /// (no separators, no decimals), which years, codes and names need.
    public var value: Double = 0
    public var plainInteger = false
    public var digitCount = 0
    /// The digits as an integer and how many of them follow the decimal point.
    public var mantissa: Double = 0
    public var decimals = 0

    /// `value` multiplied by `scale`, exact where the decimal allows ("4.06" × 1e6 = 4060000).
    public func scaled(by scale: Double) -> Double {
        let divisor = Token.powerOfTen(decimals)
        return scale >= divisor ? mantissa * (scale / divisor) : value * scale
    }

    public static func powerOfTen(_ n: Int) -> Double {
        var p: Double = 1
        for _ in 0..<n { p *= 10 }
        return p
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isCapitalized: Bool {
        guard let f = text.utf8.first else { return false }
        return f >= UInt8(ascii: "A") && f <= UInt8(ascii: "Z")
    }
}

public enum Tokenizer {
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(span.count / 4)
        var i = span.start
        let end = span.end
        var space = true
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                space = true
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {  // no-break space
                space = true
                i += 2
                continue
            }
            let start = i
            if isDigit(b) {
                // All digits as one integer mantissa and a count of decimals, so that
                // "5.81" is 581 / 100 (correctly rounded) and scales stay exact.
                var mantissa: Double = 0
                var digits = 0
                var decimals = 0
                var plain = true
                var inFraction = false
                while i < end {
                    let c = bytes[i]
                    if isDigit(c) {
                        digits += 1
                        mantissa = mantissa * 10 + Double(c - 48)
                        if inFraction { decimals += 1 }
                        i += 1
                    } else if c == UInt8(ascii: ","), !inFraction, groupOfThree(bytes, i + 1, end) {
                        plain = false
                        i += 1
                    } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF,
                        !inFraction, groupOfThree(bytes, i + 3, end)
                    {
                        plain = false  // thin-space thousands separator
                        i += 3
                    } else if c == UInt8(ascii: "."), !inFraction, i + 1 < end, isDigit(bytes[i + 1]) {
                        plain = false
                        inFraction = true
                        i += 1
                    } else {
                        break
                    }
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                var token = Token(start: start, end: i, kind: .number, text: text, lower: text, spaceBefore: space)
                token.mantissa = mantissa
                token.decimals = decimals
                token.value = decimals == 0 ? mantissa : mantissa / Token.powerOfTen(decimals)
                token.plainInteger = plain
                token.digitCount = digits
                tokens.append(token)
            } else if isASCIILetter(b) || (b >= 0x80 && isLetterScalar(bytes, i, end)) {
                while i < end {
                    let c = bytes[i]
                    if isASCIILetter(c) {
                        i += 1
                    } else if c >= 0x80, isLetterScalar(bytes, i, end) {
                        i += scalarWidth(c)
                    } else if c == UInt8(ascii: "."), i + 1 < end, isASCIILetter(bytes[i + 1]), i - start <= 3,
                        i + 2 >= end || !isASCIILetter(bytes[i + 2]) || bytes[i + 2] == UInt8(ascii: ".")
                    {
                        i += 1  // "U.S", "a.m": dotted abbreviations stay one word
                    } else {
                        break
                    }
                }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
                let text = String(decoding: word, as: UTF8.self)
                var token = Token(
                    start: start, end: i, kind: .word, text: text, lower: asciiLowercased(word, text), spaceBefore: space)
                token.key = WordKey.of(word)
                tokens.append(token)
            } else {
                i += min(scalarWidth(b), end - i)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                tokens.append(Token(start: start, end: i, kind: .symbol, text: text, lower: text, spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    /// Lowercase without Unicode tables when the word is ASCII (nearly always in English news).
    static func asciiLowercased(_ word: UnsafeBufferPointer<UInt8>, _ text: String) -> String {
        var hasUpper = false
        for b in word {
            if b >= 0x80 { return text.lowercased() }
            if b >= 65 && b <= 90 { hasUpper = true }
        }
        guard hasUpper else { return text }
        return String(unsafeUninitializedCapacity: word.count) { buffer in
            for (k, b) in word.enumerated() { buffer[k] = b >= 65 && b <= 90 ? b | 0x20 : b }
            return word.count
        }
    }

    @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) public static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }
    @inline(__always) public static func scalarWidth(_ b: UInt8) -> Int {
        b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    }

    static func groupOfThree(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 2 < end && isDigit(bytes[i]) && isDigit(bytes[i + 1]) && isDigit(bytes[i + 2])
            && (i + 3 >= end || !isDigit(bytes[i + 3]))
    }

    static func isLetterScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let width = scalarWidth(bytes[i])
        guard i + width <= end else { return false }
        // U+2000–U+206F (curly quotes, dashes, ellipsis, thin spaces) are never letters,
        // and are most of the non-ASCII in English news: skip the Unicode tables.
        if bytes[i] == 0xE2, width == 3, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 { return false }
        if bytes[i] == 0xC2 { return bytes[i + 1] == 0xAA || bytes[i + 1] == 0xB5 || bytes[i + 1] == 0xBA }  // Latin-1 punctuation
        var iterator = UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isAlphabetic
    }
}
