/// One concern raised by one ingredient, with everything a person needs to understand it.
public struct Finding: Sendable, Equatable, Codable {
    public var concern: ConcernID
    /// The concern in plain words ("harsh sulfate cleanser").
    public var concernTitle: String
    public var severity: Severity
    /// The ingredient as printed.
    public var ingredient: String
    public var position: Int
    /// Why it matters now, in plain words.
    public var reason: String
    public var section: String
    /// What the ingredient is.
    public var what: String
    /// What changes later in healing.
    public var later: String
    /// Set when only the ingredient's position supports the finding ("likely").
    public var positionNote: String?
    /// True for a shade block (`may contain`): only some versions of the product hold it.
    public var conditional: Bool
    /// How the name was matched (`exact`, `synonym`, `pattern`, `fuzzy`).
    public var match: LexiconMatch.Kind
}
