/// A one-page HTML summary of a scan, for people who would rather look than read: a bar chart of
/// verdicts and the most frequently flagged ingredients and concerns. Self-contained (inline CSS, no
/// scripts, no external assets) and every catalog-derived text is escaped.
public enum ScanSummaryPage {
    public static func render(_ summary: ScanSummary, phase: Phase) -> String {
        let verdictRows =
            Verdict.allCases.map { (ScanSummaryText.label($0), summary.verdicts[$0, default: 0], $0.rawValue) }
            + [("skipped", summary.skipped, "skipped"), ("errors", summary.errors, "error")]
        let coverage =
            summary.ingredients > 0
            ? "\(summary.recognized) of \(summary.ingredients) ingredients recognized "
                + "(\(ScanSummaryText.format(100 * Double(summary.recognized) / Double(summary.ingredients), digits: 1)) %)."
            : "No ingredients were read."
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>smpcheck catalog summary</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
            th, td { text-align: left; padding: .25rem .5rem; vertical-align: middle; }
            td.n { text-align: right; width: 5rem; font-variant-numeric: tabular-nums; }
            .bar { height: 1rem; border-radius: 2px; background: #888; }
            .avoid { background: #c0392b; } .caution { background: #d68910; } .ok { background: #1e8449; }
            .unknown, .skipped { background: #aab; } .error { background: #555; }
            </style>
            </head>
            <body>
            <h1>Catalog summary</h1>
            <p>\(summary.records) records checked for the \(HTMLEscaping.escaped(phase.rawValue)) phase (\(HTMLEscaping.escaped(phase.summary))). \(HTMLEscaping.escaped(coverage))</p>
            <h2>Verdicts</h2>
            \(chart(verdictRows, total: summary.records))
            <h2>Most often flagged ingredients</h2>
            \(chart(summary.topFlaggedIngredients(15).map { ($0.name, $0.products, "avoid") }, total: summary.checked))
            <h2>Most common concerns</h2>
            \(chart(summary.topConcerns(10).map { ($0.concern.rawValue, $0.products, "caution") }, total: summary.checked))
            <h2>Fine for this phase</h2>
            \(shelf(summary))
            <p><small>Counts are products. A label shows no concentrations, so flags say what is on the list, not how much.</small></p>
            </body>
            </html>

            """
    }

    /// The products that are fine, by type, then vendor and name, each linked to its page when the catalog
    /// gives an http(s) address (no other scheme: the catalog's text is written by strangers).
    private static func shelf(_ summary: ScanSummary) -> String {
        guard !summary.shelf.isEmpty else { return "<p>None.</p>" }
        let groups = Dictionary(grouping: summary.shelf) { $0.listing?.type ?? "Other" }
        var html = ""
        for type in groups.keys.sorted() {
            let products = groups[type]!.sorted {
                ($0.listing?.vendor ?? "", $0.name ?? $0.id ?? "") < ($1.listing?.vendor ?? "", $1.name ?? $1.id ?? "")
            }
            html += "<h3>\(HTMLEscaping.escaped(type)) (\(products.count))</h3>\n<ul>\n"
            for product in products {
                let name = HTMLEscaping.escaped(product.name ?? product.id ?? "unnamed product")
                let vendor = product.listing?.vendor.map { " — " + HTMLEscaping.escaped($0) } ?? ""
                let linked =
                    product.listing?.url.flatMap { url in
                        let lowered = url.lowercased()
                        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return nil }
                        return "<a href=\"\(HTMLEscaping.escaped(url))\">\(name)</a>"
                    } ?? name
                html += "<li>\(linked)\(vendor)</li>\n"
            }
            html += "</ul>\n"
        }
        if summary.unshelved > 0 { html += "<p>…and \(summary.unshelved) more.</p>\n" }
        return html
    }

    /// A table whose rows carry a bar as wide as their share of `total`.
    private static func chart(_ rows: [(label: String, count: Int, style: String)], total: Int) -> String {
        guard !rows.isEmpty else { return "<p>None.</p>" }
        let body = rows.map { row in
            let width = total > 0 ? Double(row.count) / Double(total) * 100 : 0
            return """
                <tr><th scope="row">\(HTMLEscaping.escaped(row.label))</th><td class="n">\(row.count)</td>\
                <td><div class="bar \(HTMLEscaping.escaped(row.style))" style="width: \(ScanSummaryText.format(width, digits: 1))%"></div></td></tr>
                """
        }
        return "<table>\n<tr><th>name</th><th>products</th><th><span class=\"visually-hidden\">share</span></th></tr>\n"
            + body.joined(separator: "\n") + "\n</table>"
    }
}
