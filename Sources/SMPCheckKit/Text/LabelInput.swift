/// What the caller hands in: raw bytes and how to read them.
public struct LabelInput: Sendable {
    /// How to interpret the bytes.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Decide from the content: markup is read as HTML, anything else as text.
        case automatic
        case text
        case html
    }

    /// The bytes as read from a file, a request body or a catalog cell.
    public var bytes: [UInt8]
    /// A name for messages and reports: a path, a URL, `stdin`, a record number.
    public var source: String
    public var kind: Kind
    /// The product's name or type, when the caller knows it (a catalog's Title or Type column, a shop's
    /// product record): `Walnut Face Scrub` tells how its list reads (see `ProductType`). A page's
    /// title or heading serves when this is nil.
    public var productName: String?
    /// The database record the list came from (a barcode's product), named in the report.
    public var product: ProductRecord?

    public init(bytes: [UInt8], source: String, kind: Kind = .automatic, productName: String? = nil) {
        self.bytes = bytes
        self.source = source
        self.kind = kind
        self.productName = productName
    }

    public init(text: String, source: String = "text", kind: Kind = .automatic, productName: String? = nil) {
        self.init(bytes: Array(text.utf8), source: source, kind: kind, productName: productName)
    }
}
