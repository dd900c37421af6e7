/// A small set of lower-case words, each with a few flag bits, asked about a stretch of text
/// ignoring ASCII case, without building a `String` or hashing: the tokenizer asks once per word of
/// every item, and one lookup answers for several word lists at once.
///
/// Words are grouped by length and first byte; every entry of a group is the group's length plus one
/// flag byte, so a group is one run of bytes in `storage` and a query compares bytes in place.
/// Words longer than `maximumLength` bytes are never members.
struct WordSet: Sendable {
    static let maximumLength = 31

    /// Group `length * 256 + first` is `storage[starts[group]..<starts[group + 1]]`.
    private var starts: [Int32] = []
    private var storage: [UInt8] = []

    /// Words with their flags; a word listed twice gets the union of its flags.
    init(flagged members: [(word: String, flags: UInt8)]) {
        var merged: [String: UInt8] = [:]
        for (word, flags) in members { merged[word.lowercased(), default: 0] |= flags }
        var groups: [[UInt8]] = Array(repeating: [], count: (Self.maximumLength + 1) * 256)
        for (word, flags) in merged.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, bytes.count <= Self.maximumLength else { continue }
            groups[bytes.count * 256 + Int(first)] += bytes + [flags]
        }
        starts.reserveCapacity(groups.count + 1)
        for group in groups {
            starts.append(Int32(storage.count))
            storage += group
        }
        starts.append(Int32(storage.count))
    }

    init(_ members: some Sequence<String>) {
        self.init(flagged: members.map { ($0, 1) })
    }

    func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool { flags(text, range) != 0 }

    /// The flags of the word `text[range]`, 0 when it is not in the set.
    func flags(_ text: [UInt8], _ range: Range<Int>) -> UInt8 {
        let length = range.count
        guard length > 0, length <= Self.maximumLength else { return 0 }
        let group = length * 256 + Int(ByteClass.lowercased(text[range.lowerBound]))
        var entry = Int(starts[group])
        let end = Int(starts[group + 1])
        while entry < end {
            if matches(text, range, at: entry) { return storage[entry + length] }
            entry += length + 1
        }
        return 0
    }

    private func matches(_ text: [UInt8], _ range: Range<Int>, at start: Int) -> Bool {
        var offset = start
        for index in range {
            guard ByteClass.lowercased(text[index]) == storage[offset] else { return false }
            offset += 1
        }
        return true
    }
}
