import ClaimTraceCore

/// Cuts an article into paragraphs and sentences.
///
/// Works on the UTF-8 bytes of the text and returns byte spans; a sentence
/// never crosses a paragraph. See `Docs/segmentation.md` for the rules.
public struct Segmenter: Stage {
    public init() {}

    public func process(_ article: Article) -> SegmentedArticle {
        article.text.withUTF8Bytes { bytes in
            let paragraphs = Self.paragraphs(bytes)
            var sentences: [Sentence] = []
            sentences.reserveCapacity(paragraphs.count * 3)
            for (p, paragraph) in paragraphs.enumerated() {
                for (s, span) in Self.sentences(bytes, in: paragraph).enumerated() {
                    sentences.append(Sentence(span: span, paragraph: p, indexInParagraph: s))
                }
            }
            return SegmentedArticle(article: article, paragraphs: paragraphs, sentences: sentences)
        }
    }

    // MARK: Paragraphs

    /// Paragraph spans, trimmed of surrounding whitespace.
    ///
    /// - With blank lines in the text, blank lines separate paragraphs and
    ///   single newlines are soft wraps (an indented line, where others are not, starts one too).
    /// - Otherwise, when some lines are indented and others are not (Reuters
    ///   style), an indented line starts a paragraph and the others continue it.
    /// - Otherwise every line is a paragraph.
    public static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextSpan] {
        struct Line {
            var start: Int, end: Int, contentStart: Int
            var blank: Bool { contentStart >= end }
        }
        var lines: [Line] = []
        var i = 0
        let n = bytes.count
        while i <= n {
            var end = i
            while end < n, bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            while contentEnd > i, isSpace(bytes[contentEnd - 1]) { contentEnd -= 1 }
            var contentStart = i
            while contentStart < contentEnd, isSpace(bytes[contentStart]) { contentStart += 1 }
            lines.append(Line(start: i, end: contentEnd, contentStart: contentStart))
            i = end + 1
        }
        // A blank line between two non-blank ones means blank lines separate paragraphs.
        let firstContent = lines.firstIndex(where: { !$0.blank }) ?? 0
        let lastContent = lines.lastIndex(where: { !$0.blank }) ?? 0
        let hasBlank = firstContent < lastContent && lines[firstContent...lastContent].contains(where: \.blank)
        let content = lines.filter { !$0.blank }
        let indented = content.filter { $0.contentStart > $0.start }.count
        let mixedIndent = indented > 0 && indented < content.count && content.count > 2

        var result: [TextSpan] = []
        var current: TextSpan?
        func flush() {
            if let c = current { result.append(c) }
            current = nil
        }
        for line in lines {
            if line.blank {
                if hasBlank { flush() }
                continue
            }
            let startsParagraph: Bool
            if hasBlank || mixedIndent {
                // Where some lines are indented and others not (Reuters), an indented line starts a paragraph, also
                // when blank lines part the text (a results table, "    Net 13,555,000 vs 14,635,000", above a note
                // set off by a blank line).
                startsParagraph = current == nil || (mixedIndent && line.contentStart > line.start)
            } else {
                // A line broken mid-sentence (no closing punctuation, at least four words, the next
                // line starting in lower case) is a soft wrap, not a new paragraph: "It was a cold\nnight".
                startsParagraph = !(current.map { continuesSentence(bytes, $0, into: line.contentStart) } ?? false)
            }
            if startsParagraph {
                flush()
                current = TextSpan(line.contentStart, line.end)
            } else {
                current?.end = line.end
            }
        }
        flush()
        return result
    }

    static func continuesSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ previous: TextSpan, into next: Int) -> Bool {
        guard next < bytes.count, bytes[next] >= 97, bytes[next] <= 122, previous.end > previous.start else { return false }
        let last = bytes[previous.end - 1]
        if ".!?:;\"')]".utf8.contains(last) || last >= 0x80 { return false }
        var words = 1
        for k in previous.start..<previous.end where bytes[k] == 0x20 { words += 1 }
        return words >= 4
    }

    // MARK: Sentences

    /// Sentence spans inside one paragraph, trimmed of surrounding whitespace.
    public static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: TextSpan) -> [TextSpan] {
        // A list run into one line ("1) Rates rise 2) Prices fall") is cut at its markers first.
        let items = ListMarkers.itemStarts(bytes, paragraph)
        guard items.isEmpty else {
            var result: [TextSpan] = []
            var start = paragraph.start
            for itemStart in items + [paragraph.end] {
                var itemEnd = itemStart
                while itemEnd > start, isSpace(bytes[itemEnd - 1]) { itemEnd -= 1 }
                if itemEnd > start { result += sentencesInRun(bytes, in: TextSpan(start, itemEnd)) }
                start = itemStart
            }
            return result
        }
        return sentencesInRun(bytes, in: paragraph)
    }

    static func sentencesInRun(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: TextSpan) -> [TextSpan] {
        var result: [TextSpan] = []
        let end = paragraph.end
        var sentenceStart = paragraph.start
        var depth = 0
        // Where the paragraph's last closing bracket is: "is a bracket still to close?" in O(1),
        // so an unbalanced "(" cannot make a long paragraph quadratic.
        var lastCloser = -1
        var scan = end - 1
        while scan >= paragraph.start {
            if bytes[scan] == UInt8(ascii: ")") || bytes[scan] == UInt8(ascii: "]") {
                lastCloser = scan
                break
            }
            scan -= 1
        }
        var i = paragraph.start
        while i < end {
            let b = bytes[i]
            var terminatorEnd = -1
            var isPeriod = false
            var needsSpace = true
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "."):
                terminatorEnd = i + 1
                isPeriod = true
            case UInt8(ascii: "!"), UInt8(ascii: "?"):
                terminatorEnd = i + 1
            case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6:  // …
                terminatorEnd = i + 3
            case 0xE3 where i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82:  // 。
                terminatorEnd = i + 3
                needsSpace = false
            case 0xEF where i + 2 < end && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F):  // ！？
                terminatorEnd = i + 3
                needsSpace = false
            case 0xE0 where i + 2 < end && bytes[i + 1] == 0xA5 && (bytes[i + 2] == 0xA4 || bytes[i + 2] == 0xA5):  // । ॥
                terminatorEnd = i + 3
                needsSpace = false
            default:
                break
            }
            guard terminatorEnd > 0 else {
                i += 1
                continue
            }
            var j = terminatorEnd
            // "?!", "...", ".”", ".)" — the run of terminators and closers belongs to this sentence.
            var ellipsis = !isPeriod && b == 0xE2
            while j < end, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: "!") || bytes[j] == UInt8(ascii: "?") {
                if bytes[j] == UInt8(ascii: ".") && isPeriod { ellipsis = true }
                j += 1
            }
            var closedBracket = false
            while j < end, let width = closerWidth(bytes, at: j, end: end) {
                if bytes[j] == UInt8(ascii: ")") || bytes[j] == UInt8(ascii: "]") {
                    closedBracket = true
                    depth = max(0, depth - 1)
                }
                j += width
            }
            guard j < end else { break }
            if needsSpace && !isSpace(bytes[j]) {
                i = j
                continue
            }
            var k = j
            while k < end, isSpace(bytes[k]) { k += 1 }
            guard k < end else { break }
            if !looksLikeSentenceStart(bytes, at: k, end: end)
                || (isPeriod && !ellipsis && !closedBracket
                    && Abbreviations.periodIsNotBoundary(bytes, period: i, sentenceStart: sentenceStart, next: k, end: end))
                || (depth > 0 && lastCloser >= k)
                || ListMarkers.isBareMarker(bytes, TextSpan(sentenceStart, j))
            {
                i = k
                continue
            }
            result.append(TextSpan(sentenceStart, j))
            sentenceStart = k
            depth = 0
            i = k
        }
        var last = end
        while last > sentenceStart, isSpace(bytes[last - 1]) { last -= 1 }
        if last > sentenceStart { result.append(TextSpan(sentenceStart, last)) }
        return result
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B
    }

    /// Width of a closing quote or bracket at `i`, if there is one.
    static func closerWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        switch bytes[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return 1
        case 0xE2 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99):
            return 3  // ” ’
        case 0xC2 where i + 1 < end && bytes[i + 1] == 0xBB: return 2  // »
        case 0xE3 where i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x8D || bytes[i + 2] == 0x8F):
            return 3  // 」』
        case 0xEF where i + 2 < end && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x89: return 3  // ）
        default: return nil
        }
    }

    /// Capital, digit, opening quote or bracket, currency, or a letter from a
    /// script without case (CJK): a sentence may start here.
    static func looksLikeSentenceStart(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> Bool {
        let b = bytes[k]
        if b < 0x80 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "$"),
                UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "*"), UInt8(ascii: "-"):
                return true
            default: return false
            }
        }
        guard let scalar = decodeScalar(bytes, at: k, end: end) else { return false }
        if scalar.properties.isLowercase { return false }
        return true
    }

    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, end: Int) -> Unicode.Scalar? {
        let b = bytes[k]
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard k + width <= end else { return nil }
        var iterator = UnsafeBufferPointer(rebasing: bytes[k..<(k + width)]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
