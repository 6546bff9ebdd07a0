internal import CLibXML2

/// A thin wrapper over libxml2's xmlTextWriter writing into memory, shared by
/// the XML and XLSX exporters. Text is made XML-safe on the way in.
final class XMLBuilder {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init(indent: Bool) {
        xmlInitParser()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withXMLChars { xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ rc: Int32) throws {
        if rc < 0 { throw ExportError("libxml2 could not write the XML output") }
    }

    func startDocument(standalone: Bool = false) throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : nil))
    }

    func endDocument() throws { try check(xmlTextWriterEndDocument(writer)) }

    func start(_ name: String) throws {
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) })
    }

    func end() throws { try check(xmlTextWriterEndElement(writer)) }

    func attribute(_ name: String, _ value: String) throws {
        let clean = Self.xmlSafe(value)
        try check(name.withXMLChars { n in clean.withXMLChars { v in xmlTextWriterWriteAttribute(writer, n, v) } })
    }

    func text(_ value: String) throws {
        try check(Self.xmlSafe(value).withXMLChars { xmlTextWriterWriteString(writer, $0) })
    }

    /// An element with text; omitted when the value is nil.
    func element(_ name: String, _ value: String?) throws {
        guard let value else { return }
        try start(name)
        try text(value)
        try end()
    }

    /// Everything written since the last drain.
    func drain() throws -> [UInt8] {
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
