import ClaimTraceCore

/// Writes claims into a SQLite database that a team keeps across runs (`--format sqlite -o claims.db`).
///
/// Each article of a run replaces that article's claims (by their stable ids, so a claim that did not change
/// keeps its id); the `reviews` table is never written by a run. Writes go in transactions of a few thousand
/// claims through prepared statements, in WAL mode: a killed run leaves the database as of its last batch.
/// At the end, the statistic groups are rebuilt across every article in the database.
public final class ClaimStore {
    let db: Database
    private let insertArticle: Statement
    private let deleteClaims: Statement
    private let insertClaim: Statement
    private let insertQuantity: Statement
    private let insertAttribution: Statement
    private let insertTime: Statement
    private let insertCheck: Statement
    private let insertLink: Statement
    private var articlesThisRun: Set<String> = []
    private var pending = 0
    private var inTransaction = false
    /// Claims written per transaction.
    public var batchSize = 2000

    public init(path: String) throws(StoreError) {
        db = try Database(path: path)
        // A 64 MB page cache: with the default 2 MB the index and FTS pages of a growing database are read back
        // from disk on every batch (7.3 s → 5.8 s for the first 8 MB of the bench dump).
        try db.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;")
        let version = try db.integer("PRAGMA user_version") ?? 0
        if version != 0, version != Schema.version {
            throw StoreError("\(path): a claims database of version \(version); this claimtrace writes version \(Schema.version)")
        }
        // A file that is not empty and not ours is refused rather than altered.
        if version == 0, let tables = try db.integer("SELECT count(*) FROM sqlite_master"), tables > 0 {
            throw StoreError("\(path): not a ClaimTrace claims database (it has other tables); choose another file")
        }
        try db.execute(Schema.tables + "PRAGMA user_version = \(Schema.version);")
        insertArticle = try db.prepare("""
            INSERT INTO articles (id, article_index, title, author, date, url, source) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET article_index = excluded.article_index, title = excluded.title,
              author = excluded.author, date = excluded.date, url = excluded.url, source = excluded.source,
              last_seen = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            """)
        deleteClaims = try db.prepare("DELETE FROM claims WHERE article_id = ?")
        insertClaim = try db.prepare("""
            INSERT OR REPLACE INTO claims (id, article_id, paragraph, sentence, start, "end", text, context_before, context_after,
              checkworthiness, table_row, survey_name, survey_sponsor, survey_sample_size, survey_margin_of_error,
              survey_field_start, survey_field_end, survey_population, survey_mode)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertQuantity = try db.prepare("""
            INSERT INTO quantities (claim_id, idx, text, start, "end", kind, value, low, high, unit, qualifier, change,
              approximate, statistic, attribution, period, period_text, period_basis, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertAttribution = try db.prepare("""
            INSERT INTO attributions (claim_id, idx, source, source_type, cue, source_text, start, "end", cue_start, cue_end,
              basis, title, quote, content, content_start, content_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertTime = try db.prepare("INSERT INTO times (claim_id, idx, text, start, \"end\", type, value) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertCheck = try db.prepare(
            "INSERT INTO checks (claim_id, idx, rule, status, quantities, expected, message) VALUES (?, ?, ?, ?, ?, ?, ?)")
        insertLink = try db.prepare("INSERT INTO links (claim_id, idx, text, url, start, \"end\") VALUES (?, ?, ?, ?, ?, ?)")
    }

    /// Writes one claim (and its article, the first time this run sees it).
    public func write(_ claim: Claim) throws(StoreError) {
        if !inTransaction {
            try db.execute("BEGIN")
            inTransaction = true
        }
        let article = claim.article
        if articlesThisRun.insert(article.id).inserted {
            try insertArticle.run([
                .text(article.id), .integer(article.index), .text(article.title), .text(article.author), .text(article.date),
                .text(article.url), .text(article.source),
            ])
            // The article's claims of an earlier run go; this run writes what it finds now.
            try deleteClaims.run([.text(article.id)])
        }
        let survey = claim.survey
        try insertClaim.run([
            .text(claim.id), .text(article.id), .integer(claim.paragraph), .integer(claim.sentence), .integer(claim.start),
            .integer(claim.end), .text(claim.text), .text(claim.contextBefore), .text(claim.contextAfter),
            .real(claim.checkworthiness), .integer(claim.tableRow ? 1 : 0), .text(survey?.name), .text(survey?.sponsor),
            .integer(survey?.sampleSize), .real(survey?.marginOfError), .text(survey?.fieldStart), .text(survey?.fieldEnd),
            .text(survey?.population), .text(survey?.mode),
        ])
        for (i, q) in claim.quantities.enumerated() {
            try insertQuantity.run([
                .text(claim.id), .integer(i), .text(q.text), .integer(q.start), .integer(q.end), .text(q.kind.rawValue),
                .real(q.value), .real(q.low), .real(q.high), .text(q.unit), .text(q.qualifier), .text(q.change?.rawValue),
                .integer(q.approximate ? 1 : 0), .integer(q.statistic ? 1 : 0), .integer(q.attribution), .text(q.period?.value),
                .text(q.period?.text), .text(q.period?.basis.rawValue), .text(q.fingerprint),
            ])
        }
        for (i, a) in claim.attributions.enumerated() {
            try insertAttribution.run([
                .text(claim.id), .integer(i), .text(a.source), .text(a.sourceType.rawValue), .text(a.cue), .text(a.sourceText),
                .integer(a.start), .integer(a.end), .integer(a.cueStart), .integer(a.cueEnd), .text(a.basis.rawValue),
                .text(a.title), .text(a.quote.rawValue), .text(a.content), .integer(a.contentStart), .integer(a.contentEnd),
            ])
        }
        for (i, t) in claim.times.enumerated() {
            try insertTime.run([
                .text(claim.id), .integer(i), .text(t.text), .integer(t.start), .integer(t.end), .text(t.kind.rawValue), .text(t.value),
            ])
        }
        for (i, c) in claim.checks.enumerated() {
            try insertCheck.run([
                .text(claim.id), .integer(i), .text(c.rule), .text(c.status.rawValue),
                .text(c.quantities.map(String.init).joined(separator: " ")), .text(c.expected), .text(c.message),
            ])
        }
        for (i, link) in claim.links.enumerated() {
            try insertLink.run([.text(claim.id), .integer(i), .text(link.text), .text(link.url), .integer(link.start), .integer(link.end)])
        }
        pending += 1
        if pending >= batchSize { try commit() }
    }

    private func commit() throws(StoreError) {
        guard inTransaction else { return }
        try db.execute("COMMIT")
        inTransaction = false
        pending = 0
    }

    /// Commits the last batch, rebuilds the statistic groups over the whole database and checkpoints the log.
    public func finish() throws(StoreError) {
        try commit()
        try db.execute("BEGIN; " + Schema.rebuildGroups + " COMMIT; PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);")
    }

    /// Adds reviews from a sheet (status and notes by claim id and figure start) where the database has none
    /// for that figure yet: a reviewer's work in the database wins.
    public func importReviews(_ reviews: [(claimID: String, figureStart: Int?, status: String, notes: String)]) throws(StoreError) {
        guard !reviews.isEmpty else { return }
        let insert = try db.prepare("INSERT OR IGNORE INTO reviews (claim_id, figure_start, status, notes) VALUES (?, ?, ?, ?)")
        try db.execute("BEGIN")
        for r in reviews {
            try insert.run([.text(r.claimID), .integer(r.figureStart ?? -1), .text(r.status), .text(r.notes)])
        }
        try db.execute("COMMIT")
    }

    /// The reviews of a database, keyed as the review sheet keys them, for `--review claims.db`.
    public static func reviews(path: String) throws(StoreError) -> [String: (String, String)] {
        let db = try Database(path: path)
        let select = try db.prepare("SELECT claim_id, figure_start, status, notes FROM reviews")
        var out: [String: (String, String)] = [:]
        while try select.step() {
            guard let id = select.text(0) else { continue }
            let start = select.int(1).flatMap { $0 < 0 ? nil : $0 }
            out[id + "#" + (start.map(String.init) ?? "-")] = (select.text(2) ?? "", select.text(3) ?? "")
        }
        return out
    }
}
