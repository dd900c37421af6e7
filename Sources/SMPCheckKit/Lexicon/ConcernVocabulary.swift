/// The words concerns are named with: every word of the curated names and label forms that raise a
/// concern, and the words family rules look for. Text set aside from a list (a sentence run on after
/// the last ingredient, a footnote) is read for concerns only where a run of words starts and ends
/// with one of these: prose is mostly other words, and each is turned away by one table read.
struct ConcernVocabulary: Sendable {
    private var words = ByteKeyTable<Void>()
    /// Rule globs with `*` (`*isothiazolinone`, `peg-*`): a word not listed may still match one.
    private var patterns: [WordGlob] = []

    init(entries: [LexiconEntry], rules: [FamilyRule], normalizer: KeyNormalizer) {
        for entry in entries where !entry.concerns.isEmpty {
            for form in [entry.name] + entry.variants {
                for word in normalizer.keyBytes(form.utf8).split(separator: 0x20) { words.update((), for: word) }
            }
        }
        for rule in rules where !rule.isFunctionRule {
            for glob in rule.first + rule.last + rule.any.joined() {
                if let literal = glob.literal { words.update((), for: literal) } else { patterns.append(glob) }
            }
        }
    }

    func contains(_ word: ArraySlice<UInt8>) -> Bool {
        words[word] != nil || patterns.contains { $0.matches(word) }
    }
}
