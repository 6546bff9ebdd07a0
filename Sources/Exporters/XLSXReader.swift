internal import CLibXML2

/// Reads the first sheet of a workbook back as rows of strings: the review
/// round trip must accept sheets that Excel or LibreOffice saved again
/// (shared strings, typed cells), not only ours.
public enum XLSXReader {
    public static func rows(_ archive: [UInt8]) -> [[String]]? {
        guard let entries = Zip.entries(archive) else { return nil }
        let sheetName = entries.keys.filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }.sorted().first
        guard let sheetName, let sheet = entries[sheetName] else { return nil }
        var shared: [String] = []
        if let strings = entries["xl/sharedStrings.xml"] {
            _ = parse(strings) { root in
                for si in children(root) where name(si) == "si" { shared.append(text(si)) }
            }
        }
        var rows: [[String]] = []
        let parsed: Void? = parse(sheet) { root in
            for part in children(root) where name(part) == "sheetData" {
                for row in children(part) where name(row) == "row" {
                    var cells: [String] = []
                    for cell in children(row) where name(cell) == "c" {
                        let column = columnIndex(attribute(cell, "r") ?? "") ?? cells.count
                        while cells.count < column { cells.append("") }
                        let type = attribute(cell, "t")
                        var value = ""
                        for child in children(cell) {
                            switch name(child) {
                            case "v":
                                let raw = text(child)
                                value = type == "s" ? (Int(raw).flatMap { $0 < shared.count ? shared[$0] : nil } ?? "") : raw
                            case "is": value = text(child)
                            default: break
                            }
                        }
                        cells.append(value)
                    }
                    rows.append(cells)
                }
            }
        }
        return parsed == nil ? nil : rows
    }

    /// "AB12" → 27.
    static func columnIndex(_ ref: String) -> Int? {
        var n = 0
        var any = false
        for scalar in ref.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            n = n * 26 + Int(scalar.value - 64)
            any = true
        }
        return any ? n - 1 : nil
    }

    static func parse(_ bytes: [UInt8], _ body: (xmlNodePtr) -> Void) -> Void? {
        xmlInitParser()
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        body(root)
        return ()
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    static func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { clx_free(value) }
        return String(cString: value)
    }

    /// Text of `<t>` elements under a node (rich text runs joined), entity references skipped.
    static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        func visit(_ n: xmlNodePtr) {
            var child = n.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
                    if let content = c.pointee.content { out += String(cString: content) }
                } else if c.pointee.type == XML_ELEMENT_NODE, name(c) != "rPh" {
                    visit(c)
                }
                child = c.pointee.next
            }
        }
        visit(node)
        return out
    }
}
