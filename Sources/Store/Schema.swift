/// The claims database: one table per part of the record (Docs/output.md, "SQLite"), keyed by the claim's
/// stable id, so a later run updates what changed and the reviewers' table is never touched.
enum Schema {
    /// Bumped when the tables change; a database of another version is refused with a message.
    static let version = 1

    static let tables = """
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            article_index INTEGER NOT NULL,
            title TEXT, author TEXT, date TEXT, url TEXT, source TEXT,
            first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            last_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TABLE IF NOT EXISTS claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, context_before TEXT, context_after TEXT,
            checkworthiness REAL NOT NULL, table_row INTEGER NOT NULL,
            survey_name TEXT, survey_sponsor TEXT, survey_sample_size INTEGER, survey_margin_of_error REAL,
            survey_field_start TEXT, survey_field_end TEXT, survey_population TEXT, survey_mode TEXT
        );
        CREATE TABLE IF NOT EXISTS quantities (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
            value REAL, low REAL, high REAL, unit TEXT, qualifier TEXT, change TEXT, approximate INTEGER NOT NULL,
            statistic INTEGER NOT NULL, attribution INTEGER,
            period TEXT, period_text TEXT, period_basis TEXT, fingerprint TEXT,
            PRIMARY KEY (claim_id, idx)
        );
        CREATE TABLE IF NOT EXISTS attributions (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            source TEXT NOT NULL, source_type TEXT NOT NULL, cue TEXT, source_text TEXT,
            start INTEGER, "end" INTEGER, cue_start INTEGER, cue_end INTEGER, basis TEXT NOT NULL, title TEXT,
            quote TEXT NOT NULL, content TEXT, content_start INTEGER, content_end INTEGER,
            PRIMARY KEY (claim_id, idx)
        );
        CREATE TABLE IF NOT EXISTS times (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL,
            PRIMARY KEY (claim_id, idx)
        );
        CREATE TABLE IF NOT EXISTS checks (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            rule TEXT NOT NULL, status TEXT NOT NULL, quantities TEXT NOT NULL, expected TEXT NOT NULL, message TEXT NOT NULL,
            PRIMARY KEY (claim_id, idx)
        );
        CREATE TABLE IF NOT EXISTS links (
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL, url TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (claim_id, idx)
        );
        -- A reviewer's work, by claim and figure (figure_start -1: the claim as a whole). No foreign key on
        -- purpose: a review outlives a claim that a later run no longer finds, and no run writes here.
        CREATE TABLE IF NOT EXISTS reviews (
            claim_id TEXT NOT NULL,
            figure_start INTEGER NOT NULL DEFAULT -1,
            status TEXT, notes TEXT,
            reviewed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            PRIMARY KEY (claim_id, figure_start)
        );
        -- The same statistic (fingerprint) from the same source across articles, rebuilt at the end of each run.
        CREATE TABLE IF NOT EXISTS statistic_groups (
            group_key TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL,
            value REAL, low REAL, high REAL, unit TEXT, period TEXT, figure TEXT NOT NULL,
            articles INTEGER NOT NULL, repetitions INTEGER NOT NULL,
            first_date TEXT, first_article_id TEXT, first_claim_id TEXT
        );
        CREATE TABLE IF NOT EXISTS group_members (
            group_key TEXT NOT NULL REFERENCES statistic_groups(group_key) ON DELETE CASCADE,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            PRIMARY KEY (group_key, claim_id, idx)
        );

        CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
        CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
        CREATE INDEX IF NOT EXISTS quantities_kind ON quantities(kind);
        CREATE INDEX IF NOT EXISTS quantities_fingerprint ON quantities(fingerprint);
        CREATE INDEX IF NOT EXISTS attributions_source ON attributions(source);
        CREATE INDEX IF NOT EXISTS checks_status ON checks(status);
        CREATE INDEX IF NOT EXISTS reviews_status ON reviews(status);
        CREATE INDEX IF NOT EXISTS group_members_claim ON group_members(claim_id);

        -- Full-text search over claim text, kept in step with the claims table.
        CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(text, content='claims', content_rowid='rowid');
        CREATE TRIGGER IF NOT EXISTS claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS claims_fts_update AFTER UPDATE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
            INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
        END;

        -- The review sheet's rows: one per statistic, with its own source, period, check and review.
        CREATE VIEW IF NOT EXISTS review_sheet AS
        SELECT c.id AS claim_id, a.id AS article_id, a.title AS article_title, a.date AS article_date, a.url AS article_url,
               q.text AS figure, q.start AS figure_start, q.kind, q.value, q.low, q.high, q.unit, q.qualifier, q.change,
               s.source, s.source_type, s.cue, s.basis, q.period, q.period_basis,
               (SELECT k.status || ' (' || k.rule || ')' FROM checks k
                  WHERE k.claim_id = c.id AND (' ' || k.quantities || ' ') LIKE ('% ' || q.idx || ' %')
                  ORDER BY k.status = 'inconsistent' DESC LIMIT 1) AS "check",
               g.articles AS also_in_articles, q.fingerprint, c.checkworthiness, c.text,
               r.status, r.notes
        FROM quantities q
        JOIN claims c ON c.id = q.claim_id
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN attributions s ON s.claim_id = q.claim_id AND s.idx = q.attribution
        LEFT JOIN group_members m ON m.claim_id = q.claim_id AND m.idx = q.idx
        LEFT JOIN statistic_groups g ON g.group_key = m.group_key
        LEFT JOIN reviews r ON r.claim_id = q.claim_id AND r.figure_start = q.start
        WHERE q.statistic = 1;

        -- Each statistic with its articles and whether any repetition was reviewed (durations and bare numbers,
        -- mostly spans like "12 mths", are left to the table).
        CREATE VIEW IF NOT EXISTS repeated_statistics AS
        SELECT g.group_key, g.figure, g.kind, g.value, g.unit, g.period, g.source, g.articles, g.repetitions,
               g.first_date, g.first_article_id,
               (SELECT group_concat(DISTINCT c.article_id) FROM group_members m JOIN claims c ON c.id = m.claim_id
                 WHERE m.group_key = g.group_key) AS article_ids,
               (SELECT r.status FROM group_members m JOIN quantities q ON q.claim_id = m.claim_id AND q.idx = m.idx
                  JOIN reviews r ON r.claim_id = m.claim_id AND r.figure_start = q.start
                 WHERE m.group_key = g.group_key AND r.status IS NOT NULL AND r.status != '' LIMIT 1) AS status
        FROM statistic_groups g
        WHERE g.kind NOT IN ('duration', 'number');

        CREATE VIEW IF NOT EXISTS inconsistent_checks AS
        SELECT k.claim_id, k.rule, k.expected, k.message, c.text, a.title AS article_title, a.date AS article_date
        FROM checks k JOIN claims c ON c.id = k.claim_id JOIN articles a ON a.id = c.article_id
        WHERE k.status = 'inconsistent';
        """

    /// The groups, rebuilt from the quantities in one statement each.
    static let rebuildGroups = """
        DELETE FROM statistic_groups;
        INSERT INTO statistic_groups (group_key, fingerprint, source, kind, value, low, high, unit, period, figure,
                                      articles, repetitions, first_date, first_article_id, first_claim_id)
        -- With one MIN() in the query, SQLite takes the bare columns from the row that has it: the first
        -- article and claim are those of the earliest date.
        SELECT key, fingerprint, source, kind, value, low, high, unit, period, figure,
               COUNT(DISTINCT article_id), COUNT(*), NULLIF(MIN(COALESCE(date, '9999')), '9999'), article_id, first
        FROM (
            SELECT q.fingerprint || '|' || lower(COALESCE(s.source, '')) AS key, q.fingerprint, lower(COALESCE(s.source, '')) AS source,
                   q.kind, q.value, q.low, q.high, q.unit, CASE WHEN q.period_basis = 'article' THEN NULL ELSE q.period END AS period,
                   q.text AS figure, c.article_id, a.date, c.id AS first
            FROM quantities q JOIN claims c ON c.id = q.claim_id JOIN articles a ON a.id = c.article_id
            LEFT JOIN attributions s ON s.claim_id = q.claim_id AND s.idx = q.attribution
            WHERE q.statistic = 1 AND q.fingerprint IS NOT NULL
        )
        GROUP BY key;
        INSERT INTO group_members (group_key, claim_id, idx)
        SELECT q.fingerprint || '|' || lower(COALESCE(s.source, '')), q.claim_id, q.idx
        FROM quantities q LEFT JOIN attributions s ON s.claim_id = q.claim_id AND s.idx = q.attribution
        WHERE q.statistic = 1 AND q.fingerprint IS NOT NULL;
        """
}
