import Foundation
import Testing

/// Replays the fuzz corpus kept in `Tests/FuzzCorpus/<target>/` (a smallest set of the fuzzer's inputs
/// covering what it reached) and the inputs that once failed, `Tests/FuzzCorpus/regressions/<target>/`,
/// through the fuzz targets' replayer, built without the fuzzer: each input must pass the target's
/// invariants (a failed one stops the replayer).
@Suite("Fuzz corpus replay", .serialized)
struct FuzzCorpusTests {
    static let corpus = CLITests.root.appending(path: "Tests/FuzzCorpus")

    static var replayer: URL {
        CLITests.binary.deletingLastPathComponent().appending(path: "SMPCheckFuzz")
    }

    @Test(
        "Every kept input passes its target's invariants",
        arguments: ["tokenizer", "html", "csv", "jsonl", "xml", "differential", "photo"])
    func replay(_ target: String) throws {
        let inputs = try Self.inputs(in: Self.corpus.appending(path: target))
        try #require(!inputs.isEmpty, "Tests/FuzzCorpus/\(target) is kept in the repository")
        let regressions = Self.corpus.appending(path: "regressions/\(target)")
        try run(target, inputs + ((try? Self.inputs(in: regressions)) ?? []))
    }

    private static func inputs(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            folder.appending(path: $0).path
        }
    }

    private func run(_ target: String, _ inputs: [String]) throws {
        let process = Process()
        process.executableURL = Self.replayer
        process.arguments = inputs
        process.environment = ["SMPCHECK_FUZZ_TARGET": target]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 0,
            "\(target): \(String(decoding: message, as: UTF8.self).suffix(600))")
    }
}
