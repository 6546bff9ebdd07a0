import ClaimTraceCore

/// The spreadsheet layout shared by CSV and XLSX: one row per statistic (a
/// claim without one gets a single row), with empty `status` and `notes`
/// columns for the reviewer.
public enum ReviewSheet {
    public static let columns = [
        "claim_id", "article_id", "article_index", "article_title", "article_url", "article_date", "paragraph",
        "sentence", "start", "end", "figure", "figure_start", "figure_end", "kind", "value", "low", "high", "unit",
        "qualifier", "change", "approximate", "source", "source_title", "source_type", "cue", "basis", "quote",
        "checkworthiness", "text", "context_before", "context_after", "status", "notes",
    ]

    public enum Cell: Equatable {
        case text(String?)
        case number(Double?)
        case integer(Int?)
    }

    /// The rows of one claim; `review` fills the reviewer's columns (from an earlier sheet).
    public static func rows(_ claim: Claim, review: (ClaimQuantity?) -> (String?, String?) = { _ in (nil, nil) })
        -> [[Cell]]
    {
        let statistics = claim.quantities.filter(\.statistic)
        let figures: [ClaimQuantity?] = statistics.isEmpty ? [nil] : statistics
        let a = claim.attribution
        return figures.map { q in
            let (status, notes) = review(q)
            return [
                .text(claim.id), .text(claim.article.id), .integer(claim.article.index), .text(claim.article.title),
                .text(claim.article.url), .text(claim.article.date), .integer(claim.paragraph), .integer(claim.sentence),
                .integer(claim.start), .integer(claim.end), .text(q?.text), .integer(q?.start), .integer(q?.end),
                .text(q?.kind.rawValue), .number(q?.value), .number(q?.low), .number(q?.high), .text(q?.unit),
                .text(q?.qualifier), .text(q?.change?.rawValue), .text(q.map { $0.approximate ? "true" : "false" }),
                .text(a?.source), .text(a?.title), .text(a?.sourceType.rawValue), .text(a?.cue),
                .text(a?.basis.rawValue), .text(a?.quote.rawValue), .number(claim.checkworthiness), .text(claim.text),
                .text(claim.contextBefore), .text(claim.contextAfter), .text(status), .text(notes),
            ]
        }
    }

    /// The key that finds a row again in a later run: the claim id and the figure's place.
    public static func key(claimID: String, figureStart: Int?) -> String {
        claimID + "#" + (figureStart.map(String.init) ?? "-")
    }
}
