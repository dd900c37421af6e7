import Foundation
import SMPCheckKit

/// The same labels through on-the-list (`pip install on-the-list`), the most careful open label
/// reader: throughput ratio, and where the two disagree on how many ingredients a label has.
struct PeerComparison {
    let checker: SMPChecker
    let labels: CorpusLabels

    func run() {
        print("## Beside on-the-list (same labels, one core each)\n")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "on_the_list_peer.py").path
        let input = FileManager.default.temporaryDirectory.appending(path: "smpcheck-bench-labels.jsonl")
        let lines = labels.texts.map { text in
            let json = try! JSONSerialization.data(withJSONObject: ["text": String(decoding: text, as: UTF8.self)])
            return String(decoding: json, as: UTF8.self)
        }
        try? lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        guard let peer = runPeer(script: script, input: input.path) else {
            print("on-the-list is not installed (pip install on-the-list); skipped.\n")
            return
        }
        var ours: [Int] = []
        let seconds = Measure.seconds {
            ours = labels.texts.map { (try? checker.check(LabelInput(bytes: $0, source: "bench", kind: .text)).ingredients.count) ?? 0 }
        }
        let ourRate = Double(labels.texts.count) / seconds
        let peerRate = Double(labels.texts.count) / peer.seconds
        print("| tool | labels/s |")
        print("|---|---:|")
        print("| on-the-list 0.1.4 (`analyse`, label then bare list) | \(Int(peerRate)) |")
        print("| smpcheck (check, first pass, 1 core) | \(Int(ourRate)) |")
        print("\nsmpcheck is \(Measure.format(ourRate / peerRate))x on-the-list's throughput.")
        let disagreements = ours.indices.filter { ours[$0] != peer.counts[$0] }
        print("Ingredient counts differ on \(disagreements.count) of \(labels.texts.count) labels. Five examples:\n")
        for index in disagreements.prefix(5) {
            let preview = String(decoding: labels.texts[index].prefix(90), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
            print("- `\(labels.ids[index])`: smpcheck \(ours[index]), on-the-list \(peer.counts[index]) — \"\(preview)…\"")
        }
        print("")
    }

    private func runPeer(script: String, input: String) -> (seconds: Double, counts: [Int])? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script]
        process.standardInput = FileHandle(forReadingAtPath: input)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let seconds = object["seconds"] as? Double, let counts = object["counts"] as? [Int],
              counts.count == labels.texts.count else { return nil }
        return (seconds, counts)
    }
}
