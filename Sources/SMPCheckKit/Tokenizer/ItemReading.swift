/// What the tokenizer read in one list item: its ingredients, with byte ranges relative to the
/// item's start, and the text it set aside. A pure function of the item's bytes, so the lexicon
/// keeps it: `Water`, `Glycerin` and `Phenoxyethanol` are read once per run, not once per label.
final class ItemReading: Sendable {
    /// Ranges relative to the item; the section is the caller's.
    let tokens: [Token]
    let skipped: [SkippedText]

    /// A reading from tokens and skipped text found in an item that starts at `start`.
    init(tokens: [Token], skipped: [SkippedText], itemStart start: Int) {
        self.tokens = tokens.map { $0.shifted(by: -start) }
        self.skipped = skipped
    }

    /// Appends the item's tokens, placed at `start` in `section`.
    func append(to tokens: inout [Token], skipped: inout [SkippedText], itemStart start: Int, section: String) {
        for token in self.tokens {
            var placed = token.shifted(by: start)
            placed.section = section
            tokens.append(placed)
        }
        skipped += self.skipped
    }
}

extension Token {
    func shifted(by offset: Int) -> Token {
        var token = self
        token.range = (range.lowerBound + offset)..<(range.upperBound + offset)
        return token
    }
}
