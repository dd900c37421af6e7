import Foundation

/// A product as Open Beauty Facts' API (v2) answers for a barcode, read into what smpcheck checks: the
/// ingredient text in the language that reads as an INCI list (`ingredients_text_en`, else
/// `ingredients_text`, else any other language's), and the product's name and brand for the report.
public struct OpenBeautyFactsProduct: Sendable, Equatable {
    public var record: ProductRecord
    /// The ingredient text chosen, nil when the product has none.
    public var ingredientText: String?

    /// The API's fields smpcheck asks for (`?fields=`): nothing more leaves OBF than these.
    public static let fields =
        "code,product_name,brands,lang,ingredients_text,ingredients_text_en,ingredients_text_fr,"
        + "ingredients_text_de,ingredients_text_es,ingredients_text_it"
    public static let defaultBaseURL = "https://world.openbeautyfacts.org"
    /// Where to add a missing product or list.
    public static let contributeURL = "https://world.openbeautyfacts.org/contribute"

    /// Reads the API's answer for `barcode`.
    /// - Throws: `SMPCheckError` when the answer is not JSON, or says the product is not found.
    public init(json: [UInt8], barcode: Barcode) throws(SMPCheckError) {
        let source = "barcode \(barcode)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            throw .unreadableInput(source: source, reason: "Open Beauty Facts answered with something that is not JSON")
        }
        guard (object["status"] as? Int) != 0, let product = object["product"] as? [String: Any] else {
            throw Self.notFound(barcode)
        }
        func text(_ key: String) -> String? {
            (product[key] as? String).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        }
        let others = product.keys.filter { $0.hasPrefix("ingredients_text_") && $0 != "ingredients_text_en" }.sorted()
        ingredientText = (["ingredients_text_en", "ingredients_text"] + others).lazy.compactMap(text).first
        record = ProductRecord(
            code: text("code") ?? barcode.digits, name: text("product_name"), brand: text("brands"),
            source: "Open Beauty Facts", licence: "ODbL")
    }

    /// The product's list, ready to check, with the product named in the report.
    /// - Throws: `SMPCheckError` when the product has no ingredient text.
    public func labelInput() throws(SMPCheckError) -> LabelInput {
        guard let ingredientText else {
            let name = record.name.map { " (\($0))" } ?? ""
            throw .unreadableInput(
                source: "barcode \(record.code)",
                reason: "Open Beauty Facts has no ingredient list for this product\(name): add one at "
                    + "\(Self.contributeURL), or paste the label's ingredient list instead")
        }
        var input = LabelInput(text: ingredientText, source: "barcode \(record.code)", kind: .text)
        input.productName = record.name
        input.product = record
        return input
    }

    /// The error for a barcode the database does not have.
    public static func notFound(_ barcode: Barcode) -> SMPCheckError {
        .unreadableInput(
            source: "barcode \(barcode)",
            reason: "Open Beauty Facts does not know this product: add it at \(contributeURL), "
                + "or paste the label's ingredient list instead")
    }
}
