import ClaimTraceCore

/// XML claims, written with libxml2's xmlTextWriter, valid against
/// `Docs/claims.xsd` (namespace ``XMLExporter/namespace``).
public final class XMLExporter: ClaimExporter {
    public static let namespace = "urn:claimtrace:claims:1"

    private let xml = XMLBuilder(indent: true)

    public init() {}

    public func begin() throws -> [UInt8] {
        try xml.startDocument()
        try xml.start("claims")
        try xml.attribute("xmlns", Self.namespace)
        return try xml.drain()
    }

    public func write(_ claims: [Claim]) throws -> [UInt8] {
        for c in claims {
            try xml.start("claim")
            try xml.attribute("id", c.id)
            try xml.attribute("paragraph", String(c.paragraph))
            try xml.attribute("sentence", String(c.sentence))
            try xml.attribute("start", String(c.start))
            try xml.attribute("end", String(c.end))
            try xml.attribute("checkworthiness", formatNumber(c.checkworthiness))
            if c.tableRow { try xml.attribute("table_row", "true") }
            try xml.start("article")
            try xml.attribute("id", c.article.id)
            try xml.attribute("index", String(c.article.index))
            try xml.element("title", c.article.title)
            try xml.element("author", c.article.author)
            try xml.element("date", c.article.date)
            try xml.element("url", c.article.url)
            try xml.element("source", c.article.source)
            try xml.end()
            try xml.element("text", c.text)
            if c.contextBefore != nil || c.contextAfter != nil {
                try xml.start("context")
                try xml.element("before", c.contextBefore)
                try xml.element("after", c.contextAfter)
                try xml.end()
            }
            try xml.start("quantities")
            for q in c.quantities {
                try xml.start("quantity")
                try xml.attribute("kind", q.kind.rawValue)
                try xml.attribute("start", String(q.start))
                try xml.attribute("end", String(q.end))
                try xml.attribute("statistic", q.statistic ? "true" : "false")
                try xml.attribute("approximate", q.approximate ? "true" : "false")
                if let v = q.value { try xml.attribute("value", formatNumber(v)) }
                if let v = q.low { try xml.attribute("low", formatNumber(v)) }
                if let v = q.high { try xml.attribute("high", formatNumber(v)) }
                if let v = q.unit { try xml.attribute("unit", v) }
                if let v = q.qualifier { try xml.attribute("qualifier", v) }
                if let v = q.change { try xml.attribute("change", v.rawValue) }
                if let v = q.attribution { try xml.attribute("attribution", String(v)) }
                if let p = q.period {
                    try xml.attribute("period", p.value)
                    try xml.attribute("period_basis", p.basis.rawValue)
                    if let text = p.text { try xml.attribute("period_text", text) }
                }
                if let v = q.fingerprint { try xml.attribute("fingerprint", v) }
                try xml.text(q.text)
                try xml.end()
            }
            try xml.end()
            if let a = c.attribution { try attribution(a, "attribution") }
            if !c.attributions.isEmpty {
                try xml.start("attributions")
                for a in c.attributions { try attribution(a, "attribution") }
                try xml.end()
            }
            if !c.times.isEmpty {
                try xml.start("times")
                for t in c.times {
                    try xml.start("time")
                    try xml.attribute("type", t.kind.rawValue)
                    try xml.attribute("value", t.value)
                    try xml.attribute("start", String(t.start))
                    try xml.attribute("end", String(t.end))
                    try xml.text(t.text)
                    try xml.end()
                }
                try xml.end()
            }
            if !c.checks.isEmpty {
                try xml.start("checks")
                for check in c.checks {
                    try xml.start("check")
                    try xml.attribute("rule", check.rule)
                    try xml.attribute("status", check.status.rawValue)
                    try xml.attribute("quantities", check.quantities.map(String.init).joined(separator: " "))
                    try xml.attribute("expected", check.expected)
                    try xml.text(check.message)
                    try xml.end()
                }
                try xml.end()
            }
            if let survey = c.survey {
                try xml.start("survey")
                if let v = survey.name { try xml.attribute("name", v) }
                if let v = survey.sponsor { try xml.attribute("sponsor", v) }
                if let v = survey.sampleSize { try xml.attribute("sample_size", String(v)) }
                if let v = survey.marginOfError { try xml.attribute("margin_of_error", formatNumber(v)) }
                if let v = survey.fieldStart { try xml.attribute("field_start", v) }
                if let v = survey.fieldEnd { try xml.attribute("field_end", v) }
                if let v = survey.population { try xml.attribute("population", v) }
                if let v = survey.mode { try xml.attribute("mode", v) }
                try xml.end()
            }
            if !c.links.isEmpty {
                try xml.start("links")
                for link in c.links {
                    try xml.start("link")
                    try xml.attribute("url", link.url)
                    try xml.attribute("start", String(link.start))
                    try xml.attribute("end", String(link.end))
                    try xml.text(link.text)
                    try xml.end()
                }
                try xml.end()
            }
            try xml.end()
        }
        return try xml.drain()
    }

    private func attribution(_ a: ClaimAttribution, _ name: String) throws {
        try xml.start(name)
        try xml.attribute("source_type", a.sourceType.rawValue)
        try xml.attribute("basis", a.basis.rawValue)
        try xml.attribute("quote", a.quote.rawValue)
        if let v = a.start { try xml.attribute("start", String(v)) }
        if let v = a.end { try xml.attribute("end", String(v)) }
        if let v = a.cueStart { try xml.attribute("cue_start", String(v)) }
        if let v = a.cueEnd { try xml.attribute("cue_end", String(v)) }
        if let v = a.contentStart { try xml.attribute("content_start", String(v)) }
        if let v = a.contentEnd { try xml.attribute("content_end", String(v)) }
        try xml.element("source", a.source)
        try xml.element("cue", a.cue)
        try xml.element("source_text", a.sourceText)
        try xml.element("title", a.title)
        try xml.element("content", a.content)
        try xml.end()
    }

    public func finish() throws -> [UInt8] {
        try xml.endDocument()
        return try xml.drain()
    }
}
