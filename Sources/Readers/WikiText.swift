/// Wikitext reduced to plain paragraphs: templates, tables, references,
/// files and categories dropped; links and emphasis reduced to their text;
/// headings and everything after "Sources"/"References" sections left out.
enum WikiText {
    static let endSections: Set<String> = ["sources", "references", "external links", "see also", "related news", "notes"]

    static func paragraphs(_ wikitext: String) -> [String] {
        var text = strip(Array(wikitext.unicodeScalars))
        text = text.replacingEntity("&nbsp;", with: " ")
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            let joined = current.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
                .joined(separator: " ")
            if !joined.isEmpty { paragraphs.append(joined) }
            current.removeAll()
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if line.isEmpty {
                flush()
                continue
            }
            if line.hasPrefix("=") {
                flush()
                let heading = line.trimmingCharacters(in: "= ").lowercased()
                if endSections.contains(heading) { break }
                continue
            }
            if line.hasPrefix("|") || line.hasPrefix("!") || line.hasPrefix("__") { continue }
            if let first = line.first, "*#:;".contains(first) {
                flush()
                current.append(line.drop(while: { "*#:; ".contains($0) }))
                flush()
                continue
            }
            current.append(line)
        }
        flush()
        return paragraphs
    }

    /// One pass over the scalars, dropping nested constructs by depth.
    static func strip(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        let n = s.count
        func starts(_ literal: String, at k: Int) -> Bool {
            var j = k
            for c in literal.unicodeScalars {
                guard j < n, s[j] == c || (c.properties.isLowercase && s[j].properties.lowercaseMapping == String(c)) else {
                    return false
                }
                j += 1
            }
            return true
        }
        /// Index after the construct opened at `k` by `open` and closed by `close`, counting nesting.
        func skipNested(_ open: String, _ close: String, from k: Int) -> Int {
            var depth = 0
            var j = k
            while j < n {
                if starts(open, at: j) {
                    depth += 1
                    j += open.unicodeScalars.count
                } else if starts(close, at: j) {
                    depth -= 1
                    j += close.unicodeScalars.count
                    if depth == 0 { return j }
                } else {
                    j += 1
                }
            }
            return n
        }
        while i < n {
            if starts("<!--", at: i) {
                var j = i + 4
                while j < n, !starts("-->", at: j) { j += 1 }
                i = min(n, j + 3)
            } else if starts("{{", at: i) {
                i = skipNested("{{", "}}", from: i)
            } else if starts("{|", at: i) {
                i = skipNested("{|", "|}", from: i)
            } else if starts("<ref", at: i) {
                var j = i
                while j < n, s[j] != ">" { j += 1 }
                if j > 0, j < n, s[j - 1] == "/" {
                    i = j + 1
                } else {
                    while j < n, !starts("</ref>", at: j) { j += 1 }
                    i = min(n, j + 6)
                }
            } else if starts("[[", at: i) {
                let end = skipNested("[[", "]]", from: i)
                let inner = String(String.UnicodeScalarView(s[(i + 2)..<max(i + 2, end - 2)]))
                let target = inner.prefix(while: { $0 != ":" && $0 != "|" }).lowercased()
                if inner.contains(":"), ["file", "image", "category", "media"].contains(target) {
                    // dropped
                } else if let bar = inner.lastIndex(of: "|") {
                    out.append(contentsOf: strip(Array(inner[inner.index(after: bar)...].unicodeScalars)).unicodeScalars)
                } else {
                    out.append(contentsOf: inner.unicodeScalars)
                }
                i = end
            } else if s[i] == "[", i + 1 < n, starts("http", at: i + 1) || starts("//", at: i + 1) {
                var j = i + 1
                while j < n, s[j] != " ", s[j] != "]" { j += 1 }
                var k = j
                while k < n, s[k] != "]" { k += 1 }
                if j < k { out.append(contentsOf: s[(j + 1)..<k]) }
                i = min(n, k + 1)
            } else if starts("'''", at: i) {
                i += 3
            } else if starts("''", at: i) {
                i += 2
            } else if s[i] == "<" {
                var j = i
                while j < n, s[j] != ">", j < i + 200 { j += 1 }
                i = j + 1
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}

extension String {
    func replacingEntity(_ entity: String, with replacement: String) -> String {
        guard contains(entity) else { return self }
        return components(separatedBy: entity).joined(separator: replacement)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        return String(drop(while: { chars.contains($0) }).reversed().drop(while: { chars.contains($0) }).reversed())
    }
}
