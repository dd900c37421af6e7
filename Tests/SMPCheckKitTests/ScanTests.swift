import Foundation
import Testing

@testable import SMPCheckKit

@Suite("Catalog scan: readers, ordering, accounting and output")
struct ScanTests {
    /// Scans a file and returns its output lines (JSON objects) and summary.
    static func scan(_ path: String, options: CatalogOptions = CatalogOptions(), workers: Int = 2)
        throws -> (lines: [[String: Any]], summary: ScanSummary)
    {
        var output: [UInt8] = []
        let scanner = CatalogScanner(checker: sharedChecker, workers: workers)
        let summary = try scanner.scan(path: path, options: options, formatter: JSONLinesScanFormatter()) {
            output += $0
        }
        let lines = try output.split(separator: 0x0A).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        return (lines, summary)
    }

    /// A file in this test process's scratch folder, which is removed when the process exits.
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = scratchFolder.appending(path: "\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url.path
    }

    private static let scratchFolder: URL = {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-kit-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit {
            let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-kit-tests-\(getpid())")
            try? FileManager.default.removeItem(at: folder)
        }
        return folder
    }()

    static func rows(_ csv: String, delimiter: UInt8? = nil, limit: Int = 1 << 20) throws -> [String] {
        try readRows(csv, delimiter: delimiter, limit: limit).map {
            switch $0 {
            case .fields(let fields): fields.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "|")
            case .malformed(let reason): "ERROR " + reason
            }
        }
    }

    /// The rows as the reader gives them; `keeping` reads only those columns' bytes.
    static func readRows(
        _ csv: String, delimiter: UInt8? = nil, limit: Int = 1 << 20, keeping columns: [Int]? = nil
    ) throws -> [CSVReader.Row] {
        let file = try CatalogFile(path: try temporaryFile("rows.csv", Array(csv.utf8)))
        var reader = CSVReader(
            file: file, delimiter: delimiter ?? CSVCatalogReader.delimiter(of: Array(csv.utf8)),
            maximumRecordBytes: limit)
        if let columns { reader.keepOnly(columns: columns) }
        var rows: [CSVReader.Row] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test("Lines come out the same however the stream is cut")
    func lineSplitter() {
        let stream = Array("one\r\ntwo\n\nthree-is-long\nfour".utf8)
        for size in 1...stream.count {
            var splitter = LineSplitter(maximumLineBytes: 8)
            var lines: [LineSplitter.Line] = []
            for start in stride(from: 0, to: stream.count, by: size) {
                lines += splitter.append(stream[start..<min(start + size, stream.count)])
            }
            if let last = splitter.finish() { lines.append(last) }
            #expect(
                lines == [
                    .line(Array("one".utf8)), .line(Array("two".utf8)), .line([]), .tooLong(bytes: 13),
                    .line(Array("four".utf8)),
                ],
                "pieces of \(size)")
        }
    }

    @Test("CSV per RFC 4180: quotes, doubled quotes, embedded newlines, CRLF, BOM, delimiters")
    func csvSyntax() throws {
        #expect(
            try Self.rows("\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\n") == [
                "a|b", "x, y|say \"hi\"", "two\nlines|z",
            ])
        #expect(try Self.rows("a;b;c\n1;2,5;3\n") == ["a|b|c", "1|2,5|3"])
        #expect(try Self.rows("a\tb\n1\t2\n") == ["a|b", "1|2"])
        #expect(try Self.rows("a,b\n\n1,2\n\n") == ["a|b", "1|2"], "blank lines are not records")
        #expect(try Self.rows("a,b\n1,\n") == ["a|b", "1|"], "an empty last field is kept")
    }

    @Test("A broken record is reported and reading resumes on the next line")
    func csvRecovery() throws {
        #expect(
            try Self.rows("a,b\n\"never closed,1\n2,3\n") == [
                "a|b", "ERROR a quoted field is never closed (unterminated quote)", "2|3",
            ])
        let long = "a,b\n\"" + String(repeating: "x", count: 500) + "\n1,2\n"
        let rows = try Self.rows(long, limit: 100)
        #expect(rows.count == 3 && rows[1].hasPrefix("ERROR the record is over the 100-byte limit") && rows[2] == "1|2")
    }

    @Test("Bundled samples: one result per record, in order, with ids, skips and errors")
    func samples() throws {
        let shopify = try Self.scan(Repository.path("Samples/catalogs/shopify-products.csv").path)
        #expect(shopify.lines.map { $0["record"] as? Int } == Array(1...7))
        #expect(shopify.lines.map { $0["verdict"] as? String } == ["ok", nil, "avoid", nil, nil, "avoid", "unknown"])
        #expect((shopify.lines[1]["skipped"] as? String)?.hasPrefix("variant row of calm-scalp-shampoo") == true)
        #expect(shopify.lines[5]["id"] as? String == "glow-toner")

        let jsonl = try Self.scan(Repository.path("Samples/catalogs/products.jsonl").path)
        #expect(jsonl.lines.map { $0["verdict"] as? String } == ["ok", "avoid", "avoid", nil, nil, "caution"])
        #expect(jsonl.lines[3]["skipped"] != nil && jsonl.lines[4]["error"] as? String == "not a JSON object")
        #expect(jsonl.lines[5]["id"] as? String == "3600000000062", "a numeric barcode is still an id")

        let feed = try Self.scan(Repository.path("Samples/catalogs/merchant-feed.xml").path)
        #expect(feed.lines.map { $0["id"] as? String } == ["CSS-250", "FMS-300", "BRUSH-1"])
        #expect(feed.lines.map { $0["verdict"] as? String } == ["ok", "avoid", "unknown"])
        for result in [shopify, jsonl, feed] {
            let summary = result.summary
            #expect(summary.records == result.lines.count)
            #expect(summary.checked + summary.skipped + summary.errors == summary.records)
            #expect(summary.stop == nil)
        }
    }

    @Test(
        "Real exports: Shopify variant rows are skipped, every row of every catalog is accounted for",
        .enabled(if: Repository.shared != nil))
    func realCatalogs() throws {
        let catalogs = try #require(Repository.shared).appending(path: "corpus/catalogs")
        let shopify = try Self.scan(catalogs.appending(path: "shopify-products-export.csv").path)
        // 227 rows: 133 products and 94 variant rows (SOURCES.md).
        #expect(shopify.summary.records == 227 && shopify.summary.skipped == 94 && shopify.summary.checked == 133)
        #expect(shopify.lines.map { $0["record"] as? Int } == Array(1...227))
        let feed = try Self.scan(catalogs.appending(path: "google-merchant-feed.xml").path)
        #expect(feed.summary.records == 107 && feed.lines.allSatisfy { ($0["id"] as? String)?.isEmpty == false })
        let woo = try Self.scan(catalogs.appending(path: "woocommerce-sample-products.csv").path)
        #expect(woo.summary.records == woo.lines.count && woo.summary.errors == 0 && woo.summary.records > 0)
    }

    /// Column names are data (`catalog-*` kinds of label-phrases.tsv): a German or French shop export
    /// is read with no option naming its columns.
    @Test("Exports with column names in other languages: the ingredient, name and id columns are found")
    func columnNamesByLanguage() throws {
        let german = try Self.temporaryFile(
            "de.csv",
            Array(
                "Artikelnummer;Produktname;Inhaltsstoffe\nA-1;Peeling;\"Aqua, Sodium Laureth Sulfate, Parfum\"\n".utf8))
        let french = try Self.temporaryFile(
            "fr.csv", Array("Référence,Nom du produit,Ingrédients\nB-2,Crème,\"Aqua, Glycerin\"\n".utf8))
        let (de, fr) = (try Self.scan(german), try Self.scan(french))
        #expect(de.lines.map { $0["id"] as? String } == ["A-1"])
        #expect(de.lines.map { $0["verdict"] as? String } == ["avoid"])
        #expect(de.lines.first?["productName"] as? String == "Peeling")
        #expect(fr.lines.map { $0["id"] as? String } == ["B-2"])
        #expect(fr.lines.map { $0["verdict"] as? String } == ["ok"])
    }

    @Test("A collection: ok products get the tag, others lose it, their own tags stay; --only keeps some verdicts")
    func collection() throws {
        func output(_ formatter: any ScanFormatter, phase: Phase = .healing) throws -> String {
            var bytes = formatter.header()
            let scanner = CatalogScanner(checker: sharedChecker, phase: phase, workers: 2)
            _ = try scanner.scan(
                path: Repository.path("Samples/catalogs/shopify-products.csv").path, formatter: formatter
            ) { bytes += $0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        // fresh-mint-shampoo was tagged smp-safe in the export; its sulfate takes it out again.
        #expect(
            try output(CollectionScanFormatter(tag: "smp-safe"))
                == "Handle,Tags\r\ncalm-scalp-shampoo,\"sensitive, shampoo, smp-safe\"\r\nfresh-mint-shampoo,shampoo\r\n"
                + "glow-toner,toner\r\ngift-card,\r\n")
        #expect(try output(CollectionScanFormatter(tag: "SMP Safe", shop: .woocommerce)).hasPrefix("SKU,Tags\r\n"))
        let formatter = CollectionScanFormatter(tag: "smp-safe")
        #expect(formatter.tags(" a ,smp-safe,, b", inCollection: false) == "a, b")
        #expect(formatter.tags("a, SMP-SAFE", inCollection: true) == "a, smp-safe")
        let only = try output(FilteredScanFormatter(CSVScanFormatter(), verdicts: [.ok, .caution]))
        #expect(only.split(separator: "\r\n").map { $0.split(separator: ",")[1] } == ["id", "calm-scalp-shampoo"])
    }

    @Test("The summary page shelves the products that are fine by type and vendor, linked only to http(s) pages")
    func shelf() throws {
        let csv = """
            Handle,Title,Vendor,Type,URL,Ingredients
            a,Calm Wash,Zeta,Shampoo,https://shop.example/a,"Aqua, Glycerin"
            b,<b>Bold</b> Balm,Alpha,Balm,javascript:alert(1),"Aqua, Glycerin"
            c,Mint Wash,Alpha,Shampoo,https://shop.example/c,"Aqua, Sodium Laureth Sulfate"
            d,Soft Wash,Alpha,Shampoo,http://shop.example/d,"Aqua, Glycerin"
            """
        let (_, summary) = try Self.scan(try Self.temporaryFile("shelf.csv", Array(csv.utf8)))
        #expect(summary.shelf.map(\.id) == ["a", "b", "d"] && summary.unshelved == 0)
        #expect(summary.shelf[0].listing == Listing(type: "Shampoo", vendor: "Zeta", url: "https://shop.example/a"))
        let page = ScanSummaryPage.render(summary, phase: .healing)
        let shelf = try #require(page.components(separatedBy: "<h2>Fine for this phase</h2>").last)
        #expect(shelf.contains("<h3>Balm (1)</h3>\n<ul>\n<li>&lt;b&gt;Bold&lt;/b&gt; Balm — Balm — Alpha</li>"))
        #expect(!page.contains("javascript:"))
        #expect(
            shelf.contains(
                "<h3>Shampoo (2)</h3>\n<ul>\n<li><a href=\"http://shop.example/d\">Soft Wash — Shampoo</a> — Alpha</li>\n"
                    + "<li><a href=\"https://shop.example/a\">Calm Wash — Shampoo</a> — Zeta</li>"))
    }

    /// Open Beauty Facts' own exports, shaped as its documentation gives them (made-up records): the
    /// tab-separated dump named `.csv`, and the JSON Lines dump.
    @Test("Open Beauty Facts dumps: barcode ids, names, brands and ingredient text are found in both")
    func openBeautyFactsDumps() throws {
        let header = ["code", "url", "creator", "product_name", "brands", "countries_en", "ingredients_text", "lang"]
        let rows = [
            [
                "3000000000014", "https://world.openbeautyfacts.org/product/3000000000014", "x", "Gentle Wash", "Acme",
                "France", "Aqua, Glycerin, Panthenol", "en",
            ],
            [
                "3000000000021", "https://world.openbeautyfacts.org/product/3000000000021", "x", "Mint Wash", "Acme",
                "France", "Aqua, Sodium Laureth Sulfate, Menthol", "en",
            ],
            ["3000000000038", "", "x", "Mystery", "", "", "", "fr"],
        ]
        let tsv = ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        let dump = try Self.scan(try Self.temporaryFile("en.openbeautyfacts.org.products.csv", Array(tsv.utf8)))
        #expect(dump.lines.map { $0["id"] as? String } == ["3000000000014", "3000000000021", "3000000000038"])
        #expect(dump.lines.map { $0["verdict"] as? String } == ["ok", "avoid", nil])
        #expect(dump.lines[0]["productName"] as? String == "Gentle Wash" && dump.lines[2]["skipped"] != nil)
        let jsonl = #"""
            {"code": "3000000000014", "product_name": "Gentle Wash", "brands": "Acme", "ingredients_text": "Aqua, Glycerin"}
            {"code": "3000000000021", "product_name": "Mint Wash", "ingredients_text": "Aqua, Sodium Laureth Sulfate"}
            """#
        let lines = try Self.scan(try Self.temporaryFile("openbeautyfacts-products.jsonl", Array(jsonl.utf8)))
        #expect(lines.lines.map { $0["id"] as? String } == ["3000000000014", "3000000000021"])
        #expect(lines.lines.map { $0["verdict"] as? String } == ["ok", "avoid"])
    }

    @Test("Output does not depend on the number of workers")
    func workersAgree() throws {
        let labels = [
            "Aqua, Glycerin", "Water, Sodium Laureth Sulfate, Parfum", "Aqua, Glycolic Acid", "", "Aqua, Niacinamide",
        ]
        var csv = "sku,ingredients\n"
        for index in 0..<1_000 { csv += "S\(index),\"\(labels[index % labels.count])\"\n" }
        let path = try Self.temporaryFile("workers.csv", Array(csv.utf8))
        var outputs: [[UInt8]] = []
        for workers in [1, 2, 3] {
            var output: [UInt8] = []
            _ = try CatalogScanner(checker: sharedChecker, workers: workers)
                .scan(path: path, formatter: JSONLinesScanFormatter()) { output += $0 }
            outputs.append(output)
        }
        #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    }

    @Test("Gzip is read transparently; a truncated gzip stops the scan with the record it reached")
    func gzip() throws {
        let plain = Repository.path("Samples/catalogs/products.jsonl").path
        let compressed = try Self.temporaryFile("products.jsonl.gz", [])
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(plain)' > '\(compressed)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let fromPlain = try Self.scan(plain)
        let fromGzip = try Self.scan(compressed)
        #expect(fromGzip.summary.records == fromPlain.summary.records && fromGzip.summary.stop == nil)

        var lines = ""
        for index in 0..<20_000 { lines += "{\"id\": \"\(index)\", \"ingredients\": \"Aqua, Glycerin, Parfum\"}\n" }
        let big = try Self.temporaryFile("big.jsonl", Array(lines.utf8))
        let bigGzip = big + ".gz"
        let pack = Process()
        pack.executableURL = URL(fileURLWithPath: "/bin/sh")
        pack.arguments = ["-c", "gzip -c '\(big)' | head -c 2000 > '\(bigGzip)'"]
        try pack.run()
        pack.waitUntilExit()
        let truncated = try Self.scan(bigGzip)
        let stop = try #require(truncated.summary.stop)
        #expect(stop.description.contains("stopped after record \(truncated.summary.records)"))
        #expect(truncated.summary.records == truncated.lines.count && truncated.summary.records < 20_000)
    }

    @Test("A failing writer stops the scan and says after which record")
    func failingWriter() throws {
        struct DiskFull: Error {}
        var csv = "sku,ingredients\n"
        for index in 0..<2_000 { csv += "S\(index),\"Aqua, Glycerin\"\n" }
        let path = try Self.temporaryFile("full.csv", Array(csv.utf8))
        var written = 0
        let summary = try CatalogScanner(checker: sharedChecker, workers: 2).scan(
            path: path, formatter: CSVScanFormatter()
        ) { bytes in
            if written > 0 { throw DiskFull() }
            written += bytes.count
        }
        let stop = try #require(summary.stop)
        #expect(
            stop.description.contains("stopped after record \(summary.records)")
                && stop.description.contains("cannot write"))
        #expect(summary.records > 0 && summary.records < 2_000)
    }

    @Test("Bad records scattered among 100,000 good ones are each reported, and nothing is lost")
    func scatteredFaults() throws {
        var bytes: [UInt8] = Array("sku,ingredients\n".utf8)
        var bad: Set<Int> = []
        for record in 1...100_000 {
            if record % 9_973 == 0 {
                bad.insert(record)
                // Invalid UTF-8 and a NUL.
                bytes += Array("B\(record),\"Aqua, ".utf8) + [0xFF, 0xFE, 0x00] + Array("Glycerin\"\n".utf8)
            } else {
                bytes += Array("S\(record),\"Aqua, Glycerin\"\n".utf8)
            }
        }
        let path = try Self.temporaryFile("faults.csv", bytes)
        let result = try Self.scan(path)
        #expect(result.summary.records == 100_000 && result.lines.count == 100_000)
        #expect(result.lines.map { $0["record"] as! Int } == Array(1...100_000))
        let errors = Set(result.lines.filter { $0["error"] != nil }.map { $0["record"] as! Int })
        #expect(errors == bad, "each bad record is reported as an error, nothing else is")
    }

    @Test("CSV output neutralizes spreadsheet formulas and quotes what needs it")
    func csvOutput() {
        var output: [UInt8] = []
        let result = ScanResult(
            record: 1, id: "=HYPERLINK(\"http://evil\")", source: "x.csv", outcome: .error("-2+3, @SUM"))
        CSVScanFormatter().write(result, to: &output)
        #expect(
            String(decoding: output, as: UTF8.self)
                == "1,\"'=HYPERLINK(\"\"http://evil\"\")\",,,,\"'-2+3, @SUM\",,x.csv,,\r\n")
    }

    @Test("Unreadable inputs are errors before any output")
    func unreadable() throws {
        #expect(throws: SMPCheckError.self) { try Self.scan("/nonexistent/catalog.csv") }
        #expect(throws: SMPCheckError.self) { try Self.scan(FileManager.default.temporaryDirectory.path) }
        let noColumn = try Self.temporaryFile("nocolumn.csv", Array("price,colour\n1,red\n".utf8))
        #expect(throws: SMPCheckError.self) { try Self.scan(noColumn) }
    }

    @Test("The HTML summary escapes every name it shows")
    func summaryPageEscapes() {
        var summary = ScanSummary()
        summary.records = 1
        summary.verdicts[.avoid] = 1
        summary.flaggedIngredients["<script>alert(1)</script>"] = 1
        let page = ScanSummaryPage.render(summary, phase: .healing)
        #expect(!page.contains("<script>") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("The async API yields one result per record, in order, whatever finishes first")
    func asyncResults() async throws {
        let labels = [
            "Aqua, Glycerin", "Water, Sodium Laureth Sulfate, Parfum",
            String(repeating: "Aqua, Glycerin, ", count: 400),
        ]
        let records = (1...300).map {
            CatalogRecord(
                number: $0, id: "r\($0)", source: "async", content: .label(LabelInput(text: labels[$0 % labels.count])))
        }
        let source = AsyncStream<CatalogRecord> { continuation in
            for record in records { continuation.yield(record) }
            continuation.finish()
        }
        var seen: [Int] = []
        for try await result in CatalogScanner(checker: sharedChecker, workers: 3).results(for: source) {
            seen.append(result.record)
            if case .report(let report) = result.outcome {
                #expect(report.verdict == (result.record % 3 == 1 ? .avoid : .ok))
            }
        }
        #expect(seen == Array(1...300))
    }
}
