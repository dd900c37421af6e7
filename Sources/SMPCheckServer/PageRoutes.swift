import Hummingbird
import SMPCheckKit

/// The web page: `GET /` shows the form; `POST /check` (the form, with or without an uploaded
/// page) and `GET /check?text=...&days=...` (a link or a bookmark) show the verdict above it.
///
/// Works with JavaScript off. Errors come back as the page with the message when the client
/// asked for HTML (a browser does), as the API's JSON otherwise.
struct PageRoutes: Sendable {
    let checker: SMPChecker
    let maximumBodyBytes: Int
    /// A form with a photo may be this large.
    let maximumPhotoBytes: Int
    /// Barcode lookups, shared with the API.
    let products: ProductLookup
    /// The photo field's photos, read as the API's are.
    let photos: PhotoChecks

    /// What `POST /check` reads: a plain form, or a form with a file input.
    static let formTypes = [MediaTypes.form, MediaTypes.multipart]

    /// `GET /`
    func home(_ request: Request, _ context: BasicRequestContext) -> Response {
        Self.page(CheckPage(), status: .ok)
    }

    /// `GET /profile.js`: the script that remembers the session date and avoid list in the browser.
    func script(_ request: Request, _ context: BasicRequestContext) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/javascript; charset=utf-8", .xContentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: ProfileScript.source)))
    }

    /// `GET /check?text=...&days=...`
    func checkQuery(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let fields = FormFields(urlEncoded: Array((request.uri.query ?? "").utf8))
        return try await respond(to: request, fields: fields)
    }

    /// `POST /check` from the form.
    func checkForm(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let fields: FormFields
        do {
            try request.requireContentType(Self.formTypes)
            let multipart = MediaTypes.essence(of: request.headers[.contentType]) == MediaTypes.multipart
            // Only a form with a file input can carry a photo.
            let limit = multipart ? max(maximumBodyBytes, maximumPhotoBytes) : maximumBodyBytes
            let body = Array(try await request.body(upTo: limit).readableBytesView)
            if multipart {
                let boundary = request.headers[.contentType].flatMap { MediaTypes.parameter("boundary", in: $0) } ?? ""
                fields = try FormFields(multipart: body, boundary: boundary)
            } else {
                fields = FormFields(urlEncoded: body)
            }
        } catch let error as APIError {
            return try failure(error, request: request, form: CheckPage.Form())
        }
        return try await respond(to: request, fields: fields)
    }

    private func respond(to request: Request, fields: FormFields) async throws -> Response {
        let form = CheckPage.Form(fields)
        do {
            let avoiding = AvoidList(form.avoid.split(separator: ",").map(String.init), lexicon: checker.lexicon)
            var report: Report
            if let photo = fields["photo"], !photo.value.isEmpty {
                report = try await photos.report(
                    for: photo.value, source: photo.filename.flatMap { $0.isEmpty ? nil : $0 } ?? "photo",
                    phase: try form.resolvedPhase(), avoiding: avoiding)
            } else {
                report = try checker.check(
                    try await label(from: fields, form: form), phase: try form.resolvedPhase(), avoiding: avoiding)
            }
            report.daysSinceSession = Int(form.days)
            return Self.page(CheckPage(form: form, report: report), status: .ok)
        } catch let error as SMPCheckError {
            return try failure(APIError(error), request: request, form: form)
        } catch let error as APIError {
            return try failure(error, request: request, form: form)
        }
    }

    private func failure(_ error: APIError, request: Request, form: CheckPage.Form) throws -> Response {
        guard request.prefersHTML else { throw error }
        return Self.page(CheckPage(form: form, error: error.message), status: error.status)
    }

    /// An uploaded page when there is one, else the pasted text, else the barcode's list.
    private func label(from fields: FormFields, form: CheckPage.Form) async throws -> LabelInput {
        do {
            return try Self.label(from: fields)
        } catch {
            guard !form.barcode.isEmpty else { throw error }
            return try await products.labelInput(for: try Barcode.parse(form.barcode))
        }
    }

    private static func label(from fields: FormFields) throws(APIError) -> LabelInput {
        if let file = fields["page"], !file.value.isEmpty {
            let name = file.filename.flatMap { $0.isEmpty ? nil : $0 } ?? "uploaded page"
            let lowered = name.lowercased()
            let kind: LabelInput.Kind = lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : .automatic
            return LabelInput(bytes: file.value, source: name, kind: kind)
        }
        // A textarea holds a label, markup or not: read it as text so nothing typed is dropped as a tag.
        if let text = fields["text"], fields.text("text") != nil {
            return LabelInput(bytes: text.value, source: "pasted label", kind: .text)
        }
        throw .badRequest("Paste an ingredient list, choose a saved product page or give a barcode, then check.")
    }

    private static func page(_ page: CheckPage, status: HTTPResponse.Status) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: MediaTypes.html,
                // Nothing runs inline or loads from elsewhere: a label that slipped past escaping still could not act.
                .contentSecurityPolicy:
                    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
                    + "frame-ancestors 'none'",
                .xContentTypeOptions: "nosniff",
            ], body: ResponseBody(byteBuffer: ByteBuffer(string: page.render().markup)))
    }
}
