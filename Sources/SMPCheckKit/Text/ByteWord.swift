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

    /// Whether `test` holds for some word of `bytes`. The last word overlaps the one before it, and
    /// bytes fewer than a word are tested padded with `padding`, a byte the test passes over.
    @inline(__always)
    static func any(in bytes: UnsafeRawBufferPointer, padding: UInt8, _ test: (UInt64) -> Bool) -> Bool {
        guard bytes.count >= 8 else {
            var word = ones &* UInt64(padding)
            withUnsafeMutableBytes(of: &word) { $0.copyMemory(from: bytes) }
            return test(word)
        }
        var offset = 0
        while offset + 8 < bytes.count {
            if test(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
            offset += 8
        }
        return test(bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }
}
