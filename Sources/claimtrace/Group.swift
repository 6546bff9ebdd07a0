import ArgumentParser
import ClaimTraceCore
import Exporters
import Foundation
import Readers

/// `claimtrace group CLAIMS.jsonl`: the same statistic from the same source across articles, one line per group
/// (JSON Lines or CSV), most repeated first, so one verification covers every repetition. The rule is the claims
/// database's: a statistic's fingerprint plus its own source, lowercased (Docs/output.md, "Groups").
struct Group: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group the statistics of claim records (JSON Lines from extract) by fingerprint and source.")

    @Argument(help: "Claim records written by `claimtrace extract` (JSON Lines; '-' or none reads standard input).")
    var inputs: [String] = []

    @Option(help: "Output format: jsonl or csv.")
    var format: GroupFormat = .jsonl

    @Option(name: [.short, .customLong("output")], help: "Output file (default: standard output).")
    var output: String?

    @Option(name: .customLong("min-articles"), help: "Only groups repeated in at least this many articles.")
    var minArticles = 1

    enum GroupFormat: String, ExpressibleByArgument { case jsonl, csv }

    func run() throws {
        var groups = StatisticGroups()
        try JSONLinesInput.forEachRecord(inputs) { groups.add($0) }
        let rows = groups.sorted().filter { $0.articles.count >= minArticles }
        var out: [UInt8] = []
        switch format {
        case .jsonl:
            for g in rows { out += Array(g.json.utf8) + [0x0A] }
        case .csv:
            out += Array((StatisticGroups.Group.csvHeader + "\r\n").utf8)
            for g in rows { out += Array((g.csv + "\r\n").utf8) }
        }
        if let output, output != "-" {
            guard FileManager.default.createFile(atPath: output, contents: Data(out)) else {
                Console.error("\(output): cannot write")
                throw ExitCode(1)
            }
        } else {
            FileHandle.standardOutput.write(Data(out))
        }
        Console.note("\(rows.count) groups, \(rows.filter { $0.articles.count > 1 }.count) repeated in more than one article")
    }
}

/// Statistics grouped by fingerprint and own source, in the order first seen.
struct StatisticGroups {
    struct Group {
        var fingerprint: String
        var source: String
        var figure: String
        var kind: String
        var value: Double?
        var low: Double?
        var high: Double?
        var unit: String?
        var period: String?
        var articles: [String] = []
        var claims: [String] = []
        var firstDate: String?
        var firstArticle: String?

        static let csvHeader = "fingerprint,source,figure,kind,value,low,high,unit,period,articles,repetitions,first_date,first_article,article_ids"

        var json: String {
            func s(_ v: String?) -> String { v.map(jsonLiteral) ?? "null" }
            func n(_ v: Double?) -> String { v.map(formatNumber) ?? "null" }
            return "{\"fingerprint\":\(s(fingerprint)),\"source\":\(s(source)),\"figure\":\(s(figure)),\"kind\":\(s(kind)),"
                + "\"value\":\(n(value)),\"low\":\(n(low)),\"high\":\(n(high)),\"unit\":\(s(unit)),\"period\":\(s(period)),"
                + "\"articles\":\(articles.count),\"repetitions\":\(claims.count),\"first_date\":\(s(firstDate)),"
                + "\"first_article\":\(s(firstArticle)),\"article_ids\":[\(articles.map(jsonLiteral).joined(separator: ","))],"
                + "\"claim_ids\":[\(claims.map(jsonLiteral).joined(separator: ","))]}"
        }

        var csv: String {
            let fields: [String] = [
                fingerprint, source, figure, kind, value.map(formatNumber) ?? "", low.map(formatNumber) ?? "",
                high.map(formatNumber) ?? "", unit ?? "", period ?? "", String(articles.count), String(claims.count),
                firstDate ?? "", firstArticle ?? "", articles.joined(separator: " "),
            ]
            return fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        }
    }

    private var groups: [String: Group] = [:]
    private var order: [String] = []

    mutating func add(_ record: JSONValue) {
        guard let r = ClaimRecord(record) else { return }
        for st in r.statistics {
            guard let key = st.group, let fingerprint = st.fields["fingerprint"]?.stringValue else { continue }
            let o = st.fields
            if groups[key] == nil {
                var period: String?
                if case .object(let p)? = o["period"], p["basis"]?.stringValue != "article" { period = p["value"]?.stringValue }
                groups[key] = Group(
                    fingerprint: fingerprint, source: st.source?.lowercased() ?? "", figure: o["text"]?.stringValue ?? "",
                    kind: o["kind"]?.stringValue ?? "", value: number(o["value"]), low: number(o["low"]), high: number(o["high"]),
                    unit: o["unit"]?.stringValue, period: period)
                order.append(key)
            }
            guard var g = groups[key] else { continue }
            if !g.articles.contains(r.articleID) { g.articles.append(r.articleID) }
            g.claims.append(r.claimID)
            if let date = r.date, g.firstDate.map({ date < $0 }) ?? true {
                g.firstDate = date
                g.firstArticle = r.articleID
            } else if g.firstArticle == nil {
                g.firstArticle = r.articleID
            }
            groups[key] = g
        }
    }

    private func number(_ v: JSONValue?) -> Double? {
        if case .number(let n)? = v { return n }
        return nil
    }

    /// Most repeated first; ties in the order first seen.
    func sorted() -> [Group] {
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.compactMap { groups[$0] }.sorted { a, b in
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            return position[a.fingerprint + "|" + a.source] ?? 0 < position[b.fingerprint + "|" + b.source] ?? 0
        }
    }
}

/// Claim records from JSON Lines files (or standard input for "-" or none), one value per line. Every line that is
/// not JSON is reported with its file and line; the command then fails.
enum JSONLinesInput {
    static func forEachRecord(_ inputs: [String], _ body: (JSONValue) -> Void) throws {
        var failed = false
        for path in inputs.isEmpty ? ["-"] : inputs {
            let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
            guard let data else {
                Console.error("\(path): cannot read; check the path")
                throw ExitCode(1)
            }
            data.withUnsafeBytes { raw in
                var start = 0
                var line = 1
                while start < raw.count {
                    var end = start
                    while end < raw.count, raw[end] != 0x0A { end += 1 }
                    if end > start {
                        do {
                            body(try JSONParser.parse(UnsafeRawBufferPointer(rebasing: raw[start..<end])))
                        } catch {
                            Console.error("\(path):\(line): not a claim record (\(error))")
                            failed = true
                        }
                    }
                    start = end + 1
                    line += 1
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
