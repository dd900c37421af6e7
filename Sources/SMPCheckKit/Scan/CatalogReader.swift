/// A source of catalog records for `CatalogScanner`. The readers of CSV and TSV exports, JSON Lines and
/// XML feeds are built in (`CatalogScanner.scan(path:options:formatter:write:progress:)` picks one);
/// implement this to scan a feed format of your own with the same ordered, parallel pipeline:
///
/// ```swift
/// struct RowReader: CatalogReader {
///     var rows: IndexingIterator<[(sku: String, inci: String)]>
///     var number = 0
///     mutating func next() throws(SMPCheckError) -> CatalogRecord? {
///         guard let row = rows.next() else { return nil }
///         number += 1
///         return CatalogRecord(number: number, id: row.sku, source: "database",
///                              content: .label(LabelInput(text: row.inci, source: "database")))
///     }
/// }
/// let summary = try scanner.scan(RowReader(rows: rows.makeIterator()), formatter: JSONLinesScanFormatter()) { bytes in ... }
/// ```
public protocol CatalogReader {
    /// The next record, nil at the end. Throw only when the source cannot be read on (an I/O error);
    /// a record that cannot be read is a record, with `.error` content, so a scan accounts for it.
    mutating func next() throws(SMPCheckError) -> CatalogRecord?
}

/// The built-in readers of catalog files, in order. Throws only when the file itself cannot be read on
/// (an I/O error, a damaged gzip stream, XML broken past recovery); a bad record is a record.
protocol FileCatalogReader {
    mutating func next() throws(SMPCheckError) -> PendingRecord?
    /// The file the records come from.
    var file: CatalogFile { get }
}

extension FileCatalogReader {
    /// Bytes of the file consumed so far, for progress.
    var offset: Int { file.offset }
    /// Size of the file in bytes (0 when unknown, as for stdin).
    var size: Int { file.size }
}

enum CatalogReaders {
    /// Opens `path` (or `-` for stdin) with the reader its format needs; `fields` are the names it looks
    /// for where `options` names none.
    static func open(_ path: String, options: CatalogOptions, fields: CatalogFields) throws(SMPCheckError)
        -> any FileCatalogReader
    {
        try open(CatalogFile(path: path), options: options, fields: fields)
    }

    /// Opens `file` with the reader its format needs, detected from its name and first bytes.
    static func open(_ file: CatalogFile, options: CatalogOptions, fields: CatalogFields) throws(SMPCheckError)
        -> any FileCatalogReader
    {
        var prefix: [UInt8] = []
        _ = try file.read(into: &prefix, count: 64 << 10)
        switch options.format ?? CatalogFormat.detect(path: file.path, firstBytes: prefix) {
        case .csv:
            return try CSVCatalogReader(file: file, prefix: prefix, delimiter: nil, options: options, fields: fields)
        case .tsv:
            return try CSVCatalogReader(file: file, prefix: prefix, delimiter: 0x09, options: options, fields: fields)
        case .jsonl: return JSONLinesReader(file: file, prefix: prefix, options: options, fields: fields)
        case .xml: return try XMLFeedReader(file: file, prefix: prefix, options: options, fields: fields)
        }
    }
}

/// What the scan pipeline reads batches from: a built-in file reader, with its progress through the
/// file, or a caller's `CatalogReader`.
protocol RecordSource {
    mutating func nextPending() throws(SMPCheckError) -> PendingRecord?
    var offset: Int { get }
    var size: Int { get }
}

struct FileRecordSource: RecordSource {
    var reader: any FileCatalogReader
    mutating func nextPending() throws(SMPCheckError) -> PendingRecord? { try reader.next() }
    var offset: Int { reader.offset }
    var size: Int { reader.size }
}

struct CallerRecordSource<Reader: CatalogReader>: RecordSource {
    var reader: Reader
    mutating func nextPending() throws(SMPCheckError) -> PendingRecord? { try reader.next().map(PendingRecord.ready) }
    var offset: Int { 0 }
    var size: Int { 0 }
}
