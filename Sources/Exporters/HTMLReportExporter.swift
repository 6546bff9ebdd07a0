import ClaimTraceCore

/// A review report that opens from a file with no server: each article with
/// its claims, the figures and the source highlighted in the sentence, and
/// each figure's own source, period and check badges, and filters by kind, source, review status and check
/// result (also settable from the URL fragment,
/// e.g. `report.html#kind=money&source=ministry`).
public struct HTMLReportExporter: ClaimExporter {
    public let reviews: [String: (String, String)]
    private var currentArticle: String?
    private var articleNumber = 0
    /// Counted as claims stream past; drawn at the end and shown first (CSS order).
    private var overview = Overview()

    public init(reviews: [String: (String, String)] = [:]) { self.reviews = reviews }

    public mutating func begin() -> [UInt8] {
        let kinds = QuantityKind.allCases.filter(\.isStatistic).map { "<option>\($0.rawValue)</option>" }.joined()
        return Array(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>ClaimTrace review report</title>
            <style>
            body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222;
                   display: flex; flex-direction: column; }
            body > h1 { order: -2; }
            #overview { order: -1; }
            #overview .charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
            #overview figure { margin: 0; }
            #overview a.bar:hover rect, #overview a.legend:hover rect { opacity: .7; }
            #overview figcaption { max-width: 34rem; }
            .claim { content-visibility: auto; contain-intrinsic-size: auto 10rem; }
            #pager button { margin: 0 .25rem; }
            @media print { header.filters, #pager { display: none; } }
            header.filters { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ccc; }
            header.filters label { margin-right: 1rem; }
            section.article { border-top: 2px solid #444; margin-top: 1.5rem; }
            .meta { color: #666; font-size: 90%; }
            .claim { margin: .75rem 0; padding: .5rem; background: #f7f7f7; border-left: 4px solid #bbb; }
            .claim .sentence { font-size: 105%; }
            mark.fig { background: #ffe08a; }
            mark.src { background: #bde0fe; }
            table { border-collapse: collapse; font-size: 90%; margin-top: .25rem; }
            td, th { padding: .1rem .5rem; border-bottom: 1px solid #ddd; text-align: left; }
            .status { font-weight: bold; }
            .badge { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: 85%; }
            .badge.consistent { background: #d8f3dc; color: #1b4332; }
            .badge.inconsistent { background: #ffd6d6; color: #7f0000; }
            [hidden] { display: none !important; }
            </style>
            </head>
            <body>
            <h1>ClaimTrace review report</h1>
            <header class="filters">
            <label>Kind <select id="kind"><option value="">all</option>\(kinds)</select></label>
            <label>Source <input id="source" type="search" placeholder="any source"></label>
            <label>Status <select id="status"><option value="">all</option><option value="-">unreviewed</option></select></label>
            <label>Checks <select id="check"><option value="">all</option><option>inconsistent</option><option>consistent</option><option value="-">unchecked</option></select></label>
            <span id="count"></span>
            <span id="extra"></span>
            <span id="pager"><button id="prev" type="button">‹ previous</button><span id="page"></span><button id="next" type="button">next ›</button></span>
            </header>
            <main></main>
            <template id="claims">

            """.utf8)
    }

    public mutating func write(_ claims: [Claim]) -> [UInt8] {
        var out = ""
        for claim in claims {
            overview.add(claim)
            if claim.article.id != currentArticle {
                if currentArticle != nil { out += "</section>\n" }
                currentArticle = claim.article.id
                articleNumber += 1
                out += "<section class=\"article\" id=\"article-\(articleNumber)\">\n<h2>"
                out += Self.escape(claim.article.title ?? "Article \(claim.article.index + 1)") + "</h2>\n<p class=\"meta\">"
                let meta = [claim.article.author, claim.article.date, claim.article.source].compactMap { $0 }
                out += Self.escape(meta.joined(separator: " · "))
                if let url = claim.article.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                    out += " · <a href=\"\(Self.escape(url))\">\(Self.escape(url))</a>"
                }
                out += " · id \(Self.escape(claim.article.id))</p>\n"
            }
            out += claimHTML(claim)
        }
        return Array(out.utf8)
    }

    func claimHTML(_ claim: Claim) -> String {
        let statistics = claim.quantities.filter(\.statistic)
        let statuses = (statistics.isEmpty ? [nil] : statistics.map { Optional($0.start) }).compactMap {
            reviews[ReviewSheet.key(claimID: claim.id, figureStart: $0)]
        }
        let status = statuses.first?.0 ?? ""
        var html = "<div class=\"claim\" id=\"claim-\(claim.id)\" data-kinds=\""
        html += Self.escape(Set(statistics.map(\.kind.rawValue)).sorted().joined(separator: " "))
        // Every source of the sentence filters it, not only the first.
        let sources = Set(([claim.attribution] + claim.attributions.map(Optional.some)).compactMap { $0?.source.lowercased() })
        html += "\" data-source=\"" + Self.escape(sources.sorted().joined(separator: " | "))
        let checkStatus = claim.checks.contains { $0.status == .inconsistent } ? "inconsistent" : claim.checks.isEmpty ? "-" : "consistent"
        html += "\" data-check=\"" + checkStatus
        // What the overview's bars filter on: the figures' source types and groups, and the month of publication.
        let figureSources = claim.quantities.filter(\.statistic).compactMap { $0.attribution.map { claim.attributions[$0] } }
        html += "\" data-types=\"" + Self.escape(Set(figureSources.map(\.sourceType.rawValue)).sorted().joined(separator: " "))
        html += "\" data-groups=\"" + Self.escape(claim.quantities.compactMap { ReviewSheet.groupKey(claim, $0) }.joined(separator: " "))
        html += "\" data-month=\"" + Self.escape(claim.article.date.map { String($0.prefix(7)) } ?? "undated")
        html += "\" data-status=\"" + Self.escape(status.isEmpty ? "-" : status) + "\">\n"
        html += "<div class=\"sentence\">" + highlighted(claim) + "</div>\n"
        if !statistics.isEmpty {
            html += "<table><tr><th>figure</th><th>kind</th><th>value</th><th>unit</th><th>qualifier</th><th>change</th>"
            html += "<th>source</th><th>period</th><th>check</th><th>also in</th></tr>"
            for (j, q) in claim.quantities.enumerated() where q.statistic {
                let value = q.value.map(formatNumber) ?? [q.low, q.high].map { $0.map(formatNumber) ?? "?" }.joined(separator: "–")
                let group = ReviewSheet.groupKey(claim, q).map { " data-group=\"\(Self.escape($0))\" data-article=\"\(Self.escape(claim.article.id))\"" } ?? ""
                html += "<tr\(group)><td>\(Self.escape(q.text))</td><td>\(q.kind.rawValue)</td><td>\(Self.escape(value))</td>"
                html += "<td>\(Self.escape(q.unit ?? ""))</td><td>\(Self.escape(q.qualifier ?? ""))</td>"
                html += "<td>\(q.change?.rawValue ?? "")</td>"
                // Each figure's own source, when the sentence names more than one.
                let own = q.attribution.map { claim.attributions[$0].source } ?? ""
                html += "<td>\(Self.escape(own))</td>"
                html += "<td>" + (q.period.map { Self.escape($0.value) + " <span class=\"meta\">(\($0.basis.rawValue))</span>" } ?? "") + "</td><td>"
                for check in claim.checks where check.quantities.contains(j) {
                    html += "<span class=\"badge \(check.status.rawValue)\" title=\"\(Self.escape(check.message))\">"
                    html += "\(check.status.rawValue): \(Self.escape(check.rule)) · expected \(Self.escape(check.expected))</span> "
                }
                html += "</td><td class=\"also\"></td></tr>"
            }
            html += "</table>\n"
            for check in claim.checks where check.status == .inconsistent {
                html += "<p class=\"meta\"><span class=\"badge inconsistent\">inconsistent</span> \(Self.escape(check.message))</p>\n"
            }
        }
        if let survey = claim.survey {
            var parts: [String] = []
            if let v = survey.name { parts.append(Self.escape(v)) }
            if let v = survey.sponsor { parts.append("for " + Self.escape(v)) }
            if let v = survey.sampleSize { parts.append("n = \(v)" + (survey.population.map { " " + Self.escape($0) } ?? "")) }
            if let v = survey.marginOfError { parts.append("±\(formatNumber(v)) points") }
            if let a = survey.fieldStart { parts.append("fieldwork " + a + (survey.fieldEnd.map { " to " + $0 } ?? "")) }
            if let v = survey.mode { parts.append(Self.escape(v)) }
            html += "<p class=\"meta\">Survey: \(parts.joined(separator: " · "))</p>\n"
        }
        for link in claim.links where link.url.hasPrefix("http://") || link.url.hasPrefix("https://") {
            html += "<p class=\"meta\">Link: <a href=\"\(Self.escape(link.url))\">\(Self.escape(link.text))</a></p>\n"
        }
        if let a = claim.attribution {
            html += "<p class=\"meta\">Source: <b>\(Self.escape(a.source))</b>"
            if let title = a.title { html += " (\(Self.escape(title)))" }
            html += " · \(a.sourceType.rawValue) · \(a.basis.rawValue)"
            if let cue = a.cue { html += " · cue “\(Self.escape(cue))”" }
            html += "</p>\n"
        }
        if !status.isEmpty {
            html += "<p class=\"meta\"><span class=\"status\">\(Self.escape(status))</span> \(Self.escape(statuses.first?.1 ?? ""))</p>\n"
        }
        html += "<p class=\"meta\">claim \(claim.id) · paragraph \(claim.paragraph), sentence \(claim.sentence) · "
        html += "characters \(claim.start)–\(claim.end) · check-worthiness \(formatNumber(claim.checkworthiness))</p>\n</div>\n"
        return html
    }

    /// The sentence with figures and the source mention marked (by scalar offsets).
    func highlighted(_ claim: Claim) -> String {
        var marks: [(Int, Int, String, String)] = claim.quantities.filter(\.statistic).map {
            ($0.start, $0.end, "fig", "\($0.kind.rawValue) \($0.value.map(formatNumber) ?? "")")
        }
        if let a = claim.attribution, let s = a.start, let e = a.end { marks.append((s, e, "src", a.source)) }
        marks.sort { $0.0 < $1.0 }
        let scalars = Array(claim.text.unicodeScalars)
        var out = ""
        var position = 0
        func text(_ from: Int, _ to: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, from)..<min(scalars.count, max(from, to))])
            return Self.escape(String(view))
        }
        for (start, end, cls, title) in marks where start >= position && end <= scalars.count && start < end {
            out += text(position, start)
            out += "<mark class=\"\(cls)\" title=\"\(Self.escape(title))\">" + text(start, end) + "</mark>"
            position = end
        }
        return out + text(position, scalars.count)
    }

    public mutating func finish() -> [UInt8] {
        var out = currentArticle == nil ? "<p>No claims.</p>\n" : "</section>\n"
        // The claims wait in a template (parsed, never laid out) and the script shows one page at a time: a
        // report of 50,000 claims opens in seconds.
        out += "</template>\n" + HTMLOverview.section(overview)
        out += """
            <script>
            (function () {
              var kind = document.getElementById("kind"), source = document.getElementById("source"),
                  status = document.getElementById("status"), check = document.getElementById("check"),
                  count = document.getElementById("count"), extra = document.getElementById("extra"),
                  pageLabel = document.getElementById("page"), prev = document.getElementById("prev"),
                  next = document.getElementById("next");
              var main = document.querySelector("main");
              var claims = Array.prototype.slice.call(document.getElementById("claims").content.querySelectorAll(".claim"));
              var seen = {};
              claims.forEach(function (c) {
                var s = c.getAttribute("data-status");
                if (s !== "-" && !seen[s]) { seen[s] = true; var o = document.createElement("option"); o.textContent = s; status.appendChild(o); }
              });
              // "also in N articles": the same statistic from the same source elsewhere in the report.
              var groups = {};
              claims.forEach(function (c) {
                c.querySelectorAll("tr[data-group]").forEach(function (r) {
                  var g = r.getAttribute("data-group"); (groups[g] = groups[g] || {})[r.getAttribute("data-article")] = true;
                });
              });
              function render(page) {
                main.textContent = "";
                var section = null, from = null;
                page.forEach(function (c) {
                  var article = c.parentNode;
                  if (article !== from) {
                    from = article;
                    section = article.cloneNode(false);
                    Array.prototype.forEach.call(article.children, function (child) {
                      if (!child.classList.contains("claim")) section.appendChild(child.cloneNode(true));
                    });
                    main.appendChild(section);
                  }
                  section.appendChild(c.cloneNode(true));
                });
                main.querySelectorAll("tr[data-group]").forEach(function (r) {
                  var n = Object.keys(groups[r.getAttribute("data-group")]).length - 1;
                  if (n > 0) r.querySelector("td.also").textContent = "also in " + n + " article" + (n === 1 ? "" : "s");
                });
              }
              // The list is paged, so a report of 50,000 claims lays out one page at a time.
              var pageSize = 100, page = 0, more = {};
              function has(list, value) { return (" " + list + " ").indexOf(" " + value + " ") >= 0; }
              function apply() {
                var k = kind.value, q = source.value.toLowerCase(), st = status.value, ch = check.value;
                var matching = claims.filter(function (c) {
                  return (!k || has(c.getAttribute("data-kinds"), k))
                    && (!q || c.getAttribute("data-source").indexOf(q) >= 0)
                    && (!st || c.getAttribute("data-status") === st)
                    && (!ch || c.getAttribute("data-check") === ch)
                    && (!more.type || has(c.getAttribute("data-types"), more.type))
                    && (!more.group || has(c.getAttribute("data-groups"), more.group))
                    && (!more.month || c.getAttribute("data-month") === more.month);
                });
                var pages = Math.max(1, Math.ceil(matching.length / pageSize));
                page = Math.max(0, Math.min(page, pages - 1));
                render(matching.slice(page * pageSize, (page + 1) * pageSize));
                count.textContent = matching.length + " of " + claims.length + " claims";
                pageLabel.textContent = " page " + (page + 1) + " of " + pages + " ";
                prev.disabled = page === 0;
                next.disabled = page >= pages - 1;
                var active = Object.keys(more).filter(function (key) { return more[key]; });
                extra.textContent = "";
                if (active.length) {
                  extra.textContent = " · " + active.map(function (key) { return key + " " + more[key]; }).join(", ") + " ";
                  var clear = document.createElement("a"); clear.href = "#"; clear.textContent = "clear"; extra.appendChild(clear);
                }
              }
              // Filters come from the URL fragment: on load, and when a bar of the overview sets it.
              function fromHash() {
                var params = new URLSearchParams(location.hash.slice(1));
                kind.value = params.get("kind") || "";
                source.value = params.get("source") || "";
                status.value = params.get("status") || "";
                check.value = params.get("check") || "";
                more = { type: params.get("type"), group: params.get("group"), month: params.get("month") };
                page = 0;
                apply();
              }
              [kind, source, status, check].forEach(function (e) { e.addEventListener("input", function () { page = 0; apply(); }); });
              prev.addEventListener("click", function () { page--; apply(); window.scrollTo(0, 0); });
              next.addEventListener("click", function () { page++; apply(); window.scrollTo(0, 0); });
              window.addEventListener("hashchange", fromHash);
              fromHash();
            })();
            </script>
            </body>
            </html>

            """
        return Array(out.utf8)
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
