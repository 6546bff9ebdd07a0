internal import CLibXML2
import ClaimTraceCore
import Foundation

/// What a news page says about itself, and its main text as paragraphs.
struct PageText {
    var title: String?
    var author: String?
    var date: String?
    var modified: String?
    var url: String?
    var base: String?
    var paragraphs: [String] = []
    /// Links as (paragraph index, UTF-8 byte range in that paragraph, URL).
    var links: [(Int, Range<Int>, String)] = []
    /// JSON-LD `articleBody`, when the page gives one.
    var articleBody: String?

    /// The text as one string (paragraphs joined by newlines) and its links as byte spans of it.
    var joined: (String, [Link]) {
        var starts: [Int] = []
        var offset = 0
        for p in paragraphs {
            starts.append(offset)
            offset += p.utf8.count + 1
        }
        let links = links.compactMap { index, range, url -> Link? in
            guard index < starts.count else { return nil }
            return Link(span: TextSpan(starts[index] + range.lowerBound, starts[index] + range.upperBound), url: url)
        }
        return (paragraphs.joined(separator: "\n"), links)
    }
}

/// A page read as an article: metadata from `<meta>`, OpenGraph and JSON-LD; the
/// main text from ``MainText`` (or JSON-LD `articleBody`), with its links.
enum HTMLText {
    static func page(_ bytes: [UInt8], url: String? = nil) -> PageText? {
        // A page saved as UTF-8 that still declares its old charset ("gb2312", "iso-8859-1") would be decoded
        // twice: valid UTF-8 with characters beyond ASCII is read as UTF-8 whatever the page says.
        let encoding = isMultibyteUTF8(bytes) ? "UTF-8" : nil
        return LibXML.withHTML(bytes, encoding: encoding) { root in
            var page = PageText()
            readMetadata(root, &page)
            let base = (page.base ?? page.url ?? url).flatMap { URL(string: $0) }
            var blocks = MainText.blocks(root, base: base)
            // The headline repeated as the first heading is the title, not the text.
            if let first = blocks.first, first.kind == .heading, let title = page.title,
                LibXML.collapse(first.text).lowercased() == LibXML.collapse(title).lowercased()
            {
                blocks.removeFirst()
            }
            let extracted = blocks.reduce(0) { $0 + $1.text.utf8.count }
            // Structured data wins when the markup yields much less than the page says its article is.
            if let body = page.articleBody.map(LibXML.collapse), body.utf8.count >= 200, extracted * 2 < body.utf8.count {
                page.paragraphs = splitBody(page.articleBody ?? body)
                return page
            }
            for block in blocks {
                for (range, url) in block.links { page.links.append((page.paragraphs.count, range, url)) }
                page.paragraphs.append(block.text)
            }
            return page
        }
    }

    /// True when `bytes` are valid UTF-8 and hold at least one character beyond ASCII.
    static func isMultibyteUTF8(_ bytes: [UInt8]) -> Bool {
        var multibyte = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let width = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0
            guard width > 0, i + width <= n else { return false }
            for k in 1..<width where bytes[i + k] & 0xC0 != 0x80 { return false }
            multibyte = true
            i += width
        }
        return multibyte
    }

    /// JSON-LD article bodies keep paragraph breaks as newlines, or none at all.
    static func splitBody(_ body: String) -> [String] {
        let parts = body.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { LibXML.collapse(String($0)) }.filter { !$0.isEmpty }
        return parts.isEmpty ? [LibXML.collapse(body)] : parts
    }

    /// An HTML fragment (an RSS description, Atom content) as text blocks.
    static func fragment(_ html: String, base: String? = nil) -> PageText {
        var page = PageText()
        guard html.contains("<") || html.contains("&") else {
            let text = LibXML.collapse(html)
            if !text.isEmpty { page.paragraphs = [text] }
            return page
        }
        let blocks = LibXML.withHTML(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8") { root -> [TextBlock] in
            let body = MainText.findBody(root) ?? root
            let m = MainText.Measures()
            MainText.measure(body, m, inLink: false, depth: 0, strict: true)
            var renderer = MainText.Renderer(measures: m, base: base.flatMap { URL(string: $0) })
            renderer.render(body, depth: 0, top: true)
            renderer.flush()
            return renderer.blocks
        } ?? []
        for block in blocks {
            for (range, url) in block.links { page.links.append((page.paragraphs.count, range, url)) }
            page.paragraphs.append(block.text)
        }
        return page
    }

    // MARK: Metadata

    static func readMetadata(_ root: xmlNodePtr, _ page: inout PageText) {
        var titleTag: String?
        var h1: String?
        var timeTag: String?
        walk(root, depth: 0) { node in
            let tag = LibXML.nameKey(node)
            guard Self.metadataTags.contains(tag) else { return true }
            switch LibXML.localName(node) {
            case "title":
                if titleTag == nil { titleTag = LibXML.collapse(LibXML.text(node)) }
            case "h1":
                if h1 == nil { h1 = LibXML.collapse(LibXML.text(node)) }
            case "time":
                if timeTag == nil { timeTag = LibXML.attribute(node, "datetime") }
            case "meta":
                let key = (LibXML.attribute(node, "property") ?? LibXML.attribute(node, "name")
                    ?? LibXML.attribute(node, "itemprop") ?? "").lowercased()
                guard let content = LibXML.attribute(node, "content").map(LibXML.collapse), !content.isEmpty else {
                    return true
                }
                switch key {
                case "og:title", "twitter:title": page.title = page.title ?? content
                case "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator":
                    if !content.hasPrefix("http") { page.author = page.author ?? content }
                case "article:published_time", "pubdate", "publishdate", "date", "dc.date", "datepublished",
                    "sailthru.date", "parsely-pub-date", "og:article:published_time", "dc.date.issued", "article.published",
                    "publish-date", "publication_date", "datecreated":
                    page.date = page.date ?? content
                case "article:modified_time", "datemodified", "og:updated_time", "last-modified", "dc.date.modified":
                    page.modified = page.modified ?? content
                case "og:url": page.url = page.url ?? content
                default: break
                }
            case "link":
                if LibXML.attribute(node, "rel")?.lowercased() == "canonical", let href = LibXML.attribute(node, "href") {
                    page.url = href
                }
            case "base":
                if page.base == nil { page.base = LibXML.attribute(node, "href") }
            case "script":
                if LibXML.attribute(node, "type")?.lowercased() == "application/ld+json" {
                    readJSONLD(LibXML.text(node), &page)
                }
            default:
                break
            }
            return true
        }
        page.title = page.title ?? h1 ?? titleTag
        page.date = page.date ?? timeTag
    }

    /// The elements metadata is read from; every other element is passed by its name's key.
    static let metadataTags = WordTable(["title", "h1", "time", "meta", "link", "script", "base"])

    static func readJSONLD(_ text: String, _ page: inout PageText) {
        guard let json = try? JSONParser.parse(Array(text.utf8)) else { return }
        var objects: [[String: JSONValue]] = []
        func gather(_ value: JSONValue) {
            if case .object(let object) = value {
                objects.append(object)
                if let graph = object["@graph"] { gather(graph) }
            } else if case .array(let array) = value {
                array.forEach(gather)
            }
        }
        gather(json)
        for object in objects {
            // "@type" is a name or a list of names ("NewsArticle", ["Article", "ReportageNewsArticle"]).
            let types: [String] =
                switch object["@type"] {
                case .string(let type): [type]
                case .array(let list): list.compactMap(\.stringValue)
                default: []
                }
            guard types.contains(where: { $0.contains("Article") || $0.contains("Posting") }) || object["headline"] != nil
            else { continue }
            if page.title == nil, let headline = object["headline"]?.stringValue { page.title = headline }
            if page.date == nil, let date = object["datePublished"]?.stringValue { page.date = date }
            if page.modified == nil, let date = object["dateModified"]?.stringValue { page.modified = date }
            if page.articleBody == nil, let body = object["articleBody"]?.stringValue { page.articleBody = body }
            if page.url == nil, let url = object["url"]?.stringValue { page.url = url }
            if page.author == nil { page.author = authorName(object["author"]) }
        }
    }

    static func authorName(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let name): return name
        case .object(let object): return object["name"]?.stringValue
        case .array(let array):
            let names = array.compactMap(authorName)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }

    /// Depth-first walk over elements; `body` returns false to skip a subtree.
    static func walk(_ node: xmlNodePtr, depth: Int, _ body: (xmlNodePtr) -> Bool) {
        guard depth < 400 else { return }
        var next = node.pointee.children
        while let child = next {
            next = child.pointee.next
            if child.pointee.type == XML_ELEMENT_NODE, body(child) { walk(child, depth: depth + 1, body) }
        }
    }
}
