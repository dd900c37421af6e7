import Testing
@testable import SMPCheckKit

@Suite("List locator: finding the panel in page text")
struct ListLocatorTests {
    @Test("Multilingual headings", arguments: [
        "Ingredients:", "INGREDIENTS", "INCI:", "Ingrédients :", "Inhaltsstoffe:", "Ingredientes:", "Ingredienti:",
        "Składniki:", "Состав:", "全成分：", "【全成分】",
    ])
    func headings(_ heading: String) throws {
        let report = try check("Silky Hair Serum for frizzy ends. Shake well.\n\(heading) Aqua, Glycerin, Dimethicone\nHow to use: apply to ends.")
        #expect(report.ingredients.map(\.printed) == ["Aqua", "Glycerin", "Dimethicone"])
    }

    @Test("Directions, warnings and Contains declarations end the panel")
    func terminators() throws {
        #expect(try declared("Ingredients: Aqua, Glycerin, Sodium Fluoride. Contains sodium fluoride (1450 ppm F).")
            == ["Aqua", "Glycerin", "Sodium Fluoride"])
        #expect(try declared("Ingredients: Aqua, Glycerin\nWarnings: for external use only.") == ["Aqua", "Glycerin"])
        #expect(try declared("Aqua, Glycerin, Limonene Please be aware that ingredient lists may change.") == ["Aqua", "Glycerin", "Limonene"])
    }

    @Test("A repeated heading and several headings pick the full list")
    func repeatedHeadings() throws {
        #expect(try declared("Ingredients Ingredients: Aqua, Glycerin, Panthenol") == ["Aqua", "Glycerin", "Panthenol"])
        let text = "Key ingredients: Hyaluronic Acid, Niacinamide\nIngredients: Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Phenoxyethanol"
        let report = try check(text)
        #expect(report.ingredients.count == 5 && report.heading == "Ingredients")
    }

    @Test("A page's fields run together: a capitalized heading before a capitalized list; shop chrome ends it")
    func runInHeadings() throws {
        // Shortened from real pages (boots:261, boots:1379).
        let page = "Important info Country of Origin: PolandAddress: UK: Procter & Gamble UK, Weybridge, Surrey, KT13 0XPEU: "
            + "Procter & Gamble Service Gmbh, 65823 Schwalbach am Taunuswww.olay.com Ingredients Aqua, Glycerin, Niacinamide, "
            + "Panthenol, Mica ...read more ...read less Delivery options Click & Collect £1.50 or free if you spend £15 or "
            + "more from your choice of 1,800 stores. Copyright © The Boots Company PLC. All rights reserved."
        #expect(try declared(page) == ["Aqua", "Glycerin", "Niacinamide", "Panthenol", "Mica"])
        #expect(try !check("Hurry, while stocks last! SHOP NOW Home Boots Ingredients Retinol Eye Cream 15ml").listFound)
        #expect(try !check("Made with natural ingredients Like aloe and oats, it soothes and softens.").listFound)
    }

    @Test("Capital names separated by periods are a list; prose sentences and abbreviations are not")
    func periodLists() throws {
        // Real labels (boots:1650, boots:1853).
        #expect(try declared("Ingredients AVENE THERMAL SPRING WATER (AVENE AQUA). GLYCERIN. PENTYLENE GLYCOL. PROPANEDIOL. 1,2-HEXANEDIOL. PANTHENOL.")
            == ["AVENE THERMAL SPRING WATER (AVENE AQUA)", "GLYCERIN", "PENTYLENE GLYCOL", "PROPANEDIOL", "1,2-HEXANEDIOL", "PANTHENOL"])
        #expect(try declared("AQUA / WATER . DIPROPYLENE GLYCOL . DIMETHICONE . GLYCERIN . PROPYLENE GLYCOL . ALCOHOL DENAT. . PHENOXYETHANOL").count == 7)
        // Real pages (boots:3007, boots:1316): prose in small letters, and `No. 1`, stay prose.
        #expect(try !check("Active ingredients ALFA [3R] TECHNOLOGY*. Targets expression lines in the eyes and smile area, redefines "
            + "contour. ALFA [3R] TECHNOLOGY - Revitalizes, Renews, Resurfaces Alfa [3R] Technology uses Alfalfa extract").listFound)
        #expect(try declared("Panthenol, glycerin, La Roche-Posay Thermal WaterSpecifically formulated for sensitive skin.Recommended "
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
        #expect(try !check("RICE WATER TO BRIGHTEN THE SKIN, SOAPWORT FOR DEEP CLEANSING, MORINGA OIL FOR SHINE").listFound)
        #expect(try !check("Ingredients: N/A").listFound)
    }
}
