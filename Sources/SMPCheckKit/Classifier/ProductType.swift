/// What a product is, as far as its name says: a page's title or heading, a catalog's Title or Type
/// column, or what the caller passes. A scrub's list reads otherwise than a cream's: its grit and acids
/// are there to exfoliate.
public struct ProductType: Sendable, Equatable {
    /// A scrub, polish, peel or exfoliating product (`exfoliating-product` words of label-phrases.tsv):
    /// grit candidates and acids in the upper two thirds of its list are read as the exfoliants they are.
    public var isExfoliating: Bool

    public static let unknown = ProductType(isExfoliating: false)

    public init(isExfoliating: Bool) {
        self.isExfoliating = isExfoliating
    }

    /// The type a product's name shows, by its words.
    init(name: String?, phrases: LabelPhrases) {
        isExfoliating = name.map { ProductType.hasWord(of: phrases.exfoliatingWords, in: Array($0.utf8)) } ?? false
    }

    /// Whether a word of `text` (runs of letters; any byte past ASCII counts as one) is in `words`.
    /// Read off the bytes: a catalog names every record's product.
    static func hasWord(of words: WordSet, in text: [UInt8]) -> Bool {
        var start: Int?
        for index in 0...text.count {
            if index < text.count, ByteClass.isASCIILetter(text[index]) || text[index] >= 0x80 {
                if start == nil { start = index }
            } else if let begin = start {
                if words.contains(text, begin..<index) { return true }
                start = nil
            }
        }
        return false
    }

    /// The name for reports: `exfoliating`, or nil when the name says nothing the lists depend on.
    var label: String? { isExfoliating ? "exfoliating" : nil }
}
