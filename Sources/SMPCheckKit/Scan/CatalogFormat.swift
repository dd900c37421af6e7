/// The kinds of catalog export `scan` reads.
public enum CatalogFormat: String, Sendable, CaseIterable {
    case csv, tsv, jsonl, xml

    /// The format a file's name says (`.csv`, `.tsv`/`.tab`, `.jsonl`/`.ndjson`, `.xml`/`.rss`,
    /// each also with `.gz`), else the one its first bytes show: `<` is XML, `{` is JSON Lines,
    /// anything else is a delimited sheet (the delimiter is then taken from the header line).
    static func detect(path: String, firstBytes: [UInt8]) -> CatalogFormat {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        let byExtension: [(String, CatalogFormat)] = [
            (".csv", .csv), (".tsv", .tsv), (".tab", .tsv), (".jsonl", .jsonl), (".ndjson", .jsonl),
            (".xml", .xml), (".rss", .xml),
        ]
        if let (_, format) = byExtension.first(where: { name.hasSuffix($0.0) }) { return format }
        let first = firstBytes.drop { ByteClass.isSpace($0) || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first
        switch first {
        case UInt8(ascii: "<"): return .xml
        case UInt8(ascii: "{"): return .jsonl
        default: return .csv
        }
    }
}
