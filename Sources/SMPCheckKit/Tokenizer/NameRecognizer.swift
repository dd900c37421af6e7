/// Answers what the tokenizer needs to know about names: whether a normalized key names a known
/// ingredient (to tell a footnote from an ingredient and to segment run-together lists), and
/// memory of work already done. The lexicon implements it.
protocol NameRecognizer: Sendable {
    /// The match of a known key; nil when the key is found nowhere (no fuzzy search).
    func knownMatch(_ key: String) -> LexiconMatch?
    /// Whether a key is an INCI name of its own, as listed (not a translation or common name):
    /// two INCI names of one substance side by side are two declarations.
    func isINCIName(_ key: String) -> Bool
    /// Whether a key is listed as it is, curated or in the inventory (which also index names
    /// without their bracket characters): two table reads, where `knownMatch` on a key found nowhere
    /// also tries its parts, family rules, joined words and lost brackets. A list printed with spaces
    /// only asks it of hundreds of runs of words, nearly all of them no name.
    func isListed(_ key: [UInt8]) -> Bool
    /// Whether a printed run of words was already found not to split into known names, or (two
    /// items with the comma between them) not to join into one: segmenting costs dozens of lookups,
    /// joining two keys, and the same text always gives the same answer.
    func isUnsegmentable(_ printed: ArraySlice<UInt8>) -> Bool
    func rememberUnsegmentable(_ printed: ArraySlice<UInt8>)
    /// What was read in a list item with exactly these bytes before, if it is remembered. An item of
    /// a panel that may be names run together (`runsOfNames`) is read otherwise, and remembered apart.
    func reading(of item: ArraySlice<UInt8>, runsOfNames: Bool) -> ItemReading?
    func remember(_ reading: ItemReading, for item: ArraySlice<UInt8>, runsOfNames: Bool)
}

extension NameRecognizer {
    func recognizes(_ key: String) -> Bool { knownMatch(key) != nil }
}
