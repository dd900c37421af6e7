/// A product that is fine for the phase, as its catalog lists it: the summary page shelves these by type
/// and vendor, linked to their pages, for a shop's or a clinic's "safe while healing" list.
public struct ShelfProduct: Sendable, Equatable {
    public var id: String?
    /// The product's name and type as the catalog gives them.
    public var name: String?
    public var listing: Listing?

    /// How many a summary keeps: a page of a thousand products is already long; the rest are counted.
    static let limit = 1_000
}
