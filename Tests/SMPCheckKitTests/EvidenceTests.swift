import Foundation
import Testing

@testable import SMPCheckKit

/// What can make a product "ok": only a full declaration, every piece of it accounted for, nothing
/// flagged; and the evidence that reaches past the curated entries (CosIng functions, the rest of the
/// formula, the product's name, text set aside from the list).
@Suite("Evidence: highlights, set-aside text, functions, formulas, product type")
struct EvidenceTests {
    @Test("Highlights alone are not a declaration: the verdict is unknown, and what they flag is reported")
    func highlights() throws {
        for text in [
            "Active ingredients: Niacinamide 10%, Zinc PCA 1%", "Key ingredients: Niacinamide, Panthenol, Allantoin",
            "Glycerine, Aloe Vera, Chamomile, Cocoa Butter", "Vitamin C, Niacinamide, Green Tea, Aloe Vera",
        ] {
            let report = try check(text)
            #expect(!report.listFound && report.highlightsOnly && report.verdict == .unknown, "\(text)")
            #expect(report.exitStatus == 2)
        }
        let flagged = try check("Key ingredients: Niacinamide, Glycolic Acid, Allantoin")
        #expect(flagged.verdict == .unknown && flagged.findings.map(\.concern.rawValue) == ["aha"])
        #expect(TextReporter().render(flagged).contains("Among the highlighted ingredients"))
        // A full list beside the highlights is what is judged; a short INCI list is a list.
        let both = try check("Key ingredients: Niacinamide. Ingredients: Aqua, Glycerin, Niacinamide, Phenoxyethanol")
        #expect(both.listFound && !both.highlightsOnly && both.verdict == .ok)
        #expect(try check("Aqua | Glycerin | Parfum").listFound)
        #expect(try check("Water, Glycerin, Sodium Benzoate, Panthenol").listFound)
    }

    @Test("Prose set aside from the list still raises the concerns it names, quoted; claims and negations do not")
    func setAside() throws {
        let report = try check(
            "Ingredients: Aqua, Glycerin, Cetyl Alcohol with lavender essential oil for a calming scent and feel.")
        let finding = try #require(report.findings.first { $0.concern.rawValue == "essential-oil" })
        #expect(finding.setAside && finding.position == 0 && finding.quote?.contains("lavender") == true)
        #expect(report.verdict == .avoid)
        let json = JSONReporter().render(report)
        #expect(json.contains("\"setAside\": true") || json.contains("\"setAside\":true"))
        #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
        // A fatty alcohol named in prose is not a drying alcohol; what a name is made from is not in it.
        #expect(
            try check(
                "Ingredients: Aqua, Glycerin, Cetostearyl Alcohol. Our cetostearyl alcohol comes from coconut oil"
            )
            .findings.isEmpty)
        #expect(
            try check("Ingredients: Aqua, Glycerin, Panthenol. This product does not contain alcohol or fragrance.")
                .findings.isEmpty)
    }

    @Test("CosIng functions raise a caution for names no entry or rule knows, with their own match kind")
    func functions() throws {
        // Names no entry and no rule of words knows: CosIng lists quartz as abrasive, bael leaf oil as perfuming.
        let report = try check("Ingredients: Quartz, Aqua, Glycerin, Aegle Marmelos Leaf Oil, Phenoxyethanol")
        let grit = try #require(report.ingredients.first { $0.name == "QUARTZ" })
        #expect(grit.match == .function && grit.concerns.map(\.rawValue) == ["physical-exfoliant"])
        let oil = try #require(report.findings.first { $0.concern.rawValue == "essential-oil" })
        #expect(oil.match == .function && oil.severity == .caution && oil.reason.contains("CosIng"))
        #expect(JSONReporter().render(report).contains("\"function\""))
        // Grit only near the top; curated look-alikes (clays, dissolved extracts) and excluded words never.
        #expect(try concerns("Aqua, Glycerin, Cetyl Alcohol, Sodium Bicarbonate, Xanthan Gum").isEmpty)
        #expect(try concerns("Sodium Bicarbonate, Aqua, Glycerin") == ["physical-exfoliant"])
        #expect(try concerns("Kaolin, Aqua, Glycerin, Talc").isEmpty)
        #expect(try concerns("Aqua, Avena Sativa Kernel Extract, Glycerin").isEmpty)
    }

    @Test("A function rule needs its functions column and a reason for a position rule")
    func functionRuleSchema() throws {
        let header = "id\tconcerns\tfunctions\tfirst\tlast\tany\tnone\tposition\twhat\treason\ttail_reason\tsource\n"
        let missing = LexiconLoader.File(
            path: "function-rules.tsv", text: header + "x\tastringent\t\t\t\t\t\t\ta\tb\t\tc\n")
        #expect(throws: SMPCheckError.self) { try LexiconLoader.load(LexiconLoader.embeddedFiles + [missing]) }
        let noTail = LexiconLoader.File(
            path: "function-rules.tsv", text: header + "x\tastringent\tAstringent\t\t\t\t\tlead-three\ta\tb\t\tc\n")
        #expect(throws: SMPCheckError.self) { try LexiconLoader.load(LexiconLoader.embeddedFiles + [noTail]) }
    }

    @Test("Fatty acids with potassium hydroxide high in a list are a soap made in the product")
    func soapInSitu() throws {
        let wash = try check(
            "Water, Glycerin, Myristic Acid, Palmitic Acid, Stearic Acid, Potassium Hydroxide, Lauric Acid, "
                + "Glyceryl Distearate, Glyceryl Stearate, Cocamidopropyl Betaine, PEG-100 Stearate, Sodium Chloride, "
                + "Polyquaternium-7, Disodium EDTA, Butylene Glycol, Tocopherol, Parfum, Limonene, Phenoxyethanol")
        let soap = try #require(wash.findings.first { $0.concern.rawValue == "harsh-surfactant" })
        #expect(soap.ingredient == "Potassium Hydroxide" && soap.reason.contains("soap"))
        // A little alkali low in a cream neutralises its acids: no soap to speak of.
        #expect(
            try !concerns(
                "Water, Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Stearic Acid, Palmitic Acid, Dimethicone, "
                    + "Glyceryl Stearate, Squalane, Tocopherol, Phenoxyethanol, Ethylhexylglycerin, Potassium Hydroxide"
            ).contains("harsh-surfactant"))
    }

    @Test("A scrub's name makes the grit and acids high in its list read as the exfoliants they are")
    func productType() throws {
        let list = "Ingredients Glycerin, Kaolin, Propanediol, Silica, Parfum, PEG-8, Polysorbate 20, Sucrose, Limonene"
        func grit(_ report: Report) -> [String] {
            report.findings.filter { $0.concern.rawValue == "physical-exfoliant" }.map(\.ingredient)
        }
        let plain = try check(list)
        #expect(plain.productType == nil && grit(plain).isEmpty)
        let scrub = try check("Detoxifying Body Scrub\n" + list)
        #expect(scrub.productType == "exfoliating")
        #expect(grit(scrub) == ["Silica"])
        // The caller may name the product; a page's title or heading does too.
        let named = try sharedChecker.check(LabelInput(text: list, source: "t", productName: "Walnut Face Polish"))
        #expect(named.productType == "exfoliating" && named.productName == "Walnut Face Polish")
        let page = try sharedChecker.check(
            LabelInput(
                text: "<html><head><title>Sugar Lip Scrub</title></head><body><p>Ingredients: Sucrose, Caprylic/Capric "
                    + "Triglyceride, Cera Alba, Tocopherol</p></body></html>", source: "page.html"))
        #expect(page.productType == "exfoliating" && page.productName == "Sugar Lip Scrub")
    }

    @Test("Urea is a peeling active only high in a list")
    func highOnly() throws {
        #expect(
            try concerns("Aqua, Urea, Glycerin, Cetearyl Alcohol, Paraffinum Liquidum, Dimethicone") == ["keratolytic"])
        let low =
            "Aqua, Glycerin, Cetearyl Alcohol, Paraffinum Liquidum, Dimethicone, Isopropyl Palmitate, Cetyl Alcohol, "
            + "Glyceryl Stearate, Squalane, Urea, Tocopherol, Sodium Lactate, Phenoxyethanol"
        #expect(!(try concerns(low)).contains("keratolytic"))
    }
}
