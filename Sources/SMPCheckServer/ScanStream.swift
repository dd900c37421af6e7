import Hummingbird
import SMPCheckKit

/// `POST /v1/scan`: reads JSON Lines and streams one JSON line back per input line, in order,
/// as each line is checked, so a long catalog never sits whole in memory on either side. Lines are
/// checked in batches on `workers` tasks at once (every core by default), and answered in order.
///
/// Output lines are the report object of the output contract with `"record"` (the 1-based line
/// number) and `"id"` (when the line has one) in front, or `{"record": N, "id": ..., "error": "..."}`
/// for a line that cannot be checked. Blank lines are not records: they get no output, but they
/// are counted, so `record` always points at the right line.
struct ScanStream: Sendable {
    let checker: SMPChecker
    let maximumLineBytes: Int
    let maximumBodyBytes: Int
    /// Batches checked at once, each on a task of its own.
    let workers: Int

    /// A batch is cut at this many lines, or sooner at `batchBytes` of input: small enough that the
    /// first answers come back at once and the workers stay evenly busy, large enough that handing a
    /// batch over costs little beside checking it.
    static let batchLines = 32
    static let batchBytes = 256 << 10
    /// Batches in flight per worker: a worker finds its next batch waiting while the writer writes.
    /// Memory per scan is then at most `workers × 4` batches of input and of output.
    static let batchesPerWorker = 4

    /// What a worker gets: lines to check, or the in-band error line that ends a scan early.
    enum Job: Sendable {
        case lines(firstRecord: Int, [LineSplitter.Line])
        case stopped(record: Int, message: String)
    }

    /// The streaming response; the request body is read while the response is written, and the
    /// `permit` (a slot among the concurrent scans) is held until the response is done with.
    func response(to request: Request, permit: ScanSlots.Permit) throws(APIError) -> Response {
        try request.requireContentType(MediaTypes.jsonLinesAccepted)
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maximumBodyBytes {
            throw .tooLarge(limit: maximumBodyBytes)
        }
        let body = request.body
        return Response(
            status: .ok, headers: [.contentType: MediaTypes.jsonLines],
            body: ResponseBody { writer in
                // The permit is this closure's: the slot frees when the response is let go of.
                defer { withExtendedLifetime(permit) {} }
                try await OrderedWorkers.run(
                    workers: workers, window: workers * Self.batchesPerWorker, transform: { output(for: $0) },
                    produce: { submit in await read(body, submit: submit) },
                    consume: { output in if output.readableBytes > 0 { try await writer.write(output) } })
                try await writer.finish(nil)
            })
    }

    /// Reads the body, cuts it into lines and submits them in batches, in order; ends with an error
    /// job when reading stops early (the status is already sent, so the reason goes in band, as an
    /// error line numbered where reading stopped).
    private func read(_ body: RequestBody, submit: (Job) async -> Bool) async {
        var splitter = LineSplitter(maximumLineBytes: maximumLineBytes)
        var record = 0
        var received = 0
        var stoppedBecause: String?
        var iterator = body.makeAsyncIterator()
        reading: while true {
            let next: ByteBuffer?
            do {
                next = try await iterator.next()
            } catch {
                stoppedBecause = APIError.unreadableBody(error) + "; stopped at this line"
                break
            }
            guard let buffer = next else { break }
            // Lines wholly inside the limit are checked however the body was cut into pieces.
            let allowed = maximumBodyBytes - received
            received += buffer.readableBytes
            let lines = buffer.withUnsafeReadableBytes { splitter.append($0.prefix(allowed)) }
            // Whatever this piece completed goes out now: a client may wait for an answer before sending more.
            for batch in Self.batches(of: lines) {
                guard await submit(.lines(firstRecord: record + 1, batch)) else { return }
                record += batch.count
            }
            if received > maximumBodyBytes {
                stoppedBecause = "the scan body is over the \(maximumBodyBytes)-byte limit; stopped at this line"
                break reading
            }
        }
        if let stoppedBecause {
            _ = await submit(.stopped(record: record + 1, message: stoppedBecause))
        } else if let line = splitter.finish() {
            _ = await submit(.lines(firstRecord: record + 1, [line]))
        }
    }

    /// `lines` cut into batches of at most `batchLines` lines and about `batchBytes` bytes.
    static func batches(of lines: [LineSplitter.Line]) -> [[LineSplitter.Line]] {
        var batches: [[LineSplitter.Line]] = []
        var current: [LineSplitter.Line] = []
        var bytes = 0
        for line in lines {
            current.append(line)
            if case .line(let content) = line { bytes += content.count }
            if current.count == batchLines || bytes >= batchBytes {
                batches.append(current)
                current = []
                bytes = 0
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// The output lines of one job, together.
    func output(for job: Job) -> ByteBuffer {
        switch job {
        case .lines(let firstRecord, let lines):
            var output = ByteBuffer()
            for (offset, line) in lines.enumerated() {
                if var text = outputLine(for: line, record: firstRecord + offset) { output.writeBuffer(&text) }
            }
            return output
        case .stopped(let record, let message):
            return ByteBuffer(string: Self.errorLine(record: record, id: nil, message: message))
        }
    }

    /// The output for one input line; nil for a blank line.
    func outputLine(for line: LineSplitter.Line, record: Int) -> ByteBuffer? {
        switch line {
        case .tooLong(let bytes):
            return ByteBuffer(
                string: Self.errorLine(
                    record: record, id: nil,
                    message: "the line is \(bytes) bytes, over the \(maximumLineBytes)-byte limit"))
        case .line(let bytes):
            guard bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
            let request: CheckRequest
            do {
                request = try CheckRequest.parse(bytes, source: "record \(record)")
            } catch {
                return ByteBuffer(
                    string: Self.errorLine(record: record, id: CheckRequest.id(in: bytes), message: error.message))
            }
            if request.barcode != nil {
                let message = "a scan checks labels; look barcodes up one at a time with POST /v1/check"
                return ByteBuffer(string: Self.errorLine(record: record, id: request.id, message: message))
            }
            let report: Report
            do {
                report = try checker.check(request.input, phase: request.phase)
            } catch {
                return ByteBuffer(string: Self.errorLine(record: record, id: request.id, message: error.description))
            }
            // The report object with the record fields in front: `{"record":N,"id":"...",` + the rest of it.
            var output = ByteBuffer(string: "{\"record\":\(record),")
            if let id = request.id { output.writeString("\"id\":\(JSONEscaping.quoted(id)),") }
            output.writeBytes(JSONReporter(pretty: false).bytes(report).dropFirst())
            output.writeString("\n")
            return output
        }
    }

    static func errorLine(record: Int, id: String?, message: String) -> String {
        "{\"record\":\(record),\(id.map { "\"id\":\(JSONEscaping.quoted($0))," } ?? "")\"error\":\(JSONEscaping.quoted(message))}\n"
    }
}
