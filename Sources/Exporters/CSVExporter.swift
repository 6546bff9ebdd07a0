import ClaimTraceCore

/// RFC 4180 CSV for spreadsheets: a header row, then one row per statistic
/// (a claim without a statistic still gets one row). UTF-8, CRLF line ends,
/// every text field quoted. Text cells that a spreadsheet would run as a
/// formula get a leading apostrophe; numeric cells are plain numbers.
public struct CSVExporter: ClaimExporter {
    public static let columns = [
        "claim_id", "article_id", "article_index", "article_title", "article_url", "article_date", "paragraph",
        "sentence", "start", "end", "figure", "figure_start", "figure_end", "kind", "value", "low", "high", "unit",
        "qualifier", "change", "approximate", "source", "source_title", "source_type", "cue", "basis", "quote", "checkworthiness", "text",
        "context_before", "context_after", "status", "notes",
    ]

    public init() {}

    public mutating func begin() -> [UInt8] {
        var out: [UInt8] = []
        row(Self.columns.map { .text($0) }, &out)
        return out
    }

    enum Cell {
        case text(String?)
        case number(Double?)
        case integer(Int?)
    }

    public mutating func write(_ claims: [Claim]) -> [UInt8] {
        var out: [UInt8] = []
        for claim in claims {
            let statistics = claim.quantities.filter(\.statistic)
            let rows: [ClaimQuantity?] = statistics.isEmpty ? [nil] : statistics
            for q in rows {
                let a = claim.attribution
                row(
                    [
                        .text(claim.id), .text(claim.article.id), .integer(claim.article.index), .text(claim.article.title),
                        .text(claim.article.url), .text(claim.article.date), .integer(claim.paragraph),
                        .integer(claim.sentence), .integer(claim.start), .integer(claim.end), .text(q?.text),
                        .integer(q?.start), .integer(q?.end), .text(q?.kind.rawValue), .number(q?.value),
                        .number(q?.low), .number(q?.high), .text(q?.unit), .text(q?.qualifier), .text(q?.change?.rawValue),
                        .text(q.map { $0.approximate ? "true" : "false" }), .text(a?.source), .text(a?.title),
                        .text(a?.sourceType.rawValue), .text(a?.cue), .text(a?.basis.rawValue), .text(a?.quote.rawValue),
                        .number(claim.checkworthiness), .text(claim.text), .text(claim.contextBefore),
                        .text(claim.contextAfter), .text(nil), .text(nil),
                    ], &out)
            }
        }
        return out
    }

    public mutating func finish() -> [UInt8] { [] }

    func row(_ cells: [Cell], _ out: inout [UInt8]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            switch cell {
            case .text(let s?): Self.quoted(Self.guardFormula(s), &out)
            case .number(let v?): out.append(contentsOf: formatNumber(v).utf8)
            case .integer(let v?): out.append(contentsOf: String(v).utf8)
            case .text(nil), .number(nil), .integer(nil): break
            }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// "=SUM(…)", "+1 555", "@user" open as formulas in spreadsheets; an
    /// apostrophe makes them text. A cell that reads as a number stays as is.
    public static func guardFormula(_ s: String) -> String {
        guard let first = s.utf8.first else { return s }
        guard first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        else { return s }
        var body = Substring(s)
        if body.hasSuffix("%") { body = body.dropLast() }
        if first != UInt8(ascii: "="), first != UInt8(ascii: "@"), Double(body) != nil { return s }
        return "'" + s
    }

    static func quoted(_ s: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }
}
