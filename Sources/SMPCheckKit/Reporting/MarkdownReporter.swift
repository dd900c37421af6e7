/// The report as Markdown, for pasting into a message, a ticket or a clinic's notes.
public struct MarkdownReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var lines = ["## \(escape(ReportWording.headline(report)))", "", "_\(ReportWording.phaseLine(report))_"]
        if let advice = ReportWording.phaseAdvice(report.phase) { lines += ["", "> \(advice)"] }
        guard report.listFound else { return lines.joined(separator: "\n") + "\n" }
        let groups = FindingGroup.groups(report.findings)
        for severity in [Severity.avoid, .caution] {
            let selected = groups.filter { $0.severity == severity }
            guard !selected.isEmpty else { continue }
            lines += ["", "### \(ReportWording.severityHeading(severity))", ""]
            for group in selected {
                let concerns = group.findings.map { "`\($0.concern.rawValue)`" }.joined(separator: ", ")
                lines.append("- **\(escape(group.ingredient))** (#\(group.position); \(concerns))")
                var seen: Set<String> = []
                for finding in group.findings {
                    for line in ReportWording.explanation(finding, inGroup: group.findings.count > 1)
                    where seen.insert(line).inserted {
                        lines.append("  - \(escape(line))")
                    }
                }
            }
        }
        lines += ["", "| # | Ingredient | Verdict | Concerns |", "|---|---|---|---|"]
        for ingredient in report.ingredients {
            let concerns = ingredient.concerns.map(\.rawValue).joined(separator: ", ")
            lines.append(
                "| \(ingredient.position) | \(escape(ingredient.printed)) | \(ingredient.verdict.rawValue) | \(concerns) |"
            )
        }
        if let coverage = ReportWording.coverageLine(report) { lines += ["", "_\(escape(coverage))_"] }
        return lines.joined(separator: "\n") + "\n"
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
