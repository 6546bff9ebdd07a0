internal import CLibXML2
import ClaimTraceCore

/// libxml2's streaming reader (xmlTextReader) over an ``InputFile``: the
/// document is never built whole; each record's subtree is expanded, read and
/// dropped in turn, so memory stays flat on multi-gigabyte dumps.
final class XMLStream {
    /// The line reader that sniffed the format still holds the first bytes; libxml2 reads through it.
    final class Source {
        var lines: LineReader
        /// Bytes handed to libxml2 so far, for the accounting of input read.
        var bytesRead = 0
        init(_ lines: LineReader) { self.lines = lines }
    }

    var bytesRead: Int { box.takeUnretainedValue().bytesRead }

    private let reader: xmlTextReaderPtr
    private let box: Unmanaged<Source>
    let file: InputFile

    init?(lines: LineReader) {
        _ = LibXML.ready
        file = lines.file
        box = Unmanaged.passRetained(Source(lines))
        let read: xmlInputReadCallback = { context, buffer, length in
            guard let context, let buffer, length > 0 else { return 0 }
            let source = Unmanaged<Source>.fromOpaque(context).takeUnretainedValue()
            do {
                let n = try source.lines.read(into: UnsafeMutableRawPointer(buffer), count: Int(length))
                source.bytesRead += n
                return Int32(n)
            } catch {
                return -1
            }
        }
        let options = Int32(
            bitPattern: XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue
                | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let reader = xmlReaderForIO(read, nil, box.toOpaque(), nil, nil, options) else {
            box.release()
            return nil
        }
        self.reader = reader
    }

    deinit {
        xmlFreeTextReader(reader)
        box.release()
    }

    private var status: Int32?

    /// Moves to the next element named one of `names` (local names, lowercased) and
    /// calls `body` with its subtree, valid only during the call. Returns false at
    /// the end of the document; `broken` tells whether it ended on a fatal error.
    func next<R>(_ names: Set<String>, _ body: (xmlNodePtr) -> R) -> R? {
        var current = status ?? xmlTextReaderRead(reader)
        while current == 1 {
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
                let localName = xmlTextReaderConstLocalName(reader),
                names.contains(String(cString: localName).lowercased())
            {
                guard let node = xmlTextReaderExpand(reader) else {
                    status = -1
                    return nil
                }
                let result = body(node)
                // Move past the subtree just read; the reader frees it as it goes.
                status = xmlTextReaderNext(reader)
                return result
            }
            current = xmlTextReaderRead(reader)
        }
        status = current
        return nil
    }

    var broken: Bool { (status ?? 0) < 0 }
}
