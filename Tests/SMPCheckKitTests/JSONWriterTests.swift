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
}
