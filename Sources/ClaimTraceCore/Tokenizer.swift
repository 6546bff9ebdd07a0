/// A token of a sentence: a number, a word or one symbol. Offsets are bytes
/// in the article text. Shared by the quantity and attribution stages.
///
/// A plain value with no `String` inside: stages compare tokens by ``key`` and
/// read the text from the article bytes only when they need it (a source's
/// name, a unit), which keeps token arrays free of reference counting.
public struct Token: Sendable {
    public enum Kind: Sendable { case number, word, symbol }

    // Fields ordered so that the token packs into 48 bytes: token arrays are
    // built for every sentence by two stages, and their size is memory traffic.
    public var start: Int
    public var end: Int
    /// ``WordKey`` of the token (lowercased FNV-1a) for every kind, so lexicon
    /// lookups and comparisons with a symbol hash nothing.
    public var key: UInt64
    /// For numbers: the value, and the digits as an integer with how many of
    /// them follow the decimal point ("5.81" is 581 and 2).
    public var value: Double = 0
    public var mantissa: Double = 0
    public var kind: Kind
    /// Whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    /// The token begins with an ASCII capital letter.
    public var isCapitalized = false
    /// For numbers: written as bare digits (no separators, no decimals), which years, codes and names need.
    public var plainInteger = false
    private var storedDigitCount: Int16 = 0
    private var storedDecimals: Int16 = 0

    /// For numbers: how many digits, and how many of them follow the decimal point.
    public var digitCount: Int {
        get { Int(storedDigitCount) }
        set { storedDigitCount = Int16(clamping: newValue) }
    }
    public var decimals: Int {
        get { Int(storedDecimals) }
        set { storedDecimals = Int16(clamping: newValue) }
    }

    public init(start: Int, end: Int, kind: Kind, key: UInt64, spaceBefore: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.spaceBefore = spaceBefore
    }

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
    public var count: Int { end - start }

    /// The token as written, read from the text it was cut from.
    public func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The token lowercased (ASCII letters without Unicode tables; other words through `lowercased()`).
    public func lower(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return Tokenizer.asciiLowercased(word, String(decoding: word, as: UTF8.self))
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
            // Invisible marks between tokens (a soft hyphen, a zero-width space or joiner, a byte-order mark) are
            // no token: "two \u{AD}supermoons" counts supermoons.
            if b >= 0xC2, let width = Self.invisibleWidth(bytes, i, end) {
                i += width
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
                var european = false  // "1.111,11": dots group, the comma is the decimal point
                while i < end {
                    let c = bytes[i]
                    if isDigit(c) {
                        digits += 1
                        mantissa = mantissa * 10 + Double(c - 48)
                        if inFraction { decimals += 1 }
                        i += 1
                    } else if c == UInt8(ascii: ","), !inFraction,
                        groupOfThree(bytes, i + 1, end) || lakhGroup(bytes, i + 1, end, digitsBefore: digits)
                    {
                        plain = false
                        i += 1
                    } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF,
                        !inFraction, groupOfThree(bytes, i + 3, end)
                    {
                        plain = false  // thin-space thousands separator
                        i += 3
                    } else if c == UInt8(ascii: "."), !inFraction, european || (digits <= 3 && europeanGroups(bytes, i, end)) {
                        european = true
                        plain = false
                        i += 1
                    } else if c == UInt8(ascii: ","), !inFraction, european || (plain && digits <= 2 && commaDecimal(bytes, start, i + 1, end)) {
                        // "5,00", "1,3": a comma before one or two last digits is a decimal comma ("$110,00" is a
                        // dropped zero more often than a decimal, so not after three digits).
                        plain = false
                        inFraction = true
                        i += 1
                    } else if c == UInt8(ascii: "."), !inFraction, i + 1 < end, isDigit(bytes[i + 1]) {
                        plain = false
                        inFraction = true
                        i += 1
                    } else {
                        break
                    }
                }
                var token = Token(
                    start: start, end: i, kind: .number, key: WordKey.of(UnsafeBufferPointer(rebasing: bytes[start..<i])),
                    spaceBefore: space)
                token.mantissa = mantissa
                token.decimals = decimals
                token.value = decimals == 0 ? mantissa : mantissa / Token.powerOfTen(decimals)
                token.plainInteger = plain
                token.digitCount = digits
                tokens.append(token)
            } else if isASCIILetter(b) || (b >= 0x80 && isLetterScalar(bytes, i, end)) {
                // The word key is hashed while scanning (WordKey.of in one pass): ASCII letters
                // lowercased, every other byte as it is.
                var key = WordKey.offsetBasis
                while i < end {
                    let c = bytes[i]
                    if isASCIILetter(c) {
                        key = (key ^ UInt64(c | 0x20)) &* WordKey.prime
                        i += 1
                    } else if c >= 0x80, isLetterScalar(bytes, i, end) {
                        for k in i..<(i + scalarWidth(c)) { key = (key ^ UInt64(bytes[k])) &* WordKey.prime }
                        i += scalarWidth(c)
                    } else if c == UInt8(ascii: "."), i + 1 < end, isASCIILetter(bytes[i + 1]), i - start <= 3,
                        i + 2 >= end || !isASCIILetter(bytes[i + 2]) || bytes[i + 2] == UInt8(ascii: ".")
                    {
                        key = (key ^ UInt64(c)) &* WordKey.prime
                        i += 1  // "U.S", "a.m": dotted abbreviations stay one word
                    } else if i - start == 1, b == UInt8(ascii: "O") || b == UInt8(ascii: "D") || b == UInt8(ascii: "L"),
                        let width = apostropheWidth(bytes, i, end), i + width < end, bytes[i + width] >= 65, bytes[i + width] <= 90
                    {
                        // "O'Hanlon", "D’Souza": one name, not a letter and a quotation mark.
                        for k in i..<(i + width) { key = (key ^ UInt64(bytes[k])) &* WordKey.prime }
                        i += width
                    } else {
                        break
                    }
                }
                var token = Token(start: start, end: i, kind: .word, key: key, spaceBefore: space)
                token.isCapitalized = b >= 65 && b <= 90
                tokens.append(token)
            } else {
                i += min(scalarWidth(b), end - i)
                tokens.append(
                    Token(
                        start: start, end: i, kind: .symbol, key: WordKey.of(UnsafeBufferPointer(rebasing: bytes[start..<i])),
                        spaceBefore: space))
            }
            space = false
        }
        return tokens
    }

    /// The byte width of an apostrophe at `i` ("'" or "’"), or nil.
    /// The width of an invisible format character at `i` (U+00AD, U+200B–U+200D, U+2060, U+FEFF), or nil.
    @inline(__always) static func invisibleWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = bytes[i]
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAD { return 2 }
        guard i + 2 < end else { return nil }
        if b == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] >= 0x8B && bytes[i + 2] <= 0x8D { return 3 }
        if b == 0xE2, bytes[i + 1] == 0x81, bytes[i + 2] == 0xA0 { return 3 }
        if b == 0xEF, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }
        return nil
    }

    @inline(__always) static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        if bytes[i] == 0x27 { return 1 }
        if bytes[i] == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { return 3 }
        return nil
    }

    /// Lowercase without Unicode tables when the word is ASCII (nearly always in English news).
    public static func asciiLowercased(_ word: UnsafeBufferPointer<UInt8>, _ text: String) -> String {
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

    /// "1.111,11", "80.000,5": groups of three after dots, then a decimal comma with one or two digits.
    static func europeanGroups(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, bytes[k] == UInt8(ascii: ".") {
            guard k + 3 < end, isDigit(bytes[k + 1]), isDigit(bytes[k + 2]), isDigit(bytes[k + 3]) else { return false }
            k += 4
        }
        return k > i && k < end && bytes[k] == UInt8(ascii: ",") && commaDecimal(bytes, i, k + 1, end)
    }

    /// One or two digits from `i` (after a comma) that end the number: not "1,2,3" (nor its "2,3"), not "1,5.6",
    /// not the set scores "1-6,4-6".
    static func commaDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ i: Int, _ end: Int) -> Bool {
        guard i < end, isDigit(bytes[i]) else { return false }
        var k = i + 1
        if k < end, isDigit(bytes[k]) { k += 1 }
        if k < end, isDigit(bytes[k]) { return false }
        if k + 1 < end, bytes[k] == UInt8(ascii: ",") || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "-"), isDigit(bytes[k + 1]) {
            return false
        }
        if start > 0, bytes[start - 1] == UInt8(ascii: ",") || bytes[start - 1] == UInt8(ascii: "[") || bytes[start - 1] == UInt8(ascii: "(")
            || bytes[start - 1] == UInt8(ascii: "-")
        {
            return false
        }
        return true
    }

    /// Indian grouping ("12,34,567", "1,23,45,678"): two digits, then another such group or a group of three
    /// that ends the number; only after one or two leading digits or an earlier group of two.
    static func lakhGroup(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, digitsBefore: Int) -> Bool {
        guard digitsBefore >= 1, i + 2 < end, isDigit(bytes[i]), isDigit(bytes[i + 1]), bytes[i + 2] == UInt8(ascii: ",") else {
            return false
        }
        guard digitsBefore <= 2 || (digitsBefore - 1) % 2 == 0 || (digitsBefore - 2) % 2 == 0 else { return false }
        return groupOfThree(bytes, i + 3, end) || lakhGroup(bytes, i + 3, end, digitsBefore: 2)
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
