/// Byte tests eight at a time, on a `UInt64` word: screens that look for a rare byte (a control
/// character, a quote, a non-ASCII byte) clear most of a text a word per step.
///
/// The tests give a mask, nonzero when the word may hold such a byte: it may be nonzero for a word
/// without one (a borrow can spill into the next byte), never zero for a word with one, so nonzero
/// means "look at these bytes one by one". Masks of several tests combine with `|`, branch-free.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when a byte of `word` may be below `limit` (at most 0x80).
    @inline(__always) static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Nonzero when a byte of `word` may equal `byte`.
    @inline(__always) static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether a byte of `word` is outside ASCII (exact).
    @inline(__always) static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }

    /// Bit 7 of each byte set exactly where that byte is an ASCII letter.
    @inline(__always) static func asciiLetters(in word: UInt64) -> UInt64 {
        // Case folded (`| 0x20` maps `A`–`Z` onto `a`–`z` and nothing else into that range).
        inRange(word | ones &* 0x20, from: UInt8(ascii: "a"), through: UInt8(ascii: "z"))
    }

    /// Bit 7 of each byte set exactly where that byte is an ASCII letter or digit.
    @inline(__always) static func asciiAlphanumerics(in word: UInt64) -> UInt64 {
        asciiLetters(in: word) | inRange(word, from: UInt8(ascii: "0"), through: UInt8(ascii: "9"))
    }

    /// Bit 7 of each byte set exactly where that byte is a bracket: `(`, `)`, `[`, `]`, `{` or `}`.
    @inline(__always) static func asciiBrackets(in word: UInt64) -> UInt64 {
        // `| 0x20` maps `[` and `]` onto `{` and `}`, and nothing else onto them.
        let folded = word | ones &* 0x20
        return inRange(word, from: UInt8(ascii: "("), through: UInt8(ascii: ")"))
            | inRange(folded, from: UInt8(ascii: "{"), through: UInt8(ascii: "{"))
            | inRange(folded, from: UInt8(ascii: "}"), through: UInt8(ascii: "}"))
    }

    /// Bit 7 of each byte set exactly where `low <= byte <= high` (both ASCII). Exact, unlike the
    /// screens above: each byte's sum stays within the byte, so no carry or borrow crosses into the next.
    @inline(__always) private static func inRange(_ word: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let ascii = word & ~highs
        let atLeastLow = ascii &+ ones &* UInt64(0x80 - low)
        let aboveHigh = ascii &+ ones &* UInt64(0x7F - high)
        return atLeastLow & ~aboveHigh & ~word & highs
    }

    /// Where the run of bytes in `member`'s class that starts at `start` ends (at most `limit`): eight
    /// bytes per step, so a word costs one well-predicted test rather than a branch per letter and a
    /// mispredicted one at its end. `member` marks bit 7 of each member byte, as `asciiLetters` does.
    @inline(__always)
    static func endOfRun(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, _ member: (UInt64) -> UInt64
    ) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Wrapping arithmetic: positions stay below `limit`, and this runs for every word of a text.
            while index &+ 8 <= limit {
                let outside =
                    ~member(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))) & highs
                if outside != 0 { return index &+ outside.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < limit, member(UInt64(bytes[index])) & 0x80 != 0 { index &+= 1 }
        return index
    }

    /// Fewer than eight bytes as one word: four to seven by two overlapping half-words (a byte read
    /// twice is tested twice, which changes no answer), fewer over `padding`. No copy to memory.
    @inline(__always)
    private static func shortWord(_ bytes: UnsafeRawBufferPointer, padding: UInt8) -> UInt64 {
        if bytes.count >= 4 {
            let head = UInt64(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
            let tail = UInt64(
                UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self)))
            return head | tail << 32
        }
        var word = ones &* UInt64(padding)
        for index in 0..<bytes.count {
            word = word & ~(0xFF << UInt64(index * 8)) | UInt64(bytes[index]) << UInt64(index * 8)
        }
        return word
    }

    /// Calls `body` with words that cover `bytes`: each whole word, then the last eight bytes
    /// (overlapping the word before) or, for fewer than eight, `shortWord` of them. Given the count,
    /// the words determine the bytes, so they can stand for them in a hash.
    @inline(__always)
    static func forEachWord(in bytes: UnsafeRawBufferPointer, _ body: (UInt64) -> Void) {
        guard bytes.count >= 8 else { return body(shortWord(bytes, padding: 0)) }
        var offset = 0
        while offset &+ 8 <= bytes.count {
            body(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        if offset < bytes.count { body(bytes.loadUnaligned(fromByteOffset: bytes.count &- 8, as: UInt64.self)) }
    }

    /// Whether `test` holds for some word of `bytes`. The last word overlaps the one before it, and
    /// bytes fewer than a word are tested padded with `padding`, a byte the test passes over.
    @inline(__always)
    static func any(in bytes: UnsafeRawBufferPointer, padding: UInt8, _ test: (UInt64) -> Bool) -> Bool {
        guard bytes.count >= 8 else { return test(shortWord(bytes, padding: padding)) }
        var offset = 0
        while offset + 8 < bytes.count {
            if test(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return test(bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }
}
