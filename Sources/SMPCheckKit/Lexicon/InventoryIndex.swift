/// The CosIng inventory, indexed for start-up speed: the data files' bytes kept as they are, each
/// row's name and functions as byte ranges, and an open-addressing hash table from normalized keys
/// to rows. Loading builds no `String` per row; names are made into strings only when a lookup
/// reports them.
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
        for file in files { try parse(file) }
        table = Array(repeating: 0, count: max(16, (rows.count * 3).nextPowerOfTwo))
        keys.reserveCapacity(text.count)
        for (index, row) in rows.enumerated() {
            let start = Int32(keys.count)
            normalizer.appendKey(text[Int(row.name.lowerBound)..<Int(row.name.upperBound)], to: &keys)
            let keyRange = start..<Int32(keys.count)
            primaryKeys.append(keyRange)
            insert(keyRange, row: index)
            // Indexed with and without the bracket characters, as curated names are.
            let hasBrackets = keys[Int(keyRange.lowerBound)..<Int(keyRange.upperBound)].contains {
                $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[")
            }
            if hasBrackets {
                // A copy, not a slice: a slice kept alive across the append below would copy all keys.
                let key = Array(keys[Int(keyRange.lowerBound)..<Int(keyRange.upperBound)])
                let debracketed = Array(KeyVariants(String(decoding: key, as: UTF8.self)).debracketed.utf8)
                if debracketed != key {
                    let extra = Int32(keys.count)
                    keys += debracketed
                    insert(extra..<Int32(keys.count), row: index)
                }
            }
        }
    }

    var count: Int { rows.count }

    func name(_ row: Int) -> String { string(rows[row].name) }
    func functions(_ row: Int) -> String { string(rows[row].functions) }
    func key(_ row: Int) -> String { String(decoding: keys[Int(primaryKeys[row].lowerBound)..<Int(primaryKeys[row].upperBound)], as: UTF8.self) }

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

    /// Reads one TSV file: `#` notes, a header naming at least `name` and `functions`, then rows.
    private mutating func parse(_ file: LexiconLoader.File) throws(SMPCheckError) {
        let base = text.count
        text.append(contentsOf: file.text.utf8)
        var columns: (name: Int, functions: Int, count: Int)?
        var line = 0
        var lineStart = base
        while lineStart < text.count {
            line += 1
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart, text[end - 1] == 0x0D { end -= 1 }
            guard end > lineStart, text[lineStart] != UInt8(ascii: "#") else { continue }
            guard let layout = columns else {
                let names = cellRanges(lineStart..<end).map { String(decoding: text[$0], as: UTF8.self) }
                guard let name = names.firstIndex(of: "name"), let functions = names.firstIndex(of: "functions") else {
                    throw .invalidLexicon(file: file.path, line: line, reason: "the header needs name and functions columns")
                }
                columns = (name, functions, names.count)
                continue
            }
            // Only two cells of 28,000 rows are kept: walk the tabs without collecting the others.
            var name = lineStart..<lineStart, functions = lineStart..<lineStart
            var cell = 0, cellStart = lineStart
            for index in lineStart...end where index == end || text[index] == 0x09 {
                if cell == layout.name { name = cellStart..<index }
                if cell == layout.functions { functions = cellStart..<index }
                cell += 1
                cellStart = index + 1
            }
            guard cell == layout.count else {
                throw .invalidLexicon(file: file.path, line: line, reason: "\(cell) columns, the header has \(layout.count)")
            }
            rows.append(Row(name: Self.narrow(name), functions: Self.narrow(functions)))
        }
        guard columns != nil else { throw .invalidLexicon(file: file.path, line: line, reason: "no header row") }
    }

    private func cellRanges(_ line: Range<Int>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where text[index] == 0x09 {
            cells.append(start..<index)
            start = index + 1
        }
        cells.append(start..<line.upperBound)
        return cells
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

    private static func narrow(_ range: Range<Int>) -> Range<Int32> { Int32(range.lowerBound)..<Int32(range.upperBound) }
}

extension Int {
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
