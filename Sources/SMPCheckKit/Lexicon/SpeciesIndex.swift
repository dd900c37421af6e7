/// What the curated entries say about a plant named without its part or form: `Lavandula
/// Angustifolia (Lavender)`, as some brands print it, may be the oil, an extract or the flower water.
///
/// Built from the entries' names: a species (`lavandula angustifolia`) is the words of a curated
/// name before its first part or product word, and its scented forms are its curated oils and
/// extracts. When it has both, a concern every one of them raises is one the bare name likely
/// raises too, whatever form the label meant; a concern only the oil raises (`essential-oil`) is not.
struct SpeciesIndex: Sendable {
    /// Per species key, the concerns all its oils and extracts share.
    private let shared: [String: [ConcernID]]

    init(_ entries: [LexiconEntry], normalizer: KeyNormalizer) {
        var forms: [String: (oils: [Int], extracts: [Int])] = [:]
        // Only oils and extracts are keyed; most entries are neither, and are passed over unnormalized.
        for (index, entry) in entries.enumerated() where entry.name.hasSuffix(" OIL") || entry.name.hasSuffix(" EXTRACT") {
            let key = Array(normalizer.key(entry.name.utf8).utf8)
            guard let (species, form) = Self.speciesAndForm(key) else { continue }
            switch form {
            case .oil: forms[species, default: ([], [])].oils.append(index)
            case .extract: forms[species, default: ([], [])].extracts.append(index)
            }
        }
        shared = forms.compactMapValues { oils, extracts in
            guard !oils.isEmpty, !extracts.isEmpty else { return nil }
            let scented = extracts + oils
            let common = scented.dropFirst().reduce(Set(entries[scented[0]].concerns)) { $0.intersection(entries[$1].concerns) }
            return common.isEmpty ? nil : common.sorted()
        }
    }

    /// The concerns every scented form of the species named by `key` raises, if it has both
    /// forms and they share any.
    func sharedConcerns(ofSpecies key: String) -> [ConcernID]? { shared[key] }

    private enum Form { case oil, extract }

    /// `lavandula angustifolia flower/leaf/stem extract` → (`lavandula angustifolia`, extract): a
    /// name of two or three species words, part words, and an oil or extract last.
    private static func speciesAndForm(_ key: [UInt8]) -> (String, Form)? {
        let words = key.split(separator: 0x20)
        guard let last = words.last, words.count >= 3 else { return nil }
        let form: Form
        switch String(decoding: last, as: UTF8.self) {
        case "oil": form = .oil
        case "extract": form = .extract
        default: return nil
        }
        let speciesWords = words.prefix { word in
            !word.contains(UInt8(ascii: "/")) && !ItemWords.headNouns.contains(key, word.indices)
                && !partWords.contains(key, word.indices)
        }
        guard (2...3).contains(speciesWords.count) else { return nil }
        return (String(decoding: key[speciesWords.first!.startIndex..<speciesWords.last!.endIndex], as: UTF8.self), form)
    }

    /// Plant parts a name may give besides the head nouns (`leaf`, `root`, `flower`, ...).
    private static let partWords = WordSet(["peel", "herb", "stem", "bud", "petal", "rind", "wood", "needle", "twig", "resin", "absolute"])
}
