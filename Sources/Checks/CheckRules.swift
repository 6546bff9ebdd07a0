import ClaimTraceCore

/// The check rules, in the order they run. Names are stable (they are the `rule` of every check record).
enum CheckRules {
    static let all: [CheckRule] = [changeArithmetic, percentVsPoints, multiples, sharesSum, impossibleShare, marginOfError, totalsVsParts]

    // MARK: Changes and their levels

    /// A change and the two levels it runs between: indexes into the sentence's quantities (the levels may
    /// come from the next or previous sentence of the paragraph, then `levelsFrom` says which).
    struct ChangeGroup {
        var by: Int?
        var to: Int?
        var from: Int?
    }

    /// The changes of a sentence with their levels, in text order: "rose 20.2 pct to 40,454 from 33,669".
    /// A role seen twice starts a new group ("sales rose 5% to $10m from $9.5m, while profit fell …").
    static func groups(_ s: SentenceFigures) -> [ChangeGroup] {
        var out: [ChangeGroup] = []
        var current = ChangeGroup()
        var last: Int?
        func flush() {
            if current.by != nil || current.to != nil || current.from != nil { out.append(current) }
            current = ChangeGroup()
        }
        for (j, q) in s.quantities.enumerated() where q.isStatistic {
            guard let role = q.change, role != .level else { continue }
            // A change and its levels share a clause: "sales fell to 9.1 billion from 9.2 billion while loans rose
            // seven pct" holds two.
            if let l = last, !sameClause(s, l, j) { flush() }
            switch role {
            case .by:
                if current.by != nil { flush() }
                current.by = j
            case .to:
                if current.to != nil { flush() }
                current.to = j
            case .from:
                if current.from != nil { flush() }
                current.from = j
            case .level: break
            }
            last = j
        }
        flush()
        return out
    }

    /// Words that end a clause between two figures.
    static let clauseBreaks = [";", " while ", " whereas ", " but ", " and ", " against ", " versus ", " compared ", " as well as ", " after ", " as ", " with "].needles
    /// Commas a change may run across: "rose to $5.6 million, up from $5 million".
    static let commaContinuations = [", up ", ", down ", ", from ", ", compared ", ", against ", ", a rise ", ", an increase ", ", a fall ", ", a drop ", ", a decline "].needles

    static func sameClause(_ s: SentenceFigures, _ a: Int, _ b: Int) -> Bool {
        let from = s.quantities[a].span.end
        let to = s.quantities[b].span.start
        if s.gapHas(from, to, clauseBreaks) { return false }
        let commas = ByteSearch.count(UInt8(ascii: ","), in: s.bytes, from: from, to: to)
        guard commas > 0 else { return true }
        return commas == 1 && s.gapHas(from, to, commaContinuations)
    }

    /// Words that put a change on another basis than the levels ("rose six pct on a comparable store basis to
    /// 108.6 mln dlrs"): such a change is not the levels' change.
    static let otherBasis = ["basis", "comparable", "adjusted", "same-store", "store-for-store", "real terms", "constant", "per share", "annual rate", "annualized", "seasonally"].needles

    /// Words that say which way a change went, read before the change figure.
    static let downWords = [
        "fell", "fall", "falls", "down", "declined", "decline", "declines", "dropped", "drop", "drops", "decreased", "decrease",
        "lost", "slipped", "eased", "cut", "lower", "shrank", "plunged", "tumbled", "slumped", "sank", "dipped", "contracted",
        "narrowed", "slid", "reduced", "plummeted", "halved",
    ]
    static let upWords = [
        "rose", "rise", "rises", "up", "increased", "increase", "increases", "jumped", "climbed", "gained", "grew", "surged",
        "soared", "higher", "advanced", "widened", "expanded", "doubled", "tripled", "boosted", "raised",
    ]

    /// +1 when the words before figure `j` say it went up, -1 down, 0 when they do not say.
    static func direction(of j: Int, _ s: SentenceFigures) -> Int {
        let start = j > 0 ? s.quantities[j - 1].span.end : s.span.start
        let words = s.between(max(start, s.quantities[j].span.start - 40), s.quantities[j].span.start).split(separator: " ")
        for word in words.reversed() {
            if downWords.contains(String(word)) { return -1 }
            if upWords.contains(String(word)) { return 1 }
        }
        return 0
    }

    /// Levels comparable with each other: the same kind and unit (or one without a unit).
    static func comparable(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.kind == b.kind || a.kind == .number || b.kind == .number else { return false }
        return a.unit == nil || b.unit == nil || a.unit == b.unit
    }

    /// The level pair and the change of a complete group, with their intervals.
    struct Resolved {
        var change: Quantity
        var changeInterval: Interval
        var from: Quantity
        var fromInterval: Interval
        var to: Quantity
        var toInterval: Interval
        var indexes: [Int]
    }

    static func resolved(_ g: ChangeGroup, _ s: SentenceFigures) -> Resolved? {
        guard let b = g.by, let t = g.to ?? levelBefore(g.from, s), let f = g.from else { return nil }
        let qs = s.quantities
        guard comparable(qs[t], qs[f]), let bi = s.interval(b), let (ti, fi) = levels(t, f, s) else { return nil }
        let first = min(b, t, f)
        let lastIndex = max(b, t, f)
        guard !s.gapHas(qs[first].span.end, qs[lastIndex].span.start, otherBasis) else { return nil }
        // Wire copy truncates as often as it rounds ("25 pct" for 25.54): the change may be up to one more
        // digit above what it says.
        let half = Interval.halfUnit(of: qs[b], in: s.bytes) ?? 0
        return Resolved(change: qs[b], changeInterval: Interval(abs(bi.lo), abs(bi.hi) + half), from: qs[f], fromInterval: fi, to: qs[t],
                        toInterval: ti, indexes: [b, t, f].sorted())
    }

    /// The intervals of two levels in one unit. Written at one scale, they share the finer precision of the two
    /// ("from $5 million to $4.4 million": writers drop the trailing zero of 5.0); a bare level next to a scaled
    /// one takes its scale ("to 381 mln dlrs from 160").
    static func levels(_ t: Int, _ f: Int, _ s: SentenceFigures) -> (Interval, Interval)? {
        let qs = s.quantities
        guard var vt = qs[t].value, var vf = qs[f].value, var ht = Interval.halfUnit(of: qs[t], in: s.bytes),
            var hf = Interval.halfUnit(of: qs[f], in: s.bytes)
        else { return nil }
        var st = Interval.scale(qs[t], s.bytes)
        var sf = Interval.scale(qs[f], s.bytes)
        if st >= 1000, sf == 1, vf < 1000 {
            vf *= st
            hf *= st
            sf = st
        } else if sf >= 1000, st == 1, vt < 1000 {
            vt *= sf
            ht *= sf
            st = sf
        }
        if abs(st / max(sf, 1e-300) - 1) < 1e-9 {
            ht = min(ht, hf)
            hf = ht
        }
        guard let ti = Interval.of(qs[t], in: s.bytes, half: ht, value: vt), let fi = Interval.of(qs[f], in: s.bytes, half: hf, value: vf)
        else { return nil }
        return (ti, fi)
    }

    /// "They reached $5.6 million, up from $5 million": a level just before a `from` is where the change went.
    static func levelBefore(_ from: Int?, _ s: SentenceFigures) -> Int? {
        guard let f = from, f > 0 else { return nil }
        let q = s.quantities[f - 1]
        guard q.isStatistic, q.change == nil || q.change == .level, comparable(q, s.quantities[f]) else { return nil }
        return f - 1
    }

    static let changeArithmetic = CheckRule(
        name: "change_arithmetic",
        summary: """
            A change and the two levels it runs between, in one sentence ("rose 20.2 pct to 40,454 from 33,669"): the \
            change given in percent must be the relative change of the levels, in percentage points or in the levels' own \
            unit their difference. Percent changes of percent levels that match the point difference instead are left to \
            `percent_vs_points`.
            """,
        examples: [
            ("Car sales rose 20.2 pct to 40,454 from 33,669.", .consistent),
            ("Car sales rose 24.2 pct to 40,454 from 33,669.", .inconsistent),
            ("Net profit fell 12 percent to $4.4 million from $5 million.", .consistent),
            ("Unemployment fell 0.3 percentage point to 4.9 percent from 5.2 percent.", .consistent),
            ("Exports rose by $2 billion to $14.5 billion from $12.5 billion.", .consistent),
            ("Exports rose by $3 billion to $14.5 billion from $12.5 billion.", .inconsistent),
            ("Sales rose 5 percent to $10 million.", nil),
            ("Sales fell 2.6 percent to 82,433 cars from 80,322.", .inconsistent),
        ],
        run: { s in
            groups(s).compactMap { g -> FigureCheck? in
                guard let r = resolved(g, s) else { return nil }
                let c = r.change
                let levelsArePercent = r.from.kind == .percent && r.to.kind == .percent
                let expected: Interval
                let unit: String
                if c.kind == .percent {
                    guard let relative = Interval.relativeChange(from: r.fromInterval, to: r.toInterval) else { return nil }
                    if levelsArePercent, let fv = r.from.value, let tv = r.to.value, let cv = c.value,
                        abs(abs(cv) - abs(tv - fv)) <= (Interval.halfUnit(of: c, in: s.bytes) ?? 0.5) + 1e-9, abs(tv - fv) > 0
                    {
                        return nil  // percent_vs_points judges it
                    }
                    expected = relative
                    unit = "%"
                } else if c.kind == .percentagePoints, levelsArePercent {
                    expected = Interval.gap(from: r.fromInterval, to: r.toInterval)
                    unit = "percentage points"
                    if !expected.overlaps(r.changeInterval),
                        let relative = Interval.relativeChange(from: r.fromInterval, to: r.toInterval), relative.overlaps(r.changeInterval)
                    {
                        return nil  // percent_vs_points reports it
                    }
                } else if comparable(c, r.to), c.kind != .ratio {
                    expected = Interval.gap(from: r.fromInterval, to: r.toInterval)
                    unit = r.to.unit ?? ""
                } else {
                    return nil
                }
                let levels = "\(s.text(r.from)) to \(s.text(r.to))"
                // "Sales fell two pct to 82,433 from 80,322": the levels went the other way.
                if let b = g.by {
                    let way = direction(of: b, s)
                    if way < 0 && r.toInterval.lo > r.fromInterval.hi || way > 0 && r.toInterval.hi < r.fromInterval.lo {
                        return FigureCheck(
                            rule: "change_arithmetic", status: .inconsistent, quantities: r.indexes, expected: Say.interval(expected, unit),
                            message: "From \(levels) is \(way < 0 ? "a rise" : "a fall"), not \(way < 0 ? "a fall" : "a rise") (\(s.text(c))).")
                    }
                }
                let ok = expected.overlaps(r.changeInterval)
                let message = ok
                    ? "From \(levels) is a change of \(Say.interval(expected, unit)), as reported (\(s.text(c)))."
                    : "From \(levels) is a change of \(Say.interval(expected, unit)), not \(s.text(c))."
                return FigureCheck(rule: "change_arithmetic", status: ok ? .consistent : .inconsistent, quantities: r.indexes,
                                   expected: Say.interval(expected, unit), message: message)
            } + neighbourChecks(s)
        })

    /// A change in one sentence whose two levels are in the next (or previous) sentence of the same paragraph:
    /// "Sales rose 12 percent. They reached $5.6 million, up from $5 million."
    static func neighbourChecks(_ s: SentenceFigures) -> [FigureCheck] {
        let gs = groups(s)
        // Only a sentence with one figure, the change, and a neighbour with one pair of money levels and nothing else:
        // elsewhere the levels are too often of something else.
        guard s.quantities.filter(\.isStatistic).count == 1, gs.count == 1, let g = gs.first, let b = g.by, g.to == nil, g.from == nil
        else { return [] }
        let sentences = s.article.tagged.segmented.sentences
        let change = s.quantities[b]
        guard change.kind == .percent, let bi = s.interval(b) else { return [] }
        for k in [s.index + 1, s.index - 1] where k >= 0 && k < sentences.count && sentences[k].paragraph == sentences[s.index].paragraph {
            let other = SentenceFigures(index: k, article: s.article, bytes: s.bytes, survey: nil)
            let og = groups(other)
            guard og.count == 1, let o = og.first, o.by == nil, let f = o.from, let t = o.to ?? levelBefore(f, other),
                other.quantities.filter(\.isStatistic).count == 2, other.quantities[t].kind == .money, other.quantities[f].kind == .money,
                comparable(other.quantities[t], other.quantities[f]), let (ti, fi) = levels(t, f, other),
                let relative = Interval.relativeChange(from: fi, to: ti)
            else { continue }
            let changeInterval = Interval(abs(bi.lo), abs(bi.hi))
            let ok = relative.overlaps(changeInterval)
            let levels = "\(other.text(other.quantities[f])) to \(other.text(other.quantities[t]))"
            return [FigureCheck(
                rule: "change_arithmetic", status: ok ? .consistent : .inconsistent, quantities: [b],
                expected: Say.interval(relative, "%"),
                message: "From \(levels) (\(k > s.index ? "next" : "previous") sentence) is a change of \(Say.interval(relative, "%"))"
                    + (ok ? ", as reported (\(s.text(change)))." : ", not \(s.text(change))."))]
        }
        return []
    }

    static let percentVsPoints = CheckRule(
        name: "percent_vs_points",
        summary: """
            Levels in percent and a change between them: a change written in percent that is really the difference in \
            points ("fell from 5% to 4%, down 1%" — a fall of 1 point, or of 20 percent), or one written in percentage \
            points that is really the relative change.
            """,
        examples: [
            ("Unemployment fell 1% to 4% from 5%.", .inconsistent),
            ("Unemployment fell 20% to 4% from 5%.", nil),
            ("The approval rating rose 10 percentage points to 55 percent from 50 percent.", .inconsistent),
            ("The approval rating rose 5 percentage points to 55 percent from 50 percent.", nil),
        ],
        run: { s in
            groups(s).compactMap { g -> FigureCheck? in
                guard let r = resolved(g, s), r.from.kind == .percent, r.to.kind == .percent,
                    let relative = Interval.relativeChange(from: r.fromInterval, to: r.toInterval)
                else { return nil }
                let c = r.change
                // Judged on the figures as written: the change equals their difference in points (or their
                // relative change) to its last digit, and not the other.
                guard let fv = r.from.value, let tv = r.to.value, let cv = c.value, fv > 0 else { return nil }
                let half = Interval.halfUnit(of: c, in: s.bytes) ?? 0.5
                let writtenPoints = abs(tv - fv)
                let writtenRelative = abs(tv / fv - 1) * 100
                let points = Interval.gap(from: r.fromInterval, to: r.toInterval)
                if c.kind == .percent, abs(abs(cv) - writtenPoints) <= half + 1e-9, abs(abs(cv) - writtenRelative) > half + 1e-9 {
                    return FigureCheck(
                        rule: "percent_vs_points", status: .inconsistent, quantities: r.indexes, expected: Say.interval(relative, "%"),
                        message: "\(s.text(c)) is the difference in percentage points; from \(s.text(r.from)) to \(s.text(r.to)) is a change of \(Say.number(writtenRelative)) %.")
                }
                if c.kind == .percentagePoints, !points.overlaps(r.changeInterval), relative.overlaps(r.changeInterval) {
                    return FigureCheck(
                        rule: "percent_vs_points", status: .inconsistent, quantities: r.indexes, expected: Say.interval(points, "percentage points"),
                        message: "\(s.text(c)) is the relative change; from \(s.text(r.from)) to \(s.text(r.to)) is \(Say.interval(points, "percentage points")).")
                }
                return nil
            }
        })

    // MARK: Multiples

    static let multiples = CheckRule(
        name: "multiples",
        summary: """
            "Doubled", "tripled", "halved", "three times", "fivefold" against the levels given: the ratio of the levels \
            must be the factor within 15% (news uses these words loosely), beyond it after "more than", near it after "nearly" (0.85 to 1.05 times: wire copy says "nearly doubled" of ×2.04).
            """,
        examples: [
            ("Profit doubled to $4.1 million from $2 million.", .consistent),
            ("Profit doubled to $2.6 million from $2 million.", .inconsistent),
            ("The deficit halved to $40 billion from $82 billion.", .consistent),
            ("Profit doubled last year.", nil),
            ("Usage nearly doubled to 436,000 tonnes from 201,000.", .inconsistent),
            ("Usage nearly doubled to 3,148,000 lbs from 1,540,000 lbs.", .consistent),
        ],
        run: { s in
            groups(s).compactMap { g -> FigureCheck? in
                guard let b = g.by, let f = g.from, let t = g.to ?? levelBefore(f, s) else { return nil }
                let qs = s.quantities
                guard qs[b].kind == .ratio, qs[b].unit == "times", let factor = qs[b].value, factor > 0, comparable(qs[t], qs[f]),
                    let (ti, fi) = levels(t, f, s), let ratio = Interval.ratio(ti, fi)
                else { return nil }
                var allowed = Interval(factor * 0.85, factor * 1.15)
                if let q = qs[b].qualifier, Interval.oneSided.contains(q) { allowed = Interval(factor, .greatestFiniteMagnitude) }
                // "nearly doubled" stops short of the factor.
                if let q = qs[b].qualifier, Interval.below.contains(q) { allowed = Interval(factor * 0.85, factor * 1.05) }
                let ok = ratio.overlaps(allowed)
                let said = s.text(qs[b])
                let expected = "×\(Say.number(ratio.mid))"
                return FigureCheck(
                    rule: "multiples", status: ok ? .consistent : .inconsistent, quantities: [b, t, f].sorted(), expected: expected,
                    message: "\(s.text(qs[t])) is \(expected) \(s.text(qs[f]))" + (ok ? ", which is \(said)." : ", not \(said) (×\(Say.number(factor)))."))
            }
        })

    // MARK: Shares

    /// Words after "of" that name a group of people or things, whose shares cannot pass 100%.
    static let groupWords: [String] = [
        "voters", "respondents", "americans", "adults", "people", "residents", "households", "students", "workers", "employees",
        "children", "women", "men", "members", "the population", "those", "citizens", "consumers", "companies", "firms",
        "patients", "users", "customers", "parents", "teachers", "doctors", "businesses", "schools", "homes", "seats", "the vote",
        "participants", "britons", "canadians", "europeans",
    ]

    /// Words of poll answers.
    static let answerWords = [
        "respondents", "undecided", " support", " oppose", " favor", " favour", "approve", " backed ", " answered", " agreed",
        " disagreed", " unsure", "don't know", "no opinion", " said yes", " said no", " voted for", " would vote", " said ", " say ",
        " were ", " want", " think", " believe",
    ].needles

    static let sharesSum = CheckRule(
        name: "shares_sum",
        summary: """
            Three or more percentages of one whole in a sentence — levels, not changes, with no different periods among \
            them ("52% said yes, 41% no and 12% were undecided") — may not add to more than 100 beyond their rounding; \
            when they add to 100 within it, they are consistent. Fewer than 100 is left alone (the rest may go unsaid).
            """,
        examples: [
            ("In the poll, 52% said yes, 41% said no and 12% were undecided.", .inconsistent),
            ("In the poll, 52% said yes, 41% said no and 7% were undecided.", .consistent),
            ("In the poll, 48% said yes, 41% said no and 8% were undecided.", nil),
            ("Turnout was 65% in 2012, 58% in 2016 and 61% in 2020.", nil),
        ],
        run: { s in
            let qs = s.quantities
            let shares = qs.indices.filter { j in
                qs[j].kind == .percent && (qs[j].change == nil || qs[j].change == .level) && qs[j].value.map { $0 >= 0 && $0 <= 100 } == true
            }
            guard shares.count >= 3, !shares.contains(where: { qs[$0].approximate }) else { return [] }
            // Answers to one question: the sentence describes a poll or reads like its answers; shares "of" different
            // things ("30 pct of Telfer, 100 pct of Ora Banda") are not parts of one whole.
            let answered = shares.filter { s.near($0, answerWords) }
            guard s.survey != nil || answered.count >= 2 else { return [] }
            guard !shares.contains(where: { s.followedBy($0, [" of "].needles) }) else { return [] }
            // Shares of different periods ("65% in 2012, 58% in 2016") are not shares of one whole.
            let periods = Set(shares.compactMap { j -> String? in
                guard let p = s.article.timed.periods[s.index][j], p.basis == .explicit else { return nil }
                return p.value
            })
            guard periods.count <= 1 else { return [] }
            var total = Interval(0, 0)
            for j in shares {
                guard let i = s.interval(j) else { return [] }
                total = total + i
            }
            let list = shares.map { s.text(qs[$0]) }.joined(separator: " + ")
            if total.lo > 100 {
                return [FigureCheck(rule: "shares_sum", status: .inconsistent, quantities: shares, expected: "at most 100 %",
                                    message: "\(list) add to \(Say.interval(total, "%")), more than the whole.")]
            }
            if total.overlaps(Interval(100, 100)) {
                return [FigureCheck(rule: "shares_sum", status: .consistent, quantities: shares, expected: "100 %",
                                    message: "\(list) add to 100 % within their rounding.")]
            }
            return []
        })

    static let impossibleShare = CheckRule(
        name: "impossible_share",
        summary: """
            More than 100 percent of a group of people or things ("112% of voters"), or a negative count. Shares of \
            amounts that can pass their base ("120% of GDP", "150% of the target") are not checked.
            """,
        examples: [
            ("The poll found 112% of voters backed the plan.", .inconsistent),
            ("Debt reached 120% of GDP.", nil),
            ("Sales rose 150% of last year's level.", nil),
        ],
        run: { s in
            var out: [FigureCheck] = []
            for (j, q) in s.quantities.enumerated() {
                if q.kind == .percent, q.change != .by, let v = q.value ?? q.high, v > 100 {
                    let after = s.after(j)
                    guard after.hasPrefix(" of ") else { continue }
                    let rest = after.dropFirst(4)
                    guard groupWords.contains(where: { rest.hasPrefix($0) }) else { continue }
                    out.append(FigureCheck(rule: "impossible_share", status: .inconsistent, quantities: [j], expected: "at most 100 %",
                                           message: "\(s.text(q)) of a group is more than all of it."))
                } else if q.kind == .count, let v = q.value, v < 0 {
                    out.append(FigureCheck(rule: "impossible_share", status: .inconsistent, quantities: [j], expected: "0 or more",
                                           message: "\(s.text(q)) is a negative count."))
                }
            }
            return out
        })

    // MARK: Polls

    static let marginOfError = CheckRule(
        name: "margin_of_error",
        summary: """
            A poll's margin of error against its sample: at 95% confidence a simple random sample of n has a margin of \
            about 98/√n percentage points; published margins include the design effect of weighting, so a margin from \
            0.9 to 2.2 times that is consistent. A smaller one claims more precision than the sample can give; a much \
            larger one is worth a look.
            """,
        examples: [
            ("The poll of 1,002 likely voters has a margin of error of plus or minus 3.1 percentage points.", .consistent),
            ("The poll of 1,002 likely voters has a margin of error of plus or minus 1 percentage point.", .inconsistent),
            ("The survey has a margin of error of 3 points.", nil),
        ],
        run: { s in
            guard let survey = s.survey, let n = survey.sampleSize, n >= 10, let margin = survey.marginOfError else { return [] }
            // The check belongs to the sentence that states the margin.
            guard ByteSearch.contains(Array("margin".utf8), in: s.bytes, from: s.span.start, to: s.span.end) else { return [] }
            let index = s.quantities.firstIndex { q in q.value.map(abs) == margin && (q.kind == .percentagePoints || q.kind == .percent || q.kind == .number) }
            guard let j = index else { return [] }
            let simple = 98 / Double(n).squareRoot()
            let written = s.interval(j).map { Interval(abs($0.lo), abs($0.hi)) } ?? Interval(margin, margin)
            let allowed = Interval(simple * 0.9, simple * 2.2)
            let ok = written.overlaps(allowed)
            let expected = "about \(Say.number(simple)) points or more (98/√\(Say.number(Double(n))))"
            let message = ok
                ? "A sample of \(Say.number(Double(n))) gives a margin of about \(Say.number(simple)) points; \(Say.number(margin)) is consistent."
                : written.hi < allowed.lo
                    ? "A sample of \(Say.number(Double(n))) cannot give a margin as small as \(Say.number(margin)) points (about \(Say.number(simple)))."
                    : "A sample of \(Say.number(Double(n))) gives a margin of about \(Say.number(simple)) points, far below \(Say.number(margin))."
            return [FigureCheck(rule: "margin_of_error", status: ok ? .consistent : .inconsistent, quantities: [j], expected: expected, message: message)]
        })

    // MARK: Totals

    /// What ends the list of parts after a total.
    static let partBreaks = [";", " while ", " against ", " versus ", " with ", " compared ", " as ", " on "].needles
    /// What follows a total whose parts come next.
    static let totalMarkers = [", of which", ", including", " including", " in total:", ", among them"].needles

    static let totalsVsParts = CheckRule(
        name: "totals_vs_parts",
        summary: """
            A total and its parts: "X, of which Y and Z", "X, including Y and Z", "X in total: Y … and Z". The parts (the \
            figures after the total with its unit) may not add to more than the total beyond their rounding.
            """,
        examples: [
            ("The company cut 1,200 jobs, of which 700 were in France and 600 in Spain.", .inconsistent),
            ("The company cut 1,200 jobs, of which 700 were in France and 500 in Spain.", .consistent),
            ("The company cut 1,200 jobs, and hired 700 people in France.", nil),
        ],
        run: { s in
            let qs = s.quantities
            for (j, q) in qs.enumerated() where q.kind == .money || q.kind == .count || q.kind == .measure {
                guard s.followedBy(j, totalMarkers) else { continue }
                // The parts run to the end of the clause.
                var parts: [Int] = []
                for k in (j + 1)..<qs.count {
                    let from = qs[k - 1].span.end
                    let to = qs[k].span.start
                    if k > j + 1, s.gapHas(from, to, partBreaks)
                        || (ByteSearch.count(UInt8(ascii: ","), in: s.bytes, from: from, to: to) > 0 && !s.gapHas(from, to, [" and "].needles)) { break }
                    // "the new 747-400": digits glued by a hyphen are a name, not two parts.
                    if to - from == 1, s.bytes[from] == UInt8(ascii: "-") { return [] }
                    if qs[k].isStatistic, qs[k].kind == q.kind || qs[k].kind == .number, comparable(qs[k], q), qs[k].change != .by { parts.append(k) }
                }
                guard parts.count >= 2, let total = s.interval(j) else { continue }
                var sum = Interval(0, 0)
                for k in parts {
                    guard let i = s.interval(k) else { return [] }
                    sum = sum + i
                }
                let list = parts.map { s.text(qs[$0]) }.joined(separator: " + ")
                let ok = sum.lo <= total.hi
                return [FigureCheck(
                    rule: "totals_vs_parts", status: ok ? .consistent : .inconsistent, quantities: [j] + parts,
                    expected: "at most \(Say.number(total.mid))" + (q.unit.map { " \($0)" } ?? ""),
                    message: ok ? "\(list) fit within \(s.text(q))." : "\(list) add to \(Say.interval(sum, q.unit ?? "")), more than the total \(s.text(q)).")]
            }
            return []
        })
}
