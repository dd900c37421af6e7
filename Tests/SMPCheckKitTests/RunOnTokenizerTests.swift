import Testing

@testable import SMPCheckKit

/// Lists whose separators are missing or misleading: names run together, printed with spaces only, or
/// with commas that part Latin from common names. Cases come from real labels.
@Suite("Tokenizer: run-together names and lists without separators")
struct RunOnTokenizerTests {
    @Test("Run-together names are segmented by known INCI names")
    func runTogether() throws {
        #expect(
            try declared("Aqua, Butylene Glycol Pentylene Glycol, Glycerin")
                == ["Aqua", "Butylene Glycol", "Pentylene Glycol", "Glycerin"])
        #expect(try declared("Titanium Dioxide 6.3%, Zinc Oxide 4.0%Water, Dimethicone").count == 4)
    }

    /// Real labels (sephora-kaggle:466 and 1258, curlsbot:creams-0 in `../shared/corpus/labels.jsonl`): a
    /// family rule read two essential oils, or an extract and a preservative, as one name.
    @Test(
        "A long name known only by a family rule gives way to INCI names, after a common name, that cover it; an oil with its common name stays one"
    )
    func familyRuleRuns() throws {
        #expect(
            try declared("Aqua, Lavandula Angustifolia (Lavender) Oil* Pelargonium Graveolens Flower Oil*, Glycerin")
                == ["Aqua", "Lavandula Angustifolia (Lavender) Oil*", "Pelargonium Graveolens Flower Oil*", "Glycerin"])
        #expect(
            try declared(
                "Aqua, Olea Europaea (Olive) Fruit Extract Euterpe Oleracea Fruit Extract Methylisothiazolinone, Glycerin"
            )
                == [
                    "Aqua", "Olea Europaea (Olive) Fruit Extract", "Euterpe Oleracea Fruit Extract",
                    "Methylisothiazolinone", "Glycerin",
                ])
        #expect(
            try declared("aqua, citrus limon peel lemon oil, glycerin") == [
                "aqua", "citrus limon peel lemon oil", "glycerin",
            ])
        // A common name may open such a run (sephora-kaggle:11's names with a comma lost), where it glosses nothing.
        #expect(
            try declared(
                "Aqua, Lavender Oil Pelargonium Graveolens Flower Oil Linalool Rosmarinus Officinalis Leaf Oil, Glycerin"
            )
                == [
                    "Aqua", "Lavender Oil", "Pelargonium Graveolens Flower Oil", "Linalool",
                    "Rosmarinus Officinalis Leaf Oil", "Glycerin",
                ])
    }

    /// Lists printed with spaces only, from real labels (boots:2246, soco-id:206, soco-id:0,
    /// boots:2327, soco-id:183 in `../shared/corpus/labels.jsonl`): each was read as no list at all,
    /// or as a dozen names where there are forty.
    @Test("A list printed with spaces only, or with lone slashes, dashes or brackets between names, is read")
    func runOnLists() throws {
        let headed = try check(
            "Ingredients WATER (AQUA) ALOE BARBADENSIS LEAF JUICE* HELIANTHUS ANNUUS (SUNFLOWER) SEED OIL* "
                + "GLYCERIN CAPRYLIC/CAPRIC TRIGLYCERIDE ALCOHOL* GLYCERYL STEARATE CITRATE BETAINE COCOS NUCIFERA (COCONUT) OIL* "
                + "BUTYROSPERMUM PARKII (SHEA) BUTTER* CARRAGEENAN XANTHAN GUM SEA SALT (MARIS SAL) TOCOPHEROL CITRIC ACID SODIUM "
                + "STEAROYL GLUTAMATE GLYCERYL CAPRYLATE FRAGRANCE (PARFUM) LIMONENE, LINALOOL, CITRONELLOL, GERANIOL, CITRAL, COUMARIN."
        )
        #expect(
            headed.ingredients.map(\.printed).prefix(6) == [
                "WATER (AQUA)", "ALOE BARBADENSIS LEAF JUICE*",
                "HELIANTHUS ANNUUS (SUNFLOWER) SEED OIL*", "GLYCERIN", "CAPRYLIC/CAPRIC TRIGLYCERIDE", "ALCOHOL*",
            ])
        #expect(headed.ingredients.count == 24)
        #expect(headed.findings.contains { $0.concern.rawValue == "fragrance" })

        let bare = try check(
            "water sodium laureth sulfate cocamidopropyl betaine glycerin cocamide dea dimethiconol sodium chloride "
                + "laureth4 carbomer citric acid tetrasodium edta panthenyl ethyl ether propyl dimethycone sodium lauryl sulfate "
                + "phenoxyethanol butylene glycol sodium sulfate methylisothiazolinone")
        #expect(bare.ingredients.count == 18)
        #expect(
            bare.ingredients.map(\.printed).prefix(3) == ["water", "sodium laureth sulfate", "cocamidopropyl betaine"])
        #expect(
            bare.findings.contains {
                $0.concern.rawValue == "sulfate-surfactant" && $0.ingredient == "sodium laureth sulfate"
            })
        // A word no listed name covers stays in the list, unknown: it is not dropped.
        #expect(bare.ingredients.contains { $0.printed == "propyl dimethycone" && $0.match == .none })

        #expect(
            try declared(
                "cyclopentasiloxane / dimethiconol / alcohol / dimethicone / phenyl trimethicone / cocos nucifera oil / "
                    + "coconut oil / tocopherol / hydroxycitronellal / limonene / benzyl salicylate / linalool")
                == [
                    "cyclopentasiloxane", "dimethiconol", "alcohol", "dimethicone", "phenyl trimethicone",
                    "cocos nucifera oil / coconut oil",
                    "tocopherol", "hydroxycitronellal", "limonene", "benzyl salicylate", "linalool",
                ])
        #expect(
            try declared(
                "water\\aqua\\eau [] cetearyl isononanoate [] butylene glycol [] glycerin [] polyglyceryl-3 methylglucose "
                    + "distearate [] olea europaea (olive) fruit oil [] caprylic/capric triglyceride [] steareth-21 [] caffeine [] betaine"
            ).count == 10)
        // Padded with no-break spaces: the names as printed do not carry them.
        let padding = String(repeating: "\u{A0}", count: 8)
        #expect(
            try declared(
                ["aqua", "hydrolyzed silk", "cetearyl alcohol", "butylene glycol", "propylene glycol", "glycerin"]
                    .map { $0 + padding }.joined(separator: " " + padding + " "))
                == ["aqua", "hydrolyzed silk", "cetearyl alcohol", "butylene glycol", "propylene glycol", "glycerin"])
    }

    /// A real label (sephora-kaggle:11 in `../shared/corpus/labels.jsonl`): names printed with spaces only,
    /// but for a comma between each botanical's Latin name and its common name. It was read as no list.
    @Test("A list whose only commas part Latin from common names is read, each piece as a run of names")
    func latinCommaLists() throws {
        let report = try check(
            "Caprylic/Capric Triglyceride Dicaprylyl Carbonate Squalane Rosa Canina Fruit Oil Oenothera Biennis "
                + "Oil, Evening Primrose Oil Simmondsia Chinensis Oil, Jojoba Seed Oil Coriandrum Sativum Oil, Coriander Seed Oil Tocopherol "
                + "Lavandula Angustifolia Oil, Lavender Oil Pelargonium Graveolens Flower Oil Linalool Rosmarinus Officinalis Leaf Oil, "
                + "Rosemary Leaf Oil Citronellol Geraniol Lavandula Hybrida Oil Cucumis Sativus Extract, Cucumber Fruit Extract Curcuma "
                + "Longa Extract, Turmeric Root Extract Limonene Citral Sclareolide Rosa Spp, Rose Flower Oil Jasminum Officinale Extract, "
                + "Jasmine Extract Helianthus Annuus Seed Oil, Sunflower Seed Oil.")
        let printed = report.ingredients.map(\.printed)
        #expect(
            printed.prefix(6) == [
                "Caprylic/Capric Triglyceride", "Dicaprylyl Carbonate", "Squalane", "Rosa Canina Fruit Oil",
                "Oenothera Biennis Oil, Evening Primrose Oil", "Simmondsia Chinensis Oil",
            ])
        // A common name the alias merge knows as the same ingredient stays one with its Latin name; a family
        // rule no longer reads the common name and the names after it as one oil.
        #expect(printed.contains("Lavandula Angustifolia Oil, Lavender Oil"))
        #expect(printed.contains("Pelargonium Graveolens Flower Oil"))
        #expect(printed.contains("Helianthus Annuus Seed Oil, Sunflower Seed Oil"))
        // Where the lexicon lacks the Latin name (`Simmondsia Chinensis Oil`) or the common name (`Coriander
        // Seed Oil`), or knows them as two ingredients, the two stay two.
        #expect(printed.count == 29)
        let allergens = Set(report.findings.filter { $0.concern.rawValue == "fragrance-allergen" }.map(\.ingredient))
        #expect(["Linalool", "Citronellol", "Geraniol", "Limonene", "Citral"].allSatisfy(allergens.contains))

        // Real label (amazon-in:952): a short list printed with spaces only, each name a run of words.
        #expect(
            try declared("Niacinamide (5%) Neem Oil Tea Tree Essential Oil Aloe vera gel")
                == ["Niacinamide (5%)", "Neem Oil", "Tea Tree Essential Oil", "Aloe vera gel"])
    }

    @Test("Comma-separated text of long items that are not runs of names is not read as a list")
    func latinCommaProse() throws {
        // Common names between the words of a product description, with no sentence word among them.
        #expect(
            try !check(
                "Midnight Recovery Concentrate Lavender Oil, Evening Primrose Oil Restorative Botanical Essence, "
                    + "Jojoba Seed Oil Replenishing Nightly Treatment"
            ).listFound)
        // A description in another language: no English sentence word, and its pieces do not end with names.
        #expect(
            try !check(
                "minyak rosemary: terbukti membantu menumbuhkan rambut lebih tebal | lidah buaya: menenangkan "
                    + "kulit kepala yang gatal | minyak kelapa: melembapkan rambut kering sampai ke ujung"
            ).listFound)
    }

    @Test("Text with no separators that is not mostly listed names is not read as a list")
    func runOnProse() throws {
        // No sentence word, so the run-on reading is tried, and turned down: too few listed names.
        #expect(
            try !check(
                "Intense Hydration Cream Dermatologist Tested Hypoallergenic Non Comedogenic Paraben Free Sulphate Free "
                    + "Vegan Friendly Cruelty Free Glycerin Aqua"
            ).listFound)
        // A description reads as prose before any name is looked up.
        #expect(
            try !check(
                "This rich cream with shea butter and glycerin melts into your skin for lasting comfort all day long "
                    + "leaving it soft smooth and supple"
            ).listFound)
    }

    /// Real labels print `Vitis Vinifera (Grape) Seed Oil` without its brackets; the plant and the
    /// common name are each known names, but together they are one ingredient.
    @Test("A botanical whose common name lost its brackets stays one ingredient")
    func botanicalWithoutBrackets() throws {
        let report = try check(
            "Aqua, Vitis Vinifera Grape Seed Oil, Prunus Amygdalus Dulcis Sweet Almond Oil, Glycerin")
        #expect(
            report.ingredients.map(\.printed)
                == ["Aqua", "Vitis Vinifera Grape Seed Oil", "Prunus Amygdalus Dulcis Sweet Almond Oil", "Glycerin"])
        #expect(
            report.ingredients.map(\.name) == [
                "AQUA", "VITIS VINIFERA SEED OIL", "PRUNUS AMYGDALUS DULCIS OIL", "GLYCERIN",
            ])
    }
}
