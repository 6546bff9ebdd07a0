@testable import Quantities
import Testing

/// The unit and currency tables are looked up by one token's word key, so a form of two words
/// ("cubic feet") would never match: such phrases are rules ("measure.cubic") or nationalities.
struct UnitTableTests {
    @Test func everyLookedUpFormIsOneWord() {
        let measureForms = (Units.measures + Units.durations).flatMap { $0.forms + $0.glued }
        let currencyWords = Units.currencies.flatMap { $0.words }
        let spaced = (measureForms + currencyWords).filter { $0.contains(" ") }
        #expect(spaced.isEmpty, "forms with a space never match: \(spaced)")
    }

    @Test(arguments: [
        ("Shell may export 0.9 trillion cubic feet of gas.", 9e11, "ft3"),
        ("The reservoir holds 40 million cubic metres.", 4e7, "m3"),
        ("The bill came to 10 deutsche marks.", 10, "DEM"),
    ])
    func phrasesOfTwoWordsAreRead(_ c: (String, Double, String)) throws {
        let q = try #require(QuantityTagger.tag(c.0).first { $0.isStatistic })
        #expect(q.value == c.1)
        #expect(q.unit == c.2)
    }
}
