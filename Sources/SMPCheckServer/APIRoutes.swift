import Foundation
import Hummingbird
import SMPCheckKit

/// The JSON API: `/healthz`, `/v1/lexicon`, `/v1/check` (one label) and `/v1/scan` (JSON Lines).
struct APIRoutes: Sendable {
    let checker: SMPChecker
    let configuration: SMPCheckServer.Configuration
    /// Barcode lookups, shared by every request.
    let products: ProductLookup
    /// The slots of the scans running at once.
    let scans: ScanSlots
    /// Photos posted to `/v1/check`, read off the task pool.
    let photos: PhotoChecks

    /// `GET /healthz`: the process is up and answering.
    func health(_ request: Request, _ context: BasicRequestContext) -> Response {
        json(#"{"status":"ok"}"#)
    }

    /// `GET /v1/lexicon`: the version and what the lexicon holds, so a client can tell which data answered.
    func lexicon(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        let lexicon = checker.lexicon
        let summary = LexiconSummary(
            version: configuration.version,
            counts: .init(
                entries: lexicon.entries.count, rules: lexicon.rules.count,
                inventory: lexicon.inventory.count, concerns: lexicon.concerns.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(String(decoding: try encoder.encode(summary), as: UTF8.self))
    }

    /// `POST /v1/check`: one label in, the report of the output contract out.
    func check(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        if PhotoChecks.mediaTypes.contains(MediaTypes.essence(of: request.headers[.contentType]) ?? "") {
            return try await photos.check(request, maximumBytes: configuration.maximumPhotoBytes)
        }
        try request.requireContentType([MediaTypes.json] + PhotoChecks.mediaTypes)
        let body = try await request.body(upTo: configuration.maximumBodyBytes)
        let checkRequest = try CheckRequest.parse(body.readableBytesView, source: "request")
        do {
            var input = checkRequest.input
            if let code = checkRequest.barcode { input = try await products.labelInput(for: code) }
            var report = try checker.check(
                input, phase: checkRequest.phase,
                avoiding: AvoidList(checkRequest.avoid, lexicon: checker.lexicon))
            report.daysSinceSession = checkRequest.days
            return Response(
                status: .ok, headers: [.contentType: MediaTypes.json],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: JSONReporter(pretty: false).bytes(report))))
        } catch {
            throw APIError(error)
        }
    }

    /// `POST /v1/scan`: JSON Lines in, one result line out per record, streamed; 429 when
    /// `maximumConcurrentScans` scans are running.
    func scan(_ request: Request, _ context: BasicRequestContext) throws -> Response {
        guard let permit = scans.take() else { throw APIError.tooManyScans(limit: scans.limit) }
        return try ScanStream(
            checker: checker, maximumLineBytes: configuration.maximumBodyBytes,
            maximumBodyBytes: configuration.maximumScanBytes, workers: configuration.scanWorkers
        ).response(to: request, permit: permit)
    }

    private func json(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: MediaTypes.json],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private struct LexiconSummary: Encodable {
        var version: String
        var counts: Counts

        struct Counts: Encodable {
            var entries: Int
            var rules: Int
            var inventory: Int
            var concerns: Int
        }
    }
}
