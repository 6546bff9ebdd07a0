import ClaimTraceCore
import Readers
import Testing

struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func newsPleaseRecord() throws {
        let value = try parse(
            #"{"title": "Rates held", "authors": ["Ana Ferreira", "Li Wei"], "date_publish": null, "#
                + #""maintext": "The bank kept rates at 4.5 percent.", "localpath": 7, "ok": true}"#)
        guard case .object(let fields) = value else {
            Issue.record("an object was expected, got \(value)")
            return
        }
        #expect(fields["title"] == .string("Rates held"))
        #expect(fields["authors"] == .array([.string("Ana Ferreira"), .string("Li Wei")]))
        #expect(fields["date_publish"] == .null)
        #expect(fields["maintext"] == .string("The bank kept rates at 4.5 percent."))
        #expect(fields["localpath"] == .number(7))
        #expect(fields["ok"] == .bool(true))
        #expect(fields.count == 6)
    }

    @Test func escapesAreDecoded() throws {
        // A newline, a quote, a backslash, "é" as \u00e9 and 😀 as a surrogate pair.
        let value = try parse(#"["line\nbreak", "\"quoted\"", "back\\slash", "caf\u00e9", "\ud83d\ude00"]"#)
        #expect(value == .array([.string("line\nbreak"), .string("\"quoted\""), .string("back\\slash"),
                                 .string("café"), .string("😀")]))
    }

    @Test func numbersBeyondSixtyFourBitsAreDoubles() throws {
        #expect(try parse("123456789012345678901234567890") == .number(1.2345678901234568e29))
        #expect(try parse("-0.25") == .number(-0.25))
        #expect(try parse("6.02e23") == .number(6.02e23))
    }

    @Test func invalidUTF8IsReplacedNotFatal() throws {
        var bytes = Array(#"{"text": "Sales rose 5 percent at "#.utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array(#" the plant."}"#.utf8))
        let value = try JSONParser.parse(bytes)
        #expect(value == .object(["text": .string("Sales rose 5 percent at \u{FFFD} the plant.")]))
    }

    @Test(arguments: [
        (#"{"text": "cut off"#, "premature EOF"),
        (#"{"text": "a", }"#, "invalid object key"),
        (#"{"text": 'single'}"#, "invalid char in json text"),
        ("", "premature EOF"),
    ])
    func errorsSayWhatAndWhere(_ text: String, _ expected: String) {
        #expect {
            _ = try parse(text)
        } throws: { error in
            guard let failure = error as? JSONParser.Failure else { return false }
            return failure.message.contains(expected) && failure.offset <= text.utf8.count
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            _ = try parse(deep)
        } throws: { error in
            (error as? JSONParser.Failure)?.message == "nested deeper than 512 levels"
        }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? parse(fine)) != nil)
    }

    @Test func duplicateKeysKeepTheLast() throws {
        #expect(try parse(#"{"id": 1, "id": 2}"#) == .object(["id": .number(2)]))
    }
}
