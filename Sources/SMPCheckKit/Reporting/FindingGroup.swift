/// Findings of one ingredient, gathered so a report explains each ingredient once even when it
/// raises several concerns (lavender oil is an essential oil and a fragrance allergen).
public struct FindingGroup: Sendable {
    /// The ingredient as printed on the label.
    public var ingredient: String
    /// Its 1-based place in the list.
    public var position: Int
    /// The worst severity among its findings.
    public var severity: Severity
    /// One per concern it raises.
    public var findings: [Finding]

    /// Groups by ingredient position, worst first, then in list order.
    public static func groups(_ findings: [Finding]) -> [FindingGroup] {
        var byPosition: [Int: FindingGroup] = [:]
        for finding in findings {
            if var group = byPosition[finding.position] {
                group.findings.append(finding)
                group.severity = max(group.severity, finding.severity)
                byPosition[finding.position] = group
            } else {
                byPosition[finding.position] = FindingGroup(
                    ingredient: finding.ingredient, position: finding.position,
                    severity: finding.severity, findings: [finding])
            }
        }
        return byPosition.values.sorted { ($0.severity, -$0.position) > ($1.severity, -$1.position) }
    }
}
