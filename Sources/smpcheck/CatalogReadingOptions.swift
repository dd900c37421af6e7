import ArgumentParser
import SMPCheckKit

/// How to read catalogs: the options `scan` and `audit` share.
struct CatalogReadingOptions: ParsableArguments {
    @Option(help: "Input format: csv, tsv, jsonl or xml (detected when not given).")
    var catalogFormat: CatalogFormat?

    @Option(help: "CSV/TSV: the column holding ingredient text.")
    var ingredientsColumn: String?

    @Option(help: "CSV/TSV: the column holding the product id.")
    var idColumn: String?

    @Option(help: "JSON Lines / XML: the field holding ingredient text (JSON: a dotted path).")
    var field: String?

    @Option(help: "JSON Lines / XML: the field holding the product id.")
    var idField: String?

    @Option(help: "XML: the element that wraps one product.")
    var recordElement: String?

    @Option(help: "Report records larger than this many bytes as errors.")
    var maxRecordBytes: Int = CatalogOptions.defaultMaximumRecordBytes

    func validate() throws {
        if maxRecordBytes < 1 { throw ValidationError("--max-record-bytes must be at least 1.") }
    }

    var catalogOptions: CatalogOptions {
        CatalogOptions(
            format: catalogFormat, ingredientsColumn: ingredientsColumn, idColumn: idColumn, field: field,
            idField: idField, recordElement: recordElement, maximumRecordBytes: maxRecordBytes)
    }
}

extension CatalogFormat: ExpressibleByArgument {}
