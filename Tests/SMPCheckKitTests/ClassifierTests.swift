import Testing

@testable import SMPCheckKit

@Suite("Classifier: phases, positions and sections")
struct ClassifierTests {
    let shampoo =
        "Ingredients: Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Glycolic Acid, Parfum, Sodium Chloride, Citric Acid, Limonene"

    @Test("Severity follows the healing phase")
    func phases() throws {
        func severity(_ concern: String, _ phase: Phase) throws -> Severity? {
            try check(shampoo, phase: phase).findings.first { $0.concern.rawValue == concern }?.severity
        }
        #expect(try severity("sulfate-surfactant", .fresh) == .avoid)
        #expect(try severity("sulfate-surfactant", .healing) == .avoid)
        #expect(try severity("sulfate-surfactant", .settling) == .caution)
        #expect(try severity("sulfate-surfactant", .healed) == .caution)
        #expect(try severity("aha", .healing) == .avoid)
        #expect(try severity("aha", .healed) == nil)
        #expect(Phase(daysSinceSession: 1) == .fresh)
        #expect(Phase(daysSinceSession: 10) == .healing)
        #expect(Phase(daysSinceSession: 30) == .settling)
        #expect(Phase(daysSinceSession: 60) == .healed)
    }

    @Test("The product verdict is the worst finding; ok only when nothing is flagged")
    func verdicts() throws {
        #expect(try check(shampoo).verdict == .avoid)
        #expect(try check(shampoo).exitStatus == 1)
        let gentle = try check("Aqua, Glycerin, Decyl Glucoside, Panthenol")
        #expect(gentle.verdict == .ok && gentle.exitStatus == 0)
        let caution = try check("Aqua, Glycerin, Linalool")
        #expect(caution.verdict == .caution)
        let nothing = try check("Our best-loved formula leaves your hair soft and full of shine.")
        #expect(!nothing.listFound && nothing.verdict == .unknown && nothing.exitStatus == 2)
    }

    @Test("Citric acid and salt low in a list are formula helpers, high in a list they are not")
    func positionRules() throws {
        let low = try check(shampoo)
        #expect(!low.findings.contains { $0.ingredient == "Citric Acid" })
        #expect(low.ingredients.first { $0.printed == "Citric Acid" }?.note?.contains("Listed low") == true)
        #expect(!low.findings.contains { $0.ingredient == "Sodium Chloride" })
        let high = try check("Aqua, Citric Acid, Glycerin, Propanediol, Xanthan Gum, Sodium Benzoate")
        let finding = try #require(high.findings.first { $0.ingredient == "Citric Acid" })
        #expect(finding.positionNote?.contains("likely") == true)
        // Lower above the line, the place says less: "may", not "likely".
        let middle = try check(
            "Water, Glycerin, Dimethicone, Xanthan Gum, Propanediol, Butylene Glycol, Cetyl Alcohol, Lactic Acid, "
                + "Carbomer, Sodium Hydroxide, Tocopherol, Panthenol, Allantoin, Squalane, Phenoxyethanol")
        let lactic = try #require(middle.findings.first { $0.ingredient == "Lactic Acid" })
        #expect(
            lactic.positionNote?.hasPrefix("It is listed above where the 1 % line likely falls, so it may be") == true)
        let scrub = try check("Sucrose, Prunus Amygdalus Dulcis Oil, Tocopherol")
        #expect(scrub.findings.contains { $0.concern.rawValue == "physical-exfoliant" })
        // Alumina is grit among the first three (a microdermabrasion scrub), a filler below them (sephora-kaggle:1339).
        let microdermabrasion = try check("Water, Glycerin, Alumina, Caprylic/Capric Triglyceride, Phenoxyethanol")
        #expect(
            microdermabrasion.findings.first { $0.ingredient == "Alumina" }?.positionNote?.contains("near the top")
                == true)
        let foundation = try check("Water, Cyclopentasiloxane, Glycerin, Dimethicone, Alumina, Phenoxyethanol")
        #expect(!foundation.findings.contains { $0.ingredient == "Alumina" })
        #expect(foundation.ingredients.first { $0.printed == "Alumina" }?.note?.contains("Not near the top") == true)
    }

    @Test("Fragrance and allergens are flagged wherever they sit")
    func notRescuedByPosition() throws {
        let report = try check(
            "Aqua, Glycerin, Cetearyl Alcohol, Dimethicone, Xanthan Gum, Phenoxyethanol, Parfum, Linalool")
        #expect(Set(report.findings.map(\.concern.rawValue)) == ["fragrance", "fragrance-allergen"])
    }

    @Test("May-contain findings say they are conditional")
    func conditional() throws {
        let report = try check("Talc, Mica. May contain: Carmine, Retinol")
        let finding = try #require(report.findings.first { $0.concern.rawValue == "retinoid" })
        #expect(finding.conditional && finding.section == ListSection.mayContain)
    }

    @Test("Coverage counts what was recognized; an ok with unknowns says so")
    func coverage() throws {
        let report = try check("Aqua, Glycerin, Zqxwv Blorp Extract")
        #expect(report.coverage.recognized == 2 && report.coverage.total == 3)
        #expect(report.verdict == .ok)
        #expect(TextReporter().render(report).contains("covers only what was recognized"))
    }
}
