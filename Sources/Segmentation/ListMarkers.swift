import ClaimTraceCore

/// Numbered, lettered and bulleted list items written on one line:
/// "1.) The first item 2.) The second item", "a. One b. Two", "• 9. Nine • 10. Ten".
enum ListMarkers {
    struct Marker {
        var label: Int
        var alphabetic: Bool
        var bullet: Bool
        var end: Int
    }

    /// A marker at `i`: an optional bullet, a one- or two-digit number or one lowercase letter,
    /// then ".", ")" or ".)", then a space and a capital letter.
    static func marker(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Marker? {
        var i = start
        var bullet = false
        if i + 2 < end, bytes[i] == 0xE2, (bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA2) || (bytes[i + 1] == 0x81 && bytes[i + 2] == 0x83) {
            bullet = true  // • ⁃
            i += 3
        } else if i < end, bytes[i] == UInt8(ascii: "*") {
            bullet = true
            i += 1
        }
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end else { return nil }
        var label = 0
        var alphabetic = false
        let labelStart = i
        if bytes[i] >= 48, bytes[i] <= 57 {
            while i < end, i < labelStart + 2, bytes[i] >= 48, bytes[i] <= 57 {
                label = label * 10 + Int(bytes[i] - 48)
                i += 1
            }
            if i < end, bytes[i] >= 48, bytes[i] <= 57 { return nil }
        } else if bytes[i] >= 97, bytes[i] <= 122 {
            label = Int(bytes[i] - 96)
            alphabetic = true
            i += 1
        } else {
            return nil
        }
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            if i < end, bytes[i] == UInt8(ascii: ")") { i += 1 }
        } else if bytes[i] == UInt8(ascii: ")") {
            i += 1
        } else {
            return nil
        }
        guard i + 1 < end, bytes[i] == 0x20, bytes[i + 1] >= 65, bytes[i + 1] <= 90 else { return nil }
        return Marker(label: label, alphabetic: alphabetic, bullet: bullet, end: i)
    }

    /// Where items after the first begin, when the paragraph opens with a marker and later
    /// markers of the same style continue its numbering; empty otherwise.
    static func itemStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: TextSpan) -> [Int] {
        guard var previous = marker(bytes, at: paragraph.start, end: paragraph.end) else { return [] }
        var starts: [Int] = []
        var i = previous.end
        while i < paragraph.end {
            if Segmenter.isSpace(bytes[i]), i + 1 < paragraph.end,
                let next = marker(bytes, at: i + 1, end: paragraph.end), next.label == previous.label + 1,
                next.alphabetic == previous.alphabetic, next.bullet == previous.bullet
            {
                starts.append(i + 1)
                previous = next
                i = next.end
            } else {
                i += 1
            }
        }
        return starts
    }

    /// True when a would-be sentence is nothing but a list marker ("1.)", "a.").
    static func isBareMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> Bool {
        guard span.count <= 8 else { return false }
        var i = span.start
        if i + 2 < span.end, bytes[i] == 0xE2 { i += 3 }
        while i < span.end, bytes[i] == 0x20 || bytes[i] == UInt8(ascii: "*") { i += 1 }
        var labels = 0
        while i < span.end, (bytes[i] >= 48 && bytes[i] <= 57) || (bytes[i] >= 97 && bytes[i] <= 122) {
            labels += 1
            i += 1
        }
        guard labels >= 1, labels <= 2 else { return false }
        while i < span.end, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") { i += 1 }
        return i == span.end
    }
}
