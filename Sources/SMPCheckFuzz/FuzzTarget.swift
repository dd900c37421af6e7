import Foundation
import SMPCheckKit

/// What the fuzzer feeds its bytes to: the label reader (tokenizer), the HTML extractor, a catalog
/// reader, all three routes at once (differential), or the reading of a photo's OCR text (`photo`:
/// corrections, rejoining, the verdict guard). Beyond "no crash, no hang", each run checks the
/// invariants the product promises.
enum FuzzTarget: String {
    case tokenizer, html, csv, jsonl, xml, differential, photo

    static let checker = try! SMPChecker(maximumInputBytes: 1 << 20)
    static let scanner = CatalogScanner(checker: checker, workers: 1)

    /// From `SMPCHECK_FUZZ_TARGET` (default: tokenizer), read once, not per input.
    static let selected: FuzzTarget =
        ProcessInfo.processInfo.environment["SMPCHECK_FUZZ_TARGET"].flatMap(FuzzTarget.init) ?? .tokenizer

    func run(_ bytes: [UInt8]) {
        switch self {
        case .tokenizer: check(bytes, kind: .text)
        case .html: check(bytes, kind: .html)
        case .csv, .jsonl, .xml: scan(bytes)
        case .differential: Differential(label: bytes)?.run()
        case .photo: checkPhotoText(bytes)
        }
    }

    /// The bytes as the words an OCR engine read, each word's confidence taken from its first byte.
    private func checkPhotoText(_ bytes: [UInt8]) {
        var page = RecognizedPage(source: "fuzz", text: String(decoding: bytes.prefix(1 << 16), as: UTF8.self))
        for index in page.words.indices {
            page.words[index].confidence = Double(page.words[index].text.utf8.first ?? 0) * 100 / 255
        }
        guard let report = try? Self.checker.check(page) else { return }
        precondition((report.verdict == .unknown) == !report.listFound, "verdict unknown exactly when no list is found")
        precondition(report.ocr != nil, "a photo's report says it was read from a photo")
        precondition(report.verdict != .ok || report.ocr?.checkThese.isEmpty == true, "no ok with words to check")
    }

    private func check(_ bytes: [UInt8], kind: LabelInput.Kind) {
        guard let report = try? Self.checker.check(LabelInput(bytes: bytes, source: "fuzz", kind: kind)) else { return }
        precondition((report.verdict == .unknown) == !report.listFound, "verdict unknown exactly when no list is found")
        precondition(
            report.ingredients.enumerated().allSatisfy { $0.element.position == $0.offset + 1 }, "positions run 1...n")
        precondition(report.coverage.total == report.ingredients.count, "coverage counts every ingredient")
    }

    /// The catalog readers read the input in memory, as a scan of a request body does: no file per input.
    private func scan(_ bytes: [UInt8]) {
        var lines = 0
        guard
            let summary = try? Self.scanner.scan(
                bytes: bytes, name: "fuzz.\(rawValue)", options: CatalogOptions(format: format),
                formatter: JSONLinesScanFormatter(),
                write: { output in
                    lines += output.count { $0 == 0x0A }
                })
        else { return }
        precondition(lines == summary.records, "one output line per record")
        precondition(summary.checked + summary.skipped + summary.errors == summary.records, "the summary reconciles")
    }

    private var format: CatalogFormat? {
        switch self {
        case .csv: .csv
        case .jsonl: .jsonl
        case .xml: .xml
        default: nil
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point when the program has its own `main` (libclang_rt.fuzzer_no_main).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main
    struct Fuzz {
        static func main() {
            // Build the lexicon before the first input: under AddressSanitizer it takes seconds, which
            // libFuzzer would otherwise count against that input as a hang.
            _ = FuzzTarget.selected.run([])
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                runFuzzerDriver(&argc, &argv) { data, size in
                    FuzzTarget.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        }
    }
#else
    /// Without the fuzzer: replays the given files through the target (a crash found by the fuzzer is
    /// re-run this way; `swift test` replays Tests/FuzzCorpus like this).
    @main
    struct Replay {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                FuzzTarget.selected.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
            }
        }
    }
#endif
