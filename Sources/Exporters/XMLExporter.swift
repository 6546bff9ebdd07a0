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
                try xml.text(q.text)
                try xml.end()
            }
            try xml.end()
            if let a = c.attribution {
                try xml.start("attribution")
                try xml.attribute("source_type", a.sourceType.rawValue)
                try xml.attribute("basis", a.basis.rawValue)
                try xml.attribute("quote", a.quote.rawValue)
                if let v = a.start { try xml.attribute("start", String(v)) }
                if let v = a.end { try xml.attribute("end", String(v)) }
                if let v = a.cueStart { try xml.attribute("cue_start", String(v)) }
                if let v = a.cueEnd { try xml.attribute("cue_end", String(v)) }
                try xml.element("source", a.source)
                try xml.element("cue", a.cue)
                try xml.element("source_text", a.sourceText)
                try xml.element("title", a.title)
                try xml.element("content", a.content)
                try xml.end()
            }
            try xml.end()
        }
        return try xml.drain()
    }

    public func finish() throws -> [UInt8] {
        try xml.endDocument()
        return try xml.drain()
    }
}
