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
}
