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
/// class and id words raise or lower a container; link density discounts it; prose list items score the block
/// holding their list. The best container is widened to the whole story (out of a data table, up to the page's
/// `articleBody`, over the story's other boxes), and it and the siblings that score near it are rendered in
/// reading order; navigation, dialogs, share bars, related lists and comments are dropped on the way.
///
/// Every element is visited a handful of times on a large page, so names and attribute values are read as
/// bytes and compared by ``WordKey`` (MainTextWords.swift holds the word lists).
enum MainText {
    // MARK: Measures

    /// Per-element measures gathered in one pass: visible text length, text inside links, commas, and what
    /// its tag, class, id and attributes say, so later passes read no attribute.
    final class Measures {
        var textLength: [UnsafeMutableRawPointer: Int] = [:]
        var linkLength: [UnsafeMutableRawPointer: Int] = [:]
        var commas: [UnsafeMutableRawPointer: Int] = [:]
        /// Elements left out of this pass (hidden; and, on the strict pass, boilerplate by name).
        var unlikely: Set<UnsafeMutableRawPointer> = []
        /// Boilerplate by class, id, role or tag, also on the lenient pass (dropped inside the story).
        var unlikelyByName: Set<UnsafeMutableRawPointer> = []
        var weights: [UnsafeMutableRawPointer: Double] = [:]
        /// Elements marked `itemprop="articleBody"`.
        var articleBodies: Set<UnsafeMutableRawPointer> = []

        func text(_ n: xmlNodePtr) -> Int { textLength[UnsafeMutableRawPointer(n)] ?? 0 }
        func links(_ n: xmlNodePtr) -> Int { linkLength[UnsafeMutableRawPointer(n)] ?? 0 }
        func weight(_ n: xmlNodePtr) -> Double { weights[UnsafeMutableRawPointer(n)] ?? 0 }
        func linkDensity(_ n: xmlNodePtr) -> Double {
            let t = text(n)
            return t == 0 ? 0 : Double(links(n)) / Double(t)
        }
    }

    /// Measures every element below `node`; returns (text, link text, commas) of `node`. With `strict` false
    /// only hidden elements are left out (the second attempt, for pages whose story sits in a container with
    /// a boilerplate-looking name).
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
                let tag = LibXML.nameKey(c)
                if Tags.dropped.contains(tag) { break }
                let look = inspect(c, tag)
                let key = UnsafeMutableRawPointer(c)
                if look.weight != 0 { m.weights[key] = look.weight }
                if look.articleBody { m.articleBodies.insert(key) }
                if look.hidden || (strict && look.unlikely) { m.unlikely.insert(key) }
                if look.unlikely { m.unlikelyByName.insert(key) }
                let (t, l, k) = measure(c, m, inLink: inLink || tag == Tags.a, depth: depth + 1, strict: strict)
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

    /// What an element's tag and attributes say: boilerplate by class or id (or tag, for a site's header, or
    /// role), hidden, and its weight as a story container (+25 for the story's words, -25 for boilerplate's,
    /// +50 for `itemprop=articleBody`). A story word outweighs a boilerplate word in the same name unless the
    /// boilerplate mark is a strong one ("comment", "newsletter").
    static func inspect(_ node: xmlNodePtr, _ tag: UInt64) -> (unlikely: Bool, hidden: Bool, weight: Double, articleBody: Bool) {
        var hidden = false
        var likelyWord = false
        var unlikelyWord = false
        var strong = false
        var role = false
        var articleBody = false
        LibXML.forEachAttribute(node) { name, value in
            switch name {
            case Attributes.class_, Attributes.id:
                scanNames(value, likely: &likelyWord, unlikely: &unlikelyWord, strong: &strong)
            case Attributes.role:
                role = Names.roles.contains(lowerKey(value))
            case Attributes.ariaHidden:
                if lowerKey(value) == Attributes.true_ { hidden = true }
            case Attributes.hidden:
                hidden = true
            case Attributes.style:
                if containsCompact(value, Names.displayNone) || containsCompact(value, Names.visibilityHidden) { hidden = true }
            case Attributes.itemprop:
                if lowerKey(value) == Attributes.articlebody { articleBody = true }
            default:
                break
            }
        }
        let top = tag == Tags.html || tag == Tags.body || tag == Tags.main || tag == Tags.article
        var weight: Double = (likelyWord ? 25 : 0) - (unlikelyWord || strong ? 25 : 0) + (articleBody ? 50 : 0)
        if top { weight = max(weight, 0) }
        guard !top else { return (false, false, weight, articleBody) }
        let unlikely: Bool
        if tag == Tags.header {
            // The site's header is boilerplate; an article's own header holds its headline and standfirst.
            unlikely = !insideArticle(node)
        } else if role {
            unlikely = true
        } else if (likelyWord || articleBody) && !strong {
            unlikely = false
        } else {
            unlikely = strong || unlikelyWord
        }
        return (unlikely, hidden || role, weight, articleBody)
    }

    /// Splits a class or id value into words (and their hyphenated parts) and looks each up by key; looks for
    /// the strong boilerplate marks anywhere in it ("commentlist").
    static func scanNames(_ value: UnsafePointer<xmlChar>, likely: inout Bool, unlikely: inout Bool, strong: inout Bool) {
        var wordHash = WordKey.offsetBasis
        var partHash = WordKey.offsetBasis
        var inWord = false
        var k = 0
        func endPart() {
            if Names.likely.contains(partHash) { likely = true }
            if Names.unlikely.contains(partHash) { unlikely = true }
            partHash = WordKey.offsetBasis
        }
        while true {
            let b = value[k]
            let isLetter = (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57)
            if isLetter || ((b == 45 || b == 95) && inWord) {
                let l = b >= 65 && b <= 90 ? b | 0x20 : b
                wordHash = (wordHash ^ UInt64(l)) &* WordKey.prime
                if isLetter { partHash = (partHash ^ UInt64(l)) &* WordKey.prime } else { endPart() }
                inWord = true
                // A strong mark can start here ("commentlist"): compare in place, lowercasing as it goes.
                if !strong {
                    for mark in Names.strong where mark[0] == l {
                        var j = 1
                        while j < mark.count {
                            let c = value[k + j]
                            if c == 0 || (c >= 65 && c <= 90 ? c | 0x20 : c) != mark[j] { break }
                            j += 1
                        }
                        if j == mark.count {
                            strong = true
                            break
                        }
                    }
                }
            } else {
                if inWord {
                    endPart()
                    if Names.likely.contains(wordHash) { likely = true }
                    if Names.unlikely.contains(wordHash) { unlikely = true }
                }
                wordHash = WordKey.offsetBasis
                inWord = false
                if b == 0 { break }
            }
            k += 1
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The value's ``WordKey``, without spaces.
    static func lowerKey(_ value: UnsafePointer<xmlChar>) -> UInt64 {
        var hash = WordKey.offsetBasis
        var k = 0
        while value[k] != 0 {
            let b = value[k]
            if b != 32 { hash = (hash ^ UInt64(b >= 65 && b <= 90 ? b | 0x20 : b)) &* WordKey.prime }
            k += 1
        }
        return hash
    }

    /// Whether `value`, lowercased and without spaces, contains `needle` ("display: none").
    static func containsCompact(_ value: UnsafePointer<xmlChar>, _ needle: [UInt8]) -> Bool {
        var compact: [UInt8] = []
        var k = 0
        while value[k] != 0 {
            let b = value[k]
            if b != 32 { compact.append(b >= 65 && b <= 90 ? b | 0x20 : b) }
            k += 1
        }
        return contains(compact, needle)
    }

    static func insideArticle(_ node: xmlNodePtr) -> Bool {
        var p = node.pointee.parent
        var depth = 0
        while let parent = p, parent.pointee.type == XML_ELEMENT_NODE, depth < 40 {
            let tag = LibXML.nameKey(parent)
            if tag == Tags.article || tag == Tags.main { return true }
            p = parent.pointee.parent
            depth += 1
        }
        return false
    }

    // MARK: Scoring

    static func tagWeight(_ tag: UInt64) -> Double {
        switch tag {
        case Tags.article: 10
        case Tags.div, Tags.section, Tags.main: 5
        case Tags.pre, Tags.td, Tags.blockquote: 3
        case Tags.address, Tags.ol, Tags.ul, Tags.dl, Tags.dd, Tags.dt, Tags.li, Tags.form: -3
        case Tags.h1, Tags.h2, Tags.h3, Tags.h4, Tags.h5, Tags.h6, Tags.th: -5
        default: 0
        }
    }

    /// Whether an element reads as a paragraph: a `<p>`, a `<pre>`, a quote, or a `<div>`/`<section>` with
    /// no block children of its own (sites that write paragraphs as divs).
    static func isParagraphLike(_ node: xmlNodePtr, _ tag: UInt64) -> Bool {
        switch tag {
        case Tags.p, Tags.pre, Tags.blockquote, Tags.td, Tags.dd: return true
        case Tags.div, Tags.section, Tags.span, Tags.font:
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE {
                    let t = LibXML.nameKey(c)
                    if Tags.blocks.contains(t), t != Tags.br { return false }
                }
                child = c.pointee.next
            }
            return true
        default: return false
        }
    }

    /// Whether a list item is written as prose: text and inline markup, perhaps a nested list, but no
    /// paragraphs, headings or boxes of its own.
    static func isProseItem(_ item: xmlNodePtr) -> Bool {
        var child = item.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                let t = LibXML.nameKey(c)
                if Tags.blocks.contains(t), t != Tags.br, t != Tags.ul, t != Tags.ol { return false }
            }
            child = c.pointee.next
        }
        return true
    }

    /// How many other containers must score near the best, inside one ancestor, for that ancestor to win.
    static let minimumNearCandidates = 2

    /// The first word of an element's class attribute, if it has one.
    static func firstClass(_ node: xmlNodePtr) -> Substring? {
        guard let value = LibXML.attribute(node, "class") else { return nil }
        return value.split(separator: " ", maxSplits: 1).first
    }

    static func isInside(_ node: xmlNodePtr, _ ancestor: xmlNodePtr) -> Bool {
        var p = node.pointee.parent
        var depth = 0
        while let parent = p, depth < 400 {
            if parent == ancestor { return true }
            p = parent.pointee.parent
            depth += 1
        }
        return false
    }

    /// The container that holds the story, and the score it earned.
    static func topCandidate(_ body: xmlNodePtr, _ m: Measures) -> (xmlNodePtr, Double)? {
        var scores: [UnsafeMutableRawPointer: Double] = [:]
        var nodes: [UnsafeMutableRawPointer: xmlNodePtr] = [:]
        func add(_ n: xmlNodePtr?, _ score: Double) {
            guard let n, n.pointee.type == XML_ELEMENT_NODE else { return }
            let key = UnsafeMutableRawPointer(n)
            if scores[key] == nil {
                scores[key] = tagWeight(LibXML.nameKey(n)) + m.weight(n)
                nodes[key] = n
            }
            scores[key, default: 0] += score
        }
        // A paragraph's score goes to the block holding it, half of it to that block's parent, a third above.
        func credit(_ paragraph: xmlNodePtr, to holder: xmlNodePtr?) {
            let score = textScore(paragraph, m)
            add(holder, score)
            add(holder?.pointee.parent, score / 2)
            add(holder?.pointee.parent?.pointee.parent, score / 3)
        }
        func visit(_ node: xmlNodePtr, depth: Int) {
            guard depth < 400 else { return }
            var next = node.pointee.children
            while let child = next {
                next = child.pointee.next
                guard child.pointee.type == XML_ELEMENT_NODE else { continue }
                let tag = LibXML.nameKey(child)
                if Tags.dropped.contains(tag) || m.unlikely.contains(UnsafeMutableRawPointer(child)) { continue }
                if tag == Tags.li {
                    // Posts written as bulleted lists ("Highlights", release notes): an item of prose scores the
                    // block holding its list, as a paragraph scores its parent, when that block is named as the
                    // story's ("entry-content") and the item is prose itself, not a teaser built of a heading and
                    // paragraphs. Menus, teaser lists and reference lists are not.
                    let holder = child.pointee.parent?.pointee.parent
                    if m.text(child) >= 25, m.linkDensity(child) < 0.5, let holder, m.weight(holder) > 0, isProseItem(child) {
                        credit(child, to: holder)
                    }
                    visit(child, depth: depth + 1)
                    continue
                }
                if isParagraphLike(child, tag) {
                    if m.text(child) >= 25 { credit(child, to: child.pointee.parent) }
                    if tag == Tags.div || tag == Tags.section { visit(child, depth: depth + 1) }
                } else {
                    visit(child, depth: depth + 1)
                }
            }
        }
        visit(body, depth: 0)
        var best: (xmlNodePtr, Double)?
        for (key, raw) in scores {
            guard let node = nodes[key], LibXML.nameKey(node) != Tags.body || scores.count == 1 else { continue }
            let score = raw * (1 - m.linkDensity(node))
            if score > (best?.1 ?? 0) { best = (node, score) }
        }
        // A container that holds only part of the story: when its parent scores nearly as well, the parent is it.
        while let (node, score) = best, let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE,
            LibXML.nameKey(parent) != Tags.body, let parentRaw = scores[UnsafeMutableRawPointer(parent)],
            parentRaw * (1 - m.linkDensity(parent)) >= score * 0.75, m.text(parent) < m.text(node) * 3
        {
            best = (parent, max(score, parentRaw))
        }
        return best.map { widened($0, scores: scores, nodes: nodes, m) }
    }

    /// The best container widened to the whole story: out of a data table (rows of cells that win, in a list
    /// article or a results table, stand for the block around their table); up to the page's own
    /// `itemprop="articleBody"` around it (a body split into text sections between photos and ads); and up to
    /// the nearest ancestor of the story's other parts — containers that carry its class (the first word:
    /// "post__content", "story-body story-body-2") and score as story text, or several that score near it —
    /// unless that ancestor holds much more than the parts.
    static func widened(
        _ best: (xmlNodePtr, Double), scores: [UnsafeMutableRawPointer: Double], nodes: [UnsafeMutableRawPointer: xmlNodePtr],
        _ m: Measures
    ) -> (xmlNodePtr, Double) {
        var (node, score) = best
        while [Tags.tbody, Tags.thead, Tags.table].contains(LibXML.nameKey(node)), let parent = node.pointee.parent,
            parent.pointee.type == XML_ELEMENT_NODE, LibXML.nameKey(parent) != Tags.body
        {
            node = parent
        }
        if let body = ancestor(of: node, where: { m.articleBodies.contains(UnsafeMutableRawPointer($0)) }) {
            node = body
        }
        let ownClass = firstClass(node)
        var parts: [xmlNodePtr] = []
        var near = 0
        for (key, raw) in scores {
            guard let other = nodes[key], other != node else { continue }
            let otherScore = raw * (1 - m.linkDensity(other))
            guard otherScore >= 10, LibXML.nameKey(other) != Tags.body, !isInside(other, node), !isInside(node, other)
            else { continue }
            if otherScore >= score * 0.75 {
                near += 1
                parts.append(other)
            } else if let ownClass, firstClass(other) == ownClass {
                parts.append(other)
            }
        }
        // Parts nested in one another count once: the outermost.
        parts = parts.filter { part in !parts.contains { $0 != part && isInside(part, $0) } }
        guard near >= minimumNearCandidates || parts.count > near else { return (node, score) }
        let partText = parts.reduce(m.text(node)) { $0 + m.text($1) }
        // Boxes side by side under one parent are the story's siblings, gathered by `attempt`.
        if let holder = ancestor(of: node, where: { a in parts.allSatisfy { isInside($0, a) } }), holder != node.pointee.parent,
            Double(m.text(holder)) <= Double(partText) * 1.6
        {
            node = holder
        }
        return (node, score)
    }

    /// The nearest element above `node`, below `<body>`, that satisfies `test`.
    static func ancestor(of node: xmlNodePtr, where test: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        var next = node.pointee.parent
        var depth = 0
        while let a = next, a.pointee.type == XML_ELEMENT_NODE, LibXML.nameKey(a) != Tags.body, depth < 400 {
            if test(a) { return a }
            next = a.pointee.parent
            depth += 1
        }
        return nil
    }

    // MARK: The page

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
        guard let (top, score) = topCandidate(body, m) else { return [] }
        // The siblings that belong to the story: containers scoring near it, paragraphs with few links.
        let threshold = max(10, score * 0.2)
        let topWeight = m.weight(top)
        var nodes: [xmlNodePtr] = []
        if let parent = top.pointee.parent {
            var next = parent.pointee.children
            while let sibling = next {
                next = sibling.pointee.next
                guard sibling.pointee.type == XML_ELEMENT_NODE else { continue }
                if sibling == top {
                    nodes.append(sibling)
                    continue
                }
                let tag = LibXML.nameKey(sibling)
                if Tags.dropped.contains(tag) || m.unlikely.contains(UnsafeMutableRawPointer(sibling)) { continue }
                let density = m.linkDensity(sibling)
                let length = m.text(sibling)
                let bonus = topWeight > 0 && m.weight(sibling) == topWeight ? score * 0.2 : 0
                if tag == Tags.p {
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
        return renderer.blocks
    }

    /// The text score a sibling would have had: its paragraphs' lengths and commas.
    static func paragraphScore(_ node: xmlNodePtr, _ m: Measures) -> Double {
        guard m.text(node) >= 25 else { return 0 }
        return textScore(node, m) * (1 - m.linkDensity(node))
    }

    /// A paragraph's worth as story text: one, its commas, and its length up to 300 characters.
    static func textScore(_ node: xmlNodePtr, _ m: Measures) -> Double {
        1 + Double(m.commas[UnsafeMutableRawPointer(node)] ?? 0) + min(3, Double(m.text(node)) / 100)
    }

    static func findBody(_ root: xmlNodePtr) -> xmlNodePtr? {
        if LibXML.nameKey(root) == Tags.body { return root }
        var child = root.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE, LibXML.nameKey(c) == Tags.body { return c }
            child = c.pointee.next
        }
        return nil
    }

    // MARK: Rendering

    /// Turns elements into blocks, collapsing whitespace as it goes so link offsets stay exact.
    struct Renderer {
        let measures: Measures
        let base: URL?
        let dropUnlikely: Bool
        var blocks: [TextBlock] = []
        var text: [UInt8] = []
        var links: [(Range<Int>, String)] = []
        var kind = TextBlock.Kind.paragraph
        var pendingSpace = false
        var cells = 0
        /// Inside a short table cell, where blocks and links are the cell's text, not blocks of their own.
        var inCell = 0

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
                let tag = LibXML.nameKey(node)
                let key = UnsafeMutableRawPointer(node)
                if Tags.dropped.contains(tag) || measures.unlikely.contains(key) { return }
                if dropUnlikely, !top, measures.unlikelyByName.contains(key) { return }
                // Lists of links and link-heavy boxes inside the story ("Read more", "Related") are not its text;
                // a link in a table cell names the row ("<td><div><a>Google Maps</a></div></td>").
                if inCell == 0, tag == Tags.ul || tag == Tags.ol || tag == Tags.div || tag == Tags.section || tag == Tags.table,
                    measures.linkDensity(node) > 0.5, measures.text(node) < 1000
                {
                    return
                }
                if tag == Tags.br {
                    if inCell > 0 {
                        pendingSpace = !text.isEmpty
                    } else {
                        flush()
                    }
                    return
                }
                if tag == Tags.td || tag == Tags.th {
                    // (No bar before the first cell with text: an empty icon cell opens many a notice box.)
                    if cells > 0, !text.isEmpty {
                        if text.last == 0x20 { text.removeLast() }
                        // The space after the bar waits, so that a cell opening with whitespace adds no second one.
                        text.append(contentsOf: Array(" |".utf8))
                        pendingSpace = true
                    }
                    cells += 1
                    // A short cell is one value of its row, whatever blocks it is wrapped in ("<td><div>32.7 MB</div>");
                    // a long one (a layout table's column holding the story) keeps its paragraphs.
                    let inline = inCell > 0 || measures.text(node) <= 300
                    if inline { inCell += 1 }
                    var child = node.pointee.children
                    while let c = child {
                        render(c, depth: depth + 1)
                        child = c.pointee.next
                    }
                    if inline { inCell -= 1 }
                    return
                }
                let isBlock = inCell == 0 && Tags.blocks.contains(tag)
                if inCell > 0, Tags.blocks.contains(tag), !text.isEmpty { pendingSpace = true }
                if isBlock {
                    flush()
                    switch tag {
                    case Tags.h1, Tags.h2, Tags.h3, Tags.h4, Tags.h5, Tags.h6: kind = .heading
                    case Tags.li, Tags.dd, Tags.dt: kind = .item
                    case Tags.blockquote: kind = .quote
                    case Tags.tr: kind = .row
                    default: break
                    }
                }
                var linkStart: Int?
                var href: String?
                if tag == Tags.a, let h = LibXML.attribute(node, "href"), let resolved = resolve(h) {
                    if pendingSpace, !text.isEmpty {
                        text.append(0x20)
                        pendingSpace = false
                    }
                    linkStart = text.count
                    href = resolved
                }
                let savedKind = kind
                var child = node.pointee.children
                while let c = child {
                    render(c, depth: depth + 1)
                    child = c.pointee.next
                }
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
