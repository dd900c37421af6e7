/// The words that structure a label (headings, terminators, claims, abbreviations, spellings),
/// loaded from `IngredientLexicon/label-phrases.tsv`.
public struct LabelPhrases: Sendable {
    /// What a phrase does on a label. Raw values are the `kind` column of the data file.
    public enum Kind: String, Sendable, CaseIterable {
        case heading
        case weakHeading = "weak-heading"
        case activeHeading = "active-heading"
        case terminator
        case disclaimer
        case mayContain = "may-contain"
        case claim
        case abbreviation
        case spelling
        case blend
        case qualifier
        case leftOut = "left-out"
        case suffix
        case unit
        case negation
        case exfoliatingProduct = "exfoliating-product"
        case particle
        case sentenceWord = "sentence-word"
        case ingredientWord = "ingredient-word"
        case claimContinuation = "claim-continuation"
        case footnoteWord = "footnote-word"
        case partWord = "part-word"
        case plantPart = "plant-part"
        case plantProduct = "plant-product"
        case processWord = "process-word"
        case cation
        case catalogIngredients = "catalog-ingredients"
        case catalogDescription = "catalog-description"
        case catalogProduct = "catalog-product"
        case catalogID = "catalog-id"
        case catalogTags = "catalog-tags"
        case catalogType = "catalog-type"
        case catalogVendor = "catalog-vendor"
        case catalogURL = "catalog-url"
        case feedRecord = "feed-record"
        case feedText = "feed-text"
        case feedID = "feed-id"
    }

    public var entries: [(kind: Kind, phrase: String, note: String)] { storage.entries }

    /// Words after which a period does not end an ingredient (`denat`, `ext`, `sp`), lower-cased.
    var abbreviations: Set<[UInt8]> { storage.abbreviations }
    /// Word-level spelling unification (`sulphate` -> `sulfate`), lower-cased.
    var spellings: [[UInt8]: [UInt8]] { storage.spellings }
    /// Words that join a supplier blend inside brackets: `(and)`, `(et)`.
    var blendWords: Set<[UInt8]> { storage.blendWords }
    /// Words that say a product has none of what follows (`no`, `without`, `ohne`), lower-cased.
    var negations: WordSet { storage.negations }
    /// Words of a product's name that make it a scrub, polish or peel (`scrub`, `gommage`), lower-cased.
    var exfoliatingWords: WordSet { storage.exfoliatingWords }
    /// Words of an ingredient's name that make it a particle (`silica`, `powder`, `beads`), lower-cased.
    var particleWords: WordSet { storage.particleWords }
    /// The single words that tell names from sentences, footnotes and cut pieces (see `LabelWords`).
    var words: LabelWords { storage.words }
    /// The phrases of one kind as written: `KeyRewrites` reads the `qualifier`, `suffix` and `unit`
    /// phrases once, at load, as keys.
    func phrases(of kind: Kind) -> [String] { entries.filter { $0.kind == kind }.map(\.phrase) }
    /// What structures a text, found in one pass over it: headings, terminators, disclaimers and
    /// may-contain markers (what opens and closes a panel, for the locator), and may-contain markers,
    /// free-from claims and left-out lists (what the tokenizer looks for inside a panel).
    var structureMatcher: PhraseMatcher { storage.structureMatcher }
    /// Terminators and disclaimers: an item that opens with one is a remark, not an ingredient.
    var remarkMatcher: PhraseMatcher { storage.remarkMatcher }

    /// The kinds the locator and the tokenizer read among the structure matcher's hits, and the kinds
    /// the remark matcher looks for.
    static let panelKinds: Set<Kind> = [.heading, .weakHeading, .activeHeading, .terminator, .disclaimer, .mayContain]
    static let itemKinds: Set<Kind> = [.mayContain, .claim, .leftOut]
    static let remarkKinds: Set<Kind> = [.terminator, .disclaimer]

    /// Shared, not copied: every label's locator and tokenizer hold the phrases, and a copy of two
    /// dozen tables would be two dozen reference counts taken and dropped per label.
    private let storage: Storage

    private final class Storage: Sendable {
        let entries: [(kind: Kind, phrase: String, note: String)]
        let abbreviations: Set<[UInt8]>
        let spellings: [[UInt8]: [UInt8]]
        let blendWords: Set<[UInt8]>
        let negations: WordSet
        let exfoliatingWords: WordSet
        let particleWords: WordSet
        let words: LabelWords
        let structureMatcher: PhraseMatcher
        let remarkMatcher: PhraseMatcher

        init(entries: [(kind: Kind, phrase: String, note: String)]) {
            self.entries = entries
            var abbreviations: Set<[UInt8]> = []
            var spellings: [[UInt8]: [UInt8]] = [:]
            var blendWords: Set<[UInt8]> = []
            var negations: [String] = []
            var exfoliatingWords: [String] = []
            var particleWords: [String] = []
            for entry in entries {
                let lower = Array(entry.phrase.lowercased().utf8)
                switch entry.kind {
                case .abbreviation: abbreviations.insert(lower)
                case .spelling: spellings[lower] = Array(entry.note.lowercased().utf8)
                case .blend: blendWords.insert(lower)
                case .negation: negations.append(entry.phrase)
                case .exfoliatingProduct: exfoliatingWords.append(entry.phrase)
                case .particle: particleWords.append(entry.phrase)
                default: break
                }
            }
            self.abbreviations = abbreviations
            self.spellings = spellings
            self.blendWords = blendWords
            self.negations = WordSet(negations)
            self.exfoliatingWords = WordSet(exfoliatingWords)
            self.particleWords = WordSet(particleWords)
            words = LabelWords(entries: entries)
            func matcher(_ kinds: Set<Kind>) -> PhraseMatcher {
                PhraseMatcher(entries.filter { kinds.contains($0.kind) }.map { ($0.kind, $0.phrase) })
            }
            // One scan of a text serves the locator and the tokenizer: a second one over the panel cost a
            // label some 4,400 instructions.
            structureMatcher = matcher(LabelPhrases.panelKinds.union(LabelPhrases.itemKinds))
            remarkMatcher = matcher(LabelPhrases.remarkKinds)
        }
    }

    init(entries: [(kind: Kind, phrase: String, note: String)]) {
        storage = Storage(entries: entries)
    }
}
