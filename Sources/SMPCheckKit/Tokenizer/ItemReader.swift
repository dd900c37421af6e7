/// Reads list items into tokens: trims each, sets footnotes, claims and prose aside, splits supplier
/// blends (`Water (and) Propanediol`) and hands runs of names printed without separators to the
/// `RunOnSegmenter`. What an item reads as depends only on its bytes, so readings are remembered in
/// the `ReadingCache` and a name met before is read once.
struct ItemReader {
    let list: ListContext
    private let segmenter: RunOnSegmenter

    init(list: ListContext) {
        self.list = list
        segmenter = RunOnSegmenter(list: list)
    }

    /// Appends the tokens of `item` in its section, and what it set aside; `fragments` holds the
    /// pieces of cut names the splitter rejoined.
    func appendTokens(
        of item: ListItem, fragments: [Range<Int>], to tokens: inout [Token], skipped: inout [SkippedText]
    ) {
        guard item.pieces.isEmpty else {
            appendRejoined(item, pieces: fragments[item.pieces], to: &tokens, skipped: &skipped)
            return
        }
        let bytes = list.text[item.range]
        // Not `??` with a closure: the closure took a copy of the reader, and with it of the list, per item.
        let reading: ItemReading
        if let remembered = list.cache.reading(of: bytes, runsOfNames: list.runsOfNames) {
            reading = remembered
        } else {
            var found: [Token] = []
            var set: [SkippedText] = []
            read(item.range, to: &found, skipped: &set)
            reading = ItemReading(tokens: found, skipped: set, itemStart: item.range.lowerBound)
            list.cache.remember(reading, for: bytes, runsOfNames: list.runsOfNames)
        }
        reading.append(
            to: &tokens, skipped: &skipped, itemStart: item.range.lowerBound, section: list.name(of: item.section))
    }

    /// Reads one item: trims it, sets footnotes, claims and prose aside, splits supplier blends and
    /// run-together names. Tokens come out in `declared`; the caller places them in their section.
    private func read(_ item: Range<Int>, to tokens: inout [Token], skipped: inout [SkippedText]) {
        let text = list.text
        let range = withoutTrailingFootnote(list.trim(item), skipped: &skipped)
        guard !range.isEmpty else { return }
        let words = ItemWords(text, CollectionOfOne(range), words: list.phrases.words)
        if let reason = skipReason(words, whole: range) {
            if reason == .claim, let name = nameBeforeClaim(in: range) {
                skipped.append(
                    SkippedText(text: list.printed(list.trim(name.upperBound..<range.upperBound)), reason: .claim))
                read(name, to: &tokens, skipped: &skipped)
                return
            }
            if reason == .prose, words.functionWords > 0, let name = nameBeforeProse(in: range) {
                skipped.append(
                    SkippedText(text: list.printed(list.trim(name.upperBound..<range.upperBound)), reason: .prose))
                read(name, to: &tokens, skipped: &skipped)
                return
            }
            // A long run with no sentence word may be a whole list printed with spaces only.
            if reason == .prose, words.functionWords == 0, let segments = segmenter.runOnList(range) {
                append(segments, isBlendPart: false, to: &tokens)
            } else {
                skipped.append(SkippedText(text: list.printed(range), reason: reason))
            }
            return
        }
        if isCode(range) {
            skipped.append(SkippedText(text: list.printed(range), reason: .code))
            return
        }
        var mayBeFootnote = false
        if startsWithFootnoteMark(range) {
            // "*Certified organic" and "**Fragrances of Natural Origin" explain a mark; "*CO Prunus Armeniaca
            // Fruit Extract" and "*Organic Aloe Vera" are ingredients.
            let explains = words.hasFootnoteWord && words.functionWords > 0
            let known = !explains && list.recognizer.recognizes(list.key(range))
            if explains || !known && words.hasFootnoteWord {
                skipped.append(SkippedText(text: list.printed(range), reason: .footnote))
                return
            }
            mayBeFootnote = !known
        }
        let parts = blendParts(range)
        for part in parts {
            let key = list.key(part)
            guard key.utf8.contains(where: { ByteClass.isASCIILetter($0) || $0 >= 0x80 }) else { continue }
            let match = list.recognizer.knownMatch(key)
            if let segments = segmenter.names(in: part, key: key, match: match) {
                append(segments, isBlendPart: parts.count > 1, to: &tokens)
                continue
            }
            tokens.append(
                Token(
                    printed: list.printed(part), key: key, section: ListSection.declared, range: part,
                    isBlendPart: parts.count > 1, mayBeFootnote: mayBeFootnote, match: match))
        }
    }

    private func append(_ segments: [NameSegment], isBlendPart: Bool, to tokens: inout [Token]) {
        for segment in segments {
            // Words are split on ASCII spaces only: a list padded with no-break spaces, or with dashes
            // between its names, leaves them on the names' edges.
            let range = list.trim(segment.range)
            tokens.append(
                Token(
                    printed: list.printed(range), key: segment.key, section: ListSection.declared,
                    range: range, isBlendPart: isBlendPart, match: segment.match))
        }
    }

    /// A name that a stray separator cut into pieces, put back together as one token.
    private func appendRejoined(
        _ item: ListItem, pieces: ArraySlice<Range<Int>>, to tokens: inout [Token], skipped: inout [SkippedText]
    ) {
        let text = list.text
        var ranges = ([item.range] + pieces).map { list.trim($0) }.filter { !$0.isEmpty }
        guard let last = ranges.last else { return }
        ranges[ranges.count - 1] = withoutTrailingFootnote(last, skipped: &skipped)
        ranges.removeAll { $0.isEmpty }
        guard ranges.count > 1 else {
            if let range = ranges.first {
                appendTokens(
                    of: ListItem(range: range, section: item.section), fragments: [], to: &tokens, skipped: &skipped)
            }
            return
        }
        let whole = ranges[0].lowerBound..<ranges[ranges.count - 1].upperBound
        if let reason = skipReason(ItemWords(text, ranges, words: list.phrases.words), whole: whole) {
            skipped.append(SkippedText(text: list.printed(whole), reason: reason))
            return
        }
        let bytes = Array(ranges.map { text[$0] }.joined(separator: [0x20]))
        let key = list.normalizer.key(bytes)
        tokens.append(
            Token(
                printed: String(decoding: bytes, as: UTF8.self), key: key, section: list.name(of: item.section),
                range: whole, isBlendPart: false, match: list.recognizer.knownMatch(key)))
    }

    /// Why an item is not an ingredient, if it is not: it talks about ingredients (a footnote),
    /// opens with a remark, makes a claim, or reads as a sentence. A name glossed with its translations
    /// after slashes (`Saccharum Officinarum Extract/Extrait De Canne a Sucre`) is a name, not a sentence.
    private func skipReason(_ words: ItemWords, whole: Range<Int>) -> SkippedText.Reason? {
        if words.mentionsIngredients { return .footnote }
        if opensWithRemark(whole) { return .prose }
        if words.isClaim || hasZeroPercent(whole) { return .claim }
        if isProse(words, blendJoins: blendJoinCount(in: whole)), !opensWithKnownAlias(whole) { return .prose }
        return nil
    }

    /// Whether the text before the first slash outside brackets is a name the lexicon knows.
    private func opensWithKnownAlias(_ range: Range<Int>) -> Bool {
        var depth = 0
        for index in range {
            switch list.text[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: "/") where depth == 0:
                let first = list.trim(range.lowerBound..<index)
                return !first.isEmpty && list.recognizer.knownMatch(list.key(first)).map { !$0.isByPart } == true
            default: continue
            }
        }
        return false
    }

    /// `Benzyl Alcohol Product information may change`: the last name of a list with a sentence run on
    /// after it, where no separator ends the list. The longest run of up to eight opening words that is
    /// a known name, when what follows it reads as a sentence of three words or more.
    private func nameBeforeProse(in range: Range<Int>) -> Range<Int>? {
        let spans = list.wordSpans(in: range)
        guard spans.count >= 4 else { return nil }
        for count in stride(from: min(8, spans.count - 3), through: 1, by: -1) {
            let name = range.lowerBound..<spans[count - 1].upperBound
            let rest = spans[count].lowerBound..<range.upperBound
            guard ItemWords(list.text, CollectionOfOne(rest), words: list.phrases.words).functionWords > 0,
                let match = list.recognizer.knownMatch(list.key(name)), !match.isByPart,
                match.kind == .exact || match.kind == .synonym
            else { continue }
            return name
        }
        return nil
    }

    /// `[PR-018116]`, `[BI 722]`, `F.I.L. D12345/1`: a product or formula code, not a name. At most four
    /// words, no lower-case letter, three digits in a row or more, fewer letters than digits and six at
    /// most, and found nowhere (`CI 77491` and `PEG-100 STEARATE` are names).
    private func isCode(_ range: Range<Int>) -> Bool {
        var letters = 0
        var digits = 0
        var run = 0
        var longestRun = 0
        var words = 1
        for byte in list.text[range] {
            if ByteClass.isDigit(byte) {
                digits += 1
                run += 1
                longestRun = max(longestRun, run)
                continue
            }
            run = 0
            if byte == 0x20 { words += 1 }
            if ByteClass.isASCIILetter(byte) {
                guard ByteClass.isUppercaseASCIILetter(byte) else { return false }
                letters += 1
            } else if byte >= 0x80 {
                return false
            }
        }
        guard longestRun >= 3, words <= 4, letters <= 6, letters < digits else { return false }
        // A code's brackets are its own (`[BI 722]`, or one a scraper left open: `(F.I.L.Z295496/1`);
        // `CI 77499]` closes a bracket opened before it, around a shade block.
        let printed = list.text[range]
        guard printed.count(where: { $0 == UInt8(ascii: "]") }) <= printed.count(where: { $0 == UInt8(ascii: "[") }),
            printed.count(where: { $0 == UInt8(ascii: ")") }) <= printed.count(where: { $0 == UInt8(ascii: "(") })
        else { return false }
        return !list.recognizer.recognizes(list.key(range))
    }

    /// `0% Alcohol`, `Parabens 0.0%`: a zero amount says the product has none of it.
    private func hasZeroPercent(_ range: Range<Int>) -> Bool {
        let text = list.text
        var from = range.lowerBound
        while let percent = ByteSearch.firstIndex(of: UInt8(ascii: "%"), in: text, from..<range.upperBound) {
            var start = percent
            while start > range.lowerBound, text[start - 1] == 0x20 { start -= 1 }
            let end = start
            while start > range.lowerBound, text[start - 1] == UInt8(ascii: "0") || text[start - 1] == UInt8(ascii: ".")
            {
                start -= 1
            }
            let isNumberStart =
                start == range.lowerBound
                || !(ByteClass.isDigit(text[start - 1]) || text[start - 1] == UInt8(ascii: ","))
            if start < end, text[start..<end].contains(UInt8(ascii: "0")), isNumberStart { return true }
            from = percent + 1
        }
        return false
    }

    /// `fragrance phthalate free`, `Fragrance (Phthalate Free)`: a known name with a claim printed after
    /// it is that name (the claim is set aside). `Sodium Lauryl Sulfate Free` stays a claim: `Sodium
    /// Lauryl` is no name; so does `Alcohol/Fragrance Free`, whose name is joined to what it frees.
    private func nameBeforeClaim(in range: Range<Int>) -> Range<Int>? {
        guard let start = ItemWords.trailingClaimStart(list.text, range, words: list.phrases.words) else { return nil }
        let name = list.trim(range.lowerBound..<start)
        guard let last = name.last, !Self.isClaimJoiner(list.text[last]), !endsWithJoinerWord(name),
            list.recognizer.knownMatch(list.key(name)) != nil
        else { return nil }
        return name
    }

    /// What joins a name to the others a claim frees (`Alcohol/Fragrance Free`, `SLS & Paraben Free`).
    private static func isClaimJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "+")
    }

    /// Whether `range` ends with the word `and` or `or`.
    private func endsWithJoinerWord(_ range: Range<Int>) -> Bool {
        for word: StaticString in [" and", " or"]
        where range.count > word.utf8CodeUnitCount
            && list.text.startsLowercased(with: word, at: range.upperBound - word.utf8CodeUnitCount)
        {
            return true
        }
        return false
    }

    private func blendJoinCount(in range: Range<Int>) -> Int {
        var count = 0
        for index in range
        where list.text[index] == UInt8(ascii: "(") && blendClose(open: index, limit: range.upperBound) != nil {
            count += 1
        }
        return count
    }

    /// `(Made in Canada)`, `Directions: ...`: an item that opens with a terminator phrase is a remark.
    private func opensWithRemark(_ range: Range<Int>) -> Bool {
        let text = list.text
        var start = range.lowerBound
        while start < range.upperBound, text[start] == UInt8(ascii: "(") || text[start] == 0x20 { start += 1 }
        guard start < range.upperBound else { return false }
        return list.phrases.remarkMatcher.hit(in: text, at: start, limit: range.upperBound) != nil
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

    // MARK: Footnotes

    /// `range` without a footnote written after its last name (`Phenoxyethanol * Essential Oil`),
    /// which is set aside as skipped; empty when nothing is left.
    private func withoutTrailingFootnote(_ range: Range<Int>, skipped: inout [SkippedText]) -> Range<Int> {
        guard !range.isEmpty, let cut = footnoteStart(in: range) else { return range }
        skipped.append(SkippedText(text: list.printed(cut..<range.upperBound), reason: .footnote))
        return list.trim(range.lowerBound..<cut)
    }

    /// Where a footnote starts inside an item: a mark after a space, followed by words.
    private func footnoteStart(in range: Range<Int>) -> Int? {
        let text = list.text
        var index = range.lowerBound + 1
        while index < range.upperBound - 1 {
            if text[index - 1] == 0x20, isFootnoteMark(at: index) {
                var next = index
                while next < range.upperBound, isFootnoteMark(at: next) || text[next] == 0x20 {
                    next += ByteClass.sequenceLength(text[next])
                }
                if next < range.upperBound, ByteClass.isASCIILetter(text[next]) { return index }
            }
            index += 1
        }
        return nil
    }

    private func isFootnoteMark(at index: Int) -> Bool {
        let text = list.text
        return text[index] == UInt8(ascii: "*") || text.starts(with: [0xE2, 0x80, 0xA0], at: index)
            || text.starts(with: [0xE2, 0x80, 0xA1], at: index)
    }

    /// A mark opening the item, after any opening bracket (`(*Plant Derived)`).
    private func startsWithFootnoteMark(_ range: Range<Int>) -> Bool {
        let text = list.text
        var start = range.lowerBound
        while start + 1 < range.upperBound, text[start] == UInt8(ascii: "(") || text[start] == UInt8(ascii: "[") {
            start += 1
        }
        let first = text[start]
        if first == UInt8(ascii: "*") || first == UInt8(ascii: "+") || first == UInt8(ascii: "^") { return true }
        return text.starts(with: [0xE2, 0x80, 0xA0], at: start) || text.starts(with: [0xE2, 0x80, 0xA1], at: start)
            || text.starts(with: [0xC2, 0xB0], at: start) || text.starts(with: [0xC2, 0xB9], at: start)
    }

    // MARK: Blends

    /// Splits `Water (and) Propanediol (and) Lecithin`, and pairs joined in words outside brackets
    /// (`Disodium EDTA & Allantoin`, `Cetearyl Alcohol and Ceteareth-20`).
    private func blendParts(_ range: Range<Int>) -> [Range<Int>] {
        let text = list.text
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        var depth = 0
        func cut(_ end: Int, resume: Int) {
            let part = list.trim(start..<end)
            if !part.isEmpty { parts.append(part) }
            start = resume
            index = resume
        }
        while index < range.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "("), let close = blendClose(open: index, limit: range.upperBound) {
                cut(index, resume: close + 1)
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, byte == 0x20, let resume = joinWordEnd(space: index, limit: range.upperBound) {
                cut(index, resume: resume)
                continue
            }
            index += 1
        }
        guard !parts.isEmpty else { return [range] }
        let last = list.trim(start..<range.upperBound)
        if !last.isEmpty { parts.append(last) }
        return parts
    }

    /// ` and ` or ` & ` between two names: the index after it, or nil.
    private func joinWordEnd(space: Int, limit: Int) -> Int? {
        for word: StaticString in [" and ", " & "] where list.text.startsLowercased(with: word, at: space) {
            let end = space + word.utf8CodeUnitCount
            return end < limit ? end : nil
        }
        return nil
    }

    /// The `)` of a blend's `(and)`, `(et)` or `(und)` opened at `open`, or nil.
    private func blendClose(open: Int, limit: Int) -> Int? {
        let text = list.text
        var index = open + 1
        while index < limit, text[index] == 0x20 { index += 1 }
        var word: [UInt8] = []
        while index < limit, ByteClass.isASCIILetter(text[index]), word.count < 4 {
            word.append(ByteClass.lowercased(text[index]))
            index += 1
        }
        while index < limit, text[index] == 0x20 { index += 1 }
        guard index < limit, text[index] == UInt8(ascii: ")"), list.phrases.blendWords.contains(word) else {
            return nil
        }
        return index
    }
}
