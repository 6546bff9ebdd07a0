internal import CLibXML2
import ClaimTraceCore

/// XML claims, written with libxml2's xmlTextWriter, valid against
/// `Docs/claims.xsd` (namespace ``XMLExporter/namespace``).
public final class XMLExporter: ClaimExporter {
    public static let namespace = "urn:claimtrace:claims:1"

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    public init() {
        xmlInitParser()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        _ = "  ".withCString { xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    public func begin() throws -> [UInt8] {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        try start("claims")
        try attribute("xmlns", Self.namespace)
        return try drain()
    }

    public func write(_ claims: [Claim]) throws -> [UInt8] {
        for c in claims {
            try start("claim")
            try attribute("id", c.id)
            try attribute("paragraph", String(c.paragraph))
            try attribute("sentence", String(c.sentence))
            try attribute("start", String(c.start))
            try attribute("end", String(c.end))
            try attribute("checkworthiness", formatNumber(c.checkworthiness))
            try start("article")
            try attribute("id", c.article.id)
            try attribute("index", String(c.article.index))
            try element("title", c.article.title)
            try element("author", c.article.author)
            try element("date", c.article.date)
            try element("url", c.article.url)
            try element("source", c.article.source)
            try end()
            try element("text", c.text)
            if c.contextBefore != nil || c.contextAfter != nil {
                try start("context")
                try element("before", c.contextBefore)
                try element("after", c.contextAfter)
                try end()
            }
            try start("quantities")
            for q in c.quantities {
                try start("quantity")
                try attribute("kind", q.kind.rawValue)
                try attribute("start", String(q.start))
                try attribute("end", String(q.end))
                try attribute("statistic", q.statistic ? "true" : "false")
                try attribute("approximate", q.approximate ? "true" : "false")
                if let v = q.value { try attribute("value", formatNumber(v)) }
                if let v = q.low { try attribute("low", formatNumber(v)) }
                if let v = q.high { try attribute("high", formatNumber(v)) }
                if let v = q.unit { try attribute("unit", v) }
                if let v = q.qualifier { try attribute("qualifier", v) }
                if let v = q.change { try attribute("change", v.rawValue) }
                try text(q.text)
                try end()
            }
            try end()
            if let a = c.attribution {
                try start("attribution")
                try attribute("source_type", a.sourceType.rawValue)
                try attribute("basis", a.basis.rawValue)
                try attribute("quote", a.quote.rawValue)
                if let v = a.start { try attribute("start", String(v)) }
                if let v = a.end { try attribute("end", String(v)) }
                if let v = a.cueStart { try attribute("cue_start", String(v)) }
                if let v = a.cueEnd { try attribute("cue_end", String(v)) }
                try element("source", a.source)
                try element("cue", a.cue)
                try element("source_text", a.sourceText)
                try element("title", a.title)
                try element("content", a.content)
                try end()
            }
            try end()
        }
        return try drain()
    }

    public func finish() throws -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer))
        return try drain()
    }

    // MARK: libxml2 plumbing

    private func check(_ rc: Int32) throws {
        if rc < 0 { throw ExportError("libxml2 could not write the XML output") }
    }

    private func start(_ name: String) throws {
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) })
    }

    private func end() throws { try check(xmlTextWriterEndElement(writer)) }

    private func attribute(_ name: String, _ value: String) throws {
        let clean = Self.xmlSafe(value)
        try check(name.withXMLChars { n in clean.withXMLChars { v in xmlTextWriterWriteAttribute(writer, n, v) } })
    }

    private func text(_ value: String) throws {
        try check(Self.xmlSafe(value).withXMLChars { xmlTextWriterWriteString(writer, $0) })
    }

    /// An element with text; omitted when the value is nil.
    private func element(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try start(name)
        try text(value)
        try end()
    }

    private func drain() throws -> [UInt8] {
        try check(xmlTextWriterFlush(writer))
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        let bytes = Array(UnsafeBufferPointer(start: content, count: count))
        xmlBufferEmpty(buffer)
        return bytes
    }

    /// XML 1.0 forbids most control characters (Reuters text carries \u{3});
    /// they become U+FFFD rather than making the file unreadable.
    static func xmlSafe(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isAllowed($0) }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars { out.append(isAllowed(scalar) ? scalar : "\u{FFFD}") }
        return String(out)
    }

    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

extension String {
    func withXMLChars<R>(_ body: (UnsafePointer<xmlChar>) -> R) -> R {
        withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }
}
