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
        let matches = tokens.indices.map { tokens[$0].match ?? lexicon.suggestion(forUnknown: tokens[$0].key) }
        var ingredients: [ClassifiedIngredient] = []
        var findings: [Finding] = []
        ingredients.reserveCapacity(tokens.count)
        // Positions are estimated per section: each kit component and shade block is its own list.
        // A label has one to a few sections, so a linear search beats hashing every token's section.
        var sections: [String] = []
        let sectionOfToken = tokens.indices.map { index in
            if let section = sections.lastIndex(of: tokens[index].section) { return section }
            sections.append(tokens[index].section)
            return sections.count - 1
        }
        let tails = sections.indices.map { section in
            let indices = tokens.indices.filter { sectionOfToken[$0] == section }
            return TailEstimate(matches: indices.map { matches[$0] }, keys: indices.map { tokens[$0].key }, lexicon: lexicon)
        }
        var placeInSection = Array(repeating: 0, count: sections.count)
        for index in tokens.indices {
            let section = sectionOfToken[index]
            let context = Context(match: matches[index], position: index + 1,
                                  place: placeInSection[section], tail: tails[section], phase: phase)
            placeInSection[section] += 1
            let (ingredient, raised) = classify(tokens[index], context)
            ingredients.append(ingredient)
            findings += raised
        }
        return Result(ingredients: ingredients, findings: findings)
    }

    private struct Context {
        var match: LexiconMatch
        var position: Int
        /// 0-based place within the token's section.
        var place: Int
        var tail: TailEstimate
        var phase: Phase
    }

    /// The token is passed on its own (not in the context) so it is borrowed from the list, not copied.
    private func classify(_ token: Token, _ context: Context) -> (ClassifiedIngredient, [Finding]) {
        let match = context.match
        var findings: [Finding] = []
        var notes: [String] = []
        for concern in match.concerns {
            guard let info = lexicon.concerns[concern] else { continue }
            let entry = match.entries.lazy.map { lexicon.entries[$0] }.first { $0.concerns.contains(concern) }
            let rule = match.rule.map { lexicon.rules[$0] }
            var severity = baseSeverity(info, entry, context.phase)
            var positionNote: String?
            if let entry, let rule = entry.position {
                let (adjusted, note) = applyPosition(rule, entry, severity, context)
                severity = adjusted
                if severity == .ok { notes.append(note) } else { positionNote = note }
            }
            guard severity > .ok else { continue }
            let conditional = token.section == mayContainSection
            findings.append(Finding(
                concern: concern, concernTitle: info.title, severity: severity, ingredient: token.printed, position: context.position,
                reason: entry?.reason ?? rule?.reason ?? info.why, section: token.section,
                what: entry?.what ?? rule?.what ?? info.title, later: info.later, positionNote: positionNote,
                conditional: conditional, match: match.kind
            ))
        }
        if match.kind == .fuzzy, let name = match.name { notes.append("Read as \(name) (a close spelling).") }
        if token.isBlendPart { notes.append("Part of a supplier blend.") }
        let worst = findings.map(\.severity).max()
        let verdict: Verdict = worst.map(Verdict.init) ?? (match.isRecognized ? .ok : .unknown)
        let ingredient = ClassifiedIngredient(
            position: context.position, printed: token.printed,
            name: match.kind == .none ? nil : match.name, section: token.section, match: match.kind,
            concerns: findings.map(\.concern), verdict: verdict, what: match.what,
            note: notes.isEmpty ? nil : notes.joined(separator: " ")
        )
        return (ingredient, findings)
    }

    /// The concern's default for the phase, unless the entry says otherwise. Settling sits between
    /// the healing and healed severities: at most a caution, at least the healed severity.
    private func baseSeverity(_ info: ConcernInfo, _ entry: LexiconEntry?, _ phase: Phase) -> Severity {
        let healing = entry?.healing ?? info.healing
        let healed = entry?.healed ?? info.healed
        switch phase {
        case .fresh, .healing: return healing
        case .healed: return healed
        case .settling:
            guard entry?.healing != nil || entry?.healed != nil else { return info.settling }
            return max(healed, min(healing, .caution))
        }
    }

    private func applyPosition(_ rule: PositionRule, _ entry: LexiconEntry, _ severity: Severity,
                               _ context: Context) -> (Severity, String) {
        let inTail = context.tail.contains(context.place)
        switch rule {
        case .tailOK where inTail:
            return (.ok, "Listed low, so \(entry.tailReason.lowercasedFirst)")
        case .tailCaution where inTail:
            return (min(severity, .caution), "Listed low, so \(entry.tailReason.lowercasedFirst)")
        case .leadOnly where context.place >= 2:
            return (.ok, "Not near the top of the list, so \(entry.tailReason.lowercasedFirst)")
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
