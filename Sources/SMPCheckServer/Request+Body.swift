import Hummingbird

extension Request {
    /// The whole body, refused with 413 once it passes `limit` bytes, and with 400 when it cannot be read.
    ///
    /// A declared `Content-Length` over the limit is refused before any of the body is read.
    func body(upTo limit: Int) async throws -> ByteBuffer {
        if let declared = headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw APIError.tooLarge(limit: limit)
        }
        do {
            return try await body.collect(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIError.tooLarge(limit: limit)
        } catch {
            // Broken chunked framing and the like: the client's request, not the server, is at fault.
            throw APIError.badRequest(APIError.unreadableBody(error))
        }
    }

    /// Refuses (415) a body whose `Content-Type` is none of `accepted`.
    func requireContentType(_ accepted: [String]) throws(APIError) {
        let received = headers[.contentType]
        guard let essence = MediaTypes.essence(of: received), accepted.contains(essence) else {
            throw .unsupportedMediaType(received, accepted: accepted)
        }
    }

    /// Whether the client asked for a page rather than data (a browser's form post does).
    var prefersHTML: Bool {
        headers[.accept]?.lowercased().contains("text/html") ?? false
    }
}
