import Hummingbird
import NIOCore
import SMPCheckKit

/// A request the server refuses, with the status and the one-line message the client sees.
///
/// Every error leaves the server as JSON, `{"error": "message", "status": 400}`, so a script can
/// always parse the body; the page routes show the same message in HTML to a browser.
struct APIError: Error, Sendable, Equatable {
    var status: HTTPResponse.Status
    var message: String
    /// Extra headers, such as `Allow` on a 405.
    var headers: HTTPFields = [:]

    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }

    /// Why a request body could not be read (broken chunked framing, a dropped connection); the
    /// check routes answer it as a 400, a streamed scan as its last line.
    static func unreadableBody(_ error: any Error) -> String { "the request body could not be read (\(error))" }

    /// With `Connection: close`: the rest of an unread body is dropped and the connection closed
    /// (`ConnectionGuard`), rather than read as the next request.
    static func tooLarge(limit: Int) -> APIError {
        APIError(
            status: .contentTooLarge, message: "the request body is over the \(limit)-byte limit",
            headers: [.connection: "close"])
    }

    /// Sent by `ConnectionGuard` when a request has not arrived whole in time; the connection closes.
    static func requestTimeout(_ limit: TimeAmount) -> APIError {
        APIError(
            status: .requestTimeout,
            message: "the request did not arrive whole within \(Double(limit.nanoseconds) / 1e9) s",
            headers: [.connection: "close"])
    }

    /// Every scan slot is taken; the client may try again shortly.
    static func tooManyScans(limit: Int) -> APIError {
        APIError(
            status: .tooManyRequests,
            message: "\(limit) scans are running, the most this server runs at once; try again shortly",
            headers: [.retryAfter: "1"])
    }

    static func unsupportedMediaType(_ received: String?, accepted: [String]) -> APIError {
        APIError(
            status: .unsupportedMediaType,
            message:
                "Content-Type \(received.map { "'\($0)'" } ?? "missing"); send \(accepted.joined(separator: " or "))")
    }

    /// The JSON body, UTF-8, no trailing newline.
    var json: String {
        "{\"error\":\(JSONEscaping.quoted(message)),\"status\":\(status.code)}"
    }

    func response() -> Response {
        var fields = headers
        fields[.contentType] = MediaTypes.json
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }
}

extension APIError: HTTPResponseError {
    func response(from request: Request, context: some RequestContext) throws -> Response { response() }
}

extension APIError {
    /// A label the checker could not read: too large is 413, photos without the OCR libraries on the
    /// server 503, anything else the client's input (400).
    init(_ error: SMPCheckError) {
        switch error {
        case .inputTooLarge(_, _, let limit): self = .tooLarge(limit: limit)
        case .photoReadingUnavailable: self = APIError(status: .serviceUnavailable, message: error.description)
        default: self = .badRequest(error.description)
        }
    }
}
