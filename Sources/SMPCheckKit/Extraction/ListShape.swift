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
                if !inWord { words += 1 }
                inWord = true
                index = ByteClass.endOfLetters(in: text, from: index, limit: range.upperBound)
                continue
            }
            let length = Separator.length(in: text, at: index, limit: range.upperBound)
            if length > 0 {
                endItem()
                words = 0
                inWord = false
                index += length
                continue
            }
            if ByteClass.isWordByte(byte) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
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

    /// Under a heading, one short item is already a list ("Ingredients: Petrolatum").
    var isListWithHeading: Bool {
        items >= 2 ? medianWords <= 6 : items == 1 && medianWords <= 6
    }

    /// Without a heading, the text must look like a list on its own (the checker then also asks that
    /// most of its items be known ingredients).
    var isBareList: Bool { items >= 1 && medianWords <= 5 && longItems * 3 <= items }

    /// A block picked out of surrounding prose must be unmistakable.
    var isStrongBareList: Bool { items >= 5 && medianWords <= 4 && longItems * 4 <= items }
}
