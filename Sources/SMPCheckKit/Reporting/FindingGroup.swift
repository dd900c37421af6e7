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

    /// Whether the ingredient was named in text set aside from the list, not listed (`position` 0).
    public var isSetAside: Bool { position == 0 }

    /// How a report names the group: `#2 Sodium Laureth Sulfate`, or a name found outside the list.
    public var label: String { isSetAside ? "\(ingredient) (named outside the list)" : "#\(position) \(ingredient)" }

    /// Groups by ingredient (its position; a set-aside name by its words), worst first, then in list
    /// order, names found outside the list last.
    public static func groups(_ findings: [Finding]) -> [FindingGroup] {
        var order: [String] = []
        var byIngredient: [String: FindingGroup] = [:]
        for finding in findings {
            let key = finding.setAside ? "0 \(finding.ingredient)" : "\(finding.position)"
            if var group = byIngredient[key] {
                group.findings.append(finding)
                group.severity = max(group.severity, finding.severity)
                byIngredient[key] = group
            } else {
                order.append(key)
                byIngredient[key] = FindingGroup(
                    ingredient: finding.ingredient, position: finding.position,
                    severity: finding.severity, findings: [finding])
            }
        }
        func place(_ group: FindingGroup) -> Int { group.isSetAside ? Int.max : group.position }
        return order.compactMap { byIngredient[$0] }.sorted { ($0.severity, -place($0)) > ($1.severity, -place($1)) }
    }
}
