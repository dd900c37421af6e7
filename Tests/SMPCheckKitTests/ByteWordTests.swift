import Testing

@testable import SMPCheckKit

@Suite("ByteWord: byte classes eight at a time")
struct ByteWordTests {
    private static func isLetter(_ byte: UInt8) -> Bool { ByteClass.isASCIILetter(byte) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)
    }
    private static func isBracket(_ byte: UInt8) -> Bool { Array("()[]{}".utf8).contains(byte) }

    @Test("The class masks are exact for every byte value in every position, whatever its neighbours")
    func masksAreExact() {
        var wrong: [String] = []
        // Neighbours that provoke carries and borrows: 0x00, 0xFF, and class edges.
        for neighbour: UInt8 in [0x00, 0x28, 0x2F, 0x3A, 0x40, 0x5B, 0x5C, 0x60, 0x7B, 0x7C, 0x7F, 0x80, 0xFF] {
            for position in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
                    let letters = ByteWord.asciiLetters(in: word)
                    let alphanumerics = ByteWord.asciiAlphanumerics(in: word)
                    let brackets = ByteWord.asciiBrackets(in: word)
                    for index in 0..<8 {
                        let bit = UInt64(0x80) << UInt64(index * 8)
                        if (letters & bit != 0) != Self.isLetter(bytes[index])
                            || (alphanumerics & bit != 0) != Self.isAlphanumeric(bytes[index])
                            || (brackets & bit != 0) != Self.isBracket(bytes[index])
                        {
                            wrong.append("\(bytes) at \(index)")
                        }
                    }
                    if (letters | alphanumerics | brackets) & ~0x8080_8080_8080_8080 != 0 {
                        wrong.append("\(bytes): bits outside bit 7")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test("A run's end is where a byte-by-byte walk stops, at every start and limit")
    func runEnds() {
        var wrong: [String] = []
        let text = Array("Aqua, Glycerin1,2-Hexanediol (Peg-40) Caprylyl/Capryl Glucoside, Água ÉTÉ zz\u{0}Zz99".utf8)
        text.withUnsafeBufferPointer { buffer in
            for start in 0...text.count {
                for limit in start...text.count {
                    var letters = start
                    while letters < limit, Self.isLetter(text[letters]) { letters += 1 }
                    var alphanumerics = start
                    while alphanumerics < limit, Self.isAlphanumeric(text[alphanumerics]) { alphanumerics += 1 }
                    if ByteWord.endOfRun(in: buffer, from: start, limit: limit, ByteWord.asciiLetters) != letters
                        || ByteWord.endOfRun(in: buffer, from: start, limit: limit, ByteWord.asciiAlphanumerics)
                            != alphanumerics
                        || ByteClass.endOfLetters(in: text, from: start, limit: limit) != letters
                    {
                        wrong.append("\(start)..<\(limit)")
                    }
                }
            }
        }
        let slice = text[6..<40]
        for start in slice.indices {
            var end = start
            while end < slice.endIndex, Self.isLetter(text[end]) { end += 1 }
            if ByteClass.endOfLetters(in: slice, from: start, limit: slice.endIndex) != end {
                wrong.append("slice from \(start)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// Texts shorter than a word are tested as one word built from overlapping half-words or single
    /// bytes over padding: a byte of interest must be seen at every place of every length.
    @Test("A screen sees a marked byte at every place of every length, short texts included")
    func screensEveryPlace() {
        var missed: [String] = []
        for length in 0...20 {
            for place in -1..<length {
                var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                if place >= 0 { bytes[place] = 0xC3 }
                let found = bytes.withUnsafeBytes { ByteWord.any(in: $0, padding: 0, ByteWord.hasNonASCII) }
                if found != (place >= 0) { missed.append("length \(length), place \(place)") }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5))")
    }

    /// The words stand for the bytes in a hash: two texts of one length with the same words would
    /// always collide. Every byte must be recoverable from the words and the count.
    @Test("The words that cover a text determine it, at every length, short texts included")
    func wordsDetermineBytes() {
        var generator = SystemRandomNumberGenerator()
        var wrong: [Int] = []
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            var words: [UInt64] = []
            bytes.withUnsafeBytes { ByteWord.forEachWord(in: $0) { words.append($0) } }
            if Self.bytes(from: words, count: length) != bytes { wrong.append(length) }
        }
        #expect(wrong.isEmpty, "lengths \(wrong)")
    }

    /// The inverse of `forEachWord`, written from its description.
    private static func bytes(from words: [UInt64], count: Int) -> [UInt8] {
        func unpacked(_ word: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } }
        guard count >= 8 else {
            guard words.count == 1 else { return [] }
            let all = unpacked(words[0])
            // Four to seven bytes: the first four in the low half, the last four (overlapping) in the high.
            return count >= 4 ? Array(all[0..<4] + all[(12 - count)..<8]) : Array(all[0..<count])
        }
        var result = words.prefix(count / 8).flatMap(unpacked)
        if count % 8 != 0, let last = words.last { result += unpacked(last).suffix(count % 8) }
        return result
    }
}
