/// One concern of a lexicon match with everything the classifier needs to rate it, resolved once
/// when the lexicon makes the match (and cached with it) rather than for every printed occurrence:
/// the concern's info with the raising entry's own severities applied, the entry's position rule,
/// and the words of its finding taken from the entry, else the family rule, else the concern.
///
/// A class: the classifier reads a match's ratings for every printed occurrence of the name, and a
/// reference costs one retain where a copy of the struct retained each of its strings.
final class ConcernRating: Sendable {
    /// The concern, with the severities this match has in each phase.
    let info: ConcernInfo
    let placement: Placement?
    /// The finding's words: the concern's title and later note, the reason and what it is.
    let text: FindingText

    /// The entry's position rule, with the note an ingredient gets when its place clears or tempers
    /// the concern: written once here, from the entry's reason, not for every printed occurrence.
    struct Placement: Sendable {
        let rule: PositionRule
        let clearedNote: String

        init(_ rule: PositionRule, tailReason: String) {
            self.rule = rule
            let place =
                switch rule {
                case .tailOK, .tailCaution: "Listed low"
                case .highOnly: "Not listed high"
                case .leadOnly, .leadThree, .leadFive: "Not near the top of the list"
                }
            clearedNote = "\(place), so \(tailReason.lowercasedFirst)"
        }
    }

    private init(info: ConcernInfo, placement: Placement?, reason: String, what: String) {
        self.info = info
        self.placement = placement
        text = FindingText(concernTitle: info.title, reason: reason, what: what, later: info.later)
    }

    /// The ratings of a match's concerns, in the match's order; a concern the lexicon does not
    /// describe is left out. The first entry that lists a concern speaks for it, else the rule, else
    /// the match's own description (`what`) beside the concern's reason. A function rule's concern is
    /// at most a caution, unless a curated entry says more.
    static func ratings(of concerns: [ConcernID], entries: [Int], rule: Int?, what: String?, in lexicon: Lexicon)
        -> [ConcernRating]
    {
        let rule = rule.map { lexicon.rules[$0] }
        return concerns.compactMap { concern in
            guard var info = lexicon.concerns[concern] else { return nil }
            let entry = entries.first { lexicon.entries[$0].concerns.contains(concern) }.map { lexicon.entries[$0] }
            // A rule speaks only for the concerns it raises; one added from a plant's oils has the concern's words.
            let rule = rule.flatMap { $0.concerns.contains(concern) ? $0 : nil }
            if let entry, entry.healing != nil || entry.healed != nil {
                // Settling sits between the healing and healed severities: at most a caution, at
                // least the healed severity. An entry without its own severities keeps the defaults.
                info.healing = entry.healing ?? info.healing
                info.healed = entry.healed ?? info.healed
                info.settling = max(info.healed, min(info.healing, .caution))
            }
            if entry == nil, let rule, rule.isFunctionRule {
                // What a name does is weaker evidence than what it is: a caution at most.
                info.healing = min(info.healing, .caution)
                info.settling = min(info.settling, .caution)
                info.healed = min(info.healed, .caution)
            }
            let placement =
                entry.map { entry in entry.position.map { Placement($0, tailReason: entry.tailReason) } }
                ?? rule.flatMap { rule in rule.position.map { Placement($0, tailReason: rule.tailReason) } }
            return ConcernRating(
                info: info,
                placement: placement,
                reason: entry?.reason ?? rule?.reason ?? info.why, what: entry?.what ?? rule?.what ?? what ?? info.title
            )
        }
    }
}
