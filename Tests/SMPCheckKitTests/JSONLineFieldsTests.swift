import Foundation
import Testing

@testable import SMPCheckKit

/// A JSON Lines record is read off the line's bytes when `JSONLineFields` takes the line, and parsed
/// whole by `JSONSerialization` otherwise. Either way the record must be the same.
@Suite("JSON Lines: reading fields off the bytes gives the record that parsing the line whole gives")
struct JSONLineFieldsTests {
    /// The default fields, and a nested one (`--field product.inci --id-field product.code`).
    private static let fields = CatalogFields(try! Lexicon.builtIn.phrases)
    private static let decoders = [
        JSONLineDecoder(source: "test", options: CatalogOptions(), fields: fields),
        JSONLineDecoder(
            source: "test", options: CatalogOptions(field: "product.inci", idField: "product.code"), fields: fields),
    ]

    /// Everything a record shows: its id, and its text, skip reason or error.
    private static func outcome(_ record: CatalogRecord) -> String {
        let content =
            switch record.content {
            case .label(let input): "label " + String(decoding: input.bytes, as: UTF8.self)
            case .skipped(let reason): "skipped " + reason
            case .error(let message): "error " + message
            }
        return "id \(record.id ?? "none"); \(content)"
    }

    /// How many lines the reader takes with the default fields, and the lines where either decoder's
    /// record differs between reading the fields off the bytes and parsing the line whole.
    private static func compare(_ lines: [[UInt8]]) -> (taken: Int, differences: [String]) {
        var taken = 0
        var differences: [String] = []
        let paths = (fields.id + fields.ingredients + fields.descriptions).map { [Array($0.utf8)] }
        for line in lines {
            if JSONLineFields(line, paths: paths) != nil { taken += 1 }
            for decoder in decoders {
                let fast = outcome(decoder.record(number: 1, line: line))
                let parsed = outcome(decoder.parsedRecord(number: 1, line: line))
                if fast != parsed {
                    differences.append("\(String(decoding: line, as: UTF8.self).debugDescription): \(fast) | \(parsed)")
                }
            }
        }
        return (taken, differences)
    }

    /// Values the reader takes wherever they stand: strings (escapes and non-ASCII text included),
    /// integers as `JSONSerialization` prints them, and null.
    private static let readable: [[UInt8]] = [
        #""Aqua, Glycerin, Parfum""#, #""Aqua \"Water\", Glycerin\n(and) Parfum\/Fragrance\t""#,
        #""Eau, Glyc\u00e9rine, \ud83d\ude00 Parfum""#, "\"Glycérine, Limonène 😀\"", #""""#, #""   ""#,
        "0", "12", "3600523614431", "123456789012345678", "null",
    ].map { Array($0.utf8) }

    /// Values the reader hands back: valid JSON it leaves to the parser where a wanted field holds it
    /// (fractions, long or negative-zero integers, booleans, arrays, objects), and malformed strings,
    /// escapes, UTF-8 and numbers.
    private static let others: [[UInt8]] =
        [
            "-0", "1234567890123456789", "12345678901234567890", "1.5", "-2.50", "1e3", "1E+2", "true", "false",
            #"["Aqua", "Glycerin"]"#, #"[1, [2, {"a": null}]]"#, "[]", "{}", #"{"inci": "Aqua, Parfum"}"#,
            #"{"inci": null, "x": 1}"#,
            #""\ud800 lone""#, #""\udc00 low""#, #""\u12G4""#, #""\x""#, "\"raw\ttab\"", #""unterminated"#,
            "0123", "-", "1.", ".5", "nul",
        ].map { Array($0.utf8) } + [
            [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22],
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22],
        ]

    private static let keys = ["ingredients", "inci", "sku", "id", "code", "title", "product", "Ingredients"]

    /// Lines where `product.inci` and `product.code` lead into nested objects.
    @Test("Nested fields: found through their objects, and handed back when a level is not an object or is given twice")
    func nestedFields() {
        let lines = [
            #"{"product": {"code": 12, "inci": "Aqua, Parfum"}}"#,
            #"{"product": {"inci": "Aqua"}, "product_name": "X"}"#,
            #"{"product": {"meta": {"inci": "Aqua"}}, "inci": "Parfum"}"#, #"{"product": "Aqua"}"#,
            #"{"product": null}"#,
            #"{"product": {"inci": ["Aqua", "Parfum"]}}"#, #"{"product": {"inci": "Aqua"}, "product": {"code": "B"}}"#,
            #"{"product": {"inci": null, "code": "C"}}"#, #"{"product": {}}"#, #"{"x": {"product": {"inci": "Aqua"}}}"#,
        ].map { Array($0.utf8) }
        let paths = [[Array("product".utf8), Array("inci".utf8)]]
        #expect(JSONLineFields(lines[0], paths: paths)?.values == ["Aqua, Parfum"])
        #expect(JSONLineFields(lines[2], paths: paths)?.values == [nil])
        #expect(JSONLineFields(lines[6], paths: paths) == nil, "a key on the path given twice")
        let (_, differences) = Self.compare(lines)
        #expect(differences.isEmpty, "\(differences)")
    }

    /// The value as the only member, beside an id and a title, and inside a nested object.
    private static func lines(_ key: String, _ value: [UInt8]) -> [[UInt8]] {
        let member = Array("\"\(key)\": ".utf8) + value
        return [
            Array("{".utf8) + member + Array("}".utf8),
            Array("{\"handle\": \"a-1\", ".utf8) + member + Array(", \"title\": \"T\"}".utf8),
            Array(" {\"id\": 7,\t\"product\": {".utf8) + member + Array("}, \"ingredients_text\": \"Aqua\"} ".utf8),
        ]
    }

    @Test("Every pairing of a key and a value, alone, beside an id, and nested: the same record either way")
    func generatedLines() {
        let readableLines = Self.keys.flatMap { key in Self.readable.flatMap { Self.lines(key, $0) } }
        let otherLines = (Self.keys + ["ingr\\u0065dients"]).flatMap { key in
            Self.others.flatMap { Self.lines(key, $0) }
        }
        let readable = Self.compare(readableLines)
        #expect(
            readable.differences.isEmpty,
            "\(readable.differences.count) lines differ: \(readable.differences.prefix(5))")
        #expect(
            readable.taken == readableLines.count,
            "the reader took only \(readable.taken) of \(readableLines.count) lines")
        let others = Self.compare(otherLines)
        #expect(others.differences.isEmpty, "\(others.differences.count) lines differ: \(others.differences.prefix(5))")
    }

    @Test("Malformed lines, duplicate keys and deep nesting are handed back, and read as the parser reads them")
    func handedBack() {
        let paths = [[Array("ingredients".utf8)]]
        let lines = [
            #"{"ingredients": "Aqua",}"#, #"{"ingredients": "Aqua"} x"#, #"{"ingredients" "Aqua"}"#, #"["Aqua"]"#,
            #"{"ingredients": "Aqua", "ingredients": "Parfum"}"#, #"{'ingredients': 'Aqua'}"#, "",
            #"{"a": "#.appending(String(repeating: "[", count: 70)).appending(String(repeating: "]", count: 70))
                .appending(#", "ingredients": "Aqua"}"#),
        ].map { Array($0.utf8) }
        for line in lines {
            #expect(JSONLineFields(line, paths: paths) == nil, "\(String(decoding: line, as: UTF8.self))")
        }
        #expect(Self.compare(lines).differences.isEmpty)
        #expect(
            JSONLineFields(Array(#"{"x": [1, {"y": "\u00e9"}], "ingredients": "Aqua"}"#.utf8), paths: paths)?.values
                == ["Aqua"])
    }

    @Test("Every real label as a JSON Lines record, and the bundled sample catalog: the same records either way")
    func realLines() throws {
        var lines = try Repository.text("Samples/catalogs/products.jsonl").split(separator: "\n").map { Array($0.utf8) }
        if let records = try Repository.sharedRecords("corpus/labels.jsonl") {
            for (index, record) in records.enumerated() {
                let object: [String: Any] = [
                    "sku": "SKU-\(index)", "title": "Product \(index)", "ingredients": record["text"] as! String,
                ]
                lines.append(Array(try JSONSerialization.data(withJSONObject: object)))
            }
        }
        let (taken, differences) = Self.compare(lines)
        #expect(differences.isEmpty, "\(differences.count) lines differ: \(differences.prefix(5))")
        #expect(taken >= lines.count - 1, "the reader took \(taken) of \(lines.count) lines")
    }
}
