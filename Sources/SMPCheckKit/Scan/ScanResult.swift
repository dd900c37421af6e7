/// What a scan says about one catalog record: a report, or why there is none.
public struct ScanResult: Sendable {
    /// 1-based record number in its file.
    public var record: Int
    public var id: String?
    /// The catalog the record came from.
    public var source: String
    public var outcome: Outcome
    /// How the shop lists the product, when the catalog says.
    public var listing: Listing?

    public enum Outcome: Sendable {
        case report(Report)
        /// Not a product to check (a variant row, an empty description), with the reason.
        case skipped(String)
        /// The record could not be read or checked, with the reason.
        case error(String)
    }

    public init(record: Int, id: String?, source: String, outcome: Outcome, listing: Listing? = nil) {
        self.record = record
        self.id = id
        self.source = source
        self.outcome = outcome
        self.listing = listing
    }
}
