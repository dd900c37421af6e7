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
    }

    public private(set) var entries: [(kind: Kind, phrase: String, note: String)] = []

    /// Words after which a period does not end an ingredient (`denat`, `ext`, `sp`), lower-cased.
    private(set) var abbreviations: Set<[UInt8]> = []
    /// Word-level spelling unification (`sulphate` -> `sulfate`), lower-cased.
    private(set) var spellings: [[UInt8]: [UInt8]] = [:]
    /// Words that join a supplier blend inside brackets: `(and)`, `(et)`.
    private(set) var blendWords: Set<[UInt8]> = []
    /// Headings, terminators, disclaimers and may-contain markers: what opens and closes a panel.
    private(set) var panelMatcher = PhraseMatcher([])
    /// May-contain markers and free-from claims: what the tokenizer looks for inside a panel.
    private(set) var itemMatcher = PhraseMatcher([])
    /// Terminators and disclaimers: an item that opens with one is a remark, not an ingredient.
    private(set) var remarkMatcher = PhraseMatcher([])

    init(entries: [(kind: Kind, phrase: String, note: String)]) {
        self.entries = entries
        for entry in entries {
            let lower = Array(entry.phrase.lowercased().utf8)
            switch entry.kind {
            case .abbreviation: abbreviations.insert(lower)
            case .spelling: spellings[lower] = Array(entry.note.lowercased().utf8)
            case .blend: blendWords.insert(lower)
            default: break
            }
        }
        // One matcher per question asked of a text: each scans only for the phrases it can answer with.
        func matcher(_ kinds: Set<Kind>) -> PhraseMatcher {
            PhraseMatcher(entries.filter { kinds.contains($0.kind) }.map { ($0.kind, $0.phrase) })
        }
        panelMatcher = matcher([.heading, .weakHeading, .activeHeading, .terminator, .disclaimer, .mayContain])
        itemMatcher = matcher([.mayContain, .claim])
        remarkMatcher = matcher([.terminator, .disclaimer])
    }
}
