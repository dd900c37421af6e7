/// The curated entries' lookup tables: every label form of every entry (name and variants, each
/// also without its bracket characters) to the entry, the canonical names, and the fuzzy index.
struct CuratedIndex: Sendable {
    /// Normalized form → index into the lexicon's entries; the first entry to claim a form keeps it.
    let forms: [String: Int]
    /// Normalized canonical names: a match on one of these is `exact`, on any other form a `synonym`.
    let canonical: Set<String>
    /// Every form with its entry, in the order registered: the fuzzy index prefers the first on a tie.
    private let fuzzyKeys: [(key: String, value: Int)]
    /// Built on the first fuzzy lookup, like the inventory's: most runs never need it, and it was a
    /// quarter of building this index at every start.
    private let fuzzyIndex = Locked<FuzzyIndex?>(nil)

    var fuzzy: FuzzyIndex {
        fuzzyIndex.once { FuzzyIndex(fuzzyKeys.lazy.map { (key: $0.key.utf8, value: $0.value) }) }
    }

    init(entries: [LexiconEntry], normalizer: KeyNormalizer) {
        var forms: [String: Int] = [:]
        var canonical: Set<String> = []
        var fuzzyKeys: [(key: String, value: Int)] = []
        // A name and its variants give some four forms an entry: room at once, not rehashing as it grows.
        forms.reserveCapacity(entries.count * 4)
        canonical.reserveCapacity(entries.count)
        fuzzyKeys.reserveCapacity(entries.count * 4)
        for (index, entry) in entries.enumerated() {
            canonical.insert(normalizer.key(entry.name.utf8))
            for form in [entry.name] + entry.variants {
                let key = normalizer.key(form.utf8)
                guard !key.isEmpty else { continue }
                for variant in KeyVariants.indexForms(of: key) where forms[variant] == nil {
                    forms[variant] = index
                    fuzzyKeys.append((variant, index))
                }
            }
        }
        self.forms = forms
        self.canonical = canonical
        self.fuzzyKeys = fuzzyKeys
    }
}
