import ClaimTraceCore
import Store

/// The `sqlite` format: claims written into a database file in place (see ``ClaimStore``); no bytes go to the
/// output stream. Reviews from a sheet given with `--review` are added to the database's reviews table where
/// it has none for that figure.
public final class SQLiteExporter: ClaimExporter {
    let store: ClaimStore

    public init(path: String, reviews: [String: (String, String)] = [:]) throws {
        do {
            store = try ClaimStore(path: path)
            try store.importReviews(reviews.map { key, value in
                let parts = key.split(separator: "#", maxSplits: 1)
                return (String(parts.first ?? ""), parts.count > 1 ? Int(parts[1]) : nil, value.0, value.1)
            })
        } catch {
            throw ExportError(error.description)
        }
    }

    public func begin() throws -> [UInt8] { [] }

    public func write(_ claims: [Claim]) throws -> [UInt8] {
        do {
            for claim in claims { try store.write(claim) }
        } catch {
            throw ExportError(error.description)
        }
        return []
    }

    public func finish() throws -> [UInt8] {
        do {
            try store.finish()
        } catch {
            throw ExportError(error.description)
        }
        return []
    }
}
