/// A pattern for one word: literal bytes with `*` standing for any run of characters
/// (`*lauryl` matches `tea-lauryl`; `c*-*` matches `c14-16`).
///
/// The literal pieces sit in one byte array, located by ranges: every distinct name is tried
/// against every family rule, so matching copies and retains nothing.
struct WordGlob: Sendable, Equatable {
    private let bytes: [UInt8]
    private let pieces: [Range<Int>]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool
    /// The bytes a word must start and end with, when the pattern is anchored there: most words
    /// fail on one of them, settled before any buffer is opened.
    let firstByte: UInt8?
    let lastByte: UInt8?
    /// The pattern's literal bytes (`ByteClass.presenceMask`): a word missing any cannot match.
    let requiredBytes: UInt64

    init(_ pattern: String) {
        let pattern = Array(pattern.lowercased().utf8)
        bytes = pattern
        pieces = pattern.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: true).map {
            $0.startIndex..<$0.endIndex
        }
        anchoredStart = pattern.first != UInt8(ascii: "*")
        anchoredEnd = pattern.last != UInt8(ascii: "*")
        firstByte = anchoredStart ? pattern.first : nil
        lastByte = anchoredEnd ? pattern.last : nil
        requiredBytes = ByteClass.presenceMask(pattern.lazy.filter { $0 != UInt8(ascii: "*") })
    }

    /// The pattern's bytes when it has no `*`: such a glob matches one word, found by a table lookup.
    var literal: [UInt8]? { pieces.count == 1 && anchoredStart && anchoredEnd ? bytes : nil }

    func matches(_ word: ArraySlice<UInt8>) -> Bool {
        guard !pieces.isEmpty else { return true }
        if let lastByte, word.last != lastByte { return false }
        if let firstByte, word.first != firstByte { return false }
        return bytes.withUnsafeBufferPointer { pattern in
            word.withUnsafeBufferPointer { word in matches(word, pattern) }
        }
    }

    private func matches(_ word: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        for index in pieces.indices {
            let piece = UnsafeBufferPointer(rebasing: pattern[pieces[index]])
            let isFirst = index == 0
            if index == pieces.count - 1 && anchoredEnd {
                guard word.count - position >= piece.count else { return false }
                let start = word.count - piece.count
                if isFirst && anchoredStart && start != position { return false }
                return Self.equal(word, at: start, piece)
            }
            if isFirst && anchoredStart {
                guard word.count - position >= piece.count, Self.equal(word, at: position, piece) else { return false }
                position += piece.count
                continue
            }
            guard let found = ByteSearch.firstIndex(of: piece, in: word, from: position) else { return false }
            position = found + piece.count
        }
        return true
    }

    private static func equal(_ word: UnsafeBufferPointer<UInt8>, at start: Int, _ piece: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        for offset in 0..<piece.count where word[start + offset] != piece[offset] { return false }
        return true
    }
}
