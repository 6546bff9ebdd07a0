import ClaimTraceCore
import Testing

struct ISODateTests {
    @Test(arguments: [
        ("2016-09-16", "2016-09-16"),
        ("2016-09-16T14:05:00Z", "2016-09-16T14:05:00Z"),
        ("2016-09-16T14:05:00.000+02:00", "2016-09-16T14:05:00+02:00"),
        ("2016-09-16 14:05:00", "2016-09-16T14:05:00"),
        ("Fri, 16 Sep 2016 14:05:00 -0400", "2016-09-16T14:05:00-04:00"),
        ("Fri, 16 Sep 2016 14:05:00 GMT", "2016-09-16T14:05:00Z"),
        ("16 Sep 2016 14:05 EDT", "2016-09-16T14:05:00-04:00"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01"),
        ("September 16, 2016", "2016-09-16"),
        ("Sept. 16, 2016 2:05 PM", "2016-09-16T14:05:00"),
        ("16 September 2016", "2016-09-16"),
        ("09/16/2016", "2016-09-16"),
        ("16/09/2016", "2016-09-16"),
        ("2016/09/16", "2016-09-16"),
        ("20160916", "2016-09-16"),
    ])
    func normalises(_ c: (String, String)) {
        #expect(ISODate.normalize(c.0) == c.1)
    }

    @Test(arguments: ["yesterday", "", "31 February 2016", "13/13/2016", "Spring 2016"])
    func refusesWhatIsNoDate(_ s: String) {
        #expect(ISODate.normalize(s) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2016, 9, 16), (1987, 12, 31), (2024, 3, 1)] {
            let n = ISODate.dayNumber(year: y, month: m, day: d)
            let back = ISODate.date(fromDayNumber: n)
            #expect(back.year == y && back.month == m && back.day == d)
        }
        #expect(ISODate.dayNumber(year: 1970, month: 1, day: 2) == 1)
    }
}

struct EpochDateTests {
    @Test func unixSecondsAreUTC() {
        // 1474034700 is 2016-09-16 14:05:00 UTC.
        #expect(ISODate.normalize("1474034700") == "2016-09-16T14:05:00Z")
    }
}
