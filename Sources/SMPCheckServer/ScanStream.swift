import Hummingbird
import SMPCheckKit

/// `POST /v1/scan`: reads JSON Lines and streams one JSON line back per input line, in order,
/// as each line is checked, so a long catalog never sits whole in memory on either side.
///
/// Output lines are the report object of the output contract with `"record"` (the 1-based line
/// number) and `"id"` (when the line has one) in front, or `{"record": N, "id": ..., "error": "..."}`
/// for a line that cannot be checked. Blank lines are not records: they get no output, but they
/// are counted, so `record` always points at the right line.
struct ScanStream: Sendable {
    let checker: SMPChecker
    let maximumLineBytes: Int
    let maximumBodyBytes: Int

    /// The streaming response; the request body is read while the response is written.
    func response(to request: Request) throws(APIError) -> Response {
        try request.requireContentType(MediaTypes.jsonLinesAccepted)
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > maximumBodyBytes {
            throw .tooLarge(limit: maximumBodyBytes)
        }
        return Response(
            status: .ok, headers: [.contentType: MediaTypes.jsonLines],
            body: ResponseBody { writer in
                var splitter = LineSplitter(maximumLineBytes: maximumLineBytes)
                var record = 0
                var received = 0
                // Set when reading stops early. The status is already sent, so the reason goes in band,
                // as an error line numbered where reading stopped.
                var stoppedBecause: String?
                var body = request.body.makeAsyncIterator()
                while true {
                    let next: ByteBuffer?
                    do {
                        next = try await body.next()
                    } catch {
                        stoppedBecause = APIError.unreadableBody(error) + "; stopped at this line"
                        break
                    }
                    guard let buffer = next else { break }
                    // Lines wholly inside the limit are checked however the body was cut into pieces.
                    let allowed = maximumBodyBytes - received
                    received += buffer.readableBytes
                    let lines = buffer.withUnsafeReadableBytes { splitter.append($0.prefix(allowed)) }
                    for line in lines {
                        record += 1
                        if let output = outputLine(for: line, record: record) { try await writer.write(output) }
                    }
                    if received > maximumBodyBytes {
                        stoppedBecause =
                            "the scan body is over the \(maximumBodyBytes)-byte limit; stopped at this line"
                        break
                    }
                }
                if let stoppedBecause {
                    try await writer.write(
                        ByteBuffer(string: Self.errorLine(record: record + 1, id: nil, message: stoppedBecause)))
                } else if let line = splitter.finish(), let output = outputLine(for: line, record: record + 1) {
                    try await writer.write(output)
                }
                try await writer.finish(nil)
            })
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
