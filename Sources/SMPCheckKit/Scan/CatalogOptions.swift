/// How to read a catalog: its format and where the ingredient text and the id are. Everything is
/// detected when left nil.
public struct CatalogOptions: Sendable {
    /// Nil detects the format from the file name and content.
    public var format: CatalogFormat?
    /// CSV/TSV: the header of the column holding the ingredient text (or product description HTML).
    public var ingredientsColumn: String?
    /// CSV/TSV: the header of the id column.
    public var idColumn: String?
    /// JSON Lines and XML: the field holding the ingredient text (a dotted path in JSON: `product.inci`).
    public var field: String?
    /// JSON Lines and XML: the field holding the id.
    public var idField: String?
    /// XML: the element that wraps one product (default: `item`, `entry` or `product`).
    public var recordElement: String?
    /// A record larger than this is reported as an error (and reading resumes after it).
    public var maximumRecordBytes: Int

    public static let defaultMaximumRecordBytes = 8 << 20

    public init(
        format: CatalogFormat? = nil, ingredientsColumn: String? = nil, idColumn: String? = nil,
        field: String? = nil, idField: String? = nil, recordElement: String? = nil,
        maximumRecordBytes: Int = CatalogOptions.defaultMaximumRecordBytes
    ) {
        self.format = format
        self.ingredientsColumn = ingredientsColumn
        self.idColumn = idColumn
        self.field = field
        self.idField = idField
        self.recordElement = recordElement
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Names that hold ingredient text, best first: an ingredient field, then description HTML.
    static let ingredientNames = [
        "ingredients", "ingredients_text", "ingredients_text_en", "inci", "ingredient list", "ingredients list",
        "full ingredients", "ingredients (inci)", "body (html)", "body_html", "body", "description", "g:description",
        "short description", "text", "html",
    ]
    /// Names that hold a product's name and type, read together as the product's name (see `ProductType`).
    static let productNames = [
        "title", "name", "product name", "product_name", "g:title", "type", "product type", "product_type",
        "g:product_type",
    ]
    /// Names that hold a record's id, best first.
    static let idNames = ["handle", "sku", "variant sku", "id", "g:id", "code", "barcode", "gtin", "ean", "product id"]
}
