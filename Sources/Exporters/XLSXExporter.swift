import ClaimTraceCore

/// An Excel workbook (Office Open XML): the review sheet of ``ReviewSheet``
/// with typed numeric cells, a frozen bold header, an autofilter, set column
/// widths, the sentence in a wrapped column and article URLs as hyperlinks.
/// The sheet is written with libxml2's writer and zipped with zlib.
///
/// A workbook is one file with its row count in the header, so rows are kept
/// in memory until the end (about 1 KB per row).
public struct XLSXExporter: ClaimExporter {
    private var rows: [[ReviewSheet.Cell]] = []
    /// Each row's statistic group and article, to fill "also in N articles" at the end.
    private var rowGroups: [(group: String?, article: String)] = []
    private var groupArticles: [String: Set<String>] = [:]
    public let reviews: [String: (String, String)]

    public init(reviews: [String: (String, String)] = [:]) { self.reviews = reviews }

    public mutating func begin() -> [UInt8] { [] }

    public mutating func writeRows(_ rows: [[String]]) -> [UInt8] {
        self.rows += rows.map { $0.map { .text($0) } }
        rowGroups += rows.map { _ in (nil, "") }
        return []
    }

    public mutating func write(_ claims: [Claim]) -> [UInt8] {
        for claim in claims {
            rows += ReviewSheet.rows(claim) { q in
                let review = reviews[ReviewSheet.key(claimID: claim.id, figureStart: q?.start)]
                return (review?.0, review?.1)
            }
            let statistics = claim.quantities.filter(\.statistic)
            for q in statistics.isEmpty ? [nil] : statistics.map(Optional.some) {
                let group = q.flatMap { ReviewSheet.groupKey(claim, $0) }
                rowGroups.append((group, claim.article.id))
                if let group { groupArticles[group, default: []].insert(claim.article.id) }
            }
        }
        return []
    }

    static let widths: [String: Double] = [
        "claim_id": 18, "article_id": 18, "article_title": 40, "article_url": 40, "article_date": 20, "figure": 22,
        "source": 28, "source_title": 22, "text": 80, "context_before": 40, "context_after": 40, "status": 14,
        "notes": 40, "unit": 14, "qualifier": 12,
    ]
    static let urlColumn = ReviewSheet.columns.firstIndex(of: "article_url") ?? 4
    static let textColumn = ReviewSheet.columns.firstIndex(of: "text") ?? 28

    static let alsoInColumn = ReviewSheet.columns.firstIndex(of: "also_in_articles") ?? 0

    public mutating func finish() throws -> [UInt8] {
        // The other articles that report the same statistic from the same source.
        for (r, entry) in rowGroups.enumerated() {
            guard let group = entry.group, let articles = groupArticles[group], articles.count > 1 else { continue }
            rows[r][Self.alsoInColumn] = .integer(articles.count - 1)
        }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(Self.contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.packageRels.utf8))
        zip.add("xl/workbook.xml", Array(workbook().utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(Self.workbookRels.utf8))
        zip.add("xl/styles.xml", Array(Self.styles.utf8))
        let (sheet, links) = try self.sheet()
        zip.add("xl/worksheets/sheet1.xml", sheet)
        zip.add("xl/worksheets/_rels/sheet1.xml.rels", links)
        return zip.finish()
    }

    /// "A", "B", … "Z", "AA", …
    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    var lastCell: String { Self.column(ReviewSheet.columns.count - 1) + String(rows.count + 1) }

    func sheet() throws -> ([UInt8], [UInt8]) {
        let xml = XMLBuilder(indent: false)
        let links = XMLBuilder(indent: false)
        try links.startDocument(standalone: true)
        try links.start("Relationships")
        try links.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")
        var linkCount = 0

        try xml.startDocument(standalone: true)
        try xml.start("worksheet")
        try xml.attribute("xmlns", "http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        try xml.attribute("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        try xml.start("dimension")
        try xml.attribute("ref", "A1:" + lastCell)
        try xml.end()
        try xml.start("sheetViews")
        try xml.start("sheetView")
        try xml.attribute("workbookViewId", "0")
        try xml.start("pane")
        try xml.attribute("ySplit", "1")
        try xml.attribute("topLeftCell", "A2")
        try xml.attribute("activePane", "bottomLeft")
        try xml.attribute("state", "frozen")
        try xml.end()
        try xml.end()
        try xml.end()
        try xml.start("cols")
        for (i, name) in ReviewSheet.columns.enumerated() {
            try xml.start("col")
            try xml.attribute("min", String(i + 1))
            try xml.attribute("max", String(i + 1))
            try xml.attribute("width", formatNumber(Self.widths[name] ?? 12))
            try xml.attribute("customWidth", "1")
            try xml.end()
        }
        try xml.end()
        try xml.start("sheetData")
        let header = ReviewSheet.columns.map { ReviewSheet.Cell.text($0) }
        var hyperlinks: [(String, String)] = []
        for (r, cells) in ([header] + rows).enumerated() {
            try xml.start("row")
            try xml.attribute("r", String(r + 1))
            for (c, cell) in cells.enumerated() {
                let ref = Self.column(c) + String(r + 1)
                let style = r == 0 ? "1" : c == Self.textColumn ? "2" : nil
                switch cell {
                case .text(let s?):
                    try xml.start("c")
                    try xml.attribute("r", ref)
                    try xml.attribute("t", "inlineStr")
                    if let style { try xml.attribute("s", style) }
                    try xml.start("is")
                    try xml.start("t")
                    if s.first?.isWhitespace == true || s.last?.isWhitespace == true {
                        try xml.attribute("xml:space", "preserve")
                    }
                    try xml.text(s)
                    try xml.end()
                    try xml.end()
                    try xml.end()
                    if r > 0, c == Self.urlColumn, s.hasPrefix("http://") || s.hasPrefix("https://") {
                        hyperlinks.append((ref, s))
                    }
                case .number(let v?):
                    try numberCell(xml, ref, formatNumber(v))
                case .integer(let v?):
                    try numberCell(xml, ref, String(v))
                case .text(nil), .number(nil), .integer(nil):
                    break
                }
            }
            try xml.end()
        }
        try xml.end()
        try xml.start("autoFilter")
        try xml.attribute("ref", "A1:" + lastCell)
        try xml.end()
        if !hyperlinks.isEmpty {
            try xml.start("hyperlinks")
            for (ref, url) in hyperlinks {
                linkCount += 1
                try xml.start("hyperlink")
                try xml.attribute("ref", ref)
                try xml.attribute("r:id", "rId\(linkCount)")
                try xml.end()
                try links.start("Relationship")
                try links.attribute("Id", "rId\(linkCount)")
                try links.attribute(
                    "Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")
                try links.attribute("Target", url)
                try links.attribute("TargetMode", "External")
                try links.end()
            }
            try xml.end()
        }
        try xml.end()
        try xml.endDocument()
        try links.end()
        try links.endDocument()
        return (try xml.drain(), try links.drain())
    }

    func numberCell(_ xml: XMLBuilder, _ ref: String, _ value: String) throws {
        try xml.start("c")
        try xml.attribute("r", ref)
        try xml.start("v")
        try xml.text(value)
        try xml.end()
        try xml.end()
    }

    func workbook() -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Claims" sheetId="1" r:id="rId1"/></sheets>\
        <definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\
        Claims!$A$1:$\(Self.column(ReviewSheet.columns.count - 1))$\(rows.count + 1)</definedName></definedNames>\
        </workbook>
        """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        </Types>
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    static let workbookRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    /// Style 0: default; 1: bold header; 2: wrapped text (the sentence).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
