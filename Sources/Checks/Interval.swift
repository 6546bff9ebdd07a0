import ClaimTraceCore

/// The values a figure as written can stand for: "20.2" is 20.15–20.25, "40,454" is 40,453.5–40,454.5,
/// "3.2 million" is 3.15–3.25 million, "about 3 million" ±10%. Checks compare intervals, so rounding is never
/// called an error and a real error is never excused.
struct Interval: Sendable, Equatable {
    var lo: Double
    var hi: Double

    init(_ lo: Double, _ hi: Double) {
        self.lo = min(lo, hi)
        self.hi = max(lo, hi)
    }

    var mid: Double { (lo + hi) / 2 }

    func overlaps(_ other: Interval) -> Bool { lo <= other.hi && other.lo <= hi }

    static func + (a: Interval, b: Interval) -> Interval { Interval(a.lo + b.lo, a.hi + b.hi) }

    /// `to − from` as a magnitude: how far apart two levels are.
    static func gap(from f: Interval, to t: Interval) -> Interval {
        t.mid >= f.mid ? Interval(max(0, t.lo - f.hi), t.hi - f.lo) : Interval(max(0, f.lo - t.hi), f.hi - t.lo)
    }

    /// The change from `f` to `t` in percent of `f`, as a magnitude (nil when `f` may be zero or negative).
    static func relativeChange(from f: Interval, to t: Interval) -> Interval? {
        guard f.lo > 0, t.lo >= 0 else { return nil }
        if t.mid >= f.mid { return Interval(max(0, t.lo / f.hi - 1) * 100, (t.hi / f.lo - 1) * 100) }
        return Interval(max(0, 1 - t.hi / f.lo) * 100, (1 - t.lo / f.hi) * 100)
    }

    /// The ratio `t / f` (nil when `f` may be zero).
    static func ratio(_ t: Interval, _ f: Interval) -> Interval? {
        guard f.lo > 0, t.lo >= 0 else { return nil }
        return Interval(t.lo / f.hi, t.hi / f.lo)
    }

    /// The interval a figure stands for, or nil when it cannot take part in arithmetic: a range, a one-sided
    /// hedge ("more than 5%", "up to 300"), or no value.
    static func of(_ q: Quantity, in bytes: UnsafeBufferPointer<UInt8>) -> Interval? {
        halfUnit(of: q, in: bytes).flatMap { of(q, in: bytes, half: $0) }
    }

    /// The half unit of a figure (see ``halfUnit``), or nil when it takes no part in arithmetic.
    static func halfUnit(of q: Quantity, in bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let v = q.value else { return nil }
        return halfUnit(q, v, bytes)
    }

    /// Like ``of(_:in:)`` with the half unit given: two levels in one unit share the finer precision of the two
    /// ("from $5 million to $4.4 million": writers drop the trailing zero of 5.0).
    static func of(_ q: Quantity, in bytes: UnsafeBufferPointer<UInt8>, half: Double, value: Double? = nil) -> Interval? {
        guard let v = value ?? q.value else { return nil }
        if let qualifier = q.qualifier, oneSided.contains(qualifier) { return nil }
        // "nearly 30 pct" is 27 to 30: a writer who meant 25 would say "a quarter".
        if let qualifier = q.qualifier, below.contains(qualifier) { return Interval(v * 0.9 - half, v + half) }
        if q.approximate { return Interval(v * 0.9 - half, v * 1.1 + half) }
        return Interval(v - half, v + half)
    }

    /// Hedges that bound a figure on one side only.
    static let oneSided: Set<String> = [
        "more than", "over", "at least", "up to", "less than", "under", "fewer than", "as many as", "as much as",
        "no more than", "not more than", "at most", "upwards of", "in excess of", "below", "above", "beyond",
    ]
    /// Hedges that put the true value a little below the figure.
    static let below: Set<String> = ["nearly", "almost", "just under", "close to", "just shy of"]

    /// The first number in a figure's text as written, with its decimals ("3.2" of "$3.2 billion").
    static func written(_ q: Quantity, _ bytes: UnsafeBufferPointer<UInt8>) -> (number: Double, decimals: Int)? {
        var k = q.span.start
        while k < q.span.end, !(bytes[k] >= 48 && bytes[k] <= 57) { k += 1 }
        var written = 0.0
        var decimals = 0
        var inFraction = false
        var digits = 0
        while k < q.span.end {
            let b = bytes[k]
            if b >= 48 && b <= 57 {
                written = written * 10 + Double(b - 48)
                digits += 1
                if inFraction { decimals += 1 }
            } else if b == UInt8(ascii: ","), !inFraction, k + 1 < q.span.end, bytes[k + 1] >= 48 && bytes[k + 1] <= 57 {
                // a thousands separator
            } else if b == UInt8(ascii: "."), !inFraction, k + 1 < q.span.end, bytes[k + 1] >= 48 && bytes[k + 1] <= 57 {
                inFraction = true
            } else {
                break
            }
            k += 1
        }
        guard digits > 0, written > 0 else { return nil }
        return (written / powerOfTen(decimals), decimals)
    }

    /// How much the value is the written number times ("3.2 billion": 10⁹), 1 for plain figures.
    static func scale(_ q: Quantity, _ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        guard let v = q.value, let w = written(q, bytes) else { return 1 }
        return abs(v) / w.number
    }

    /// Half the last written digit, in the figure's own units: the first number in its text is read as written
    /// ("3.2" of "$3.2 billion" has one decimal, and the value is 3.2 × 10⁹, so half a digit is 0.05 × 10⁹).
    /// Spelled figures ("three million") count one significant digit.
    static func halfUnit(_ q: Quantity, _ v: Double, _ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        guard let w = written(q, bytes), v != 0 else {
            let magnitude = v == 0 ? 1 : powerOfTen(Int(log10Approx(abs(v))))
            return magnitude / 2
        }
        // "84,000 tonnes": a whole number of thousands is read as rounded to the thousand.
        if w.decimals == 0, w.number >= 1000, w.number.truncatingRemainder(dividingBy: 1000) == 0 {
            return 500 * abs(v) / w.number
        }
        return 0.5 / powerOfTen(w.decimals) * abs(v) / w.number
    }

    /// ⌊log10 x⌋ for positive x.
    static func log10Approx(_ x: Double) -> Double {
        var e = 0.0
        var y = x
        while y >= 10 { y /= 10; e += 1 }
        while y < 1 { y *= 10; e -= 1 }
        return e
    }

    static func powerOfTen(_ n: Int) -> Double {
        var p = 1.0
        if n >= 0 { for _ in 0..<n { p *= 10 } } else { for _ in 0..<(-n) { p /= 10 } }
        return p
    }
}

/// Numbers as a person reads them in a message: up to four decimals, no trailing zeros, thousands separated.
enum Say {
    static func number(_ v: Double) -> String {
        let magnitude = abs(v)
        let places = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 4
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        // Whole numbers of the last place, so no binary fraction leaks into the digits.
        guard magnitude * Double(scale) < 9e17 else { return String(v) }
        let scaled = Int64((magnitude * Double(scale)).rounded())
        var integer = scaled / scale
        var groups: [String] = []
        repeat {
            let group = integer % 1000
            integer /= 1000
            groups.insert(integer > 0 ? String(repeating: "0", count: 3 - String(group).count) + String(group) : String(group), at: 0)
        } while integer > 0
        var digits = groups.joined(separator: ",")
        if places > 0 {
            var tail = String(scaled % scale)
            tail = String(repeating: "0", count: places - tail.count) + tail
            while tail.hasSuffix("0") { tail.removeLast() }
            if !tail.isEmpty { digits += "." + tail }
        }
        return (v < 0 && scaled != 0 ? "-" : "") + digits
    }

    /// "20.15 % (20.1–20.2 given the rounding)".
    static func interval(_ i: Interval, _ unit: String) -> String {
        let u = unit.isEmpty ? "" : " " + unit
        if number(i.lo) == number(i.hi) { return number(i.mid) + u }
        return "\(number(i.mid))\(u) (\(number(i.lo))–\(number(i.hi)) given the rounding)"
    }
}
