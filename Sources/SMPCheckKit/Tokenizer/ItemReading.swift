/// What the tokenizer read in one list item: its ingredients, with byte ranges relative to the
/// item's start, and the text it set aside. A pure function of the item's bytes, so the lexicon
/// keeps it: `Water`, `Glycerin` and `Phenoxyethanol` are read once per run, not once per label.
final class ItemReading: Sendable {
    /// Ranges relative to the item; the section is the caller's.
    let tokens: [Token]
    let skipped: [SkippedText]

    /// A reading from tokens and skipped text found in an item that starts at `start`.
    init(tokens: [Token], skipped: [SkippedText], itemStart start: Int) {
        self.tokens = tokens.map { token in
            var token = token
            token.range = (token.range.lowerBound - start)..<(token.range.upperBound - start)
            return token
        }
        self.skipped = skipped
    }

    /// Appends the item's tokens, placed at `start` in `section`.
    func append(to tokens: inout [Token], skipped: inout [SkippedText], itemStart start: Int, section: String) {
        for index in self.tokens.indices {
            tokens.append(self.tokens[index])
            tokens[tokens.count - 1].range = self.tokens[index].range.lowerBound + start..<self.tokens[index].range.upperBound + start
            tokens[tokens.count - 1].section = section
        }
        skipped += self.skipped
    }
}
