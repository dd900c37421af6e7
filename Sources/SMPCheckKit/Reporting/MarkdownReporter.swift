/// The report as Markdown, for pasting into a message, a ticket or a clinic's notes.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var lines = ["## \(escape(ReportWording.headline(report)))", ""]
        if let usable = ReportWording.usableLine(report) { lines += ["**\(escape(usable))**", ""] }
        lines.append("_\(ReportWording.phaseLine(report))_")
        if let product = ReportWording.productLine(report) { lines += ["", escape(product)] }
        if let advice = ReportWording.phaseAdvice(report.phase) { lines += ["", "> \(advice)"] }
        for line in ReportWording.photoLines(report) { lines += ["", escape(line)] }
        guard report.listFound else {
            if report.highlightsOnly, !report.findings.isEmpty {
                lines += ["", ReportWording.highlightsIntro]
                appendFindings(report, to: &lines)
            }
            lines += ["", escape(ReportWording.missingListAdvice(report))]
            return lines.joined(separator: "\n") + "\n"
        }
        appendFindings(report, to: &lines)
        if let notFound = ReportWording.personalNotFoundLine(report) { lines += ["", escape(notFound)] }
        lines += ["", "| # | Ingredient | Verdict | Concerns |", "|---|---|---|---|"]
        for ingredient in report.ingredients {
            let concerns = ingredient.concerns.map(\.rawValue).joined(separator: ", ")
            lines.append(
                "| \(ingredient.position) | \(escape(ingredient.printed)) | \(ingredient.verdict.rawValue) | \(concerns) |"
            )
        }
        if let coverage = ReportWording.coverageLine(report) { lines += ["", "_\(escape(coverage))_"] }
        if let repair = ReportWording.repairLine(report) { lines += ["", "_\(escape(repair))_"] }
        return lines.joined(separator: "\n") + "\n"
    }

    private func appendFindings(_ report: Report, to lines: inout [String]) {
        let groups = FindingGroup.groups(report.findings)
        for severity in [Severity.avoid, .caution] {
            let selected = groups.filter { $0.severity == severity }
            guard !selected.isEmpty else { continue }
            lines += ["", "### \(ReportWording.severityHeading(severity))", ""]
            for group in selected {
                let concerns = group.findings.map { "`\($0.concern.rawValue)`" }.joined(separator: ", ")
                let place = group.isSetAside ? "named outside the list" : "#\(group.position)"
                lines.append("- **\(escape(group.ingredient))** (\(place); \(concerns))")
                var seen: Set<String> = []
                for finding in group.findings {
                    for line in ReportWording.explanation(finding, inGroup: group.findings.count > 1)
                    where seen.insert(line).inserted {
                        lines.append("  - \(escape(line))")
                    }
                }
            }
        }
    }

    /// Label text is data, never markup: escape what Markdown (and HTML inside it) would interpret.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.sanitized(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "<", ">": out += "\\\(character)"
            case "\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
