/// Splits runs of names printed without a separator between them into the names the lexicon knows:
/// `Butylene Glycol Pentylene Glycol`, `Zinc Oxide 4.0%Water`, `Aloe Barbadensis (Aloe Vera) Leaf
/// Extract Phenoxyethanol`, and whole lists printed with spaces only (`Water Glycerine Myristic Acid
/// Stearic Acid ... Tetrasodium EDTA`).
///
/// A run is split by dynamic programming over its words (fewest names wins). What did not split is
/// remembered in the `ReadingCache`: the same text always gives the same answer, and segmenting costs
/// dozens of lookups.
struct RunOnSegmenter {
    let list: ListContext

    /// Which runs of words `segment` may take as names.
    private enum Segmenting {
        /// Any name the lexicon knows, every word covered.
        case known
        /// Names listed as such (see `NameRecognizer.isListed`), every word covered.
        case listed
        /// Listed names, with unknown words between them at a cost: a list printed with spaces only, or
        /// an item of a panel that may be names run together.
        case runOn
    }

    /// The names the blend part `part` (normalized to `key`, known as `match` or found nowhere) splits
    /// into, or nil when it is one name.
    func names(in part: Range<Int>, key: String, match: LexiconMatch?) -> [NameSegment]? {
        let printed = list.text[part]
        // Only a name of several words can be a run of names; known names need no segmenting. A name
        // known only by its bracketed words (`Aloe Barbadensis (Aloe Vera) Leaf Extract Phenoxyethanol`)
        // gives way to whole names that cover it.
        let splitting = wholeNames(match, key: key)
        // What did not split is remembered only where items are not runs of names: read as a run of
        // names, the same bytes split otherwise.
        guard splitting != nil || match?.kind != .exact && Self.mayBeRunOnList(printed), key.utf8.contains(0x20),
            list.runsOfNames || !list.cache.isUnsegmentable(printed)
        else { return nil }
        if let segments = names(in: part, splitting) { return segments }
        if !list.runsOfNames { list.cache.rememberUnsegmentable(printed) }
        return nil
    }

    /// The names a run of words not known as printed splits into: whole names covering every word
    /// (`Butylene Glycol Pentylene Glycol`) as `wholeNames` allows, or, for a long run, mostly known
    /// names with unknown words between them (a list printed with spaces only). Nil when it is one name.
    private func names(in range: Range<Int>, _ splitting: Segmenting?) -> [NameSegment]? {
        if let mode = splitting, let segments = segment(range, mode), segments.count > 1,
            !areSynonyms(segments), stands(segments, mode)
        {
            return segments
        }
        // A run of names that did not split would not split as a whole list either: that asks for more.
        return splitting == .runOn ? nil : runOnList(range)
    }

    /// Whether a split stands, as `wholeNames` asks: into known names always, into listed names only when
    /// all after the first are INCI names, and running on when known names cover half the words or more, so
    /// that a name the lexicon lacks (`Evening Primrose Oil Simmondsia Chinensis Oil`) is still set apart
    /// from one it knows.
    private func stands(_ segments: [NameSegment], _ mode: Segmenting) -> Bool {
        switch mode {
        case .known:
            return true
        case .listed:
            return segments.dropFirst().allSatisfy { isINCIName($0.key) }
        case .runOn:
            let words = wordCounts(segments)
            return words.known * 2 >= words.all
        }
    }

    /// The words of a segmentation, and those that known names cover.
    private func wordCounts(_ segments: [NameSegment]) -> (all: Int, known: Int) {
        segments.reduce((0, 0)) { ($0.all + $1.words, $0.known + ($1.match == nil ? 0 : $1.words)) }
    }

    /// An INCI name as printed, or once its bracketed common name is left out (`Olea Europaea (Olive)
    /// Fruit Extract`).
    private func isINCIName(_ key: String) -> Bool {
        list.recognizer.isINCIName(key) || list.recognizer.isINCIName(KeyVariants(key).stripped)
    }

    /// Whether whole names may cover a run of words read as one, and which. A name found nowhere, or
    /// known only by its bracketed words (`Aloe Barbadensis (Aloe Vera) Leaf Extract Phenoxyethanol`),
    /// gives way to any names that cover it. A name of five words or more known only by a family rule
    /// gives way to INCI names, after a first name that may be a common one (`names` checks):
    /// `Lavandula Angustifolia Oil* Pelargonium Graveolens Flower Oil*` and `Lavender Oil Pelargonium
    /// Graveolens Flower Oil Linalool` are names a lost comma ran together, not one essential oil, while
    /// `Citrus Limon Peel Lemon Oil`, one oil with its common name, splits only into a part and the common
    /// name that glosses it: a common name follows its Latin name, and opens a run only as a name of its
    /// own. Other matches stand.
    ///
    /// An item that may be a run of names (see `Panel.mayBeRunOn`) is read running on instead when found
    /// nowhere or known only by a rule or its bracketed words, however short: there a common name
    /// follows its Latin name and opens the run (`Evening Primrose Oil Simmondsia Chinensis Oil`), and
    /// the split stands when known names cover half its words or more (`names` checks).
    private func wholeNames(_ match: LexiconMatch?, key: String) -> Segmenting? {
        if list.runsOfNames, match.map({ $0.isByPart || $0.kind == .pattern }) ?? true { return .runOn }
        guard let match, !match.isByPart else { return .known }
        let isLongPattern =
            match.kind == .pattern && key.utf8.count(where: { $0 == 0x20 }) >= 4 && !list.recognizer.isINCIName(key)
        return isLongPattern ? .listed : nil
    }

    /// Splits `Butylene Glycol Pentylene Glycol` or `Zinc Oxide 4.0%Water` into known names, when every
    /// word can be covered by names the lexicon recognizes (fewest names wins). Nil when it cannot.
    /// Running on, a word no name covers may stand alone at the cost of three names, so known names are
    /// taken wherever they fit; runs of such words become one unknown name, and a lone dash, slash or
    /// period between names is a separator. A word no name starts with (`Butter`, `Oil`, `Extract`) is
    /// never a name of its own: `Ribes Nigrum Butter` is one name, not a plant and a butter.
    private func segment(_ range: Range<Int>, _ mode: Segmenting) -> [NameSegment]? {
        let text = list.text
        let spans = list.wordSpans(in: range)
        let unknownWords = mode == .runOn
        guard spans.count >= 2, spans.count <= (unknownWords ? 150 : 60) else { return nil }
        let maxWords = 8
        let unknownCost = 3
        let isListed = mode == .known ? { _ in true } : listedRuns(spans)
        var best: [(cost: Int, from: Int, key: String, match: LexiconMatch?)?] = Array(
            repeating: nil, count: spans.count + 1)
        best[0] = (0, 0, "", nil)
        for end in 1...spans.count {
            for start in max(0, end - maxWords)..<end {
                guard let previous = best[start] else { continue }
                let listed = isListed(start..<end)
                let key =
                    listed || start == end - 1 ? list.key(spans[start].lowerBound..<spans[end - 1].upperBound) : ""
                // A run found only by its bracketed words is what segmenting looks past (see `read`).
                if listed, !key.isEmpty, end - start > 1 || !list.phrases.words.partWords.contains(text, spans[start]),
                    let match = list.recognizer.knownMatch(key), !match.isByPart,
                    mode == .known || fitsRunOn(match, spans[start..<end])
                {
                    if best[end] == nil || previous.cost + 1 < best[end]!.cost {
                        best[end] = (previous.cost + 1, start, key, match)
                    }
                } else if unknownWords, start == end - 1 {
                    let cost = previous.cost + (isSeparatorWord(spans[start]) ? 0 : unknownCost)
                    if best[end] == nil || cost < best[end]!.cost { best[end] = (cost, start, key, nil) }
                }
            }
        }
        guard best[spans.count] != nil else { return nil }
        var result: [NameSegment] = []
        var end = spans.count
        var afterSeparator = true
        while end > 0, let step = best[end] {
            let range = spans[step.from].lowerBound..<spans[end - 1].upperBound
            defer { end = step.from }
            if step.match == nil, isSeparatorWord(range) {
                afterSeparator = true
                continue
            }
            // Unknown words side by side are one unknown name (`Hex M Cinnamol`); the run is read right to left.
            if step.match == nil, !afterSeparator, let last = result.last, last.match == nil {
                let joined = range.lowerBound..<last.range.upperBound
                result[result.count - 1] = NameSegment(
                    range: joined, key: list.normalizer.key(text[joined]), match: nil, words: last.words + 1)
            } else {
                result.append(NameSegment(range: range, key: step.key, match: step.match, words: end - step.from))
            }
            afterSeparator = false
        }
        return result.reversed()
    }

    /// `Water Glycerine Myristic Acid Stearic Acid ... Tetrasodium EDTA`, `AQUA/WATER - BUTYLENE GLYCOL -
    /// GLYCERIN`: a whole list printed with spaces only, or with lone dashes or slashes. It is read as one
    /// when four or more known names cover three quarters of its twelve or more words; the words between
    /// them are unknown names. Prose never gets here (see `ItemReader`).
    func runOnList(_ range: Range<Int>) -> [NameSegment]? {
        guard Self.mayBeRunOnList(list.text[range]), let segments = segment(range, .runOn) else { return nil }
        let words = wordCounts(segments)
        guard words.all >= 12, segments.count(where: { $0.match != nil }) >= 4, words.known * 4 >= words.all * 3 else {
            return nil
        }
        return segments
    }

    /// Twelve words or more. Most items are a few words: they are turned away before any lookup, or
    /// any memo of what did not split.
    private static func mayBeRunOnList(_ printed: ArraySlice<UInt8>) -> Bool {
        printed.count(where: { $0 == 0x20 }) >= 11
    }

    /// Whether a run of words (a range of `spans`) is a listed name, as `NameRecognizer.isListed` puts
    /// it. A list printed with spaces only has a hundred words or more and eight runs end at each, so
    /// each word's key and its forms are worked out once, and a run is looked up as their join: a few
    /// table reads, where normalizing and resolving every run would cost a label millions of instructions.
    private func listedRuns(_ spans: [Range<Int>]) -> (Range<Int>) -> Bool {
        let recognizer = list.recognizer
        let keys = spans.map { list.normalizer.keyBytes(list.text[$0]) }
        let forms = keys.map { key in
            key.contains(where: { KeyVariants.isBracket($0) || $0 == UInt8(ascii: "/") })
                ? KeyVariants(String(decoding: key, as: UTF8.self)) : nil
        }
        let stripped = keys.indices.map { forms[$0].map { Array($0.stripped.utf8) } ?? keys[$0] }
        var joined: [UInt8] = []
        func isListed(_ words: ArraySlice<[UInt8]>) -> Bool {
            joined.removeAll(keepingCapacity: true)
            for word in words where !word.isEmpty {
                if !joined.isEmpty { joined.append(0x20) }
                joined += word
            }
            return recognizer.isListed(joined)
        }
        return { run in
            if isListed(keys[run]) { return true }
            // `Butyrospermum Parkii (Shea) Butter` is listed without its bracketed words; `Aqua/Water/Eau`
            // as its aliases, all listed.
            guard forms[run].contains(where: { $0 != nil }) else { return false }
            if isListed(stripped[run]) { return true }
            guard run.count == 1, let parts = forms[run.lowerBound]?.slashParts, !parts.isEmpty else { return false }
            return parts.allSatisfy { recognizer.isListed(Array($0.utf8)) }
        }
    }

    /// In a list printed with spaces only, a name is one as listed (see `isListed`; a family rule may
    /// still be what classifies it), not an alias read off the first of several slash-joined words
    /// (`AQUA/WATER/EAU CITRIC ACID` is not one name), and not across a lone slash (`aqua / water
    /// propanediol`), which would take in the names after it.
    private func fitsRunOn(_ match: LexiconMatch, _ spans: ArraySlice<Range<Int>>) -> Bool {
        guard !spans.contains(where: { isSeparatorWord($0) }) else { return false }
        return match.kind != .synonym || spans.count == 1
            || !spans.contains { list.text[$0].contains(UInt8(ascii: "/")) }
    }

    /// A word with no letter or digit: `-`, `/`, `.` standing between names.
    private func isSeparatorWord(_ range: Range<Int>) -> Bool {
        !list.text[range].contains { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 >= 0x80 }
    }

    /// Whether segments all name the same ingredient (`water aqua eau`): then the run is one
    /// ingredient printed with its synonyms, not several ingredients.
    private func areSynonyms(_ segments: [NameSegment]) -> Bool {
        let names = Set(segments.map { $0.match?.name })
        return names.count == 1 && names.first! != nil
    }
}

/// One name of a run of names as `RunOnSegmenter` split it, and how many of the run's words it takes
/// (a separator none). Not nested in the generic segmenter: an array of a generic type's member needs
/// its metadata looked up at run time.
struct NameSegment {
    var range: Range<Int>
    var key: String
    /// Nil for words no name covers, in a list printed with spaces only.
    var match: LexiconMatch?
    var words: Int
}
