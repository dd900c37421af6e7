/// Classifies tokenized ingredients for a healing phase: the fuzzy search for names the tokenizer
/// did not find, then the position and phase rules that turn concerns into severities.
struct Classifier: Sendable {
    let lexicon: Lexicon

    struct Result: Sendable {
        var ingredients: [ClassifiedIngredient]
        var findings: [Finding]
        /// How many ingredients are known (matched other than by a fuzzy suggestion).
        var recognized = 0
        /// The concerns at every stage of healing, not only the phase classified for.
        var timeline = HealingTimeline()
    }

    /// A list within the label: the declaration, a kit component or a shade block.
    private struct Section {
        let name: String
        var count = 0
        /// Place of the first ingredient that marks the ~1 % line, if any.
        var marker: Int?
    }

    /// `product` is what the product's name shows it to be (see `ProductType`).
    func classify(_ tokens: [Token], phase: Phase, product: ProductType = .unknown) -> Result {
        // Tokens are read in place, by list and index, throughout: a copy of one, or of its match, is a
        // reference count taken and dropped on objects every worker shares.
        let layout = layout(of: tokens)
        var result = Result(ingredients: [], findings: [])
        result.ingredients.reserveCapacity(tokens.count)
        // A few findings are the rule; room for them spares the first reallocations.
        result.findings.reserveCapacity(8)
        // The ingredients formula rules name (a few ids): a list holding none needs no second pass.
        let triggers = lexicon.formulaTriggers
        var triggered = false
        for index in tokens.indices {
            if !triggered, let id = tokens[index].printedName.ingredient { triggered = triggers.contains(id) }
            let (section, place) = layout.places[index]
            let context = Context(
                position: index + 1, place: place, tail: layout.tails[section], phase: phase,
                exfoliating: product.isExfoliating)
            let ingredient =
                if let suggestion = layout.suggestionOfToken[index] {
                    classify(tokens, index, layout.suggestions[Int(suggestion)], context, into: &result)
                } else {
                    classify(tokens, index, tokens[index].printedName.match!, context, into: &result)
                }
            if ingredient.match.isRecognized { result.recognized += 1 }
            result.ingredients.append(ingredient)
        }
        if triggered { applyFormulaRules(to: &result, places: layout.places, tails: layout.tails, phase: phase) }
        return result
    }

    /// What classifying a token needs beyond the token: the fuzzy search's answer when it has no match,
    /// and its place in its section's list beside where that list's ~1 % line likely falls.
    private struct Layout {
        /// The suggestions for the tokens found nowhere while tokenizing; a matched token's match is
        /// read from the token.
        var suggestions: [LexiconMatch] = []
        /// Per token, its suggestion's index; nil when it has a match of its own.
        var suggestionOfToken: [Int32?] = []
        /// Per token, its section's index in `tails` and its 0-based place in that section.
        var places: [(section: Int, place: Int)] = []
        var tails: [TailEstimate] = []
    }

    private func layout(of tokens: [Token]) -> Layout {
        var layout = Layout()
        layout.suggestionOfToken.reserveCapacity(tokens.count)
        layout.places.reserveCapacity(tokens.count)
        // Positions are estimated per section: each kit component and shade block is its own list.
        // A label has one to a few sections, so a linear search beats hashing every token's section.
        var sections: [Section] = []
        for index in tokens.indices {
            // A token without a match was found nowhere while tokenizing: only the fuzzy search is left.
            var marksTail = tokens[index].printedName.marksTail
            if tokens[index].printedName.match != nil {
                layout.suggestionOfToken.append(nil)
            } else {
                let suggestion = lexicon.suggestion(forUnknown: tokens[index].key)
                marksTail = marksTail || suggestion.marksTail
                layout.suggestionOfToken.append(Int32(layout.suggestions.count))
                layout.suggestions.append(suggestion)
            }
            let section: Int
            if let known = sections.lastIndex(where: { $0.name == tokens[index].section }) {
                section = known
            } else {
                sections.append(Section(name: tokens[index].section))
                section = sections.count - 1
            }
            let place = sections[section].count
            if sections[section].marker == nil, marksTail { sections[section].marker = place }
            sections[section].count += 1
            layout.places.append((section, place))
        }
        layout.tails = sections.map { TailEstimate(count: $0.count, marker: $0.marker) }
        return layout
    }

    fileprivate struct Context {
        var position: Int
        /// 0-based place within the token's section.
        var place: Int
        var tail: TailEstimate
        var phase: Phase
        /// The product is a scrub, polish or peel: the exfoliants are in the upper two thirds.
        var exfoliating: Bool

        /// Whether the place is in the list's tail: below the estimated 1 % line, or in a scrub or peel,
        /// in the last third.
        var inTail: Bool { exfoliating ? !tail.isInUpperTwoThirds(place) : tail.contains(place) }
    }

    /// The token is read in its list's memory: passed as `tokens[index]`, it would be copied out first (a
    /// retain and release of its name and section for every ingredient). The match is passed on its
    /// own, not in the context; findings and the stages of healing are added to the list's result.
    private func classify(
        _ tokens: [Token], _ index: Int, _ match: borrowing LexiconMatch, _ context: Context,
        into result: inout Result
    ) -> ClassifiedIngredient {
        // The token's own shared name when the tokenizer matched it; a fuzzy answer makes its own.
        let text =
            tokens[index].printedName.match == nil
            ? tokens[index].printedName.matched(match) : tokens[index].printedName
        var notes: [String] = []
        var concerns: [ConcernID] = []
        var worst: Severity?
        for rating in match.ratings {
            var stages = StageSeverities(rating.info)
            var positionNote: String?
            if let placement = rating.placement {
                // The place is the same at every stage: each stage's severity goes through the same rule,
                // and the rule's note depends on the place alone.
                var note = ""
                stages = stages.map { severity in
                    let adjusted = applyPosition(placement, severity, context)
                    note = adjusted.1
                    return adjusted.0
                }
                if stages.severity(in: context.phase) == .ok { notes.append(note) } else { positionNote = note }
            }
            result.timeline.add(rating.info.id, stages)
            let severity = stages.severity(in: context.phase)
            guard severity > .ok else { continue }
            concerns.append(rating.info.id)
            worst = max(worst ?? severity, severity)
            result.findings.append(
                Finding(
                    concern: rating.info.id, severity: severity, ingredient: tokens[index].printed,
                    position: context.position,
                    section: tokens[index].section, positionNote: positionNote,
                    conditional: tokens[index].section == ListSection.mayContain,
                    match: match.kind, text: rating.text
                ))
        }
        if context.exfoliating, let grit = gritInScrub(match, context, timeline: &result.timeline) {
            concerns.append(grit.concern)
            worst = max(worst ?? grit.severity, grit.severity)
            result.findings.append(
                Finding(
                    concern: grit.concern, severity: grit.severity, ingredient: tokens[index].printed,
                    position: context.position, section: tokens[index].section,
                    positionNote: "The product is a scrub or exfoliator, and it is listed in the upper two thirds.",
                    conditional: tokens[index].section == ListSection.mayContain, match: match.kind, text: grit.text))
        }
        if match.kind == .fuzzy, let name = match.name { notes.append("Read as \(name) (a close spelling).") }
        if tokens[index].isBlendPart { notes.append("Part of a supplier blend.") }
        let verdict: Verdict = worst.map(Verdict.init) ?? (match.isRecognized ? .ok : .unknown)
        return ClassifiedIngredient(
            position: context.position, section: tokens[index].section, match: match.kind, concerns: concerns,
            verdict: verdict,
            note: notes.count > 1 ? notes.joined(separator: " ") : notes.first, text: text
        )
    }

    private func applyPosition(
        _ placement: ConcernRating.Placement, _ severity: Severity,
        _ context: Context
    ) -> (Severity, String) {
        let inTail = context.inTail
        switch placement.rule {
        case .tailOK where inTail:
            return (.ok, placement.clearedNote)
        case .tailCaution where inTail:
            return (min(severity, .caution), placement.clearedNote)
        case .leadOnly where context.exfoliating, .leadThree where context.exfoliating,
            .leadFive where context.exfoliating:
            guard context.tail.isInUpperTwoThirds(context.place) else { return (.ok, placement.clearedNote) }
            return (severity, "The product is a scrub or exfoliator, and it is listed in the upper two thirds.")
        case .leadOnly where context.place >= 2, .leadThree where context.place >= 3,
            .leadFive where context.place >= 5:
            return (.ok, placement.clearedNote)
        case .highOnly where inTail || context.place * 2 >= context.tail.start:
            return (.ok, placement.clearedNote)
        case .highOnly:
            return (
                severity,
                "It is listed high, so it is likely there in an active amount, not just to adjust the formula."
            )
        case .leadOnly:
            return (severity, "It is listed at the very top, so it is likely the bulk of the product.")
        case .leadThree, .leadFive:
            return (severity, "It is listed near the top, so it is likely a main part of the product.")
        case .tailOK, .tailCaution:
            // Only the upper half of what lies above the estimated line is "high": lower down, the place
            // says little more than that the line has not been reached.
            guard context.place * 2 < context.tail.start else {
                return (
                    severity,
                    "It is listed above where the 1 % line likely falls, so it may be there in an active amount, "
                        + "not just to adjust the formula."
                )
            }
            return (
                severity,
                "It is listed high, so it is likely there in an active amount, not just to adjust the formula."
            )
        }
    }
}

extension Classifier {
    /// In a scrub or exfoliator, a benign look-alike of scrub grit whose name makes it a particle
    /// (`Cellulose`, `Hydrated Silica`), listed in the upper two thirds, is the grit that scrubs. It is
    /// added to the timeline; a finding is returned when it is a concern in the phase classified for.
    private func gritInScrub(_ match: borrowing LexiconMatch, _ context: Context, timeline: inout HealingTimeline)
        -> (concern: ConcernID, severity: Severity, text: FindingText)?
    {
        let concern = ConcernID(rawValue: "physical-exfoliant")
        guard context.tail.isInUpperTwoThirds(context.place), !match.concerns.contains(concern),
            let info = lexicon.concerns[concern],
            let entry = match.entries.lazy.map({ lexicon.entries[$0] }).first(where: {
                $0.notConcerns.contains(concern) && isParticle($0.name)
            })
        else { return nil }
        timeline.add(concern, StageSeverities(info))
        guard info.severity(in: context.phase) > .ok else { return nil }
        let reason =
            "In a scrub or exfoliator, particles listed this high are likely the grit that does the scrubbing; "
            + "grit rubs open the tiny wounds and can pull scabs and pigment away."
        return (
            concern, info.severity(in: context.phase),
            FindingText(concernTitle: info.title, reason: reason, what: entry.what, later: info.later)
        )
    }

    private func isParticle(_ name: String) -> Bool {
        ProductType.hasWord(of: lexicon.phrases.particleWords, in: Array(name.utf8))
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
