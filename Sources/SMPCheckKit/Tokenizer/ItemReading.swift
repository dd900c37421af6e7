/// What the tokenizer read in one list item: its ingredients and the text it set aside. A pure
/// function of the item's bytes, so the lexicon keeps it: `Water`, `Glycerin` and `Phenoxyethanol`
/// are read once per run, not once per label.
final class ItemReading: Sendable {
    /// As read in the item where it was first met (at `itemStart`); the section is the caller's.
    private let tokens: [Token]
    private let skipped: [SkippedText]
    private let itemStart: Int

    init(tokens: [Token], skipped: [SkippedText], itemStart: Int) {
        self.tokens = tokens
        self.skipped = skipped
        self.itemStart = itemStart
    }

    /// Appends the item's tokens, placed in an item that starts at `start`, in `section`.
    func append(to tokens: inout [Token], skipped: inout [SkippedText], itemStart start: Int, section: String) {
        let shift = start - itemStart
        for index in self.tokens.indices {
            // Copied straight into the list and placed there: a copy made first and then appended took
            // and dropped one more count on the name every worker shares.
            let range = self.tokens[index].range
            tokens.append(self.tokens[index])
            tokens[tokens.count - 1].range = (range.lowerBound + shift)..<(range.upperBound + shift)
            tokens[tokens.count - 1].section = section
        }
        // Most items set nothing aside; appending an empty list would still make the target unique,
        // which for a list not yet grown allocates a buffer for every item.
        if !self.skipped.isEmpty { skipped += self.skipped }
    }
}
