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
        guard let name else {
            self = .unknown
            return
        }
        let words = name.lowercased().split { !$0.isLetter }.map { Array($0.utf8) }
        isExfoliating = words.contains(where: phrases.exfoliatingWords.contains)
    }

    /// The name for reports: `exfoliating`, or nil when the name says nothing the lists depend on.
    var label: String? { isExfoliating ? "exfoliating" : nil }
}
