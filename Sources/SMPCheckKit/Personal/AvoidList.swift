/// A person's own list of what to avoid, in their own words: ingredients (`lanolin`,
/// `methylisothiazolinone`), families (`coconut`, `parabens`) or concern ids (`fragrance-allergen`).
///
/// Each item is read with the lexicon once, when the list is made: a concern id raises on every
/// ingredient with that concern; any other item matches the ingredient it names (by any of its label
/// forms, or its closest spelling) and every ingredient whose printed name, INCI name or label forms hold
/// its words (`coconut` finds `Cocos Nucifera (Coconut) Oil` and `Coconut Alkanes`; `paraben` finds
/// `Methylparaben`). A hit is a finding with the concern `personal`, `avoid` at every stage; the report
/// lists the items not found, so the person knows what was looked for. An ingredient made from something
/// without naming it (`Cocamidopropyl Betaine` from coconut) is not found: a label cannot show it.
public struct AvoidList: Sendable, Equatable {
    /// One item as the person wrote it, and how it is read.
    public struct Item: Sendable, Equatable {
        /// The words as given.
        public var words: String
        /// The concern it names, when it is a concern id.
        public var concern: ConcernID?
        /// The ingredient it names, when the lexicon knows it (exactly, or as the closest spelling).
        public var ingredient: String?
        /// Its words, lower-cased, that an ingredient's names must hold.
        var terms: [String]
    }

    /// The concern a hit raises.
    public static let concern = ConcernID(rawValue: "personal")

    public let items: [Item]

    /// Reads `words` (empty items and repeats dropped) with `lexicon`.
    public init(_ words: [String], lexicon: Lexicon) {
        var seen: Set<String> = []
        items = words.compactMap { raw in
            let words = raw.trimmingWhiteSpace
            guard !words.isEmpty, seen.insert(words.lowercased()).inserted else { return nil }
            return Self.read(words, lexicon: lexicon)
        }
    }

    public var isEmpty: Bool { items.isEmpty }

    private static func read(_ words: String, lexicon: Lexicon) -> Item {
        let lowered = words.lowercased()
        let concern = ConcernID(rawValue: lowered)
        if lexicon.concerns[concern] != nil {
            return Item(words: words, concern: concern, ingredient: nil, terms: [])
        }
        let match = lexicon.lookup(lexicon.key(for: words))
        let named = match.kind == .none ? nil : match.name
        return Item(words: words, concern: nil, ingredient: named, terms: Self.terms(of: lowered))
    }

    /// The words of an item that an ingredient's names must hold: letters and digits, a plural's `s` dropped.
    static func terms(of text: String) -> [String] {
        text.split { !$0.isLetter && !$0.isNumber }.map { word in
            word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : String(word)
        }
    }

    /// Whether every term is in `names`: as a whole word, or, for a term of five letters or more, inside
    /// one (`paraben` in `methylparaben`).
    static func holds(_ terms: [String], in names: [String]) -> Bool {
        guard !terms.isEmpty else { return false }
        let words = names.flatMap { $0.lowercased().split { !$0.isLetter && !$0.isNumber } }
        return terms.allSatisfy { term in
            words.contains { $0 == term || (term.count >= 5 && $0.contains(term)) }
        }
    }
}
