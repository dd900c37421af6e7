/// What the tokenizer needs to know about the words of one list item, found in a single pass over
/// its bytes without building a word list: how many words, how many are sentence words, and whether
/// it reads as a claim, a footnote or a remark about ingredients.
///
/// A word is a run of ASCII letters, hyphens and non-ASCII bytes.
struct ItemWords {
    private(set) var count = 0
    private(set) var functionWords = 0
    private(set) var mentionsIngredients = false
    private(set) var hasFootnoteWord = false
    /// "Sulfate-free", "free from parabens": a `free` word that ends the item or is followed by from/of/formula.
    private(set) var isClaim = false
    /// Slashes between words: monomer and ferment names join a dozen words with them.
    private(set) var slashes = 0

    init(_ text: [UInt8], _ ranges: some Sequence<Range<Int>>, words: LabelWords) {
        var previousIsFree = false
        for range in ranges {
            slashes += text[range].count(where: { $0 == UInt8(ascii: "/") })
            Self.forEachWord(text, range) { word in
                add(text, word, flags: words.flags(text, word), previousIsFree: &previousIsFree)
                return true
            }
        }
        if previousIsFree { isClaim = true }
    }

    /// Calls `body` with each word of `range` in turn, until it returns false; whether it returned false.
    @discardableResult
    static func forEachWord(_ text: [UInt8], _ range: Range<Int>, _ body: (Range<Int>) -> Bool) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard ByteClass.isNameWordByte(text[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, ByteClass.isNameWordByte(text[end]) { end += 1 }
            guard body(index..<end) else { return false }
            index = end
        }
        return true
    }

    private mutating func add(_ text: [UInt8], _ word: Range<Int>, flags: UInt8, previousIsFree: inout Bool) {
        count += 1
        if flags & LabelWords.sentence != 0 { functionWords += 1 }
        if flags & LabelWords.ingredient != 0 { mentionsIngredients = true }
        if flags & LabelWords.footnote != 0 { hasFootnoteWord = true }
        if previousIsFree, flags & LabelWords.claimContinuation != 0 { isClaim = true }
        previousIsFree = Self.isFreeWord(text, word)
    }

    /// `free`, `sulfate-free`, `fragrancefree`; not short words that merely end in it (`carefree`).
    private static func isFreeWord(_ text: [UInt8], _ word: Range<Int>) -> Bool {
        guard word.count >= 4, text.startsLowercased(with: "free", at: word.upperBound - 4) else { return false }
        return word.count == 4 || text[word.upperBound - 5] == UInt8(ascii: "-") || word.count > 8
    }

    /// Where a claim printed after a name starts: `fragrance phthalate free`, `Sulfur sulfate-free`,
    /// `Fragrance (Phthalate Free)`, `Parfum (free from phthalates)`. Nil when the item does not end with
    /// one; the start may be the item's own (the whole item is the claim).
    static func trailingClaimStart(_ text: [UInt8], _ range: Range<Int>, words: LabelWords) -> Int? {
        guard let end = range.last else { return nil }
        if text[end] == UInt8(ascii: ")") || text[end] == UInt8(ascii: "]") {
            let open = text[range.dropLast()].lastIndex { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }
            return open.flatMap { ItemWords(text, CollectionOfOne(($0 + 1)..<end), words: words).isClaim ? $0 : nil }
        }
        var last: Range<Int>?
        var previous: Range<Int>?
        forEachWord(text, range) { word in
            // A lone dash is no word: `Alcohol - Free` is `Alcohol-free`.
            if !text[word].allSatisfy({ $0 == UInt8(ascii: "-") }) { (previous, last) = (last, word) }
            return true
        }
        guard let last, isFreeWord(text, last) else { return nil }
        // A bare `free` frees what comes before it: `phthalate free`.
        return last.count == 4 ? previous?.lowerBound : last.lowerBound
    }
}
