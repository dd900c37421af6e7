#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hash table from byte strings to values. A lookup hashes the bytes where they lie (a slice
/// of a label, a key's UTF-8), so asking costs no allocation; the keys are copied once, back to
/// back, into the table's own storage.
///
/// `insert` keeps the first value stored for a key; `update` replaces it. The table grows as it
/// fills; `removeAll` starts over (the lexicon's caches do, at their limit).
struct ByteKeyTable<Value> {
    fileprivate struct Entry {
        var key: Range<Int32>
        var value: Value
    }

    /// Every key's bytes, back to back; entries point into it.
    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: `slots[hash & mask]` holds an entry index plus one, 0 when empty.
    private var slots: [Int32]

    init(minimumCapacity: Int = 16) {
        slots = Array(repeating: 0, count: max(16, (minimumCapacity * 2).nextPowerOfTwo))
    }

    var count: Int { entries.count }

    /// The key of the `index`th entry stored.
    func key(at index: Int) -> ArraySlice<UInt8> {
        keys[Int(entries[index].key.lowerBound)..<Int(entries[index].key.upperBound)]
    }

    subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let index = find(bytes).entry else { return nil }
        return entries[index].value
    }

    subscript(bytes: some Collection<UInt8>) -> Value? {
        if let value = bytes.withContiguousStorageIfAvailable({ self[$0] }) { return value }
        return Array(bytes).withUnsafeBufferPointer { self[$0] }
    }

    /// Stores `value` for `bytes` unless the key is already there; returns the entry's index.
    @discardableResult
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (existing, slot) = find(bytes)
        if let existing { return existing }
        let start = Int32(keys.count)
        keys.append(contentsOf: bytes)
        entries.append(Entry(key: start..<Int32(keys.count), value: value))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { rehash(to: slots.count * 2) }
        return entries.count - 1
    }

    @discardableResult
    mutating func insert(_ value: Value, for bytes: some Collection<UInt8>) -> Int {
        if let index = bytes.withContiguousStorageIfAvailable({ insert(value, for: $0) }) { return index }
        return Array(bytes).withUnsafeBufferPointer { insert(value, for: $0) }
    }

    /// Stores `value` for `bytes`, replacing the value already there.
    mutating func update(_ value: Value, for bytes: some Collection<UInt8>) {
        let index = insert(value, for: bytes)
        entries[index].value = value
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    // MARK: Probing

    /// The entry holding `bytes`, or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        return keys.withUnsafeBufferPointer { stored in
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let key = entries[index].key
                if key.count == bytes.count, Self.equal(stored, from: Int(key.lowerBound), bytes) { return (index, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    private mutating func rehash(to size: Int) {
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        keys.withUnsafeBufferPointer { stored in
            for (index, entry) in entries.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: stored[Int(entry.key.lowerBound)..<Int(entry.key.upperBound)])
                var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }

    private static func equal(_ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return memcmp(stored.baseAddress! + start, base, bytes.count) == 0
    }

    /// The standard library's seeded hash: the caches are keyed by text from labels a server
    /// receives, and an unseeded hash would let crafted input pile every key into one chain.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
extension ByteKeyTable.Entry: Sendable where Value: Sendable {}

fileprivate extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
