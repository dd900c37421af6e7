/// Byte-level character classes for scanning UTF-8 text without building `String`s.
enum ByteClass {
    /// Which byte values occur, one bit each, folded to 64: a quick screen before comparing texts
    /// (a text lacking a byte another needs cannot contain it, and one edit changes at most two bits).
    static func presenceMask(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
    }

    @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    @inline(__always) static func isUppercaseASCIILetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// Where the run of ASCII letters at `start` ends (at most `limit`).
    @inline(__always)
    static func endOfLetters(in bytes: [UInt8], from start: Int, limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { ByteWord.endOfRun(in: $0, from: start, limit: limit, ByteWord.asciiLetters) }
    }

    /// Where the run of ASCII letters at `start` of a slice ends (at most `limit`, an index of the slice).
    @inline(__always)
    static func endOfLetters(in bytes: ArraySlice<UInt8>, from start: Int, limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            bytes.startIndex
                + ByteWord.endOfRun(
                    in: buffer, from: start - bytes.startIndex, limit: limit - bytes.startIndex,
                    ByteWord.asciiLetters)
        }
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Letters, digits and every non-ASCII byte: the bytes that can be part of a word.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isDigit(byte) || byte >= 0x80
    }

    /// Bytes of a word as list items count them: ASCII letters, hyphens and non-ASCII bytes
    /// (`sulfate-free`, `Hexanediol`), not digits.
    @inline(__always) static func isNameWordByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "-") || byte >= 0x80
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Length of the UTF-8 sequence that starts with `byte` (1 for ASCII and for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
