import ClaimTraceCore

/// The spreadsheet layout shared by CSV and XLSX: one row per statistic (a
/// claim without one gets a single row), with empty `status` and `notes`
/// columns for the reviewer.
public enum ReviewSheet {
    public static let columns = [
        "claim_id", "article_id", "article_index", "article_title", "article_url", "article_date", "paragraph",
        "sentence", "start", "end", "figure", "figure_start", "figure_end", "kind", "value", "low", "high", "unit",
        "qualifier", "change", "approximate", "source", "source_title", "source_type", "cue", "basis", "quote",
        "period", "period_basis", "check", "check_expected", "survey_sample_size", "survey_margin_of_error", "link",
        "fingerprint", "also_in_articles",
        "checkworthiness", "text", "context_before", "context_after", "status", "notes",
    ]

    public enum Cell: Equatable {
        case text(String?)
        case number(Double?)
        case integer(Int?)
    }

    /// The rows of one claim, one per statistic with that figure's own source, period and checks; `review` fills
    /// the reviewer's columns (from an earlier sheet).
    public static func rows(_ claim: Claim, review: (ClaimQuantity?) -> (String?, String?) = { _ in (nil, nil) })
        -> [[Cell]]
    {
        let statistics = claim.quantities.indices.filter { claim.quantities[$0].statistic }
        let figures: [Int?] = statistics.isEmpty ? [nil] : statistics
        return figures.map { j in
            let q = j.map { claim.quantities[$0] }
            // Each figure's own source; a row without a figure shows the claim's.
            let a = q.map { q in q.attribution.map { claim.attributions[$0] } } ?? claim.attribution
            let checks = j.map { j in claim.checks.filter { $0.quantities.contains(j) } } ?? []
            let failed = checks.first { $0.status == .inconsistent }
            let check = failed ?? checks.first
            let (status, notes) = review(q)
            return [
                .text(claim.id), .text(claim.article.id), .integer(claim.article.index), .text(claim.article.title),
                .text(claim.article.url), .text(claim.article.date), .integer(claim.paragraph), .integer(claim.sentence),
                .integer(claim.start), .integer(claim.end), .text(q?.text), .integer(q?.start), .integer(q?.end),
                .text(q?.kind.rawValue), .number(q?.value), .number(q?.low), .number(q?.high), .text(q?.unit),
                .text(q?.qualifier), .text(q?.change?.rawValue), .text(q.map { $0.approximate ? "true" : "false" }),
                .text(a?.source), .text(a?.title), .text(a?.sourceType.rawValue), .text(a?.cue),
                .text(a?.basis.rawValue), .text(a?.quote.rawValue),
                .text(q?.period?.value), .text(q?.period?.basis.rawValue),
                .text(check.map { "\($0.status.rawValue) (\($0.rule))" }), .text(check?.expected),
                .integer(claim.survey?.sampleSize), .number(claim.survey?.marginOfError), .text(claim.links.first?.url),
                // Filled by sheets that see the whole run (XLSX); a streamed CSV cannot know yet.
                .text(q?.fingerprint), .integer(nil),
                .number(claim.checkworthiness), .text(claim.text),
                .text(claim.contextBefore), .text(claim.contextAfter), .text(status), .text(notes),
            ]
        }
    }

    /// The group of a figure: its fingerprint and its own source, lowercased (as `claimtrace group` and the database).
    public static func groupKey(_ claim: Claim, _ q: ClaimQuantity) -> String? {
        guard let fingerprint = q.fingerprint else { return nil }
        return fingerprint + "|" + (q.attribution.map { claim.attributions[$0].source.lowercased() } ?? "")
    }

    /// The key that finds a row again in a later run: the claim id and the figure's place.
    public static func key(claimID: String, figureStart: Int?) -> String {
        claimID + "#" + (figureStart.map(String.init) ?? "-")
    }
}
