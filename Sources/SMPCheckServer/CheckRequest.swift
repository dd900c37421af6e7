import Foundation
import SMPCheckKit

/// One label to check, as the JSON API sends it: `{"text": "..."}` or `{"html": "..."}`, with an
/// optional `"phase"` (fresh | healing | settling | healed) or `"days"` (since the session), an
/// optional `"product"` (the product's name or type: `"Walnut Face Scrub"`), an optional `"avoid"` (the
/// person's own avoid list: `["coconut", "lanolin"]`), and, in a scan, an optional `"id"` echoed back.
struct CheckRequest: Sendable {
    var input: LabelInput
    var phase: Phase
    /// Days since the session, when the request gave them: the report then says how many remain.
    var days: Int?
    /// The person's own avoid list (`"avoid": ["coconut", "lanolin"]`), as given.
    var avoid: [String] = []
    /// A barcode to look up (`"barcode": "3600550362626"`); `input` is then empty until it is looked up.
    var barcode: Barcode?
    var id: String?

    /// Reads and validates one JSON object.
    ///
    /// - Parameter source: what the report names as its source when the request has no `id`.
    /// - Throws: `APIError` (400) naming what is wrong; on a body that is not a JSON object at all,
    ///   the error carries no `id`.
    static func parse(_ json: some Collection<UInt8>, source: String) throws(APIError) -> CheckRequest {
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: Data(json))
        } catch let error as APIError {
            throw error
        } catch let error as DecodingError {
            throw .badRequest(describe(error))
        } catch {
            throw .badRequest("the body is not valid JSON")
        }
        return try body.validated(source: source)
    }

    /// The id of a line whose other fields are wrong, so a scan's error line can still name it.
    static func id(in json: some Collection<UInt8>) -> String? {
        (try? JSONDecoder().decode(IDOnly.self, from: Data(json)))?.id?.value
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            "the body must be a JSON object"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            switch context.codingPath.first?.stringValue {
            case "days": "\"days\" must be a whole number"
            case "avoid": "\"avoid\" must be a list of strings"
            case "id": "\"id\" must be a string or a number"
            case let key?: "\"\(key)\" must be a string"
            case nil: "the body must be a JSON object"
            }
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            "\"\(context.codingPath[0].stringValue)\" has a value that cannot be read"
        default:
            "the body is not valid JSON"
        }
    }

    /// The fields as sent, before the rules between them are checked.
    private struct Body: Decodable {
        var text: String?
        var html: String?
        var phase: String?
        var days: Int?
        var id: FlexibleID?
        var product: String?
        var avoid: [String]?
        var barcode: String?

        func validated(source: String) throws(APIError) -> CheckRequest {
            var label: LabelInput
            var code: Barcode?
            switch (text, html, barcode) {
            case (let text?, nil, nil): label = LabelInput(text: text, source: id?.value ?? source, kind: .text)
            case (nil, let html?, nil): label = LabelInput(text: html, source: id?.value ?? source, kind: .html)
            case (nil, nil, let digits?):
                do { code = try Barcode.parse(digits) } catch { throw .badRequest(error.description) }
                label = LabelInput(text: "", source: "barcode \(digits)")
            case (nil, nil, nil):
                throw .badRequest(
                    "missing \"text\" (a label), \"html\" (a saved product page) or \"barcode\" (a product's barcode)")
            case (.some, .some, nil): throw .badRequest("give \"text\" or \"html\", not both")
            default: throw .badRequest("give one of \"text\", \"html\" or \"barcode\"")
            }
            label.productName = product
            return CheckRequest(
                input: label, phase: try PhaseChoice.resolve(phase: phase, days: days), days: days,
                avoid: avoid ?? [], barcode: code, id: id?.value)
        }
    }

    private struct IDOnly: Decodable {
        var id: FlexibleID?
    }

    /// Catalogs use numeric ids as often as string ones; both come back as a string.
    private struct FlexibleID: Decodable {
        var value: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                value = string
            } else if let number = try? container.decode(Int.self) {
                value = String(number)
            } else {
                value = String(try container.decode(Double.self))
            }
        }
    }
}
