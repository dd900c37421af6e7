/// Writes scan results as bytes, one record at a time, so workers can format in parallel and the
/// writer only concatenates. One type per format.
public protocol ScanFormatter: Sendable {
    /// Bytes before the first record (a CSV header), if any.
    func header() -> [UInt8]
    /// Appends one record's output, line end included.
    func write(_ result: ScanResult, to output: inout [UInt8])
}

/// The output formats of `scan`.
public enum ScanOutputFormat: String, Sendable, CaseIterable {
    case jsonl, csv

    public var formatter: any ScanFormatter {
        switch self {
        case .jsonl: JSONLinesScanFormatter()
        case .csv: CSVScanFormatter()
        }
    }
}
