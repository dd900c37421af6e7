import Foundation
import SMPCheckServer
import Testing

/// Clients that would hold the service up: a body far over the limit sent whole before reading,
/// headers or a body sent a trickle at a time, a thousand idle connections, more connections than
/// the cap. Each is cut off after its limit, and other clients' checks are answered meanwhile.
/// The limits are short here; `smpcheck serve` documents its defaults. The latency bounds are loose
/// (a debug build, beside every other suite): the figures each test prints are the measurement.
@Suite("Oversized, slow and idle clients", .serialized)
struct LimitsTests {
    static let check = Array(#"{"text": "Aqua, Glycerin, Glycolic Acid"}"#.utf8)

    @Test(
        "A client that sends 10 MB whole before reading gets the 413 within 1 s (declared; chunked: answered); then the close"
    )
    func oversizedWholeBody() async throws {
        try await TestServer.with { port in
            for chunked in [false, true] {
                let (status, headers, seconds, closed) = try await TestConnection.blocking {
                    let connection = try TestConnection(port: port)
                    let body = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000)
                    let start = Date()
                    if chunked {
                        try connection.writeHead(
                            "POST", "/v1/check",
                            headers: [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")],
                            bodyLength: nil)
                        for piece in body.chunks(of: 65536) { try connection.writeChunk(piece) }
                        try connection.writeChunk([])
                    } else {
                        try connection.writeHead(
                            "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: body.count
                        )
                        try connection.write(body)
                    }
                    let (status, headers) = try connection.readHead()
                    let seconds = Date().timeIntervalSince(start)
                    return (status, headers, seconds, connection.secondsUntilClosed(limit: 2) != nil)
                }
                #expect(status == 413 && headers["connection"] == "close", "chunked: \(chunked)")
                print("[limits] 10 MB body, chunked: \(chunked): 413 after \(String(format: "%.2f", seconds)) s")
                // Declared, as urllib sends it: answered from the pipeline, the bar is 1 s. Chunked: by the
                // handler once it has read up to the limit, on the 2-thread pool that every other suite's
                // checks share in a full test run (seen: 0.3 s alone, 19 s with a fuzzer building beside):
                // that bound only says it is answered, not stuck.
                #expect(seconds < (chunked ? 60 : 1), "413 after \(seconds) s (chunked: \(chunked))")
                #expect(closed, "the connection stayed open after the 413 (chunked: \(chunked))")
            }
        }
    }

    @Test("Past the discard limit the rest of an oversized body is not read: the connection is cut")
    func oversizedPastTheDiscardLimit() async throws {
        var configuration = TestServer.configuration()
        configuration.maximumDiscardBytes = 1 << 20
        try await TestServer.with(configuration) { port in
            let sent = try await TestConnection.blocking { () -> Bool in
                let connection = try TestConnection(port: port)
                let body = [UInt8](repeating: UInt8(ascii: "a"), count: 64 << 20)
                try connection.writeHead(
                    "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: body.count)
                do {
                    try connection.write(body)
                    return true
                } catch {
                    return false
                }
            }
            #expect(!sent, "64 MB were all read after a 413 with a 1 MB discard limit")
        }
    }

    @Test("Headers sent a byte at a time: closed after the idle timeout; other checks answered meanwhile")
    func slowHeaders() async throws {
        var configuration = TestServer.configuration()
        configuration.idleTimeout = .seconds(1)
        try await TestServer.with(configuration) { port in
            let baseline = try await Self.checkLatencies(port: port, seconds: 0.5)
            async let latencies = Self.checkLatencies(port: port, seconds: 2)
            let closedAfter = try await TestConnection.blocking { () -> Double? in
                let connection = try TestConnection(port: port)
                let head =
                    Array("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".utf8)
                    + Array(repeating: 97, count: 100)
                let start = Date()
                for byte in head {
                    do { try connection.write([byte]) } catch { return Date().timeIntervalSince(start) }
                    Thread.sleep(forTimeInterval: 0.1)
                    if connection.isClosedByPeer { return Date().timeIntervalSince(start) }
                }
                return nil
            }
            let checks = try await latencies
            Self.report("slow headers", closedAfter: closedAfter, checks: checks)
            #expect(
                closedAfter.map { $0 > 0.8 && $0 < 2.5 } == true, "closed after \(String(describing: closedAfter)) s")
            Self.expectAnsweredMeanwhile(checks, baseline: baseline)
        }
    }

    @Test("A body that trickles and never ends: 408 after the request timeout, then the close")
    func bodyNeverEnds() async throws {
        var configuration = TestServer.configuration()
        configuration.idleTimeout = .seconds(10)
        configuration.requestTimeout = .seconds(1)
        try await TestServer.with(configuration) { port in
            let baseline = try await Self.checkLatencies(port: port, seconds: 0.5)
            async let latencies = Self.checkLatencies(port: port, seconds: 2)
            let (answeredAfter, status, closed) = try await TestConnection.blocking {
                let connection = try TestConnection(port: port)
                try connection.writeHead(
                    "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: 100_000)
                try connection.write(#"{"text": ""#)
                let start = Date()
                // A byte every 0.1 s: each is a body part, so the idle timer alone would never fire.
                while !connection.isReadable, Date().timeIntervalSince(start) < 5 {
                    try? connection.write("a")
                    Thread.sleep(forTimeInterval: 0.1)
                }
                let answeredAfter = Date().timeIntervalSince(start)
                let status = try connection.readResponse().status
                return (answeredAfter, status, connection.secondsUntilClosed(limit: 1) != nil)
            }
            let checks = try await latencies
            Self.report("trickled body", closedAfter: answeredAfter, checks: checks)
            #expect(status == 408 && closed)
            #expect(answeredAfter > 0.8 && answeredAfter < 2.5, "answered after \(answeredAfter) s")
            Self.expectAnsweredMeanwhile(checks, baseline: baseline)
        }
    }

    @Test("1,000 idle connections are closed after the idle timeout; checks are answered meanwhile")
    func thousandIdleConnections() async throws {
        var configuration = TestServer.configuration()
        configuration.idleTimeout = .seconds(2)
        try await TestServer.with(configuration) { port in
            let baseline = try await Self.checkLatencies(port: port, seconds: 0.5)
            // Opened first (accepting them takes the server a moment in a debug build); the checks
            // then run while they sit idle, and until they are closed.
            let idle = try await TestConnection.blocking { try (0..<1000).map { _ in try TestConnection(port: port) } }
            let opened = Date()
            // This one waits its turn behind the 1,000 to be accepted; the checks measured come after.
            _ = try await TestServer.postJSON(port, "/v1/check", String(decoding: Self.check, as: UTF8.self))
            async let latencies = Self.checkLatencies(
                port: port, seconds: max(0.5, 1.8 - Date().timeIntervalSince(opened)))
            let (stillOpen, seconds) = try await TestConnection.blocking {
                var open = idle
                while !open.isEmpty, Date().timeIntervalSince(opened) < 6 {
                    open.removeAll { $0.isClosedByPeer }
                    Thread.sleep(forTimeInterval: 0.05)
                }
                return (open.count, Date().timeIntervalSince(opened))
            }
            let checks = try await latencies
            Self.report("1,000 idle connections", closedAfter: seconds, checks: checks)
            #expect(stillOpen == 0, "\(stillOpen) of 1,000 idle connections still open after \(seconds) s")
            Self.expectAnsweredMeanwhile(checks, baseline: baseline)
        }
    }

    @Test("Past the connection cap a new connection waits, and is served once another closes")
    func connectionCap() async throws {
        var configuration = TestServer.configuration()
        configuration.maximumConnections = 2
        try await TestServer.with(configuration) { port in
            let (servedEarly, status) = try await TestConnection.blocking {
                var first: TestConnection? = try TestConnection(port: port)
                let second = try TestConnection(port: port)
                Thread.sleep(forTimeInterval: 0.2)
                let third = try TestConnection(port: port)
                try third.writeHead(
                    "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: Self.check.count)
                try third.write(Self.check)
                Thread.sleep(forTimeInterval: 0.5)
                let servedEarly = third.isReadable
                first = nil
                _ = (first, second)
                return (servedEarly, try third.readResponse().status)
            }
            #expect(!servedEarly && status == 200)
        }
    }

    /// Checks sent one after another for `seconds`, each on a connection of its own: their latencies in ms.
    static func checkLatencies(port: Int, seconds: Double) async throws -> [Double] {
        try await TestConnection.blocking {
            var latencies: [Double] = []
            let end = Date().addingTimeInterval(seconds)
            while Date() < end {
                let start = Date()
                let connection = try TestConnection(port: port)
                try connection.writeHead(
                    "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: check.count)
                try connection.write(check)
                let response = try connection.readResponse()
                guard response.status == 200 else {
                    throw TestConnection.Failure(description: "a check during the attack got \(response.status)")
                }
                latencies.append(Date().timeIntervalSince(start) * 1000)
                Thread.sleep(forTimeInterval: 0.05)
            }
            return latencies
        }
    }

    static func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }

    /// Other clients' checks went on during the attack: several were answered, and their median latency
    /// stayed within 5x that of checks just before it (at least 500 ms), a ratio because a full test
    /// run shares the 2 cores with every other suite (a fixed 500 ms failed there, at 3-65 ms alone).
    static func expectAnsweredMeanwhile(_ checks: [Double], baseline: [Double]) {
        let bound = max(500, 5 * median(baseline))
        #expect(
            checks.count >= 2 && median(checks) < bound,
            "check latencies \(checks) against a bound of \(bound) ms (before the attack: \(baseline))")
    }

    /// One line for the record: when the attack was cut off, and the other checks' latencies meanwhile.
    static func report(_ attack: String, closedAfter: Double?, checks: [Double]) {
        let sorted = checks.sorted()
        print(
            "[limits] \(attack): cut off after \(closedAfter.map { String(format: "%.2f", $0) } ?? "never") s; "
                + "\(checks.count) checks meanwhile, median \(String(format: "%.1f", median(checks))) ms, "
                + "max \(String(format: "%.1f", sorted.last ?? 0)) ms")
    }
}
