/// A cheap measure of how much a stretch of text reads like an ingredient list: how many
/// separated items it has and how many words a typical item holds.
struct ListShape: Sendable {
    private(set) var items = 0
    private(set) var medianWords = 0
    private(set) var longItems = 0

    init(_ text: [UInt8], _ range: Range<Int>) {
        // Words per item as a histogram (the last slot holds every count from 31 up): the median
        // needs no list of items and no sort.
        var histogram = (0..<32).map { _ in 0 }
        var words = 0
        var inWord = false
        // Words in brackets are not counted: `Kaolin (absorbent - clay)` is one name with a gloss.
        var depth = 0
        func endItem() {
            guard words > 0 else { return }
            histogram[min(words, 31)] += 1
            items += 1
            if words > 8 { longItems += 1 }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if ByteClass.isASCIILetter(byte) {
                // Letters never separate: the rest of a run of them is skipped in one loop.
                if !inWord, depth == 0 { words += 1 }
                inWord = true
                index = ByteClass.endOfLetters(in: text, from: index, limit: range.upperBound)
                continue
            }
            let length =
                byte == UInt8(ascii: ".")
                ? (Self.separatesCapitalNames(text, index, range) ? 1 : 0)
                : Separator.length(in: text, at: index, limit: range.upperBound)
            if length > 0 {
                endItem()
                words = 0
                depth = 0
                inWord = false
                index += length
                continue
            }
            if ByteClass.isWordByte(byte) {
                // Digits continue a word but start none: `15.0% w/w` and `PEG-100` add no word to a name.
                let isDigit = ByteClass.isDigit(byte)
                if !inWord, depth == 0, !isDigit { words += 1 }
                inWord = inWord || !isDigit
            } else {
                inWord = false
                if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth = max(0, depth - 1)
                }
            }
            index += 1
        }
        endItem()
        // The element at index items / 2 of the sorted word counts.
        var seen = 0
        for (count, frequency) in histogram.enumerated() where frequency > 0 {
            seen += frequency
            if seen > items / 2 {
                medianWords = count
                break
            }
        }
    }

    /// `GLYCERIN. PENTYLENE GLYCOL. 1,2-HEXANEDIOL.`, `AQUA / WATER . DIPROPYLENE GLYCOL`: between two
    /// names in capitals a period ends an item, as the tokenizer reads it. Prose goes on in small
    /// letters on one side or the other (`contour. ALFA`, `Renews. Soothes`, `No. 1`), so its
    /// sentences do not become short items.
    private static func separatesCapitalNames(_ text: [UInt8], _ period: Int, _ range: Range<Int>) -> Bool {
        var next = period + 1
        while next < range.upperBound, text[next] == 0x20 { next += 1 }
        guard next > period + 1, next + 1 < range.upperBound else { return false }
        let opensName =
            (ByteClass.isUppercaseASCIILetter(text[next]) && ByteClass.isUppercaseASCIILetter(text[next + 1]))
            || (ByteClass.isDigit(text[next])
                && (text[next + 1] == UInt8(ascii: ",") || text[next + 1] == UInt8(ascii: "-")))
        guard opensName else { return false }
        // The last letter before it, past a closing bracket, a mark or a space: `(AVENE AQUA).`, `WATER .`
        var before = period - 1
        while before >= range.lowerBound, period - before <= 3, !ByteClass.isASCIILetter(text[before]) { before -= 1 }
        return before >= range.lowerBound && ByteClass.isUppercaseASCIILetter(text[before])
    }

    /// Under a heading, one short item is already a list ("Ingredients: Petrolatum").
    var isListWithHeading: Bool {
        items >= 2 ? medianWords <= 6 : items == 1 && medianWords <= 6
    }

    /// One or two long items, or more items than that too long for a bare list: perhaps a list printed
    /// with spaces only, or with commas only between a Latin name and its common name (`Oenothera
    /// Biennis Oil, Evening Primrose Oil Simmondsia Chinensis Oil, Jojoba Seed Oil Tocopherol`), which
    /// only the tokenizer, knowing the names, can tell from a sentence.
    var mayBeRunOnList: Bool { items <= 2 ? longItems >= 1 : !isBareList }

    /// Without a heading, the text must look like a list on its own (the checker then also asks that
    /// most of its items be known ingredients).
    var isBareList: Bool { items >= 1 && medianWords <= 5 && longItems * 3 <= items }

    /// A block picked out of surrounding prose must be unmistakable.
    var isStrongBareList: Bool { items >= 5 && medianWords <= 4 && longItems * 4 <= items }
}
