/// The words of a finding that come from the lexicon: the concern's title, why it matters now,
/// what the ingredient is and what changes later.
///
/// One shared object per concern of a lexicon match, made with the match's ratings: every finding
/// that match raises holds it for one retain, where four strings took four. The words are quoted
/// for JSON here, once per match, rather than in every report that repeats them.
final class FindingText: Sendable, Equatable {
    let concernTitle: QuotedText
    let reason: QuotedText
    let what: QuotedText
    let later: QuotedText

    init(concernTitle: String, reason: String, what: String, later: String) {
        self.concernTitle = QuotedText(concernTitle)
        self.reason = QuotedText(reason)
        self.what = QuotedText(what)
        self.later = QuotedText(later)
    }

    /// The same words, whichever object holds them (a decoded finding has its own).
    static func == (lhs: FindingText, rhs: FindingText) -> Bool {
        lhs === rhs
            || (lhs.concernTitle == rhs.concernTitle && lhs.reason == rhs.reason && lhs.what == rhs.what
                && lhs.later == rhs.later)
    }
}
