extension Classifier {
    /// Applies the lexicon's formula rules (see `FormulaRule`) to a classified list: an ingredient they
    /// name, listed high where enough of its partners are listed above the estimated 1 % line of its
    /// section, gains the rule's concerns.
    ///
    /// `places` holds each ingredient's section (an index into `tails`) and place in that section.
    func applyFormulaRules(
        to result: inout Result, places: [(section: Int, place: Int)], tails: [TailEstimate], phase: Phase
    ) {
        for rule in lexicon.formulaRules {
            for section in tails.indices {
                let members = result.ingredients.indices.filter { places[$0].section == section }
                let partners = members.count { index in
                    !tails[section].contains(places[index].place)
                        && result.ingredients[index].name.map(rule.partners.contains) == true
                }
                guard partners >= rule.partnersNeeded else { continue }
                for index in members
                where places[index].place * 2 < tails[section].start
                    && result.ingredients[index].name.map(rule.names.contains) == true
                {
                    flag(&result, at: index, by: rule, partners: partners, phase: phase)
                }
            }
        }
    }

    private func flag(_ result: inout Result, at index: Int, by rule: FormulaRule, partners: Int, phase: Phase) {
        for concern in rule.concerns where !result.ingredients[index].concerns.contains(concern) {
            guard let info = lexicon.concerns[concern] else { continue }
            let severity = info.severity(in: phase)
            guard severity > .ok else { continue }
            let ingredient = result.ingredients[index]
            result.findings.append(
                Finding(
                    concern: concern, severity: severity, ingredient: ingredient.printed, position: ingredient.position,
                    section: ingredient.section,
                    positionNote: "It is listed high with \(partners) of the ingredients it reacts with.",
                    conditional: ingredient.section == mayContainSection, match: ingredient.match,
                    text: FindingText(
                        concernTitle: info.title, reason: rule.reason, what: rule.what, later: info.later)))
            result.ingredients[index].concerns.append(concern)
            if severity == .avoid || result.ingredients[index].verdict != .avoid {
                result.ingredients[index].verdict = Verdict(severity)
            }
        }
    }
}
