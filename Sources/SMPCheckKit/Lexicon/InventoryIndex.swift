/// The CosIng inventory, indexed for start-up speed: the data files' bytes as `TSVTable` read
/// them, each row's name and functions as byte ranges, and an open-addressing hash table from
/// normalized keys to rows. Loading builds no `String` per row; names are made into strings only
/// when a lookup reports them.
struct InventoryIndex: Sendable {
    private struct Row: Sendable {
        var name: Range<Int32>
        var functions: Range<Int32>
    }

    private struct Slot: Sendable {
        var key: Range<Int32>
        var row: Int32
    }

    /// The inventory files, back to back.
    private var text: [UInt8] = []
    private var rows: [Row] = []
    /// Normalized keys, back to back; `slots` point into it.
    private var keys: [UInt8] = []
    /// Each row's primary key, in row order (for the fuzzy index).
    private var primaryKeys: [Range<Int32>] = []
    private var slots: [Slot] = []
    /// Open addressing: `table[hash & mask]` holds a slot index plus one, 0 when empty.
    private var table: [Int32] = []

    init(files: [LexiconLoader.File], normalizer: KeyNormalizer) throws(SMPCheckError) {
        for file in files { try read(TSVTable(file: file.path, text: file.text, required: ["name", "functions"])) }
        table = Array(repeating: 0, count: max(16, (rows.count * 3).nextPowerOfTwo))
        keys.reserveCapacity(text.count)
        for (index, row) in rows.enumerated() {
            let start = Int32(keys.count)
            normalizer.appendKey(text[Int(row.name.lowerBound)..<Int(row.name.upperBound)], to: &keys)
            let keyRange = start..<Int32(keys.count)
            primaryKeys.append(keyRange)
            insert(keyRange, row: index)
            // Indexed with and without the bracket characters, as curated names are.
            let bounds = Int(keyRange.lowerBound)..<Int(keyRange.upperBound)
            if keys[bounds].contains(where: KeyVariants.isBracket),
               let debracketed = KeyVariants.debracketedForm(of: String(decoding: keys[bounds], as: UTF8.self)) {
                let extra = Int32(keys.count)
                keys += debracketed.utf8
                insert(extra..<Int32(keys.count), row: index)
            }
        }
    }

    var count: Int { rows.count }

    func name(_ row: Int) -> String { string(rows[row].name) }
    func functions(_ row: Int) -> String { string(rows[row].functions) }
    /// A row's normalized key, as stored.
    func keyBytes(_ row: Int) -> ArraySlice<UInt8> { keys[Int(primaryKeys[row].lowerBound)..<Int(primaryKeys[row].upperBound)] }

    /// The row a normalized key names, if any (the first row that had it).
    func row(for key: String) -> Int? {
        var key = key
        return key.withUTF8 { bytes in
            var position = Int(truncatingIfNeeded: Self.hash(bytes)) & (table.count - 1)
            while table[position] != 0 {
                let slot = slots[Int(table[position]) - 1]
                if equal(slot.key, bytes) { return Int(slot.row) }
                position = (position + 1) & (table.count - 1)
            }
            return nil
        }
    }

    // MARK: Building

    /// Takes one inventory file's rows: its bytes go after those already read.
    private mutating func read(_ file: TSVTable) {
        let base = text.count
        text += file.bytes
        let name = file.position(of: "name")!, functions = file.position(of: "functions")!
        func shifted(_ range: Range<Int>) -> Range<Int32> { Int32(base + range.lowerBound)..<Int32(base + range.upperBound) }
        for row in file.rows {
            rows.append(Row(name: shifted(file.range(row, column: name)), functions: shifted(file.range(row, column: functions))))
        }
    }

    private mutating func insert(_ key: Range<Int32>, row: Int) {
        guard !key.isEmpty else { return }
        var position = 0
        let found: Bool = keys.withUnsafeBufferPointer { keys in
            let bytes = UnsafeBufferPointer(rebasing: keys[Int(key.lowerBound)..<Int(key.upperBound)])
            position = Int(truncatingIfNeeded: Self.hash(bytes)) & (table.count - 1)
            while table[position] != 0 {
                if equal(slots[Int(table[position]) - 1].key, bytes) { return true }
                position = (position + 1) & (table.count - 1)
            }
            return false
        }
        guard !found else { return }
        slots.append(Slot(key: key, row: Int32(row)))
        table[position] = Int32(slots.count)
    }

    private func equal(_ stored: Range<Int32>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == bytes.count else { return false }
        var offset = Int(stored.lowerBound)
        for byte in bytes {
            guard keys[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    /// FNV-1a: short keys, a fixed table, no per-process seed needed (the keys are our own data).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    private func string(_ range: Range<Int32>) -> String {
        String(decoding: text[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }

}

extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
