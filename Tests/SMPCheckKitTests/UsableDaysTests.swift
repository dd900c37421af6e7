import Foundation
import Testing

@testable import SMPCheckKit

/// "When can I use it?": each report's stages of healing, gathered while classifying for one phase,
/// must say what classifying for each phase says.
@Suite("Usable from day N: the stages of healing")
struct UsableDaysTests {
    /// The stage a phase belongs to, by its first day.
    private static func stage(of phase: Phase, in report: Report) -> HealingStage? {
        report.stages.first { $0.fromDay == phase.firstDay }
    }

    /// For every phase, the verdict of the stage the healing report gives equals the verdict of the
    /// report made for that phase.
    private static func stagesAgree(_ input: LabelInput) throws -> Bool {
        let healing = try sharedChecker.check(input, phase: .healing)
        guard healing.listFound else { return healing.usableFromDay == nil && healing.noAvoidFromDay == nil }
        return try Phase.allCases.allSatisfy { phase in
            try stage(of: phase, in: healing)?.verdict == sharedChecker.check(input, phase: phase).verdict
        }
    }

    @Test("Each curated entry alone in a list: the days follow its concern's severities in concerns.tsv")
    func followsConcerns() throws {
        let lexicon = sharedChecker.lexicon
        var checked = 0
        for entry in lexicon.entries
        where entry.concerns.count == 1 && entry.position == nil && entry.healing == nil && entry.healed == nil {
            let report = try check("Ingredients: Aqua, \(entry.name), Glycerin")
            // Only where the list reads as written: the entry's one concern, flagged on its own.
            guard report.concernsRaised == entry.concerns, let info = lexicon.concerns[entry.concerns[0]] else {
                continue
            }
            let severities = HealingStage.phases.map { info.severity(in: $0) }
            let days = HealingStage.phases.map(\.firstDay)
            #expect(
                report.usableFromDay == days.indices.first { severities[$0] == .ok }.map { days[$0] },
                "\(entry.name)")
            #expect(
                report.noAvoidFromDay == days.indices.first { severities[$0] < .avoid }.map { days[$0] },
                "\(entry.name)")
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test("Positions, formula rules, scrubs and set-aside prose: each stage's verdict is that phase's verdict")
    func stagesMatchPhases() throws {
        let labels = [
            // A tail-ok acid low in a list, and high in a list.
            "Ingredients: Aqua, Glycerin, Cetearyl Alcohol, Dimethicone, Panthenol, Phenoxyethanol, Citric Acid",
            "Ingredients: Glycolic Acid, Aqua, Glycerin",
            // A scrub: grit read as grit.
            "Walnut Body Scrub\nIngredients: Sucrose, Cellulose, Glycerin, Aqua, Parfum",
            // Prose set aside from the list that names a concern.
            "Ingredients: Aqua, Glycerin, Parfum. With lavender essential oil and glycolic acid for a calming peel.",
            "Ingredients: Aqua, Thioglycolic Acid, Glycerin",
        ]
        for label in labels {
            #expect(try Self.stagesAgree(LabelInput(text: label, source: "test")), "\(label)")
        }
    }

    /// Real labels (`../shared/corpus`): the stages never say other than the phase's own verdict.
    @Test(
        "Every annotated real label: each stage's verdict is that phase's verdict",
        .enabled(if: Repository.shared != nil))
    func realLabels() throws {
        var disagreements: [String] = []
        for file in ["corpus/dev-gold.jsonl", "corpus/dev-gold-2.jsonl"] {
            for record in try #require(try Repository.sharedRecords(file)) {
                let text = record["text"] as! String
                let kind: LabelInput.Kind = record["kind"] as? String == "html" ? .html : .text
                if try !Self.stagesAgree(LabelInput(text: text, source: "gold", kind: kind)) {
                    disagreements.append(record["id"] as? String ?? "?")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test("The line: fine at every stage, from a day, with care, never; days to go")
    func wording() throws {
        func line(_ text: String, days: Int? = nil) throws -> String? {
            let input = LabelInput(text: text, source: "test")
            let report =
                try days.map { try sharedChecker.check(input, daysSinceSession: $0) } ?? sharedChecker.check(input)
            return ReportWording.usableLine(report)
        }
        #expect(try line("Ingredients: Aqua, Glycerin, Panthenol") == "Fine at every stage of healing.")
        #expect(
            try line("Ingredients: Aqua, Thioglycolic Acid, Glycerin")
                == "Not advised at any stage (hair-removal chemical).")
        let sulfate = try #require(try line("Ingredients: Aqua, Sodium Laureth Sulfate, Glycerin", days: 5))
        #expect(sulfate.hasPrefix("From day 15 with care (harsh sulfate cleanser)"))
        #expect(sulfate.hasSuffix("Day 15 is 10 days away (today is day 5)."))
        #expect(try line("Key ingredients: Niacinamide, Panthenol") == nil, "highlights say nothing of days")
        #expect(try line("Enjoy our new look!") == nil)
    }
}
