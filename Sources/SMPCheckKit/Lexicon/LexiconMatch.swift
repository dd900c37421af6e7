/// What the lexicon knows about one ingredient key.
public struct LexiconMatch: Sendable, Equatable {
    /// How the name was matched; the raw values are the contract's `match` field.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// The printed name is a canonical INCI name (brackets, case and marks aside).
        case exact
        /// A known variant: a synonym, trivial name, translation, or part of a slash or bracket form.
        case synonym
        /// No entry, but a family rule recognizes the shape of the name.
        case pattern
        /// No entry; the EU CosIng inventory lists the name with a function that points to a concern
        /// (`Abrasive`, `Perfuming` on a plant oil). It may raise a caution, never clear a concern.
        case function
        /// Not found; a close spelling of a known name. May raise a concern, never clears one.
        case fuzzy
        /// Found nowhere.
        case none

        /// Whether a name matched this way is a known ingredient (a fuzzy suggestion is not).
        public var isRecognized: Bool { self != .none && self != .fuzzy }
    }

    /// How the name was matched.
    public var kind: Kind { storage.kind }
    /// The canonical name matched (or suggested, for `fuzzy`).
    public var name: String? { storage.name?.text }
    /// Indices into `Lexicon.entries` of the curated entries that matched.
    var entries: [Int] { storage.entries }
    /// Index into `Lexicon.rules` of the family rule that matched.
    var rule: Int? { storage.rule }
    /// Index into `Lexicon.inventory` when the name is known only as a CosIng name.
    var inventory: Int? { storage.inventory }
    /// The concerns raised, sorted and unique.
    public var concerns: [ConcernID] { storage.concerns }
    /// What the ingredient is, in plain words: from its entry or family rule, else its CosIng functions.
    public var what: String? { storage.what?.text }

    /// `name` and `what` quoted for JSON, once per match (see `QuotedText`).
    var quotedName: QuotedText? { storage.name }
    var quotedWhat: QuotedText? { storage.what }

    /// The match's concerns rated for the classifier.
    var ratings: [ConcernRating] { storage.ratings }
    /// Whether the ingredient marks the ~1 % line of a list (see `TailEstimate`).
    var marksTail: Bool { storage.marksTail }
    /// Which ingredient a name found as such (exact or synonym) is: its first curated entry, or its
    /// inventory row counted down from -1. Nil for a family rule's or fuzzy answer and for no match.
    var ingredient: Int? {
        guard kind == .exact || kind == .synonym else { return nil }
        return entries.first ?? inventory.map { -1 - $0 }
    }
    /// Whether only a part of the name was found (an alias after a slash, a name in brackets): the
    /// rest may be another ingredient run in without a separator.
    var isByPart: Bool { storage.isByPart }

    /// One reference, so a match travels with every token and ingredient for the price of one
    /// retain rather than one per field.
    private let storage: Storage

    private final class Storage: Sendable {
        let kind: Kind
        let name: QuotedText?
        let entries: [Int]
        let rule: Int?
        let inventory: Int?
        let concerns: [ConcernID]
        let what: QuotedText?
        let ratings: [ConcernRating]
        let marksTail: Bool
        let isByPart: Bool

        init(
            kind: Kind, name: String?, entries: [Int], rule: Int?, inventory: Int?, concerns: [ConcernID],
            what: String?,
            ratings: [ConcernRating], marksTail: Bool, isByPart: Bool
        ) {
            self.kind = kind
            self.name = name.map(QuotedText.init)
            self.entries = entries
            self.rule = rule
            self.inventory = inventory
            self.concerns = concerns
            self.what = what.map(QuotedText.init)
            self.ratings = ratings
            self.marksTail = marksTail
            self.isByPart = isByPart
        }
    }

    /// A match of `lexicon`'s data; what it means for the classifier is worked out here, once.
    init(
        kind: Kind, name: String?, entries: [Int] = [], rule: Int? = nil, inventory: Int? = nil,
        concerns: [ConcernID] = [],
        what: String?, byPart: Bool = false, in lexicon: Lexicon
    ) {
        storage = Storage(
            kind: kind, name: name, entries: entries, rule: rule, inventory: inventory, concerns: concerns, what: what,
            ratings: ConcernRating.ratings(of: concerns, entries: entries, rule: rule, what: what, in: lexicon),
            marksTail: TailEstimate.isMarker(entries: entries, concerns: concerns, in: lexicon), isByPart: byPart)
    }

    private init(storage: Storage) { self.storage = storage }

    public static func == (lhs: LexiconMatch, rhs: LexiconMatch) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.entries == rhs.entries && lhs.rule == rhs.rule
                && lhs.inventory == rhs.inventory && lhs.concerns == rhs.concerns && lhs.what == rhs.what
                && lhs.isByPart == rhs.isByPart)
    }

    /// Whether the name is a known ingredient (fuzzy suggestions are not).
    public var isRecognized: Bool { kind.isRecognized }

    /// A pattern no family rule made: a plant named without its form, whose concerns are inferred
    /// from its curated oils and extracts (see `SpeciesIndex`).
    var isGuess: Bool { kind == .pattern && rule == nil }

    /// This match for a name printed with words the listed one lacks: a synonym where it was exact.
    var notExact: LexiconMatch {
        guard kind == .exact else { return self }
        return LexiconMatch(
            storage: Storage(
                kind: .synonym, name: name, entries: entries, rule: rule, inventory: inventory,
                concerns: concerns, what: what, ratings: ratings, marksTail: marksTail,
                isByPart: isByPart))
    }

    static let unknown = LexiconMatch(
        storage: Storage(
            kind: .none, name: nil, entries: [], rule: nil, inventory: nil, concerns: [],
            what: nil, ratings: [], marksTail: false, isByPart: false))
}
