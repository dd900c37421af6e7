import Foundation
import Testing

@testable import SMPCheckKit

/// Reporters are pure functions of a report: each sample's output is compared with a golden file.
/// Set SMPCHECK_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, and review the diff.
@Suite("Reporters: golden files")
struct ReporterGoldenTests {
    static let samples = [
        "harsh-shampoo.txt", "gentle-shampoo.txt", "light-moisturizer.txt", "exfoliating-toner.txt",
        "shopify-body-scrub.html", "product-page.html",
    ]

    @Test("Text, JSON and Markdown output of every sample", arguments: samples, ReportFormat.allCases)
    func golden(_ sample: String, _ format: ReportFormat) throws {
        let text = try Repository.text("Samples/\(sample)")
        let report = try sharedChecker.check(LabelInput(text: text, source: "Samples/\(sample)"), phase: .healing)
        let rendered = format.reporter.render(report)
        // A new format gets golden files named by its raw value: a missing one fails, it does not crash.
        let extensions: [ReportFormat: String] = [.text: "txt", .json: "json", .markdown: "md"]
        let golden = Repository.path(
            "Tests/SMPCheckKitTests/Golden/\(sample).\(extensions[format, default: format.rawValue])")
        if ProcessInfo.processInfo.environment["SMPCHECK_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try #require(
            try? String(contentsOf: golden, encoding: .utf8),
            "no golden file \(golden.lastPathComponent): run with SMPCHECK_UPDATE_GOLDEN=1 and review it")
        #expect(rendered == expected, "\(sample) as \(format): run with SMPCHECK_UPDATE_GOLDEN=1 and review the diff")
    }

    @Test("JSON follows the contract: fields, null names, and round-trips through Codable")
    func jsonContract() throws {
        let report = try check("Ingredients: Aqua, Sodium Laureth Sulfate, Zqxwv Blorp")
        let json = JSONReporter().render(report)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        for key in ["schemaVersion", "source", "phase", "listFound", "verdict", "ingredients", "findings"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let ingredients = object["ingredients"] as! [[String: Any]]
        #expect(ingredients[2]["name"] is NSNull)
        #expect(ingredients[2]["match"] as? String == "none" && ingredients[2]["verdict"] as? String == "unknown")
        let finding = (object["findings"] as! [[String: Any]])[0]
        #expect(finding["concern"] as? String == "sulfate-surfactant" && finding["severity"] as? String == "avoid")
        #expect(try JSONDecoder().decode(Report.self, from: Data(json.utf8)) == report)
    }

    @Test("Text output strips terminal control sequences; Markdown escapes markup")
    func safeOutput() throws {
        let report = try check("Aqua, \u{1B}[31mGlycerin, <script>alert(1)</script>, Parfum")
        #expect(!TextReporter().render(report).contains("\u{1B}"))
        #expect(!MarkdownReporter().render(report).contains("<script>"))
    }
}
