import ArgumentParser
import SMPCheckKit

/// `smpcheck audit CATALOG...`: the names a catalog prints that smpcheck cannot vouch for.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the names a catalog prints that smpcheck does not recognize or cannot vouch for.",
        discussion: """
            Reads catalogs as scan does and prints, most printed first: the ingredient names found nowhere, and \
            the names the EU CosIng inventory lists with a function that points to a concern (abrasive, \
            astringent, perfuming...) that were neither flagged nor curated as a benign look-alike. Use it to \
            see where the lexicon needs entries.
            """
    )

    @Argument(help: "Catalog files (- reads stdin).")
    var catalogs: [String]

    @Option(help: "How many names of each kind to list.")
    var top: Int = 40

    @OptionGroup var lexiconOptions: LexiconOptions
    @OptionGroup var reading: CatalogReadingOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more.") }
    }

    func run() throws {
        let checker = try lexiconOptions.checker(maximumInputBytes: reading.maxRecordBytes)
        var audit = NameAudit(lexicon: checker.lexicon)
        for catalog in catalogs {
            do throws(SMPCheckError) {
                try CatalogScanner(checker: checker).forEachRecord(in: catalog, options: reading.catalogOptions) {
                    record in
                    guard case .label(let input) = record.content, let report = try? checker.check(input) else {
                        return
                    }
                    audit.add(report)
                }
            } catch {
                Output.error(error.description)
                throw ExitCode(2)
            }
        }
        Output.write(audit.render(top: top))
    }
}
