internal import CLibXML2
import ClaimTraceCore

/// The libxml2 calls the readers share. Documents are created, walked and
/// freed inside one call, so no libxml2 pointer ever crosses a task.
enum LibXML {
    /// Parser options for untrusted input: no network, no DTD loading, no
    /// entity substitution, no error chatter on stderr, recover what can be.
    static let htmlOptions = Int32(
        bitPattern: HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    static let xmlOptions = Int32(
        bitPattern: XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue
            | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    static let ready: Bool = {
        xmlInitParser()
        return true
    }()

    /// True when the bytes declare entities: the way to a billion-laughs bomb or an
    /// external-entity file leak. News never needs them, so such records are refused.
    static func declaresEntities(_ bytes: some Collection<UInt8>) -> Bool {
        let pattern = Array("<!ENTITY".utf8)
        var matched = 0
        for b in bytes {
            let upper = b >= 97 && b <= 122 ? b - 32 : b
            if upper == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = upper == pattern[0] ? 1 : 0
            }
        }
        return false
    }

    /// Parses an HTML document or fragment and hands its root to `body`.
    static func withHTML<R>(_ bytes: [UInt8], encoding: String? = nil, _ body: (xmlNodePtr) -> R) -> R? {
        withDocument(bytes, parse: { htmlReadMemory($0, $1, nil, encoding, htmlOptions) }, body)
    }

    /// Parses an XML document (recovering from errors) and hands its root to `body`.
    static func withXML<R>(_ bytes: [UInt8], _ body: (xmlNodePtr) -> R) -> R? {
        withDocument(bytes, parse: { xmlReadMemory($0, $1, nil, nil, xmlOptions) }, body)
    }

    /// Parses `bytes` with `parse`, hands the root to `body` and frees the document.
    private static func withDocument<R>(
        _ bytes: [UInt8], parse: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?, _ body: (xmlNodePtr) -> R
    ) -> R? {
        _ = ready
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                parse($0, Int32(clamping: buffer.count))
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return body(root)
    }

    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The local name, lowercased ("dc:creator" → "creator").
    static func localName(_ node: xmlNodePtr) -> String { name(node).lowercased() }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            result.append(c)
            child = c.pointee.next
        }
        return result
    }

    static func elements(_ node: xmlNodePtr) -> [xmlNodePtr] { children(node).filter(isElement) }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { clx_free(value) }
        return String(cString: value)
    }

    /// The text under a node. Entity references are skipped, never expanded, so a
    /// hostile document cannot make this grow beyond its own size.
    static func text(_ node: xmlNodePtr, skipping skip: Set<String> = []) -> String {
        var out = ""
        appendText(node, &out, skip, depth: 0)
        return out
    }

    private static func appendText(_ node: xmlNodePtr, _ out: inout String, _ skip: Set<String>, depth: Int) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { out += String(cString: content) }
        case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            if !skip.isEmpty, skip.contains(localName(node)) { return }
            guard depth < 512 else { return }
            var child = node.pointee.children
            while let c = child {
                appendText(c, &out, skip, depth: depth + 1)
                child = c.pointee.next
            }
        default:
            break
        }
    }

    /// Runs of whitespace become one space; the ends are trimmed.
    static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { bytes in
            // On bytes: a Unicode property lookup per scalar was a quarter of the feed reader's time.
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let width = whitespaceWidth(bytes, i)
                if width > 0 {
                    pendingSpace = !out.isEmpty
                    i += width
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte length of the Unicode White_Space character at `i` (no-break space included), or 0.
    static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        guard i + 1 < b.count else { return 0 }
        switch c {
        case 0xC2: return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0  // NEL, no-break space
        case 0xE1: return i + 2 < b.count && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0  // ogham space mark
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            let (b1, b2) = (b[i + 1], b[i + 2])
            // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
            if b1 == 0x80, b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3: return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0  // ideographic space
        default: return 0
        }
    }
}

/// Allocation-free reads of element names and attribute values, for passes that visit every element of a
/// page (main-text scoring): names and values stay C strings, compared by ``WordKey``.
extension LibXML {
    /// The ``WordKey`` of an element's name (lowercased; the HTML parser lowercases names already).
    static func nameKey(_ node: xmlNodePtr) -> UInt64 {
        guard let name = node.pointee.name else { return 0 }
        return key(name)
    }

    /// The ``WordKey`` of a C string, read in place.
    static func key(_ name: UnsafePointer<xmlChar>) -> UInt64 {
        var count = 0
        while name[count] != 0 { count += 1 }
        return WordKey.of(UnsafeBufferPointer(start: name, count: count))
    }

    /// Calls `body` with the value of each attribute whose value is one text node (all HTML attributes).
    static func forEachAttribute(_ node: xmlNodePtr, _ body: (UInt64, UnsafePointer<xmlChar>) -> Void) {
        var attr = node.pointee.properties
        while let a = attr {
            if let name = a.pointee.name, let value = a.pointee.children?.pointee.content {
                body(key(name), UnsafePointer(value))
            }
            attr = a.pointee.next
        }
    }
}
