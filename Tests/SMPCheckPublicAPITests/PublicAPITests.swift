import Foundation
import SMPCheckKit
import Testing

/// The library as a shop backend sees it: only `public` symbols (no `@testable`), so anything these
/// tests need and the API lacks is a gap in the API.
@Suite("Public API")
struct PublicAPITests {
    static let checker = try! SMPChecker()

    @Test("Check text and HTML for a phase; the report round-trips through Codable")
    func checkTextAndHTML() throws {
        let text = try Self.checker.check(
            LabelInput(text: "Ingredients: Aqua, Sodium Laureth Sulfate, Glycerin"),
            phase: Phase(daysSinceSession: 9))
        #expect(
            text.verdict == .avoid && text.phase == .healing
                && text.findings.first?.concern == ConcernID("sulfate-surfactant"))
        let healed = try Self.checker.check(LabelInput(text: "Ingredients: Aqua, Glycolic Acid"), phase: .healed)
        #expect(healed.verdict == .ok)
        let page = "<html><body><h2>Ingredients</h2><ul><li>Aqua</li><li>Parfum</li></ul></body></html>"
        let html = try Self.checker.check(LabelInput(text: page, source: "page.html", kind: .html))
        #expect(html.listFound && html.ingredients.map(\.printed) == ["Aqua", "Parfum"])
        let json = Data(JSONReporter(pretty: false).render(text).utf8)
        #expect(try JSONDecoder().decode(Report.self, from: json) == text)
    }

    @Test("One checker is shared safely by many concurrent tasks")
    func concurrentChecks() async throws {
        let labels = ["Aqua, Glycerin", "Aqua, Parfum", "Aqua, Salicylic Acid", "Aqua, Niacinamide"]
        let verdicts = try await withThrowingTaskGroup(of: (Int, Verdict).self) { group in
            for index in 0..<200 {
                group.addTask { (index, try Self.checker.check(LabelInput(text: labels[index % 4])).verdict) }
            }
            var verdicts = Array(repeating: Verdict.unknown, count: 200)
            for try await (index, verdict) in group { verdicts[index] = verdict }
            return verdicts
        }
        #expect(verdicts == (0..<200).map { [Verdict.ok, .avoid, .avoid, .ok][$0 % 4] })
    }

    @Test("A custom lexicon adds entries without touching the built-in one")
    func customLexicon() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "extra.tsv")
        try """
        name\tconcerns\tnot\thealing\thealed\tposition\tmarks_tail\tvariants\twhat\treason\ttail_reason\tsource
        ZZTEST CAPSAICIN BLEND\twarming-irritant\t\t\t\t\t\t\ta test blend\tIt burns.\t\ttest

        """.write(to: file, atomically: true, encoding: .utf8)
        let custom = try SMPChecker(lexicon: try LexiconLoader.load(mergingFilesAt: file.path))
        #expect(try custom.check(LabelInput(text: "Ingredients: Aqua, ZZTest Capsaicin Blend")).verdict != .ok)
        #expect(
            try Self.checker.check(LabelInput(text: "Ingredients: Aqua, ZZTest Capsaicin Blend")).ingredients[1].match
                == .none)
    }

    @Test("Scanning records: in order, one result each, synchronously or as an async stream")
    func scanRecords() async throws {
        let records = (1...50).map { number in
            CatalogRecord(
                number: number, id: "sku-\(number)", source: "api",
                content: number % 10 == 0 ? .skipped("variant") : .label(LabelInput(text: "Aqua, Parfum")))
        }
        let scanner = CatalogScanner(checker: Self.checker, phase: .healing, workers: 2)
        let results = scanner.results(for: records)
        #expect(results.map(\.record) == Array(1...50) && results.map(\.id) == records.map(\.id))
        let stream = AsyncStream<CatalogRecord> { continuation in
            for record in records { continuation.yield(record) }
            continuation.finish()
        }
        var streamed: [Int] = []
        for try await result in scanner.results(for: stream) { streamed.append(result.record) }
        #expect(streamed == Array(1...50))
        var output: [UInt8] = []
        for result in results { JSONLinesScanFormatter().write(result, to: &output) }
        #expect(output.split(separator: 0x0A).count == 50)
    }

    @Test("A reader of one's own feeds the scan pipeline: one output line per record, in order")
    func customReader() throws {
        struct Numbers: CatalogReader {
            var count = 0
            mutating func next() throws(SMPCheckError) -> CatalogRecord? {
                guard count < 70 else { return nil }
                count += 1
                let content: CatalogRecord.Content =
                    count % 7 == 0 ? .error("unreadable row") : .label(LabelInput(text: "Aqua, Glycerin, Parfum"))
                return CatalogRecord(number: count, id: "row-\(count)", source: "rows", content: content)
            }
        }
        var output: [UInt8] = []
        let summary = CatalogScanner(checker: Self.checker, workers: 2).scan(
            Numbers(), formatter: JSONLinesScanFormatter()
        ) { output += $0 }
        let lines = output.split(separator: 0x0A)
        #expect(lines.count == 70 && summary.records == 70 && summary.errors == 10)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0])) as? [String: Any]
        #expect(first?["record"] as? Int == 1 && first?["verdict"] as? String == "avoid")
    }

    @Test("A catalog in memory scans as the same file would: format from the name, every record accounted for")
    func scanBytes() throws {
        let feed = """
            sku,ingredients
            a-1,"Aqua, Glycerin"
            a-2,"Aqua, Sodium Lauryl Sulfate"
            a-3,"never closed
            """
        var output: [UInt8] = []
        let scanner = CatalogScanner(checker: Self.checker, workers: 2)
        let summary = try scanner.scan(bytes: Array(feed.utf8), name: "upload.csv", formatter: CSVScanFormatter()) {
            output += $0
        }
        #expect(summary.records == 3 && summary.checked == 2 && summary.errors == 1)
        var ids: [String?] = []
        try scanner.forEachRecord(inBytes: Array(feed.utf8), name: "upload.csv") { ids.append($0.id) }
        #expect(ids == ["a-1", "a-2", nil])
        #expect(String(decoding: output, as: UTF8.self).contains("a-2"))
    }
}
