import ClaimTraceCore

/// A point or stretch of the calendar at some grain ("1998", "1998-Q3", "1998-W08", "1998-03-14"), the
/// form every date expression resolves to before it is written as a TIMEX3 value. A nil year is unknown
/// ("XXXX-03": March of a year the article does not give).
struct Point: Hashable, Sendable {
    enum Grain: Sendable, Hashable { case century, decade, year, half, quarter, season, month, week, weekend, day }

    var grain: Grain
    var year: Int?
    /// Month (1–12), quarter (1–4), half (1–2), ISO week (1–53) or season (index into `seasons`), by grain.
    var sub = 0
    var day = 0
    /// Part of the day ("MO", "AF", "EV", "NI") or a clock time ("15:00"), for a day.
    var part: String?

    static let seasons = ["SP", "SU", "FA", "WI"]

    static func day(_ d: DateParts) -> Point { Point(grain: .day, year: d.year, sub: d.month, day: d.day) }
    static func dayNumber(_ n: Int) -> Point { .day(ISODate.date(fromDayNumber: n)) }

    /// The TIMEX3 value.
    var value: String {
        let y = year.map { pad($0, 4) } ?? "XXXX"
        switch grain {
        case .century: return year.map { pad($0 / 100, 2) } ?? "XX"
        case .decade: return year.map { pad($0 / 10, 3) } ?? "XXX"
        case .year: return y
        case .half: return "\(y)-H\(sub)"
        case .quarter: return "\(y)-Q\(sub)"
        case .season: return "\(y)-\(Point.seasons[max(0, min(3, sub))])"
        case .month: return "\(y)-\(pad(sub, 2))"
        case .week: return "\(y)-W\(pad(sub, 2))"
        case .weekend: return "\(y)-W\(pad(sub, 2))-WE"
        case .day:
            let date = "\(y)-\(pad(sub, 2))-\(pad(day, 2))"
            guard let part else { return date }
            return date + "T" + part
        }
    }

    /// Days since 1970 of a day (nil for other grains or an unknown year).
    var dayNumber: Int? {
        guard grain == .day, let year else { return nil }
        return ISODate.dayNumber(year: year, month: sub, day: day)
    }

    /// The first day this point covers, as days since 1970 (for ordering and the period's start).
    var firstDay: Int? {
        guard let year else { return nil }
        switch grain {
        case .century: return ISODate.dayNumber(year: year / 100 * 100, month: 1, day: 1)
        case .decade: return ISODate.dayNumber(year: year / 10 * 10, month: 1, day: 1)
        case .year: return ISODate.dayNumber(year: year, month: 1, day: 1)
        case .half: return ISODate.dayNumber(year: year, month: sub == 2 ? 7 : 1, day: 1)
        case .quarter: return ISODate.dayNumber(year: year, month: (sub - 1) * 3 + 1, day: 1)
        case .season: return ISODate.dayNumber(year: year, month: [3, 6, 9, 12][max(0, min(3, sub))], day: 21)
        case .month: return ISODate.dayNumber(year: year, month: sub, day: 1)
        case .week, .weekend: return Calendar.mondayOfWeek(year: year, week: sub) + (grain == .weekend ? 5 : 0)
        case .day: return dayNumber
        }
    }

    /// This point moved by `n` of `unit` (a day by months keeps its day where the month has it).
    func shifted(by n: Int, _ unit: Calendar.Unit) -> Point {
        guard let year else { return self }
        var p = self
        switch (grain, unit) {
        case (_, .year): p.year = year + n
        case (_, .decade): p.year = year + 10 * n
        case (_, .century): p.year = year + 100 * n
        case (.month, .month):
            let m = year * 12 + (sub - 1) + n
            p.year = Calendar.floorDiv(m, 12)
            p.sub = m - p.year! * 12 + 1
        case (.quarter, .quarter):
            let q = year * 4 + (sub - 1) + n
            p.year = Calendar.floorDiv(q, 4)
            p.sub = q - p.year! * 4 + 1
        case (.day, .month):
            let m = year * 12 + (sub - 1) + n
            let y = Calendar.floorDiv(m, 12)
            let month = m - y * 12 + 1
            p = Point(grain: .day, year: y, sub: month, day: min(day, ISODate.daysIn(month: month, year: y)), part: part)
        case (.day, .week): return dayNumber.map { Point.dayNumber($0 + 7 * n) } ?? self
        case (.day, .day): return dayNumber.map { Point.dayNumber($0 + n) } ?? self
        case (.week, .week), (.weekend, .week):
            guard let first = firstDay else { return self }
            var w = Calendar.week(ofDay: first + 7 * n)
            w.grain = grain
            return w
        default: return self
        }
        return p
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// Calendar arithmetic on day numbers (days since 1970-01-01), the ISO week and the news conventions
/// for choosing the year of a date the text gives without one.
enum Calendar {
    enum Unit: String, Sendable {
        case century, decade, year, half, quarter, month, week, weekend, day, hour, minute, second

        /// The TIMEX3 duration letter ("Y" for years; hours, minutes and seconds go after "T").
        var letter: String {
            switch self {
            case .century: "CE"
            case .decade: "DE"
            case .year: "Y"
            case .half: "H"
            case .quarter: "Q"
            case .month, .minute: "M"
            case .week: "W"
            case .weekend: "WE"
            case .day: "D"
            case .hour: "H"
            case .second: "S"
            }
        }
        var isClock: Bool { self == .hour || self == .minute || self == .second }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// ISO weekday, Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
    static func weekday(_ dayNumber: Int) -> Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    /// The ISO week of a day, as a week point.
    static func week(ofDay n: Int) -> Point {
        let thursday = n - weekday(n) + 4
        let year = ISODate.date(fromDayNumber: thursday).year
        let week = (thursday - ISODate.dayNumber(year: year, month: 1, day: 1)) / 7 + 1
        return Point(grain: .week, year: year, sub: week)
    }

    /// The Monday that starts ISO week `week` of `year`.
    static func mondayOfWeek(year: Int, week: Int) -> Int {
        let jan4 = ISODate.dayNumber(year: year, month: 1, day: 4)
        return jan4 - (weekday(jan4) - 1) + 7 * (week - 1)
    }

    /// The tense of the verb nearest an expression, as far as the words show it.
    enum Tense: Sendable { case past, future, unknown }

    /// The year of month `month` (and day) that the article means, given its date: the nearest one, except
    /// that a verb in the past moves a date more than a month ahead of the article to the year before
    /// ("sales rose in November", written in September, is last November), and one in the future moves a
    /// date more than a month behind to the year after.
    static func year(ofMonth month: Int, day: Int = 1, article: DateParts, tense: Tense) -> Int {
        let ahead = (month - article.month) * 31 + (day - article.day)
        switch tense {
        case .past: return ahead > 31 ? article.year - 1 : article.year
        case .future: return ahead < -31 ? article.year + 1 : article.year
        case .unknown: return ahead > 183 ? article.year - 1 : ahead < -183 ? article.year + 1 : article.year
        }
    }

    /// The weekday `weekday` (1–7) nearest the article's date in the direction the sentence points: the last
    /// one on or before the article's date, or the next one after it for the future.
    static func day(ofWeekday weekday: Int, article: DateParts, future: Bool, direction: Int = 0) -> Int {
        let today = article.dayNumber
        let current = Calendar.weekday(today)
        if direction < 0 || (direction == 0 && !future) {
            var back = (current - weekday + 7) % 7
            if direction < 0, back == 0 { back = 7 }
            return today - back
        }
        var forward = (weekday - current + 7) % 7
        if forward == 0 { forward = 7 }
        return today + forward
    }

    /// The quarter of a year-less quarter ("the fourth quarter"): this year's, unless it has not begun by the
    /// article's date and the sentence is not about the future (then last year's).
    static func year(ofQuarter quarter: Int, article: DateParts, tense: Tense) -> Int {
        let startMonth = (quarter - 1) * 3 + 1
        return tense != .future && startMonth > article.month ? article.year - 1 : article.year
    }

    /// The last quarter that ended before the article's date.
    static func lastCompletedQuarter(_ article: DateParts) -> Point {
        let current = (article.month - 1) / 3 + 1
        return current == 1 ? Point(grain: .quarter, year: article.year - 1, sub: 4) : Point(grain: .quarter, year: article.year, sub: current - 1)
    }

    /// The fourth Thursday of November.
    static func thanksgiving(_ year: Int) -> Int {
        let first = ISODate.dayNumber(year: year, month: 11, day: 1)
        let firstThursday = first + (4 - weekday(first) + 7) % 7
        return firstThursday + 21
    }
}

extension Point.Grain {
    /// The grain a unit of time names (nil for units finer than a day).
    init?(_ unit: Calendar.Unit) {
        switch unit {
        case .century: self = .century
        case .decade: self = .decade
        case .year: self = .year
        case .half: self = .half
        case .quarter: self = .quarter
        case .month: self = .month
        case .week: self = .week
        case .weekend: self = .weekend
        case .day: self = .day
        case .hour, .minute, .second: return nil
        }
    }
}
