import Foundation
import Testing

@testable import SMPCheckKit

/// Inputs written to break a parser: each has a clear expected outcome, and finishes within a
/// generous bound (a hang or a quadratic pass fails the time limit).
@Suite("Hostile input: clear outcomes, bounded time, nothing fetched", .timeLimit(.minutes(2)))
struct HostileInputTests {
    @Test("Empty and blank input: no list, verdict unknown, not an error")
    func empty() throws {
        for text in ["", "   \n\t\n", "\u{FEFF}"] {
            let report = try check(text)
            #expect(!report.listFound && report.verdict == .unknown)
        }
    }

    @Test("Binary input is refused; invalid UTF-8 is repaired and read")
    func binaryAndInvalidUTF8() throws {
        let png: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0, count: 64)
        #expect(throws: SMPCheckError.binaryInput(source: "png")) {
            try sharedChecker.check(LabelInput(bytes: png, source: "png"))
        }
        let broken = Array("Ingredients: Aqua, Glyc".utf8) + [0xFF, 0xC3] + Array("erin, Sodium Laureth Sulfate".utf8)
        let report = try sharedChecker.check(LabelInput(bytes: broken, source: "broken"))
        #expect(report.listFound && report.ingredients.count == 3 && report.verdict == .avoid)
    }

    /// Text copied from a PDF, a terminal or a scraper: damaged, still a label (issue #31).
    @Test("Damaged text is repaired and read: a stray NUL, escape sequences, a form feed, broken bytes")
    func damagedText() throws {
        let damaged: [UInt8] =
            Array("Ingredients: Aqua,\u{1B}[31m Sodium Lauryl Sulfate".utf8) + [0xC3] + Array("\u{1B}[0m, Gly".utf8)
            + [0] + Array("cerin\u{0C}Parfum\u{1B}]0;title\u{07}".utf8)
        let report = try sharedChecker.check(LabelInput(bytes: damaged, source: "damaged"))
        #expect(report.ingredients.map(\.printed) == ["Aqua", "Sodium Lauryl Sulfate", "Glycerin", "Parfum"])
        #expect(report.findings.contains { $0.concern.rawValue == "sulfate-surfactant" })
        #expect(report.repairs == TextRepairs(controlCharacters: 5, brokenBytes: 1))
        #expect(
            ReportWording.repairLine(report)
                == "The text was damaged: 5 control characters removed, 1 broken byte replaced before reading.")
        for format in ReportFormat.allCases {
            let output = format.reporter.render(report).unicodeScalars
            #expect(!output.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(format)")
        }
        // Damage past the first 8 KiB is repaired too.
        let long =
            Array(("Ingredients: " + String(repeating: "Aqua, ", count: 2_000)).utf8) + [0x1B] + Array("[1mParfum".utf8)
        let tail = try sharedChecker.check(LabelInput(bytes: long, source: "long"))
        #expect(tail.ingredients.last?.printed == "Parfum" && tail.repairs?.controlCharacters == 1)
        // Clean labels are untouched and say nothing of repairs.
        #expect(try check("Ingredients: Aqua, Glycerin").repairs == nil)
    }

    @Test("Repairing any bytes gives valid UTF-8 with no control characters but tab and line breaks")
    func repairProperty() {
        var generator = SystemRandomNumberGenerator()
        // Bytes weighted toward what damages text: controls, escapes, lead and continuation bytes.
        let alphabet: [UInt8] =
            [0x00, 0x07, 0x0B, 0x0C, 0x1B, 0x5B, 0x5D, 0x5C, 0x31, 0x6D, 0x41, 0x20, 0x2C, 0x7F]
            + [0x80, 0xBF, 0xC2, 0xC3, 0xE0, 0xED, 0xF0, 0xF4, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let repaired = TextRepairs.repairing(bytes).bytes
            #expect(UTF8Validator.isValid(repaired), "\(bytes)")
            #expect(
                !repaired.contains { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }, "\(bytes)")
        }
    }

    @Test("Binary by signature or proportion: PDF, gzip, UTF-16 without a mark, NULs or controls in bulk")
    func binaryByProportion() {
        let utf16: [UInt8] = Array("Ingredients: Aqua, Glycerin".utf8).flatMap { [$0, 0] }
        let controls = Array(repeating: Array("Aqua\u{01}\u{02}".utf8), count: 50).flatMap { $0 }
        let inputs: [(String, [UInt8])] = [
            ("pdf", Array("%PDF-1.7\nIngredients: Aqua".utf8)),
            ("gzip", [0x1F, 0x8B, 0x08, 0x00] + Array("Aqua".utf8)),
            ("utf16", utf16), ("controls", controls),
        ]
        for (name, bytes) in inputs {
            #expect(throws: SMPCheckError.binaryInput(source: name), "\(name)") {
                try sharedChecker.check(LabelInput(bytes: bytes, source: name))
            }
        }
    }

    @Test("A million separators and a hundred thousand nested brackets finish in linear time")
    func separatorsAndBrackets() throws {
        let separators = try check("Ingredients: Aqua" + String(repeating: ",", count: 1_000_000) + " Glycerin")
        #expect(separators.ingredients.map(\.printed) == ["Aqua", "Glycerin"])
        let nested = String(repeating: "(", count: 100_000) + "Aqua" + String(repeating: ")", count: 100_000)
        _ = try check("Ingredients: Glycerin, " + nested + ", Parfum")
        let unbalanced = try check("Ingredients: Aqua (Water, Glycerin, [Parfum, \"Limonene, Squalane")
        #expect(unbalanced.listFound && unbalanced.findings.contains { $0.concern.rawValue == "fragrance" })
    }

    @Test("A label over the size limit is refused with the limit in the message")
    func oversized() throws {
        let checker = try SMPChecker(maximumInputBytes: 1_000)
        let error = #expect(throws: SMPCheckError.self) {
            try checker.check(LabelInput(text: "Ingredients: " + String(repeating: "Aqua, ", count: 1_000)))
        }
        #expect(error?.description.contains("1000-byte limit") == true)
    }

    @Test("HTML nested 100,000 deep is read without a crash")
    func deepHTML() throws {
        let page = String(repeating: "<div><span>", count: 100_000) + "<p>Ingredients: Aqua, Glycerin</p>"
        _ = try sharedChecker.check(LabelInput(text: page, source: "deep", kind: .html))
    }

    @Test("The HTML nesting limit is an option: text nested deeper is ignored")
    func nestingLimit() throws {
        var shallow = sharedChecker
        shallow.maximumNesting = 8
        let page = String(repeating: "<div>", count: 20) + "<p>Ingredients: Aqua, Glycerin</p>"
        #expect(try !shallow.check(LabelInput(text: page, source: "deep", kind: .html)).listFound)
        #expect(try sharedChecker.check(LabelInput(text: page, source: "deep", kind: .html)).listFound)
    }

    @Test("HTML with external entities and DOCTYPE tricks reads nothing from disk or network")
    func htmlEntities() throws {
        let page = """
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>
            <html><body><h2>Ingredients</h2><p>Aqua, &xxe;, &web;, Glycerin</p></body></html>
            """
        let report = try sharedChecker.check(LabelInput(text: page, source: "xxe", kind: .html))
        let printed = report.ingredients.map(\.printed).joined(separator: " ")
        #expect(!printed.contains("root:") && printed.contains("Aqua") && printed.contains("Glycerin"))
    }

    @Test("XML feeds: external entities stay unread and an entity bomb does not expand")
    func xmlEntities() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss><channel><item><id>1</id><description>Ingredients: Aqua, &xxe;, Glycerin</description></item></channel></rss>
            """
        let feed = try ScanTests.scan(try ScanTests.temporaryFile("xxe.xml", Array(xxe.utf8)))
        #expect(feed.lines.count == 1 && !"\(feed.lines)".contains("root:"))

        var bomb =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"lol lol lol lol lol lol lol lol lol lol\">\n"
        for level in 1...9 {
            bomb += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">\n"
        }
        bomb += "]>\n<rss><channel><item><id>b</id><description>Aqua, &a9;</description></item></channel></rss>\n"
        let exploded = try ScanTests.scan(try ScanTests.temporaryFile("bomb.xml", Array(bomb.utf8)))
        #expect(exploded.summary.records + (exploded.summary.stop == nil ? 0 : 1) >= 1)
        #expect("\(exploded.lines)".utf8.count < 1_000_000, "the billion laughs never reach the output")
    }

    @Test("CSV: an unterminated quote on the first record, and mixed line endings")
    func csvEdges() throws {
        let unterminated = try ScanTests.scan(
            try ScanTests.temporaryFile("open.csv", Array("sku,ingredients\nA,\"Aqua, Glycerin\n".utf8)))
        #expect(
            unterminated.lines.count == 1
                && (unterminated.lines[0]["error"] as? String)?.contains("unterminated quote") == true)
        let mixed = "sku,ingredients\r\nA,\"Aqua, Glycerin\"\nB,\"Aqua, Parfum\"\rC,\"Aqua\"\r\n"
        let rows = try ScanTests.rows(mixed)
        #expect(rows == ["sku|ingredients", "A|Aqua, Glycerin", "B|Aqua, Parfum", "C|Aqua"])
    }

    @Test("Labels with markup, formulas and terminal escapes come out inert in every format")
    func safeOutput() throws {
        let label = "Ingredients: Aqua, <script>alert(1)</script>, =HYPERLINK(\"http://x\"), \u{1B}[31mParfum\u{1B}[0m"
        let report = try check(label)
        #expect(!TextReporter().render(report).contains("\u{1B}"))
        let markdown = MarkdownReporter().render(report)
        #expect(!markdown.contains("<script>"))
        var csv: [UInt8] = []
        CSVScanFormatter().write(
            ScanResult(record: 1, id: "=HYPERLINK(\"http://x\")", source: "x", outcome: .report(report)), to: &csv)
        #expect(!String(decoding: csv, as: UTF8.self).contains(",=HYPERLINK"))
    }
}
