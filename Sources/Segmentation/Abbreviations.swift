/// Decides whether a period followed by a capitalised word ends a sentence.
enum Abbreviations {
    /// Titles and words that are never the last word of a sentence.
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Maj", "Capt",
        "Sgt", "Cpl", "Pvt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Messrs",
        "St", "Mt", "Ft", "Fr", "Sr", "Jr", "vs", "v", "Vs", "Gens", "Ave", "Blvd", "Rd", "approx", "Dept", "Univ",
        "Assn", "Fig", "Figs", "Vol", "Vols", "cf", "ca", "Nos", "Ph", "Op", "Ed", "Eds",
    ]
    /// Abbreviations that stand before a number ("No. 1", "Sept. 11", "Art. 5").
    static let beforeNumber: Set<String> = [
        "No", "no", "Art", "art", "Sec", "sec", "p", "pp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Ch", "ch", "Para", "para", "Tel", "tel", "Ext", "ext", "N°", "Nº", "n°", "nº",
    ]
    /// Abbreviations that may end a sentence; they end one only when a typical
    /// sentence opener follows ("… Apple Inc. The company said").
    static let mayBeFinal: Set<String> = [
        "Inc", "Corp", "Co", "Ltd", "Plc", "plc", "Bros", "LLC", "Cos", "Mfg", "Intl", "etc", "al", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu",
        "Thurs", "Fri", "Sat", "Sun", "approx", "co", "corp",
        "inc", "ltd", "Jr", "Sr",
        // US state abbreviations as AP style writes them ("Sacramento, Calif.").
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex",
        "Va", "Vt", "Wash", "Wis", "Wyo",
    ]
    // Wire units ("mln", "pct", "dlrs") are not here: a period after one ends the sentence before any
    // capitalised word ("rose 3 pct. Corrigan said …"), since mid-sentence they are written without one.
    static let openers: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before",
        "Its", "His", "Her", "Their", "Our", "Some", "Many", "Most", "Other", "Such", "However", "Meanwhile",
        "Still", "Also", "Last", "Next", "Shares", "Analysts", "Officials", "What", "Why", "How", "Who", "Under",
        "With", "Without", "Since", "Although", "Despite", "By", "From", "To", "According",
    ]

    static func periodIsNotBoundary(
        _ bytes: UnsafeBufferPointer<UInt8>, period: Int, sentenceStart: Int, next: Int, end: Int
    ) -> Bool {
        // The word before the period.
        var wordStart = period
        while wordStart > sentenceStart {
            let c = bytes[wordStart - 1]
            if Segmenter.isSpace(c) || c == UInt8(ascii: "(") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "[")
                || c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
            {
                break
            }
            wordStart -= 1
        }
        let length = period - wordStart
        guard length > 0 else {
            // A spaced ellipsis: ". . ." goes on ("fine . . . I think"), ". . . ." ends a sentence.
            var dots = 1
            var k = period
            while k >= sentenceStart + 2, bytes[k - 1] == 0x20, bytes[k - 2] == UInt8(ascii: ".") {
                dots += 1
                k -= 2
            }
            return dots == 3
        }
        let nextIsDigit = bytes[next] >= UInt8(ascii: "0") && bytes[next] <= UInt8(ascii: "9")
        // Initials: "J. R. R. Tolkien", "George W. Bush". A lone "I" is the pronoun
        // ("you and I. Did …") unless a name stands before it ("Albert I. Jones").
        if length == 1, bytes[wordStart] >= UInt8(ascii: "A"), bytes[wordStart] <= UInt8(ascii: "Z") {
            if bytes[wordStart] == UInt8(ascii: "I") { return capitalizedWordBefore(bytes, wordStart, sentenceStart) }
            return true
        }
        // List numbering at the start of a sentence: "1. The first …".
        if wordStart == sentenceStart, length <= 2,
            (wordStart..<period).allSatisfy({ bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") })
        {
            return true
        }
        guard length <= 12 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<period]), as: UTF8.self)
        if neverFinal.contains(word) { return true }
        // A dateline in capitals: "ST. LOUIS, April 1 -", "FT. LAUDERDALE, Fla." (an "FT." closing a sentence stays final).
        if wordStart == sentenceStart, word == "ST" || word == "FT" || word == "MT" {
            let following = wordAt(bytes, next, end)
            if following.utf8.count >= 2, following.allSatisfy(\.isUppercase) { return true }
        }
        if nextIsDigit, beforeNumber.contains(word) { return true }
        let nextWord = wordAt(bytes, next, end)
        // "At 5 a.m. Mr. Smith left" goes on; "… left at 6 P.M. Mr. Smith then …" ends:
        // a time that opens the sentence is an introduction, one later in it is its end.
        if word.lowercased() == "a.m" || word.lowercased() == "p.m" {
            var spaces = 0
            for k in sentenceStart..<wordStart where bytes[k] == 0x20 { spaces += 1 }
            if spaces <= 2 { return true }
            // Later in the sentence it ends there before an opener or a title ("… 6 P.M. Mr. Smith"),
            // not before a day or a zone ("at 10 a.m. Friday", "9 a.m. EST").
            return !(openers.contains(nextWord) || ["Mr", "Mrs", "Ms", "Dr"].contains(nextWord))
        }
        // Dotted acronyms: "U.S.", "Ph.D." — final only before an opener.
        let isDottedAcronym = word.contains(".") && word.split(separator: ".").allSatisfy { $0.count <= 2 }
        if isDottedAcronym || mayBeFinal.contains(word) {
            return !openers.contains(nextWord)
        }
        return false
    }

    static func capitalizedWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ wordStart: Int, _ sentenceStart: Int) -> Bool {
        var i = wordStart - 1
        while i > sentenceStart, Segmenter.isSpace(bytes[i]) { i -= 1 }
        var start = i
        while start > sentenceStart, !Segmenter.isSpace(bytes[start - 1]) { start -= 1 }
        guard start < i || (start == i && i > sentenceStart) else { return false }
        return bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")
    }

    static func wordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var i = start
        while i < end, bytes[i] < 0x80,
            (bytes[i] >= UInt8(ascii: "A") && bytes[i] <= UInt8(ascii: "Z"))
                || (bytes[i] >= UInt8(ascii: "a") && bytes[i] <= UInt8(ascii: "z"))
        {
            i += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }
}
