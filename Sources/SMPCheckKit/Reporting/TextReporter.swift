/// The report for a person at a terminal: the verdict first, then each flagged ingredient
/// grouped by severity with what it is, why it matters now and what changes later.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var lines: [String] = [ReportWording.headline(report)]
        if let usable = ReportWording.usableLine(report) { lines.append(usable) }
        lines.append(ReportWording.phaseLine(report))
        if let product = ReportWording.productLine(report) { lines.append(product) }
        if let advice = ReportWording.phaseAdvice(report.phase) { lines.append(advice) }
        let photo = ReportWording.photoLines(report)
        if !photo.isEmpty { lines += [""] + photo }
        guard report.listFound else {
            if report.highlightsOnly, !report.findings.isEmpty {
                lines += ["", ReportWording.highlightsIntro]
                appendFindings(report, to: &lines)
                lines.append("")
            }
            lines.append(ReportWording.missingListAdvice(report))
            return TerminalText.sanitized(lines.joined(separator: "\n")) + "\n"
        }
        if report.components.count > 1 {
            lines.append("")
            lines.append("This is a kit; each part on its own:")
            for component in report.components { lines.append("  \(component.section): \(component.verdict.rawValue)") }
        }
        appendFindings(report, to: &lines)
        if let notFound = ReportWording.personalNotFoundLine(report) { lines += ["", notFound] }
        let unknown = report.ingredients.filter { $0.verdict == .unknown }
        if !unknown.isEmpty {
            lines.append("")
            lines.append("NOT RECOGNIZED (\(unknown.count)): " + unknown.map(\.printed).joined(separator: "; "))
        }
        if !report.skipped.isEmpty {
            lines.append("")
            lines.append(
                "Skipped as not ingredients: "
                    + report.skipped.map { "\"\($0.text)\" (\($0.reason.rawValue))" }.joined(separator: "; "))
        }
        lines.append("")
        if let coverage = ReportWording.coverageLine(report) { lines.append(coverage) }
        if let repair = ReportWording.repairLine(report) { lines.append(repair) }
        return TerminalText.sanitized(lines.joined(separator: "\n")) + "\n"
    }

    /// The findings grouped by severity, each ingredient once with what it is, why and what changes later.
    private func appendFindings(_ report: Report, to lines: inout [String]) {
        let groups = FindingGroup.groups(report.findings)
        for severity in [Severity.avoid, .caution] {
            let selected = groups.filter { $0.severity == severity }
            guard !selected.isEmpty else { continue }
            lines.append("")
            lines.append("\(ReportWording.severityHeading(severity).uppercased()) (\(selected.count))")
            for group in selected {
                let concerns = group.findings.map(\.concern.rawValue).joined(separator: ", ")
                lines.append("  \(group.label)  [\(concerns)]")
                var seen: Set<String> = []
                for finding in group.findings {
                    for line in ReportWording.explanation(finding, inGroup: group.findings.count > 1)
                    where seen.insert(line).inserted {
                        lines.append("      \(line)")
                    }
                }
            }
        }
    }
}
