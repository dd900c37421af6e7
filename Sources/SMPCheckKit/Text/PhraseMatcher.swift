/// Finds every occurrence of a set of label phrases in one linear pass over UTF-8 bytes.
///
/// Phrases are bucketed by their first (lower-cased) byte, so each text position is tried only
/// against the few phrases that could start there. ASCII letters match case-insensitively; a
/// space in a phrase matches any run of whitespace; ASCII phrases must sit on word boundaries.
struct PhraseMatcher: Sendable {
    struct Hit: Sendable, Equatable {
        var kind: LabelPhrases.Kind
        var range: Range<Int>
    }

    /// A phrase as offsets into `storage`: plain values, so the per-byte scan retains nothing.
    private struct Phrase: Sendable {
        var start: Int
        var count: Int
        var kind: LabelPhrases.Kind
        var needsWordEnd: Bool
        /// Its first four bytes packed low byte first, as `Tables.hit` packs a text's, up to a
        /// space (which matches any run of whitespace), and the mask of the bytes packed: one
        /// comparison turns away most phrases of a bucket, which share only a first byte with the text,
        /// and the words that pass the trigram test only by their first three (`Disodium`, `Product`).
        var head: UInt32 = 0
        var headMask: UInt32 = 0

        init(start: Int, bytes: [UInt8], kind: LabelPhrases.Kind) {
            self.start = start
            count = bytes.count
            self.kind = kind
            needsWordEnd = bytes.last.map { ByteClass.isWordByte($0) && $0 < 0x80 } ?? false
            for (offset, byte) in bytes.prefix(4).prefix(while: { $0 != 0x20 }).enumerated() {
                head |= UInt32(byte) << (offset * 8)
                headMask |= 0xFF << (offset * 8)
            }
        }
    }

    /// The tables, built once and shared: labels' locators and tokenizers copy the matcher freely.
    private let shared: TableStorage

    /// Owns the tables' memory: built once, then only read, by any thread.
    private final class TableStorage: @unchecked Sendable {
        let tables: Tables

        init(_ entries: [(kind: LabelPhrases.Kind, phrase: String)]) {
            var phrases: [Phrase] = []
            var storage: [UInt8] = []
            var starts: [Int] = []
            var order: [Int] = []
            var followers: [UInt64] = []
            var trigramTested: [Bool] = []
            var trigrams = Array(repeating: UInt64(0), count: PhraseMatcher.trigramBits / 64)
            // Longest first, so "full ingredient list" wins over "ingredient" at the same position.
            var wordStartBuckets: [[Int]] = Array(repeating: [], count: 256)
            var insideBuckets: [[Int]] = Array(repeating: [], count: 256)
            for entry in entries.sorted(by: { $0.phrase.utf8.count > $1.phrase.utf8.count }) {
                let bytes = Array(entry.phrase.utf8).map(ByteClass.lowercased)
                guard let first = bytes.first else { continue }
                phrases.append(Phrase(start: storage.count, bytes: bytes, kind: entry.kind))
                storage += bytes
                wordStartBuckets[Int(first)].append(phrases.count - 1)
                if !(ByteClass.isWordByte(first) && first < 0x80) {
                    insideBuckets[Int(first)].append(phrases.count - 1)
                }
            }
            for buckets in [wordStartBuckets, insideBuckets] {
                for bucket in buckets {
                    starts.append(order.count)
                    order += bucket
                    followers += PhraseMatcher.followerSet(of: bucket.map { phrases[$0] }, storage)
                    let prefixes = bucket.map {
                        storage[phrases[$0].start..<(phrases[$0].start + min(3, phrases[$0].count))]
                    }
                    trigramTested.append(prefixes.allSatisfy { $0.count == 3 && !$0.contains(0x20) })
                    for prefix in prefixes where prefix.count == 3 {
                        let bit = PhraseMatcher.trigram(
                            prefix[prefix.startIndex], prefix[prefix.startIndex + 1], prefix[prefix.startIndex + 2])
                        trigrams[bit >> 6] |= 1 << UInt64(bit & 63)
                    }
                }
                starts.append(order.count)
                followers += [0, 0, 0, 0]
                trigramTested.append(false)
            }
            let byteClasses = (0...255).map { (byte: Int) -> UInt8 in
                let bucket = Int(ByteClass.lowercased(UInt8(byte)))
                return (wordStartBuckets[bucket].isEmpty ? 0 : Tables.startsWord)
                    | (insideBuckets[bucket].isEmpty ? 0 : Tables.startsInsideWord)
                    | (PhraseMatcher.isWordContinuation(UInt8(byte)) ? Tables.continuesWord : 0)
            }
            tables = Tables(
                phrases: .copy(phrases), storage: .copy(storage), starts: .copy(starts), order: .copy(order),
                followers: .copy(followers), trigrams: .copy(trigrams), trigramTested: .copy(trigramTested),
                byteClasses: .copy(byteClasses))
        }

        deinit {
            tables.phrases.deallocate()
            tables.storage.deallocate()
            tables.starts.deallocate()
            tables.order.deallocate()
            tables.followers.deallocate()
            tables.trigrams.deallocate()
            tables.trigramTested.deallocate()
            tables.byteClasses.deallocate()
        }
    }

    private static let trigramBits = 1 << 16

    init(_ entries: [(kind: LabelPhrases.Kind, phrase: String)]) {
        shared = TableStorage(entries)
    }

    @inline(__always) private static func trigram(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let packed = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int((packed &* 0x9E37_79B1) >> 16) & (trigramBits - 1)
    }

    /// All non-overlapping hits in `range`, in text order; at one position the longest phrase wins.
    func hits(in text: [UInt8], range: Range<Int>) -> [Hit] {
        text.withUnsafeBufferPointer { text in
            withTables { tables in
                var result: [Hit] = []
                var index = range.lowerBound
                var insideWord = false
                while index < range.upperBound {
                    if let hit = tables.hit(in: text, at: index, limit: range.upperBound, insideWord: insideWord) {
                        result.append(hit)
                        index = hit.range.upperBound
                    } else {
                        index &+= 1
                    }
                    insideWord = tables.byteClasses[Int(text[index &- 1])] & Tables.continuesWord != 0
                    // No phrase starts with a letter or digit inside a word (the inside-word table has none),
                    // so the rest of a word is skipped without table reads.
                    if insideWord {
                        index = ByteWord.endOfRun(
                            in: text, from: index, limit: range.upperBound, ByteWord.asciiAlphanumerics)
                    }
                }
                return result
            }
        }
    }

    /// The longest phrase starting at `index` (taken as a word start), if any.
    func hit(in text: [UInt8], at index: Int, limit: Int) -> Hit? {
        text.withUnsafeBufferPointer { text in
            withTables { $0.hit(in: text, at: index, limit: limit, insideWord: false) }
        }
    }

    /// The tables as raw buffers (owned by `TableStorage`): the per-byte scan reads them without
    /// bounds checks or reference counting.
    private struct Tables {
        let phrases: UnsafeBufferPointer<Phrase>
        let storage: UnsafeBufferPointer<UInt8>
        /// Two bucket tables by first byte, flattened: bucket `b` of table `t` is
        /// `order[starts[t * 257 + b]..<starts[t * 257 + b + 1]]`. Table 0 serves word starts; table 1
        /// the inside of a word, where only phrases that need no word start can begin (for ASCII
        /// letters none), so most positions of a text are dismissed by one table read.
        let starts: UnsafeBufferPointer<Int>
        let order: UnsafeBufferPointer<Int>
        /// Per bucket, the set of bytes that can follow its first byte (four 64-bit words per bucket):
        /// at most word starts no phrase of the bucket can match, and one bit test says so.
        let followers: UnsafeBufferPointer<UInt64>
        /// A bit per hash of the first three bytes of every phrase, and per bucket whether its phrases
        /// all have three bytes to test (no whitespace among them): in a list most words that start
        /// like a phrase (`Sodium`, `Propanediol`) stop here, before any phrase is compared.
        let trigrams: UnsafeBufferPointer<UInt64>
        let trigramTested: UnsafeBufferPointer<Bool>
        /// Per byte value, whether a phrase starts with it at a word start (`startsWord`) or inside
        /// a word (`startsInsideWord`), and whether it continues a word: one read tells the scan to
        /// go on past a byte (most bytes of a text) without case folding or bucket reads.
        let byteClasses: UnsafeBufferPointer<UInt8>
        static let startsWord: UInt8 = 1
        static let startsInsideWord: UInt8 = 2
        static let continuesWord: UInt8 = 4

        @inline(__always)
        func hit(in text: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int, insideWord: Bool) -> Hit? {
            // Wrapping arithmetic throughout: positions are below the text's count, table indexes
            // below the tables' sizes, and this runs at every word start of every label.
            // One read dismisses most bytes: no phrase starts with them here.
            guard byteClasses[Int(text[index])] & (insideWord ? Tables.startsInsideWord : Tables.startsWord) != 0 else {
                return nil
            }
            let first = ByteClass.lowercased(text[index])
            let bucket = (insideWord ? 257 : 0) &+ Int(first)
            let next = index &+ 1 < limit ? ByteClass.lowercased(text[index &+ 1]) : 0
            guard followers[bucket &* 4 &+ Int(next &>> 6)] & (1 &<< UInt64(next & 63)) != 0 else { return nil }
            let third = index &+ 2 < limit ? ByteClass.lowercased(text[index &+ 2]) : 0
            if trigramTested[bucket] {
                guard index &+ 2 < limit else { return nil }
                let bit = PhraseMatcher.trigram(first, next, third)
                guard trigrams[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 else { return nil }
            }
            let fourth = index &+ 3 < limit ? ByteClass.lowercased(text[index &+ 3]) : 0
            let head = UInt32(first) | UInt32(next) &<< 8 | UInt32(third) &<< 16 | UInt32(fourth) &<< 24
            for slot in starts[bucket]..<starts[bucket &+ 1] {
                let phrase = phrases[order[slot]]
                guard head & phrase.headMask == phrase.head, let end = match(phrase, in: text, at: index, limit: limit)
                else { continue }
                if phrase.needsWordEnd, end < limit, PhraseMatcher.isWordContinuation(text[end]) { continue }
                return Hit(kind: phrase.kind, range: index..<end)
            }
            return nil
        }

        private func match(_ phrase: Phrase, in text: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
            var position = start
            for offset in phrase.start..<(phrase.start &+ phrase.count) {
                let byte = storage[offset]
                guard position < limit else { return nil }
                if byte == 0x20 {
                    guard ByteClass.isSpace(text[position]) else { return nil }
                    while position < limit, ByteClass.isSpace(text[position]) { position &+= 1 }
                    continue
                }
                guard ByteClass.lowercased(text[position]) == byte else { return nil }
                position &+= 1
            }
            return position
        }
    }

    /// The tables for the length of one call, with their owner kept alive meanwhile.
    private func withTables<Result>(_ body: (Tables) -> Result) -> Result {
        withExtendedLifetime(shared) { body(shared.tables) }
    }

    /// The second bytes of the phrases: a space in a phrase matches any whitespace, and a one-byte
    /// phrase may be followed by anything (byte 0 stands for the end of the text).
    private static func followerSet(of phrases: [Phrase], _ storage: [UInt8]) -> [UInt64] {
        var set: [UInt64] = [0, 0, 0, 0]
        func insert(_ byte: UInt8) { set[Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
        for phrase in phrases {
            guard phrase.count > 1 else { return [.max, .max, .max, .max] }
            let second = storage[phrase.start + 1]
            if second == 0x20 {
                for space: UInt8 in [0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B] { insert(space) }
            } else {
                insert(second)
            }
        }
        return set
    }

    /// ASCII letters and digits continue a word; a non-ASCII byte does not, so a phrase may start
    /// right after one (scripts without spaces between words).
    @inline(__always) private static func isWordContinuation(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)
    }
}

extension UnsafeBufferPointer {
    /// A copy of `array` in memory of its own, for the owner to deallocate.
    fileprivate static func copy(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(buffer)
    }
}
