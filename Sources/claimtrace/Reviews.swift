import Exporters
import Foundation
import Store
import SwiftCSV

/// Reviewers' work from an earlier sheet (CSV or XLSX written by `extract`):
/// `status` and `notes` by claim id and figure position.
struct Reviews {
    var byKey: [String: (String, String)] = [:]
    /// Rows with reviewer work whose claim is gone from the new run; they are kept, not dropped.
    var rows: [String: [String: String]] = [:]

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func load(path: String) throws -> Reviews {
        // A claims database keeps its reviews in a table (SQLite files start with this header).
        if let data = FileManager.default.contents(atPath: path), data.starts(with: Array("SQLite format 3".utf8)) {
            var reviews = Reviews()
            reviews.byKey = try ClaimStore.reviews(path: path)
            return reviews
        }
        var table: [[String: String]] = []
        if path.lowercased().hasSuffix(".xlsx") {
            guard let data = FileManager.default.contents(atPath: path), let rows = XLSXReader.rows(Array(data)),
                let header = rows.first
            else { throw Failure(description: "\(path): not a readable workbook") }
            for row in rows.dropFirst() {
                var record: [String: String] = [:]
                for (i, name) in header.enumerated() where i < row.count { record[name] = row[i] }
                table.append(record)
            }
        } else {
            do {
                let csv = try CSV<Named>(url: URL(fileURLWithPath: path), delimiter: .comma, encoding: .utf8, loadColumns: false)
                table = csv.rows.map { row in
                    // The exporter may have added a byte-order mark before the first column name.
                    Dictionary(uniqueKeysWithValues: row.map { ($0.key.replacingOccurrences(of: "\u{FEFF}", with: ""), $0.value) })
                }
            } catch {
                throw Failure(description: "\(path): not a readable CSV file (\(error))")
            }
        }
        var reviews = Reviews()
        for record in table {
            guard let id = record["claim_id"].map(Self.unguard), !id.isEmpty else { continue }
            let status = Self.unguard(record["status"] ?? "")
            let notes = Self.unguard(record["notes"] ?? "")
            guard !status.isEmpty || !notes.isEmpty else { continue }
            let key = ReviewSheet.key(claimID: id, figureStart: Int(record["figure_start"] ?? ""))
            reviews.byKey[key] = (status, notes)
            reviews.rows[key] = record
        }
        return reviews
    }

    /// The CSV formula guard added an apostrophe; a reviewer's text comes back without it.
    static func unguard(_ s: String) -> String {
        guard s.hasPrefix("'"), let second = s.dropFirst().first, "=+-@\t\r".contains(second) else { return s }
        return String(s.dropFirst())
    }
}
