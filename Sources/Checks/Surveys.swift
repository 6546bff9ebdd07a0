import ClaimTraceCore

/// Gathers how a poll or survey was made from the sentences of an article that describe it ("The poll of 1,002
/// likely voters, conducted Sept. 10–13 for CNN by telephone, has a margin of error of plus or minus 3.1
/// percentage points"), and gives it to every sentence that rests on it or describes it.
enum SurveyReader {
    /// Words that mark a sentence as describing a poll or survey.
    static let markers = NeedleSet(["poll", "survey", "margin of error", "respondents", "sample of", "interviewed", "questioned"])
    /// Counted nouns of a sample ("1,002 likely voters").
    static let sampleNouns: Set<String> = [
        "voters", "adults", "respondents", "people", "residents", "americans", "households", "consumers", "participants",
        "likely voters", "registered voters", "members", "parents", "students", "workers", "employees", "businesses",
        "companies", "executives", "women", "men", "teenagers", "users", "customers", "britons", "canadians", "germans",
        "individuals", "citizens", "doctors", "nurses", "teachers", "investors", "economists", "shoppers", "readers",
    ]
    static let populationStops: Set<String> = [
        "conducted", "was", "were", "who", "with", "has", "had", "and", "by", "from", "between", "said", "found", "showed",
        "taken", "carried", "released", "published", "is", "are", "that", "on", "over", "during", "for", "via", "online",
    ]

    static func surveys(_ article: AttributedArticle, _ bytes: UnsafeBufferPointer<UInt8>) -> [Survey?] {
        let sentences = article.tagged.segmented.sentences
        var describes = [Bool](repeating: false, count: sentences.count)
        var any = false
        for (i, sentence) in sentences.enumerated() {
            if markers.occurs(in: bytes, from: sentence.span.start, to: sentence.span.end) {
                describes[i] = true
                any = true
            }
        }
        func isPoll(_ a: Attribution) -> Bool { a.sourceType == .survey || a.sourceType == .poll }
        let restsOnPoll = article.attributions.map { $0.contains(where: isPoll) }
        guard any || restsOnPoll.contains(true) else { return Array(repeating: nil, count: sentences.count) }

        var survey = Survey()
        survey.name = article.attributions.lazy.flatMap { $0 }.first(where: isPoll)?.source
        for i in sentences.indices where describes[i] {
            read(sentence: i, article, bytes, into: &survey)
        }
        guard !survey.isEmpty else { return Array(repeating: nil, count: sentences.count) }
        return sentences.indices.map { describes[$0] || restsOnPoll[$0] ? survey : nil }
    }

    /// Fills what `survey` still lacks from sentence `i`.
    static func read(sentence i: Int, _ article: AttributedArticle, _ bytes: UnsafeBufferPointer<UInt8>, into survey: inout Survey) {
        let span = article.tagged.segmented.sentences[i].span
        let quantities = article.tagged.quantities[i]
        func offset(_ byte: Int) -> Int { byte - span.start }
        // The byte just after a cue's first occurrence, searched on the bytes with capitals folded (String's
        // `firstRange(of:)` compared characters, two thirds of the checks stage).
        func after(_ cue: [UInt8]) -> Int? {
            ByteSearch.find(cue, in: bytes, from: span.start, to: span.end).map { $0 + cue.count }
        }

        if survey.sampleSize == nil {
            for q in quantities where q.kind == .count {
                guard let v = q.value, v >= 10, v == v.rounded(), let unit = q.unit?.lowercased(), sampleNouns.contains(unit) || sampleNouns.contains(where: { unit.hasSuffix($0) })
                else { continue }
                survey.sampleSize = Int(v)
                survey.population = population(after: q, bytes, span)
                break
            }
        }
        if survey.marginOfError == nil, let end = after(Self.marginCue) {
            let position = offset(end)
            if let q = quantities.first(where: { offset($0.span.start) >= position && ($0.value ?? 99) < 20 }) {
                survey.marginOfError = q.value.map(abs)
            }
        }
        if survey.fieldStart == nil {
            for cue in Self.fieldworkCues {
                guard let end = after(cue) else { continue }
                let position = offset(end)
                let times = article.timed.times[i]
                guard let k = times.firstIndex(where: { offset($0.span.start) >= position && isDay($0.value) }) else { continue }
                survey.fieldStart = String(times[k].value.prefix(10))
                survey.fieldEnd = fieldEnd(after: times[k], next: k + 1 < times.count ? times[k + 1] : nil, bytes, span)
                break
            }
        }
        if survey.sponsor == nil {
            for cue in Self.sponsorCues {
                guard let position = after(cue) else { continue }
                if let name = capitalizedRun(bytes, from: position, to: span.end) { survey.sponsor = name }
                break
            }
        }
        if survey.mode == nil {
            survey.mode = Self.modes.first { after($0.0) != nil }?.1
        }
    }

    static let marginCue = Array("margin of error".utf8)
    static let fieldworkCues = ["conducted", "carried out", "taken", "fielded", "between", "from"].map { Array($0.utf8) }
    static let sponsorCues = ["commissioned by ", "sponsored by ", "conducted for ", "poll for ", "survey for ", "paid for by "].map { Array($0.utf8) }
    static let modes: [([UInt8], String)] = [
        ("online", "online"), ("by telephone", "telephone"), ("by phone", "telephone"), ("telephone poll", "telephone"),
        ("cellphone", "telephone"), ("landline", "telephone"), ("in person", "in person"), ("face-to-face", "in person"),
        ("by mail", "mail"),
    ].map { (Array($0.0.utf8), $0.1) }

    static func isDay(_ value: String) -> Bool {
        let u = Array(value.utf8)
        return u.count >= 10 && u[4] == UInt8(ascii: "-") && u[7] == UInt8(ascii: "-") && u[0] != UInt8(ascii: "X")
    }

    /// The end of fieldwork after its first day: "Sept. 10–13", "Sept. 10 to 13", "Sept. 28 to Oct. 2".
    static func fieldEnd(after first: TimeExpression, next: TimeExpression?, _ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String? {
        var k = first.span.end
        // A dash or "to"/"and"/"through" followed by a day number of the same month.
        let rest = lower(bytes, TextSpan(k, min(span.end, k + 16)))
        for joiner in ["–", "-", " to ", " and ", " through ", "—"] where rest.hasPrefix(joiner) {
            k += joiner.utf8.count
            var day = 0
            var digits = 0
            while k < span.end, bytes[k] >= 48, bytes[k] <= 57, digits < 2 {
                day = day * 10 + Int(bytes[k] - 48)
                digits += 1
                k += 1
            }
            if digits > 0, day >= 1, day <= 31, k == span.end || !(bytes[k] >= 48 && bytes[k] <= 57) {
                return String(first.value.prefix(8)) + (day < 10 ? "0" : "") + String(day)
            }
            if let next, isDay(next.value), next.span.start <= first.span.end + 12 { return String(next.value.prefix(10)) }
        }
        return nil
    }

    /// Who was asked: the words after the sample size up to a verb, a comma or a preposition that ends it
    /// ("likely voters", "adults in 32 countries").
    static func population(after q: Quantity, _ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String? {
        // The count's own text ends with its noun ("1,002 likely voters"); keep what follows too ("in 32 countries").
        var words: [String] = []
        var k = q.span.start
        while k < q.span.end, !(bytes[k] == 0x20) { k += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<min(span.end, q.span.end + 40)]), as: UTF8.self)
        for raw in text.split(separator: " ") {
            let word = raw.trimmingCharactersASCII()
            let lowered = word.lowercased()
            if populationStops.contains(lowered) || word.isEmpty { break }
            if words.count >= 6 { break }
            words.append(word)
            if raw.last == "," || raw.last == "." || raw.last == ";" { break }
        }
        // "in 32 countries" stays, a trailing preposition does not.
        while let last = words.last, ["in", "of", "across"].contains(last.lowercased()) { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A run of capitalised words from `from` ("CNN", "The Washington Post", "the Kaiser Family Foundation").
    static func capitalizedRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<min(to, from + 80)]), as: UTF8.self)
        var words: [String] = []
        for raw in text.split(separator: " ") {
            let word = raw.trimmingCharactersASCII()
            guard let first = word.unicodeScalars.first else { break }
            let joiner = ["of", "and", "for", "the", "&"].contains(word.lowercased()) && !words.isEmpty
            if words.isEmpty, word.lowercased() == "the" { continue }
            guard first.properties.isUppercase || joiner else { break }
            words.append(word)
            if raw.last == "," || raw.last == "." || raw.last == ";" { break }
        }
        while let last = words.last, ["of", "and", "for", "the", "&"].contains(last.lowercased()) { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func lower(_ bytes: UnsafeBufferPointer<UInt8>, _ span: TextSpan) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]).map(SentenceFigures.folded), as: UTF8.self)
    }
}

extension Substring {
    /// Without the punctuation that clings to a word in running text.
    func trimmingCharactersASCII() -> String {
        var s = self
        while let c = s.last, ",.;:)\"'’”".contains(c) { s.removeLast() }
        while let c = s.first, "(\"'‘“".contains(c) { s.removeFirst() }
        return String(s)
    }
}
