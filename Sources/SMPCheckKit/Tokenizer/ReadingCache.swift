/// What the tokenizer read before, kept for the lists it reads next: real catalogs repeat the same
/// few thousand names, and what a list item reads as, like whether a run of words splits into known
/// names, depends only on its bytes (for one lexicon). Safe to share across threads: every worker of a
/// scan reads the same cache, and only a miss takes its lock exclusively.
///
/// Each table is keyed by label text, so each bounds its probing (see `ByteKeyTable`), and each starts
/// over at its limit, which keeps memory flat on endless catalogs.
final class ReadingCache: Sendable {
    private let tables = Locked(Tables())

    private struct Tables {
        /// Items of up to `itemLimit` bytes: nearly every name.
        var items = ByteKeyTable<ItemReading>(probeLimit: ReadingCache.probeLimit)
        /// Items longer than `itemLimit`: a list printed with spaces only costs hundreds of lookups
        /// to read, and a catalog prints it on every row of a product's variants.
        var longItems = ByteKeyTable<ItemReading>(probeLimit: ReadingCache.probeLimit)
        /// Items of panels that may be names run together, read as such (see `Panel.mayBeRunOn`): they
        /// split otherwise than the same bytes in a list, and a catalog prints them on every variant too.
        var runOnItems = ByteKeyTable<ItemReading>(probeLimit: ReadingCache.probeLimit)
        /// Printed runs of words that do not split into known names, and pairs of items that do not
        /// join into one.
        var unsegmentable = ByteKeyTable<Void>(probeLimit: ReadingCache.probeLimit)
    }

    /// Far beyond the longest run of occupied slots a half-full table of keyed hashes shows (a dozen
    /// or so), so a cache refuses a key only when keys were made to collide.
    private static let probeLimit = 64
    /// Entries in `items` and `unsegmentable` before they start over.
    private static let entryLimit = 100_000
    /// Items up to this long are kept in `items`.
    private static let itemLimit = 160
    /// Longer items, up to `longItemLimit` bytes, go to `longItems`, and items of run-on panels of any
    /// length to `runOnItems`; each starts over at `longItemEntries`: 16 MB of text at most.
    private static let longItemLimit = 16_384
    private static let longItemEntries = 1_000
    /// Printed runs longer than this are not remembered: no real name is that long, and a hostile
    /// catalog of long unique texts must not fill memory 100,000 texts at a time.
    private static let runLimit = 256

    init() {}

    /// What was read in a list item with exactly these bytes before, if it is remembered. An item of
    /// a panel that may be names run together (`runsOfNames`) is read otherwise, and remembered apart.
    func reading(of item: ArraySlice<UInt8>, runsOfNames: Bool) -> ItemReading? {
        guard item.count <= Self.longItemLimit else { return nil }
        if runsOfNames { return tables.read { $0.runOnItems[item] } }
        if item.count <= Self.itemLimit { return tables.read { $0.items[item] } }
        return tables.read { $0.longItems[item] }
    }

    func remember(_ reading: ItemReading, for item: ArraySlice<UInt8>, runsOfNames: Bool) {
        if runsOfNames {
            remember(reading, for: item, in: \.runOnItems, upTo: Self.longItemLimit, entries: Self.longItemEntries)
        } else if item.count <= Self.itemLimit {
            remember(reading, for: item, in: \.items, upTo: Self.itemLimit)
        } else {
            remember(reading, for: item, in: \.longItems, upTo: Self.longItemLimit, entries: Self.longItemEntries)
        }
    }

    /// Whether a printed run of words was already found not to split into known names, or (two
    /// items with the comma between them) not to join into one.
    func isUnsegmentable(_ printed: ArraySlice<UInt8>) -> Bool {
        guard printed.count <= Self.runLimit else { return false }
        return tables.read { $0.unsegmentable[printed] != nil }
    }

    func rememberUnsegmentable(_ printed: ArraySlice<UInt8>) {
        remember((), for: printed, in: \.unsegmentable, upTo: Self.runLimit)
    }

    /// Stores a value in one of the tables, unless its key is longer than `limit`; a table holding
    /// `entries` starts over. A value already there is replaced.
    private func remember<Value>(
        _ value: Value, for key: ArraySlice<UInt8>, in table: WritableKeyPath<Tables, ByteKeyTable<Value>>,
        upTo limit: Int, entries: Int = ReadingCache.entryLimit
    ) {
        guard key.count <= limit else { return }
        tables.withLock { tables in
            if tables[keyPath: table].count >= entries { tables[keyPath: table].removeAll() }
            tables[keyPath: table].update(value, for: key)
        }
    }
}
