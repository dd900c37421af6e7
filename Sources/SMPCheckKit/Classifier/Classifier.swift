/// Classifies tokenized ingredients for a healing phase: lexicon lookup, then the position and
/// phase rules that turn concerns into severities.
struct Classifier: Sendable {
    let lexicon: Lexicon

    struct Result: Sendable {
        var ingredients: [ClassifiedIngredient]
        var findings: [Finding]
    }

    func classify(_ tokens: [Token], phase: Phase) -> Result {
        // Tokens are read by index throughout: iterating would copy each one (and retain its strings).
        // A token without a match was found nowhere while tokenizing: only the fuzzy search is left.
        var matches: [LexiconMatch] = []
        matches.reserveCapacity(tokens.count)
        // Positions are estimated per section: each kit component and shade block is its own list.
        // A label has one to a few sections, so a linear search beats hashing every token's section.
        var sections: [String] = []
        var sectionOfToken: [Int] = []
        sectionOfToken.reserveCapacity(tokens.count)
        var counts: [Int] = []
        var markers: [Int?] = []
        for index in tokens.indices {
            let match = tokens[index].match ?? lexicon.suggestion(forUnknown: tokens[index].key)
            let section = sections.lastIndex(of: tokens[index].section) ?? {
                sections.append(tokens[index].section)
                counts.append(0)
                markers.append(nil)
                return sections.count - 1
            }()
            if markers[section] == nil, TailEstimate.isMarker(match, key: tokens[index].key) { markers[section] = counts[section] }
            counts[section] += 1
            matches.append(match)
            sectionOfToken.append(section)
        }
        let tails = sections.indices.map { TailEstimate(count: counts[$0], marker: markers[$0]) }
        var result = Result(ingredients: [], findings: [])
        result.ingredients.reserveCapacity(tokens.count)
        var placeInSection = Array(repeating: 0, count: sections.count)
        for index in tokens.indices {
            let section = sectionOfToken[index]
            let context = Context(position: index + 1, place: placeInSection[section], tail: tails[section], phase: phase)
            placeInSection[section] += 1
            result.ingredients.append(classify(tokens[index], matches[index], context, findings: &result.findings))
        }
        return result
    }

    private struct Context {
        var position: Int
        /// 0-based place within the token's section.
        var place: Int
        var tail: TailEstimate
        var phase: Phase
    }

    /// The token and match are passed on their own (not in the context) so they are borrowed from
    /// their lists, not copied; findings are appended to the list's.
    private func classify(_ token: Token, _ match: LexiconMatch, _ context: Context,
                          findings: inout [Finding]) -> ClassifiedIngredient {
        var notes: [String] = []
        var concerns: [ConcernID] = []
        var worst: Severity?
        for rating in match.ratings {
            var severity = rating.severity(in: context.phase)
            var positionNote: String?
            if let rule = rating.position {
                let (adjusted, note) = applyPosition(rule, rating, severity, context)
                severity = adjusted
                if severity == .ok { notes.append(note) } else { positionNote = note }
            }
            guard severity > .ok else { continue }
            concerns.append(rating.concern)
            worst = max(worst ?? severity, severity)
            findings.append(Finding(
                concern: rating.concern, concernTitle: rating.title, severity: severity, ingredient: token.printed,
                position: context.position, reason: rating.reason, section: token.section, what: rating.what,
                later: rating.later, positionNote: positionNote, conditional: token.section == mayContainSection,
                match: match.kind
            ))
        }
        if match.kind == .fuzzy, let name = match.name { notes.append("Read as \(name) (a close spelling).") }
        if token.isBlendPart { notes.append("Part of a supplier blend.") }
        let verdict: Verdict = worst.map(Verdict.init) ?? (match.isRecognized ? .ok : .unknown)
        return ClassifiedIngredient(
            position: context.position, printed: token.printed,
            name: match.kind == .none ? nil : match.name, section: token.section, match: match.kind,
            concerns: concerns, verdict: verdict, what: match.what,
            note: notes.isEmpty ? nil : notes.joined(separator: " ")
        )
    }

    private func applyPosition(_ rule: PositionRule, _ rating: ConcernRating, _ severity: Severity,
                               _ context: Context) -> (Severity, String) {
        let inTail = context.tail.contains(context.place)
        switch rule {
        case .tailOK where inTail:
            return (.ok, "Listed low, so \(rating.tailReason.lowercasedFirst)")
        case .tailCaution where inTail:
            return (min(severity, .caution), "Listed low, so \(rating.tailReason.lowercasedFirst)")
        case .leadOnly where context.place >= 2:
            return (.ok, "Not near the top of the list, so \(rating.tailReason.lowercasedFirst)")
        case .leadOnly:
            return (severity, "It is listed at the very top, so it is likely the bulk of the product.")
        case .tailOK, .tailCaution:
            return (severity, "It is listed high, so it is likely there in an active amount, not just to adjust the formula.")
        }
    }

}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
