/// Finds the closest known key to a misspelled one (`fragance` -> `fragrance`,
/// `methl trimethicone` -> `methyl trimethicone`) by edit distance, comparing only keys of
/// similar length.
struct FuzzyIndex: Sendable {
    private var byLength: [Int: [(key: [UInt8], value: Int)]] = [:]

    init(_ keys: [(key: String, value: Int)]) {
        for (key, value) in keys {
            let bytes = Array(key.utf8)
            guard bytes.count >= 5 else { continue }
            byLength[bytes.count, default: []].append((bytes, value))
        }
    }

    /// The value of the closest key within `maxDistance` edits, preferring the smallest distance
    /// and then the first registered.
    func nearest(to key: String, maxDistance: Int) -> (value: Int, distance: Int)? {
        let query = Array(key.utf8)
        guard query.count >= 5, maxDistance > 0 else { return nil }
        var best: (value: Int, distance: Int)?
        for length in (query.count - maxDistance)...(query.count + maxDistance) {
            guard let bucket = byLength[length] else { continue }
            for candidate in bucket {
                let limit = best.map { $0.distance - 1 } ?? maxDistance
                guard limit >= 1 else { return best }
                if let distance = Self.distance(query, candidate.key, limit: limit) {
                    best = (candidate.value, distance)
                }
            }
        }
        return best
    }

    /// Levenshtein distance, or nil as soon as it must exceed `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
