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
                }
            }
        }
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
