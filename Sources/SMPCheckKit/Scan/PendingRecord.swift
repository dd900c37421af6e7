/// A record as its reader hands it over: ready, or a JSON line still to be decoded.
///
/// Finding a line is cheap, but decoding its JSON costs about as much as a sixth of checking it;
/// done by the one thread that reads, it held every worker up. A scan's workers decode instead.
enum PendingRecord: Sendable {
    case ready(CatalogRecord)
    case jsonLine(number: Int, line: [UInt8], decoder: JSONLineDecoder)

    /// The record, decoded where that is still to do.
    var record: CatalogRecord {
        switch self {
        case .ready(let record): record
        case .jsonLine(let number, let line, let decoder): decoder.record(number: number, line: line)
        }
    }
}
