import Foundation
import Testing

@testable import SMPCheckKit

@Suite("JSON writer")
struct JSONWriterTests {
    /// The writer tests strings a word at a time (the last word overlapping, short strings padded),
    /// so an escape must be found at every place of every length around a word.
    @Test("Quotes, backslashes and controls are escaped wherever they fall, at every length")
    func escapesEverywhere() throws {
        for length in 0...20 {
            for position in 0..<max(length, 1) {
                for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}", "é"] {
                    var characters = Array(repeating: "a", count: length)
                    if length > 0 { characters[position] = special }
                    let value = characters.joined()
                    var writer = JSONWriter(pretty: false)
                    writer.object { $0.field("v", value) }
                    let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: String]
                    #expect(decoded?["v"] == value, "length \(length), \(special.debugDescription) at \(position)")
                    #expect(!writer.bytes.contains { $0 < 0x20 || $0 == 0x7F }, "raw control byte written")
                    // A text said to need no escaping is copied as it is: the screen must not miss one.
                    if length > 0, special != "é" {
                        #expect(
                            JSONWriter.mayNeedEscaping(value),
                            "length \(length), \(special.debugDescription) at \(position)")
                    }
                }
            }
        }
    }

    @Test("A plain string is quoted as it is; one that may need escapes is escaped")
    func plainStrings() throws {
        for value in ["Aqua", "Sodium Laureth Sulfate*", "Parfum (Fragrance)", "say \"no\"", "a\\b", "tab\there", ""] {
            var writer = JSONWriter(pretty: false)
            writer.object { json in
                json.key("v")
                json.string(value, plain: !JSONWriter.mayNeedEscaping(value))
            }
            let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: String]
            #expect(decoded?["v"] == value)
        }
        #expect(!JSONWriter.mayNeedEscaping("Citrus Aurantium Dulcis (Orange) Peel Oil"))
    }

    /// The copy comes from the writer's own buffer, which grows (and moves) between the writes.
    @Test("A repeated string is copied from where it was last written, and a new one replaces it")
    func repeatedStrings() throws {
        let long = String(repeating: "x", count: 300)
        let values = [
            "declared", "declared", long, "declared", "may-contain", "may-contain", "kit \"B\"", "kit \"B\"", long,
            long,
        ]
        var writer = JSONWriter(pretty: false, capacity: 64)
        var last: JSONWriter.RepeatedString?
        writer.object { json in
            json.key("v")
            json.array(values) { json, value in json.string(value, repeating: &last) }
        }
        let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: [String]]
        #expect(decoded?["v"] == values)
    }

    @Test("Verdicts, severities and match kinds are written as their raw values")
    func literals() {
        func expectLiteral(_ value: some JSONLiteral, _ rawValue: String) {
            let literal = value.jsonLiteral
            #expect(
                Array(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
                    == JSONWriter.literal(rawValue))
        }
        for verdict in Verdict.allCases { expectLiteral(verdict, verdict.rawValue) }
        for severity in Severity.allCases { expectLiteral(severity, severity.rawValue) }
        for kind in LexiconMatch.Kind.allCases { expectLiteral(kind, kind.rawValue) }
    }

    /// One- and two-digit numbers take a shortcut; the rest are written digit by digit.
    @Test("Numbers are written as Swift prints them, on both sides of the two-digit shortcut")
    func numbers() {
        for value in [0, 1, 9, 10, 42, 99, 100, 101, 999, 1_000_000, -1, -9, -10, -99, -100, Int.max, Int.min] {
            var writer = JSONWriter(pretty: false)
            writer.number(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }
}
