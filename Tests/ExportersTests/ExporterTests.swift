import CLibXML2
import ClaimTraceCore
import Claims
import Exporters
import Foundation
import Readers
import TestSupport
import Testing

func sampleClaims(_ name: String) throws -> [[Claim]] {
    let stats = ReadStats()
    var source = try ArticleSource(paths: [TestPaths.sample(name)], format: .auto, stats: stats)
    let chain = ClaimChain.standard()
    var out: [[Claim]] = []
    while let article = try source.next() { out.append(chain.process(article)) }
    return out
}

func export(_ batches: [[Claim]], as format: OutputFormat) throws -> [UInt8] {
    var exporter = try Exporters.make(format)
    var bytes = try exporter.begin()
    for batch in batches { bytes += try exporter.write(batch) }
    bytes += try exporter.finish()
    return bytes
}

/// A small RFC 4180 reader, written for the test from the RFC's grammar.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
        if quoted {
            if c == "\"" {
                if chars.first == "\"" {
                    field.unicodeScalars.append("\"")
                    chars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field)
            field = ""
        } else if c == "\r", chars.first == "\n" {
            chars.removeFirst()
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        } else {
            field.unicodeScalars.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

struct JSONExportTests {
    @Test func jsonLinesRecordsHaveTheContractFields() throws {
        let bytes = try export(sampleClaims("articles.jsonl"), as: .jsonl)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(try lines.count == sampleClaims("articles.jsonl").flatMap { $0 }.count)
        let record = try #require(
            JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(
            Set(record.keys) == [
                "id", "article", "paragraph", "sentence", "start", "end", "text", "context", "quantities", "attribution",
                "attributions", "checkworthiness", "table_row", "links", "times", "checks", "survey",
            ])
        let article = try #require(record["article"] as? [String: Any])
        #expect(Set(article.keys) == ["id", "index", "title", "author", "date", "url", "source"])
        let quantity = try #require((record["quantities"] as? [[String: Any]])?.first)
        #expect(
            Set(quantity.keys) == [
                "text", "start", "end", "kind", "value", "low", "high", "unit", "qualifier", "change", "approximate",
                "statistic", "attribution", "period", "fingerprint",
            ])
        #expect(quantity["value"] as? Double == 2.3)
        // The sample article is dated; a statistic without a time of its own has the article's date as its period.
        let period = try #require(quantity["period"] as? [String: Any])
        #expect(Set(period.keys) == ["value", "text", "basis"])
        let attribution = try #require(record["attribution"] as? [String: Any])
        #expect(
            Set(attribution.keys) == [
                "source", "source_type", "cue", "source_text", "start", "end", "cue_start", "cue_end", "basis", "title",
                "quote", "content", "content_start", "content_end",
            ])
        // The first source is the one the single field repeats, and the figure points at it.
        let attributions = try #require(record["attributions"] as? [[String: Any]])
        #expect(attributions.first?["source"] as? String == attribution["source"] as? String)
        #expect(quantity["attribution"] as? Int == 0)
    }

    @Test func jsonArrayHoldsTheSameRecordsAsJSONLines() throws {
        let claims = try sampleClaims("articles.txt")
        let lines = String(decoding: try export(claims, as: .jsonl), as: UTF8.self).split(separator: "\n")
        let fromLines = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
        let array = try #require(
            JSONSerialization.jsonObject(with: Data(try export(claims, as: .json))) as? [NSDictionary])
        #expect(array == fromLines.compactMap { $0 })
        let empty = try JSONSerialization.jsonObject(with: Data(try export([], as: .json))) as? [Any]
        #expect(empty?.isEmpty == true)
    }

    @Test func controlCharactersAreEscaped() throws {
        var out: [UInt8] = []
        var exporter = JSONLinesExporter(array: false)
        let claims = try sampleClaims("hostile.jsonl")
        out = exporter.write(claims.flatMap { $0 })
        for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
        }
    }
}

struct JSONEscapeTests {
    @Test func quotesBackslashesAndControlsAreEscapedOneByOne() {
        #expect(jsonLiteral("a\"b\\c\nd\te\r\u{1}f") == #""a\"b\\c\nd\te\r\u0001f""#)
        #expect(jsonLiteral("Taipei’s 大安") == "\"Taipei’s 大安\"")
        #expect(jsonLiteral("") == "\"\"")
    }

    @Test func anEscapeIsFoundAtEveryPlaceInAWord() {
        // The scan reads eight bytes at a time: a byte to escape in any lane, or in the tail, is still escaped.
        for mark in ["\"", "\\", "\n", "\u{1F}"] {
            for place in 0...17 {
                var text = String(repeating: "a", count: 17)
                text.insert(contentsOf: mark, at: text.index(text.startIndex, offsetBy: place))
                let escaped = mark == "\u{1F}" ? #"\u001f"# : mark == "\n" ? #"\n"# : "\\" + mark
                let expected = "\"" + String(repeating: "a", count: place) + escaped + String(repeating: "a", count: 17 - place) + "\""
                #expect(jsonLiteral(text) == expected, "mark \(escaped) at \(place)")
            }
        }
    }

    @Test func aLongStringWithEscapesReadsBackWhole() throws {
        // Longer than the writer's first buffer, so it grows while escapes are being written.
        let text = String(repeating: "The ministry said \"5%\"\n\u{7}, ", count: 200)
        let literal = jsonLiteral(text)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [text])
    }
}

struct CSVExportTests {
    @Test func hostileArticleRoundTripsWithoutFormulas() throws {
        let claims = try sampleClaims("hostile.jsonl")
        let text = String(decoding: try export(claims, as: .csv), as: UTF8.self)
        let rows = parseCSV(text)
        #expect(rows[0] == CSVExporter.columns)
        #expect(rows.dropFirst().allSatisfy { $0.count == CSVExporter.columns.count })
        let column = Dictionary(uniqueKeysWithValues: CSVExporter.columns.enumerated().map { ($1, $0) })
        let body = rows.dropFirst()
        // No text cell starts with a formula trigger, except numbers such as -5.
        for row in body {
            for (i, cell) in row.enumerated() {
                guard let first = cell.first, "=+-@".contains(first) else { continue }
                let number = cell.hasSuffix("%") ? String(cell.dropLast()) : cell
                #expect(Double(number) != nil, "cell \(CSVExporter.columns[i]) would run as a formula: \(cell)")
            }
        }
        let title = try #require(body.first?[column["article_title"] ?? 0])
        #expect(title == "'=HYPERLINK(\"http://evil.example\",\"click\")")
        // Text with quotes, commas, newlines and CJK comes back whole.
        let first = try #require(claims.first?.first)
        #expect(body.first?[column["text"] ?? 0] == "'" + first.text)
        #expect(body.contains { $0[column["text"] ?? 0].contains("东京的调查显示") })
        // Figures are plain numbers; -5 stays a number.
        #expect(body.contains { $0[column["value"] ?? 0] == "-5" })
        #expect(body.contains { $0[column["figure"] ?? 0] == "-5%" })
    }

    @Test func oneRowPerStatisticAndOneForClaimsWithout() throws {
        let claims = try sampleClaims("articles.jsonl").flatMap { $0 }
        let rows = parseCSV(String(decoding: try export([claims], as: .csv), as: UTF8.self)).dropFirst()
        let expected = claims.reduce(0) { $0 + max(1, $1.quantities.filter(\.statistic).count) }
        #expect(rows.count == expected)
    }

    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+44 20 7946", "'+44 20 7946"), ("@user", "'@user"), ("-5%", "-5%"),
        ("-12.5", "-12.5"), ("\tindent", "'\tindent"), ("plain", "plain"), ("-Bob", "'-Bob"),
    ])
    func formulaGuard(input: String, expected: String) {
        #expect(CSVExporter.guardFormula(input) == expected)
    }
}

struct XMLExportTests {
    /// Claims with every part of the record: several sources, times and periods, checks, a survey and a link.
    static func fullClaims() -> [[Claim]] {
        var article = Article(text: """
            Car sales rose 24.2 pct to 40,454 from 33,669 in March, the ministry said on Tuesday, while dealers said demand was weak.

            The poll of 1,002 likely voters, conducted Sept. 8–13 by telephone, has a margin of error of plus or minus 3.1 percentage points.
            """)
        article.date = "2016-09-16"
        article.links = [Link(span: TextSpan(0, 9), url: "https://example.org/sales")]
        return [ClaimChain.standard().process(article)]
    }

    @Test func theFullRecordValidatesAgainstTheSchema() throws {
        let claims = Self.fullClaims()
        #expect(claims.flatMap { $0 }.contains { !$0.checks.isEmpty && !$0.times.isEmpty && $0.attributions.count >= 2 && !$0.links.isEmpty })
        #expect(claims.flatMap { $0 }.contains { $0.survey != nil })
        let bytes = try export(claims, as: .xml)
        #expect(try validates(bytes))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<check rule=\"change_arithmetic\" status=\"inconsistent\""))
        #expect(text.contains("<survey "))
    }

    func validates(_ bytes: [UInt8]) throws -> Bool {
        let schemaPath = TestPaths.root.appendingPathComponent("Docs/claims.xsd").path
        let parser = try #require(xmlSchemaNewParserCtxt(schemaPath))
        defer { xmlSchemaFreeParserCtxt(parser) }
        let schema = try #require(xmlSchemaParse(parser))
        defer { xmlSchemaFree(schema) }
        let validator = try #require(xmlSchemaNewValidCtxt(schema))
        defer { xmlSchemaFreeValidCtxt(validator) }
        let document = try #require(
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        xmlReadMemory($0, Int32(buffer.count), "claims.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                    }
                }
            })
        defer { xmlFreeDoc(document) }
        return xmlSchemaValidateDoc(validator, document) == 0
    }

    @Test func outputValidatesAgainstTheSchema() throws {
        let claims = try sampleClaims("articles.txt") + sampleClaims("hostile.jsonl")
        let bytes = try export(claims, as: .xml)
        #expect(try validates(bytes))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<claims xmlns=\"urn:claimtrace:claims:1\">"))
        #expect(text.contains("&lt;") == false || text.contains("<text>"))
    }

    @Test func controlCharactersBecomeReplacementCharacters() throws {
        let claim = try #require(sampleClaims("articles.jsonl").first?.first)
        var dirty = claim
        dirty.text = "Reuters\u{3} text"
        let text = String(decoding: try export([[dirty]], as: .xml), as: UTF8.self)
        #expect(text.contains("Reuters\u{FFFD} text"))
    }
}

struct NumberFormatTests {
    @Test(arguments: [(9.0, "9"), (1.2e9, "1200000000"), (3.5, "3.5"), (-5, "-5"), (0.42, "0.42"), (1e20, "1e+20")])
    func shortestForm(value: Double, text: String) {
        #expect(formatNumber(value) == text)
    }
}

struct ReportDetailTests {
    @Test func figuresShowTheirSourcePeriodAndChecks() throws {
        let html = String(decoding: try export(XMLExportTests.fullClaims(), as: .html), as: UTF8.self)
        #expect(html.contains("<span class=\"badge inconsistent\""))
        #expect(html.contains("change_arithmetic"))
        #expect(html.contains("2016-03 <span class=\"meta\">(explicit)</span>"))
        #expect(html.contains("Survey: "))
        #expect(html.contains("n = 1002 likely voters"))
        #expect(html.contains("<a href=\"https://example.org/sales\">Car sales</a>"))
        #expect(html.contains("data-check=\"inconsistent\""))
    }
}

struct RepetitionTests {
    static func repeated() -> [[Claim]] {
        let text = "Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey showed."
        return [("wire-1", text), ("paper-2", text), ("local-3", "The council approved 12 new homes, the mayor said.")]
            .enumerated().map { i, a in ClaimChain.standard().process(Article(id: a.0, index: i, text: a.1)) }
    }

    @Test func theWorkbookSaysWhereElseAStatisticAppears() throws {
        let rows = try #require(XLSXReader.rows(try export(Self.repeated(), as: .xlsx)))
        let figure = try #require(rows.first?.firstIndex(of: "figure"))
        let also = try #require(rows.first?.firstIndex(of: "also_in_articles"))
        let nine = rows.filter { $0.count > figure && $0[figure] == "9 percent" }
        #expect(nine.count == 2)
        #expect(nine.allSatisfy { $0.count > also && $0[also] == "1" })
        let homes = try #require(rows.first { $0.count > figure && $0[figure] == "12 new homes" })
        #expect(homes.count <= also || homes[also].isEmpty)
    }

    @Test func theReportGroupsRepetitions() throws {
        let html = String(decoding: try export(Self.repeated(), as: .html), as: UTF8.self)
        #expect(html.components(separatedBy: "data-group=\"").count - 1 == 3)
        #expect(html.contains("also in"))
    }
}
