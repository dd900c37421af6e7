import SMPCheckKit

/// The page a person sees: the verdict first (when there is one), every flagged ingredient
/// explained in the words the text report uses, what was not recognized, then the form.
///
/// Everything from the request reaches the markup through `HTML` interpolation, which escapes it.
struct CheckPage {
    var form = Form()
    var report: Report?
    var error: String?

    /// The form's fields as the person filled them in, to show them again with the answer.
    struct Form {
        var text = ""
        var days = ""
        var phase = ""
        /// The person's avoid list, comma-separated.
        var avoid = ""
        /// A product's barcode, looked up when no label is given.
        var barcode = ""

        init() {}

        init(_ fields: FormFields) {
            // An uploaded file is not echoed back into the textarea: it can be a whole web page.
            text = fields["text"].map { String(decoding: $0.value, as: UTF8.self) } ?? ""
            days = fields.text("days") ?? ""
            phase = fields.text("phase") ?? ""
            avoid = fields.text("avoid") ?? ""
            barcode = (fields.text("barcode") ?? "").filter { !$0.isWhitespace }
        }

        /// Days win over the phase menu: the number is what a person knows.
        func resolvedPhase() throws(APIError) -> Phase {
            if !days.isEmpty {
                guard let count = Int(days), count >= 0 else {
                    throw .badRequest("Days since the session must be a whole number, 0 or more.")
                }
                return Phase(daysSinceSession: count)
            }
            return try PhaseChoice.resolve(phase: phase.isEmpty ? nil : phase, days: nil)
        }
    }

    func render() -> HTML {
        let title = report.map { ReportWording.headline($0).split(separator: "—").first.map(String.init) ?? "" } ?? ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>\(title.isEmpty ? "" : "\(title.trimmingWhitespace()) · ")Is it safe for my healing scalp? · smpcheck</title>
            <style>\(HTML(stringLiteral: Self.style))</style>
            </head>
            <body>
            <main>
            <h1>Is this product safe for my healing scalp?</h1>
            \(error.map { HTML("<p class=\"error\" role=\"alert\">\($0)</p>\n") } ?? "")\(report.map(result) ?? "")\(formSection)
            <script src="/profile.js" defer></script>
            <p class="note">smpcheck reads the ingredient list only: a label has no concentrations. This is general aftercare information, not medical advice; follow your artist's aftercare.</p>
            </main>
            </body>
            </html>

            """
    }

    private func result(_ report: Report) -> HTML {
        var parts: [HTML] = [
            "<h2 id=\"verdict\">\(ReportWording.headline(report))</h2>\n"
        ]
        if let usable = ReportWording.usableLine(report) {
            parts.append("<p class=\"usable\"><strong>\(usable)</strong></p>\n")
        }
        parts.append("<p>\(ReportWording.phaseLine(report))</p>\n")
        if let product = ReportWording.productLine(report) { parts.append("<p class=\"source\">\(product)</p>\n") }
        if let advice = ReportWording.phaseAdvice(report.phase) {
            parts.append("<p class=\"advice\"><strong>\(advice)</strong></p>\n")
        }
        if report.source != "pasted label" { parts.append("<p class=\"source\">Checked: \(report.source)</p>\n") }
        for line in ReportWording.photoLines(report) { parts.append("<p class=\"photo\">\(line)</p>\n") }
        guard report.listFound else {
            if report.highlightsOnly, !report.findings.isEmpty {
                parts.append("<p>\(ReportWording.highlightsIntro)</p>\n")
                parts += findings(report)
            }
            parts.append("<p>\(ReportWording.missingListAdvice(report))</p>\n")
            return section(report, parts)
        }
        if report.components.count > 1 {
            let items = report.components.map { HTML("<li>\($0.section): \($0.verdict.rawValue)</li>") }
            parts.append("<p>This is a kit; each part on its own:</p>\n<ul>\(HTML(items))</ul>\n")
        }
        parts += findings(report)
        if let notFound = ReportWording.personalNotFoundLine(report) { parts.append("<p>\(notFound)</p>\n") }
        let unknown = report.ingredients.filter { $0.verdict == .unknown }
        if !unknown.isEmpty {
            let items = unknown.map { HTML("<li>\($0.printed)</li>") }
            parts.append(
                """
                <h3>Not recognized (\(unknown.count))</h3>
                <p>smpcheck does not know these names, so it could not check them. Ask your artist about them.</p>
                <ul class="unknown">\(HTML(items))</ul>\n
                """)
        }
        if !report.skipped.isEmpty {
            let items = report.skipped.map {
                HTML("<li>\($0.text) <span class=\"why\">(\($0.reason.rawValue))</span></li>")
            }
            parts.append(
                "<details><summary>Skipped as not ingredients (\(report.skipped.count))</summary><ul>\(HTML(items))</ul></details>\n"
            )
        }
        if let coverage = ReportWording.coverageLine(report) { parts.append("<p class=\"coverage\">\(coverage)</p>\n") }
        let all = report.ingredients.map {
            HTML("<li>\($0.printed) <span class=\"why\">(\($0.verdict.rawValue))</span></li>")
        }
        parts.append(
            "<details><summary>Every ingredient read (\(report.ingredients.count))</summary><ol>\(HTML(all))</ol></details>\n"
        )
        return section(report, parts)
    }

    /// The flagged ingredients, grouped by severity.
    private func findings(_ report: Report) -> [HTML] {
        let groups = FindingGroup.groups(report.findings)
        return [Severity.avoid, .caution].compactMap { severity in
            let selected = groups.filter { $0.severity == severity }
            guard !selected.isEmpty else { return nil }
            return
                "<h3>\(ReportWording.severityHeading(severity)) (\(selected.count))</h3>\n<ul class=\"findings\">\n\(HTML(selected.map(finding)))</ul>\n"
        }
    }

    private func section(_ report: Report, _ parts: [HTML]) -> HTML {
        "<section class=\"result \(report.verdict.rawValue)\" aria-labelledby=\"verdict\">\n\(HTML(parts))<p><a href=\"#form\">Check another product</a></p>\n</section>\n"
    }

    /// One flagged ingredient: its name, then what it is, why it matters now and what changes later.
    private func finding(_ group: FindingGroup) -> HTML {
        var seen: Set<String> = []
        var lines: [HTML] = []
        for finding in group.findings {
            for line in ReportWording.explanation(finding, inGroup: group.findings.count > 1)
            where seen.insert(line).inserted {
                lines.append("<p>\(line)</p>")
            }
        }
        let concerns = group.findings.map(\.concernTitle).joined(separator: ", ")
        return
            "<li><h4>\(group.ingredient) <span class=\"why\">(\(group.isSetAside ? "named outside the list" : "#\(group.position) on the list"); \(concerns))</span></h4>\(HTML(lines))</li>\n"
    }

    private var formSection: HTML {
        let phases: [HTML] =
            [
                HTML(
                    "<option value=\"\"\(form.phase.isEmpty ? " selected" : "")>From the days above (or healing)</option>"
                )
            ]
            + Phase.allCases.map { phase in
                HTML(
                    "<option value=\"\(phase.rawValue)\"\(form.phase == phase.rawValue ? " selected" : "")>\(phase.rawValue): \(phase.summary)</option>"
                )
            }
        return """
            <form id="form" method="post" action="/check" enctype="multipart/form-data">
            <label for="text">Paste the ingredient list from the pack or the shop page</label>
            <textarea id="text" name="text" rows="8" placeholder="Ingredients: Aqua, Sodium Laureth Sulfate, …">\(form.text)</textarea>
            <label for="page">…or choose a product page you saved (.html)</label>
            <input id="page" name="page" type="file" accept=".html,.htm,.txt,text/html,text/plain">
            <label for="photo">…or take a photo of the ingredient list on the pack</label>
            <input id="photo" name="photo" type="file" accept="image/*" capture="environment">
            <label for="barcode">…or type the barcode (looked up in Open Beauty Facts)</label>
            <input id="barcode" name="barcode" type="text" inputmode="numeric" pattern="[0-9 ]*" autocomplete="off" value="\(form.barcode)">
            <label for="days">Days since your last SMP session</label>
            <input id="days" name="days" type="number" min="0" step="1" inputmode="numeric" value="\(form.days)">
            <label for="phase">…or pick your healing phase</label>
            <select id="phase" name="phase">\(HTML(phases))</select>
            <label for="session">Date of your last session (remembered in this browser only)</label>
            <input id="session" type="date">
            <label for="avoid">Ingredients you avoid, comma-separated (remembered in this browser only)</label>
            <input id="avoid" name="avoid" type="text" placeholder="coconut, lanolin, fragrance-allergen" value="\(form.avoid)">
            <button type="submit">Check this product</button>
            </form>

            """
    }

    private static let style = """
        body{margin:0;font:1.05rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fafafa}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;line-height:1.25}
        h2{font-size:1.25rem;margin-top:0}
        h4{margin:.2rem 0;font-size:1.05rem}
        label{display:block;font-weight:600;margin-top:1rem}
        textarea,input,select,button{font:inherit;box-sizing:border-box;width:100%;margin-top:.3rem}
        textarea,input[type=number],input[type=text],input[type=date],select{padding:.5rem;border:1px solid #767676;border-radius:.3rem;background:#fff}
        button{margin-top:1.2rem;padding:.75rem;border:0;border-radius:.3rem;background:#1d4ed8;color:#fff;font-weight:600}
        button:focus,a:focus,textarea:focus,input:focus,select:focus{outline:3px solid #f59e0b;outline-offset:2px}
        .result{background:#fff;border-left:.5rem solid #6b7280;padding:.8rem 1rem;margin-bottom:1.5rem}
        .result.avoid{border-color:#b91c1c}.result.caution{border-color:#b45309}.result.ok{border-color:#15803d}
        .findings{list-style:none;padding:0}.findings li{border-top:1px solid #e5e7eb;padding:.5rem 0}
        .findings p{margin:.3rem 0}
        .why,.note,.coverage,.source{color:#4b5563;font-size:.95rem}
        .error{background:#fee2e2;border:1px solid #b91c1c;padding:.6rem;border-radius:.3rem}
        """
}
