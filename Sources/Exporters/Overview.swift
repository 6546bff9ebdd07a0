import ClaimTraceCore

/// A dump at a glance, counted while the claims stream past (no second pass): totals, statistics by kind, the
/// sources that supply them (by source type), check results, the most repeated statistics and statistics by
/// month of publication. The HTML report draws it as inline SVG; `claimtrace summary` and `extract --summary`
/// print it as aligned text.
public struct Overview: Sendable {
    /// One statistic as the overview counts it.
    public struct Figure: Sendable {
        public var kind: String
        public var source: String?
        public var sourceType: String?
        /// `consistent`, `inconsistent` or nil (unchecked).
        public var check: String?
        /// The statistic's group (fingerprint and source) and how it reads.
        public var group: String?
        public var text: String

        public init(kind: String, source: String?, sourceType: String?, check: String?, group: String?, text: String) {
            self.kind = kind
            self.source = source
            self.sourceType = sourceType
            self.check = check
            self.group = group
            self.text = text
        }
    }

    public private(set) var articles = 0
    public private(set) var claims = 0
    public private(set) var statistics = 0
    private var lastArticle: String?
    private var seenArticles: Set<String> = []
    public private(set) var kinds: [String: Int] = [:]
    /// Statistics per source, and per source type within it.
    public private(set) var sources: [String: [String: Int]] = [:]
    public private(set) var checks: [String: Int] = [:]
    private var groups: [String: (text: String, source: String, kind: String, articles: Set<String>)] = [:]
    /// Statistics per month of the article date ("2016-09"; "undated").
    public private(set) var months: [String: Int] = [:]
    public private(set) var firstDate: String?
    public private(set) var lastDate: String?

    public init() {}

    /// Counts one claim of article `articleID` (dated `date`) with its statistics.
    public mutating func add(articleID: String, date: String?, figures: [Figure]) {
        claims += 1
        if articleID != lastArticle, seenArticles.insert(articleID).inserted { articles += 1 }
        lastArticle = articleID
        if let date {
            let day = String(date.prefix(10))
            if firstDate.map({ day < $0 }) ?? true { firstDate = day }
            if lastDate.map({ day > $0 }) ?? true { lastDate = day }
        }
        let month = date.map { String($0.prefix(7)) } ?? "undated"
        for f in figures {
            statistics += 1
            kinds[f.kind, default: 0] += 1
            if let source = f.source { sources[source, default: [:]][f.sourceType ?? "unknown", default: 0] += 1 }
            checks[f.check ?? "unchecked", default: 0] += 1
            months[month, default: 0] += 1
            if let group = f.group {
                groups[group, default: (f.text, f.source ?? "", f.kind, [])].articles.insert(articleID)
            }
        }
    }

    /// Counts one claim.
    public mutating func add(_ claim: Claim) {
        let figures = claim.quantities.enumerated().filter { $0.element.statistic }.map { j, q -> Figure in
            let source = q.attribution.map { claim.attributions[$0] }
            let checks = claim.checks.filter { $0.quantities.contains(j) }
            let check = checks.contains { $0.status == .inconsistent } ? "inconsistent" : checks.isEmpty ? nil : "consistent"
            return Figure(kind: q.kind.rawValue, source: source?.source, sourceType: source?.sourceType.rawValue, check: check,
                          group: ReviewSheet.groupKey(claim, q), text: q.text)
        }
        add(articleID: claim.article.id, date: claim.article.date, figures: figures)
    }

    /// Counts one claim record as `extract` writes it in JSON Lines.
    public mutating func add(record: JSONValue) {
        guard let r = ClaimRecord(record) else { return }
        var checkOf: [Int: String] = [:]
        if case .array(let list)? = r.fields["checks"] {
            for c in list {
                guard case .object(let o) = c, case .array(let qs)? = o["quantities"] else { continue }
                let status = o["status"]?.stringValue ?? ""
                for case .number(let n) in qs where checkOf[Int(n)] != "inconsistent" { checkOf[Int(n)] = status }
            }
        }
        let figures = r.statistics.map { st in
            Figure(kind: st.fields["kind"]?.stringValue ?? "", source: st.source, sourceType: st.sourceType, check: checkOf[st.index],
                   group: st.group, text: st.fields["text"]?.stringValue ?? "")
        }
        add(articleID: r.articleID, date: r.date, figures: figures)
    }

    // MARK: What the charts show

    /// Rows of a chart: label, count, the filter a click sets, and for sources the split by type.
    public struct Bar: Sendable {
        public var label: String
        public var count: Int
        public var filter: String
        public var parts: [(String, Int)] = []
    }

    public var kindBars: [Bar] {
        kinds.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { Bar(label: $0.key, count: $0.value, filter: "kind=" + $0.key) }
    }

    public func sourceBars(_ limit: Int = 10) -> [Bar] {
        let totals = sources.map { ($0.key, $0.value.values.reduce(0, +), $0.value) }
        return totals.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(limit).map { name, count, types in
            Bar(label: name, count: count, filter: "source=" + name, parts: types.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) })
        }
    }

    public var checkBars: [Bar] {
        ["inconsistent", "consistent", "unchecked"].compactMap { key in
            checks[key].map { Bar(label: key, count: $0, filter: "check=" + (key == "unchecked" ? "-" : key)) }
        }
    }

    /// The statistics repeated in most articles (durations and bare numbers, mostly spans such as "12 mths" and
    /// fragments of dates, left out, as in the database's view).
    public func repeatedBars(_ limit: Int = 10) -> [Bar] {
        groups.filter { $0.value.articles.count > 1 && $0.value.kind != "duration" && $0.value.kind != "number" }
            .sorted { ($1.value.articles.count, $0.key) < ($0.value.articles.count, $1.key) }
            .prefix(limit)
            .map { key, g in
                Bar(label: g.text + (g.source.isEmpty ? "" : " (" + g.source + ")"), count: g.articles.count, filter: "group=" + key)
            }
    }

    public var monthBars: [Bar] {
        months.sorted { $0.key < $1.key }.map { Bar(label: $0.key, count: $0.value, filter: "month=" + $0.key) }
    }

    /// Repeated statistics: how many groups appear in more than one article.
    public var repeatedGroups: Int {
        groups.values.filter { $0.articles.count > 1 && $0.kind != "duration" && $0.kind != "number" }.count
    }

    // MARK: Text

    /// The overview as aligned text (for the terminal and CI logs).
    public var text: String {
        var out = "Overview: \(articles) articles, \(claims) claims, \(statistics) statistics, \(sources.count) sources"
        if let firstDate, let lastDate { out += ", \(firstDate) to \(lastDate)" }
        out += "\n"
        func section(_ title: String, _ bars: [Bar], parts: Bool = false) {
            guard !bars.isEmpty else { return }
            out += "\n\(title)\n"
            let width = min(40, bars.map(\.label.count).max() ?? 0)
            let top = max(1, bars.map(\.count).max() ?? 1)
            for bar in bars {
                let label = bar.label.count > width ? String(bar.label.prefix(width - 1)) + "…" : bar.label
                let number = String(bar.count)
                let blocks = String(repeating: "█", count: max(1, bar.count * 30 / top))
                out += "  " + label + String(repeating: " ", count: width - label.count + 1)
                    + String(repeating: " ", count: max(0, 7 - number.count)) + number + " " + blocks
                if parts, bar.parts.count > 1 || bar.parts.first?.0 != nil {
                    out += "  " + bar.parts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
                }
                out += "\n"
            }
        }
        section("Statistics by kind", kindBars)
        section("Top sources (statistics, by source type)", sourceBars(), parts: true)
        section("Checks", checkBars)
        section("Most repeated statistics (articles)", repeatedBars())
        section("Statistics by month of publication", monthBars)
        return out
    }
}
