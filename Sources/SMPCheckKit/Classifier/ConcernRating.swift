/// One concern of a lexicon match with everything the classifier needs to rate it, resolved once
/// when the lexicon makes the match (and cached with it) rather than for every printed occurrence:
/// which entry or family rule raised it, its severity in each phase, and the words of its finding.
struct ConcernRating: Sendable {
    let concern: ConcernID
    let title: String
    /// Severities for `fresh`/`healing`, `settling` and `healed`.
    let healing: Severity
    let settling: Severity
    let healed: Severity
    let position: PositionRule?
    let reason: String
    let what: String
    let later: String
    /// Why a low place clears it (from the entry); empty without a position rule.
    let tailReason: String

    func severity(in phase: Phase) -> Severity {
        switch phase {
        case .fresh, .healing: healing
        case .settling: settling
        case .healed: healed
        }
    }

    /// The ratings of a match's concerns, in the match's order; a concern the lexicon does not
    /// describe is left out. The first entry that lists a concern speaks for it.
    static func ratings(of concerns: [ConcernID], entries: [Int], rule: Int?, in lexicon: Lexicon) -> [ConcernRating] {
        concerns.compactMap { concern in
            guard let info = lexicon.concerns[concern] else { return nil }
            let entry = entries.first { lexicon.entries[$0].concerns.contains(concern) }.map { lexicon.entries[$0] }
            let rule = rule.map { lexicon.rules[$0] }
            let healing = entry?.healing ?? info.healing
            let healed = entry?.healed ?? info.healed
            // Settling sits between the healing and healed severities: at most a caution, at least
            // the healed severity; an entry without its own severities keeps the concern's default.
            let settling = entry?.healing != nil || entry?.healed != nil ? max(healed, min(healing, .caution)) : info.settling
            return ConcernRating(
                concern: concern, title: info.title, healing: healing, settling: settling, healed: healed,
                position: entry?.position, reason: entry?.reason ?? rule?.reason ?? info.why,
                what: entry?.what ?? rule?.what ?? info.title, later: info.later, tailReason: entry?.tailReason ?? ""
            )
        }
    }
}
