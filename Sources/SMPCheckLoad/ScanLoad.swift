import Foundation

/// `/v1/scan` throughput on one body of `lines` labels, on a server checking with one worker and on
/// one with a worker per core, in alternate rounds, so that both meet the same noise.
struct ScanLoad {
    let single: ServerProcess
    let parallel: ServerProcess
    let body: [UInt8]
    let lines: Int
    let rounds: Int

    struct Round {
        var singleSeconds: Double
        var parallelSeconds: Double
        var ratio: Double { singleSeconds / parallelSeconds }
    }

    /// The JSON Lines body: the labels in turn, each with an id.
    static func body(labels: [[UInt8]], lines: Int) -> [UInt8] {
        var body: [UInt8] = []
        for index in 0..<lines {
            let label = labels[index % labels.count]
            // `{"text": ...}` with an id in front.
            body += Array("{\"id\":\"\(index)\",".utf8) + label.dropFirst() + [10]
        }
        return body
    }

    func run() throws -> [Round] {
        try (0..<rounds).map { _ in
            Round(singleSeconds: try scan(single), parallelSeconds: try scan(parallel))
        }
    }

    /// Seconds from the first byte sent to the last line received; the body is sent on a thread of
    /// its own while the answers are read, as a streaming client does.
    private func scan(_ server: ServerProcess) throws -> Double {
        let connection = try LoadConnection(port: server.port)
        let request = LoadConnection.post("/v1/scan", contentType: "application/x-ndjson", body: body)
        let start = Date()
        let sending = SendingThread(connection: connection, request: request)
        let response = try connection.readResponse()
        let seconds = Date().timeIntervalSince(start)
        try sending.wait()
        guard response.status == 200, response.lines == lines else {
            throw LoadConnection.Failure(
                description: "scan: status \(response.status), \(response.lines) of \(lines) lines")
        }
        return seconds
    }
}

/// Sends one request on a thread of its own, so its answer can be read meanwhile.
private final class SendingThread: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written by the thread before `done` is signalled, read after.
    private var failure: (any Error)?

    init(connection: LoadConnection, request: [UInt8]) {
        Thread {
            do { try connection.send(request) } catch { self.failure = error }
            self.done.signal()
        }.start()
    }

    func wait() throws {
        done.wait()
        if let failure { throw failure }
    }
}
