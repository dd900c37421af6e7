/// A concern that only the rest of the formula reveals: fatty acids and potassium hydroxide listed high
/// together are a soap the product makes in its own pot, though neither is a cleanser on its own.
///
/// Loaded from `IngredientLexicon/formula-rules.tsv`. An ingredient named one of `names`, listed high
/// (the upper half of what lies above the estimated 1 % line), raises `concerns` when at least
/// `partnersNeeded` of `partners` are listed above that line in the same section.
public struct FormulaRule: Sendable, Equatable {
    public var id: String
    public var concerns: [ConcernID]
    /// Canonical names (upper case) of the ingredient the rule flags.
    public var names: Set<String>
    /// Canonical names (upper case) of the ingredients that must be listed with it.
    public var partners: Set<String>
    public var partnersNeeded: Int
    public var what: String
    public var reason: String
    public var source: String
}
