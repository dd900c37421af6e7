/// A stretch of label text to search for the ingredient list, and where it came from.
struct TextSource: Sendable {
    /// Where in the input the text came from, for the report: `json-ld`, `itemprop=ingredients`,
    /// `element #ingredients`, `page`, `text`.
    var origin: String
    var bytes: [UInt8]
    /// Whether the text came from markup (bare lists then need stronger evidence).
    var isHTML: Bool
    /// The product's name, where the page shows one (its title or first heading).
    var productName: String? = nil
    /// What was repaired in the input before any source was read from it (the same for every source).
    var repairs = TextRepairs()
}
