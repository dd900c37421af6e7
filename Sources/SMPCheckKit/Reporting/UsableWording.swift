extension ReportWording {
    /// When the product becomes usable, in one sentence, from its stages of healing: "Fine from day 15",
    /// "From day 15 with care (fragrance allergen); not fully fine at any stage", "Not advised at any
    /// stage (hair-removal chemical)". With the days since the session, it says how many remain. Nil when
    /// no full list was read: then nothing can be said of any day.
    public static func usableLine(_ report: Report) -> String? {
        guard report.listFound, let last = report.stages.last else { return nil }
        let usable = report.usableFromDay
        let noAvoid = report.noAvoidFromDay
        var line: String
        switch (noAvoid, usable) {
        case (_, 0?):
            line = "Fine at every stage of healing."
        case (let from?, let fine?) where from == fine:
            line = "Fine \(self.from(fine))."
        case (0?, let fine?):
            line = "With care until day \(fine) (\(titles(caution(at: 0, in: report), in: report))), then fine."
        case (let from?, let fine?):
            line =
                "From day \(from) with care (\(titles(caution(at: from, in: report), in: report))); fine \(self.from(fine))."
        case (0?, nil):
            line = "With care at every stage (\(titles(last.caution, in: report))); not fully fine at any stage."
        case (let from?, nil):
            line =
                "From day \(from) with care (\(titles(caution(at: from, in: report), in: report))); not fully fine at any stage."
        case (nil, _):
            line = "Not advised at any stage (\(titles(last.avoid, in: report)))."
        }
        if let days = report.daysSinceSession, let day = usable ?? noAvoid, day > 0 {
            let left = day - days
            line +=
                left > 0
                ? " Day \(day) is \(left) day\(left == 1 ? "" : "s") away (today is day \(days))."
                : " Today is day \(days)."
        }
        return line
    }

    /// "from day 15", or "once healed (day 43)".
    private static func from(_ day: Int) -> String {
        day >= Phase.healed.firstDay ? "once healed (day \(day))" : "from day \(day)"
    }

    private static func caution(at day: Int, in report: Report) -> [ConcernID] {
        report.stages.first { $0.fromDay == day }?.caution ?? []
    }

    /// The concerns' titles as the report's findings give them; a concern not flagged in the phase
    /// reported on is named as the built-in lexicon names it.
    private static func titles(_ concerns: [ConcernID], in report: Report) -> String {
        concerns.map { concern in
            report.findings.first { $0.concern == concern }?.concernTitle
                ?? (try? Lexicon.builtIn.concerns[concern]?.title) ?? concern.rawValue
        }.joined(separator: ", ")
    }
}
