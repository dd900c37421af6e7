import Foundation

/// `smpcheck scan` as a whole process on generated catalogs (real labels replicated with varied
/// ids), CSV and JSON Lines, at several sizes, with one worker and with every core: records/s and
/// peak memory show growth and scaling.
///
/// Each row is run `repeats` times and reports the median run, with the slowest and fastest rates
/// beside it: on a shared machine one run can be a third slower than the next.
struct ScanThroughput {
    let binary: String
    let labels: CorpusLabels
    let sizes: [Int]
    let singleWorkerLimit: Int
    let repeats: Int

    func run() {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-bench-catalogs")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print(
            "## Scan: generated catalogs (real labels, ~\(labels.byteCount / labels.texts.count) bytes each), output to /dev/null\n"
        )
        print("Median of \(repeats) runs per row; the range is the slowest and fastest run.\n")
        print(
            "| format | records | input MB | workers | seconds | records/s | range records/s | µs/record | peak RSS MB |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for format in ["csv", "jsonl"] {
            for size in sizes {
                let path = folder.appending(path: "catalog-\(size).\(format)").path
                let bytes = generate(format: format, records: size, at: path)
                for workers in size <= singleWorkerLimit ? [1, cores] : [cores] {
                    let runs = (0..<repeats).map { _ in
                        Measure.run(binary, ["scan", path, "-o", "/dev/null", "--workers", "\(workers)"])
                    }
                    if let failed = runs.first(where: { $0.status != 0 || !$0.stderr.contains("\(size) records") }) {
                        print(
                            "| \(format) | \(size) | scan failed (status \(failed.status)): \(failed.stderr.prefix(200)) |"
                        )
                        continue
                    }
                    let seconds = runs.map(\.seconds).sorted()
                    let median = Measure.median(seconds)
                    let rate = Double(size) / median
                    let range = "\(Int(Double(size) / seconds.last!))–\(Int(Double(size) / seconds.first!))"
                    let peak = runs.map(\.peakMegabytes).max()!
                    print(
                        "| \(format) | \(size) | \(Measure.format(Double(bytes) / 1e6, 0)) | \(workers) | "
                            + "\(Measure.format(median, 2)) | \(Int(rate)) | \(range) | \(Measure.format(1e6 / rate, 1)) | \(Measure.format(peak, 0)) |"
                    )
                }
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        print("")
    }

    /// Writes `records` records cycling through the real labels, each with its own id; returns the size.
    private func generate(format: String, records: Int, at path: String) -> Int {
        let quotedLabels = labels.texts.map { text -> [UInt8] in
            format == "csv"
                ? Array("\"".utf8) + text.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] } + Array("\"".utf8)
                : Array(
                    try! JSONSerialization.data(
                        withJSONObject: String(decoding: text, as: UTF8.self), options: .fragmentsAllowed))
        }
        var file = ChunkedFile(path: path)
        file.append(Array((format == "csv" ? "sku,title,ingredients\n" : "").utf8))
        for record in 0..<records {
            let label = quotedLabels[record % quotedLabels.count]
            if format == "csv" {
                file.append(Array("SKU-\(record),Product \(record),".utf8) + label + [0x0A])
            } else {
                file.append(Array("{\"sku\": \"SKU-\(record)\", \"ingredients\": ".utf8) + label + Array("}\n".utf8))
            }
        }
        return file.close()
    }
}
