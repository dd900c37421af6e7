import Testing

@testable import SMPCheckKit

@Suite("UTF8Validator: well-formed UTF-8 without building a string")
struct UTF8ValidatorTests {
    private static func stdlibSays(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test("Every one-, two- and three-byte sequence is judged as the standard library judges it")
    func shortSequences() {
        var wrong: [[UInt8]] = []
        for first in 0...255 {
            for second in 0...255 {
                // The pair alone, and behind seven ASCII bytes so the eight-byte skip hands over mid-word.
                for prefix in [[], Array("Glycerin".utf8.prefix(7))] {
                    let bytes = prefix + [UInt8(first), UInt8(second)]
                    if UTF8Validator.isValid(bytes) != Self.stdlibSays(bytes) { wrong.append(bytes) }
                }
                // A third byte matters only after a lead of a longer sequence.
                for third: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xF0, 0xFF]
                where first >= 0xE0 {
                    let bytes = [UInt8(first), UInt8(second), third]
                    if UTF8Validator.isValid(bytes) != Self.stdlibSays(bytes) { wrong.append(bytes) }
                }
            }
        }
        #expect(wrong.isEmpty, "first disagreements: \(wrong.prefix(5))")
    }

    @Test("Four-byte edges, truncations and surrogates")
    func edges() {
        let cases: [[UInt8]] = [
            [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xE0, 0x9F, 0xBF], [0xF0, 0x90, 0x80], [0xF0, 0x90, 0x80, 0x41],
            [0xC0, 0x80], [0xC1, 0xBF], [0xF5, 0x80, 0x80, 0x80], Array("Rosa Damascena Flower Water™, Eau".utf8),
            Array("水、１，２－ヘキサンジオール、香料 😀".utf8), Array("Crème de la Mer".utf8).dropLast() + [0xC3],
        ]
        for bytes in cases {
            #expect(UTF8Validator.isValid(bytes) == Self.stdlibSays(bytes), "\(bytes)")
        }
    }

    @Test("Random bytes and random cuts of real labels agree with the standard library")
    func randomAndReal() throws {
        var generator = SystemRandomNumberGenerator()
        var texts: [[UInt8]] = (0..<2_000).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                // Mostly high bytes, so that sequences, not ASCII runs, are exercised.
                Bool.random(using: &generator)
                    ? UInt8.random(in: 0x80...0xFF, using: &generator) : UInt8.random(in: 0...0xFF, using: &generator)
            }
        }
        for record in try Repository.sharedRecords("corpus/labels.jsonl") ?? [] {
            let bytes = Array((record["text"] as? String ?? "").utf8)
            texts.append(bytes)
            // A cut anywhere may split a sequence.
            if !bytes.isEmpty { texts.append(Array(bytes[..<Int.random(in: 0..<bytes.count, using: &generator)])) }
        }
        let wrong = texts.filter { UTF8Validator.isValid($0) != Self.stdlibSays($0) }
        #expect(wrong.isEmpty, "first disagreements: \(wrong.prefix(3))")
    }
}
