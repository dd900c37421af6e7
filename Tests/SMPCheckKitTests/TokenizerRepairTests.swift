import Testing

@testable import SMPCheckKit

/// The label shapes behind false "ok"s and miscounts on labels nobody tuned for, each fixed at the
/// mechanism: the cases are classes, with a real label's fragment where one showed the class.
@Suite("Tokenizer: label shapes that lost or invented ingredients")
struct TokenizerRepairTests {
    @Test("An item that opens with its gloss in brackets is a name of its own, not the end of the one before")
    func bracketLedItems() throws {
        let report = try check("Water, Glycerin, Alcohol Denat., (Aqua) Water, Phenoxyethanol.")
        #expect(
            report.ingredients.map(\.printed) == [
                "Water", "Glycerin", "Alcohol Denat.", "(Aqua) Water", "Phenoxyethanol",
            ])
        #expect(report.verdict == .avoid)
        #expect(try declared("Aqua, (Mel) Honey, Glycerin") == ["Aqua", "(Mel) Honey", "Glycerin"])
        // A bracket that a stray comma cut from its name still joins it.
        #expect(try declared("Water, Vaccinium Myrtillus, (Bilberry) Extract, Glycerin").count == 3)
    }

    @Test("A sentence run on after the last ingredient ends the list without eating that ingredient")
    func runOnSentences() throws {
        let disclaimer = try check(
            "Ingredients: Aqua, Glycerin, Cetyl Alcohol, Potassium Sorbate, Benzyl Alcohol Product information may "
                + "change. Please check the pack.")
        #expect(disclaimer.ingredients.map(\.printed).last == "Benzyl Alcohol")
        #expect(!disclaimer.ingredients.contains { $0.printed.contains("Please") })
        #expect(disclaimer.verdict == .caution)
        // With no disclaimer phrase to end it, the name is still split from the sentence after it.
        let prose = try check(
            "Ingredients: Aqua, Glycerin, Sodium Laureth Sulfate gently cleanses the hair and the scalp")
        #expect(prose.ingredients.map(\.printed) == ["Aqua", "Glycerin", "Sodium Laureth Sulfate"])
        #expect(prose.skipped.map(\.reason) == [.prose])
    }

    @Test("A name glossed with its translations after slashes is one ingredient, not prose")
    func slashTranslations() throws {
        let report = try check(
            "Ingredients: Aqua, Saccharum Officinarum (Sugarcane) Extract/Saccharum Officinarum/Extrait De Canne a "
                + "Sucre, Glycerin")
        #expect(report.ingredients.count == 3)
        #expect(report.skipped.isEmpty)
    }

    @Test("A name a line break cut is rejoined when the whole is a known name and a half is not")
    func lineWraps() throws {
        // From a PDF or an e-mail, and a real label (sephora-subset:96: `Glyceryl⏎Stearate Citrate`).
        let report = try check(
            "Ingredients: AQUA, SODIUM LAURETH SULFATE, DISODIUM\nEDTA, CITRIC\nACID, Glyceryl\nStearate Citrate")
        #expect(
            report.ingredients.map(\.name) == [
                "AQUA", "SODIUM LAURETH SULFATE", "DISODIUM EDTA", "CITRIC ACID", "GLYCERYL STEARATE CITRATE",
            ])
        #expect(report.ingredients[2].printed == "DISODIUM EDTA")
        // Two known names one a line stay two.
        #expect(try declared("Ingredients:\nGlycerin\nAlcohol\nWater").count == 3)
    }

    @Test("Product and formula codes printed after the list are set aside as codes")
    func codes() throws {
        // Real labels (boots:1304, boots:806): `[PR-018116]`, `[BI 722]` after the last name.
        let report = try check("Ingredients Aqua, Glycerin, Lecithin, Ascorbyl Palmitate. [BI 722]")
        #expect(report.ingredients.map(\.printed) == ["Aqua", "Glycerin", "Lecithin", "Ascorbyl Palmitate"])
        #expect(report.skipped == [SkippedText(text: "[BI 722]", reason: .code)])
        #expect(try declared("Aqua, Glycerin, CI 16035, CI 42090. [PR-018116]").count == 4)
        // Names with numbers are names.
        #expect(try declared("AQUA, PEG-100 STEARATE, CI 77491").count == 3)
    }

    @Test("Footnotes in brackets, and marked sentences that explain a mark, are footnotes")
    func footnotes() throws {
        // Real label (boots:2841): a bilingual footnote in brackets.
        let bracketed = try check(
            "Ingredients Aqua/Water/Eau, Sodium Hyaluronate (*Plant/Plante), Benzyl Alcohol, Dehydroacetic Acid. "
                + "(*Plant Derived/DÉrivÉ des Plantes).")
        #expect(bracketed.ingredients.count == 4)
        #expect(bracketed.skipped.map(\.reason) == [.footnote])
        // Real label (sephora-kaggle:473): a known word after the mark does not make the sentence a name.
        let sentence = try check("Water, Glycerin, **Fragrance, Limonene. **Fragrances of Natural Origin.")
        #expect(sentence.ingredients.map(\.printed) == ["Water", "Glycerin", "**Fragrance", "Limonene"])
        #expect(try declared("Water, *Organic Aloe Vera, Glycerin").count == 3)
    }

    @Test("A shade block's closing bracket ends its last name and the block")
    func shadeBlockEnd() throws {
        let report = try check(
            "Talc, Mica, Dimethicone [+/- May Contain: CI 77491, CI 77492, CI 77499], Phenoxyethanol")
        #expect(
            report.ingredients.map(\.printed) == [
                "Talc", "Mica", "Dimethicone", "CI 77491", "CI 77492", "CI 77499", "Phenoxyethanol",
            ])
        #expect(report.ingredients.map(\.section).last == ListSection.declared)
    }

    @Test("A heading followed by a quote still opens the list")
    func quotedList() throws {
        // Real label (boots:1131).
        let report = try check("Ingredients 'aqua (water, eau), polysorbate 20, glycerin, glycolic acid")
        #expect(report.ingredients.count == 4)
        #expect(report.verdict == .avoid)
    }

    @Test("A plant product word is never a name of its own in a run of names")
    func productWords() throws {
        // Real label (curlsbot:import-35): `ribes nigrum butter` is one name.
        let report = try check(
            "behentrimonium methosulfate, ribes nigrum butter, guar hydroxypropyltrimonium chloride stearic acid")
        #expect(
            report.ingredients.map(\.printed) == [
                "behentrimonium methosulfate", "ribes nigrum butter", "guar hydroxypropyltrimonium chloride",
                "stearic acid",
            ])
    }

    @Test("Aliases merge across a comma or a slash, not across slots of their own")
    func aliasSeparators() throws {
        #expect(try declared("water, aqua-eau, glycerin").count == 2)
        // Real label (soco-id:133): one name a slot, each declared.
        #expect(try declared("aqua | glycerin | fragrance | parfum | aroma").count == 5)
        // Real label (sephora-kaggle:840): two names that carry their own aliases are two.
        #expect(try declared("Declustered Water (-)/Aqua/Eau, Declustered Water (+)/Aqua/Eau, Glycerin").count == 3)
    }
}
