/// A rule that classifies names never seen before by the shape of their words, e.g. any
/// `... lauryl/laureth/myreth/pareth sulfate` salt is a sulfate cleanser.
///
/// Each condition is a list of word globs; all given conditions must hold:
/// `first` (the first word matches one), `last` (the last word matches one), each group of
/// `any` (some word matches one of the group), and `none` (no word matches any). The lexicon
/// matches names against all rules at once through `FamilyRuleIndex`.
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
}
