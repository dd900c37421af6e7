/// A keyed hash of byte strings for the lookup tables: two 64-bit secrets drawn for each table,
/// and each word of the key folded in by a 128-bit multiply (the mixing step of wyhash).
///
/// The standard library's SipHash took some 300 instructions for a 30-byte list item, and a scan
/// hashes every item of every label; this takes about 50. It is keyed so that where a key lands
/// cannot be known in advance, but it makes no cryptographic promise: tables keyed by untrusted
/// text also bound their probing (`ByteKeyTable`'s `probeLimit`), so even keys crafted to collide
/// cost a bounded number of comparisons each.
///
/// The secrets are the table's own values, not globals: reading a lazily made global on the lookup
/// path is an opaque call to the optimizer, and the table's buffers were then retained around every
/// lookup (nine retains and releases a list item, measured).
struct ByteHash: Sendable {
    private let first: UInt64
    private let second: UInt64

    /// Fresh secrets from the system's random source.
    init() {
        var generator = SystemRandomNumberGenerator()
        first = generator.next() | 1
        second = generator.next() | 1
    }

    func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var state = first ^ UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        ByteWord.forEachWord(in: bytes) { word in state = Self.mix(state ^ word, second) }
        return Int(truncatingIfNeeded: Self.mix(state, first))
    }

    /// The high and low halves of the full product, folded: every bit of either factor reaches
    /// every bit of the result.
    @inline(__always) private static func mix(_ value: UInt64, _ key: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: key)
        return product.high ^ product.low
    }
}
