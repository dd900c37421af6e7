/// The CosIng inventory, indexed for start-up speed: the data files' bytes as `TSVTable` read
/// them, each row's name and functions as byte ranges, and a `ByteKeyTable` from normalized keys
/// to rows. Loading builds no `String` per row; names are made into strings only
/// when a lookup reports them.
struct InventoryIndex: Sendable {
    private struct Row: Sendable {
        var name: Range<Int32>
        var functions: Range<Int32>
    }

    /// The inventory files, back to back.
    private var text: [UInt8] = []
    private var rows: [Row] = []
    /// Normalized keys to rows; a row is indexed under its key and, when that has brackets, its debracketed form.
    private var table = ByteKeyTable<Int32>()
    /// Each row's entry in `table` for its own key (the fuzzy index reads the keys back), -1 for an empty key.
    private var primaryKeys: [Int32] = []

    init(files: [LexiconLoader.File], normalizer: KeyNormalizer) throws(SMPCheckError) {
        for file in files { try read(TSVTable(file: file.path, text: file.text, required: ["name", "functions"])) }
        table = ByteKeyTable(minimumCapacity: rows.count + rows.count / 8)
        primaryKeys.reserveCapacity(rows.count)
        var key: [UInt8] = []
        for (index, row) in rows.enumerated() {
            key.removeAll(keepingCapacity: true)
            normalizer.appendKey(text[Int(row.name.lowerBound)..<Int(row.name.upperBound)], to: &key)
            guard !key.isEmpty else {
                primaryKeys.append(-1)
                continue
            }
            // The table has no probe limit, so it stores every key (nil would mean none, as for an empty key).
            primaryKeys.append(table.insert(Int32(index), for: key).map(Int32.init) ?? -1)
            // Indexed under the same forms as curated names; testing for brackets on the bytes first
            // spares a String for the rows that have none (nearly all).
            if key.contains(where: KeyVariants.isBracket) {
                for form in KeyVariants.indexForms(of: String(decoding: key, as: UTF8.self)).dropFirst() {
                    table.insert(Int32(index), for: form.utf8)
                }
            }
        }
    }

    var count: Int { rows.count }

    func name(_ row: Int) -> String { string(rows[row].name) }
    func functions(_ row: Int) -> String { string(rows[row].functions) }
    /// A row's normalized key, as stored.
    func keyBytes(_ row: Int) -> ArraySlice<UInt8> { primaryKeys[row] < 0 ? [] : table.key(at: Int(primaryKeys[row])) }

    /// The row a normalized key names, if any (the first row that had it).
    func row(for key: String) -> Int? { table[key.utf8].map(Int.init) }
    /// The same, for a key built as bytes.
    func row(for key: some Collection<UInt8>) -> Int? { table[key].map(Int.init) }

    // MARK: Building

    /// Takes one inventory file's rows: its bytes go after those already read.
    private mutating func read(_ file: TSVTable) {
        let base = text.count
        // The first file's bytes are shared, not copied: the inventory is read at every start.
        if text.isEmpty { text = file.bytes } else { text += file.bytes }
        let name = file.position(of: "name")!
        let functions = file.position(of: "functions")!
        func shifted(_ range: Range<Int>) -> Range<Int32> {
            Int32(base + range.lowerBound)..<Int32(base + range.upperBound)
        }
        for row in file.rows {
            rows.append(
                Row(
                    name: shifted(file.range(row, column: name)), functions: shifted(file.range(row, column: functions))
                ))
        }
    }

    private func string(_ range: Range<Int32>) -> String {
        String(decoding: text[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }
}
