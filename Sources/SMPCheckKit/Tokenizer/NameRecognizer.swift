/// Answers whether a normalized key names a known ingredient. The tokenizer uses it to tell a
/// footnote from an ingredient and to segment run-together lists; the lexicon implements it.
protocol NameRecognizer: Sendable {
    func recognizes(_ key: String) -> Bool
    /// Whether all keys name the same ingredient (`water aqua eau`), so a run of them is one
    /// ingredient printed with its synonyms, not several ingredients.
    func areSynonyms(_ keys: [String]) -> Bool
    /// Whether a printed run of words was already found not to split into known names: segmenting
    /// costs dozens of lookups and the same text always gives the same answer.
    func isUnsegmentable(_ printed: String) -> Bool
    func rememberUnsegmentable(_ printed: String)
}
