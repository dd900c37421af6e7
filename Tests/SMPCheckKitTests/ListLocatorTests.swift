import Testing

@testable import SMPCheckKit

@Suite("List locator: finding the panel in page text")
struct ListLocatorTests {
    @Test(
        "Multilingual headings",
        arguments: [
            "Ingredients:", "INGREDIENTS", "INCI:", "Ingrédients :", "Inhaltsstoffe:", "Ingredientes:", "Ingredienti:",
            "Składniki:", "Состав:", "全成分：", "【全成分】",
        ])
    func headings(_ heading: String) throws {
        let report = try check(
            "Silky Hair Serum for frizzy ends. Shake well.\n\(heading) Aqua, Glycerin, Dimethicone\nHow to use: apply to ends."
        )
        #expect(report.ingredients.map(\.printed) == ["Aqua", "Glycerin", "Dimethicone"])
    }

    @Test("Directions, warnings and Contains declarations end the panel")
    func terminators() throws {
        #expect(
            try declared("Ingredients: Aqua, Glycerin, Sodium Fluoride. Contains sodium fluoride (1450 ppm F).")
                == ["Aqua", "Glycerin", "Sodium Fluoride"])
        #expect(try declared("Ingredients: Aqua, Glycerin\nWarnings: for external use only.") == ["Aqua", "Glycerin"])
        #expect(
            try declared("Aqua, Glycerin, Limonene Please be aware that ingredient lists may change.") == [
                "Aqua", "Glycerin", "Limonene",
            ])
    }

    @Test("A repeated heading and several headings pick the full list")
    func repeatedHeadings() throws {
        #expect(
            try declared("Ingredients Ingredients: Aqua, Glycerin, Panthenol") == ["Aqua", "Glycerin", "Panthenol"])
        let text =
            "Key ingredients: Hyaluronic Acid, Niacinamide\nIngredients: Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Phenoxyethanol"
        let report = try check(text)
        #expect(report.ingredients.count == 5 && report.heading == "Ingredients")
    }

    @Test("A page's fields run together: a capitalized heading before a capitalized list; shop chrome ends it")
    func runInHeadings() throws {
        // Shortened from real pages (boots:261, boots:1379).
        let page =
            "Important info Country of Origin: PolandAddress: UK: Procter & Gamble UK, Weybridge, Surrey, KT13 0XPEU: "
            + "Procter & Gamble Service Gmbh, 65823 Schwalbach am Taunuswww.olay.com Ingredients Aqua, Glycerin, Niacinamide, "
            + "Panthenol, Mica ...read more ...read less Delivery options Click & Collect £1.50 or free if you spend £15 or "
            + "more from your choice of 1,800 stores. Copyright © The Boots Company PLC. All rights reserved."
        #expect(try declared(page) == ["Aqua", "Glycerin", "Niacinamide", "Panthenol", "Mica"])
        #expect(
            try !check("Hurry, while stocks last! SHOP NOW Home Boots Ingredients Retinol Eye Cream 15ml").listFound)
        #expect(try !check("Made with natural ingredients Like aloe and oats, it soothes and softens.").listFound)
    }

    @Test("Numbers add no word to a name: a list of strengths is short items, and allergy advice ends it")
    func strengths() throws {
        // Real label (boots:3544): `15.0% w/w` counted three words, and the list read as sentences.
        #expect(
            try declared(
                "Ingredients Paraffin Soft White BP 15.0% w/w, Paraffin Liquid BP 6.0% w/w, 2-Phenoxyethanol "
                    + "Emulsifying Cream. Allergy advice, see ingredients in bold.")
                == [
                    "Paraffin Soft White BP 15.0% w/w", "Paraffin Liquid BP 6.0% w/w",
                    "2-Phenoxyethanol Emulsifying Cream",
                ])
    }

    @Test("A heading before a list in quotes (a page field's value) opens it; quoted highlights stay sentences")
    func quotedLists() throws {
        // Real labels: boots:868 (spaces only, in straight quotes; its acids had gone unread) and boots:1824.
        let quoted = try check(
            "Ingredients \"Water Dipropylene Glycol Sodium Lactate Lactic Acid Glycerin Diglycerin 1,2-Hexanediol Urea "
                + "Salix Alba (Willow) Bark Extract Ceramide NP Mandelic Acid Benzoic Acid Sphingolipids Sodium Phytate Betula Alba Juice "
                + "Tocopherol Benzaldehyde Ethylhexylglycerin Polyglyceryl-10 Laurate\"")
        #expect(quoted.ingredients.count == 19 && quoted.ingredients.first?.printed == "Water")
        #expect(Set(quoted.findings.map(\.concern.rawValue)).isSuperset(of: ["aha", "bha"]))
        #expect(try declared("Ingredients “Water, Glycerin, Parfum”") == ["Water", "Glycerin", "Parfum"])
        #expect(
            try !check(
                "Active ingredients \"• Pineapple Ceramides have moisturising, brightening and anti-ageing capabilities"
                    + "• Glycerin helps the skin to retain moisture• Squalane has incredible moisturising abilities\""
            ).listFound)
    }

    @Test("Capital names separated by periods are a list; prose sentences and abbreviations are not")
    func periodLists() throws {
        // Real labels (boots:1650, boots:1853).
        #expect(
            try declared(
                "Ingredients AVENE THERMAL SPRING WATER (AVENE AQUA). GLYCERIN. PENTYLENE GLYCOL. PROPANEDIOL. 1,2-HEXANEDIOL. PANTHENOL."
            )
                == [
                    "AVENE THERMAL SPRING WATER (AVENE AQUA)", "GLYCERIN", "PENTYLENE GLYCOL", "PROPANEDIOL",
                    "1,2-HEXANEDIOL", "PANTHENOL",
                ])
        #expect(
            try declared(
                "AQUA / WATER . DIPROPYLENE GLYCOL . DIMETHICONE . GLYCERIN . PROPYLENE GLYCOL . ALCOHOL DENAT. . PHENOXYETHANOL"
            ).count == 7)
        // Real pages (boots:3007, boots:1316): prose in small letters, and `No. 1`, stay prose.
        #expect(
            try !check(
                "Active ingredients ALFA [3R] TECHNOLOGY*. Targets expression lines in the eyes and smile area, redefines "
                    + "contour. ALFA [3R] TECHNOLOGY - Revitalizes, Renews, Resurfaces Alfa [3R] Technology uses Alfalfa extract"
            ).listFound)
        #expect(
            try declared(
                "Panthenol, glycerin, La Roche-Posay Thermal WaterSpecifically formulated for sensitive skin.Recommended "
                    + "and Loved By Dermatologists:La Roche-Posay is the No. 1 Dermatologist recommended Sun Protection in the UK^.^Study "
                    + "of 74 Consultant Dermatologists Jan-May 2023.") == ["Panthenol", "glycerin"])
    }

    @Test("US drug facts: actives join the inactive list")
    func drugFacts() throws {
        let report = try check("Active Ingredients: Zinc Oxide 10%\nInactive Ingredients: Aqua, Glycerin, Dimethicone")
        #expect(report.ingredients.map(\.printed) == ["Zinc Oxide 10%", "Aqua", "Glycerin", "Dimethicone"])
    }

    @Test("A bare list is read; prose, claims and key-ingredient bullets are not")
    func bareLists() throws {
        #expect(try check("Aqua, Glycerin, Cetearyl Alcohol").listFound)
        #expect(try !check("100% Certified Organic White Peony Extracts").listFound)
        #expect(
            try !check("RICE WATER TO BRIGHTEN THE SKIN, SOAPWORT FOR DEEP CLEANSING, MORINGA OIL FOR SHINE").listFound)
        #expect(try !check("Ingredients: N/A").listFound)
    }

    /// Real labels (sephora-kaggle:1084 and boots:3435 in `../shared/corpus/labels.jsonl`): a gloss in
    /// brackets after each name made the first look like sentences; the second names its key ingredients
    /// between sentences, and reading those few as the list gave a salicylic acid product the verdict ok.
    @Test("Bracketed glosses do not make a list prose; a description naming a few ingredients is not their list")
    func glossesAndDescriptions() throws {
        let glossed = try check(
            "Water, Kaolin (absorbent - clay), C9-12 Alkane (coconut), Glycerin (natural humectant - plant-based "
                + "palm oil), Butyrospermum Parkii (Shea) Butter, Caprylic/Capric Triglyceride (emollient - coconut oil), Magnesium "
                + "Aluminum Silicate (thickener - natural mineral), Stearic Acid (emollient - fatty acid from palm)")
        #expect(glossed.ingredients.count == 8)
        #expect(glossed.ingredients.map(\.name).prefix(2) == ["AQUA", "KAOLIN"])
        let description = try check(
            "Salicylic Acid (a Beta Hydroxy acid known to target breakouts, enlarged pores, and blackheads), "
                + "Zinc Oxide (anti-inflammatory), and Calamine (helps to soothe irritated skin).Apply directly onto spots before bedtime "
                + "as a final step in your routine to help dry up impurities and fight active breakouts. Vegan. Fragrance-free."
        )
        #expect(!description.listFound)
        #expect(description.verdict != .ok)
    }
}
