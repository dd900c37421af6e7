/// What a set of labels holds that smpcheck cannot vouch for, so that the lexicon can grow where real
/// labels need it: the names found nowhere, by how often they are printed, and the names the EU CosIng
/// inventory lists with a function that points to a concern (a function rule holds for them: `Abrasive`
/// on a seed meal, `Astringent` on an extract) that were neither flagged where printed (their place
/// cleared them) nor curated as a benign look-alike.
///
/// Feed it reports (`smpcheck audit CATALOG` does, for a whole catalog).
public struct NameAudit: Sendable {
    /// Printed names found nowhere (lower-cased), and how many ingredients printed them.
    public private(set) var unknown: [String: Int] = [:]
    /// Inventory names with a concern-pointing function that nothing flagged or curated, with that
    /// function and how many ingredients printed them.
    public private(set) var unflagged: [String: (functions: String, count: Int)] = [:]
    /// How many ingredients were read.
    public private(set) var ingredients = 0

    private let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public mutating func add(_ report: Report) {
        for ingredient in report.ingredients {
            ingredients += 1
            guard let name = ingredient.name, ingredient.match != .fuzzy else {
                unknown[ingredient.printed.lowercased(), default: 0] += 1
                continue
            }
            guard ingredient.concerns.isEmpty, let functions = uncuratedConcernFunctions(of: ingredient) else {
                continue
            }
            unflagged[name, default: (functions, 0)].count += 1
        }
    }

    /// The functions a function rule reads as a concern, of an ingredient the lexicon knows only from the
    /// inventory (no curated entry, so no look-alike either); nil for any other.
    private func uncuratedConcernFunctions(of ingredient: ClassifiedIngredient) -> String? {
        guard let match = lexicon.knownMatch(lexicon.key(for: ingredient.printed)), match.entries.isEmpty,
            let row = match.inventory, let rule = lexicon.functionRule(for: row)
        else { return nil }
        let functions = lexicon.rules[rule].functions
        return lexicon.inventory[row].functions.split(separator: ",").map { String($0.drop { $0 == " " }) }
            .filter { functions.contains($0.lowercased()) }.joined(separator: ", ")
    }

    /// The audit as text: counts, then the most frequent names of each kind.
    public func render(top: Int) -> String {
        let unknownTotal = unknown.values.reduce(0, +)
        let unflaggedTotal = unflagged.values.reduce(0) { $0 + $1.count }
        var lines = [
            "Ingredients read: \(ingredients)",
            "Not recognized: \(unknownTotal) (\(unknown.count) distinct names)",
            "Listed by CosIng with a function that points to a concern, neither flagged nor curated: "
                + "\(unflaggedTotal) (\(unflagged.count) distinct names)",
            "", "Not recognized, most printed first:",
        ]
        for (name, count) in unknown.sorted(by: Self.byCount).prefix(top) { lines.append("  \(count)\t\(name)") }
        lines += ["", "Not flagged or curated, with the CosIng function that points to a concern:"]
        let sorted = unflagged.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        for (name, entry) in sorted.prefix(top) { lines.append("  \(entry.count)\t\(name)\t(\(entry.functions))") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func byCount(_ a: (key: String, value: Int), _ b: (key: String, value: Int)) -> Bool {
        (a.value, b.key) > (b.value, a.key)
    }
}
