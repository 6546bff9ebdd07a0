import ClaimTraceCore

/// Output formats of the command-line contract.
public enum OutputFormat: String, CaseIterable, Sendable {
    case jsonl, json, csv, xml, xlsx, html, sqlite

    /// Formats this build can write.
    public static let supported: [OutputFormat] = allCases
    /// Formats written as a stream of bytes (all but the database, which is written in place).
    public static let byteFormats: [OutputFormat] = allCases.filter { $0 != .sqlite }
}

/// Turns claims into bytes, batch by batch, in order. An exporter only
/// builds bytes; where they go (stdout, an atomically renamed file) is the
/// caller's business.
public protocol ClaimExporter {
    /// Bytes before the first claim (a header row, an opening tag).
    mutating func begin() throws -> [UInt8]
    mutating func write(_ claims: [Claim]) throws -> [UInt8]
    /// Bytes after the last claim.
    mutating func finish() throws -> [UInt8]
    /// Rows carried over as text (reviewed rows whose claim is gone); sheets only.
    mutating func writeRows(_ rows: [[String]]) -> [UInt8]
}

extension ClaimExporter {
    public mutating func writeRows(_ rows: [[String]]) -> [UInt8] { [] }
}

public struct ExportError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum Exporters {
    /// An exporter for `format`; `path` is the database file of `sqlite` (the other formats return bytes).
    public static func make(
        _ format: OutputFormat, byteOrderMark: Bool = false, reviews: [String: (String, String)] = [:], path: String? = nil
    ) throws -> any ClaimExporter {
        switch format {
        case .jsonl: return JSONLinesExporter(array: false)
        case .json: return JSONLinesExporter(array: true)
        case .csv: return CSVExporter(byteOrderMark: byteOrderMark, reviews: reviews)
        case .xml: return XMLExporter()
        case .xlsx: return XLSXExporter(reviews: reviews)
        case .html: return HTMLReportExporter(reviews: reviews)
        case .sqlite:
            guard let path, path != "-" else {
                throw ExportError("--format sqlite writes a database file: name it with -o, e.g. -o claims.db")
            }
            return try SQLiteExporter(path: path, reviews: reviews)
        }
    }
}

/// Shortest text for a number: integers without ".0", others as Swift's
/// round-trip representation (valid in JSON, CSV and XML Schema doubles).
public func formatNumber(_ value: Double) -> String {
    if value.isNaN || value.isInfinite { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}
