/// A rule that classifies names never seen before by the shape of their words, e.g. any
/// `... lauryl/laureth/myreth/pareth sulfate` salt is a sulfate cleanser.
///
/// Each condition is a list of word globs; all given conditions must hold:
/// `first` (the first word matches one), `last` (the last word matches one), each group of
/// `any` (some word matches one of the group), and `none` (no word matches any).
public struct FamilyRule: Sendable, Equatable {
    public var id: String
    public var concerns: [ConcernID]
    var first: [WordGlob]
    var last: [WordGlob]
    var any: [[WordGlob]]
    var none: [WordGlob]
    public var what: String
    public var reason: String
    public var source: String

    /// Whether the words of a name (lower-cased, brackets removed) satisfy the rule.
    func matches(_ words: [ArraySlice<UInt8>]) -> Bool {
        guard let firstWord = words.first, let lastWord = words.last else { return false }
        if !last.isEmpty, !Self.anyMatch(last, lastWord) { return false }
        if !first.isEmpty, !Self.anyMatch(first, firstWord) { return false }
        // By index throughout: iterating would copy every glob, for every distinct name.
        for group in any.indices where !words.indices.contains(where: { Self.anyMatch(any[group], words[$0]) }) {
            return false
        }
        if !none.isEmpty, words.indices.contains(where: { Self.anyMatch(none, words[$0]) }) { return false }
        return true
    }

    private static func anyMatch(_ globs: [WordGlob], _ word: ArraySlice<UInt8>) -> Bool {
        globs.indices.contains { globs[$0].matches(word) }
    }
}
