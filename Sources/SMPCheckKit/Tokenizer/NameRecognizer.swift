/// What the tokenizer asks about names: whether a normalized key names a known ingredient (to tell
/// a footnote from an ingredient, to segment run-together lists and to rejoin cut names) and whether
/// it is listed as such. The lexicon implements it; tests may give the tokenizer a small table instead.
protocol NameRecognizer: AnyObject, Sendable {
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
}

extension NameRecognizer {
    func recognizes(_ key: String) -> Bool { knownMatch(key) != nil }
}
