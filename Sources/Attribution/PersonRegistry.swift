import ClaimTraceCore
import TokenRules

/// People and organisations named so far in an article, to resolve "He", "Zelinskiy" and "the company".
/// Names are few per article, so short arrays searched by ``WordKey`` beat hashing. A class: each
/// sentence's finder adds to the one registry of its article, without copying it.
///
/// Resolution is conservative: a wrong name is worse than the mention as written, so every lookup
/// answers nil when it has no candidate it can stand behind.
final class PersonRegistry {
    /// The article's author, for "I" outside quotation marks in a first-person piece.
    let author: String?

    init(author: String? = nil) {
        self.author = author
    }

    // MARK: Organisations

    /// Full organisation names by the keys of their head words ("ministry" → "Finance Ministry").
    private var organizationHeads: [UInt64] = []
    private var organizationNames: [String] = []
    /// What a name mentioned again needs: its head words and whether it is a company, found once.
    private struct Known {
        let name: String
        let heads: [UInt64]
        let company: Bool
    }
    /// Organisation names by a key of their words' keys (case-insensitive, as the words' keys are).
    private var knownByRunKey: [UInt64: Known] = [:]
    private var knownByName: [String: Known] = [:]
    /// The last company named (a name with a corporate word: "Acme Holdings", "Nokia Oy"), for "the company".
    private(set) var lastCompany: String?

    func registerOrganization(_ name: String, lexicon lex: AttributionKeys) {
        // The same organisation noted again, with nothing noted since, changes nothing.
        if name == lastNoted { return }
        note(known(name, lex))
    }

    /// What `name` is (its head words, whether a company), read once per article.
    private func known(_ name: String, _ lex: AttributionKeys) -> Known {
        if let known = knownByName[name] { return known }
        let known = Self.know(name, lex)
        knownByName[name] = known
        return known
    }

    private static func know(_ name: String, _ lex: AttributionKeys) -> Known {
        know(name, keys: WordKey.ofWords(name), lex)
    }

    private static func know(_ name: String, keys: [UInt64], _ lex: AttributionKeys) -> Known {
        Known(
            name: name, heads: keys.filter { lex.organizations.contains($0) || lex.organizationWords.contains($0) },
            company: keys.contains { lex.corporateWords.contains($0) })
    }

    /// The organisation noted last.
    private var lastNoted: String?

    private func note(_ known: Known) {
        lastNoted = known.name
        for head in known.heads { Self.set(head, known.name, keys: &organizationHeads, values: &organizationNames) }
        if known.company { lastCompany = known.name }
    }

    /// The organisation a generic head stands for: "the ministry" → "Finance Ministry"; "the company" and
    /// its kin → the company that spoke in the last two sentences, else the last company named ("News Corp said
    /// it started its offer for Harper and Row Publishers Inc. … the company said" is News Corp).
    func organization(for head: UInt64, lexicon lex: AttributionKeys) -> String? {
        if let index = organizationHeads.lastIndex(of: head) { return organizationNames[index] }
        if lex.companyHeads.contains(head) {
            if let speaker = lastCompanySpeaker, sentence - lastCompanySpeakerSentence <= 2 { return speaker }
            return lastCompany
        }
        return nil
    }

    /// The last company that was a source, and in which sentence.
    private var lastCompanySpeaker: String?
    private var lastCompanySpeakerSentence = -10

    /// A company that spoke: what "the company said" means in the sentences right after.
    func noteCompanySpeaker(_ name: String, lexicon lex: AttributionKeys) {
        guard known(name, lex).company else { return }
        lastCompanySpeaker = name
        lastCompanySpeakerSentence = sentence
    }

    /// The last organisation or document that was a source: what "it said" refers to.
    private(set) var lastBody: String?
    private var bodyTypes: [String: SourceType] = [:]

    func noteBody(_ name: String, type: SourceType) {
        bodyTypes[name] = type
        lastBody = name
    }

    func type(of body: String) -> SourceType { bodyTypes[body] ?? .organization }

    /// Whether `name` has spoken as an organisation or a document in this article.
    func isKnownBody(_ name: String) -> Bool { bodyTypes[name] != nil }

    /// The last unnamed group that was a source ("traders", "officials"): what "they said" refers to.
    private(set) var lastGroup: String?
    func noteGroup(_ name: String) { lastGroup = name }

    // MARK: People

    /// Full names by their surnames and first names ("Zelinskiy" → "Volodymyr Zelinskiy"): keys to
    /// search, the parts as written to confirm a match case by case ("Un" is not "UN").
    private var partKeys: [UInt64] = []
    private var parts: [Substring] = []
    private var partNames: [String] = []
    /// Whether each part is a middle name, which a surname given later takes over.
    private var partIsMiddle: [Bool] = []

    /// The last person named with a title or as a source.
    private(set) var last: String?
    /// The last person who was a sentence's subject (a speaker, or a name opening the sentence), and that
    /// sentence: "he" prefers them over a name merely mentioned.
    private(set) var lastSubject: String?
    private(set) var lastSubjectSentence = -10
    /// The sentence being read (set by the attributor).
    var sentence = 0

    /// The person registered last: registering them again, with nobody registered since, changes nothing.
    private var lastRegistered: String?

    /// A person who spoke: `name` is the last person named; with `asName`, its words stand for it later ("Okafor"
    /// for "Grace Okafor"), which a description's do not ("Nintendo" is not "Nintendo Europe's general manager").
    func register(_ name: String, asName: Bool = true) {
        last = name
        guard asName else { return }
        if name == lastRegistered { return }
        lastRegistered = name
        let words = name.split(separator: " ")
        if words.count > 1, let surname = words.last {
            var from = 0
            var updated = false
            while let index = parts[from...].firstIndex(of: surname) {
                // The fullest name given wins: "Grace Okafor" is not replaced by "Okafor"; a surname wins over a
                // middle name ("Juan Carlos Varela" over "Eyda Varela de Chinchilla").
                if partIsMiddle[index] || partNames[index].split(separator: " ").count <= words.count {
                    partNames[index] = name
                    partIsMiddle[index] = false
                }
                updated = true
                from = index + 1
            }
            if !updated { addPart(surname, of: name) }
        }
        if words.count > 1, let first = words.first, !parts.contains(first) { addPart(first, of: name) }
        // A middle name of three or more letters is a surname too in many names ("Justo Marin Ludena" is "Marin",
        // "Luis Guillermo Solis Rivera" is "Solis"); not in longer runs, more often a headline than a name.
        if words.count == 3 || words.count == 4 {
            for middle in words[1..<(words.count - 1)] where middle.utf8.count >= 3 && middle.first?.isUppercase == true && middle.last != "." {
                if !parts.contains(middle) { addPart(middle, of: name, middle: true) }
            }
        }
    }

    /// Whether the last subject is a person the article described but did not name ("a bank official").
    private(set) var lastSubjectIsDescribed = false

    /// A person who spoke, or whose name opens a sentence; `described` for a speaker the article did not
    /// name ("A Federal Reserve spokesman told …": the next "He said" is the spokesman, not a name before).
    /// `title` is what stood before the name ("Mr.", "Sen."), which may say the gender the name does not.
    func noteSubject(_ name: String, described: Bool = false, title: String? = nil) {
        lastSubject = name
        lastSubjectSentence = sentence
        lastSubjectIsDescribed = described
        lastSubjectTitle = title
    }
    /// The title the last subject was named with (read for its gender only when a pronoun asks).
    private var lastSubjectTitle: String?

    /// A speaker known only as "he" or "she": who the next "he" is stays unknown, rather than a name
    /// from before them.
    func noteUnknownSubject() {
        lastSubject = nil
        lastSubjectSentence = sentence
        lastSubjectIsDescribed = false
        lastSubjectTitle = nil
    }

    /// Who "he" or "she" is: the last sentence subject when it was one of the last few sentences (nobody
    /// when that subject was itself an unresolved "he"), else the last person named, else the last plain
    /// name; nil when the article has named nobody.
    /// A name or description whose words say a gender ("spokeswoman", "Mrs Thatcher", "Lord Butler") that
    /// the pronoun contradicts stands behind no pronoun.
    func personForPronoun(_ bytes: UnsafeBufferPointer<UInt8>, feminine: Bool) -> (name: String, described: Bool)? {
        if sentence - lastSubjectSentence <= 3 {
            guard let subject = lastSubject else { return nil }
            let gender = lastSubjectTitle.flatMap { Self.gender(of: $0 + " " + subject) } ?? Self.gender(of: subject)
            guard gender.map({ $0 == feminine }) ?? true else { return nil }
            return (subject, lastSubjectIsDescribed)
        }
        // A plain name merely mentioned stands behind a pronoun only when it is recent and its first name says the
        // pronoun's gender ("Maria Lopez chairs the board. She said"): "the Mac Plus", "Finding Neverland" and "Swansea
        // Ospreys" are two capitalised words too.
        if let name = last ?? (lastSubjectIsDescribed ? nil : lastSubject) {
            guard Self.gender(of: name).map({ $0 == feminine }) ?? true else { return nil }
            return (name, false)
        }
        guard sentence - lastNameRunSentence <= 6, let run = lastNameRun else { return nil }
        let name = run.map { $0.text(in: bytes) }.joined(separator: " ")
        guard Self.gender(of: name) == feminine else { return nil }
        return (name, false)
    }

    /// True for a name or description marked feminine, false for one marked masculine, nil when neither.
    static func gender(of name: String) -> Bool? {
        if let space = name.utf8.firstIndex(of: 0x20) {
            let first = name[..<space]
            switch first {
            case "Mr", "Mr.", "Sir", "Lord", "King", "Prince": return false
            case "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Lady", "Dame", "Baroness", "Queen", "Princess": return true
            default: break
            }
            // A common first name: "She said" is not "Gordon Brown".
            if Self.masculineNames.contains(String(first)) { return false }
            if Self.feminineNames.contains(String(first)) { return true }
        }
        // The head of a description: "executive spokeswoman", "Federal Reserve spokesman", "a union chairman" (not a
        // name, "Silverman": the head is in lowercase).
        let head = name.lastWord
        guard let b = head.utf8.first, b >= 97, b <= 122 else { return nil }
        if head.hasSuffix("woman") { return true }
        if head.hasSuffix("man") { return false }
        return nil
    }

    /// First names common in English-language news and given to one sex far more often than the other (a name left
    /// out resolves as before).
    static let masculineNames: Set<String> = [
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Kenneth",
        "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
        "Gregory", "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Henry",
        "Peter", "Douglas", "Harold", "Carl", "Arthur", "Gordon", "Tony", "Nigel", "Ian", "Alan", "Graham", "Colin",
        "Keith", "Neil", "Malcolm", "Hugh", "Boris", "Vladimir", "Barack", "Bernie", "Ted", "Jeb", "Mitt", "Marco",
        "Mike", "Bill", "Tom", "Jim", "Bob", "Joe", "Dan", "Ben", "Sergei", "Mohammed", "Muhammad", "Ahmed", "Hans",
        "Juan", "Carlos", "Jose", "Luis", "Pedro", "Francois", "Dick", "Rick", "Ron", "Newt", "Chuck", "Mitch", "Rand", "Rudy",
        "Harry", "Orrin", "Rob",
    ]
    static let feminineNames: Set<String> = [
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Margaret", "Sandra", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
        "Angela", "Shirley", "Anna", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine",
        "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie",
        "Olivia", "Joyce", "Virginia", "Victoria", "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan",
        "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Frances", "Kathryn",
        "Janice", "Hillary", "Theresa", "Nicola", "Harriet", "Tessa", "Yvette", "Kate", "Jane", "Sally", "Claire",
        "Fiona", "Gillian", "Hazel", "Ségolène", "Uma", "Meghan", "Oprah", "Nikki", "Carly", "Debbie", "Dianne", "Kamala",
        "Condoleezza", "Madeleine", "Michele", "Marsha", "Susana", "Tammy", "Kirsten",
    ]

    private func addPart(_ part: Substring, of name: String, middle: Bool = false) {
        partKeys.append(WordKey.of(part.utf8))
        parts.append(part)
        partNames.append(name)
        partIsMiddle.append(middle)
    }

    /// The full name a one-word mention stands for, matched exactly as written.
    func fullName(for token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var from = 0
        while let index = partKeys[from...].firstIndex(of: token.key) {
            if parts[index].utf8.elementsEqual(bytes[token.start..<token.end]) { return partNames[index] }
            from = index + 1
        }
        return nil
    }

    private static func set(_ key: UInt64, _ value: String, keys: inout [UInt64], values: inout [String]) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    /// The last run of two or three capitalised words with no organisation word: a person
    /// named without a title ("Maria Lopez chairs the board"), the fallback for "She". Kept as its
    /// tokens: nearly every sentence has such a run, and its name is read only when a pronoun needs it.
    private(set) var lastNameRun: ArraySlice<Token>?
    private var lastNameRunSentence = -10
    /// Words that open a sentence before its subject: "Meanwhile, O'Leary has rapped …".
    static let sentenceConnectives = WordTable(["but", "and", "meanwhile", "however", "still", "now", "later", "earlier", "instead",
                                                "yesterday", "today", "also", "so", "then"])
    /// Words before a name that make it a place or a thing's: articles, prepositions of place, "of".
    static let placeOpeners = WordTable(["a", "an", "the", "in", "at", "from", "near", "across", "into", "outside", "inside",
                                         "throughout", "of", "to", "toward", "towards"])

    /// A surname mentioned anywhere in a sentence makes that person the latest one; a capitalised
    /// name with an organisation word ("the Finance Ministry") is remembered for "the ministry".
    func noteMentions(in tokens: [Token], classes: [TokenClass], bytes: UnsafeBufferPointer<UInt8>, lexicon: AttributionKeys) {
        var runStart: Int?
        var lastRun: Range<Int>?
        for (i, token) in tokens.enumerated() {
            let inName = token.isWord && token.isCapitalized && classes[i].rawValue & AC.notName.rawValue == 0
            if inName {
                if !partKeys.isEmpty, let name = fullName(for: token, in: bytes) { last = name }
                if runStart == nil { runStart = i }
            }
            if !inName || i == tokens.count - 1, let start = runStart {
                let end = inName ? i + 1 : i
                runStart = nil
                guard end - start >= 2 else { continue }
                var start = start
                if classes[start..<end].contains(where: { $0.rawValue & AC.organizationWord.rawValue != 0 }) {
                    // "Harper and Row Publishers Inc", "Eastern Gas and Fuel Associates": a company's name goes back over
                    // its "and" to the capitalised words before it that name no company of their own.
                    var k = start - 2
                    if start >= 2, tokens[start - 1].key == lexicon.and, tokens[k].isWord, tokens[k].isCapitalized,
                        classes[k].rawValue & AC.notName.rawValue == 0
                    {
                        while k > 0, start - k < 4, tokens[k - 1].isWord, tokens[k - 1].isCapitalized, classes[k - 1].rawValue & AC.notName.rawValue == 0 { k -= 1 }
                        // (Not a place before it: "Sun Banks in Florida and Trust Co banks in Georgia".)
                        if !classes[k..<(start - 1)].contains(where: { $0.rawValue & AC.organizationWord.rawValue != 0 }),
                            !(k > 0 && tokens[k - 1].key == lexicon.inWord)
                        {
                            start = k
                        }
                    }
                }
                let words = tokens[start..<end]
                if classes[start..<end].contains(where: { $0.rawValue & AC.organizationWord.rawValue != 0 }) {
                    // A name seen before in this article is found by its words' keys, without building it again.
                    var runKey = WordKey.offsetBasis
                    for word in words { runKey = (runKey ^ word.key) &* WordKey.prime }
                    if let seen = knownByRunKey[runKey] {
                        note(seen)
                    } else {
                        let known = Self.know(words.map { $0.text(in: bytes) }.joined(separator: " "), keys: words.map(\.key), lexicon)
                        knownByRunKey[runKey] = known
                        note(known)
                    }
                } else if end - start <= 3, !words.contains(where: { $0.count < 2 }),
                    words.allSatisfy({ Self.hasLowercase($0, bytes) }),
                    // (Not a thing: "Mac Plus, which went on the market a year ago, sells for …".)
                    !(end + 1 < tokens.count && tokens[end].key == lexicon.comma && tokens[end + 1].key == lexicon.which),
                    // (Nor a name after an article, a preposition of place or "of", or an adjective in -ed: "a win in the New
                    // York marathon", "flights from Hong Kong", "the mayor of Los Angeles", "the drought-ravaged Aral Sea"
                    // name places and things.)
                    !(start > 0 && (Self.placeOpeners.contains(tokens[start - 1].key)
                        || (tokens[start - 1].isWord && !tokens[start - 1].isCapitalized && bytes[tokens[start - 1].end - 1] == UInt8(ascii: "d")
                            && bytes[tokens[start - 1].end - 2] == UInt8(ascii: "e"))))
                {
                    lastRun = start..<end  // build the string once, for the sentence's last run only
                    // (Also after an opening connective: "Meanwhile, O'Leary has rapped …", "But Maria Lopez chairs …".)
                    let opener = start == 0 || (start <= 2 && Self.sentenceConnectives.contains(tokens[0].key)
                        && (start == 1 || tokens[1].key == lexicon.comma))
                    // (Its titles are no part of the name: "Mr Hirsch" is Hirsch; "Chief Secretary to the Treasury Paul
                    // Boateng" names nobody before "to".)
                    // (Only after a connective: a run opening the sentence is read as before.)
                    var first = start
                    while start > 0, first < end, classes[first].rawValue & AC.title.rawValue != 0 { first += 1 }
                    if opener, first < end {
                        // A plain name opening the sentence is its subject ("Maria Lopez chairs the board"), but not over
                        // the subject a source of this sentence gave ("Lib Dem president Simon Hughes said"), unless it
                        // is that subject's full name ("De Croo said" after "Herman De Croo").
                        let run = tokens[first..<end].map { $0.text(in: bytes) }.joined(separator: " ")
                        let name = fullName(for: tokens[end - 1], in: bytes) ?? run
                        let title = first > start ? tokens[start..<first].map { $0.text(in: bytes) }.joined(separator: " ") : nil
                        if lastSubjectSentence != sentence {
                            noteSubject(name, title: title)
                        } else if let current = lastSubject, name != current, name.hasSuffix(" " + current) {
                            lastSubject = name
                        }
                    }
                }
            }
        }
        if let run = lastRun {
            lastNameRun = tokens[run]
            lastNameRunSentence = sentence
        }
    }

    /// Not written in capitals only ("Maria", not "NATO"); letters beyond ASCII count as lowercase.
    static func hasLowercase(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[token.start..<token.end].contains { ($0 >= 97 && $0 <= 122) || $0 >= 0x80 }
    }
}

extension String {
    /// The last word (after the last space), without splitting the string.
    var lastWord: Substring {
        let start = utf8.lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
        return self[start...]
    }

    /// Whether the last word starts with an ASCII lowercase letter: a description ("Costa Rica's president"), not a name.
    var endsWithLowercaseWord: Bool {
        guard let b = lastWord.utf8.first else { return false }
        return b >= 97 && b <= 122
    }

    /// Whether the first character is a capital: a byte test for ASCII, the Unicode property only beyond it
    /// (`Character.isUppercase` looked properties up for every source the finder remembered).
    var startsWithCapital: Bool {
        guard let b = utf8.first else { return false }
        if b < 0x80 { return b >= 65 && b <= 90 }
        return first?.isUppercase == true
    }
}
