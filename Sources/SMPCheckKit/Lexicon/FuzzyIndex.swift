/// Finds the closest known key to a misspelled one (`fragance` -> `fragrance`,
/// `methl trimethicone` -> `methyl trimethicone`) by edit distance, comparing only keys of
/// similar length.
///
/// Every unknown name in a catalog asks it once, against tens of thousands of inventory names, so
/// candidates are screened twice before a banded distance computation that allocates nothing: by a
/// byte-presence mask (one edit changes at most two bits of it), then by byte counts (one edit
/// changes at most two counts by one each).
struct FuzzyIndex: Sendable {
    /// The keys of one length, column by column: the screening pass reads the masks alone, in a
    /// tight loop, and looks further only at the few that pass.
    private struct Bucket: Sendable {
        var masks: [UInt64] = []
        var counts: [SIMD16<UInt8>] = []
        var starts: [Int] = []
        var values: [Int] = []
    }

    /// All keys, back to back; buckets address them by offset, so scanning one retains nothing.
    private var storage: [UInt8] = []
    /// Indexed by key length.
    private var buckets: [Bucket] = []

    /// Keys as UTF-8 bytes (a `String`'s `utf8`, or a slice of an index's key storage) with their values.
    init<Keys: Sequence, Key: Collection<UInt8>>(_ keys: Keys) where Keys.Element == (key: Key, value: Int) {
        for (key, value) in keys where key.count >= 5 {
            if buckets.count <= key.count { buckets += Array(repeating: Bucket(), count: key.count + 1 - buckets.count) }
            buckets[key.count].masks.append(ByteClass.presenceMask(key))
            buckets[key.count].counts.append(Self.counts(key))
            buckets[key.count].starts.append(storage.count)
            buckets[key.count].values.append(value)
            storage += key
        }
    }

    /// The value of the closest key within `maxDistance` edits of a name that is not a key itself
    /// (the search stops at one edit), preferring the smallest distance, then the shortest key,
    /// then the first registered.
    func nearest(to key: String, maxDistance: Int) -> (value: Int, distance: Int)? {
        let query = Array(key.utf8)
        let longest = min(query.count + maxDistance, buckets.count - 1)
        guard query.count >= 5, maxDistance > 0, query.count - maxDistance <= longest else { return nil }
        let queryMask = ByteClass.presenceMask(query)
        let queryCounts = Self.counts(query)
        var best: (value: Int, distance: Int)?
        // Lowered as better matches are found: only a strictly closer key replaces the best.
        var limit = maxDistance
        storage.withUnsafeBufferPointer { storage in
            query.withUnsafeBufferPointer { query in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (query.count + maxDistance + 2)) { scratch in
                    for length in (query.count - maxDistance)...longest where limit >= 1 {
                        let bucket = buckets[length]
                        var index = 0
                        while let passing = Self.nextPassing(bucket.masks, from: index, queryMask, bits: 2 * limit) {
                            index = passing + 1
                            guard Self.countDistance(queryCounts, bucket.counts[passing]) <= 2 * limit else { continue }
                            let other = UnsafeBufferPointer(rebasing: storage[bucket.starts[passing]..<(bucket.starts[passing] + length)])
                            if let distance = Self.distance(query, other, limit: limit, scratch: scratch),
                               Self.keepsShortWords(query, other, scratch: scratch) {
                                best = (bucket.values[passing], distance)
                                limit = distance - 1
                                if limit < 1 { return }
                            }
                        }
                    }
                }
            }
        }
        return best
    }

    /// The first key from `start` on whose mask differs from the query's in at most `bits` bits:
    /// the loop every query runs over thousands of keys.
    private static func nextPassing(_ masks: [UInt64], from start: Int, _ queryMask: UInt64, bits: Int) -> Int? {
        masks.withUnsafeBufferPointer { masks in
            var index = start
            while index < masks.count {
                if hasAtMost(bits, bitsSetIn: queryMask ^ masks[index]) { return index }
                index &+= 1
            }
            return nil
        }
    }

    /// For the two and four bits that one and two edits allow, the lowest set bit is cleared that
    /// many times and the rest tested for zero: a few instructions, where a population count is
    /// fifteen without the processor's own instruction (not in the baseline x86-64 this builds for).
    @inline(__always)
    private static func hasAtMost(_ bits: Int, bitsSetIn value: UInt64) -> Bool {
        var rest = value
        switch bits {
        case 2:
            rest &= rest &- 1
            rest &= rest &- 1
        case 4:
            rest &= rest &- 1
            rest &= rest &- 1
            rest &= rest &- 1
            rest &= rest &- 1
        default:
            return value.nonzeroBitCount <= bits
        }
        return rest == 0
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
    static func keepsShortWords(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
                                        scratch: UnsafeMutableBufferPointer<Int>) -> Bool {
        let (wordsA, wordsB) = (a.split(separator: 0x20), b.split(separator: 0x20))
        guard wordsA.count == wordsB.count else { return true }
        for (wordA, wordB) in zip(wordsA, wordsB) where max(wordA.count, wordB.count) <= 4 && !wordA.elementsEqual(wordB) {
            let (first, other) = (wordA.first, wordB.first)
            let scannerSlip = (first, other) == (UInt8(ascii: "l"), UInt8(ascii: "i")) || (first, other) == (UInt8(ascii: "i"), UInt8(ascii: "l"))
            guard first == other || scannerSlip,
                  distance(UnsafeBufferPointer(rebasing: wordA), UnsafeBufferPointer(rebasing: wordB), limit: 1, scratch: scratch) != nil
            else { return false }
        }
        return true
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit`. Only cells within `limit` of
    /// the diagonal can stay under it, so each row computes that band alone.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
                         scratch: UnsafeMutableBufferPointer<Int>) -> Int? {
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
