import ArgumentParser

/// The `smpcheck` command line: thin parsing and printing around `SMPCheckKit`.
@main
struct SMPCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smpcheck",
        abstract: "Checks whether a cosmetic product is safe for a scalp healing after scalp micropigmentation (SMP).",
        discussion: """
            Reads an ingredient list (a label copied as text, a saved product page, or stdin), and says for each
            ingredient and for the product: avoid, caution, ok or unknown, for your healing phase, with the reason.

            Exit status: 0 nothing flagged, 1 something flagged, 2 could not run or no ingredient list found, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Scan.self, Audit.self, Serve.self],
        defaultSubcommand: Check.self
    )
}
