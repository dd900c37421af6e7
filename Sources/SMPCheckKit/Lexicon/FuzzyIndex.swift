/// Finds the closest known key to a misspelled one (`fragance` -> `fragrance`,
/// `methl trimethicone` -> `methyl trimethicone`) by edit distance, comparing only keys of
/// similar length.
///
/// Every unknown name in a catalog asks it once, against tens of thousands of inventory names, so
/// candidates are screened twice before a banded distance computation that allocates nothing: by a
/// byte-presence mask (one edit changes at most two bits of it), then by byte counts (one edit
/// changes at most two counts by one each).
struct FuzzyIndex: Sendable {
    private struct Candidate: Sendable {
        var start: Int
        var count: Int
        var mask: UInt64
        var counts: SIMD16<UInt8>
        var value: Int
    }

    /// All keys, back to back; candidates address them by offset, so scanning a bucket retains nothing.
    private var storage: [UInt8] = []
    private var byLength: [Int: [Candidate]] = [:]

    /// Keys as UTF-8 bytes (a `String`'s `utf8`, or a slice of an index's key storage) with their values.
    init<Keys: Sequence, Key: Collection<UInt8>>(_ keys: Keys) where Keys.Element == (key: Key, value: Int) {
        for (key, value) in keys where key.count >= 5 {
            byLength[key.count, default: []].append(
                Candidate(start: storage.count, count: key.count, mask: Self.mask(key), counts: Self.counts(key), value: value))
            storage += key
        }
    }

    /// The value of the closest key within `maxDistance` edits, preferring the smallest distance
    /// and then the first registered.
    func nearest(to key: String, maxDistance: Int) -> (value: Int, distance: Int)? {
        let query = Array(key.utf8)
        guard query.count >= 5, maxDistance > 0 else { return nil }
        let queryMask = Self.mask(query)
        let queryCounts = Self.counts(query)
        var best: (value: Int, distance: Int)?
        storage.withUnsafeBufferPointer { storage in
            query.withUnsafeBufferPointer { query in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (query.count + maxDistance + 2)) { scratch in
                    search: for length in (query.count - maxDistance)...(query.count + maxDistance) {
                        guard let bucket = byLength[length] else { continue }
                        for candidate in bucket {
                            let limit = best.map { $0.distance - 1 } ?? maxDistance
                            guard limit >= 1 else { break search }
                            guard (queryMask ^ candidate.mask).nonzeroBitCount <= 2 * limit,
                                  Self.countDistance(queryCounts, candidate.counts) <= 2 * limit else { continue }
                            let other = UnsafeBufferPointer(rebasing: storage[candidate.start..<(candidate.start + candidate.count)])
                            if let distance = Self.distance(query, other, limit: limit, scratch: scratch),
                               Self.keepsShortWords(query, other, scratch: scratch) {
                                best = (candidate.value, distance)
                            }
                        }
                    }
                }
            }
        }
        return best
    }

    /// One bit per byte value (folded to 64): an insertion, deletion or substitution flips at most two.
    private static func mask(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
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
    private static func keepsShortWords(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>,
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
