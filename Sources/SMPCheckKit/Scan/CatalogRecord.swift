/// One record of a catalog export: a product to check, a row that is not a product (a variant
/// row, say), or a row that could not be read. Every input record becomes exactly one of these,
/// so a scan accounts for all of them.
public struct CatalogRecord: Sendable {
    /// 1-based record number in its file (the header row of a CSV is not a record).
    public var number: Int
    /// The record's id, handle, SKU or code, when the catalog has one.
    public var id: String?
    /// The catalog it came from (a path, `stdin`, a request).
    public var source: String
    public var content: Content
    /// How the shop lists the product (its tags, type, vendor and page), when the catalog says.
    public var listing: Listing?

    public enum Content: Sendable {
        /// Text or HTML to check.
        case label(LabelInput)
        /// Not a product to check, with the reason.
        case skipped(String)
        /// The record could not be read, with the reason.
        case error(String)
    }

    public init(number: Int, id: String?, source: String, content: Content, listing: Listing? = nil) {
        self.number = number
        self.id = id
        self.source = source
        self.content = content
        self.listing = listing
    }
}
