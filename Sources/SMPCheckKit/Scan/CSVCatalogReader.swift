import Foundation

/// Catalog records from a CSV or TSV export with a header row: Shopify and WooCommerce product
/// exports, Open Beauty Facts TSV, generic sheets. The ingredient and id columns are found by name.
///
/// Shopify puts each variant on its own row, with the body only on the first row of its handle:
/// those rows are `skipped` as variant rows, so they are still accounted for.
struct CSVCatalogReader: FileCatalogReader {
    private var reader: CSVReader
    let file: CatalogFile
    /// Columns whose text is checked; several description columns are read together.
    private let textColumns: [Int]
    private let idColumn: Int?
    /// The product's name and type columns, read together as its name.
    private let productColumns: [Int]
    /// The columns of the product's listing (tags, type, vendor, page), when the export has them.
    private let listingColumns: (tags: Int?, type: Int?, vendor: Int?, url: Int?)
    private let header: [String]
    private var number = 0
    private var previousID: String?

    init(
        file: CatalogFile, prefix: [UInt8], delimiter: UInt8?, options: CatalogOptions, fields: CatalogFields
    ) throws(SMPCheckError) {
        self.file = file
        let delimiter = delimiter ?? Self.delimiter(of: prefix)
        reader = CSVReader(
            file: file, delimiter: delimiter, maximumRecordBytes: options.maximumRecordBytes, prefix: prefix)
        guard case .fields(let names)? = try reader.next() else {
            throw .unreadableInput(source: file.path, reason: "no header row")
        }
        header = names.map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
        let lowered = header.map { $0.lowercased() }
        textColumns = try Self.textColumns(lowered, named: options.ingredientsColumn, fields: fields, file: file.path)
        idColumn = try Self.column(lowered, named: options.idColumn, defaults: fields.id, file: file.path)
        productColumns = fields.product.compactMap { lowered.firstIndex(of: $0) }
        func first(_ names: [String]) -> Int? { names.lazy.compactMap { lowered.firstIndex(of: $0) }.first }
        listingColumns = (first(fields.tags), first(fields.type), first(fields.vendor), first(fields.url))
        let listed = [listingColumns.tags, listingColumns.type, listingColumns.vendor, listingColumns.url, idColumn]
        reader.keepOnly(columns: textColumns + productColumns + listed.compactMap { $0 })
    }

    mutating func next() throws(SMPCheckError) -> PendingRecord? {
        guard let row = try reader.next() else { return nil }
        number += 1
        switch row {
        case .malformed(let reason):
            return .ready(CatalogRecord(number: number, id: nil, source: file.path, content: .error(reason)))
        case .fields(let fields):
            return .ready(record(from: fields))
        }
    }

    private mutating func record(from fields: [[UInt8]]) -> CatalogRecord {
        let id = idColumn.flatMap { $0 < fields.count ? String(decoding: fields[$0], as: UTF8.self) : nil }
            .flatMap { $0.isEmpty ? nil : $0 }
        defer { if id != nil { previousID = id } }
        let texts = textColumns.compactMap { $0 < fields.count && !isBlank(fields[$0]) ? fields[$0] : nil }
        guard !texts.isEmpty else {
            if let id, id == previousID {
                return CatalogRecord(
                    number: number, id: id, source: file.path,
                    content: .skipped("variant row of \(id), checked with its product above"))
            }
            let names = textColumns.map { header[$0] }.joined(separator: ", ")
            return CatalogRecord(number: number, id: id, source: file.path, content: .skipped("no text in \(names)"))
        }
        let bytes = Array(texts.joined(separator: [0x0A, 0x0A]))
        let product = productColumns.compactMap { $0 < fields.count && !isBlank(fields[$0]) ? fields[$0] : nil }
        let name =
            product.isEmpty ? nil : String(decoding: Array(product.joined(separator: Array(" — ".utf8))), as: UTF8.self)
        return CatalogRecord(
            number: number, id: id, source: file.path,
            content: .label(LabelInput(bytes: bytes, source: file.path, productName: name)),
            listing: listing(from: fields))
    }

    private func isBlank(_ field: [UInt8]) -> Bool { field.allSatisfy(ByteClass.isSpace) }

    private func listing(from fields: [[UInt8]]) -> Listing? {
        func cell(_ column: Int?) -> String? {
            column.flatMap {
                $0 < fields.count && !isBlank(fields[$0]) ? String(decoding: fields[$0], as: UTF8.self) : nil
            }
        }
        let columns = listingColumns
        guard columns.tags != nil || columns.type != nil || columns.vendor != nil || columns.url != nil else {
            return nil
        }
        return Listing(
            tags: cell(columns.tags), type: cell(columns.type), vendor: cell(columns.vendor), url: cell(columns.url))
    }

    // MARK: Header

    /// The delimiter of the header line: whichever of comma, semicolon and tab it has most of.
    static func delimiter(of prefix: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        for byte in prefix {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, byte == 0x0A { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
    }

    /// The named column, or the ingredient column; failing one, every description column present.
    private static func textColumns(_ header: [String], named: String?, fields: CatalogFields, file: String)
        throws(SMPCheckError) -> [Int]
    {
        if let named { return [try column(header, named: named, defaults: [], file: file)!] }
        if let index = header.firstIndex(where: fields.ingredients.contains)
            ?? header.firstIndex(where: { $0.contains("ingredient") || $0.contains("inci") })
        {
            return [index]
        }
        let found = fields.descriptions.compactMap { header.firstIndex(of: $0) }
        guard !found.isEmpty else {
            throw .unreadableInput(
                source: file, reason: "no ingredient or description column (name one with --ingredients-column)")
        }
        return found
    }

    private static func column(_ header: [String], named: String?, defaults: [String], file: String)
        throws(SMPCheckError) -> Int?
    {
        if let named {
            guard let index = header.firstIndex(of: named.lowercased()) else {
                throw .unreadableInput(source: file, reason: "no column named \"\(named)\"")
            }
            return index
        }
        return defaults.lazy.compactMap { header.firstIndex(of: $0) }.first
    }
}
