import Foundation

/// `smpcheck scan` of an Open Beauty Facts-shaped dump against the same rows as a plain CSV: OBF's
/// tab-separated export is some 200 columns wide, almost all of them empty or beside the point, and
/// reading it should cost little more than reading a three-column sheet of the same labels.
///
/// The two files are scanned in turns (dump, plain, dump, ...) so that both see the same machine;
/// the ratio of the medians is the figure, with the range of the per-pair ratios beside it.
struct DumpThroughput {
    let binary: String
    let labels: CorpusLabels
    let rows: Int
    let repeats: Int

    func run() {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-bench-dump")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let dump = folder.appending(path: "en.openbeautyfacts.org.products.csv").path
        let plain = folder.appending(path: "plain.csv").path
        let dumpBytes = write(rows: rows, to: dump, columns: Self.dumpColumns, separator: 0x09)
        let plainBytes = write(rows: rows, to: plain, columns: Self.plainColumns, separator: UInt8(ascii: ","))
        defer { for path in [dump, plain] { try? FileManager.default.removeItem(atPath: path) } }

        print("## Scan: an Open Beauty Facts-shaped dump against the same rows as a plain CSV\n")
        print(
            "\(rows) rows of real labels; the dump has \(Self.dumpColumns.count) columns (\(Measure.format(Double(dumpBytes) / 1e6, 0)) MB), "
                + "the plain CSV \(Self.plainColumns.count) (\(Measure.format(Double(plainBytes) / 1e6, 0)) MB). "
                + "Scanned in turns, \(repeats) runs each, every core.\n")
        var pairs: [(dump: Measure.ProcessRun, plain: Measure.ProcessRun)] = []
        for _ in 0..<repeats {
            pairs.append((scan(dump), scan(plain)))
        }
        let all = pairs.flatMap { [$0.dump, $0.plain] }
        if let failed = all.first(where: { $0.status != 0 || !$0.stderr.contains("\(rows) records") }) {
            print("scan failed (status \(failed.status)): \(failed.stderr.prefix(300))\n")
            return
        }
        let dumpSeconds = Measure.median(pairs.map(\.dump.seconds))
        let plainSeconds = Measure.median(pairs.map(\.plain.seconds))
        let ratios = pairs.map { $0.dump.seconds / $0.plain.seconds }.sorted()
        print("| file | median seconds | records/s | peak RSS MB |")
        print("|---|---:|---:|---:|")
        for (name, seconds, runs) in [
            ("OBF dump", dumpSeconds, pairs.map(\.dump)), ("plain CSV", plainSeconds, pairs.map(\.plain)),
        ] {
            print(
                "| \(name) | \(Measure.format(seconds, 2)) | \(Int(Double(rows) / seconds)) | "
                    + "\(Measure.format(runs.map(\.peakMegabytes).max()!, 0)) |")
        }
        print(
            "\nDump / plain: \(Measure.format(dumpSeconds / plainSeconds, 3))x "
                + "(pairs \(Measure.format(ratios.first!, 3))–\(Measure.format(ratios.last!, 3))).\n")
    }

    private func scan(_ path: String) -> Measure.ProcessRun {
        Measure.run(binary, ["scan", path, "-o", "/dev/null"])
    }

    /// Writes the rows (label i cycles through the corpus, with barcode-like ids); returns the size.
    private func write(rows: Int, to path: String, columns: [String], separator: UInt8) -> Int {
        let cells = labels.texts.map(Self.oneLine)
        var file = ChunkedFile(path: path)
        file.append(Array(columns.joined(separator: String(UnicodeScalar(separator))).utf8) + [0x0A])
        for row in 0..<rows {
            let code = Array(String(3_000_000_000_000 + row).utf8)
            for (index, column) in columns.enumerated() {
                if index > 0 { file.append(separator) }
                file.append(
                    cell(column, row: row, code: code, label: cells[row % cells.count], quoted: separator != 0x09))
            }
            file.append(UInt8(0x0A))
        }
        return file.close()
    }

    /// What a dump row holds in each column: the fields smpcheck reads, a few filled ones it does not
    /// (dates, creator, countries, image links, as OBF rows have), and empty nutrition columns.
    private func cell(_ column: String, row: Int, code: [UInt8], label: [UInt8], quoted: Bool) -> [UInt8] {
        switch column {
        case "code": return code
        case "ingredients_text": return quoted ? Array("\"".utf8) + label + Array("\"".utf8) : label
        case "product_name": return Array("Product \(row)".utf8)
        case "brands": return Array("Brand \(row % 97)".utf8)
        case "url": return Array("https://world.openbeautyfacts.org/product/".utf8) + code
        case "created_t", "last_modified_t": return Array(String(1_500_000_000 + row).utf8)
        case "creator", "last_modified_by": return Array("volunteer-\(row % 13)".utf8)
        case "countries", "countries_en": return Array("France,United Kingdom".utf8)
        case "countries_tags": return Array("en:france,en:united-kingdom".utf8)
        case "states_tags": return Array("en:to-be-completed,en:ingredients-completed,en:photos-uploaded".utf8)
        case _ where column.hasPrefix("image_"):
            return Array("https://images.openbeautyfacts.org/images/products/".utf8) + code + Array("/front.jpg".utf8)
        default: return []
        }
    }

    /// A TSV cell is one line without tabs, and a plain CSV cell is quoted: both get the same text.
    private static func oneLine(_ text: [UInt8]) -> [UInt8] {
        text.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "\"") ? UInt8(ascii: " ") : $0 }
    }

    static let plainColumns = ["code", "product_name", "ingredients_text"]

    /// Open Beauty Facts' CSV export header as its documentation lists it, with the run of per-100 g
    /// nutrient columns (empty for cosmetics) shortened to generated names of the same count.
    static let dumpColumns: [String] =
        [
            "code", "url", "creator", "created_t", "created_datetime", "last_modified_t", "last_modified_datetime",
            "last_modified_by", "last_updated_t", "last_updated_datetime", "product_name",
            "abbreviated_product_name", "generic_name", "quantity", "packaging", "packaging_tags", "packaging_en",
            "packaging_text", "brands", "brands_tags", "brands_en", "categories", "categories_tags",
            "categories_en", "origins", "origins_tags", "origins_en", "manufacturing_places",
            "manufacturing_places_tags", "labels", "labels_tags", "labels_en", "emb_codes", "emb_codes_tags",
            "first_packaging_code_geo", "cities", "cities_tags", "purchase_places", "stores", "countries",
            "countries_tags", "countries_en", "ingredients_text", "ingredients_tags", "ingredients_analysis_tags",
            "allergens", "allergens_en", "traces", "traces_tags", "traces_en", "serving_size", "serving_quantity",
            "no_nutrition_data", "additives_n", "additives", "additives_tags", "additives_en", "nutriscore_score",
            "nutriscore_grade", "nova_group", "pnns_groups_1", "pnns_groups_2", "food_groups", "food_groups_tags",
            "food_groups_en", "states", "states_tags", "states_en", "brand_owner", "environmental_score_score",
            "environmental_score_grade", "nutrient_levels_tags", "product_quantity", "owner",
            "data_quality_errors_tags", "unique_scans_n", "popularity_tags", "completeness", "last_image_t",
            "last_image_datetime", "main_category", "main_category_en", "image_url", "image_small_url",
            "image_ingredients_url", "image_ingredients_small_url", "image_nutrition_url",
            "image_nutrition_small_url",
        ] + (1...110).map { "nutrient-\($0)_100g" }
}
