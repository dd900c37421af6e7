/// Everything smpcheck knows: concerns, curated entries, family rules, the CosIng inventory and
/// the words that structure a label. Immutable after loading and safe to share across threads.
public final class Lexicon: Sendable {
    public let concerns: [ConcernID: ConcernInfo]
    public let entries: [LexiconEntry]
    public let rules: [FamilyRule]
    public let formulaRules: [FormulaRule]
    public let inventory: InventoryNames
    public let phrases: LabelPhrases
    let normalizer: KeyNormalizer

    private let curatedIndex: CuratedIndex
    private let ruleIndex: FamilyRuleIndex
    /// The places in `rules` of the rules that ask for CosIng functions, tried on inventory names only.
    private let functionRules: [Int]
    private let inventoryIndex: InventoryIndex
    /// The other keys a name found nowhere as printed is looked up by.
    private let rewrites: KeyRewrites
    /// Built on the first fuzzy lookup: most runs never need them, and start-up time matters (the
    /// curated one was a quarter of building the curated index).
    private let curatedFuzzy = Locked<FuzzyIndex?>(nil)
    private let inventoryFuzzy = Locked<FuzzyIndex?>(nil)
    /// Built on the first plant named without its part: few labels print one.
    private let species = Locked<SpeciesIndex?>(nil)
    /// Built on the first text set aside from a list that is read for concerns.
    private let vocabulary = Locked<ConcernVocabulary?>(nil)
    private let formulaIngredients = Locked<[(names: [Int], partners: [Int])]?>(nil)
    private let formulaTriggerIDs = Locked<[Int]?>(nil)
    /// Built on the first photo read: the words OCR slips are corrected towards (`OCRVocabulary`).
    let ocrWords = Locked<OCRVocabulary?>(nil)
    /// Lookups are pure functions of the key: real catalogs repeat the same few thousand names, so
    /// each is worked out once. Keyed by label text, so the table bounds its probing (see `ByteKeyTable`).
    private let cache = Locked(ByteKeyTable<CachedLookup>(probeLimit: Lexicon.probeLimit))

    /// Far beyond the longest run of occupied slots a half-full table of keyed hashes shows (a dozen
    /// or so), so the cache refuses a key only when keys were made to collide.
    private static let probeLimit = 64

    /// What is known of a key so far. A struct, not an enum with payloads: an enum keeps its case in
    /// the spare bits of the match's pointer, which leak checkers then cannot follow.
    private struct CachedLookup {
        /// The match `resolveKnown` found (`known`), or the fuzzy search's answer (`searched`).
        var match: LexiconMatch?
        /// Whether the key is known to the lexicon; a key found nowhere has no match until it is searched.
        var known: Bool

        static func known(_ match: LexiconMatch) -> CachedLookup { CachedLookup(match: match, known: true) }
        static let unknown = CachedLookup(match: nil, known: false)
        static func searched(_ match: LexiconMatch) -> CachedLookup { CachedLookup(match: match, known: false) }
    }

    /// Keys before the cache starts over, which keeps memory flat on endless catalogs.
    private static let cacheLimit = 100_000
    /// Keys longer than this are not cached: no real name is that long, and a hostile catalog of long
    /// unique texts must not fill memory 100,000 texts at a time.
    private static let keyLimit = 256

    /// The lexicon built into the binary from `IngredientLexicon/`.
    public static var builtIn: Lexicon {
        get throws(SMPCheckError) { try builtInResult.get() }
    }

    private static let builtInResult: Result<Lexicon, SMPCheckError> = Result {
        () throws(SMPCheckError) -> Lexicon in try LexiconLoader.load(LexiconLoader.embeddedFiles)
    }

    /// The indexes are built by the loader with the same `normalizer` the lexicon then keys lookups with.
    init(
        concerns: [ConcernID: ConcernInfo], entries: [LexiconEntry], rules: [FamilyRule], formulaRules: [FormulaRule],
        curated: CuratedIndex,
        inventory: InventoryIndex, phrases: LabelPhrases, normalizer: KeyNormalizer
    ) {
        self.concerns = concerns
        self.entries = entries
        self.rules = rules
        self.formulaRules = formulaRules
        // The loader puts the rules of words first: the index's answers are places in `rules`.
        ruleIndex = FamilyRuleIndex(rules.filter { !$0.isFunctionRule })
        functionRules = rules.indices.filter { rules[$0].isFunctionRule }
        self.phrases = phrases
        self.normalizer = normalizer
        rewrites = KeyRewrites(phrases, normalizer: normalizer)
        inventoryIndex = inventory
        self.inventory = InventoryNames(index: inventory)
        curatedIndex = curated
    }

    /// The words concerns are named with (see `ConcernVocabulary`), built on first use.
    var concernVocabulary: ConcernVocabulary {
        let (entries, rules, normalizer) = (entries, rules, normalizer)
        return vocabulary.once { ConcernVocabulary(entries: entries, rules: rules, normalizer: normalizer) }
    }

    /// The ingredients each formula rule names and needs with it, as `PrintedName.ingredient` ids:
    /// worked out once, so a list is checked against them with integer lookups.
    /// Every ingredient some formula rule names, for the classifier's one test per token.
    var formulaTriggers: [Int] {
        formulaTriggerIDs.once { formulaRuleIngredients.flatMap(\.names) }
    }

    var formulaRuleIngredients: [(names: [Int], partners: [Int])] {
        formulaIngredients.once {
            formulaRules.map { rule in
                // Arrays, not sets: a rule names a handful, and a scan of them beats hashing.
                func ids(_ names: Set<String>) -> [Int] {
                    names.compactMap { knownMatch(key(for: $0))?.ingredient }
                }
                return (ids(rule.names), ids(rule.partners))
            }
        }
    }

    /// Normalizes an ingredient as printed into its lookup key.
    public func key(for printed: String) -> String { normalizer.key(printed.utf8) }

    /// What the lexicon knows about a normalized key.
    public func lookup(_ key: String) -> LexiconMatch {
        knownMatch(key) ?? suggestion(forUnknown: key)
    }

    /// The fuzzy search's answer for a key found nowhere (`knownMatch` said nil), cached like every lookup.
    func suggestion(forUnknown key: String) -> LexiconMatch {
        if let match = cachedLookup(key)?.match { return match }
        let match = fuzzyMatch(KeyVariants(key).stripped)
        store(.searched(match), for: key)
        return match
    }

    /// What the lexicon knows about a key, nil when it is found nowhere (no fuzzy search).
    func knownMatch(_ key: String) -> LexiconMatch? {
        if let cached = cachedLookup(key) { return cached.known ? cached.match : nil }
        let match = resolveKnown(key)
        store(match.map(CachedLookup.known) ?? .unknown, for: key)
        return match
    }

    /// Looked up by the key's bytes, in place: by its `String`, the lookup was not inlined, and the
    /// cache was copied out of its lock for it.
    private func cachedLookup(_ key: String) -> CachedLookup? {
        var key = key
        return key.withUTF8 { bytes in cache.read { $0[bytes] } }
    }

    /// Stores what is known of a key, unless the key is longer than `keyLimit`; a full cache starts over.
    private func store(_ lookup: CachedLookup, for key: String) {
        guard key.utf8.count <= Self.keyLimit else { return }
        cache.withLock { cache in
            if cache.count >= Self.cacheLimit { cache.removeAll() }
            cache.update(lookup, for: key.utf8)
        }
    }

    // MARK: Resolution

    /// Curated entries first (the printed form, without brackets, then its parts), then family
    /// rules, then the CosIng inventory, then a botanical whose brackets were lost. Nil when the name
    /// is found nowhere.
    private func resolveKnown(_ key: String) -> LexiconMatch? {
        let forms = KeyVariants(key)
        guard let listed = listedMatch(forms) else {
            return lostBracketsMatch(key) ?? rewrites.firstMatch(for: key, knownMatch)?.notExact
                ?? bareSpeciesMatch(forms.stripped)
        }
        return listed.kind == .pattern && listed.rule != nil
            ? enriched(listed, key: key, stripped: forms.stripped) : listed
    }

    /// A family rule reads only the shape of a name; what the name says beyond its shape is added to it.
    /// `citrus aurantium bergamia bergamot fruit oil` is a listed oil with its common name left in, and
    /// raises what that oil raises; `pelargonium graveolens essential oil` and `clove flower oil` are the
    /// oil of a plant whose curated oils are also fragrance allergens.
    private func enriched(_ rule: LexiconMatch, key: String, stripped: String) -> LexiconMatch {
        if let listed = lostBracketsMatch(key) {
            return LexiconMatch(
                kind: listed.kind, name: listed.name, entries: listed.entries, rule: rule.rule,
                inventory: listed.inventory,
                concerns: Set(listed.concerns + rule.concerns).sorted(), what: listed.what, in: self)
        }
        guard rule.concerns.contains(ConcernID(rawValue: "essential-oil")) else { return rule }
        let (entries, normalizer, words) = (entries, normalizer, phrases.words)
        let index = species.once { SpeciesIndex(entries, normalizer: normalizer, words: words) }
        guard let oil = index.oilConcerns(openingWith: stripped), !Set(oil).isSubset(of: rule.concerns) else {
            return rule
        }
        return LexiconMatch(
            kind: .pattern, name: rule.name, rule: rule.rule, inventory: rule.inventory,
            concerns: Set(oil + rule.concerns).sorted(), what: rule.what, in: self)
    }

    /// `Lavandula Angustifolia (Lavender)`, `Lavender`: a plant named without its part or form raises
    /// what every curated oil and extract of it raises (see `SpeciesIndex`). Reported as a pattern, with the
    /// concerns' own reasons: the label does not say which form it is.
    private func bareSpeciesMatch(_ stripped: String) -> LexiconMatch? {
        // One to three words (a common name or a species): a longer unknown run is neither.
        var stripped = stripped
        guard stripped.withUTF8({ $0.count(where: { $0 == 0x20 }) }) <= 2 else { return nil }
        let (entries, normalizer, words) = (entries, normalizer, phrases.words)
        guard
            let plant = species.once({ SpeciesIndex(entries, normalizer: normalizer, words: words) }).plant(
                named: stripped)
        else { return nil }
        return LexiconMatch(
            kind: .pattern, name: plant.species.uppercased(), concerns: plant.concerns,
            what:
                "likely a scented form of the plant (the label does not say whether its oil, an extract or its water)",
            in: self)
    }

    /// The name as listed: in its printed, debracketed or stripped form, by its parts, by a family
    /// rule, or with a space removed. A match that rests on bracketed words alone is marked as
    /// found by a part: the words outside may be another name run in without a separator.
    private func listedMatch(_ forms: KeyVariants) -> LexiconMatch? {
        // In printed order, not as a `Set`: the first part names the match, and a set's order changes
        // from one process to the next (`Iron Oxides (CI 77491, CI 77492, CI 77499)` was any of three).
        // A part printed twice is dropped by `curatedMatch`, which every match made of parts goes through.
        let bracketed = forms.bracketContents.compactMap { curatedIndex.entry(for: $0) }
        let partEntries = forms.slashParts.compactMap { curatedIndex.entry(for: $0) } + bracketed
        let concernParts = partEntries.filter { !entries[$0].concerns.isEmpty }
        func byParts(_ parts: [Int]) -> LexiconMatch {
            curatedMatch(parts, exact: false, byPart: parts.allSatisfy(bracketed.contains))
        }
        if let match = curatedFormMatch(forms, raising: concernParts) { return match }
        if !forms.slashParts.isEmpty, forms.slashParts.allSatisfy({ curatedIndex.entry(for: $0) != nil }) {
            return curatedMatch(partEntries, exact: false)
        }
        if let match = ruleMatch(forms.ruleForms) { return match }
        if !concernParts.isEmpty { return byParts(concernParts) }
        if let match = inventoryFormMatch(forms) { return match }
        if !partEntries.isEmpty { return byParts(partEntries) }
        return aliasMatch(forms) ?? joinedWordsMatch(forms.stripped)
    }

    /// A name printed with aliases (`ci 77491/iron oxides`, `yeast extract/faex/extrait de levure`,
    /// `iron oxides (ci 77491)`) is the first alias the inventory knows: the others are translations,
    /// trade or US names it does not list. The slash parts of a polymer or a ferment are its
    /// components, so it is taken this way only when the inventory knows all of them.
    private func aliasMatch(_ forms: KeyVariants) -> LexiconMatch? {
        let slashRows = forms.slashParts.map { inventoryIndex.row(for: $0) }
        if !forms.joinsComponents(partWords: phrases.words.partWords) || !slashRows.contains(nil),
            let row = slashRows.lazy.compactMap({ $0 }).first
        {
            return inventoryMatch(row, exact: false)
        }
        let colourIndex = forms.bracketContents.first {
            TailEstimate.isColourIndex(key: $0) && inventoryIndex.row(for: $0) != nil
        }
        return colourIndex.flatMap { inventoryIndex.row(for: $0) }.map {
            inventoryMatch($0, exact: false, byPart: true)
        }
    }

    /// `vitis vinifera grape seed oil`: a botanical printed `Genus species (Common) Part` with its
    /// brackets lost, which segmenting would split into the plant and the common name. It is one
    /// ingredient when the Latin name with the part (`vitis vinifera seed oil`) is listed, and the
    /// common name with the part (`grape seed oil`) is either listed as the same one (its match is
    /// kept: the printed name is not the INCI form) or found nowhere while the part is a plant
    /// part (`urtica dioica nettle leaf extract`). The Latin name has two or three words
    /// (`prunus amygdalus dulcis`), the common name one or two. `sodium chloride sea salt` does not qualify.
    private func lostBracketsMatch(_ key: String) -> LexiconMatch? {
        // Split as bytes: splitting the `String` walked it character by character, a quarter of a
        // first pass's cost of looking names up.
        let bytes = Array(key.utf8)
        // Such a name has four to eight words; a longer unknown run is not looked up eight times over,
        // and most names, with three words or fewer, are not split at all.
        guard bytes.count(where: { $0 == 0x20 }) >= 3 else { return nil }
        let words = bytes.split(separator: 0x20)
        guard words.count <= 8 else { return nil }
        // Names as such only (no parts, rules or joined words): every run of words that segmenting
        // tries comes here, so these lookups must stay cheap.
        func formMatch(_ words: ArraySlice<ArraySlice<UInt8>>) -> LexiconMatch? {
            let forms = KeyVariants(String(decoding: Self.joined(words), as: UTF8.self))
            return curatedFormMatch(forms) ?? inventoryFormMatch(forms)
        }
        for latinWords in 2...3 {
            for commonWords in 1...2 where latinWords + commonWords < words.count {
                let part = words[(latinWords + commonWords)...]
                guard let latin = synonymMatch(Self.joined(words[..<latinWords] + part)), let name = latin.name
                else { continue }
                if let common = formMatch(words[latinWords...]) {
                    if common.name == name { return common }
                } else if let last = part.last, phrases.words.plantProducts.contains(bytes, last.indices),
                    !words[..<(latinWords + commonWords)].contains(where: {
                        phrases.words.isPartOrProduct(bytes, $0.indices)
                    })
                {
                    return latin
                }
            }
        }
        return nil
    }

    /// Words joined by single spaces, as a key.
    private static func joined(_ words: some Collection<ArraySlice<UInt8>>) -> [UInt8] {
        var bytes: [UInt8] = []
        for word in words {
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes += word
        }
        return bytes
    }

    /// A listed name, curated or inventory, matched as a variant of what was printed.
    private func synonymMatch(_ form: some Collection<UInt8>) -> LexiconMatch? {
        if let index = curatedIndex.entry(for: form) { return curatedMatch([index], exact: false) }
        return inventoryIndex.row(for: form).map { inventoryMatch($0, exact: false) }
    }

    /// A curated entry under the printed, debracketed or stripped form. Found only once the bracketed
    /// words are stripped, it also raises the concerns of entries named in the brackets
    /// (`Dipotassium Glycyrrhizate (Fragrance)`): they are on the label either way.
    private func curatedFormMatch(_ forms: KeyVariants, raising bracketed: [Int] = []) -> LexiconMatch? {
        forms.firstForm { form in
            guard let index = curatedIndex.entry(for: form) else { return nil }
            if form != forms.debracketed, form == forms.stripped, !bracketed.isEmpty {
                return curatedMatch([index] + bracketed, exact: false)
            }
            return curatedMatch([index], exact: curatedIndex.isCanonical(form) && form == forms.full)
        }
    }

    /// An inventory name under the printed, debracketed or stripped form.
    private func inventoryFormMatch(_ forms: KeyVariants) -> LexiconMatch? {
        forms.firstForm { form in
            inventoryIndex.row(for: form).map {
                inventoryMatch($0, exact: form == forms.full || form == forms.debracketed)
            }
        }
    }

    /// Labels split one-word INCI names (`Hydroxyethyl Cellulose` for HYDROXYETHYLCELLULOSE,
    /// `Poly Quaternium-10`): a name found nowhere is tried with each space removed in turn.
    private func joinedWordsMatch(_ key: String) -> LexiconMatch? {
        let bytes = Array(key.utf8)
        let spaces = bytes.indices.filter { bytes[$0] == 0x20 }
        guard !spaces.isEmpty, spaces.count <= 8 else { return nil }
        // One buffer for every try, looked up as bytes: nearly every try names nothing.
        var joined: [UInt8] = []
        joined.reserveCapacity(bytes.count)
        for space in spaces {
            joined.removeAll(keepingCapacity: true)
            joined += bytes[..<space]
            joined += bytes[(space + 1)...]
            if let match = synonymMatch(joined) { return match }
        }
        return nil
    }

    private func curatedMatch(_ indices: [Int], exact: Bool, byPart: Bool = false) -> LexiconMatch {
        var unique: [Int] = []
        for index in indices where !unique.contains(index) { unique.append(index) }
        let concerns = Set(unique.flatMap { entries[$0].concerns }).sorted()
        return LexiconMatch(
            kind: exact ? .exact : .synonym, name: entries[unique[0]].name, entries: unique, concerns: concerns,
            what: entries[unique[0]].what, byPart: byPart, in: self)
    }

    private func inventoryMatch(_ index: Int, exact: Bool, byPart: Bool = false) -> LexiconMatch {
        if let rule = functionRule(for: index) {
            return LexiconMatch(
                kind: .function, name: inventoryIndex.name(index), rule: rule, inventory: index,
                concerns: rules[rule].concerns.sorted(), what: rules[rule].what, byPart: byPart, in: self)
        }
        return LexiconMatch(
            kind: exact ? .exact : .synonym, name: inventoryIndex.name(index), inventory: index,
            what: functions(of: index),
            byPart: byPart, in: self)
    }

    /// The first function rule an inventory name meets: it carries one of the rule's CosIng functions
    /// and its words meet the rule's conditions (`Abrasive` on `juglans regia shell powder`).
    func functionRule(for row: Int) -> Int? {
        guard !functionRules.isEmpty else { return nil }
        let functions = inventoryIndex.functions(row).lowercased().split(separator: ",").map {
            String($0.drop { $0 == " " })
        }
        guard !functions.isEmpty else { return nil }
        let stored = inventoryIndex.keyBytes(row)
        let key =
            stored.isEmpty ? normalizer.key(inventoryIndex.name(row).utf8) : String(decoding: stored, as: UTF8.self)
        let name = KeyVariants(key).ruleForms.first ?? key
        return functionRules.first { index in
            rules[index].functions.contains(where: functions.contains) && rules[index].matchesWords(of: name.utf8)
        }
    }

    /// An inventory name's CosIng functions, lower-cased ("emollient, skin conditioning").
    private func functions(of index: Int) -> String? {
        let functions = inventoryIndex.functions(index)
        return functions.isEmpty ? nil : functions.lowercased()
    }

    private func ruleMatch(_ forms: [String]) -> LexiconMatch? {
        for form in forms {
            if let index = ruleIndex.firstMatch(form) {
                let row = inventoryIndex.row(for: form)
                return LexiconMatch(
                    kind: .pattern, name: row.map(inventoryIndex.name) ?? form.uppercased(), rule: index,
                    inventory: row, concerns: rules[index].concerns.sorted(), what: rules[index].what, in: self)
            }
        }
        return nil
    }

    /// A misspelling close to a curated name may raise that name's concerns; close to a plain
    /// inventory name it is only a suggestion, and the ingredient stays unknown.
    private func fuzzyMatch(_ key: String) -> LexiconMatch {
        // Longer runs are prose or several names, not a misspelling of one; shorter keys are never
        // searched, so they must not build the indexes either.
        guard (FuzzyIndex.shortest...80).contains(key.utf8.count) else { return .unknown }
        let fuzzyKeys = curatedIndex.fuzzyKeys
        let curated = curatedFuzzy.once { FuzzyIndex(fuzzyKeys.lazy.map { (key: $0.key.utf8, value: $0.value) }) }
        if let hit = curated.nearest(to: key), !entries[hit.value].concerns.isEmpty {
            let entry = entries[hit.value]
            return LexiconMatch(
                kind: .fuzzy, name: entry.name, entries: [hit.value], concerns: entry.concerns.sorted(),
                what: entry.what, in: self)
        }
        let inventoryIndex = inventoryIndex
        let index = inventoryFuzzy.once {
            FuzzyIndex((0..<inventoryIndex.count).lazy.map { (key: inventoryIndex.keyBytes($0), value: $0) })
        }
        if let hit = index.nearest(to: key) {
            // A suggestion only: what the suggested name is does not describe this ingredient.
            return LexiconMatch(
                kind: .fuzzy, name: inventoryIndex.name(hit.value), inventory: hit.value, what: nil, in: self)
        }
        return .unknown
    }
}

extension Lexicon: NameRecognizer {
    func isINCIName(_ key: String) -> Bool {
        curatedIndex.isCanonical(key) || inventoryIndex.row(for: key) != nil
    }

    func isListed(_ key: [UInt8]) -> Bool {
        func listed(_ key: [UInt8]) -> Bool {
            curatedIndex.entry(for: key) != nil || inventoryIndex.row(for: key) != nil
        }
        // `polyglyceryl 10 myristate` in a list printed with spaces only: the number's hyphen became a space too.
        return listed(key) || KeyRewrites.hyphenedNumbers(key).map(listed) ?? false
    }
}
