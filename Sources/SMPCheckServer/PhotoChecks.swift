import Dispatch
import Hummingbird
import SMPCheckKit
import SMPCheckOCR

/// Photos of a pack: `POST /v1/check` with a photo body (`image/jpeg`, `image/png`, `image/webp`,
/// `image/tiff`; the phase from the query, `?days=9` or `?phase=healing`) and the page's photo field.
///
/// Reading a photo takes seconds of one core, so it runs on threads of its own, at most one a core at
/// once, never on the task pool that answers text checks: a few photos never hold up the labels.
struct PhotoChecks: Sendable {
    let reader: PhotoReader
    private let slots: DispatchSemaphore
    private let queue = DispatchQueue(label: "smpcheck.photos", attributes: .concurrent)

    /// The types read as photos.
    static let mediaTypes = ["image/jpeg", "image/png", "image/webp", "image/tiff"]

    init(checker: SMPChecker, concurrentReads: Int) {
        reader = PhotoReader(checker: checker)
        slots = DispatchSemaphore(value: max(1, concurrentReads))
    }

    func check(_ request: Request, maximumBytes: Int) async throws -> Response {
        let body = try await request.body(upTo: maximumBytes)
        let query = request.uri.queryParameters
        let days = try query.get("days").map { text -> Int in
            guard let days = Int(text) else { throw APIError.badRequest("\"days\" must be a whole number") }
            return days
        }
        let phase = try PhaseChoice.resolve(phase: query.get("phase"), days: days)
        var report = try await report(for: Array(body.readableBytesView), source: "photo", phase: phase)
        report.daysSinceSession = days
        return Response(
            status: .ok, headers: [.contentType: MediaTypes.json],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: JSONReporter(pretty: false).bytes(report))))
    }

    /// Reads and checks a photo on the photo threads; errors come back as the API's.
    func report(for bytes: [UInt8], source: String, phase: Phase, avoiding: AvoidList? = nil) async throws -> Report {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [reader, slots] in
                slots.wait()
                defer { slots.signal() }
                do throws(SMPCheckError) {
                    continuation.resume(
                        returning: try reader.check(bytes, source: source, phase: phase, avoiding: avoiding))
                } catch {
                    continuation.resume(throwing: APIError(error))
                }
            }
        }
    }
}
