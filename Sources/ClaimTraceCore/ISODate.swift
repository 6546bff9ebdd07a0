/// A calendar date (and maybe a time) read from the forms news and feeds write dates in.
public struct DateParts: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Offset from UTC in minutes, when the source gives one ("Z" and "GMT" are 0).
    public var offset: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, offset: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offset = offset
    }

    /// ISO 8601: `2016-09-16`, `2016-09-16T14:05:00`, `2016-09-16T14:05:00-04:00`, `…Z`.
    public var iso: String {
        var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let hour else { return s }
        s += "T" + pad(hour, 2) + ":" + pad(minute ?? 0, 2) + ":" + pad(second ?? 0, 2)
        if let offset {
            if offset == 0 { return s + "Z" }
            let sign = offset < 0 ? "-" : "+"
            s += sign + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return s
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic.
    public var dayNumber: Int { ISODate.dayNumber(year: year, month: month, day: day) }

    private func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Reads dates as written ("Fri, 16 Sep 2016 14:05:00 -0400", "26-FEB-1987 15:01:01.79", "September 16,
/// 2016", "2016-09-16T14:05:00Z", "09/16/2016") and writes them as ISO 8601. Every reader's `article.date`
/// goes through it; the date as written is kept in `article.extra["date_written"]`.
public enum ISODate {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5, "jun": 6,
        "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
        "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let zones: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "ut": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "jst": 540, "ist": 330,
        "aest": 600, "aedt": 660,
    ]

    /// The ISO 8601 form of `written`, or nil when it is not a date this reads.
    public static func normalize(_ written: String) -> String? { parse(written)?.iso }

    /// The parts of a date as written, or nil.
    public static func parse(_ written: String) -> DateParts? {
        // Unix time in seconds (9 or 10 digits, as some JSON exports write dates), in UTC.
        let trimmed = written.utf8.filter { $0 != 0x20 }
        if (9...10).contains(trimmed.count), trimmed.allSatisfy({ $0 >= 48 && $0 <= 57 }), let seconds = Int(String(decoding: trimmed, as: UTF8.self)) {
            var parts = date(fromDayNumber: seconds / 86_400)
            let rest = seconds % 86_400
            (parts.hour, parts.minute, parts.second, parts.offset) = (rest / 3600, rest % 3600 / 60, rest % 60, 0)
            return parts
        }
        let tokens = tokenize(written)
        guard !tokens.isEmpty else { return nil }
        var year: Int?
        var month: Int?
        var day: Int?
        var hour: Int?
        var minute: Int?
        var second: Int?
        var offset: Int?
        var pm: Bool?
        var numbers: [(Int, Int)] = []  // value, digit count, of the date part (not times)
        var k = 0
        while k < tokens.count {
            let tok = tokens[k]
            switch tok {
            case .word(let w):
                if let m = months[w] {
                    month = m
                } else if let z = zones[w] {
                    offset = z
                } else if w == "am" || w == "a.m" {
                    pm = false
                } else if w == "pm" || w == "p.m" {
                    pm = true
                } else if w == "t" {
                    // ISO separator
                }
            case .time(let h, let m, let s):
                hour = h
                minute = m
                second = s
            case .zone(let minutes):
                offset = minutes
            case .number(let value, let digits):
                numbers.append((value, digits))
            }
            k += 1
        }
        // Date numbers: a four-digit year, a day, a month when no name gave one.
        if let y = numbers.first(where: { $0.1 == 4 || $0.1 == 8 }) {
            if y.1 == 8 {  // "20160916"
                year = y.0 / 10000
                month = month ?? (y.0 / 100) % 100
                day = y.0 % 100
            } else {
                year = y.0
            }
        }
        let rest = numbers.filter { $0.1 <= 2 }
        if month != nil {
            day = day ?? rest.first?.0
            if year == nil, rest.count >= 2 { year = 2000 + rest[1].0 }
        } else if let yearIndex = numbers.firstIndex(where: { $0.1 == 4 }) {
            let others = numbers.enumerated().filter { $0.offset != yearIndex && $0.element.1 <= 2 }.map(\.element.0)
            if yearIndex == 0, others.count >= 2 {
                month = others[0]  // 2016-09-16, 2016/09/16
                day = others[1]
            } else if others.count >= 2 {
                // 09/16/2016 (US) unless the first cannot be a month: 16/09/2016.
                if others[0] > 12 {
                    day = others[0]
                    month = others[1]
                } else {
                    month = others[0]
                    day = others[1]
                }
            }
        }
        if var h = hour, let pm {
            if pm, h < 12 { h += 12 }
            if !pm, h == 12 { h = 0 }
            hour = h
        }
        guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day), year >= 1000, year <= 2999 else {
            return nil
        }
        guard day <= daysIn(month: month, year: year) else { return nil }
        if let h = hour, !(0...24).contains(h) { hour = nil }
        return DateParts(year: year, month: month, day: day, hour: hour, minute: hour == nil ? nil : minute,
                         second: hour == nil ? nil : second, offset: hour == nil ? nil : offset)
    }

    enum Piece {
        case word(String)
        case number(Int, Int)
        case time(Int, Int, Int?)
        case zone(Int)
    }

    /// Words, numbers, clock times ("14:05:00", "15:01:01.79") and numeric offsets ("-0400", "+02:00").
    static func tokenize(_ s: String) -> [Piece] {
        let b = Array(s.utf8)
        var out: [Piece] = []
        var i = 0
        var afterTime = false
        func digits(_ from: Int) -> (Int, Int, Int) {
            var v = 0
            var j = from
            while j < b.count, b[j] >= 48, b[j] <= 57, j - from < 9 {
                v = v * 10 + Int(b[j] - 48)
                j += 1
            }
            return (v, j - from, j)
        }
        while i < b.count {
            let c = b[i]
            if c >= 48, c <= 57 {
                let (v, n, j) = digits(i)
                // A clock time: h:mm[:ss[.fff]].
                if n <= 2, j < b.count, b[j] == UInt8(ascii: ":"), j + 1 < b.count, b[j + 1] >= 48, b[j + 1] <= 57 {
                    let (m, _, j2) = digits(j + 1)
                    var sec: Int?
                    var end = j2
                    if j2 < b.count, b[j2] == UInt8(ascii: ":") {
                        let (sv, _, j3) = digits(j2 + 1)
                        sec = sv
                        end = j3
                        if end < b.count, b[end] == UInt8(ascii: ".") {
                            let (_, _, j4) = digits(end + 1)
                            end = j4
                        }
                    }
                    out.append(.time(v, m, sec))
                    afterTime = true
                    i = end
                    continue
                }
                out.append(.number(v, n))
                i = j
                continue
            }
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")), afterTime, i + 1 < b.count, b[i + 1] >= 48, b[i + 1] <= 57 {
                // "-0400", "+02:00", "+0530"
                let (v, n, j) = digits(i + 1)
                var minutes: Int
                var end = j
                if n == 4 {
                    minutes = (v / 100) * 60 + v % 100
                } else if n == 2, j < b.count, b[j] == UInt8(ascii: ":") {
                    let (m, _, j2) = digits(j + 1)
                    minutes = v * 60 + m
                    end = j2
                } else {
                    minutes = v * 60
                }
                out.append(.zone(c == UInt8(ascii: "-") ? -minutes : minutes))
                i = end
                continue
            }
            if (c >= 65 && c <= 90) || (c >= 97 && c <= 122) {
                var j = i
                var w: [UInt8] = []
                while j < b.count, (b[j] >= 65 && b[j] <= 90) || (b[j] >= 97 && b[j] <= 122) || (b[j] == UInt8(ascii: ".") && w.count == 1) {
                    w.append(b[j] >= 65 && b[j] <= 90 ? b[j] | 0x20 : b[j])
                    j += 1
                }
                // "2016-09-16T14:05": the T glued to digits is the separator.
                var word = String(decoding: w, as: UTF8.self)
                if word.hasSuffix(".") { word.removeLast() }
                out.append(.word(word))
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian calendar).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    public static func date(fromDayNumber days: Int) -> DateParts {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return DateParts(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
