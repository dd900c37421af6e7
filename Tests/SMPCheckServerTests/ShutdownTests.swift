import Foundation
import Testing

/// `smpcheck serve` as a person runs it: it prints where it listens, and SIGTERM or SIGINT (Ctrl-C)
/// stops it cleanly, after the request in flight has had its answer.
@Suite("smpcheck serve: start and graceful shutdown", .serialized)
struct ShutdownTests {
    /// The repository, found from this file rather than through another suite.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary `swift build` put beside this test bundle.
    static var binary: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = products.appending(path: "smpcheck")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return root.appending(path: ".build/debug/smpcheck")
    }

    /// A process started with SIGINT ignored (a background job of a script) passes that on to its
    /// children, and then Ctrl-C rightly does nothing: that case cannot be tested from here.
    static var sigintIgnored: Bool {
        var action = sigaction()
        sigaction(SIGINT, nil, &action)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
            == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    @Test("SIGTERM stops the server after the request in flight is answered; exit status 0")
    func sigterm() async throws { try await stops(on: SIGTERM) }

    @Test(
        "SIGINT stops the server the same way", .enabled(if: !sigintIgnored, "SIGINT is ignored in this test process"))
    func sigint() async throws { try await stops(on: SIGINT) }

    @Test(
        "SIGTERM under load: every request the server read is answered whole, new connections are refused, exit 0 within 5 s"
    )
    func sigtermUnderLoad() async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "smpcheck-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (process, port) = try await Self.startServer(in: scratch)
        defer { if process.isRunning { process.terminate() } }
        let pid = process.processIdentifier

        let signalled = Date().addingTimeInterval(1)
        let outcomes = try await withThrowingTaskGroup(of: LoadOutcome.self) { group in
            for _ in 0..<8 {
                group.addTask { try await TestConnection.blocking { Self.load(port: port, until: signalled) } }
            }
            try await Task.sleep(for: .seconds(1))
            kill(pid, SIGTERM)
            return try await group.reduce(into: LoadOutcome()) { $0.add($1) }
        }
        let exitedAfter = try await TestConnection.blocking { () -> Double? in
            while process.isRunning, Date().timeIntervalSince(signalled) < 5 { Thread.sleep(forTimeInterval: 0.02) }
            return process.isRunning ? nil : Date().timeIntervalSince(signalled)
        }
        print(
            "[shutdown] \(outcomes.answered) answered (\(outcomes.answeredAfterSignal) after SIGTERM), "
                + "\(outcomes.unanswered) closed unanswered, \(outcomes.broken) broken; exit after "
                + "\(exitedAfter.map { String(format: "%.2f", $0) } ?? "more than 5") s")
        #expect(outcomes.broken == 0, "\(outcomes.brokenExamples)")
        #expect(outcomes.answered > 0 && outcomes.refusedClients == 8)
        try #require(exitedAfter != nil, "still running 5 s after SIGTERM")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    /// What the clients of a load saw: whole answers, requests closed before any answer (not read by
    /// the server), and broken ones (a cut answer, or a status other than 200).
    struct LoadOutcome: Sendable {
        var answered = 0
        var answeredAfterSignal = 0
        var unanswered = 0
        var broken = 0
        var brokenExamples: [String] = []
        /// Clients that ended on a refused connection.
        var refusedClients = 0

        mutating func add(_ other: LoadOutcome) {
            answered += other.answered
            answeredAfterSignal += other.answeredAfterSignal
            unanswered += other.unanswered
            broken += other.broken
            brokenExamples += other.brokenExamples
            refusedClients += other.refusedClients
        }
    }

    /// Checks on a keep-alive connection, reconnecting when it closes, until a new connection is
    /// refused (or 10 s pass).
    private static func load(port: Int, until signalled: Date) -> LoadOutcome {
        let check = Array(#"{"text": "Aqua, Glycerin, Sodium Laureth Sulfate, Parfum"}"#.utf8)
        var outcome = LoadOutcome()
        var connection: TestConnection?
        let start = Date()
        while Date().timeIntervalSince(start) < 10 {
            guard let current = connection ?? (try? TestConnection(port: port)) else {
                outcome.refusedClients = 1
                break
            }
            connection = current
            let head: (status: Int, headers: [String: String])
            do {
                try current.writeHead(
                    "POST", "/v1/check", headers: [("Content-Type", "application/json")], bodyLength: check.count)
                try current.write(check)
                head = try current.readHead()
            } catch {
                connection = nil
                outcome.unanswered += 1
                continue
            }
            do {
                let body = try current.readBody(headers: head.headers)
                guard head.status == 200, !body.isEmpty else {
                    throw TestConnection.Failure(description: "status \(head.status)")
                }
                outcome.answered += 1
                if Date() > signalled { outcome.answeredAfterSignal += 1 }
            } catch {
                outcome.broken += 1
                outcome.brokenExamples.append("\(error)")
                connection = nil
            }
        }
        return outcome
    }

    @Test("A port already taken: one line on stderr and exit status 2")
    func portTaken() async throws {
        try await TestServer.with { port in
            let scratch = FileManager.default.temporaryDirectory.appending(path: "smpcheck-serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let errors = scratch.appending(path: "stderr")
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["serve", "--port", String(port)]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let exited = try await TestConnection.blocking {
                for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
                return !process.isRunning
            }
            if !exited { process.terminate() }
            try #require(exited, "a second server on a taken port did not exit")
            #expect(process.terminationStatus == 2)
            let message = try String(contentsOf: errors, encoding: .utf8)
            #expect(
                message.hasPrefix("smpcheck: cannot serve on 127.0.0.1:\(port): ") && message.contains("in use"),
                "\(message)")
        }
    }

    /// Starts `smpcheck serve --port 0`, its output in a file under `scratch` (a file, not a pipe, so no
    /// other test's child can hold it open); returns it with the port it listens on.
    private static func startServer(in scratch: URL) async throws -> (process: Process, port: Int) {
        let output = scratch.appending(path: "stdout")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        do {
            return (process, try await listeningPort(in: output))
        } catch {
            process.terminate()
            throw error
        }
    }

    private func stops(on signal: Int32) async throws {
        let scratch = FileManager.default.temporaryDirectory.appending(path: "smpcheck-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let (process, port) = try await Self.startServer(in: scratch)
        defer { if process.isRunning { process.terminate() } }
        let pid = process.processIdentifier
        let (firstLine, rest) = try await TestConnection.blocking {
            let connection = try TestConnection.chunkedPost(port: port, "/v1/scan", contentType: "application/x-ndjson")
            try connection.writeChunk(Array("{\"id\": \"a\", \"text\": \"Aqua, Glycerin\"}\n".utf8))
            _ = try connection.readHead()
            let first = try connection.readChunk() ?? []
            // The scan is half sent when the signal comes; it must still finish.
            kill(pid, signal)
            Thread.sleep(forTimeInterval: 0.3)
            try connection.writeChunk(Array("{\"id\": \"b\", \"text\": \"Aqua, Glycolic Acid\"}\n".utf8))
            try connection.writeChunk([])
            var rest: [UInt8] = []
            while let chunk = try connection.readChunk() { rest += chunk }
            return (String(decoding: first, as: UTF8.self), String(decoding: rest, as: UTF8.self))
        }
        #expect(firstLine.hasPrefix(#"{"record":1,"id":"a","#))
        #expect(rest.hasPrefix(#"{"record":2,"id":"b","#) && rest.contains(#""verdict":"avoid""#))

        let exited = try await TestConnection.blocking {
            for _ in 0..<100 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
            return !process.isRunning
        }
        try #require(exited, "still running 10 s after the signal")
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        // And it no longer listens.
        #expect(throws: TestConnection.Failure.self) { _ = try TestConnection(port: port) }
    }

    /// Waits for the line `smpcheck listening on http://127.0.0.1:PORT/` and returns the port.
    private static func listeningPort(in output: URL) async throws -> Int {
        for _ in 0..<300 {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let address = text[range]
                return Int(address.split(separator: ":").last!.dropLast())!
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestConnection.Failure(description: "smpcheck serve did not say where it listens")
    }
}
