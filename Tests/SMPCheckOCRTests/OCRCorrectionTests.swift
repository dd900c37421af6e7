import Testing

@testable import SMPCheckKit

/// OCR slips corrected against the lexicon, names rejoined across lines, and the verdict guard of a
/// photo, on text as an OCR engine reads it: these need no Tesseract.
@Suite("OCR correction and rejoining")
struct OCRCorrectionTests {
    static let checker = try! SMPChecker()
    static let corrector = OCRCorrector(lexicon: checker.lexicon)

    @Test(
        "Confused and dropped letters are corrected to the INCI name",
        arguments: [
            ("GLYCERN", "glycerin"), ("NIACNAMDE", "niacinamide"), ("MNERAL Ol", "mineral oil"),
            ("DMETHICONE", "dimethicone"), ("POTASSIM CARBONATE", "potassium carbonate"),
            ("Cocamidopropy| Betaine", "cocamidopropyl betaine"), ("P0LYSORBATE 20", "polysorbate 20"),
            ("PHENOXYETHAN0L", "phenoxyethanol"), ("Dirnethicone", "dimethicone"), ("STEARIC ACI", "stearic acid"),
            ("isopropy!| alcohol", "isopropyl alcohol"),
        ])
    func corrected(_ read: String, _ expected: String) throws {
        let words = read.split(separator: " ").map(String.init)
        let result = try #require(Self.corrector.correct(words))
        #expect(result.words.joined(separator: " ") == expected)
        #expect(result.distance >= 1)
    }

    @Test("A name known as read is left alone", arguments: ["GLYCERIN", "Aqua", "Sodium Laureth Sulfate", "CI 77491"])
    func knownLeftAlone(_ name: String) {
        #expect(Self.corrector.correct(name.split(separator: " ").map(String.init)) == nil)
    }

    @Test("A correction never clears a concern the name as read raises")
    func neverClears() {
        let lexicon = Self.checker.lexicon
        for read in ["FRAGRANCF", "Parfurn", "Methylisothiazolinon", "SODIUM LAURYL SULFATF", "Linalol", "Lirnonene"] {
            let words = read.split(separator: " ").map(String.init)
            let before = Set(lexicon.lookup(lexicon.key(for: read)).concerns)
            guard let fixed = Self.corrector.correct(words) else { continue }
            let after = Set(lexicon.lookup(fixed.words.joined(separator: " ")).concerns)
            #expect(before.isSubset(of: after), "\(read) -> \(fixed.words)")
        }
    }

    @Test("A name wrapped across lines is one ingredient; two names whose comma was lost are two")
    func rejoined() throws {
        let page = RecognizedPage(
            source: "test",
            text: "Our blend... INGREDIENTS: AQUA, GLYCERIN, DISODIUM\nEDTA, CETYL PALMITATE, NIACINAMIDE\n"
                + "DIMETHICONE, POTASSIUM\nCARBONATE, PHENOXYETHANOL.")
        let report = try Self.checker.check(page)
        let names = report.ingredients.map { $0.name ?? "?" }
        #expect(
            names == [
                "AQUA", "GLYCERIN", "DISODIUM EDTA", "CETYL PALMITATE", "NIACINAMIDE", "DIMETHICONE",
                "POTASSIUM CARBONATE", "PHENOXYETHANOL",
            ])
        #expect(report.ocr?.text.hasPrefix("Ingredients:") == true)
    }

    @Test("A panel read with slips: corrected names are reported with what was read, and raise their concerns")
    func correctedPanel() throws {
        let page = RecognizedPage(
            source: "test", text: "lNGREDIENTS: Aqua, Sodium Laury| Sulfate, GLYCERN, Parfurn, Phenoxyethano|.")
        let report = try Self.checker.check(page)
        let concerns = Set(report.findings.map(\.concern.rawValue))
        #expect(concerns.contains("sulfate-surfactant"))
        #expect(concerns.contains("fragrance"))
        let ocr = try #require(report.ocr)
        #expect(ocr.corrections.contains { $0.readAs == "GLYCERN" && $0.printed == "GLYCERIN" })
        let capitals = try Self.checker.check(
            RecognizedPage(source: "test", text: "INGREDIENTS: AQUA, MINERAL Ol, UREA."))
        #expect(capitals.ocr?.corrections.first?.printed == "MINERAL OIL")
        #expect(report.verdict == .avoid)
    }

    @Test("Nothing flagged but a name that could not be read: unknown, never ok")
    func uncertainIsNotOK() throws {
        var page = RecognizedPage(
            source: "test", text: "Ingredients: Aqua, Glycerin, Xqzvb Wrtt, Squalane, Tocopherol.")
        for index in page.words.indices where page.words[index].text == "Wrtt," { page.words[index].confidence = 20 }
        let report = try Self.checker.check(page)
        #expect(report.verdict == .unknown)
        #expect(report.listFound == false)
        #expect(report.ocr?.checkThese.contains("Wrtt") == true)
        #expect(report.ocr?.checkThese.contains("Xqzvb Wrtt") == true)
        #expect(report.ocr?.advice == ReportWording.photoUncertainAdvice)
    }

    @Test("A clean reading of a fine list is ok; a page with no list or hardly any words is unknown with advice")
    func cleanAndEmpty() throws {
        let clean = RecognizedPage(source: "test", text: "Ingredients: Aqua, Glycerin, Squalane, Tocopherol.")
        #expect(try Self.checker.check(clean).verdict == .ok)
        for text in ["", "SALE 50% OFF", "Ingredients: Xqzvb, Wrtt Plk, Aqua."] {
            let report = try Self.checker.check(RecognizedPage(source: "test", text: text))
            #expect(report.verdict == .unknown, "\(text)")
            #expect(report.ocr?.advice == ReportWording.photoTooLittleAdvice, "\(text)")
        }
    }

    @Test("Reports say the list was read from a photo: text, Markdown and JSON")
    func reporters() throws {
        let page = RecognizedPage(source: "photo.jpg", text: "INGREDIENTS: AQUA, GLYCERN, PARFUM.")
        let report = try Self.checker.check(page)
        let text = TextReporter().render(report)
        #expect(text.contains("Read from a photo"))
        #expect(text.contains("GLYCERIN (read \"GLYCERN\")"))
        #expect(MarkdownReporter().render(report).contains("Read from a photo"))
        let json = JSONReporter().render(report)
        #expect(json.contains("\"input\" : \"photo\"") || json.contains("\"input\": \"photo\""))
        #expect(json.contains("\"readAs\""))
    }
}
