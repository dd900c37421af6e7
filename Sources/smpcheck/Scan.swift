import ArgumentParser
import Foundation
import SMPCheckKit

/// `smpcheck scan CATALOG...`: checks every record of catalog exports, one result per record.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every product of catalog exports (CSV, TSV, JSON Lines, XML feeds; .gz too).",
        discussion: """
            Writes one result per input record, in input order: a report, a "skipped" (such as a Shopify variant \
            row) or an "error". A summary goes to stderr. Exit status: 0 when every record was accounted for, \
            2 when the scan could not run or stopped part-way.
            """
    )

    @Argument(help: "Catalog files (- reads stdin).")
    var catalogs: [String]

    @Option(help: "Output format: jsonl (the default) or csv.")
    var format: ScanOutputFormat?

    @Option(
        help: ArgumentHelp(
            "Write a product-import CSV that tags every product that is ok for the phase with this tag.",
            discussion: "Existing tags (the export's Tags column) are kept; products that are not ok lose the tag.",
            valueName: "tag"))
    var collection: String?

    @Option(help: "The shop whose import format --collection writes: shopify (Handle,Tags) or woocommerce (SKU,Tags).")
    var shop: CollectionScanFormatter.Shop = .shopify

    @Option(
        help: ArgumentHelp(
            "Write only records with these verdicts, comma-separated: ok, caution, avoid, unknown.",
            valueName: "verdicts"))
    var only: String?

    @Option(name: .shortAndLong, help: "Write results to this file instead of stdout.")
    var output: String?

    @Option(help: ArgumentHelp("Also write a one-page HTML summary here.", valueName: "file.html"))
    var summary: String?

    @OptionGroup var healing: PhaseOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var reading: CatalogReadingOptions

    @Option(help: "Threads that check records (default: one per core).")
    var workers: Int = CatalogScanner.defaultWorkers

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers must be at least 1.") }
        if collection != nil && format != nil { throw ValidationError("Give --collection or --format, not both.") }
        if collection?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            throw ValidationError("--collection needs a tag.")
        }
        _ = try onlyVerdicts()
    }

    /// The verdicts `--only` keeps; nil when it is not given.
    private func onlyVerdicts() throws -> Set<Verdict>? {
        try only.map { list in
            Set(
                try list.split(separator: ",").map { word in
                    let name = word.trimmingCharacters(in: .whitespaces)
                    guard let verdict = Verdict(rawValue: name) else {
                        throw ValidationError("--only takes ok, caution, avoid or unknown, not \"\(name)\".")
                    }
                    return verdict
                })
        }
    }

    /// The output: a collection's import file, or the scan format, kept to `--only`'s verdicts.
    private func formatter() throws -> any ScanFormatter {
        let base: any ScanFormatter =
            collection.map { CollectionScanFormatter(tag: $0.trimmingCharacters(in: .whitespaces), shop: shop) }
            ?? (format ?? .jsonl).formatter
        return try onlyVerdicts().map { FilteredScanFormatter(base, verdicts: $0) } ?? base
    }

    func run() throws {
        let scanner = try CatalogScanner(
            checker: lexiconOptions.checker(maximumInputBytes: reading.maxRecordBytes),
            phase: healing.resolved, workers: workers)
        let options = reading.catalogOptions
        let destination: FileOutput
        do { destination = try FileOutput(path: output) } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let formatter = try formatter()
        var total = ScanSummary()
        var failed = false
        do { try destination.write(formatter.header()) } catch { failed = true }
        for catalog in catalogs where !failed {
            let progress = ProgressBar()
            do throws(SMPCheckError) {
                let result = try scanner.scan(
                    path: catalog, options: options, formatter: formatter,
                    write: destination.write, progress: progress.update)
                progress.finish()
                total.merge(result)
                if let stop = result.stop {
                    Output.error(stop.description)
                    failed = true
                }
            } catch {
                progress.finish()
                Output.error(error.description)
                failed = true
            }
        }
        Output.standardError(ScanSummaryText.render(total))
        if let summary {
            do {
                try Data(ScanSummaryPage.render(total, phase: healing.resolved).utf8).write(
                    to: URL(fileURLWithPath: summary))
            } catch {
                Output.error("cannot write \(summary): \(error.localizedDescription)")
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}

extension ScanOutputFormat: ExpressibleByArgument {}
extension CollectionScanFormatter.Shop: ExpressibleByArgument {}
