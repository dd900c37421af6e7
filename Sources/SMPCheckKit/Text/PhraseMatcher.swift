/// Finds every occurrence of a set of label phrases in one linear pass over UTF-8 bytes.
///
/// Phrases are bucketed by their first (lower-cased) byte, so each text position is tried only
/// against the few phrases that could start there. ASCII letters match case-insensitively; a
/// space in a phrase matches any run of whitespace; ASCII phrases must sit on word boundaries.
struct PhraseMatcher: Sendable {
    /// A set of phrase kinds as bits: the per-position scan tests membership without hashing,
    /// and a literal such as `[.terminator, .disclaimer]` builds no collection.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt32
        static let all = Kinds(rawValue: .max)
        static let terminator = Kinds(.terminator), disclaimer = Kinds(.disclaimer), mayContain = Kinds(.mayContain)
        static let claim = Kinds(.claim), heading = Kinds(.heading), weakHeading = Kinds(.weakHeading)
        static let activeHeading = Kinds(.activeHeading)

        init(rawValue: UInt32) { self.rawValue = rawValue }
        init(_ kind: LabelPhrases.Kind) { rawValue = 1 << UInt32(LabelPhrases.Kind.allCases.firstIndex(of: kind)!) }
    }

    struct Hit: Sendable, Equatable {
        var kind: LabelPhrases.Kind
        var range: Range<Int>
    }

    private struct Phrase: Sendable {
        var bytes: [UInt8]
        var kind: LabelPhrases.Kind
        var needsWordStart: Bool
        var needsWordEnd: Bool
        var bit: UInt32
    }

    private var phrases: [Phrase] = []
    /// Phrase indices grouped by first byte, flattened: bucket `b` is `order[starts[b]..<starts[b + 1]]`.
    /// One flat array keeps the per-byte scan free of reference counting.
    private var starts: [Int] = Array(repeating: 0, count: 257)
    private var order: [Int] = []

    init(_ entries: [(kind: LabelPhrases.Kind, phrase: String)]) {
        // Longest first, so "full ingredient list" wins over "ingredient" at the same position.
        var buckets: [[Int]] = Array(repeating: [], count: 256)
        for entry in entries.sorted(by: { $0.phrase.utf8.count > $1.phrase.utf8.count }) {
            let bytes = Array(entry.phrase.utf8).map(ByteClass.lowercased)
            guard let first = bytes.first else { continue }
            phrases.append(Phrase(
                bytes: bytes, kind: entry.kind,
                needsWordStart: ByteClass.isWordByte(first) && first < 0x80,
                needsWordEnd: bytes.last.map { ByteClass.isWordByte($0) && $0 < 0x80 } ?? false,
                bit: Kinds(entry.kind).rawValue
            ))
            buckets[Int(first)].append(phrases.count - 1)
        }
        for byte in 0..<256 {
            starts[byte] = order.count
            order += buckets[byte]
        }
        starts[256] = order.count
    }

    /// All non-overlapping hits in `range`, in text order; at one position the longest phrase wins.
    func hits(in text: [UInt8], range: Range<Int>, kinds: Kinds = .all) -> [Hit] {
        let wanted = kinds.rawValue
        var result: [Hit] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let first = Int(ByteClass.lowercased(text[index]))
            let bucket = starts[first]..<starts[first + 1]
            var advanced = false
            if !bucket.isEmpty {
                for slot in bucket {
                    let phraseIndex = order[slot]
                    let phrase = phrases[phraseIndex]
                    if wanted & phrase.bit == 0 { continue }
                    if phrase.needsWordStart, index > range.lowerBound, isWordContinuation(text[index - 1]) { continue }
                    guard let end = match(phrase, in: text, at: index, limit: range.upperBound) else { continue }
                    if phrase.needsWordEnd, end < range.upperBound, isWordContinuation(text[end]) { continue }
                    result.append(Hit(kind: phrase.kind, range: index..<end))
                    index = end
                    advanced = true
                    break
                }
            }
            if !advanced { index += 1 }
        }
        return result
    }

    /// ASCII letters and digits continue a word; so do apostrophes-free non-ASCII letters, which we
    /// treat as word bytes only when the phrase itself is ASCII (checked by the caller).
    @inline(__always) private func isWordContinuation(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)
    }

    private func match(_ phrase: Phrase, in text: [UInt8], at start: Int, limit: Int) -> Int? {
        var position = start
        for byte in phrase.bytes {
            guard position < limit else { return nil }
            if byte == 0x20 {
                guard ByteClass.isSpace(text[position]) else { return nil }
                while position < limit, ByteClass.isSpace(text[position]) { position += 1 }
                continue
            }
            guard ByteClass.lowercased(text[position]) == byte else { return nil }
            position += 1
        }
        return position
    }
}
