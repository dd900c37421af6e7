/// The curated entries' lookup tables: every label form of every entry (name and variants, each
/// also without its bracket characters) to the entry, the canonical names, and the keys of the fuzzy index.
struct CuratedIndex: Sendable {
    /// Normalized form → index into the lexicon's entries; the first entry to claim a form keeps it.
    /// Byte-keyed: every new name asks for several of its forms, and hashing a `String` key with the
    /// standard library's SipHash cost a thousand instructions a lookup.
    private var forms = ByteKeyTable<Int>()
    /// Normalized canonical names: a match on one of these is `exact`, on any other form a `synonym`.
    private var canonical = ByteKeyTable<Void>()
    /// Every form with its entry, in the order registered: the fuzzy index (built by the lexicon on its
    /// first fuzzy lookup) prefers the first on a tie.
    let fuzzyKeys: [(key: String, value: Int)]

    init(entries: [LexiconEntry], normalizer: KeyNormalizer) {
        var fuzzyKeys: [(key: String, value: Int)] = []
        // A name and its variants give some four forms an entry: room at once, not rehashing as it grows.
        forms = ByteKeyTable(minimumCapacity: entries.count * 4)
        canonical = ByteKeyTable(minimumCapacity: entries.count)
        fuzzyKeys.reserveCapacity(entries.count * 4)
        for (index, entry) in entries.enumerated() {
            canonical.insert((), for: normalizer.key(entry.name.utf8).utf8)
            for form in [entry.name] + entry.variants {
                let key = normalizer.key(form.utf8)
                guard !key.isEmpty else { continue }
                for variant in KeyVariants.indexForms(of: key) {
                    // `insert` keeps the first entry to claim a form; a new one grows the table.
                    let claimed = forms.count
                    forms.insert(index, for: variant.utf8)
                    if forms.count > claimed { fuzzyKeys.append((variant, index)) }
                }
            }
        }
        self.fuzzyKeys = fuzzyKeys
    }

    /// The entry a normalized form names, if any.
    func entry(for form: String) -> Int? { forms[form.utf8] }
    /// The same, for a form built as bytes: no `String` is made for a form that names nothing.
    func entry(for form: some Collection<UInt8>) -> Int? { forms[form] }

    /// Whether a normalized form is an entry's canonical name.
    func isCanonical(_ form: String) -> Bool { canonical[form.utf8] != nil }
}
