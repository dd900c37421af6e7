/// What the lexicon knows about one ingredient key.
public struct LexiconMatch: Sendable, Equatable {
    /// How the name was matched; the raw values are the contract's `match` field.
    public enum Kind: String, Sendable, Codable {
        /// The printed name is a canonical INCI name (brackets, case and marks aside).
        case exact
        /// A known variant: a synonym, trivial name, translation, or part of a slash or bracket form.
        case synonym
        /// No entry, but a family rule recognizes the shape of the name.
        case pattern
        /// Not found; a close spelling of a known name. May raise a concern, never clears one.
        case fuzzy
        /// Found nowhere.
        case none

        /// Whether a name matched this way is a known ingredient (a fuzzy suggestion is not).
        public var isRecognized: Bool { self != .none && self != .fuzzy }
    }

    public var kind: Kind
    /// The canonical name matched (or suggested, for `fuzzy`).
    public var name: String?
    /// Indices into `Lexicon.entries` of the curated entries that matched.
    public var entries: [Int]
    /// Index into `Lexicon.rules` of the family rule that matched.
    public var rule: Int?
    /// Index into `Lexicon.inventory` when the name is known only as a CosIng name.
    public var inventory: Int?
    /// The concerns raised, sorted and unique.
    public var concerns: [ConcernID]
    /// What the ingredient is, in plain words: from its entry or family rule, else its CosIng functions.
    public var what: String?

    /// Whether the name is a known ingredient (fuzzy suggestions are not).
    public var isRecognized: Bool { kind.isRecognized }

    static let unknown = LexiconMatch(kind: .none, name: nil, entries: [], rule: nil, inventory: nil, concerns: [], what: nil)
}
