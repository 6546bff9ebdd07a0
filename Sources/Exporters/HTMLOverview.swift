/// The report's overview as inline SVG: no script libraries, no network, prints as drawn. Every bar and legend
/// item links to a filter of the claims below (`#source=…`), every chart has a title and a text alternative, and
/// every count is written next to its bar.
enum HTMLOverview {
    static let colors = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
    static let checkColors = ["inconsistent": "#c0392b", "consistent": "#2e8b57", "unchecked": "#9aa0a6"]

    static func section(_ o: Overview) -> String {
        var html = "<section id=\"overview\" aria-label=\"Overview\">\n<h2>Overview</h2>\n<p class=\"totals\">"
        html += "<b>\(o.articles)</b> articles · <b>\(o.claims)</b> claims · <b>\(o.statistics)</b> statistics · "
        html += "<b>\(o.sources.count)</b> sources"
        if let first = o.firstDate, let last = o.lastDate { html += " · \(first) to \(last)" }
        if o.repeatedGroups > 0 { html += " · <b>\(o.repeatedGroups)</b> statistics repeated across articles" }
        html += "</p>\n<div class=\"charts\">\n"
        html += chart("Statistics by kind", o.kindBars, id: "chart-kind")
        // Source types share one palette, shown as a legend whose items filter by type.
        let types = Array(Set(o.sourceBars().flatMap { $0.parts.map(\.0) })).sorted()
        html += chart("Top sources, by source type", o.sourceBars(), id: "chart-source", types: types)
        html += chart("Checks of the statistics", o.checkBars, id: "chart-check", fixedColors: checkColors)
        html += chart("Most repeated statistics (articles)", o.repeatedBars(), id: "chart-repeated")
        html += chart("Statistics by month of publication", o.monthBars, id: "chart-month")
        html += "</div>\n</section>\n"
        return html
    }

    /// A horizontal bar chart. With `types`, each bar is split by source type and a legend follows.
    static func chart(_ title: String, _ bars: [Overview.Bar], id: String, types: [String] = [], fixedColors: [String: String] = [:]) -> String {
        guard !bars.isEmpty else { return "" }
        let labelWidth = 230.0
        let barWidth = 260.0
        let rowHeight = 22.0
        let legendHeight = types.isEmpty ? 0 : 24.0
        let height = Double(bars.count) * rowHeight + 30 + legendHeight
        let top = Double(max(1, bars.map(\.count).max() ?? 1))
        let description = bars.map { "\($0.label): \($0.count)" }.joined(separator: "; ")
        var svg = "<figure class=\"chart\"><svg id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
        svg += "width=\"\(Int(labelWidth + barWidth + 60))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 60)) \(Int(height))\" "
        svg += "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"
        svg += "<title id=\"\(id)-title\">\(e(title))</title><desc id=\"\(id)-desc\">\(e(description))</desc>"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"13\">\(e(title))</text>"
        for (i, bar) in bars.enumerated() {
            let y = 28 + Double(i) * rowHeight
            let label = bar.label.count > 34 ? String(bar.label.prefix(33)) + "…" : bar.label
            svg += "<a href=\"#\(e(percentEncoded(bar.filter)))\" class=\"bar\" data-filter=\"\(e(bar.filter))\">"
            svg += "<title>\(e(bar.label)): \(bar.count) — show these claims</title>"
            svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(Int(y + 14))\" text-anchor=\"end\">\(e(label))</text>"
            let width = max(1.5, barWidth * Double(bar.count) / top)
            if types.isEmpty {
                let color = fixedColors[bar.label] ?? colors[0]
                svg += rect(labelWidth, y + 3, width, color)
            } else {
                var x = labelWidth
                for (type, count) in bar.parts {
                    let w = max(1, width * Double(count) / Double(max(1, bar.count)))
                    let color = colors[(types.firstIndex(of: type) ?? 0) % colors.count]
                    svg += rect(x, y + 3, w, color, title: "\(type): \(count)")
                    x += w
                }
            }
            svg += "<text x=\"\(Int(labelWidth + width + 5))\" y=\"\(Int(y + 14))\">\(bar.count)</text></a>"
        }
        if !types.isEmpty {
            var x = 0.0
            let y = 30 + Double(bars.count) * rowHeight
            for (i, type) in types.enumerated() {
                svg += "<a href=\"#type=\(e(percentEncoded(type)))\" class=\"legend\" data-filter=\"type=\(e(type))\">"
                svg += rect(x, y, 12, colors[i % colors.count], height: 12)
                svg += "<text x=\"\(Int(x + 16))\" y=\"\(Int(y + 11))\">\(e(type))</text></a>"
                x += 24 + Double(type.count) * 7
            }
        }
        svg += "</svg><figcaption class=\"meta\">\(e(description))</figcaption></figure>\n"
        return svg
    }

    static func rect(_ x: Double, _ y: Double, _ width: Double, _ color: String, height: Double = 15, title: String? = nil) -> String {
        let t = title.map { "<title>\(e($0))</title>" } ?? ""
        return "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(width))\" height=\"\(format(height))\" fill=\"\(color)\">\(t)</rect>"
    }

    static func format(_ v: Double) -> String { String((v * 10).rounded() / 10) }

    static func e(_ s: String) -> String { HTMLReportExporter.escape(s) }

    /// A filter as a URL fragment value: `source=Bank of Japan` → `source=Bank%20of%20Japan`.
    static func percentEncoded(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let safe = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == UInt8(ascii: "=") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
            if safe {
                out.unicodeScalars.append(UnicodeScalar(b))
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
