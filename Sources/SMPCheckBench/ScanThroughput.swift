import Foundation

/// `smpcheck scan` as a whole process on generated catalogs (real labels replicated with varied
/// ids), CSV and JSON Lines, at several sizes, with one worker and with every core: records/s and
/// peak memory show growth and scaling.
struct ScanThroughput {
    let binary: String
    let labels: CorpusLabels
    let sizes: [Int]
    let singleWorkerLimit: Int

    func run() {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-bench-catalogs")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("## Scan: generated catalogs (real labels, ~\(labels.byteCount / labels.texts.count) bytes each), output to /dev/null\n")
        print("| format | records | input MB | workers | seconds | records/s | µs/record | peak RSS MB |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for format in ["csv", "jsonl"] {
            for size in sizes {
                let path = folder.appending(path: "catalog-\(size).\(format)").path
                let bytes = generate(format: format, records: size, at: path)
                for workers in size <= singleWorkerLimit ? [1, cores] : [cores] {
                    let run = Measure.run(binary, ["scan", path, "-o", "/dev/null", "--workers", "\(workers)"])
                    guard run.status == 0, run.stderr.contains("\(size) records") else {
                        print("| \(format) | \(size) | scan failed (status \(run.status)): \(run.stderr.prefix(200)) |")
                        continue
                    }
                    let rate = Double(size) / run.seconds
                    print("| \(format) | \(size) | \(Measure.format(Double(bytes) / 1e6, 0)) | \(workers) | "
                        + "\(Measure.format(run.seconds, 2)) | \(Int(rate)) | \(Measure.format(1e6 / rate, 1)) | \(Measure.format(run.peakMegabytes, 0)) |")
                }
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        print("")
    }

    /// Writes `records` records cycling through the real labels, each with its own id; returns the size.
    private func generate(format: String, records: Int, at path: String) -> Int {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        let quotedLabels = labels.texts.map { text -> [UInt8] in
            format == "csv" ? Array("\"".utf8) + text.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] } + Array("\"".utf8)
                : Array(try! JSONSerialization.data(withJSONObject: String(decoding: text, as: UTF8.self), options: .fragmentsAllowed))
        }
        var chunk: [UInt8] = Array((format == "csv" ? "sku,title,ingredients\n" : "").utf8)
        var total = 0
        for record in 0..<records {
            let label = quotedLabels[record % quotedLabels.count]
            if format == "csv" {
                chunk += Array("SKU-\(record),Product \(record),".utf8) + label + [0x0A]
            } else {
                chunk += Array("{\"sku\": \"SKU-\(record)\", \"ingredients\": ".utf8) + label + Array("}\n".utf8)
            }
            if chunk.count > 1 << 20 {
                handle.write(Data(chunk))
                total += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(chunk))
        return total + chunk.count
    }
}
