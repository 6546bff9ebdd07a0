internal import CLibXML2
import ClaimTraceCore
import Foundation

/// What a news page says about itself, and its main text as paragraphs.
struct PageText {
    var title: String?
    var author: String?
    var date: String?
    var url: String?
    var paragraphs: [String] = []
}

/// Main-text extraction from HTML: metadata from `<meta>`, OpenGraph and
/// JSON-LD; paragraphs from the page's article, without navigation, scripts,
/// styles, forms, comments, sharing bars and other boilerplate.
enum HTMLText {
    /// Elements that never hold article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "menu", "figcaption", "object", "embed", "canvas", "video", "audio", "head",
    ]
    /// Class or id words of boilerplate containers, matched against whole words of the
    /// class and id ("ad-right" has "ad"; "no-sidebars" on <body> is never checked).
    static let boilerplate: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "share", "sharing",
        "social", "related", "promo", "advert", "advertisement", "ad", "ads", "dfp", "newsletter", "subscribe",
        "cookie", "breadcrumb", "breadcrumbs", "popup", "modal", "masthead", "toolbar", "recommended", "trending",
        "popular", "outbrain", "taboola", "sponsored", "paywall", "signup", "caption", "widget", "rail",
    ]
    static let blocks: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section", "article", "ul",
        "ol", "table", "pre", "dd", "dt", "figure", "hr", "main",
    ]

    static func page(_ bytes: [UInt8]) -> PageText? {
        LibXML.withHTML(bytes) { root in
            var page = PageText()
            readMetadata(root, &page)
            let body = articleRoot(root) ?? root
            var paragraphs: [String] = []
            collectParagraphs(body, &paragraphs, depth: 0)
            if paragraphs.isEmpty {
                // No <p> at all: fall back to text blocks.
                paragraphs = blockText(body).filter { $0.count >= 40 }
            }
            page.paragraphs = paragraphs
            return page
        }
    }

    /// An HTML fragment (an RSS description, Atom content) as text blocks.
    static func fragment(_ html: String) -> [String] {
        guard html.contains("<") || html.contains("&") else {
            let text = LibXML.collapse(html)
            return text.isEmpty ? [] : [text]
        }
        return LibXML.withHTML(Array(("<html><body>" + html + "</body></html>").utf8), encoding: "UTF-8") {
            blockText($0)
        } ?? []
    }

    // MARK: Metadata

    static func readMetadata(_ root: xmlNodePtr, _ page: inout PageText) {
        var titleTag: String?
        var h1: String?
        var timeTag: String?
        walk(root, depth: 0) { node in
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
                    "sailthru.date", "parsely-pub-date", "og:article:published_time":
                    page.date = page.date ?? content
                case "og:url": page.url = page.url ?? content
                default: break
                }
            case "link":
                if LibXML.attribute(node, "rel")?.lowercased() == "canonical", let href = LibXML.attribute(node, "href") {
                    page.url = href
                }
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

    // MARK: Main text

    /// The element that holds the article: `itemprop=articleBody`, else the `<article>`
    /// (or `<main>`) with the most paragraph text.
    static func articleRoot(_ root: xmlNodePtr) -> xmlNodePtr? {
        var bodyProp: xmlNodePtr?
        var best: (xmlNodePtr, Int)?
        walk(root, depth: 0) { node in
            let name = LibXML.localName(node)
            if bodyProp == nil, LibXML.attribute(node, "itemprop")?.lowercased() == "articlebody" { bodyProp = node }
            if name == "article" || name == "main" {
                var paragraphs: [String] = []
                collectParagraphs(node, &paragraphs, depth: 0)
                let size = paragraphs.reduce(0) { $0 + $1.count }
                if size > (best?.1 ?? 200) { best = (node, size) }
            }
            return !isBoilerplate(node)
        }
        return bodyProp ?? best?.0
    }

    static func isBoilerplate(_ node: xmlNodePtr) -> Bool {
        let name = LibXML.localName(node)
        if dropped.contains(name) { return true }
        if ["html", "body", "main", "article"].contains(name) { return false }
        if let role = LibXML.attribute(node, "role"),
            ["navigation", "banner", "contentinfo", "complementary"].contains(role)
        {
            return true
        }
        if LibXML.attribute(node, "aria-hidden") == "true" { return true }
        let marks = ((LibXML.attribute(node, "class") ?? "") + " " + (LibXML.attribute(node, "id") ?? "")).lowercased()
        let words = marks.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.isEmpty { return false }
        if marks.contains("article-body") || marks.contains("story-body") || marks.contains("articlebody") {
            return false
        }
        return words.contains { boilerplate.contains(String($0)) }
    }

    /// Text of every `<p>` (and blockquote) outside boilerplate, whitespace collapsed.
    static func collectParagraphs(_ node: xmlNodePtr, _ out: inout [String], depth: Int) {
        guard depth < 400 else { return }
        for child in LibXML.elements(node) {
            if isBoilerplate(child) { continue }
            let name = LibXML.localName(child)
            if name == "p" || name == "blockquote" && LibXML.elements(child).allSatisfy({ LibXML.localName($0) != "p" }) {
                let text = LibXML.collapse(LibXML.text(child, skipping: dropped))
                if text.count >= 25, text.contains(" ") { out.append(text) }
            } else {
                collectParagraphs(child, &out, depth: depth + 1)
            }
        }
    }

    /// Text split at block elements, for fragments and pages without `<p>`.
    static func blockText(_ node: xmlNodePtr) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            let text = LibXML.collapse(current)
            if !text.isEmpty { result.append(text) }
            current = ""
        }
        func visit(_ n: xmlNodePtr, depth: Int) {
            guard depth < 400 else { return }
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content { current += String(cString: content) }
            case XML_ELEMENT_NODE:
                if isBoilerplate(n) { return }
                let isBlock = HTMLText.blocks.contains(LibXML.localName(n))
                if isBlock { flush() }
                for child in LibXML.children(n) { visit(child, depth: depth + 1) }
                if isBlock { flush() }
            default:
                break
            }
        }
        visit(node, depth: 0)
        flush()
        return result
    }

    /// Depth-first walk over elements; `body` returns false to skip a subtree.
    static func walk(_ node: xmlNodePtr, depth: Int, _ body: (xmlNodePtr) -> Bool) {
        guard depth < 400 else { return }
        for child in LibXML.elements(node) where body(child) {
            walk(child, depth: depth + 1, body)
        }
    }
}
