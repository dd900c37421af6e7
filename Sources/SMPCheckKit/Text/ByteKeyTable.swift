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
///
/// A table keyed by untrusted text (a cache of what labels hold) gives a `probeLimit`: a lookup
/// gives up after that many occupied slots, and a key that would go further is not stored. Keys
/// crafted to collide then cost a bounded number of comparisons each, never a pass over the table.
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
    /// Occupied slots a lookup passes before giving up; no limit for tables built from trusted
    /// data, which must hold every key.
    private let probeLimit: Int
    private let hasher = ByteHash()

    init(minimumCapacity: Int = 16, probeLimit: Int = .max) {
        slots = Array(repeating: 0, count: max(16, (minimumCapacity * 2).nextPowerOfTwo))
        self.probeLimit = probeLimit
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

    /// Stores `value` for `bytes` unless the key is already there; returns the entry's index, nil
    /// when the key's probe passed `probeLimit` (and it was not stored).
    @discardableResult
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (existing, slot) = find(bytes)
        if let existing { return existing }
        guard let slot else { return nil }
        let start = Int32(keys.count)
        keys.append(contentsOf: bytes)
        entries.append(Entry(key: start..<Int32(keys.count), value: value))
        slots[slot] = Int32(entries.count)
        if entries.count * 2 > slots.count { rehash(to: slots.count * 2) }
        return entries.count - 1
    }

    @discardableResult
    mutating func insert(_ value: Value, for bytes: some Collection<UInt8>) -> Int? {
        if let index = bytes.withContiguousStorageIfAvailable({ insert(value, for: $0) }) { return index }
        return Array(bytes).withUnsafeBufferPointer { insert(value, for: $0) }
    }

    /// Stores `value` for `bytes`, replacing the value already there (unless `insert` refused the key).
    mutating func update(_ value: Value, for bytes: some Collection<UInt8>) {
        guard let index = insert(value, for: bytes) else { return }
        entries[index].value = value
    }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    // MARK: Probing

    /// The entry holding `bytes`, or the empty slot where it would go (nil past `probeLimit`).
    private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int?) {
        let mask = slots.count - 1
        var slot = hasher.hash(UnsafeRawBufferPointer(bytes)) & mask
        return keys.withUnsafeBufferPointer { stored in
            var probes = 0
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let key = entries[index].key
                if key.count == bytes.count, Self.equal(stored, from: Int(key.lowerBound), bytes) {
                    return (index, slot)
                }
                probes += 1
                guard probes < probeLimit else { return (nil, nil) }
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
                var slot = hasher.hash(UnsafeRawBufferPointer(bytes)) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index + 1)
            }
        }
    }

    private static func equal(
        _ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return memcmp(stored.baseAddress! + start, base, bytes.count) == 0
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
extension ByteKeyTable.Entry: Sendable where Value: Sendable {}

extension Int {
    fileprivate var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
