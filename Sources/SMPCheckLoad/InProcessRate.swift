import Foundation
import SMPCheckKit

/// The check rate with no HTTP at all, measured as SMPCheckBench's check throughput measures it:
/// one untimed round, then rounds on one core, then the same labels through `CatalogScanner` on
/// every core. The load test's throughput is compared with it.
struct InProcessRate {
    var singleCore: Double
    var allCores: Double

    init(checker: SMPChecker, texts: [[UInt8]], rounds: Int = 3) {
        let inputs = texts.enumerated().map { LabelInput(bytes: $1, source: "label \($0)", kind: .text) }
        for input in inputs { _ = try? checker.check(input) }
        singleCore = Self.rate(labels: inputs.count * rounds) {
            for _ in 0..<rounds { for input in inputs { _ = try? checker.check(input) } }
        }
        let records = (0..<rounds).flatMap { round in
            inputs.enumerated().map {
                CatalogRecord(number: round * inputs.count + $0 + 1, id: nil, source: "load", content: .label($1))
            }
        }
        let scanner = CatalogScanner(checker: checker)
        allCores = Self.rate(labels: records.count) { _ = scanner.results(for: records) }
    }

    private static func rate(labels: Int, _ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(labels) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
