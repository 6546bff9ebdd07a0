import ClaimTraceCore

/// RFC 4180 CSV for spreadsheets: a header row, then one row per statistic
/// (a claim without a statistic still gets one row). UTF-8, CRLF line ends,
/// every text field quoted. Text cells that a spreadsheet would run as a
/// formula get a leading apostrophe; numeric cells are plain numbers.
public struct CSVExporter: ClaimExporter {
    public static var columns: [String] { ReviewSheet.columns }

    /// Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8 CSV as UTF-8.
    public let byteOrderMark: Bool
    /// Reviewer columns carried over from an earlier sheet, by ``ReviewSheet/key(claimID:figureStart:)``.
    public let reviews: [String: (String, String)]

    public init(byteOrderMark: Bool = false, reviews: [String: (String, String)] = [:]) {
        self.byteOrderMark = byteOrderMark
        self.reviews = reviews
    }

    public mutating func begin() -> [UInt8] {
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        row(Self.columns.map { .text($0) }, &out)
        return out
    }

    public mutating func write(_ claims: [Claim]) -> [UInt8] {
        var out: [UInt8] = []
        for claim in claims {
            for cells in ReviewSheet.rows(claim, review: { q in
                let review = reviews[ReviewSheet.key(claimID: claim.id, figureStart: q?.start)]
                return (review?.0, review?.1)
            }) {
                row(cells, &out)
            }
        }
        return out
    }

    public mutating func finish() -> [UInt8] { [] }

    public mutating func writeRows(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for cells in rows { row(cells.map { .text($0) }, &out) }
        return out
    }

    func row(_ cells: [ReviewSheet.Cell], _ out: inout [UInt8]) {
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
