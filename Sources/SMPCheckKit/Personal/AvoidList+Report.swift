extension AvoidList {
    /// Marks a report with the list's hits: a `personal` finding per ingredient it names (listed, or
    /// named in prose set aside from the list), `avoid` at every stage; the verdicts follow, and
    /// `personalNotFound` lists the items named nowhere.
    func apply(to report: inout Report, lexicon: Lexicon) {
        var found = Set<Int>()
        for index in report.ingredients.indices {
            let names = Names(report.ingredients[index], lexicon)
            let hits = items.indices.filter { names.hold(items[$0]) }
            guard !hits.isEmpty else { continue }
            found.formUnion(hits)
            let ingredient = report.ingredients[index]
            report.findings.append(
                finding(
                    for: hits, ingredient: ingredient.printed, what: ingredient.what, position: ingredient.position,
                    section: ingredient.section, match: ingredient.match))
            report.ingredients[index].concerns.append(Self.concern)
            report.ingredients[index].verdict = .avoid
        }
        for piece in report.skipped where piece.reason == .prose {
            let hits = items.indices.filter {
                items[$0].concern == nil && Self.holds(items[$0].terms, in: [piece.text])
            }
            guard !hits.isEmpty else { continue }
            found.formUnion(hits)
            var finding = finding(
                for: hits, ingredient: hits.map { items[$0].words }.joined(separator: ", "), what: nil, position: 0,
                section: ListSection.declared, match: .none)
            finding.quote = piece.text
            report.findings.append(finding)
        }
        report.personalNotFound = items.indices.filter { !found.contains($0) }.map { items[$0].words }
        guard !found.isEmpty else { return }
        if report.listFound { report.verdict = SMPChecker.verdict(of: report.findings) }
        for index in report.stages.indices { report.stages[index].avoid.append(Self.concern) }
        for index in report.components.indices
        where report.findings.contains(where: {
            $0.concern == Self.concern && $0.section == report.components[index].section
        }) {
            report.components[index].verdict = .avoid
        }
    }

    /// What an ingredient is known as, looked up once for every item of the list: its concerns at any
    /// severity, its INCI name, and the names it is printed by.
    private struct Names {
        let concerns: [ConcernID]
        let name: String?
        let printed: [String]

        init(_ ingredient: ClassifiedIngredient, _ lexicon: Lexicon) {
            let known = lexicon.knownMatch(lexicon.key(for: ingredient.printed))
            concerns = ingredient.concerns + (known?.concerns ?? [])
            name = ingredient.name
            let forms = known.map { match in match.entries.flatMap { lexicon.entries[$0].variants } } ?? []
            printed = [ingredient.printed, ingredient.name ?? ""] + forms
        }

        func hold(_ item: Item) -> Bool {
            if let concern = item.concern { return concerns.contains(concern) }
            if let named = item.ingredient, named == name { return true }
            return AvoidList.holds(item.terms, in: printed)
        }
    }

    private func finding(
        for hits: [Int], ingredient: String, what: String?, position: Int, section: String,
        match: LexiconMatch.Kind
    ) -> Finding {
        let words = hits.map { "\u{201C}\(items[$0].words)\u{201D}" }.joined(separator: ", ")
        return Finding(
            concern: Self.concern, severity: .avoid, ingredient: ingredient, position: position, section: section,
            positionNote: nil, conditional: section == ListSection.mayContain, match: match,
            text: FindingText(
                concernTitle: "your avoid list", reason: "It is on your own avoid list, as \(words).",
                what: what ?? "a name on your avoid list",
                later: "It stays on your list at every stage of healing; change the list to change this."))
    }
}
