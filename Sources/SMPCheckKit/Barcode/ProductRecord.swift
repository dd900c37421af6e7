/// Where a checked list came from when it was not a label in hand: a product database's record, named
/// in the report so the person knows what was checked and whose data it is.
public struct ProductRecord: Sendable, Equatable, Codable {
    /// The barcode.
    public var code: String
    public var name: String?
    public var brand: String?
    /// The database: "Open Beauty Facts".
    public var source: String
    /// Its data licence: "ODbL".
    public var licence: String

    public init(code: String, name: String?, brand: String?, source: String, licence: String) {
        self.code = code
        self.name = name
        self.brand = brand
        self.source = source
        self.licence = licence
    }
}
