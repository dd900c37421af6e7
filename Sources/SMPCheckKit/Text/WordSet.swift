/// A small set of lower-case words, asked whether a stretch of text is one of them, ignoring ASCII
/// case, without building a `String` or hashing: the tokenizer asks once per word of every item.
///
/// Words are grouped by length and first byte; every word of a group has the group's length, so a
/// group is one run of bytes in `storage` and a query compares bytes in place. Words longer than
/// `maximumLength` bytes are never members.
struct WordSet: Sendable {
    static let maximumLength = 31

    /// Group `length * 256 + first` is `storage[starts[group]..<starts[group + 1]]`.
    private var starts: [Int32] = []
    private var storage: [UInt8] = []

    init(_ members: some Sequence<String>) {
        var groups: [[UInt8]] = Array(repeating: [], count: (Self.maximumLength + 1) * 256)
        for member in Set(members.map { $0.lowercased() }) {
            let bytes = Array(member.utf8)
            guard let first = bytes.first, bytes.count <= Self.maximumLength else { continue }
            groups[bytes.count * 256 + Int(first)] += bytes
        }
        starts.reserveCapacity(groups.count + 1)
        for group in groups {
            starts.append(Int32(storage.count))
            storage += group
        }
        starts.append(Int32(storage.count))
    }

    func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let length = range.count
        guard length > 0, length <= Self.maximumLength else { return false }
        let group = length * 256 + Int(ByteClass.lowercased(text[range.lowerBound]))
        var word = Int(starts[group])
        let end = Int(starts[group + 1])
        while word < end {
            if matches(text, range, at: word) { return true }
            word += length
        }
        return false
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
