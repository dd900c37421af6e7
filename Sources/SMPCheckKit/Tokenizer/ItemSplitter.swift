/// Cuts a panel into list items: at separators outside paired brackets, at periods that end an item,
/// at may-contain markers (which open the shade block's section) and at kit component headings. A
/// free-from claim or a list of what the product leaves out is set aside to its sentence's end.
struct ItemSplitter {
    let list: ListContext

    /// Appends the items of `range`, a part of the panel, to `items`; claims go to `skipped`.
    func split(
        _ range: Range<Int>, structure: [PhraseMatcher.Hit], into items: inout [ListItem], skipped: inout [SkippedText]
    ) {
        let text = list.text
        let hits = structure.filter { hit in
            range.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= range.upperBound
                && LabelPhrases.itemKinds.contains(hit.kind)
                && (hit.kind != .mayContain || !isTolerance(hit, limit: range.upperBound))
        }
        let brackets = BracketMap(
            text, range, shadeBlockStarts: Set(hits.filter { $0.kind == .mayContain }.map(\.range.lowerBound)))
        var hitIndex = 0
        var depth = 0
        var itemStart = range.lowerBound
        var section = ListItem.Section.declared
        var label: Range<Int>?
        var index = range.lowerBound

        func flush(_ end: Int) {
            if itemStart < end { items.append(ListItem(range: itemStart..<end, section: section, label: label)) }
        }

        while index < range.upperBound {
            while hitIndex < hits.count, hits[hitIndex].range.lowerBound < index { hitIndex += 1 }
            let nextHit = hitIndex < hits.count ? hits[hitIndex].range.lowerBound : range.upperBound
            if index < nextHit, ByteClass.isASCIILetter(text[index]) {
                // Letters never split, nest or end an item: most of a list is skipped here.
                index = ByteClass.endOfLetters(in: text, from: index, limit: nextHit)
                continue
            }
            if nextHit == index, depth == 0,
                hits[hitIndex].kind != .leftOut || opensLeftOutList(hits[hitIndex], itemStart: itemStart)
            {
                let hit = hits[hitIndex]
                hitIndex += 1
                if hit.kind == .mayContain {
                    flush(index)
                    section = .mayContain
                    index = skipPunctuation(from: hit.range.upperBound, limit: range.upperBound)
                } else {
                    // A free-from claim, or a list of what is left out, runs from its item's start to the end of its sentence.
                    let end = sentenceEnd(from: hit.range.upperBound, limit: range.upperBound)
                    skipped.append(SkippedText(text: list.printed(list.trim(itemStart..<end)), reason: .claim))
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
                if brackets.transparent.contains(index), depth == 0 {
                    // The shade block's closing bracket ends its last item, and the block.
                    flush(index)
                    itemStart = index + 1
                    if section == .mayContain { section = .declared }
                } else if brackets.paired.contains(index), !brackets.transparent.contains(index), depth > 0 {
                    depth -= 1
                }
            case UInt8(ascii: ":") where depth == 0:
                if let candidate = componentLabel(in: itemStart..<index) {
                    // A new component starts: its own list, after any shade block of the previous one.
                    label = candidate
                    section = .declared
                    itemStart = index + 1
                }
            case UInt8(ascii: ".") where depth == 0:
                if endsItem(at: index, in: range) {
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
    private func opensLeftOutList(_ hit: PhraseMatcher.Hit, itemStart: Int) -> Bool {
        let text = list.text
        let after = hit.range.upperBound
        return after + 1 < text.count && text[after] == 0x20 && ByteClass.isASCIILetter(text[after + 1])
            && text[itemStart..<hit.range.lowerBound].allSatisfy(ByteClass.isSpace)
    }

    /// `Glycerin +/- 0.5%` is a tolerance, not a shade block.
    private func isTolerance(_ hit: PhraseMatcher.Hit, limit: Int) -> Bool {
        let text = list.text
        guard text[hit.range.lowerBound] == UInt8(ascii: "+") else { return false }
        var index = hit.range.upperBound
        while index < limit, text[index] == 0x20 { index += 1 }
        return index < limit && ByteClass.isDigit(text[index])
    }

    private func skipPunctuation(from start: Int, limit: Int) -> Int {
        let text = list.text
        var index = start
        while index < limit,
            ByteClass.isSpace(text[index]) || text[index] == UInt8(ascii: ":") || text[index] == UInt8(ascii: ")")
                || text[index] == UInt8(ascii: "-")
        {
            index += 1
        }
        return index
    }

    private func sentenceEnd(from start: Int, limit: Int) -> Int {
        let text = list.text
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
    private func endsItem(at index: Int, in range: Range<Int>) -> Bool {
        let text = list.text
        let next = index + 1
        guard next >= range.upperBound || ByteClass.isSpace(text[next]) else { return false }
        var wordStart = index
        while wordStart > range.lowerBound, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
        let word = text[wordStart..<index].map(ByteClass.lowercased)
        if word.count == 1 { return false }
        if wordStart > range.lowerBound, text[wordStart - 1] == UInt8(ascii: ".") { return false } // F.I.L.
        return !list.phrases.abbreviations.contains(word)
    }

    /// A kit component heading before a colon: a short title (`Jelly Cleanser`, `Day Serum`), not a
    /// list heading the locator already consumed, not a number.
    private func componentLabel(in range: Range<Int>) -> Range<Int>? {
        let text = list.text
        let trimmed = list.trim(range)
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        let words = text[trimmed].split(separator: 0x20).count
        guard words <= 6, ByteClass.isASCIILetter(text[trimmed.lowerBound]) || text[trimmed.lowerBound] >= 0x80 else {
            return nil
        }
        return trimmed
    }

    /// Kit components become sections only when at least two of them are labelled; a lone label is
    /// more likely a stray heading ("Ingredients Ingredients:") than a kit.
    func applyComponentLabels(to items: inout [ListItem]) {
        var labels: [Range<Int>] = []
        for item in items { if let label = item.label, labels.last != label { labels.append(label) } }
        guard labels.count >= 2 else { return }
        for index in items.indices where items[index].section == .declared {
            if let label = items[index].label { items[index].section = .component(label) }
        }
    }

    /// Rejoins pieces of one name that a stray separator cut apart: an item that opens with a bracket
    /// (`Vaccinium Myrtillus, (Bilberry) Extract`) or with a word no name starts with (`| oil`).
    func rejoinFragments(of items: inout [ListItem], into fragments: inout [Range<Int>]) {
        // In place, by index: most lists have no fragment, and then no item is copied or moved.
        var kept = 0
        for index in items.indices {
            let range = list.trim(items[index].range)
            if kept > 0, items[kept - 1].section == items[index].section, !range.isEmpty, isFragment(range) {
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

    private func isFragment(_ range: Range<Int>) -> Bool {
        let text = list.text
        // Only a comma cuts a name by mistake; after a period, "(Made in USA)" starts something new.
        var before = range.lowerBound - 1
        while before >= 0, ByteClass.isSpace(text[before]) { before -= 1 }
        guard before >= 0, text[before] == UInt8(ascii: ",") || text[before] == UInt8(ascii: "|") else { return false }
        guard text[range.lowerBound] == UInt8(ascii: "(") else { return isPartOfName(range) }
        // `(Bilberry) Extract` finishes the name before it; `(Aqua) Water` and `(Mel) Honey` are names of
        // their own that open with their gloss.
        guard let close = text[range].firstIndex(of: UInt8(ascii: ")")) else { return true }
        let rest = list.trim(close + 1..<range.upperBound)
        return rest.isEmpty || isPartOfName(rest)
    }

    /// `Oil`, `Seed Extract`: at most three words, the first a word no name starts with.
    private func isPartOfName(_ range: Range<Int>) -> Bool {
        let text = list.text
        guard let first = list.firstWord(in: range), list.phrases.words.partWords.contains(text, first) else {
            return false
        }
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
}
