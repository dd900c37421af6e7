/// What the curated entries say about a plant named without its part or form: `Lavandula
/// Angustifolia (Lavender)`, as some brands print it, may be the oil, an extract or the flower water.
///
/// Built from the entries' names: a species (`lavandula angustifolia`) is the words of a curated
/// name before its first part or product word, and its scented forms are its curated oils and
/// extracts. When it has both, a concern every one of them raises is one the bare name likely
/// raises too, whatever form the label meant; a concern only the oil raises (`essential-oil`) is not.
/// A common name (`lavender`) names its species when the variants of its oils and extracts say so
/// (`lavender oil`, `lavender extract`), and no variant gives it to another species.
struct SpeciesIndex: Sendable {
    /// Per species key, the concerns all its oils and extracts share.
    private let shared: [String: [ConcernID]]
    /// Per common name, its species; nil where variants give it to several.
    private let species: [String: String?]
    /// Per species key, every concern its curated oils raise (`pelargonium graveolens`: essential oil
    /// and fragrance allergen).
    private let oils: [String: [ConcernID]]

    init(_ entries: [LexiconEntry], normalizer: KeyNormalizer, words: LabelWords) {
        var forms: [String: (oils: [Int], extracts: [Int])] = [:]
        var species: [String: String?] = [:]
        // Only oils and extracts are keyed; most entries are neither, and are passed over unnormalized.
        for (index, entry) in entries.enumerated()
        where entry.name.hasSuffix(" OIL") || entry.name.hasSuffix(" EXTRACT") {
            let key = Array(normalizer.key(entry.name.utf8).utf8)
            guard let (plant, form) = Self.speciesAndForm(key, words: words) else { continue }
            switch form {
            case .oil: forms[plant, default: ([], [])].oils.append(index)
            case .extract: forms[plant, default: ([], [])].extracts.append(index)
            }
            for variant in entry.variants {
                guard let common = Self.commonName(Array(normalizer.key(variant.utf8).utf8), words: words),
                    common != plant
                else {
                    continue
                }
                species[common] = species[common].map { $0 == plant ? plant : nil } ?? plant
            }
        }
        self.species = species
        oils = forms.compactMapValues { oils, _ in
            let concerns = Set(oils.flatMap { entries[$0].concerns })
            return concerns.isEmpty ? nil : concerns.sorted()
        }
        shared = forms.compactMapValues { oils, extracts in
            guard !oils.isEmpty, !extracts.isEmpty else { return nil }
            let scented = extracts + oils
            let common = scented.dropFirst().reduce(Set(entries[scented[0]].concerns)) {
                $0.intersection(entries[$1].concerns)
            }
            return common.isEmpty ? nil : common.sorted()
        }
    }

    /// The species a bare name (`lavandula angustifolia`, `lavender`) names, and the concerns every
    /// scented form of it raises, if it has both forms and they share any.
    func plant(named key: String) -> (species: String, concerns: [ConcernID])? {
        guard let plant = shared[key] != nil ? key : species[key].flatMap({ $0 }), let concerns = shared[plant] else {
            return nil
        }
        return (plant, concerns)
    }

    /// What the curated oils of the plant a name opens with raise: its first two or three words as a
    /// species (`pelargonium graveolens essential oil`), else its first word or two as a common name
    /// (`clove flower oil`). Nil when the name opens with no plant whose oils are curated.
    func oilConcerns(openingWith key: String) -> [ConcernID]? {
        let words = key.split(separator: " ")
        for count in [3, 2, 1] where count < words.count {
            let opening = words.prefix(count).joined(separator: " ")
            let plant = oils[opening] != nil ? opening : species[opening].flatMap { $0 }
            if let plant, let concerns = oils[plant] { return concerns }
        }
        return nil
    }

    /// `lavender oil` → `lavender`: a variant of one or two words before `oil` or `extract`, none of
    /// them a part (`rose flower oil` names a part, and the bare name would not).
    private static func commonName(_ key: [UInt8], words labelWords: LabelWords) -> String? {
        let words = key.split(separator: 0x20)
        guard let last = words.last, (2...3).contains(words.count), form(of: last) != nil else { return nil }
        let name = words.dropLast()
        guard
            name.allSatisfy({ $0.allSatisfy(ByteClass.isASCIILetter) && !labelWords.isPartOrProduct(key, $0.indices) })
        else {
            return nil
        }
        return joined(name, in: key)
    }

    private enum Form { case oil, extract }

    /// `lavandula angustifolia flower/leaf/stem extract` → (`lavandula angustifolia`, extract): a
    /// name of two or three species words, part words, and an oil or extract last.
    private static func speciesAndForm(_ key: [UInt8], words labelWords: LabelWords) -> (String, Form)? {
        let words = key.split(separator: 0x20)
        guard let last = words.last, words.count >= 3, let form = form(of: last) else { return nil }
        let speciesWords = words.prefix {
            !$0.contains(UInt8(ascii: "/")) && !labelWords.isPartOrProduct(key, $0.indices)
        }
        guard (2...3).contains(speciesWords.count) else { return nil }
        return (joined(speciesWords, in: key), form)
    }

    private static func form(of word: ArraySlice<UInt8>) -> Form? {
        if word.elementsEqual("oil".utf8) { return .oil }
        return word.elementsEqual("extract".utf8) ? .extract : nil
    }

    private static func joined(_ words: ArraySlice<ArraySlice<UInt8>>, in key: [UInt8]) -> String {
        String(decoding: key[words.first!.startIndex..<words.last!.endIndex], as: UTF8.self)
    }
}
