/// How a shop lists a product, as its catalog export says: read so that a collection's tag is merged
/// with the product's own tags, and the summary page can shelve the products that are fine by type and
/// vendor, with a link to each. Each is nil where the export has no such column or the cell is empty.
public struct Listing: Sendable, Equatable {
    /// The product's tags, comma-separated, as the export has them.
    public var tags: String?
    /// The product's type or category.
    public var type: String?
    /// The brand or vendor.
    public var vendor: String?
    /// The product's page.
    public var url: String?

    public init(tags: String? = nil, type: String? = nil, vendor: String? = nil, url: String? = nil) {
        self.tags = tags
        self.type = type
        self.vendor = vendor
        self.url = url
    }
}
