/// The column and field names that say where a catalog keeps a product's ingredients, name and id,
/// lower-cased and best first. They are data (the `catalog-*` and `feed-*` kinds of `label-phrases.tsv`),
/// so a shop export in another language is read without a code change.
struct CatalogFields: Sendable {
    /// Columns and fields holding the ingredient text itself.
    let ingredients: [String]
    /// Columns and fields holding a description (often HTML) that may hold the list.
    let descriptions: [String]
    /// Columns and fields holding the product's name and type, read together as its name.
    let product: [String]
    /// Columns and fields holding a record's id.
    let id: [String]
    /// Columns holding how the shop lists a product: its tags, type, vendor and page address.
    let tags: [String]
    let type: [String]
    let vendor: [String]
    let url: [String]
    /// XML feeds: the element that wraps one product, its text elements and its id elements.
    let feedRecord: [String]
    let feedText: [String]
    let feedID: [String]

    init(_ phrases: LabelPhrases) {
        func names(_ kind: LabelPhrases.Kind) -> [String] { phrases.phrases(of: kind).map { $0.lowercased() } }
        ingredients = names(.catalogIngredients)
        descriptions = names(.catalogDescription)
        product = names(.catalogProduct)
        id = names(.catalogID)
        tags = names(.catalogTags)
        type = names(.catalogType)
        vendor = names(.catalogVendor)
        url = names(.catalogURL)
        feedRecord = names(.feedRecord)
        feedText = names(.feedText)
        feedID = names(.feedID)
    }
}
