/// Finds the closest known key to a misspelled one (`fragance` -> `fragrance`,
/// `methl trimethicone` -> `methyl trimethicone`) by edit distance: one edit for a name under
/// twelve bytes, two from twelve on.
///
/// Every unknown name in a catalog asks it once, against tens of thousands of inventory names, so
/// it compares the name with only the keys that can be close. Cut a key into `d + 1` pieces: `d`
/// edits leave at least one piece whole, at most `d` bytes from where it was. Each key is filed
/// under a hash of each of its pieces, for each number of edits a query near its length may take;
/// a query hashes the few runs of its own bytes that could be such a piece and collects the keys
/// filed there (a hash collision only adds a key to compare). Those are screened by a byte-presence
/// mask (one edit changes at most two bits of it), by byte counts (one edit changes at most two
/// counts by one each), and then compared by a banded distance computation that allocates nothing.
struct FuzzyIndex: Sendable {
    /// How many edits a name of `length` bytes may take: one in a short name already makes
    /// another word of it.
    static func allowedEdits(forLength length: Int) -> Int { length >= 12 ? 2 : 1 }

    /// Names shorter than this are not searched: one edit away from them lies almost anything.
    static let shortest = 5

    /// All keys, back to back, as registered. A key's number is its place shortest first and then
    /// in the order registered, which settles ties; `bounds`, `masks` and `values` are in that order.
    private var storage: [UInt8] = []
    private var bounds: [Range<Int>] = []
    private var masks: [UInt64] = []
    private var values: [Int] = []
    /// Open addressing on a piece's hash: each slot holds a list number plus one (0 when empty);
    /// list `l` has hash `listHashes[l]` and key numbers `postings[listStarts[l]..<listStarts[l + 1]]`,
    /// ascending. Not a `ByteKeyTable` on the hash's bytes: hashing the hash again and keeping its
    /// bytes as a key cost 22 million instructions more to build over the inventory.
    private var slots: [Int32] = []
    private var listHashes: [UInt64] = []
    private var listStarts: [Int32] = []
    private var postings: [Int32] = []
    private let hasher = ByteHash()

    /// Keys as UTF-8 bytes (a `String`'s `utf8`, or a slice of an index's key storage) with their values.
    init<Keys: Sequence, Key: Collection<UInt8>>(_ keys: Keys) where Keys.Element == (key: Key, value: Int) {
        var registered: [Range<Int>] = []
        var given: [Int] = []
        for (key, value) in keys where key.count >= Self.shortest {
            registered.append(storage.count..<(storage.count + key.count))
            storage += key
            given.append(value)
        }
        var pieceHashes: [UInt64] = []
        var pieceKeys: [Int32] = []
        storage.withUnsafeBufferPointer { storage in
            for index in Self.shortestFirst(registered) {
                let key = UnsafeBufferPointer(rebasing: storage[registered[index]])
                let number = Int32(values.count)
                bounds.append(registered[index])
                masks.append(ByteClass.presenceMask(key))
                values.append(given[index])
                for edits in 1...Self.allowedEdits(forLength: .max) where Self.queries(taking: edits, reach: key.count)
                {
                    for piece in 0...edits {
                        let range = Self.piece(piece, of: key.count, edits: edits)
                        pieceHashes.append(
                            pieceHash(UnsafeBufferPointer(rebasing: key[range]), key.count, edits, piece))
                        pieceKeys.append(number)
                    }
                }
            }
        }
        file(pieceHashes, pieceKeys)
    }

    /// Whether a query allowed `edits` edits may reach a key of `length` bytes: a key is filed only
    /// under the pieces such queries look for.
    private static func queries(taking edits: Int, reach length: Int) -> Bool {
        (max(shortest, length - edits)...(length + edits)).contains { allowedEdits(forLength: $0) == edits }
    }

    /// The keys' indices by length, and in the order given within one length (a counting sort).
    private static func shortestFirst(_ bounds: [Range<Int>]) -> [Int] {
        var starts = Array(repeating: 0, count: (bounds.lazy.map { $0.count }.max() ?? 0) + 2)
        for key in bounds { starts[key.count + 1] += 1 }
        for length in starts.indices.dropLast() { starts[length + 1] += starts[length] }
        var order = Array(repeating: 0, count: bounds.count)
        for (index, key) in bounds.enumerated() {
            order[starts[key.count]] = index
            starts[key.count] += 1
        }
        return order
    }

    /// Builds the table and the posting lists from the piece hashes, given in key order (so each
    /// list comes out ascending).
    private mutating func file(_ hashes: [UInt64], _ keys: [Int32]) {
        var capacity = 16
        while capacity < 2 * hashes.count { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        let listOfPiece = hashes.map { hash in
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 && listHashes[Int(slots[slot]) - 1] != hash { slot = (slot + 1) & (capacity - 1) }
            if slots[slot] == 0 {
                listHashes.append(hash)
                slots[slot] = Int32(listHashes.count)
            }
            return Int(slots[slot]) - 1
        }
        // Counting sort by list, stable: each list keeps its key numbers ascending.
        listStarts = Array(repeating: 0, count: listHashes.count + 1)
        for list in listOfPiece { listStarts[list + 1] += 1 }
        for list in listHashes.indices { listStarts[list + 1] += listStarts[list] }
        var next = listStarts
        postings = Array(repeating: 0, count: keys.count)
        for (list, key) in zip(listOfPiece, keys) {
            postings[Int(next[list])] = key
            next[list] += 1
        }
    }

    /// The value of the closest key within the edits `allowedEdits` gives a name of this length,
    /// for a name that is not a key itself (the search stops at one edit): the smallest distance
    /// first, then the shortest key, then the first registered.
    func nearest(to key: String) -> (value: Int, distance: Int)? {
        let query = Array(key.utf8)
        guard query.count >= Self.shortest else { return nil }
        let queryMask = ByteClass.presenceMask(query)
        let queryCounts = Self.counts(query)
        var best: (value: Int, distance: Int)?
        // Lowered as better matches are found: only a strictly closer key replaces the best.
        var limit = Self.allowedEdits(forLength: query.count)
        query.withUnsafeBufferPointer { query in
            let candidates = self.candidates(query, edits: limit)
            storage.withUnsafeBufferPointer { storage in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (query.count + limit + 2)) { scratch in
                    for number in candidates.lazy.map(Int.init)
                    where (queryMask ^ masks[number]).nonzeroBitCount <= 2 * limit {
                        let other = UnsafeBufferPointer(rebasing: storage[bounds[number]])
                        // Counted here, for the few keys the mask lets through, not stored for every key.
                        guard Self.countDistance(queryCounts, Self.counts(other)) <= 2 * limit else { continue }
                        if let distance = Self.distance(query, other, limit: limit, scratch: scratch),
                            Self.keepsShortWords(query, other, scratch: scratch), Self.keepsNumbers(query, other)
                        {
                            best = (values[number], distance)
                            limit = distance - 1
                            if limit < 1 { return }
                        }
                    }
                }
            }
        }
        return best
    }

    /// The numbers of the keys filed under a run of the query's bytes where the pigeonhole says one
    /// of their pieces must be, once each and ascending (the order ties are settled in).
    private func candidates(_ query: UnsafeBufferPointer<UInt8>, edits: Int) -> [Int32] {
        var found: [Int32] = []
        for length in max(Self.shortest, query.count - edits)...(query.count + edits) {
            for piece in 0...edits {
                let range = Self.piece(piece, of: length, edits: edits)
                for start in max(0, range.lowerBound - edits)...(range.lowerBound + edits)
                where start + range.count <= query.count {
                    let hash = pieceHash(
                        UnsafeBufferPointer(rebasing: query[start..<(start + range.count)]), length, edits, piece)
                    guard let list = list(for: hash) else { continue }
                    found += postings[Int(listStarts[list])..<Int(listStarts[list + 1])]
                }
            }
        }
        found.sort()
        var unique = 0
        for index in found.indices where unique == 0 || found[index] != found[unique - 1] {
            found[unique] = found[index]
            unique += 1
        }
        found.removeLast(found.count - unique)
        return found
    }

    private func list(for hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if listHashes[Int(slots[slot]) - 1] == hash { return Int(slots[slot]) - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Where piece `piece` of `edits + 1` lies in a key of `length` bytes.
    private static func piece(_ piece: Int, of length: Int, edits: Int) -> Range<Int> {
        (piece * length / (edits + 1))..<((piece + 1) * length / (edits + 1))
    }

    /// A piece's bytes hashed with the key's length, the number of edits and the piece's number.
    private func pieceHash(_ bytes: UnsafeBufferPointer<UInt8>, _ length: Int, _ edits: Int, _ piece: Int) -> UInt64 {
        let hash = UInt64(bitPattern: Int64(hasher.hash(UnsafeRawBufferPointer(bytes))))
        return hash ^ UInt64(length << 16 | edits << 8 | piece) &* 0x9E37_79B9_7F4A_7C15
    }

    /// How often each byte occurs, folded to 16 classes and capped at 15: folding and capping only
    /// ever shrink the difference between two names, so the sum of differences stays a lower bound
    /// on twice their edit distance.
    private static func counts(_ bytes: some Sequence<UInt8>) -> SIMD16<UInt8> {
        var counts = SIMD16<UInt8>(repeating: 0)
        for byte in bytes where counts[Int(byte & 15)] < 15 { counts[Int(byte & 15)] += 1 }
        return counts
    }

    private static func countDistance(_ a: SIMD16<UInt8>, _ b: SIMD16<UInt8>) -> Int {
        Int((pointwiseMax(a, b) &- pointwiseMin(a, b)).wrappedSum())
    }

    /// Whether a respelling leaves the short words recognizable: two edits in a name of twelve bytes
    /// may fall in one short word and make another word of it (`neem extract` is not `eel extract`,
    /// `silk protein` not `milk protein`). A word of four letters or fewer may take one edit, and
    /// keeps its first letter but for a scanner's `l` for `i` (`llex paraguariensis`). Keys whose
    /// words were run together or split apart are not compared word by word.
    static func keepsShortWords(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
        scratch: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        let (wordsA, wordsB) = (a.split(separator: 0x20), b.split(separator: 0x20))
        guard wordsA.count == wordsB.count else { return true }
        for (wordA, wordB) in zip(wordsA, wordsB)
        where max(wordA.count, wordB.count) <= 4 && !wordA.elementsEqual(wordB) {
            let (first, other) = (wordA.first, wordB.first)
            let scannerSlip =
                (first, other) == (UInt8(ascii: "l"), UInt8(ascii: "i"))
                || (first, other) == (UInt8(ascii: "i"), UInt8(ascii: "l"))
            guard first == other || scannerSlip,
                distance(
                    UnsafeBufferPointer(rebasing: wordA), UnsafeBufferPointer(rebasing: wordB), limit: 1,
                    scratch: scratch) != nil
            else { return false }
        }
        return true
    }

    /// Whether a respelling leaves the numbers alone: in a name they say which substance it is
    /// (`quaternium-10` is not `quaternium-15`, a formaldehyde releaser; `peg-10` not `peg-100`). Only
    /// the digits count, not what separates them (`c1214 pareth2` is `c12-14 pareth-2`), and a name
    /// printed without any may still be a key with some (`hydroxyethyl acrylate`).
    static func keepsNumbers(_ query: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        query.lazy.filter(ByteClass.isDigit).elementsEqual(key.lazy.filter(ByteClass.isDigit))
            || !query.contains(where: ByteClass.isDigit)
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit`. Only cells within `limit` of
    /// the diagonal can stay under it, so each row computes that band alone.
    static func distance(
        _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
        scratch: UnsafeMutableBufferPointer<Int>
    ) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        let width = b.count + 1
        precondition(scratch.count >= 2 * width, "scratch too small")
        var previous = 0
        var current = width
        let outside = limit + 1
        for j in 0...b.count { scratch[j] = j }
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            scratch[current] = i
            if low > 1 { scratch[current + low - 1] = outside }
            var rowMinimum = low == 1 ? i : outside
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let above = j <= i - 1 + limit ? scratch[previous + j] : outside
                let value = min(above + 1, scratch[current + j - 1] + 1, scratch[previous + j - 1] + cost)
                scratch[current + j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if high < b.count { scratch[current + high + 1] = outside }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let result = scratch[previous + b.count]
        return result <= limit ? result : nil
    }
}
