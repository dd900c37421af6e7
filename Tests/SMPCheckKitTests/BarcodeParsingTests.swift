import Testing

@testable import SMPCheckKit

@Suite("Barcodes and Open Beauty Facts answers")
struct BarcodeParsingTests {
    @Test("Check digits of EAN-13, UPC-A, GTIN-8 and GTIN-14; other shapes are not barcodes")
    func checkDigits() {
        for valid in ["3600550362626", "036000291452", "96385074", "10012345678902"] {
            #expect(Barcode(valid)?.digits == valid, "\(valid)")
        }
        for invalid in ["3600550362627", "036000291453", "1234567", "36005503626260", "36005503626a6", ""] {
            #expect(Barcode(invalid) == nil, "\(invalid)")
        }
        #expect(Barcode.hasBarcodeShape("3600550362627") && !Barcode.hasBarcodeShape("label.txt"))
    }

    /// A real answer, recorded by openbeautyfacts-ruby (see `Fixtures/README.md`): a French shower gel
    /// whose only list is the main one, with a batch code after it.
    @Test("A recorded Open Beauty Facts answer is read and checked: the sulfate, the acid and the fragrance")
    func recordedAnswer() throws {
        let json = try Repository.text("Tests/SMPCheckKitTests/Fixtures/obf-product-3600550362626.json")
        let product = try OpenBeautyFactsProduct(
            json: Array(json.utf8), barcode: try #require(Barcode("3600550362626")))
        #expect(product.record.name == "Douche 3 en 1 corps-visage-cheveux" && product.record.brand == "Ushuaia,Lascad")
        let report = try sharedChecker.check(try product.labelInput())
        #expect(report.product?.code == "3600550362626" && report.verdict == .avoid)
        let concerns = Set(report.findings.map(\.concern.rawValue))
        #expect(
            concerns.isSuperset(of: ["sulfate-surfactant", "bha", "fragrance", "fragrance-allergen", "essential-oil"]))
        #expect(
            report.ingredients.count == 19, "the batch code is not an ingredient: \(report.ingredients.map(\.printed))")
    }

    @Test("The English list first, then the main one, then another language's; name, brand and licence")
    func productFields() throws {
        let barcode = try #require(Barcode("3600550362626"))
        func product(_ fields: String) throws -> OpenBeautyFactsProduct {
            try OpenBeautyFactsProduct(json: Array(#"{"status": 1, "product": {\#(fields)}}"#.utf8), barcode: barcode)
        }
        let english = try product(
            #""product_name": "Elseve", "brands": "L'Oréal", "ingredients_text": "Eau, Glycérine", "ingredients_text_en": "Aqua, Glycerin""#
        )
        #expect(english.ingredientText == "Aqua, Glycerin")
        #expect(
            english.record
                == ProductRecord(
                    code: "3600550362626", name: "Elseve", brand: "L'Oréal", source: "Open Beauty Facts",
                    licence: "ODbL"))
        #expect(try product(#""ingredients_text": "Aqua", "ingredients_text_en": " ""#).ingredientText == "Aqua")
        #expect(
            try product(#""ingredients_text_de": "Wasser", "ingredients_text_fr": "Eau""#).ingredientText == "Wasser")
        let empty = try product(#""product_name": "Balm""#)
        #expect(empty.ingredientText == nil)
        #expect(throws: SMPCheckError.self) { try empty.labelInput() }
        let input = try english.labelInput()
        #expect(
            input.product?.code == "3600550362626" && input.productName == "Elseve"
                && input.source == "barcode 3600550362626")
        #expect(throws: SMPCheckError.self) {
            try OpenBeautyFactsProduct(json: Array(#"{"status": 0}"#.utf8), barcode: barcode)
        }
        #expect(throws: SMPCheckError.self) { try OpenBeautyFactsProduct(json: Array("<html>".utf8), barcode: barcode) }
    }
}
