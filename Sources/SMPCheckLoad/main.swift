import Foundation
import SMPCheckKit

// SMPCheckLoad: a load test of `smpcheck serve` on loopback. From the repository root, after
// `swift build -c release`:
//   .build/release/SMPCheckLoad [--requests 100000] [--clients 64] [--warmup 10000]
//     [--labels ../shared/corpus/labels.jsonl] [--server .build/release/smpcheck]
//     [--scan-lines 100000] [--scan-rounds 3] [--only reference,check,scan] [--bars]
// It starts its own servers (port 0), prints Markdown, and with --bars exits 1 when a bar of
// issue #31 is missed: an error, RSS growth of 10 % or more after the warm-up, p99 of 50 ms or more.

/// One line of the report, written at once, so a long run shows its progress through a pipe too.
func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
@MainActor func number(_ name: String, _ fallback: Int) -> Int { option(name).flatMap { Int($0) } ?? fallback }
let total = number("--requests", 100_000)
let clients = number("--clients", 64)
let warmup = number("--warmup", min(10_000, total / 10))
let scanLines = number("--scan-lines", 100_000)
let scanRounds = number("--scan-rounds", 3)
let only = Set((option("--only") ?? "reference,check,scan").split(separator: ",").map(String.init))
let binary =
    option("--server")
    ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "smpcheck").path
let cores = ProcessInfo.processInfo.activeProcessorCount

let checker = try SMPChecker()
let labels = try LoadLabels(path: option("--labels") ?? "../shared/corpus/labels.jsonl", lexicon: checker.lexicon)
say("# smpcheck load test: \(cores) cores, \(labels.origin)\n")

var reference: InProcessRate?
if only.contains("reference") {
    let rate = InProcessRate(checker: checker, texts: labels.texts)
    reference = rate
    say("In process (as SMPCheckBench's check throughput): \(Int(rate.singleCore)) labels/s on 1 core, ")
    say("\(Int(rate.allCores)) labels/s on \(cores) cores.\n")
}

var missed: [String] = []
if only.contains("check") {
    let server = try ServerProcess(binary: binary, arguments: [])
    let requests = labels.bodies.map { LoadConnection.post("/v1/check", contentType: "application/json", body: $0) }
    let result = CheckLoad(server: server, requests: requests, total: total, clients: clients, warmup: warmup).run()
    let stopped = server.stop()
    let throughput = Double(total) / result.seconds
    let growth = Double(result.residentAtEnd - result.residentAfterWarmup) / Double(max(1, result.residentAfterWarmup))
    func ms(_ value: Double) -> String { String(format: "%.1f ms", value) }
    func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    say("## /v1/check: \(clients) clients, \(total) requests (warm-up: the first \(warmup))\n")
    say("| measure | value |")
    say("|---|---:|")
    say("| throughput | \(Int(throughput)) requests/s (\(String(format: "%.1f", result.seconds)) s) |")
    say("| throughput after warm-up | \(Int(Double(total - warmup) / result.afterWarmupSeconds)) requests/s |")
    say(
        "| latency p50 / p99 / max | \(ms(result.latencies.percentile(0.5))) / \(ms(result.latencies.percentile(0.99))) / \(ms(result.latencies.last ?? 0)) |"
    )
    say(
        "| latency after warm-up p50 / p99 | \(ms(result.afterWarmupLatencies.percentile(0.5))) / \(ms(result.afterWarmupLatencies.percentile(0.99))) |"
    )
    say(
        "| server RSS after warm-up → end | \(mb(result.residentAfterWarmup)) → \(mb(result.residentAtEnd)) (\(String(format: "%+.1f", growth * 100)) %) |"
    )
    say("| errors | \(result.errors)\(result.firstError.map { " (first: \($0))" } ?? "") |")
    if let reference {
        say(
            "| in-process rate ÷ throughput | \(String(format: "%.2f", reference.singleCore / throughput))× (1 core), \(String(format: "%.2f", reference.allCores / throughput))× (\(cores) cores) |"
        )
    }
    say("| SIGTERM to exit | status \(stopped.status), \(String(format: "%.2f", stopped.seconds)) s |\n")
    if result.errors > 0 { missed.append("\(result.errors) errors") }
    if growth >= 0.10 { missed.append("RSS grew \(Int(growth * 100)) % after the warm-up") }
    if result.latencies.percentile(0.99) >= 50 { missed.append("p99 is 50 ms or more") }
}

if only.contains("scan") {
    let options = ["--max-scan-bytes", String(1 << 30), "--request-timeout", "600"]
    let single = try ServerProcess(binary: binary, arguments: options + ["--scan-workers", "1"])
    let parallel = try ServerProcess(binary: binary, arguments: options + ["--scan-workers", String(cores)])
    let body = ScanLoad.body(labels: labels.bodies, lines: scanLines)
    let rounds = try ScanLoad(single: single, parallel: parallel, body: body, lines: scanLines, rounds: scanRounds)
        .run()
    _ = single.stop()
    _ = parallel.stop()
    let ratios = rounds.map(\.ratio).sorted()
    say(
        "## /v1/scan: \(scanLines) lines (\(body.count / 1_000_000) MB), 1 worker against \(cores), alternate rounds\n")
    say("| round | 1 worker | \(cores) workers | ratio |")
    say("|---|---:|---:|---:|")
    for (number, round) in rounds.enumerated() {
        say(
            "| \(number + 1) | \(Int(Double(scanLines) / round.singleSeconds)) lines/s | \(Int(Double(scanLines) / round.parallelSeconds)) lines/s | \(String(format: "%.2f", round.ratio))× |"
        )
    }
    say(
        "\nRatio: median \(String(format: "%.2f", ratios[ratios.count / 2]))×, from \(String(format: "%.2f", ratios.first!))× to \(String(format: "%.2f", ratios.last!))×.\n"
    )
}

if arguments.contains("--bars") && !missed.isEmpty {
    say("Missed: \(missed.joined(separator: "; ")).")
    exit(1)
}
