/// Splits an ingredient panel into the ingredients printed on the pack, in order.
///
/// Works on UTF-8 bytes in one pass per panel: separators count only outside paired brackets,
/// commas inside chemical names and periods after abbreviations do not split, shade blocks and kit
/// components become sections, and claims, footnotes and prose are reported as skipped rather than
/// classified. Strings are built only for the tokens it returns.
struct Tokenizer: Sendable {
    let phrases: LabelPhrases
    let normalizer: KeyNormalizer

    /// Plain values only: a list's items are copied as they are read, and a string or array in
    /// them would cost reference counting on every copy.
    private struct Item {
        var range: Range<Int>
        /// Further pieces of the same name, when a stray separator cut it and they were rejoined:
        /// their place in the list's `fragments`.
        var pieces: Range<Int> = 0..<0
        var section: Section
        var label: Range<Int>?
    }

    /// The section of an item; a kit component by the range of its printed name.
    private enum Section: Equatable {
        case declared
        case mayContain
        case component(Range<Int>)
    }

    /// The ingredients of `panel`. `structure` is what `LabelPhrases.structureMatcher` found in the
    /// text (the locator's hits too): its may-contain markers, claims and left-out words inside the
    /// panel shape the items.
    func tokenize(_ text: [UInt8], panel: Panel, structure: [PhraseMatcher.Hit], recognizer: some NameRecognizer) -> TokenizedList {
        var items: [Item] = []
        // Room for a typical list at once (names average some 25 bytes with their separator):
        // growing one item at a time would reallocate the list half a dozen times.
        items.reserveCapacity(panel.ranges.reduce(0) { $0 + $1.count } / 24 + 4)
        var skipped: [SkippedText] = []
        for range in panel.ranges { scan(text, range, structure, into: &items, skipped: &skipped) }
        // More items than a list printed with spaces only has: runs of names between commas, or prose that
        // yields no names rather than have every run of its words looked up.
        if panel.mayBeRunOn, items.count > 2, !halfEndWithNames(items, text, recognizer) {
            return TokenizedList(tokens: [], skipped: skipped)
        }
        applyComponentLabels(&items, text)
        var fragments: [Range<Int>] = []
        rejoinFragments(&items, into: &fragments, text)
        var tokens: [Token] = []
        tokens.reserveCapacity(items.count)
        for item in items {
            appendTokens(for: item, fragments, text, recognizer, runsOfNames: panel.mayBeRunOn, to: &tokens, skipped: &skipped)
        }
        movingTrailingFootnotes(&tokens, &skipped)
        rejoinCutNames(&tokens, text, recognizer)
        mergeAdjacentAliases(&tokens, text, recognizer)
        return TokenizedList(tokens: tokens, skipped: skipped)
    }

    /// Whether half the items or more end with a listed name of up to four words (see
    /// `NameRecognizer.isListed`): a few lookups an item. Runs of names between commas that part Latin
    /// and common names do; prose with no English sentence word (a description in another language)
    /// seldom does.
    private func halfEndWithNames(_ items: [Item], _ text: [UInt8], _ recognizer: some NameRecognizer) -> Bool {
        let ending = items.count { item in
            let range = trim(text, item.range)
            let last = wordSpans(text, range).suffix(4)
            return last.contains { recognizer.isListed(normalizer.keyBytes(text[$0.lowerBound..<range.upperBound])) }
        }
        return ending * 2 >= items.count
    }

    /// `Sodium, Chloride`, `Butylene, Glycol`, `Ammonium Acryloyldimethyltaurate/VP, Copolymer`: scraped
    /// lists whose commas fell between the words of one name, or replaced a copolymer's slash. A name
    /// found nowhere that looks cut (see `wholeName`) and its neighbour across a comma, when together
    /// (joined by a space or a slash) they make a name listed as printed, are that one ingredient.
    private func rejoinCutNames(_ tokens: inout [Token], _ text: [UInt8], _ recognizer: some NameRecognizer) {
        // In place, by index, like the alias pass: most lists have no unknown name at all. (A shared
        // loop taking the merge as a closure cost a list 900 instructions: the closure was not inlined.)
        var kept = 0
        for index in tokens.indices {
            // Known pairs, nearly all of them, are passed over before any token is copied.
            if kept > 0, Self.mayBePiece(tokens[kept - 1]) || Self.mayBePiece(tokens[index]),
               let whole = wholeName(cutInto: tokens[kept - 1], tokens[index], text, recognizer) {
                tokens[kept - 1] = whole
            } else {
                if kept != index { tokens.swapAt(kept, index) }
                kept += 1
            }
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// The one name `first` and `second` were cut from, if they are pieces of a listed name.
    private func wholeName(cutInto first: Token, _ second: Token, _ text: [UInt8], _ recognizer: some NameRecognizer) -> Token? {
        // The unknown one must look cut: one word, or a name stopped on a word no name ends with.
        let firstIsCut = Self.mayBePiece(first) && (isPiece(first, text) || endsMidName(first, text))
        let secondIsCut = Self.mayBePiece(second) && isPiece(second, text)
        guard firstIsCut || secondIsCut, !first.mayBeFootnote, !second.mayBeFootnote,
              areNeighbours(first, second, text), text[first.range.upperBound..<second.range.lowerBound].contains(UInt8(ascii: ","))
        else { return nil }
        let range = first.range.lowerBound..<second.range.upperBound
        // The pair recurs on every row of a catalog that prints it; its answer depends only on its bytes.
        guard !recognizer.isUnsegmentable(text[range]) else { return nil }
        var joined = Array(text[first.range]) + [UInt8(ascii: " ")] + text[second.range]
        for joint in [UInt8(ascii: " "), UInt8(ascii: "/")] {
            joined[first.range.count] = joint
            let key = normalizer.key(joined)
            // Only a name listed as printed is evidence: a synonym, a family pattern or a bracketed word
            // reads past extra words (`glycerin vegetable`), and would take in any unknown neighbour.
            guard let match = recognizer.knownMatch(key), match.kind == .exact, !match.isByPart else { continue }
            return Token(printed: printed(text, range), key: key, section: first.section, range: range, isBlendPart: false, match: match)
        }
        recognizer.rememberUnsegmentable(text[range])
        return nil
    }

    /// Whether a token's name may be a piece of a cut one: found nowhere, or only guessed to be a plant
    /// named without its form (`Cananga` of `Cananga, Odorata Flower Oil`).
    private static func mayBePiece(_ token: Token) -> Bool { !token.printedName.isSure }

    /// One word (`Palmitate`, `Denat.`, `Dicaprylate/Dicaprate`): a piece of a name rather than a name.
    /// Two names of several words each (`Sodium Hydroxypropylphosphate, Decylglucoside Crosspolymer`)
    /// are two declarations as printed, even where one listed name holds both.
    private func isPiece(_ token: Token, _ text: [UInt8]) -> Bool {
        !text[trim(text, token.range)].contains(where: ByteClass.isSpace)
    }

    /// Whether a name stops on a word no name ends with: a radical (`Hydroxypropyl`, `Polyglyceryl-3
    /// Sorbityl`) or a salt's cation (`Hydroxyethyl Acrylate/Sodium`).
    private func endsMidName(_ token: Token, _ text: [UInt8]) -> Bool {
        let range = trim(text, token.range)
        var start = range.upperBound
        while start > range.lowerBound, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        let word = start..<range.upperBound
        guard word.count >= 4 else { return false }
        return text.startsLowercased(with: "yl", at: word.upperBound - 2) || ItemWords.cations.contains(text, word)
    }

    /// Whether two tokens are separate items of one section with nothing but a separator between
    /// them: not `Water (and) Aqua`, not a claim or a footnote, not the parts of a blend.
    private func areNeighbours(_ previous: Token, _ token: Token, _ text: [UInt8]) -> Bool {
        guard token.section == previous.section, !token.isBlendPart, !previous.isBlendPart,
              previous.range.upperBound <= token.range.lowerBound
        else { return false }
        let between = text[previous.range.upperBound..<token.range.lowerBound]
        return !between.contains(where: { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "(") })
    }

    /// `Water, Aqua-Eau`, `Parfum, Fragrance`: a name printed again right after itself as a
    /// translation or common name is one ingredient, not two. Two INCI names of one substance
    /// (`Ascorbyl Tetraisopalmitate, Tetrahexyldecyl Ascorbate`), two varieties of one plant
    /// (`Camellia Sinensis (Green Tea) Leaf Extract, Camellia Sinensis (White Tea) ...`), two colours
    /// of one colour index and a name repeated word for word all stay as printed.
    private func mergeAdjacentAliases(_ tokens: inout [Token], _ text: [UInt8], _ recognizer: some NameRecognizer) {
        // In place, by index: most lists have no such pair, and then nothing is copied or moved.
        var kept = 0
        for index in tokens.indices {
            if kept > 0, let ingredient = tokens[index].printedName.ingredient, ingredient == tokens[kept - 1].printedName.ingredient,
               isAlias(tokens[index], of: tokens[kept - 1], text, recognizer) {
                let first = tokens[kept - 1]
                let range = first.range.lowerBound..<tokens[index].range.upperBound
                tokens[kept - 1] = Token(printed: printed(text, range), key: first.key, section: first.section, range: range,
                                         isBlendPart: false, match: first.match)
            } else {
                if kept != index { tokens.swapAt(kept, index) }
                kept += 1
            }
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// Whether `token`, known as the same ingredient as `previous`, is its alias.
    private func isAlias(_ token: Token, of previous: Token, _ text: [UInt8], _ recognizer: some NameRecognizer) -> Bool {
        guard let name = token.match?.name, !TailEstimate.isColourIndex(key: name.lowercased()), areNeighbours(previous, token, text)
        else { return false }
        let forms = (KeyVariants(previous.key).stripped, KeyVariants(token.key).stripped)
        guard forms.0 != forms.1 else { return false }
        // Two chemical names (each with a long systematic word) are two declarations, even of one substance.
        let chemical = (Self.hasSystematicWord(forms.0), Self.hasSystematicWord(forms.1))
        return !(recognizer.isINCIName(forms.0) && recognizer.isINCIName(forms.1)) && !(chemical.0 && chemical.1)
    }

    /// `polyacryldimethyltauramide`, `tetrahexyldecyl`: a word of twelve letters or more, which
    /// common names and translations (`shea butter`, `eau`) do not have.
    private static func hasSystematicWord(_ key: String) -> Bool {
        var run = 0
        for byte in key.utf8 {
            run = ByteClass.isASCIILetter(byte) ? run + 1 : 0
            if run >= 12 { return true }
        }
        return false
    }

    // MARK: Splitting

    private func scan(_ text: [UInt8], _ range: Range<Int>, _ structure: [PhraseMatcher.Hit], into items: inout [Item],
                      skipped: inout [SkippedText]) {
        let hits = structure.filter { hit in
            range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= range.upperBound && LabelPhrases.itemKinds.contains(hit.kind)
                && (hit.kind != .mayContain || !isTolerance(hit, text, range.upperBound))
        }
        let brackets = BracketMap(text, range, shadeBlockStarts: Set(hits.filter { $0.kind == .mayContain }.map(\.range.lowerBound)))
        var hitIndex = 0
        var depth = 0
        var itemStart = range.lowerBound
        var section = Section.declared
        var label: Range<Int>?
        var index = range.lowerBound

        func flush(_ end: Int) {
            if itemStart < end { items.append(Item(range: itemStart..<end, section: section, label: label)) }
        }

        while index < range.upperBound {
            while hitIndex < hits.count, hits[hitIndex].range.lowerBound < index { hitIndex += 1 }
            let nextHit = hitIndex < hits.count ? hits[hitIndex].range.lowerBound : range.upperBound
            if index < nextHit, ByteClass.isASCIILetter(text[index]) {
                // Letters never split, nest or end an item: most of a list is skipped here.
                index = ByteClass.endOfLetters(in: text, from: index, limit: nextHit)
                continue
            }
            if nextHit == index, depth == 0, hits[hitIndex].kind != .leftOut || opensLeftOutList(hits[hitIndex], text, itemStart) {
                let hit = hits[hitIndex]
                hitIndex += 1
                if hit.kind == .mayContain {
                    flush(index)
                    section = .mayContain
                    index = skipPunctuation(text, hit.range.upperBound, range.upperBound)
                } else {
                    // A free-from claim, or a list of what is left out, runs from its item's start to the end of its sentence.
                    let end = sentenceEnd(text, from: hit.range.upperBound, limit: range.upperBound)
                    skipped.append(SkippedText(text: printed(text, trim(text, itemStart..<end)), reason: .claim))
                    index = end
                }
                itemStart = index
                continue
            }
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                if brackets.transparent.contains(index), depth == 0 {
                    // `Dimethicone [+/- May contain: ...]`: the bracket ends the item before it.
                    flush(index)
                    itemStart = index + 1
                } else if brackets.paired.contains(index), !brackets.transparent.contains(index) {
                    depth += 1
                }
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if brackets.paired.contains(index), !brackets.transparent.contains(index), depth > 0 { depth -= 1 }
            case UInt8(ascii: ":") where depth == 0:
                if let candidate = componentLabel(text, itemStart..<index) {
                    // A new component starts: its own list, after any shade block of the previous one.
                    label = candidate
                    section = .declared
                    itemStart = index + 1
                }
            case UInt8(ascii: ".") where depth == 0:
                if endsItem(text, index, range) {
                    flush(index)
                    itemStart = index + 1
                }
            default:
                if depth == 0 {
                    let length = Separator.length(in: text, at: index, limit: range.upperBound)
                    if length > 0 {
                        flush(index)
                        index += length
                        itemStart = index
                        continue
                    }
                }
            }
            index += 1
        }
        flush(range.upperBound)
    }

    /// `no sodium lauryl sulfate | no mineral oil`, `No parabens, sulfates or phthalates.`: a `left-out`
    /// word opens a list of what the product leaves out when it opens its item and a word follows it.
    /// `FD&C Red No. 40` and `D&C Red No 33` are names.
    private func opensLeftOutList(_ hit: PhraseMatcher.Hit, _ text: [UInt8], _ itemStart: Int) -> Bool {
        let after = hit.range.upperBound
        return after + 1 < text.count && text[after] == 0x20 && ByteClass.isASCIILetter(text[after + 1])
            && text[itemStart..<hit.range.lowerBound].allSatisfy(ByteClass.isSpace)
    }

    /// `Glycerin +/- 0.5%` is a tolerance, not a shade block.
    private func isTolerance(_ hit: PhraseMatcher.Hit, _ text: [UInt8], _ limit: Int) -> Bool {
        guard text[hit.range.lowerBound] == UInt8(ascii: "+") else { return false }
        var index = hit.range.upperBound
        while index < limit, text[index] == 0x20 { index += 1 }
        return index < limit && ByteClass.isDigit(text[index])
    }

    private func skipPunctuation(_ text: [UInt8], _ start: Int, _ limit: Int) -> Int {
        var index = start
        while index < limit, ByteClass.isSpace(text[index]) || text[index] == UInt8(ascii: ":")
            || text[index] == UInt8(ascii: ")") || text[index] == UInt8(ascii: "-") {
            index += 1
        }
        return index
    }

    private func sentenceEnd(_ text: [UInt8], from start: Int, limit: Int) -> Int {
        var index = start
        while index < limit {
            let byte = text[index]
            if byte == 0x0A { return index }
            if byte == UInt8(ascii: "."), index + 1 >= limit || ByteClass.isSpace(text[index + 1]) { return index + 1 }
            index += 1
        }
        return limit
    }

    /// A period ends an item when a space or the end follows it and it does not close an
    /// abbreviation (`Alcohol Denat.`, `Ext. Violet 2`, `Vitis Vinifera L.`) or sit in a number (`0.5`).
    private func endsItem(_ text: [UInt8], _ index: Int, _ range: Range<Int>) -> Bool {
        let next = index + 1
        guard next >= range.upperBound || ByteClass.isSpace(text[next]) else { return false }
        var wordStart = index
        while wordStart > range.lowerBound, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        let word = text[wordStart..<index].map(ByteClass.lowercased)
        if word.count == 1 { return false }
        if wordStart > range.lowerBound, text[wordStart - 1] == UInt8(ascii: ".") { return false } // F.I.L.
        return !phrases.abbreviations.contains(word)
    }

    /// A kit component heading before a colon: a short title (`Jelly Cleanser`, `Day Serum`), not a
    /// list heading the locator already consumed, not a number.
    private func componentLabel(_ text: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        let trimmed = trim(text, range)
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        let words = text[trimmed].split(separator: 0x20).count
        guard words <= 6, ByteClass.isASCIILetter(text[trimmed.lowerBound]) || text[trimmed.lowerBound] >= 0x80 else {
            return nil
        }
        return trimmed
    }

    /// Kit components become sections only when at least two of them are labelled; a lone label is
    /// more likely a stray heading ("Ingredients Ingredients:") than a kit.
    private func applyComponentLabels(_ items: inout [Item], _ text: [UInt8]) {
        var labels: [Range<Int>] = []
        for item in items { if let label = item.label, labels.last != label { labels.append(label) } }
        guard labels.count >= 2 else { return }
        for index in items.indices where items[index].section == .declared {
            if let label = items[index].label { items[index].section = .component(label) }
        }
    }

    /// Rejoins pieces of one name that a stray separator cut apart: an item that opens with a bracket
    /// (`Vaccinium Myrtillus, (Bilberry) Extract`) or with a word no name starts with (`| oil`).
    private func rejoinFragments(_ items: inout [Item], into fragments: inout [Range<Int>], _ text: [UInt8]) {
        // In place, by index: most lists have no fragment, and then no item is copied or moved.
        var kept = 0
        for index in items.indices {
            let range = trim(text, items[index].range)
            if kept > 0, items[kept - 1].section == items[index].section, !range.isEmpty, isFragment(text, range) {
                // An item's pieces are found one after another, so they stay together in `fragments`.
                fragments.append(range)
                let first = items[kept - 1].pieces.isEmpty ? fragments.count - 1 : items[kept - 1].pieces.lowerBound
                items[kept - 1].pieces = first..<fragments.count
            } else {
                if kept != index { items.swapAt(kept, index) }
                kept += 1
            }
        }
        items.removeLast(items.count - kept)
    }

    private func isFragment(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        // Only a comma cuts a name by mistake; after a period, "(Made in USA)" starts something new.
        var before = range.lowerBound - 1
        while before >= 0, ByteClass.isSpace(text[before]) { before -= 1 }
        guard before >= 0, text[before] == UInt8(ascii: ",") || text[before] == UInt8(ascii: "|") else { return false }
        if text[range.lowerBound] == UInt8(ascii: "(") { return true }
        guard let first = firstWord(text, range), ItemWords.headNouns.contains(text, first) else { return false }
        // At most three words: "Oil", "Seed Extract"; a longer item is a name of its own.
        var words = 0
        var inWord = false
        for index in range {
            let isWordByte = ByteClass.isNameWordByte(text[index])
            if isWordByte, !inWord { words += 1 }
            if words > 3 { return false }
            inWord = isWordByte
        }
        return true
    }

    // MARK: Items to tokens

    /// `runsOfNames`: the item may be a run of names (see `Panel.mayBeRunOn`). The same bytes read so
    /// split otherwise than in a list, so such readings are remembered apart.
    private func appendTokens(
        for item: Item, _ fragments: [Range<Int>], _ text: [UInt8], _ recognizer: some NameRecognizer, runsOfNames: Bool,
        to tokens: inout [Token], skipped: inout [SkippedText]
    ) {
        guard item.pieces.isEmpty else {
            appendRejoined(item, fragments[item.pieces], text, recognizer, runsOfNames: runsOfNames, to: &tokens, skipped: &skipped)
            return
        }
        let bytes = text[item.range]
        let reading = recognizer.reading(of: bytes, runsOfNames: runsOfNames) ?? {
            var found: [Token] = []
            var set: [SkippedText] = []
            read(item.range, text, recognizer, runsOfNames: runsOfNames, to: &found, skipped: &set)
            let reading = ItemReading(tokens: found, skipped: set, itemStart: item.range.lowerBound)
            recognizer.remember(reading, for: bytes, runsOfNames: runsOfNames)
            return reading
        }()
        reading.append(to: &tokens, skipped: &skipped, itemStart: item.range.lowerBound, section: name(of: item.section, text))
    }

    /// Reads one item: trims it, sets footnotes, claims and prose aside, splits supplier blends and
    /// run-together names. Tokens come out in `declared`; the caller places them in their section.
    private func read(
        _ item: Range<Int>, _ text: [UInt8], _ recognizer: some NameRecognizer, runsOfNames: Bool,
        to tokens: inout [Token], skipped: inout [SkippedText]
    ) {
        let range = withoutTrailingFootnote(text, trim(text, item), skipped: &skipped)
        guard !range.isEmpty else { return }
        let words = ItemWords(text, CollectionOfOne(range))
        if let reason = skipReason(words, text, range) {
            if reason == .claim, let name = nameBeforeClaim(text, range, recognizer) {
                skipped.append(SkippedText(text: printed(text, trim(text, name.upperBound..<range.upperBound)), reason: .claim))
                read(name, text, recognizer, runsOfNames: runsOfNames, to: &tokens, skipped: &skipped)
                return
            }
            // A long run with no sentence word may be a whole list printed with spaces only.
            if reason == .prose, words.functionWords == 0, let segments = runOnList(text, range, recognizer) {
                append(segments, text, isBlendPart: false, to: &tokens)
            } else {
                skipped.append(SkippedText(text: printed(text, range), reason: reason))
            }
            return
        }
        var mayBeFootnote = false
        if startsWithFootnoteMark(text, range), !recognizer.recognizes(normalizer.key(text[range])) {
            // "*Certified organic" explains a mark; "*CO Prunus Armeniaca Fruit Extract" is an ingredient.
            if words.hasFootnoteWord {
                skipped.append(SkippedText(text: printed(text, range), reason: .footnote))
                return
            }
            mayBeFootnote = true
        }
        let parts = blendParts(text, range)
        for part in parts {
            let key = normalizer.key(text[part])
            guard key.utf8.contains(where: { ByteClass.isASCIILetter($0) || $0 >= 0x80 }) else { continue }
            let match = recognizer.knownMatch(key)
            // Only a name of several words can be a run of names; known names need no segmenting. A name
            // known only by its bracketed words (`Aloe Barbadensis (Aloe Vera) Leaf Extract Phenoxyethanol`)
            // gives way to whole names that cover it.
            let splitting = wholeNames(match, key, recognizer, runsOfNames: runsOfNames)
            // What did not split is remembered only where items are not runs of names: read as a run of
            // names, the same bytes split otherwise.
            if splitting != nil || match?.kind != .exact && Self.mayBeRunOnList(text[part]),
               key.utf8.contains(0x20), runsOfNames || !recognizer.isUnsegmentable(text[part]) {
                if let segments = names(in: text, part, splitting, recognizer) {
                    append(segments, text, isBlendPart: parts.count > 1, to: &tokens)
                    continue
                }
                if !runsOfNames { recognizer.rememberUnsegmentable(text[part]) }
            }
            tokens.append(Token(printed: printed(text, part), key: key, section: declaredSection, range: part,
                                isBlendPart: parts.count > 1, mayBeFootnote: mayBeFootnote, match: match))
        }
    }

    private func append(_ segments: [Segment], _ text: [UInt8], isBlendPart: Bool, to tokens: inout [Token]) {
        for segment in segments {
            // Words are split on ASCII spaces only: a list padded with no-break spaces, or with dashes
            // between its names, leaves them on the names' edges.
            let range = trim(text, segment.range)
            tokens.append(Token(printed: printed(text, range), key: segment.key, section: declaredSection,
                                range: range, isBlendPart: isBlendPart, match: segment.match))
        }
    }

    /// A name that a stray separator cut into pieces, put back together as one token.
    private func appendRejoined(
        _ item: Item, _ pieces: ArraySlice<Range<Int>>, _ text: [UInt8], _ recognizer: some NameRecognizer, runsOfNames: Bool,
        to tokens: inout [Token], skipped: inout [SkippedText]
    ) {
        var ranges = ([item.range] + pieces).map { trim(text, $0) }.filter { !$0.isEmpty }
        guard let last = ranges.last else { return }
        ranges[ranges.count - 1] = withoutTrailingFootnote(text, last, skipped: &skipped)
        ranges.removeAll { $0.isEmpty }
        guard ranges.count > 1 else {
            if let range = ranges.first {
                appendTokens(for: Item(range: range, section: item.section), [], text, recognizer, runsOfNames: runsOfNames,
                             to: &tokens, skipped: &skipped)
            }
            return
        }
        let whole = ranges[0].lowerBound..<ranges[ranges.count - 1].upperBound
        if let reason = skipReason(ItemWords(text, ranges), text, whole) {
            skipped.append(SkippedText(text: printed(text, whole), reason: reason))
            return
        }
        let bytes = Array(ranges.map { text[$0] }.joined(separator: [0x20]))
        let key = normalizer.key(bytes)
        tokens.append(Token(printed: String(decoding: bytes, as: UTF8.self), key: key,
                            section: name(of: item.section, text), range: whole, isBlendPart: false, match: recognizer.knownMatch(key)))
    }

    /// Why an item is not an ingredient, if it is not: it talks about ingredients (a footnote),
    /// opens with a remark, makes a claim, or reads as a sentence.
    private func skipReason(_ words: ItemWords, _ text: [UInt8], _ whole: Range<Int>) -> SkippedText.Reason? {
        if words.mentionsIngredients { return .footnote }
        if opensWithRemark(text, whole) { return .prose }
        if words.isClaim || Self.hasZeroPercent(text, whole) { return .claim }
        if isProse(words, blendJoins: blendJoinCount(text, whole)) { return .prose }
        return nil
    }

    /// `0% Alcohol`, `Parabens 0.0%`: a zero amount says the product has none of it.
    private static func hasZeroPercent(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var from = range.lowerBound
        while let percent = ByteSearch.firstIndex(of: UInt8(ascii: "%"), in: text, from..<range.upperBound) {
            var start = percent
            while start > range.lowerBound, text[start - 1] == 0x20 { start -= 1 }
            let end = start
            while start > range.lowerBound, text[start - 1] == UInt8(ascii: "0") || text[start - 1] == UInt8(ascii: ".") { start -= 1 }
            let isNumberStart = start == range.lowerBound || !(ByteClass.isDigit(text[start - 1]) || text[start - 1] == UInt8(ascii: ","))
            if start < end, text[start..<end].contains(UInt8(ascii: "0")), isNumberStart { return true }
            from = percent + 1
        }
        return false
    }

    /// `fragrance phthalate free`, `Fragrance (Phthalate Free)`: a known name with a claim printed after
    /// it is that name (the claim is set aside). `Sodium Lauryl Sulfate Free` stays a claim: `Sodium
    /// Lauryl` is no name; so does `Alcohol/Fragrance Free`, whose name is joined to what it frees.
    private func nameBeforeClaim(_ text: [UInt8], _ range: Range<Int>, _ recognizer: some NameRecognizer) -> Range<Int>? {
        guard let start = ItemWords.trailingClaimStart(text, range) else { return nil }
        let name = trim(text, range.lowerBound..<start)
        guard let last = name.last, !Self.claimJoiners.contains(text[last]), !endsWithJoinerWord(text, name),
              recognizer.knownMatch(normalizer.key(text[name])) != nil
        else { return nil }
        return name
    }

    /// What joins a name to the others a claim frees (`Alcohol/Fragrance Free`, `SLS & Paraben Free`).
    private static let claimJoiners: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "+")]

    /// Whether `range` ends with the word `and` or `or`.
    private func endsWithJoinerWord(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        for word: StaticString in [" and", " or"] where range.count > word.utf8CodeUnitCount
            && text.startsLowercased(with: word, at: range.upperBound - word.utf8CodeUnitCount) {
            return true
        }
        return false
    }

    /// Unknown mark-led names at the very end of the list are footnotes (`..., Phenoxyethanol. *Hadasei-3`).
    private func movingTrailingFootnotes(_ tokens: inout [Token], _ skipped: inout [SkippedText]) {
        var trailing: [SkippedText] = []
        while let last = tokens.last, last.mayBeFootnote {
            trailing.insert(SkippedText(text: last.printed, reason: .footnote), at: 0)
            tokens.removeLast()
        }
        skipped += trailing
        for index in tokens.indices { tokens[index].mayBeFootnote = false }
    }

    private func blendJoinCount(_ text: [UInt8], _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where text[index] == UInt8(ascii: "(") && blendClose(text, index, range.upperBound) != nil {
            count += 1
        }
        return count
    }

    /// `(Made in Canada)`, `Directions: ...`: an item that opens with a terminator phrase is a remark.
    private func opensWithRemark(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        while start < range.upperBound, text[start] == UInt8(ascii: "(") || text[start] == 0x20 { start += 1 }
        guard start < range.upperBound else { return false }
        return phrases.remarkMatcher.hit(in: text, at: start, limit: range.upperBound) != nil
    }

    /// `range` without a footnote written after its last name (`Phenoxyethanol * Essential Oil`),
    /// which is set aside as skipped; empty when nothing is left.
    private func withoutTrailingFootnote(_ text: [UInt8], _ range: Range<Int>, skipped: inout [SkippedText]) -> Range<Int> {
        guard !range.isEmpty, let cut = footnoteStart(text, range) else { return range }
        skipped.append(SkippedText(text: printed(text, cut..<range.upperBound), reason: .footnote))
        return trim(text, range.lowerBound..<cut)
    }

    /// Where a footnote starts inside an item: a mark after a space, followed by words.
    private func footnoteStart(_ text: [UInt8], _ range: Range<Int>) -> Int? {
        var index = range.lowerBound + 1
        while index < range.upperBound - 1 {
            if text[index - 1] == 0x20, isFootnoteMark(text, index) {
                var next = index
                while next < range.upperBound, isFootnoteMark(text, next) || text[next] == 0x20 {
                    next += ByteClass.sequenceLength(text[next])
                }
                if next < range.upperBound, ByteClass.isASCIILetter(text[next]) { return index }
            }
            index += 1
        }
        return nil
    }

    private func isFootnoteMark(_ text: [UInt8], _ index: Int) -> Bool {
        text[index] == UInt8(ascii: "*") || text.starts(with: [0xE2, 0x80, 0xA0], at: index)
            || text.starts(with: [0xE2, 0x80, 0xA1], at: index)
    }

    /// Long items full of function words are sentences, not names. The `and` of supplier blends
    /// written `X (and) Y` does not count.
    private func isProse(_ words: ItemWords, blendJoins: Int) -> Bool {
        let function = words.functionWords - blendJoins
        // A very long item is prose even without sentence words, unless slashes join its words into
        // one name (`Pseudozyma Epicola/Camellia Sinensis Seed Oil/Glucose/.../Ferment Filtrate`).
        let longRun = words.count > 24 && words.slashes * 4 < words.count
        return (words.count >= 4 && function >= 2) || (words.count > 9 && function >= 1) || longRun
    }

    private func startsWithFootnoteMark(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let first = text[range.lowerBound]
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "^") { return true }
        return text.starts(with: [0xE2, 0x80, 0xA0], at: range.lowerBound) || text.starts(with: [0xE2, 0x80, 0xA1], at: range.lowerBound)
            || text.starts(with: [0xC2, 0xB0], at: range.lowerBound) || text.starts(with: [0xC2, 0xB9], at: range.lowerBound)
    }

    /// Splits `Water (and) Propanediol (and) Lecithin`, and pairs joined in words outside brackets
    /// (`Disodium EDTA & Allantoin`, `Cetearyl Alcohol and Ceteareth-20`).
    private func blendParts(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        var depth = 0
        func cut(_ end: Int, resume: Int) {
            let part = trim(text, start..<end)
            if !part.isEmpty { parts.append(part) }
            start = resume
            index = resume
        }
        while index < range.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "("), let close = blendClose(text, index, range.upperBound) {
                cut(index, resume: close + 1)
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, byte == 0x20, let resume = joinWordEnd(text, index, range.upperBound) {
                cut(index, resume: resume)
                continue
            }
            index += 1
        }
        guard !parts.isEmpty else { return [range] }
        let last = trim(text, start..<range.upperBound)
        if !last.isEmpty { parts.append(last) }
        return parts
    }

    /// ` and ` or ` & ` between two names: the index after it, or nil.
    private func joinWordEnd(_ text: [UInt8], _ space: Int, _ limit: Int) -> Int? {
        for word: StaticString in [" and ", " & "] where text.startsLowercased(with: word, at: space) {
            let end = space + word.utf8CodeUnitCount
            return end < limit ? end : nil
        }
        return nil
    }

    private func blendClose(_ text: [UInt8], _ open: Int, _ limit: Int) -> Int? {
        var index = open + 1
        while index < limit, text[index] == 0x20 { index += 1 }
        var word: [UInt8] = []
        while index < limit, ByteClass.isASCIILetter(text[index]), word.count < 4 {
            word.append(ByteClass.lowercased(text[index]))
            index += 1
        }
        while index < limit, text[index] == 0x20 { index += 1 }
        guard index < limit, text[index] == UInt8(ascii: ")"), phrases.blendWords.contains(word) else { return nil }
        return index
    }

    // MARK: Run-together lists

    /// One name of a run-together list, and how many of the run's words it takes (a separator none).
    private struct Segment {
        var range: Range<Int>
        var key: String
        /// Nil for words no name covers, in a list printed with spaces only.
        var match: LexiconMatch?
        var words: Int
    }

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

    /// The names a run of words not known as printed splits into: whole names covering every word
    /// (`Butylene Glycol Pentylene Glycol`) as `wholeNames` allows, or, for a long run, mostly known
    /// names with unknown words between them (a list printed with spaces only). Nil when it is one name.
    private func names(in text: [UInt8], _ range: Range<Int>, _ splitting: Segmenting?, _ recognizer: some NameRecognizer) -> [Segment]? {
        if let mode = splitting, let segments = segment(text, range, recognizer, mode), segments.count > 1,
           !areSynonyms(segments), stands(segments, mode, recognizer) {
            return segments
        }
        // A run of names that did not split would not split as a whole list either: that asks for more.
        return splitting == .runOn ? nil : runOnList(text, range, recognizer)
    }

    /// Whether a split stands, as `wholeNames` asks: into known names always, into listed names only when
    /// all after the first are INCI names, and running on when known names cover half the words or more, so
    /// that a name the lexicon lacks (`Evening Primrose Oil Simmondsia Chinensis Oil`) is still set apart
    /// from one it knows.
    private func stands(_ segments: [Segment], _ mode: Segmenting, _ recognizer: some NameRecognizer) -> Bool {
        switch mode {
        case .known:
            return true
        case .listed:
            return segments.dropFirst().allSatisfy { isINCIName($0.key, recognizer) }
        case .runOn:
            let words = wordCounts(segments)
            return words.known * 2 >= words.all
        }
    }

    /// The words of a segmentation, and those that known names cover.
    private func wordCounts(_ segments: [Segment]) -> (all: Int, known: Int) {
        segments.reduce((0, 0)) { ($0.all + $1.words, $0.known + ($1.match == nil ? 0 : $1.words)) }
    }

    /// An INCI name as printed, or once its bracketed common name is left out (`Olea Europaea (Olive)
    /// Fruit Extract`).
    private func isINCIName(_ key: String, _ recognizer: some NameRecognizer) -> Bool {
        recognizer.isINCIName(key) || recognizer.isINCIName(KeyVariants(key).stripped)
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
    private func wholeNames(_ match: LexiconMatch?, _ key: String, _ recognizer: some NameRecognizer, runsOfNames: Bool) -> Segmenting? {
        if runsOfNames, match.map({ $0.isByPart || $0.kind == .pattern }) ?? true { return .runOn }
        guard let match, !match.isByPart else { return .known }
        let isLongPattern = match.kind == .pattern && key.utf8.count(where: { $0 == 0x20 }) >= 4 && !recognizer.isINCIName(key)
        return isLongPattern ? .listed : nil
    }

    /// Splits `Butylene Glycol Pentylene Glycol` or `Zinc Oxide 4.0%Water` into known names, when every
    /// word can be covered by names the lexicon recognizes (fewest names wins). Nil when it cannot.
    /// Running on, a word no name covers may stand alone at the cost of three names, so known names are
    /// taken wherever they fit; runs of such words become one unknown name, and a lone dash, slash or
    /// period between names is a separator.
    private func segment(_ text: [UInt8], _ range: Range<Int>, _ recognizer: some NameRecognizer, _ mode: Segmenting) -> [Segment]? {
        let spans = wordSpans(text, range)
        let unknownWords = mode == .runOn
        guard spans.count >= 2, spans.count <= (unknownWords ? 150 : 60) else { return nil }
        let maxWords = 8
        let unknownCost = 3
        let isListed = mode == .known ? { _ in true } : listedRuns(text, spans, recognizer)
        var best: [(cost: Int, from: Int, key: String, match: LexiconMatch?)?] = Array(repeating: nil, count: spans.count + 1)
        best[0] = (0, 0, "", nil)
        for end in 1...spans.count {
            for start in max(0, end - maxWords)..<end {
                guard let previous = best[start] else { continue }
                let listed = isListed(start..<end)
                let key = listed || start == end - 1 ? normalizer.key(text[spans[start].lowerBound..<spans[end - 1].upperBound]) : ""
                // A run found only by its bracketed words is what segmenting looks past (see `read`).
                if listed, !key.isEmpty, let match = recognizer.knownMatch(key), !match.isByPart,
                   mode == .known || fitsRunOn(match, text, spans[start..<end]) {
                    if best[end] == nil || previous.cost + 1 < best[end]!.cost { best[end] = (previous.cost + 1, start, key, match) }
                } else if unknownWords, start == end - 1 {
                    let cost = previous.cost + (isSeparatorWord(text, spans[start]) ? 0 : unknownCost)
                    if best[end] == nil || cost < best[end]!.cost { best[end] = (cost, start, key, nil) }
                }
            }
        }
        guard best[spans.count] != nil else { return nil }
        var result: [Segment] = []
        var end = spans.count
        var afterSeparator = true
        while end > 0, let step = best[end] {
            let range = spans[step.from].lowerBound..<spans[end - 1].upperBound
            defer { end = step.from }
            if step.match == nil, isSeparatorWord(text, range) {
                afterSeparator = true
                continue
            }
            // Unknown words side by side are one unknown name (`Hex M Cinnamol`); the run is read right to left.
            if step.match == nil, !afterSeparator, let last = result.last, last.match == nil {
                let joined = range.lowerBound..<last.range.upperBound
                result[result.count - 1] = Segment(range: joined, key: normalizer.key(text[joined]), match: nil, words: last.words + 1)
            } else {
                result.append(Segment(range: range, key: step.key, match: step.match, words: end - step.from))
            }
            afterSeparator = false
        }
        return result.reversed()
    }

    /// `Water Glycerine Myristic Acid Stearic Acid ... Tetrasodium EDTA`, `AQUA/WATER - BUTYLENE GLYCOL -
    /// GLYCERIN`: a whole list printed with spaces only, or with lone dashes or slashes. It is read as one
    /// when four or more known names cover three quarters of its twelve or more words; the words between
    /// them are unknown names. Prose never gets here (see `read`).
    private func runOnList(_ text: [UInt8], _ range: Range<Int>, _ recognizer: some NameRecognizer) -> [Segment]? {
        guard Self.mayBeRunOnList(text[range]), let segments = segment(text, range, recognizer, .runOn)
        else { return nil }
        let words = wordCounts(segments)
        guard words.all >= 12, segments.count(where: { $0.match != nil }) >= 4, words.known * 4 >= words.all * 3 else { return nil }
        return segments
    }

    /// Twelve words or more. Most items are a few words: they are turned away before any lookup, or
    /// any memo of what did not split.
    private static func mayBeRunOnList(_ printed: ArraySlice<UInt8>) -> Bool { printed.count(where: { $0 == 0x20 }) >= 11 }

    /// Whether a run of words (a range of `spans`) is a listed name, as `NameRecognizer.isListed` puts
    /// it. A list printed with spaces only has a hundred words or more and eight runs end at each, so
    /// each word's key and its forms are worked out once, and a run is looked up as their join: a few
    /// table reads, where normalizing and resolving every run cost a label millions of instructions.
    private func listedRuns(_ text: [UInt8], _ spans: [Range<Int>], _ recognizer: some NameRecognizer) -> (Range<Int>) -> Bool {
        let keys = spans.map { normalizer.keyBytes(text[$0]) }
        let forms = keys.map { key in
            key.contains(where: { KeyVariants.isBracket($0) || $0 == UInt8(ascii: "/") }) ? KeyVariants(String(decoding: key, as: UTF8.self)) : nil
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
    private func fitsRunOn(_ match: LexiconMatch, _ text: [UInt8], _ spans: ArraySlice<Range<Int>>) -> Bool {
        guard !spans.contains(where: { isSeparatorWord(text, $0) }) else { return false }
        return match.kind != .synonym || spans.count == 1 || !spans.contains { text[$0].contains(UInt8(ascii: "/")) }
    }

    /// A word with no letter or digit: `-`, `/`, `.` standing between names.
    private func isSeparatorWord(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        !text[range].contains { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 >= 0x80 }
    }

    /// Whether segments all name the same ingredient (`water aqua eau`): then the run is one
    /// ingredient printed with its synonyms, not several ingredients.
    private func areSynonyms(_ segments: [Segment]) -> Bool {
        let names = Set(segments.map { $0.match?.name })
        return names.count == 1 && names.first! != nil
    }

    /// Words for segmentation: split on spaces and after `%`; a bracketed group stays with the word before it.
    private func wordSpans(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int?
        var depth = 0
        for index in range {
            let byte = text[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, byte == 0x20 || byte == 0x09 {
                if let begin = start { spans.append(begin..<index) }
                start = nil
                continue
            }
            if start == nil {
                // A bracket attaches to the word before it: "Cocos Nucifera (Coconut) Oil".
                if byte == UInt8(ascii: "("), let last = spans.popLast() { start = last.lowerBound } else { start = index }
            }
            if byte == UInt8(ascii: "%"), depth == 0 {
                if let begin = start { spans.append(begin..<(index + 1)) }
                start = nil
            }
        }
        if let begin = start { spans.append(begin..<range.upperBound) }
        return spans
    }

    // MARK: Helpers

    private func trim(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func junk(_ byte: UInt8) -> Bool {
            ByteClass.isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        // A no-break space (U+00A0), which text copied off web pages carries after its commas, is a space too.
        func isNoBreakSpace(at index: Int) -> Bool { text[index] == 0xC2 && index + 1 < upper && text[index + 1] == 0xA0 }
        // So are curly quotes (U+2018 to U+201F) around a list given as a page field's value.
        func isCurlyQuote(at index: Int) -> Bool {
            index + 2 < upper && text[index] == 0xE2 && text[index + 1] == 0x80 && (0x98...0x9F).contains(text[index + 2])
        }
        while lower < upper {
            if junk(text[lower]) {
                lower += 1
            } else if isNoBreakSpace(at: lower) {
                lower += 2
            } else if isCurlyQuote(at: lower) {
                lower += 3
            } else {
                break
            }
        }
        // The "and" of a last list item: "Grape, mulberry, and milk enzymes".
        for joiner: StaticString in ["and ", "& "]
            where text.startsLowercased(with: joiner, at: lower) && upper - lower > joiner.utf8CodeUnitCount {
            lower += joiner.utf8CodeUnitCount
        }
        while upper > lower {
            if junk(text[upper - 1]) || text[upper - 1] == UInt8(ascii: ";") {
                upper -= 1
            } else if upper - lower >= 2, isNoBreakSpace(at: upper - 2) {
                upper -= 2
            } else if upper - lower >= 3, isCurlyQuote(at: upper - 3) {
                upper -= 3
            } else {
                break
            }
        }
        // A period that belongs to an abbreviation stays: `Alcohol Denat.`
        if upper < range.upperBound, text[upper] == UInt8(ascii: "."), upper > lower, ByteClass.isASCIILetter(text[upper - 1]) {
            var wordStart = upper
            while wordStart > lower, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
            if phrases.abbreviations.contains(text[wordStart..<upper].map(ByteClass.lowercased)) { upper += 1 }
        }
        return lower..<upper
    }

    private func firstWord(_ text: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        guard let start = range.first(where: { ByteClass.isNameWordByte(text[$0]) }) else { return nil }
        // Runs of letters a word at a time; a hyphen or a non-ASCII byte continues the word.
        var end = start
        while end < range.upperBound {
            end = ByteClass.endOfLetters(in: text, from: end, limit: range.upperBound)
            guard end < range.upperBound, ByteClass.isNameWordByte(text[end]) else { break }
            end += 1
        }
        return start..<end
    }

    /// A section's name as tokens carry it: a kit component's as printed.
    private func name(of section: Section, _ text: [UInt8]) -> String {
        switch section {
        case .declared: declaredSection
        case .mayContain: mayContainSection
        case let .component(label): printed(text, label)
        }
    }

    private func printed(_ text: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }
}
