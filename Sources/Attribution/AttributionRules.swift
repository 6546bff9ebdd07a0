import ClaimTraceCore
import TokenRules

/// The attribution stage's rules as the rest of the project sees them: for Docs/rules.md, for
/// `claimtrace rules --explain`, and for the test that runs every example.
public enum AttributionRules {
    /// The cue table as Markdown.
    public static var markdown: String { CueRules.table.markdown() }

    /// Every rule's id with its examples.
    public static var examples: [(id: String, examples: [Example])] { CueRules.table.rules.map { ($0.id, $0.examples) } }

    /// One attribution in the examples' one-line form: `source [type] · cue`.
    public static func render(_ a: Attribution) -> String {
        "\(a.source) [\(a.sourceType.rawValue)] · \(a.cue ?? "-")"
    }
}
