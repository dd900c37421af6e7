/// Reads the records of one catalog file in order. Throws only when the file itself cannot be
/// read on (an I/O error, a damaged gzip stream, XML broken past recovery); a bad record is a record.
protocol CatalogReader {
    mutating func next() throws(SMPCheckError) -> PendingRecord?
    /// The file the records come from.
    var file: CatalogFile { get }
}

extension CatalogReader {
    /// Bytes of the file consumed so far, for progress.
    var offset: Int { file.offset }
    /// Size of the file in bytes (0 when unknown, as for stdin).
    var size: Int { file.size }
}

enum CatalogReaders {
    /// Opens `path` (or `-` for stdin) with the reader its format needs.
    static func open(_ path: String, options: CatalogOptions) throws(SMPCheckError) -> any CatalogReader {
        let file = try CatalogFile(path: path)
        var prefix: [UInt8] = []
        _ = try file.read(into: &prefix, count: 64 << 10)
        switch options.format ?? CatalogFormat.detect(path: path, firstBytes: prefix) {
        case .csv: return try CSVCatalogReader(file: file, prefix: prefix, delimiter: nil, options: options)
        case .tsv: return try CSVCatalogReader(file: file, prefix: prefix, delimiter: 0x09, options: options)
        case .jsonl: return JSONLinesReader(file: file, prefix: prefix, options: options)
        case .xml: return try XMLFeedReader(file: file, prefix: prefix, options: options)
        }
    }
}
