import CSQLite
import ClaimTraceCore
import Claims
import Exporters
import Foundation
import Store
import TestSupport
import Testing

/// Claims of articles (text, id, date) through the standard chain.
private func claims(_ articles: [(String, String, String)]) -> [[Claim]] {
    articles.enumerated().map { index, a in
        ClaimChain.standard().process(Article(id: a.1, index: index, date: a.2, text: a.0))
    }
}

/// Runs `sql` on the database at `path` and returns every row as text.
private func query(_ path: String, _ sql: String) -> [[String]] {
    var db: OpaquePointer?
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else { return [] }
    defer { sqlite3_close(db) }
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { return [["error: " + String(cString: sqlite3_errmsg(db))]] }
    defer { sqlite3_finalize(statement) }
    var rows: [[String]] = []
    while sqlite3_step(statement) == SQLITE_ROW {
        rows.append((0..<sqlite3_column_count(statement)).map { i in
            sqlite3_column_text(statement, i).map { String(cString: $0) } ?? "NULL"
        })
    }
    return rows
}

private func write(_ batches: [[Claim]], to path: String, finish: Bool = true) throws {
    let exporter = try SQLiteExporter(path: path)
    _ = try exporter.begin()
    for batch in batches { _ = try exporter.write(batch) }
    if finish { _ = try exporter.finish() }
}

private let repeated = [
    ("Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey showed.", "wire-1", "2024-03-01"),
    ("Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey showed. Sales rose 24.2 pct to 40,454 from 33,669.", "paper-2", "2024-03-02"),
    ("Unrelated: the council approved 12 new homes on Tuesday.", "local-3", "2024-03-05"),
]

struct ClaimStoreTests {
    @Test func aRunWritesEveryPartOfTheRecord() throws {
        let path = try TestPaths.temporaryFile("", name: "claims.db")
        try FileManager.default.removeItem(atPath: path)
        let batches = claims(repeated)
        try write(batches, to: path)
        let all = batches.flatMap { $0 }
        #expect(query(path, "SELECT count(*) FROM claims") == [[String(all.count)]])
        #expect(query(path, "SELECT count(*) FROM articles") == [["3"]])
        #expect(query(path, "SELECT count(*) FROM quantities") == [[String(all.reduce(0) { $0 + $1.quantities.count })]])
        #expect(query(path, "SELECT count(*) FROM attributions") == [[String(all.reduce(0) { $0 + $1.attributions.count })]])
        #expect(query(path, "SELECT count(*) FROM checks WHERE rule = 'change_arithmetic'") == [["1"]])
        #expect(query(path, "PRAGMA integrity_check") == [["ok"]])
        #expect(query(path, "PRAGMA foreign_key_check").isEmpty)
        // Full-text search finds a phrase.
        let found = query(path, "SELECT c.article_id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH '\"generative AI\"' ORDER BY 1")
        #expect(found == [["paper-2"], ["wire-1"]])
    }

    @Test func aRepeatedStatisticIsOneGroupListingEveryArticle() throws {
        let path = try TestPaths.temporaryFile("", name: "groups.db")
        try FileManager.default.removeItem(atPath: path)
        try write(claims(repeated), to: path)
        let groups = query(path, "SELECT figure, source, articles, first_date, first_article_id, article_ids FROM repeated_statistics WHERE articles > 1")
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group[0] == "9 percent")
        #expect(group[1] == "nomura research institute")
        #expect(group[2] == "2")
        #expect(group[3] == "2024-03-01")
        #expect(group[4] == "wire-1")
        #expect(Set(group[5].split(separator: ",")) == ["wire-1", "paper-2"])
        // The review sheet view says so on every repetition.
        #expect(query(path, "SELECT DISTINCT also_in_articles FROM review_sheet WHERE figure = '9 percent'") == [["2"]])
    }

    @Test func reviewsSurviveLaterRuns() throws {
        let path = try TestPaths.temporaryFile("", name: "reviews.db")
        try FileManager.default.removeItem(atPath: path)
        let batches = claims(repeated)
        try write(batches, to: path)
        let claim = try #require(batches[0].first)
        let figure = try #require(claim.quantities.first { $0.statistic })
        // A reviewer marks a figure (as Datasette or any SQLite tool would).
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        let sql = "INSERT INTO reviews (claim_id, figure_start, status, notes) VALUES ('\(claim.id)', \(figure.start), 'checked', 'matches the survey')"
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        // Two more runs, one with a changed article.
        try write(batches, to: path)
        var changed = repeated
        changed[2].0 = "Unrelated: the council approved 14 new homes on Wednesday."
        try write(claims(changed), to: path)
        #expect(query(path, "SELECT status, notes FROM reviews") == [["checked", "matches the survey"]])
        #expect(query(path, "SELECT status FROM review_sheet WHERE claim_id = '\(claim.id)' AND figure = '9 percent'") == [["checked"]])
        #expect(query(path, "SELECT count(*) FROM claims WHERE text LIKE '%12 new homes%'") == [["0"]])
        #expect(query(path, "SELECT count(*) FROM claims WHERE text LIKE '%14 new homes%'") == [["1"]])
        // And a sheet can be given the database's reviews.
        let reviews = try ClaimStore.reviews(path: path)
        #expect(reviews[ReviewSheet.key(claimID: claim.id, figureStart: figure.start)]?.0 == "checked")
    }

    @Test func anInterruptedRunLeavesAConsistentDatabase() throws {
        let path = try TestPaths.temporaryFile("", name: "killed.db")
        try FileManager.default.removeItem(atPath: path)
        try write(claims(repeated), to: path)
        // A second run stops before its end: its open batch is never committed.
        try write(claims([("Exports fell 3 percent in May, officials said.", "late-4", "2024-06-01")]), to: path, finish: false)
        #expect(query(path, "PRAGMA integrity_check") == [["ok"]])
        #expect(query(path, "SELECT count(*) FROM articles") == [["3"]])
    }

    @Test func aFileThatIsNotOursIsRefused() throws {
        let path = try TestPaths.temporaryFile("", name: "other.db")
        try FileManager.default.removeItem(atPath: path)
        var db: OpaquePointer?
        #expect(sqlite3_open(path, &db) == SQLITE_OK)
        #expect(sqlite3_exec(db, "CREATE TABLE payroll (name TEXT)", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        #expect(throws: ExportError.self) { try SQLiteExporter(path: path) }
        #expect(query(path, "SELECT name FROM sqlite_master") == [["payroll"]])
    }
}

/// The database in Datasette, as a desk would browse it: a real server on the file, read through its JSON API.
/// Runs where Datasette is installed (`pip install datasette`).
struct DatasetteTests {
    static var datasetteAvailable: Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import datasette, shutil, sys; sys.exit(0 if shutil.which('curl') else 1)"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    /// The body of `url`, or nil when the server does not answer.
    static func get(_ url: String) -> String? {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-sf", "--max-time", "5", url]
        let pipe = Pipe()
        curl.standardOutput = pipe
        curl.standardError = FileHandle.nullDevice
        guard (try? curl.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return curl.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    @Test(.enabled(if: datasetteAvailable, "Datasette (pip install datasette) or curl is not installed: Datasette test skipped"),
          .timeLimit(.minutes(2)))
    func datasetteServesTheTablesAndCannedQueries() throws {
        let directory = URL(fileURLWithPath: try TestPaths.temporaryFile("", name: "x")).deletingLastPathComponent()
        let path = directory.appendingPathComponent("claims.db").path
        try write(claims(repeated), to: path)
        let port = 18000 + Int(getpid() % 1000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = [
            "datasette", "serve", path, "--port", String(port), "--metadata",
            TestPaths.root.appendingPathComponent("Pipelines/datasette/metadata.json").path,
        ]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            // Not waitUntilExit: on Linux it can wait on the run loop for ever once the server is gone.
            server.terminate()
            for _ in 0..<50 where server.isRunning { usleep(100_000) }
            if server.isRunning { kill(server.processIdentifier, SIGKILL) }
        }
        let base = "http://127.0.0.1:\(port)/claims"
        var table: String?
        for _ in 0..<50 where table == nil {
            table = Self.get(base + "/review_sheet.json?_shape=array&figure=9%20percent")
            if table == nil { usleep(200_000) }
        }
        let rows = try #require(table)
        #expect(rows.contains("\"source\": \"Nomura Research Institute\""))
        #expect(rows.contains("\"also_in_articles\": 2"))
        let unreviewed = try #require(Self.get(base + "/unreviewed_by_repetition.json?_shape=array"))
        #expect(unreviewed.contains("\"figure\": \"9 percent\""))
        let inconsistent = try #require(Self.get(base + "/inconsistent.json?_shape=array"))
        #expect(inconsistent.contains("change_arithmetic"))
    }
}
