/// The curated entries' lookup tables: every label form of every entry (name and variants, each
/// also without its bracket characters) to the entry, the canonical names, and the fuzzy index.
struct CuratedIndex: Sendable {
    /// Normalized form → index into the lexicon's entries; the first entry to claim a form keeps it.
    let forms: [String: Int]
    /// Normalized canonical names: a match on one of these is `exact`, on any other form a `synonym`.
    let canonical: Set<String>
    let fuzzy: FuzzyIndex

    init(entries: [LexiconEntry], normalizer: KeyNormalizer) {
        var forms: [String: Int] = [:]
        var canonical: Set<String> = []
        var fuzzyKeys: [(key: String.UTF8View, value: Int)] = []
        for (index, entry) in entries.enumerated() {
            canonical.insert(normalizer.key(entry.name.utf8))
            for form in [entry.name] + entry.variants {
                let key = normalizer.key(form.utf8)
                guard !key.isEmpty else { continue }
                for variant in KeyVariants.indexForms(of: key) where forms[variant] == nil {
                    forms[variant] = index
                    fuzzyKeys.append((variant.utf8, index))
                }
            }
        }
        self.forms = forms
        self.canonical = canonical
        fuzzy = FuzzyIndex(fuzzyKeys)
    }
}
