import Testing

@testable import SMPCheckKit

@Suite("Fuzzy index: the screens never hide the nearest key")
struct FuzzyIndexTests {
    @Test("nearest agrees with comparing the query against every key, on misspelt CosIng names")
    func agreesWithEveryKey() {
        let inventory = sharedChecker.lexicon.inventory.map { Array(sharedChecker.lexicon.key(for: $0.name).utf8) }
        var generator = SystemRandomNumberGenerator()
        // The longest names always, and each misspelt once: they once overran the comparison's scratch rows.
        let long = inventory.filter { $0.count > 512 }
        let keys = (0..<3_000).map { _ in inventory.randomElement(using: &generator)! } + long
        let index = FuzzyIndex(keys.enumerated().map { (key: $1, value: $0) })
        let known = Set(keys)
        var found = 0
        for round in 0..<(400 + long.count) {
            var query = round < long.count ? long[round] : keys.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 1...3, using: &generator) { Self.edit(&query, &generator) }
            // Only names found nowhere are searched for: the index stops at one edit, never looking for none.
            guard !known.contains(query) else { continue }
            let maxDistance = FuzzyIndex.allowedEdits(forLength: query.count)
            let expected = Self.nearest(String(decoding: query, as: UTF8.self), in: keys, maxDistance: maxDistance)
            let answer = index.nearest(to: String(decoding: query, as: UTF8.self))
            #expect(
                answer?.value == expected?.value && answer?.distance == expected?.distance,
                "\(String(decoding: query, as: UTF8.self)) within \(maxDistance): \(answer.map { String(decoding: keys[$0.value], as: UTF8.self) } ?? "-") \(answer?.distance ?? -1), expected \(expected.map { String(decoding: keys[$0.value], as: UTF8.self) } ?? "-") \(expected?.distance ?? -1)"
            )
            if expected != nil { found += 1 }
        }
        // Most queries are within reach of their key: the comparison is not of two empty answers.
        #expect(found > 200)
    }

    /// Every key, shortest first and then in the order given: the first closest within `maxDistance`.
    private static func nearest(_ query: String, in keys: [[UInt8]], maxDistance: Int) -> (value: Int, distance: Int)? {
        let query = Array(query.utf8)
        guard query.count >= 5 else { return nil }
        let order = keys.indices.filter { keys[$0].count >= 5 }.sorted { (keys[$0].count, $0) < (keys[$1].count, $1) }
        var best: (value: Int, distance: Int)?
        // Two rows as wide as the longest key: 16 CosIng names run past 512 bytes, one to 1,928.
        let longest = order.lazy.map { keys[$0].count }.max() ?? 0
        query.withUnsafeBufferPointer { query in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (max(longest, query.count) + 2)) { scratch in
                for index in order {
                    keys[index].withUnsafeBufferPointer { key in
                        guard let distance = FuzzyIndex.distance(query, key, limit: maxDistance, scratch: scratch),
                            FuzzyIndex.keepsShortWords(query, key, scratch: scratch),
                            FuzzyIndex.keepsNumbers(query, key),
                            distance < (best?.distance ?? .max)
                        else { return }
                        best = (index, distance)
                    }
                }
            }
        }
        return best
    }

    /// One substitution, insertion or deletion of a letter at a random place.
    private static func edit(_ bytes: inout [UInt8], _ generator: inout SystemRandomNumberGenerator) {
        let letter = UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &generator)
        let place = Int.random(in: 0...bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0 where place < bytes.count: bytes[place] = letter
        case 1 where place < bytes.count && bytes.count > 1: bytes.remove(at: place)
        default: bytes.insert(letter, at: place)
        }
    }
}
