/// Wikitext reduced to plain paragraphs: templates, tables, references,
/// files and categories dropped; links and emphasis reduced to their text;
/// headings and everything after "Sources"/"References" sections left out.
enum WikiText {
    static let endSections: Set<String> = ["sources", "references", "external links", "see also", "related news", "notes"]

    static func paragraphs(_ wikitext: String) -> [String] {
        let source = Array(wikitext.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(source.count)
        strip(source, 0..<source.count, into: &text)
        var paragraphs: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        /// Adds a line to the paragraph with runs of spaces, tabs and `&nbsp;` as one space.
        func append(_ line: ArraySlice<UInt8>) {
            var space = !current.isEmpty
            var i = line.startIndex
            while i < line.endIndex {
                let b = line[i]
                if b == 0x20 || b == 0x09 {
                    space = !current.isEmpty
                    i += 1
                } else if b == UInt8(ascii: "&"), line[i...].starts(with: "&nbsp;".utf8) {
                    space = !current.isEmpty
                    i += 6
                } else {
                    if space { current.append(0x20) }
                    space = false
                    current.append(b)
                    i += 1
                }
            }
        }
        let listMarks: [UInt8] = Array("*#:;".utf8)
        for rawLine in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = rawLine.drop(while: { $0 == 0x20 || $0 == 0x09 })
            guard let first = line.first else {
                flush()
                continue
            }
            if first == UInt8(ascii: "=") {
                flush()
                let heading = String(decoding: line, as: UTF8.self).trimmingCharacters(in: "= ").lowercased()
                if endSections.contains(heading) { break }
                continue
            }
            if first == UInt8(ascii: "|") || first == UInt8(ascii: "!") || line.starts(with: "__".utf8) { continue }
            if listMarks.contains(first) {
                flush()
                append(line.drop(while: { listMarks.contains($0) || $0 == 0x20 }))
                flush()
                continue
            }
            append(line)
        }
        flush()
        return paragraphs
    }

    /// One pass over the UTF-8 bytes of `range`, dropping nested constructs by depth. Every
    /// construct opens with an ASCII byte, so most bytes cost one switch and one append.
    static func strip(_ s: [UInt8], _ range: Range<Int>, into out: inout [UInt8], depth: Int = 0) {
        let n = range.upperBound
        /// `literal` (ASCII) at `k`; its lowercase letters also match capitals ("<REF", "HTTP").
        func starts(_ literal: StaticString, at k: Int) -> Bool {
            guard k + literal.utf8CodeUnitCount <= n else { return false }
            var j = k
            for c in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
                let b = s[j]
                guard b == c || (c >= 97 && c <= 122 && b == c - 32) else { return false }
                j += 1
            }
            return true
        }
        /// Index after the construct opened at `k` by `open` and closed by `close`, counting nesting.
        func skipNested(_ open: StaticString, _ close: StaticString, from k: Int) -> Int {
            var depth = 0
            var j = k
            while j < n {
                if starts(open, at: j) {
                    depth += 1
                    j += open.utf8CodeUnitCount
                } else if starts(close, at: j) {
                    depth -= 1
                    j += close.utf8CodeUnitCount
                    if depth == 0 { return j }
                } else {
                    j += 1
                }
            }
            return n
        }
        var i = range.lowerBound
        while i < n {
            switch s[i] {
            case UInt8(ascii: "<"):
                if starts("<!--", at: i) {
                    var j = i + 4
                    while j < n, !starts("-->", at: j) { j += 1 }
                    i = min(n, j + 3)
                } else if starts("<ref", at: i) {
                    var j = i
                    while j < n, s[j] != UInt8(ascii: ">") { j += 1 }
                    if j > 0, j < n, s[j - 1] == UInt8(ascii: "/") {
                        i = j + 1
                    } else {
                        while j < n, !starts("</ref>", at: j) { j += 1 }
                        i = min(n, j + 6)
                    }
                } else {
                    var j = i
                    while j < n, s[j] != UInt8(ascii: ">"), j < i + 200 { j += 1 }
                    i = j + 1
                }
            case UInt8(ascii: "{") where starts("{{", at: i):
                i = skipNested("{{", "}}", from: i)
            case UInt8(ascii: "{") where starts("{|", at: i):
                i = skipNested("{|", "|}", from: i)
            case UInt8(ascii: "[") where starts("[[", at: i):
                let end = skipNested("[[", "]]", from: i)
                let inner = (i + 2)..<max(i + 2, end - 2)
                let colon = s[inner].firstIndex(of: UInt8(ascii: ":"))
                let targetEnd = s[inner].firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") } ?? inner.upperBound
                let target = String(decoding: s[inner.lowerBound..<targetEnd], as: UTF8.self).lowercased()
                if colon != nil, ["file", "image", "category", "media"].contains(target) {
                    // dropped
                } else if let bar = s[inner].lastIndex(of: UInt8(ascii: "|")), depth < 32 {
                    // Labels nest ("[[a|[[b|c]]]]"); past 32 levels a hostile page gets its text as written.
                    strip(s, (bar + 1)..<inner.upperBound, into: &out, depth: depth + 1)
                } else {
                    out.append(contentsOf: s[inner])
                }
                i = end
            case UInt8(ascii: "[") where starts("http", at: i + 1) || starts("//", at: i + 1):
                var j = i + 1
                while j < n, s[j] != UInt8(ascii: " "), s[j] != UInt8(ascii: "]") { j += 1 }
                var k = j
                while k < n, s[k] != UInt8(ascii: "]") { k += 1 }
                if j < k { out.append(contentsOf: s[(j + 1)..<k]) }
                i = min(n, k + 1)
            case UInt8(ascii: "'") where starts("'''", at: i):
                i += 3
            case UInt8(ascii: "'") where starts("''", at: i):
                i += 2
            default:
                out.append(s[i])
                i += 1
            }
        }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(drop(while: { chars.contains($0) }).reversed().drop(while: { chars.contains($0) }).reversed())
    }
}
