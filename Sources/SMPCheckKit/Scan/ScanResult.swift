/// What a scan says about one catalog record: a report, or why there is none.
public struct ScanResult: Sendable {
    /// 1-based record number in its file.
    public var record: Int
    public var id: String?
    /// The catalog the record came from.
    public var source: String
    public var outcome: Outcome
    /// The product's tags as the catalog has them, when it has them.
    public var tags: String?

    public enum Outcome: Sendable {
        case report(Report)
        /// Not a product to check (a variant row, an empty description), with the reason.
        case skipped(String)
        /// The record could not be read or checked, with the reason.
        case error(String)
    }

    public init(record: Int, id: String?, source: String, outcome: Outcome, tags: String? = nil) {
        self.record = record
        self.id = id
        self.source = source
        self.outcome = outcome
        self.tags = tags
    }
}
