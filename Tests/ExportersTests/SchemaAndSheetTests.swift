import ClaimTraceCore
import Claims
import Exporters
import Foundation
import SwiftCSV
import TestSupport
import Testing

/// A validator for the JSON Schema keywords Docs/claims.schema.json uses
/// (type, enum, required, properties, additionalProperties, items, pattern,
/// minimum, maximum, anyOf, and `$ref` into `$defs`), so the schema is checked against real
/// output in every run.
func violations(_ value: Any?, _ schema: [String: Any], _ path: String = "$", root: [String: Any]? = nil) -> [String] {
    let root = root ?? schema
    if let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/"),
        let defs = root["$defs"] as? [String: [String: Any]], let target = defs[String(ref.dropFirst(8))]
    {
        return violations(value, target, path, root: root)
    }
    if let options = schema["anyOf"] as? [[String: Any]] {
        let results = options.map { violations(value, $0, path, root: root) }
        return results.contains(where: \.isEmpty) ? [] : (results.min { $0.count < $1.count } ?? [])
    }
    var problems: [String] = []
    func typeName(_ v: Any?) -> String {
        switch v {
        case nil, is NSNull: "null"
        case let n as NSNumber where String(cString: n.objCType) == "c":
            "boolean"
        case let n as NSNumber: n.doubleValue == n.doubleValue.rounded() ? "integer" : "number"
        case is String: "string"
        case is [Any]: "array"
        default: "object"
        }
    }
    let actual = typeName(value)
    if let types = schema["type"] {
        let allowed = (types as? [String]) ?? [types as? String ?? ""]
        if !allowed.contains(actual) && !(actual == "integer" && allowed.contains("number")) {
            problems.append("\(path): \(actual) is not \(allowed)")
            return problems
        }
    }
    if let options = schema["enum"] as? [Any] {
        let matches = options.contains { option in
            if option is NSNull { return actual == "null" }
            return (option as? String) == (value as? String)
        }
        if !matches { problems.append("\(path): \(String(describing: value)) not in enum") }
    }
    if let pattern = schema["pattern"] as? String, let s = value as? String,
        s.range(of: pattern, options: .regularExpression) == nil
    {
        problems.append("\(path): \(s) does not match \(pattern)")
    }
    if let n = value as? NSNumber, actual != "boolean" {
        if let minimum = schema["minimum"] as? Double, n.doubleValue < minimum { problems.append("\(path) < \(minimum)") }
        if let maximum = schema["maximum"] as? Double, n.doubleValue > maximum { problems.append("\(path) > \(maximum)") }
    }
    if let object = value as? [String: Any] {
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            problems.append("\(path).\(key) is missing")
        }
        for (key, child) in object {
            if let sub = properties[key] {
                problems += violations(child, sub, path + "." + key, root: root)
            } else if schema["additionalProperties"] as? Bool == false {
                problems.append("\(path).\(key) is not in the schema")
            }
        }
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
        for (i, item) in array.enumerated() { problems += violations(item, items, "\(path)[\(i)]", root: root) }
    }
    return problems
}

struct JSONSchemaTests {
    @Test func everyRecordOfEverySampleMatchesTheSchema() throws {
        let schemaData = try Data(contentsOf: TestPaths.root.appendingPathComponent("Docs/claims.schema.json"))
        let schema = try #require(JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        var records = 0
        for sample in ["articles.txt", "articles.jsonl", "hostile.jsonl", "feed.rss", "page.html", "reuters.sgm"] {
            let bytes = try export(sampleClaims(sample), as: .jsonl)
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let record = try JSONSerialization.jsonObject(with: Data(line.utf8))
                #expect(violations(record, schema) == [], "\(sample)")
                records += 1
            }
        }
        #expect(records > 20)
    }

    @Test func theValidatorCatchesABrokenRecord() throws {
        let schemaData = try Data(contentsOf: TestPaths.root.appendingPathComponent("Docs/claims.schema.json"))
        let schema = try #require(JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        let line = String(decoding: try export(sampleClaims("articles.jsonl"), as: .jsonl), as: UTF8.self)
            .split(separator: "\n")[0]
        var record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        record["checkworthiness"] = 2
        record["extra_field"] = true
        #expect(violations(record, schema).count == 2)
    }
}

struct SheetTests {
    @Test func csvParsesBackWithSwiftCSV() throws {
        let claims = try sampleClaims("hostile.jsonl")
        var exporter = CSVExporter(byteOrderMark: true)
        var bytes = exporter.begin()
        for batch in claims { bytes += exporter.write(batch) }
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        #expect(csv.header == ReviewSheet.columns)
        let first = try #require(claims.first?.first)
        let textColumn = try #require(ReviewSheet.columns.firstIndex(of: "text"))
        #expect(csv.rows.first?[textColumn] == "'" + first.text)
        #expect(csv.rows.contains { $0[textColumn].contains("东京的调查显示") })
    }

    @Test func xlsxIsAWorkbookWithTypedCellsFrozenHeaderFilterAndLinks() throws {
        let claims = try sampleClaims("articles.jsonl")
        var exporter = XLSXExporter()
        _ = exporter.begin()
        for batch in claims { _ = exporter.write(batch) }
        let archive = try exporter.finish()
        let entries = try #require(Zip.entries(archive))
        #expect(Set(entries.keys) == [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels",
        ])
        let sheet = String(decoding: try #require(entries["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        #expect(sheet.contains(#"state="frozen""#))
        #expect(sheet.contains("<autoFilter ref=\"A1:"))
        #expect(sheet.contains("<hyperlink ref=\"E2\""))
        #expect(sheet.contains("<v>2.3</v>"))  // the figure as a number cell, not text
        let rels = String(decoding: try #require(entries["xl/worksheets/_rels/sheet1.xml.rels"]), as: UTF8.self)
        #expect(rels.contains("https://news.example.com/factory-orders"))
        let rows = try #require(XLSXReader.rows(archive))
        #expect(rows.first == ReviewSheet.columns)
        let expected = claims.flatMap { $0 }.reduce(0) { $0 + max(1, $1.quantities.filter(\.statistic).count) }
        #expect(rows.count == expected + 1)
        // Same claims, same bytes: entries carry a fixed timestamp.
        var again = XLSXExporter()
        for batch in claims { _ = again.write(batch) }
        #expect(try again.finish() == archive)
    }
}

struct HTMLReportTests {
    func report(_ sample: String) throws -> String {
        String(decoding: try export(sampleClaims(sample), as: .html), as: UTF8.self)
    }

    @Test func everyClaimWithItsFiguresAndSourceMarked() throws {
        let claims = try sampleClaims("articles.jsonl").flatMap { $0 }
        let html = try report("articles.jsonl")
        #expect(html.components(separatedBy: "<div class=\"claim\"").count - 1 == claims.count)
        #expect(html.contains("<mark class=\"fig\" title=\"percent 2.3\">2.3 percent</mark>"))
        #expect(html.contains("<mark class=\"src\" title=\"statistics office\">the statistics office</mark>"))
        #expect(html.contains("<section class=\"article\" id=\"article-3\">"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func hostileTextIsEscaped() throws {
        let html = try report("hostile.jsonl")
        #expect(!html.contains("<HYPERLINK"))
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)"))
        #expect(html.contains("东京的调查显示"))
    }
}
