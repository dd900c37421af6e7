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

    init(_ text: [UInt8], _ ranges: some Sequence<Range<Int>>) {
        var previousIsFree = false
        for range in ranges {
            slashes += text[range].count(where: { $0 == UInt8(ascii: "/") })
            Self.forEachWord(text, range) { word in
                add(text, word, previousIsFree: &previousIsFree)
                return true
            }
        }
        if previousIsFree { isClaim = true }
    }

    /// Calls `body` with each word of `range` in turn, until it returns false; whether it returned false.
    @discardableResult
    private static func forEachWord(_ text: [UInt8], _ range: Range<Int>, _ body: (Range<Int>) -> Bool) -> Bool {
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

    private mutating func add(_ text: [UInt8], _ word: Range<Int>, previousIsFree: inout Bool) {
        count += 1
        let flags = Self.lists.flags(text, word)
        if flags & Self.function != 0 { functionWords += 1 }
        if flags & Self.ingredient != 0 { mentionsIngredients = true }
        if flags & Self.footnote != 0 { hasFootnoteWord = true }
        if previousIsFree, flags & Self.claimContinuation != 0 { isClaim = true }
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
    static func trailingClaimStart(_ text: [UInt8], _ range: Range<Int>) -> Int? {
        guard let end = range.last else { return nil }
        if text[end] == UInt8(ascii: ")") || text[end] == UInt8(ascii: "]") {
            let open = text[range.dropLast()].lastIndex { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }
            return open.flatMap { ItemWords(text, CollectionOfOne(($0 + 1)..<end)).isClaim ? $0 : nil }
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

    // MARK: Word lists

    /// The lists below in one table, so each word of an item is looked up once.
    private static let function: UInt8 = 1, ingredient: UInt8 = 2, claimContinuation: UInt8 = 4, footnote: UInt8 = 8
    private static let lists = WordSet(
        flagged: functionWords.map { ($0, function) }
            + ingredientWords.map { ($0, ingredient) } + claimContinuations.map { ($0, claimContinuation) }
            + footnoteWords.map { ($0, footnote) })

    /// Whether the word `text[range]` is a sentence word (`the`, `with`, `helps`, ...).
    static func isFunctionWord(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        lists.flags(text, range) & function != 0
    }

    /// Whether any word of `range` is a sentence word: it stops at the first, which in prose comes
    /// within a few words, where counting them all reads to the end of a long description.
    static func hasFunctionWord(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        !forEachWord(text, range) { !isFunctionWord(text, $0) }
    }

    /// Sentence words: an item full of them is prose, not a name.
    private static let functionWords = [
        "the", "and", "with", "for", "your", "you", "is", "are", "to", "of", "in", "our", "this", "that", "it", "its",
        "from", "on", "by", "as", "be", "can", "will", "may", "skin", "hair", "product", "use", "helps", "which", "all",
        "not", "we", "a", "an", "has", "have", "made", "formula", "these", "contains",
    ]

    /// Words that cannot start an ingredient name, so an item that starts with one is the tail of
    /// the previous name cut off by a stray separator: `Cocos Nucifera (Coconut) | Oil`.
    static let headNouns = WordSet([
        "oil", "oils", "seed", "extract", "butter", "powder", "wax", "kernel", "bark", "leaf", "root", "fruit",
        "absolute",
        "flower",
    ])

    /// Cations that open a salt's name and never end one: `Sodium, Chloride` is a name cut in two.
    static let cations = WordSet([
        "sodium", "disodium", "trisodium", "tetrasodium", "potassium", "dipotassium", "tripotassium", "ammonium",
        "calcium", "magnesium",
    ])

    /// No ingredient name holds the word "ingredient": "Organic Ingredients*", "*Ingredients from organic farming".
    private static let ingredientWords = ["ingredient", "ingredients"]

    /// Words after "free" that make it a claim ("free from parabens") rather than part of a name.
    private static let claimContinuations = ["from", "of", "formula"]

    /// Words of footnote sentences that explain a label's marks.
    private static let footnoteWords = [
        "organic", "organically", "certified", "natural", "naturally", "origin", "derived", "grown", "farming", "fair",
        "trade", "essential", "formula", "from", "extracted", "wild", "harvested", "biodynamic", "ecocert", "cosmos",
        "vegan", "plant-based", "sourced",
    ]
}
