import Foundation
import SMPCheckKit

let shared = CommandLine.arguments.dropFirst().first ?? "../shared"
let labels = try CorpusLabels(path: shared + "/corpus/labels.jsonl")
let checker = try SMPChecker()
let rounds = Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "5") ?? 5
let clock = ContinuousClock()
var flagged = 0
@MainActor func pass() -> Double {
    let elapsed = clock.measure {
        for (index, text) in labels.texts.enumerated() {
            let report = try! checker.check(LabelInput(bytes: text, source: "\(index)", kind: .text))
            if report.verdict != .ok { flagged += 1 }
        }
    }
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
let cold = pass()
print("cold: \(Double(labels.texts.count) / cold) labels/s")
var warm = 0.0
for _ in 1..<rounds { warm += pass() }
let count = labels.texts.count * (rounds - 1)
print("warm: \(Double(count) / warm) labels/s, \(Double(labels.byteCount * (rounds - 1)) / warm / 1e6) MB/s; flagged \(flagged)")
