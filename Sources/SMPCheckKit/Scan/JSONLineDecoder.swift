import Foundation

/// Turns one line of a JSON Lines catalog into a record: the ingredient text and id found by
/// their field paths (dotted for nested objects), or why the line is skipped or in error.
///
/// A class, so the pending record of every line shares one decoder (a retain, not four).
final class JSONLineDecoder: Sendable {
    let source: String
    private let ingredientPaths: [[String]]
    private let idPaths: [[String]]
    /// Fields with the product's name and type, read together as its name.
    private let productPaths: [[String]]
    /// The id paths, then the ingredient paths, then the product paths, as UTF-8 keys for `JSONLineFields`.
    private let bytePaths: [[[UInt8]]]
    /// Why a line without any of the ingredient fields is skipped.
    private let missingField: String

    init(source: String, options: CatalogOptions, fields: CatalogFields) {
        self.source = source
        let ingredientFields = options.field.map { [$0] } ?? fields.ingredients + fields.descriptions
        ingredientPaths = ingredientFields.map(Self.split)
        idPaths = (options.idField.map { [$0] } ?? fields.id).map(Self.split)
        productPaths = fields.product.map(Self.split)
        bytePaths = (idPaths + ingredientPaths + productPaths).map { $0.map { Array($0.utf8) } }
        missingField = "no field \(ingredientFields.prefix(4).joined(separator: ", "))"
    }

    func record(number: Int, line: [UInt8]) -> CatalogRecord {
        // Read off the bytes when the line allows (nearly every line of a real catalog), else parsed whole.
        if let fields = JSONLineFields(line, paths: bytePaths) {
            // The first path with a value, as `value(in:paths:)` takes it.
            let id = fields.values[..<idPaths.count].first { $0 != nil } ?? nil
            let ingredientEnd = idPaths.count + ingredientPaths.count
            let ingredients = fields.values[idPaths.count..<ingredientEnd].first { $0 != nil } ?? nil
            let product = fields.values[ingredientEnd...].compactMap { $0 }
            return record(
                number: number, id: id, ingredients: ingredients.map(Field.text) ?? .missing,
                product: Self.productName(product))
        }
        return parsedRecord(number: number, line: line)
    }

    /// The line parsed whole by `JSONSerialization`: what `record` falls back to, and what tests
    /// hold its reading off the bytes to.
    func parsedRecord(number: Int, line: [UInt8]) -> CatalogRecord {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return CatalogRecord(number: number, id: nil, source: source, content: .error("not a JSON object"))
        }
        let id = Self.value(in: object, paths: idPaths).flatMap(Self.text)
        let ingredients = Self.value(in: object, paths: ingredientPaths).map {
            Self.text($0).map(Field.text) ?? .notText
        }
        let product = productPaths.compactMap { Self.value(in: object, paths: [$0]).flatMap(Self.text) }
        return record(number: number, id: id, ingredients: ingredients ?? .missing, product: Self.productName(product))
    }

    /// The ingredient field of a line.
    private enum Field {
        case missing
        case notText
        case text(String)
    }

    /// A product's name and type as one name, nil when the line has neither.
    private static func productName(_ parts: [String]) -> String? {
        let parts = parts.filter { $0.utf8.contains { !ByteClass.isSpace($0) } }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    private func record(number: Int, id: String?, ingredients: Field, product: String?) -> CatalogRecord {
        switch ingredients {
        case .missing:
            CatalogRecord(number: number, id: id, source: source, content: .skipped(missingField))
        case .notText:
            CatalogRecord(number: number, id: id, source: source, content: .error("the ingredient field is not text"))
        case .text(let text) where text.allSatisfy(\.isWhitespace):
            CatalogRecord(number: number, id: id, source: source, content: .skipped("the ingredient field is empty"))
        case .text(let text):
            CatalogRecord(
                number: number, id: id, source: source,
                content: .label(LabelInput(text: text, source: source, productName: product)))
        }
    }

    private static func split(_ path: String) -> [String] { path.split(separator: ".").map(String.init) }

    /// The value at the first path present; a path is dotted (`product.inci`).
    private static func value(in object: [String: Any], paths: [[String]]) -> Any? {
        for path in paths {
            var current: Any? = object
            for key in path { current = (current as? [String: Any])?[key] }
            if let current, !(current is NSNull) { return current }
        }
        return nil
    }

    /// Strings as they are; numbers (ids, barcodes) as printed; arrays of strings joined as a list.
    private static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        case let strings as [String]: strings.joined(separator: ", ")
        default: nil
        }
    }
}
