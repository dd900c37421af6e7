/// Answers whether a normalized key names a known ingredient. The tokenizer uses it to tell a
/// footnote from an ingredient and to segment run-together lists; the lexicon implements it.
protocol NameRecognizer: Sendable {
    func recognizes(_ key: String) -> Bool
}
