import ClaimTraceCore

/// A claim record read back from JSON Lines (`claimtrace group`, `claimtrace summary`): its ids and each
/// statistic with its own source and group, read the way the exporters wrote them.
public struct ClaimRecord {
    public struct Statistic {
        /// Index of the figure in the record's `quantities`.
        public var index: Int
        /// The figure's fields as written.
        public var fields: [String: JSONValue]
        /// The figure's own source and its type (nil when it has none).
        public var source: String?
        public var sourceType: String?
        /// Fingerprint and own source in lower case, as ``ReviewSheet/groupKey(_:_:)`` (nil without a fingerprint).
        public var group: String?
    }

    public var claimID = ""
    public var articleID = ""
    public var date: String?
    public var statistics: [Statistic] = []
    /// The record's fields as written.
    public var fields: [String: JSONValue] = [:]

    public init?(_ record: JSONValue) {
        guard case .object(let r) = record else { return nil }
        fields = r
        claimID = r["id"]?.stringValue ?? ""
        if case .object(let a)? = r["article"] {
            articleID = a["id"]?.stringValue ?? ""
            date = a["date"]?.stringValue
        }
        var sources: [(String, String)] = []
        if case .array(let list)? = r["attributions"] {
            sources = list.map { a in
                guard case .object(let o) = a else { return ("", "") }
                return (o["source"]?.stringValue ?? "", o["source_type"]?.stringValue ?? "")
            }
        }
        guard case .array(let quantities)? = r["quantities"] else { return }
        for (j, q) in quantities.enumerated() {
            guard case .object(let o) = q, o["statistic"] == .bool(true) else { continue }
            var source: (String, String)?
            if case .number(let n)? = o["attribution"], Int(n) >= 0, Int(n) < sources.count { source = sources[Int(n)] }
            let group = o["fingerprint"]?.stringValue.map { $0 + "|" + (source?.0.lowercased() ?? "") }
            statistics.append(Statistic(index: j, fields: o, source: source?.0, sourceType: source?.1, group: group))
        }
    }
}

/// A JSON string literal, escaped as the JSON exporter escapes it.
public func jsonLiteral(_ s: String) -> String {
    var bytes = ByteWriter(capacity: s.utf8.count + 2)
    JSONWriter.string(s, &bytes)
    return String(decoding: bytes.bytes(), as: UTF8.self)
}
