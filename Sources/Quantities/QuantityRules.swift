import ClaimTraceCore
import TokenRules

/// The quantity stage's rules as the rest of the project sees them: for Docs/rules.md, for
/// `claimtrace rules --explain`, and for the test that runs every example.
public enum QuantityRules {
    /// The three tables as Markdown.
    public static var markdown: String {
        FigureRules.starts.markdown() + FigureRules.shapes.markdown() + FigureRules.units.markdown()
    }

    /// Every rule's id with its examples; unit rules are named as the `figure` rule reports them.
    public static var examples: [(id: String, examples: [Example])] {
        FigureRules.starts.rules.map { ($0.id, $0.examples) } + FigureRules.shapes.rules.map { ($0.id, $0.examples) }
            + FigureRules.units.rules.map { ("figure/" + $0.id, $0.examples) }
    }

    /// One figure in the examples' form: `kind value unit` (a range as `low–high`; dates, times and
    /// identifiers by kind alone; values to four places).
    public static func render(_ q: Quantity) -> String {
        func number(_ v: Double) -> String {
            let rounded = (v * 10000).rounded() / 10000
            return rounded == rounded.rounded() && abs(rounded) < 1e17 ? String(Int64(rounded)) : String(rounded)
        }
        var parts = [q.kind.rawValue]
        if let v = q.value {
            parts.append(number(v))
        } else if let low = q.low, let high = q.high {
            parts.append(number(low) + "–" + number(high))
        }
        if let unit = q.unit, q.kind != .year { parts.append(unit) }
        return parts.joined(separator: " ")
    }
}
