import Foundation
import SMPCheckKit

// smpcheck-bench: run from the repository root after `swift build -c release`:
//   swift run -c release SMPCheckBench [--shared ../shared] [--sizes 10000,100000,1000000] [--repeat 3]
//     [--only peer,check,big,html,scan,dump,startup] [--dump-rows 100000]
// Prints Markdown tables (docs/PERFORMANCE.md holds a copy of the latest run; the README sums it up).
//   swift run -c release SMPCheckBench --check [--short]
// compares speed ratios with Sources/SMPCheckBench/thresholds.tsv on generated labels (no corpus
// needed) and exits 1 when one is over its threshold; `--short` is CI's quicker run.

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
// Fresh lexicons (nothing cached yet) are loaded from the repository's data files.
let lexiconFolder = "IngredientLexicon"
let freshChecker = { try SMPChecker(lexicon: LexiconLoader.load(mergingFilesAt: lexiconFolder)) }
if arguments.contains("--check") {
    let short = arguments.contains("--short")
    let checker = try SMPChecker()
    let labels = GeneratedLabels(lexicon: checker.lexicon, count: 1_000, pageCount: 100)
    let thresholds = try SpeedThreshold.load(path: option("--thresholds") ?? "Sources/SMPCheckBench/thresholds.tsv")
    let check = SpeedCheck(
        checker: checker, freshChecker: freshChecker, labels: labels, rounds: short ? 3 : 7, thresholds: thresholds)
    exit(try check.run() ? 0 : 1)
}
let shared = option("--shared") ?? "../shared"
let sizes = (option("--sizes") ?? "10000,100000,1000000").split(separator: ",").compactMap { Int($0) }
let repeats = max(1, Int(option("--repeat") ?? "3") ?? 3)
let only = Set((option("--only") ?? "peer,check,html,scan,dump,startup,big").split(separator: ",").map(String.init))
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "smpcheck").path

guard FileManager.default.fileExists(atPath: shared + "/corpus/labels.jsonl") else {
    FileHandle.standardError.write(Data("smpcheck-bench: needs the shared corpus (--shared PATH)\n".utf8))
    exit(2)
}
let labels = try CorpusLabels(path: shared + "/corpus/labels.jsonl")
let checker = try SMPChecker()
print("# smpcheck benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
if only.contains("peer") { try PeerComparison(labels: labels, rounds: repeats, freshChecker: freshChecker).run() }
let checkThroughput = CheckThroughput(checker: checker, labels: labels, rounds: 5, freshChecker: freshChecker)
if only.contains("check") { try checkThroughput.run() }
if only.contains("html") {
    HTMLExtraction(checker: checker, folder: URL(fileURLWithPath: shared + "/corpus/html"), rounds: 20).run()
}
if only.contains("scan") {
    ScanThroughput(binary: binary, labels: labels, sizes: sizes, singleWorkerLimit: 100_000, repeats: repeats).run()
}
if only.contains("dump") {
    DumpThroughput(
        binary: binary, labels: labels, rows: Int(option("--dump-rows") ?? "100000") ?? 100_000,
        repeats: max(repeats, 5)
    )
    .run()
}
if only.contains("startup") {
    try Startup(binary: binary, sample: "Samples/gentle-shampoo.txt", lexiconFolder: lexiconFolder, runs: 21).run()
}
// Last: it leaves this process large, and a child started after it would report this process's
// resident memory as its own peak (posix_spawn shares the address space until exec).
if only.contains("big") { try checkThroughput.bigLabel() }
