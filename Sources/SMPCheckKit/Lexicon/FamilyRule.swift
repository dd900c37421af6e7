/// A rule that classifies names never seen before by the shape of their words, e.g. any
/// `... lauryl/laureth/myreth/pareth sulfate` salt is a sulfate cleanser.
///
/// Each condition is a list of word globs; all given conditions must hold:
/// `first` (the first word matches one), `last` (the last word matches one), each group of
/// `any` (some word matches one of the group), and `none` (no word matches any). The lexicon
/// matches names against all rules of words at once through `FamilyRuleIndex`.
///
/// A function rule (from `function-rules.tsv`) also asks what the EU CosIng inventory says the
/// ingredient does: it holds only for an inventory name that carries one of its `functions`
/// (`Abrasive` on a shell powder), and its matches are reported as `function`.
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
    /// CosIng functions, lower-cased, one of which the name must carry; empty for a rule of words alone.
    public var functions: [String] = []
    /// Where in a list the name must sit to raise the concern, as for a curated entry.
    public var position: PositionRule?
    /// What the name likely does where its position clears it.
    public var tailReason = ""

    /// Whether the rule rests on CosIng functions.
    public var isFunctionRule: Bool { !functions.isEmpty }

    /// Whether the words of `name` (lower-cased, brackets removed, separated by spaces) meet the rule's
    /// conditions. `FamilyRuleIndex` answers this for all rules of words at once; a function rule is
    /// asked alone, of the few inventory names that carry its functions.
    func matchesWords(of name: some Collection<UInt8>) -> Bool {
        let words = name.split(separator: 0x20).map { ArraySlice($0) }
        guard let firstWord = words.first, let lastWord = words.last else { return false }
        func meets(_ globs: [WordGlob], _ word: ArraySlice<UInt8>) -> Bool { globs.contains { $0.matches(word) } }
        return (first.isEmpty || meets(first, firstWord)) && (last.isEmpty || meets(last, lastWord))
            && any.allSatisfy { group in words.contains { meets(group, $0) } }
            && !words.contains { meets(none, $0) }
    }
}
