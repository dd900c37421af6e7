import Foundation
import SMPCheckKit

/// The same labels through on-the-list (`pip install on-the-list`), the most careful open label
/// reader: throughput ratio, and where the two disagree on how many ingredients a label has.
struct PeerComparison {
    let labels: CorpusLabels
    /// Rounds of the peer and smpcheck run one after the other: this host's speed moves by a
    /// third from one minute to the next, so a ratio is taken within each round and the median
    /// reported.
    let rounds: Int
    /// A checker with a freshly loaded lexicon, so each round's first pass meets every name anew.
    let freshChecker: () throws -> SMPChecker
    /// Copies of the labels in the replicated run, the issue's measure: enough for smpcheck to take
    /// seconds, with a fresh lexicon, so its first pass is part of the time.
    let copies = 20

    func run() throws {
        print("## Beside on-the-list (same labels, one core each)\n")
        print(
            "| round | on-the-list 0.1.4 labels/s | smpcheck ×\(copies), labels/s | ratio | smpcheck first pass, labels/s | ratio "
                + "| smpcheck again, labels/s | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        var replicatedRatios: [Double] = []
        var firstRatios: [Double] = []
        var againRatios: [Double] = []
        var ours: [Int] = []
        var theirs: [Int] = []
        for round in 1...rounds {
            guard let peer = Self.measure(labels.texts) else {
                print("\non-the-list is not installed (pip install on-the-list); skipped.\n")
                return
            }
            theirs = peer.counts
            let replicating = try freshChecker()
            let replicated = Measure.seconds { for _ in 0..<copies { _ = counts(replicating) } } / Double(copies)
            let checker = try freshChecker()
            let first = Measure.seconds { ours = counts(checker) }
            let again = Measure.seconds { _ = counts(checker) }
            let rates = [peer.seconds, replicated, first, again].map { Double(labels.texts.count) / $0 }
            replicatedRatios.append(rates[1] / rates[0])
            firstRatios.append(rates[2] / rates[0])
            againRatios.append(rates[3] / rates[0])
            let cells = zip(rates.dropFirst(), [replicatedRatios, firstRatios, againRatios]).map {
                "\(Int($0)) | \(Measure.format($1.last!))x"
            }
            print("| \(round) | \(Int(rates[0])) | \(cells.joined(separator: " | ")) |")
        }
        print(
            "\nsmpcheck is \(Measure.format(Measure.median(replicatedRatios)))x on-the-list's throughput on the labels replicated "
                + "\(copies) times (a fresh lexicon, its first pass included), \(Measure.format(Measure.median(firstRatios)))x on a first pass "
                + "alone (every name new to it), \(Measure.format(Measure.median(againRatios)))x once it has met the names (medians of "
                + "\(rounds) rounds; on-the-list remembers nothing between labels).")
        let disagreements = ours.indices.filter { ours[$0] != theirs[$0] }
        print("Ingredient counts differ on \(disagreements.count) of \(labels.texts.count) labels. Five examples:\n")
        for index in disagreements.prefix(5) {
            let preview = String(decoding: labels.texts[index].prefix(90), as: UTF8.self).replacingOccurrences(
                of: "\n", with: " ")
            print("- `\(labels.ids[index])`: smpcheck \(ours[index]), on-the-list \(theirs[index]) — \"\(preview)…\"")
        }
        print("")
    }

    private func counts(_ checker: SMPChecker) -> [Int] {
        labels.texts.map {
            (try? checker.check(LabelInput(bytes: $0, source: "bench", kind: .text)).ingredients.count) ?? 0
        }
    }

    /// on-the-list's seconds over `texts` and its ingredient count for each; nil when it is not installed.
    static func measure(_ texts: [[UInt8]]) -> (seconds: Double, counts: [Int])? {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "on_the_list_peer.py")
            .path
        let input = FileManager.default.temporaryDirectory.appending(path: "smpcheck-bench-labels.jsonl")
        let lines = texts.map { text in
            let json = try! JSONSerialization.data(withJSONObject: ["text": String(decoding: text, as: UTF8.self)])
            return String(decoding: json, as: UTF8.self)
        }
        try? lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        process.standardInput = FileHandle(forReadingAtPath: input.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let seconds = object["seconds"] as? Double, let counts = object["counts"] as? [Int],
            counts.count == texts.count
        else { return nil }
        return (seconds, counts)
    }
}
