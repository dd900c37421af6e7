@_spi(Benchmarks) import SMPCheckKit

/// Check-only throughput on the real labels, beside a floor that only walks and splits the same
/// bytes, and the stages alone (locate + tokenize; a 10 MB list).
struct CheckThroughput {
    let checker: SMPChecker
    let labels: CorpusLabels
    let rounds: Int
    /// A checker with a freshly loaded lexicon: every name it meets is new to it.
    let freshChecker: () throws -> SMPChecker

    func run() throws {
        let inputs = labels.texts.enumerated().map { LabelInput(bytes: $1, source: labels.ids[$0], kind: .text) }
        let megabytes = Double(labels.byteCount) / 1e6
        print(
            "## Check throughput: \(labels.texts.count) real labels (\(Measure.format(megabytes, 2)) MB) × \(rounds) rounds\n"
        )
        print("| measure | labels/s | MB/s | vs floor |")
        print("|---|---:|---:|---:|")
        var items = 0
        let floor = Measure.seconds {
            for _ in 0..<rounds { for text in labels.texts { items += Self.splitCount(text) } }
        }
        let floorRate = Double(labels.texts.count * rounds) / floor
        row(
            "floor: read and split on commas (\(items / rounds) items)", labels: labels.texts.count * rounds,
            seconds: floor, floor: floorRate)
        // A checker of its own, so the first pass meets every name for the first time even after the peer section.
        let fresh = try freshChecker()
        let cold = Measure.seconds { for input in inputs { _ = try? fresh.check(input) } }
        row(
            "check, first pass (fresh lexicon, nothing cached), 1 core", labels: inputs.count, seconds: cold,
            floor: floorRate)
        // One untimed round first, so the steady-state rows do not depend on which sections ran before.
        for input in inputs { _ = try? checker.check(input) }
        let warm = Measure.seconds { for _ in 0..<rounds { for input in inputs { _ = try? checker.check(input) } } }
        row("check, 1 core", labels: inputs.count * rounds, seconds: warm, floor: floorRate)
        let records = (0..<rounds).flatMap { round in
            inputs.enumerated().map {
                CatalogRecord(number: round * inputs.count + $0 + 1, id: nil, source: "bench", content: .label($1))
            }
        }
        let scanner = CatalogScanner(checker: checker)
        let parallel = Measure.seconds { _ = scanner.results(for: records) }
        row("check, \(scanner.workers) cores", labels: records.count, seconds: parallel, floor: floorRate)
        let tokenize = Measure.seconds {
            for _ in 0..<rounds { for input in inputs { _ = try? checker.tokenCount(input) } }
        }
        row("locate + tokenize only, 1 core", labels: inputs.count * rounds, seconds: tokenize, floor: floorRate)
        let reports = inputs.compactMap { try? checker.check($0) }
        let reporter = JSONReporter(pretty: false)
        var bytes = 0
        let json = Measure.seconds {
            for _ in 0..<rounds { for report in reports { bytes += reporter.bytes(report).count } }
        }
        row(
            "JSON report only (\(bytes / rounds / max(1, reports.count)) bytes each), 1 core",
            labels: reports.count * rounds,
            seconds: json, floor: floorRate)
        print("")
    }

    /// Issue #3's bar: one 10 MB label with about 500,000 commas, tokenized and checked, each by a
    /// checker with a freshly loaded lexicon (nothing about these names cached yet).
    func bigLabel() throws {
        var generator = SplitMix(seed: 7)
        // Names under 26 bytes give about the 500,000 commas in 10 MB.
        let names = checker.lexicon.inventory.map(\.name).filter { $0.utf8.count < 26 }
        var text: [UInt8] = Array("Ingredients: ".utf8)
        var commas = 0
        while text.count < 10_000_000 {
            text += Array(names[Int(generator.next() % UInt64(names.count))].utf8) + Array(", ".utf8)
            commas += 1
        }
        let input = LabelInput(bytes: text, source: "10 MB", kind: .text)
        let tokenizer = try freshChecker()
        let full = try freshChecker()
        var tokens = 0
        let tokenize = Measure.seconds { tokens = (try? tokenizer.tokenCount(input)) ?? 0 }
        var ingredients = 0
        let check = Measure.seconds { ingredients = (try? full.check(input).ingredients.count) ?? 0 }
        print(
            "10 MB label, \(commas) commas (random CosIng names): locate + tokenize \(Measure.format(tokenize, 2)) s "
                + "(\(tokens) ingredients); full check \(Measure.format(check, 2)) s (\(ingredients) ingredients); each with a freshly "
                + "loaded lexicon.\n")
    }

    private func row(_ name: String, labels: Int, seconds: Double, floor: Double) {
        let rate = Double(labels) / seconds
        let megabytes = Double(self.labels.byteCount) * Double(labels) / Double(self.labels.texts.count) / 1e6 / seconds
        print("| \(name) | \(Int(rate)) | \(Measure.format(megabytes)) | \(Measure.format(floor / rate))x slower |")
    }

    /// The floor: count the comma-separated items of a label (what any reader must at least do).
    static func splitCount(_ text: [UInt8]) -> Int {
        text.withUnsafeBufferPointer { bytes in
            var count = 1
            for byte in bytes where byte == UInt8(ascii: ",") { count += 1 }
            return count
        }
    }
}

/// A small deterministic generator, so generated inputs are the same on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
