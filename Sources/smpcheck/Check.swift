import ArgumentParser
import Foundation
import SMPCheckFetch
import SMPCheckKit
import SMPCheckOCR

/// `smpcheck [check] FILE...`: checks labels and prints a report for each.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check one or more labels (text or HTML files, photos of the pack; - or nothing reads stdin)."
    )

    @Argument(help: "Labels to check: text files, saved HTML pages or http(s) addresses. Use - (or nothing) for stdin.")
    var files: [String] = []

    @Option(help: "Output format: text, json or markdown.")
    var format: ReportFormat = .text

    @OptionGroup var healing: PhaseOptions
    @OptionGroup var personal: PersonalOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(help: "Read the input as HTML even if it does not look like markup.")
    var html = false

    @Flag(help: "Read the input as plain text even if it looks like markup.")
    var text = false

    @Flag(help: "Read the input as a photo of the pack (JPEG, PNG, WebP and TIFF are recognized without it).")
    var photo = false

    @Option(help: "Refuse photos of more than this many megapixels.")
    var maxMegapixels: Int = PhotoReader.defaultMaximumPixels / 1_000_000

    @Option(
        name: .customLong("product"),
        help:
            "The product's name or type (\"Walnut Face Scrub\"): a scrub's or peel's grit and acids read as exfoliants."
    )
    var product: String?

    @Option(
        help: ArgumentHelp(
            "A product barcode to look up in Open Beauty Facts (a bare 8-, 12-, 13- or 14-digit argument is one too).",
            valueName: "code"))
    var barcode: [String] = []

    @Option(
        help: ArgumentHelp(
            "Open Beauty Facts' address (default: SMPCHECK_OBF_URL, else the public site).", valueName: "url"))
    var obfURL: String?

    @Option(help: "Seconds to wait for a page or Open Beauty Facts.")
    var timeout: Int64 = 20

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = SMPChecker.defaultMaximumInputBytes

    @Option(help: "Ignore HTML nested deeper than this many elements.")
    var maxDepth: Int = SMPChecker.defaultMaximumNesting

    func validate() throws {
        if html && text { throw ValidationError("--html and --text cannot be used together.") }
        if maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1.") }
        if maxDepth < 1 { throw ValidationError("--max-depth must be at least 1.") }
        if photo && (html || text) { throw ValidationError("--photo cannot be used with --html or --text.") }
        if maxMegapixels < 1 { throw ValidationError("--max-megapixels must be at least 1.") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second.") }
    }

    func run() async throws {
        var checker = try lexiconOptions.checker(maximumInputBytes: maxBytes)
        checker.maximumNesting = maxDepth
        let phase = healing.resolved
        let profile: Profile?
        let days: Int?
        let avoiding: AvoidList
        do throws(SMPCheckError) {
            profile = try personal.profile()
            days = try personal.days(given: healing.days, phaseGiven: healing.phase != nil, profile: profile)
            avoiding = AvoidList(try personal.words(profile: profile), lexicon: checker.lexicon)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
        let kind: LabelInput.Kind = html ? .html : text ? .text : .automatic
        var status: Int32 = 0
        for file in (files.isEmpty && barcode.isEmpty ? ["-"] : files) + barcode.map { "barcode:" + $0 } {
            do throws(SMPCheckError) {
                var input = try await read(file, kind: kind)
                if let product { input.productName = product }
                let report =
                    if photo || ImageFormat(detecting: input.bytes) != nil {
                        try checkPhoto(input, checker: checker, phase: phase, days: days, avoiding: avoiding)
                    } else if let days {
                        try checker.check(input, daysSinceSession: days, avoiding: avoiding)
                    } else {
                        try checker.check(input, phase: phase, avoiding: avoiding)
                    }
                Output.write(format.reporter.render(report))
                status = Self.combined(status, report.exitStatus)
            } catch {
                Output.error(error.description)
                status = 2
            }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A file, stdin, a page's address, or a barcode (`--barcode`, or a bare argument shaped like one
    /// that names no file).
    private func read(_ argument: String, kind: LabelInput.Kind) async throws(SMPCheckError) -> LabelInput {
        if PageFetcher.isWebAddress(argument) {
            return try await PageFetcher(timeout: timeout, maximumBytes: maxBytes).fetch(argument)
        }
        let isOption = argument.hasPrefix("barcode:")
        let digits = isOption ? String(argument.dropFirst("barcode:".count)) : argument
        guard isOption || (Barcode.hasBarcodeShape(digits) && !FileManager.default.fileExists(atPath: digits)) else {
            return try InputReader.read(argument, kind: kind, limit: maxBytes)
        }
        let code = try Barcode.parse(digits)
        let base =
            obfURL ?? ProcessInfo.processInfo.environment["SMPCHECK_OBF_URL"] ?? OpenBeautyFactsProduct.defaultBaseURL
        let client = OpenBeautyFactsClient(baseURL: base, timeout: timeout, maximumBytes: min(maxBytes, 8 << 20))
        return try await client.product(code).labelInput()
    }

    /// A photo of the pack, read with Tesseract and then checked.
    private func checkPhoto(_ input: LabelInput, checker: SMPChecker, phase: Phase, days: Int?, avoiding: AvoidList)
        throws(SMPCheckError) -> Report
    {
        let reader = PhotoReader(checker: checker, maximumPixels: maxMegapixels * 1_000_000)
        if let days {
            return try QuietStandardError.run { () throws(SMPCheckError) in
                try reader.check(input.bytes, source: input.source, daysSinceSession: days, avoiding: avoiding)
            }
        }
        return try QuietStandardError.run { () throws(SMPCheckError) in
            try reader.check(input.bytes, source: input.source, phase: phase, avoiding: avoiding)
        }
    }

    /// Several files: 2 wins (something could not be checked), then 1 (something flagged).
    private static func combined(_ a: Int32, _ b: Int32) -> Int32 {
        a == 2 || b == 2 ? 2 : max(a, b)
    }
}

extension ReportFormat: ExpressibleByArgument {}
