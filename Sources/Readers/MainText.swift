internal import CLibXML2
import ClaimTraceCore
import Foundation

/// One block of a page's main text, in reading order: a paragraph, a heading, a list item, a quote or a
/// table row (its cells separated by " | "), with the hyperlinks inside it.
struct TextBlock {
    enum Kind { case paragraph, heading, item, quote, row }
    var kind: Kind
    var text: String
    /// Links as UTF-8 byte ranges of `text` and their absolute URLs.
    var links: [(Range<Int>, String)]
}

/// Main-text extraction, in the manner of the readability algorithms: every paragraph-like element
/// scores its container (commas, length), the score flows to the parent and, halved, to the grandparent;
/// class and id words raise or lower a container; link density discounts it. The best container and the
/// siblings that score near it are rendered in reading order; navigation, dialogs, share bars, related
/// lists and comments are dropped on the way.
enum MainText {
    /// Elements that never hold article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select", "template",
        "menu", "object", "embed", "canvas", "video", "audio", "head", "input", "textarea", "label", "dialog", "link",
        "meta",
    ]
    /// Class and id words of containers that are not the story (matched as whole words).
    static let unlikely: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "share", "sharing", "social",
        "related", "promo", "advert", "advertisement", "ad", "ads", "dfp", "newsletter", "subscribe", "subscription",
        "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "popup", "modal", "dialog", "masthead",
        "toolbar", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola", "sponsored", "sponsor",
        "paywall", "signup", "widget", "rail", "banner", "disqus", "pagination", "pager", "skip", "skyscraper", "tags",
        "tagline", "byline", "author-bio", "bio", "more", "read-more", "readmore", "also", "newsletters", "toast", "alert",
        "overlay", "lightbox", "gallery", "carousel", "slideshow", "print", "hidden", "offscreen", "sr-only", "visually-hidden",
        "login", "register", "follow", "tools", "utility", "utilities", "header", "topbar", "contact", "feedback",
    ]
    /// Parts of class and id names that mark boilerplate wherever they stand ("commentlist", "sharebar").
    static let strongUnlikely: [String] = [
        "comment", "disqus", "outbrain", "taboola", "newsletter", "cookie", "consent", "popup", "modal", "breadcrumb",
        "pagination", "sharebar", "share-bar", "social-share", "sponsor", "advert", "promo", "related-", "recirc",
    ]
    /// Class and id words of the story's own container; they outweigh an unlikely word in the same name.
    static let likely: Set<String> = [
        "article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose", "articlebody",
        "story-body", "article-body", "post-body", "entry-content", "post-content", "article-content", "rich-text", "page",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "section", "article", "ul", "ol",
        "table", "pre", "dd", "dt", "figure", "hr", "main", "header", "dl", "td", "th", "figcaption", "address", "details",
        "summary", "center",
    ]

    // MARK: Scoring

    /// Per-element measures gathered in one pass: visible text length, text inside links, commas.
    final class Measures {
        var textLength: [UnsafeMutableRawPointer: Int] = [:]
        var linkLength: [UnsafeMutableRawPointer: Int] = [:]
        var commas: [UnsafeMutableRawPointer: Int] = [:]
        var unlikely: Set<UnsafeMutableRawPointer> = []

        func text(_ n: xmlNodePtr) -> Int { textLength[UnsafeMutableRawPointer(n)] ?? 0 }
        func links(_ n: xmlNodePtr) -> Int { linkLength[UnsafeMutableRawPointer(n)] ?? 0 }
        func linkDensity(_ n: xmlNodePtr) -> Double {
            let t = text(n)
            return t == 0 ? 0 : Double(links(n)) / Double(t)
        }
    }

    /// Measures every element below `node`; returns (text, link text, commas) of `node`. With `strict` false
    /// only hidden elements are unlikely (the second attempt, for pages whose story sits in a container with a
    /// boilerplate-looking name).
    @discardableResult
    static func measure(_ node: xmlNodePtr, _ m: Measures, inLink: Bool, depth: Int, strict: Bool = true) -> (Int, Int, Int) {
        guard depth < 400 else { return (0, 0, 0) }
        var text = 0
        var links = 0
        var commas = 0
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content {
                    var k = 0
                    var visible = 0
                    while content[k] != 0 {
                        let b = content[k]
                        if b > 0x20, b & 0xC0 != 0x80 { visible += 1 }
                        if b == UInt8(ascii: ",") { commas += 1 }
                        // The CJK commas "，" and "、".
                        if b == 0xEF, content[k + 1] == 0xBC, content[k + 2] == 0x8C { commas += 1 }
                        if b == 0xE3, content[k + 1] == 0x80, content[k + 2] == 0x81 { commas += 1 }
                        k += 1
                    }
                    text += visible
                    if inLink { links += visible }
                }
            case XML_ELEMENT_NODE:
                let name = LibXML.localName(c)
                if dropped.contains(name) { break }
                if strict ? isUnlikely(c, name) : isHidden(c) { m.unlikely.insert(UnsafeMutableRawPointer(c)) }
                let (t, l, k) = measure(c, m, inLink: inLink || name == "a", depth: depth + 1, strict: strict)
                text += t
                links += l
                commas += k
            default:
                break
            }
            child = c.pointee.next
        }
        let key = UnsafeMutableRawPointer(node)
        m.textLength[key] = text
        m.linkLength[key] = links
        m.commas[key] = commas
        return (text, links, commas)
    }

    /// The words of an element's class and id, lowercased.
    static func marks(_ node: xmlNodePtr) -> [Substring] {
        let s = ((LibXML.attribute(node, "class") ?? "") + " " + (LibXML.attribute(node, "id") ?? "")).lowercased()
        return s.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
    }

    static func insideArticle(_ node: xmlNodePtr) -> Bool {
        var p = node.pointee.parent
        var depth = 0
        while let parent = p, parent.pointee.type == XML_ELEMENT_NODE, depth < 40 {
            let name = LibXML.localName(parent)
            if name == "article" || name == "main" { return true }
            p = parent.pointee.parent
            depth += 1
        }
        return false
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if LibXML.attribute(node, "aria-hidden") == "true" || LibXML.attribute(node, "hidden") != nil { return true }
        if let role = LibXML.attribute(node, "role"), ["dialog", "alertdialog", "navigation", "menu"].contains(role) { return true }
        if let style = LibXML.attribute(node, "style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    static func isUnlikely(_ node: xmlNodePtr, _ name: String) -> Bool {
        if ["html", "body", "main", "article"].contains(name) { return false }
        // The site's header is boilerplate; an article's own header holds its headline and standfirst.
        if name == "header" { return !insideArticle(node) }
        if let role = LibXML.attribute(node, "role"),
            ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "search"].contains(role)
        {
            return true
        }
        if LibXML.attribute(node, "aria-hidden") == "true" || LibXML.attribute(node, "hidden") != nil { return true }
        if let style = LibXML.attribute(node, "style")?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        let words = marks(node)
        guard !words.isEmpty else { return false }
        // Hyphenated names count whole ("story-body") and by part ("ad-slot" has "ad").
        var parts: [Substring] = []
        for w in words {
            parts.append(w)
            if w.contains("-") { parts.append(contentsOf: w.split(separator: "-")) }
        }
        let strong = words.contains { w in strongUnlikely.contains { w.contains($0) } }
        if parts.contains(where: { likely.contains(String($0)) }), !strong { return false }
        return strong || parts.contains { unlikely.contains(String($0)) }
    }

    /// A container's weight from its class and id: +25 for the story's words, -25 for boilerplate's.
    static func classWeight(_ node: xmlNodePtr) -> Double {
        var weight = 0.0
        let words = marks(node)
        if words.contains(where: { w in likely.contains(String(w)) || w.split(separator: "-").contains { likely.contains(String($0)) } }) {
            weight += 25
        }
        if words.contains(where: { w in unlikely.contains(String(w)) || w.split(separator: "-").contains { unlikely.contains(String($0)) } }) {
            weight -= 25
        }
        if LibXML.attribute(node, "itemprop")?.lowercased() == "articlebody" { weight += 50 }
        return weight
    }

    static func tagWeight(_ name: String) -> Double {
        switch name {
        case "article": 10
        case "div", "section", "main": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    /// Whether an element reads as a paragraph: a `<p>`, a `<pre>`, a quote, or a `<div>`/`<section>` with
    /// no block children of its own (sites that write paragraphs as divs).
    static func isParagraphLike(_ node: xmlNodePtr, _ name: String) -> Bool {
        switch name {
        case "p", "pre", "blockquote", "td", "dd": return true
        case "div", "section", "span", "font":
            return !LibXML.elements(node).contains { blockTags.contains(LibXML.localName($0)) && LibXML.localName($0) != "br" }
        default: return false
        }
    }

    /// The container that holds the story, and the score it earned.
    static func topCandidate(_ body: xmlNodePtr, _ m: Measures) -> (xmlNodePtr, Double)? {
        var scores: [UnsafeMutableRawPointer: Double] = [:]
        var nodes: [UnsafeMutableRawPointer: xmlNodePtr] = [:]
        func initial(_ n: xmlNodePtr) -> Double { tagWeight(LibXML.localName(n)) + classWeight(n) }
        func add(_ n: xmlNodePtr?, _ score: Double) {
            guard let n, n.pointee.type == XML_ELEMENT_NODE else { return }
            let key = UnsafeMutableRawPointer(n)
            if scores[key] == nil {
                scores[key] = initial(n)
                nodes[key] = n
            }
            scores[key, default: 0] += score
        }
        func visit(_ node: xmlNodePtr, depth: Int) {
            guard depth < 400 else { return }
            for child in LibXML.elements(node) {
                let name = LibXML.localName(child)
                if dropped.contains(name) || m.unlikely.contains(UnsafeMutableRawPointer(child)) { continue }
                if isParagraphLike(child, name) {
                    let length = m.text(child)
                    if length >= 25 {
                        let score = 1 + Double(m.commas[UnsafeMutableRawPointer(child)] ?? 0) + min(3, Double(length) / 100)
                        let parent = child.pointee.parent
                        add(parent, score)
                        add(parent?.pointee.parent, score / 2)
                        add(parent?.pointee.parent?.pointee.parent, score / 3)
                    }
                    if name == "div" || name == "section" { visit(child, depth: depth + 1) }
                } else {
                    visit(child, depth: depth + 1)
                }
            }
        }
        visit(body, depth: 0)
        var best: (xmlNodePtr, Double)?
        for (key, raw) in scores {
            guard let node = nodes[key], LibXML.localName(node) != "body" || scores.count == 1 else { continue }
            let score = raw * (1 - m.linkDensity(node))
            if score > (best?.1 ?? 0) { best = (node, score) }
        }
        // A container that holds only part of the story: when its parent scores nearly as well, the parent is it.
        while let (node, score) = best, let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
            LibXML.localName(parent) != "body", let parentRaw = scores[UnsafeMutableRawPointer(parent)],
            parentRaw * (1 - m.linkDensity(parent)) >= score * 0.75, m.text(parent) < m.text(node) * 3
        {
            best = (parent, max(score, parentRaw))
        }
        return best
    }

    // MARK: Rendering

    /// The page's main text as blocks, links resolved against `base`. A page whose story yields under 500
    /// characters is read again with boilerplate-looking names allowed (some sites call the story's own
    /// container "sidebar-right-mix"); the longer result wins.
    static func blocks(_ root: xmlNodePtr, base: URL?) -> [TextBlock] {
        let body = findBody(root) ?? root
        let first = attempt(body, base: base, strict: true)
        guard first.reduce(0, { $0 + $1.text.utf8.count }) < 500 else { return first }
        let second = attempt(body, base: base, strict: false)
        let best = second.reduce(0, { $0 + $1.text.utf8.count }) > first.reduce(0, { $0 + $1.text.utf8.count }) ? second : first
        if !best.isEmpty { return best }
        // No container scored (a page of a few short lines): its visible text, block by block.
        let m = Measures()
        measure(body, m, inLink: false, depth: 0, strict: false)
        var renderer = Renderer(measures: m, base: base)
        renderer.render(body, depth: 0)
        renderer.flush()
        return renderer.blocks
    }

    static func attempt(_ body: xmlNodePtr, base: URL?, strict: Bool) -> [TextBlock] {
        let m = Measures()
        measure(body, m, inLink: false, depth: 0, strict: strict)
        var out: [TextBlock] = []
        if let (top, score) = topCandidate(body, m) {
            // The siblings that belong to the story: containers scoring near it, paragraphs with few links.
            let threshold = max(10, score * 0.2)
            let topWeight = classWeight(top)
            var nodes: [xmlNodePtr] = []
            if let parent = top.pointee.parent {
                for sibling in LibXML.elements(parent) {
                    if sibling == top {
                        nodes.append(sibling)
                        continue
                    }
                    let name = LibXML.localName(sibling)
                    if dropped.contains(name) || m.unlikely.contains(UnsafeMutableRawPointer(sibling)) { continue }
                    let density = m.linkDensity(sibling)
                    let length = m.text(sibling)
                    let bonus = topWeight > 0 && classWeight(sibling) == topWeight ? score * 0.2 : 0
                    if name == "p" {
                        if (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0) { nodes.append(sibling) }
                    } else if paragraphScore(sibling, m) + bonus >= threshold, density < 0.3 {
                        nodes.append(sibling)
                    }
                }
            } else {
                nodes = [top]
            }
            // Inside the story, boilerplate is dropped even on the lenient attempt.
            var renderer = Renderer(measures: m, base: base, dropUnlikely: !strict)
            for node in nodes { renderer.render(node, depth: 0, top: true) }
            renderer.flush()
            out = renderer.blocks
        }
        return out
    }

    /// The text score a sibling would have had: its paragraphs' lengths and commas.
    static func paragraphScore(_ node: xmlNodePtr, _ m: Measures) -> Double {
        let length = m.text(node)
        guard length >= 25 else { return 0 }
        return (1 + Double(m.commas[UnsafeMutableRawPointer(node)] ?? 0) + min(3, Double(length) / 100)) * (1 - m.linkDensity(node))
    }

    static func findBody(_ root: xmlNodePtr) -> xmlNodePtr? {
        if LibXML.localName(root) == "body" { return root }
        return LibXML.elements(root).first { LibXML.localName($0) == "body" }
    }

    /// Turns elements into blocks, collapsing whitespace as it goes so link offsets stay exact.
    struct Renderer {
        let measures: Measures
        let base: URL?
        var blocks: [TextBlock] = []
        var text: [UInt8] = []
        var links: [(Range<Int>, String)] = []
        var kind = TextBlock.Kind.paragraph
        var pendingSpace = false
        var cells = 0
        let dropUnlikely: Bool

        init(measures: Measures, base: URL?, dropUnlikely: Bool = false) {
            self.measures = measures
            self.base = base
            self.dropUnlikely = dropUnlikely
        }

        mutating func flush() {
            while text.last == 0x20 { text.removeLast() }
            if !text.isEmpty {
                let string = String(decoding: text, as: UTF8.self)
                let clipped = links.compactMap { r, url -> (Range<Int>, String)? in
                    let upper = min(r.upperBound, text.count)
                    return r.lowerBound < upper ? (r.lowerBound..<upper, url) : nil
                }
                blocks.append(TextBlock(kind: kind, text: string, links: clipped))
            }
            text.removeAll(keepingCapacity: true)
            links.removeAll()
            pendingSpace = false
            kind = .paragraph
            cells = 0
        }

        mutating func append(_ content: UnsafePointer<xmlChar>) {
            var k = 0
            while content[k] != 0 {
                let b = content[k]
                // ASCII whitespace and the no-break space collapse to one space.
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                    pendingSpace = !text.isEmpty
                    k += 1
                    continue
                }
                if b == 0xC2, content[k + 1] == 0xA0 {
                    pendingSpace = !text.isEmpty
                    k += 2
                    continue
                }
                if pendingSpace {
                    text.append(0x20)
                    pendingSpace = false
                }
                text.append(b)
                k += 1
            }
        }

        mutating func render(_ node: xmlNodePtr, depth: Int, top: Bool = false) {
            guard depth < 400 else { return }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(content) }
            case XML_ELEMENT_NODE:
                let name = LibXML.localName(node)
                if MainText.dropped.contains(name) || measures.unlikely.contains(UnsafeMutableRawPointer(node)) { return }
                if dropUnlikely, !top, MainText.isUnlikely(node, name) { return }
                // Lists of links and link-heavy boxes inside the story ("Read more", "Related") are not its text.
                if ["ul", "ol", "div", "section", "table"].contains(name), measures.linkDensity(node) > 0.5, measures.text(node) < 1000 {
                    return
                }
                if name == "br" {
                    flush()
                    return
                }
                if name == "td" || name == "th" {
                    if cells > 0 {
                        if text.last == 0x20 { text.removeLast() }
                        text.append(contentsOf: Array(" | ".utf8))
                        pendingSpace = false
                    }
                    cells += 1
                    for child in LibXML.children(node) { render(child, depth: depth + 1) }
                    return
                }
                let isBlock = MainText.blockTags.contains(name)
                if isBlock {
                    flush()
                    switch name {
                    case "h1", "h2", "h3", "h4", "h5", "h6": kind = .heading
                    case "li", "dd", "dt": kind = .item
                    case "blockquote": kind = .quote
                    case "tr": kind = .row
                    default: break
                    }
                }
                var linkStart: Int?
                var href: String?
                if name == "a", let h = LibXML.attribute(node, "href"), let resolved = resolve(h) {
                    if pendingSpace, !text.isEmpty {
                        text.append(0x20)
                        pendingSpace = false
                    }
                    linkStart = text.count
                    href = resolved
                }
                let savedKind = kind
                for child in LibXML.children(node) { render(child, depth: depth + 1) }
                if let start = linkStart, let href {
                    var end = text.count
                    while end > start, text[end - 1] == 0x20 { end -= 1 }
                    if end > start { links.append((start..<end, href)) }
                }
                if isBlock {
                    kind = savedKind
                    flush()
                }
            default:
                break
            }
        }

        /// An absolute http(s) URL for `href`, resolved against the page's base; nil for anchors, scripts, mail.
        func resolve(_ href: String) -> String? {
            let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.lowercased().hasPrefix("javascript:"),
                !trimmed.lowercased().hasPrefix("mailto:")
            else { return nil }
            if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return trimmed }
            guard let base, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL, let scheme = url.scheme,
                scheme == "http" || scheme == "https"
            else { return nil }
            return url.absoluteString
        }
    }
}
