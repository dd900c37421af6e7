import Foundation
@_spi(Benchmarks) import SMPCheckKit

/// `SMPCheckBench --check`: speed guarded by thresholds kept in the repository (`thresholds.tsv`).
///
/// Every threshold is a ratio of two times measured in the same round on the same input: smpcheck's
/// stage over a reference (the floor of reading and splitting the same bytes, libxml2's bare parse of
/// the same pages, on-the-list on the same labels). A busy machine slows both sides of a ratio, so it
/// moves far less than a rate; the median of the rounds is compared, and the spread is printed beside it.
struct SpeedCheck {
    let checker: SMPChecker
    let freshChecker: () throws -> SMPChecker
    let labels: GeneratedLabels
    let rounds: Int
    let thresholds: [SpeedThreshold]

    /// Runs the rounds, prints one row per measure, and returns whether every threshold held.
    func run() throws -> Bool {
        var ratios: [String: [Double]] = [:]
        let inputs = labels.texts.map { LabelInput(bytes: $0, source: "bench", kind: .text) }
        let pages = labels.pages.map { LabelInput(bytes: $0, source: "bench", kind: .html) }
        // One untimed pass, so the steady-state measures meet names the checker has seen.
        let reports = inputs.compactMap { try? checker.check($0) }
        let reporter = JSONReporter(pretty: false)
        // Every measured run adds to `sink`, so no work is optimized away.
        var sink = 0
        func checkAll(_ inputs: [LabelInput], with checker: SMPChecker) {
            for input in inputs { sink &+= (try? checker.check(input))?.ingredients.count ?? 0 }
        }
        for _ in 0..<rounds {
            let floor = Measure.secondsPerRun { for text in labels.texts { sink &+= CheckThroughput.splitCount(text) } }
            ratios["check", default: []].append(Measure.secondsPerRun { checkAll(inputs, with: checker) } / floor)
            ratios["tokenize", default: []].append(
                Measure.secondsPerRun { for input in inputs { sink &+= (try? checker.tokenCount(input)) ?? 0 } }
                    / floor)
            ratios["json-report", default: []].append(
                Measure.secondsPerRun { for report in reports { sink &+= reporter.bytes(report).count } } / floor)
            let fresh = try freshChecker()
            ratios["first-pass", default: []].append(Measure.seconds { checkAll(inputs, with: fresh) } / floor)
            let parse = Measure.secondsPerRun { for page in labels.pages { HTMLExtraction.bareParse(page) } }
            ratios["html-extract", default: []].append(
                Measure.secondsPerRun { for page in pages { sink &+= (try? checker.extractedByteCount(page)) ?? 0 } }
                    / parse)
            ratios["html-check", default: []].append(Measure.secondsPerRun { checkAll(pages, with: checker) } / parse)
            if let peer = PeerComparison.measure(labels.texts) {
                let fresh = try freshChecker()
                ratios["on-the-list", default: []].append(
                    Measure.seconds { checkAll(inputs, with: fresh) } / peer.seconds)
            }
        }
        if sink == .min { print(sink) }
        return report(ratios)
    }

    private func report(_ ratios: [String: [Double]]) -> Bool {
        print("## Speed check: \(labels.texts.count) generated labels, \(labels.pages.count) pages, \(rounds) rounds\n")
        print("| measure | reference | median ratio | spread | at most | result |")
        print("|---|---|---:|---:|---:|---|")
        var held = true
        for threshold in thresholds {
            guard let values = ratios[threshold.measure] else {
                print(
                    "| \(threshold.measure) | \(threshold.reference) | | | \(threshold.atMost) | skipped: \(threshold.needs) |"
                )
                continue
            }
            let median = Measure.median(values)
            let spread = "\(Measure.format(values.min()!, 2))–\(Measure.format(values.max()!, 2))"
            let passed = median <= threshold.atMost
            held = held && passed
            print(
                "| \(threshold.measure) | \(threshold.reference) | \(Measure.format(median, 2)) | \(spread) "
                    + "| \(threshold.atMost) | \(passed ? "ok" : "SLOWER THAN ALLOWED") |")
        }
        for measure in ratios.keys.sorted() where !thresholds.contains(where: { $0.measure == measure }) {
            print("| \(measure) | | \(Measure.format(Measure.median(ratios[measure]!), 2)) | | | no threshold |")
        }
        print("")
        return held
    }
}
