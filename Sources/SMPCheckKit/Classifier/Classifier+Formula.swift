extension Classifier {
    /// Applies the lexicon's formula rules (see `FormulaRule`) to a classified list: an ingredient they
    /// name, listed high where enough of its partners are listed above the estimated 1 % line of its
    /// section, gains the rule's concerns.
    ///
    /// `places` holds each ingredient's section (an index into `tails`) and place in that section.
    func applyFormulaRules(
        to result: inout Result, places: [(section: Int, place: Int)], tails: [TailEstimate], phase: Phase
    ) {
        let rules = lexicon.formulaRuleIngredients
        for index in rules.indices {
            let (names, partnerIDs) = rules[index]
            // Partners above each section's 1 % line, counted in one pass.
            var partners = [Int](repeating: 0, count: tails.count)
            for member in result.ingredients.indices {
                let (section, place) = places[member]
                if !tails[section].contains(place), let id = result.ingredients[member].text.ingredient,
                    partnerIDs.contains(id)
                {
                    partners[section] += 1
                }
            }
            let rule = lexicon.formulaRules[index]
            for member in result.ingredients.indices {
                let (section, place) = places[member]
                guard partners[section] >= rule.partnersNeeded, place * 2 < tails[section].start,
                    let id = result.ingredients[member].text.ingredient, names.contains(id)
                else { continue }
                flag(&result, at: member, by: rule, partners: partners[section], phase: phase)
            }
        }
    }

    private func flag(_ result: inout Result, at index: Int, by rule: FormulaRule, partners: Int, phase: Phase) {
        for concern in rule.concerns where !result.ingredients[index].concerns.contains(concern) {
            guard let info = lexicon.concerns[concern] else { continue }
            result.timeline.add(concern, StageSeverities(info))
            let severity = info.severity(in: phase)
            guard severity > .ok else { continue }
            let ingredient = result.ingredients[index]
            result.findings.append(
                Finding(
                    concern: concern, severity: severity, ingredient: ingredient.printed, position: ingredient.position,
                    section: ingredient.section,
                    positionNote: "It is listed high with \(partners) of the ingredients it reacts with.",
                    conditional: ingredient.section == ListSection.mayContain, match: ingredient.match,
                    text: FindingText(
                        concernTitle: info.title, reason: rule.reason, what: rule.what, later: info.later)))
            result.ingredients[index].concerns.append(concern)
            if severity == .avoid || result.ingredients[index].verdict != .avoid {
                result.ingredients[index].verdict = Verdict(severity)
            }
        }
    }
}
