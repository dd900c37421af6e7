/// A pattern for one word: literal bytes with `*` standing for any run of characters
/// (`*lauryl` matches `tea-lauryl`; `c*-*` matches `c14-16`).
struct WordGlob: Sendable, Equatable {
    private let pieces: [[UInt8]]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool

    init(_ pattern: String) {
        let bytes = Array(pattern.lowercased().utf8)
        pieces = bytes.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: true).map(Array.init)
        anchoredStart = bytes.first != UInt8(ascii: "*")
        anchoredEnd = bytes.last != UInt8(ascii: "*")
    }

    func matches(_ word: ArraySlice<UInt8>) -> Bool {
        guard !pieces.isEmpty else { return true }
        var position = word.startIndex
        for (index, piece) in pieces.enumerated() {
            let isFirst = index == 0
            let isLast = index == pieces.count - 1
            if isLast && anchoredEnd {
                guard word.endIndex - position >= piece.count else { return false }
                let start = word.endIndex - piece.count
                if isFirst && anchoredStart && start != position { return false }
                return word[start...].elementsEqual(piece)
            }
            if isFirst && anchoredStart {
                guard word[position...].starts(with: piece) else { return false }
                position += piece.count
                continue
            }
            guard let found = find(piece, in: word, from: position) else { return false }
            position = found + piece.count
        }
        return true
    }

    private func find(_ piece: [UInt8], in word: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard piece.count <= word.endIndex - start else { return nil }
        var index = start
        while index + piece.count <= word.endIndex {
            if word[index..<(index + piece.count)].elementsEqual(piece) { return index }
            index += 1
        }
        return nil
    }
}
