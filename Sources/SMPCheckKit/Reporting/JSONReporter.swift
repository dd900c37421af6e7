/// The JSON of the output contract, one object per report, keys sorted so the same report always
/// renders to the same bytes. `Report` is also `Codable` for reading these objects back.
public struct JSONReporter: Reporter {
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    public func render(_ report: Report) -> String {
        String(decoding: bytes(report), as: UTF8.self) + (pretty ? "\n" : "")
    }

    /// The report as UTF-8 JSON bytes, with no trailing newline.
    public func bytes(_ report: Report) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: Self.estimatedSize(of: report))
        writer.object { write(report, to: &$0) }
        return writer.bytes
    }

    /// Room to reserve for a report's JSON: enough for most (an ingredient takes some 270 bytes, a
    /// finding some 650), so the writer rarely grows and copies what it wrote.
    static func estimatedSize(of report: Report) -> Int {
        512 + report.ingredients.count * 320 + report.findings.count * 768
    }

    /// Writes the report's fields into the object `json` is in (scan lines add theirs before them).
    func write(_ report: Report, to json: inout JSONWriter) {
        var section: JSONWriter.RepeatedString?
        json.key("components")
        json.array(report.components) { json, component in
            json.object { json in
                json.field("section", component.section)
                json.field("verdict", component.verdict)
            }
        }
        json.key("coverage")
        json.object { json in
            json.field("recognized", report.coverage.recognized)
            json.field("total", report.coverage.total)
            json.field("unknown", report.coverage.unknown)
        }
        json.field("daysSinceSession", report.daysSinceSession, omitNil: true)
        json.key("findings")
        // Through the arrays' memory: each finding and ingredient is still copied once to be written,
        // but subscripting the arrays themselves costs some 14 more retains a record (callgrind).
        report.findings.withUnsafeBufferPointer { findings in
            json.array(findings.indices) { json, index in
                json.object { write(findings[index], to: &$0, section: &section) }
            }
        }
        json.field("heading", report.heading, omitNil: true)
        json.field("highlightsOnly", report.highlightsOnly)
        json.key("ingredients")
        report.ingredients.withUnsafeBufferPointer { ingredients in
            json.array(ingredients.indices) { json, index in
                json.object { write(ingredients[index], to: &$0, section: &section) }
            }
        }
        if report.product != nil {
            json.field("input", "barcode")
        } else if report.ocr != nil {
            json.field("input", "photo")
        }
        json.field("listFound", report.listFound)
        json.field("listSource", report.listSource, omitNil: true)
        json.field("noAvoidFromDay", report.noAvoidFromDay, omitNil: false)
        if let ocr = report.ocr { write(ocr, to: &json) }
        if let notFound = report.personalNotFound {
            json.key("personalNotFound")
            json.array(notFound) { json, words in json.string(words) }
        }
        json.field("phase", report.phase.rawValue)
        if let product = report.product {
            json.key("product")
            json.object { json in
                json.field("brand", product.brand, omitNil: false)
                json.field("code", product.code)
                json.field("licence", product.licence)
                json.field("name", product.name, omitNil: false)
                json.field("source", product.source)
            }
        }
        json.field("productName", report.productName, omitNil: true)
        json.field("productType", report.productType, omitNil: true)
        if let repairs = report.repairs {
            json.key("repairs")
            json.object { json in
                json.field("brokenBytes", repairs.brokenBytes)
                json.field("controlCharacters", repairs.controlCharacters)
            }
        }
        json.field("schemaVersion", report.schemaVersion)
        json.key("skipped")
        json.array(report.skipped) { json, skipped in
            json.object { json in
                json.field("reason", skipped.reason.rawValue)
                json.field("text", skipped.text)
            }
        }
        json.field("source", report.source)
        json.key("stages")
        json.array(report.stages) { json, stage in
            json.object { json in
                json.key("avoid")
                json.array(stage.avoid) { json, concern in json.string(concern.rawValue) }
                json.key("caution")
                json.array(stage.caution) { json, concern in json.string(concern.rawValue) }
                json.field("fromDay", stage.fromDay)
                json.field("verdict", stage.verdict)
            }
        }
        json.field("usableFromDay", report.usableFromDay, omitNil: false)
        json.field("verdict", report.verdict)
    }

    /// The `"ocr"` object of a list read from a photo.
    private func write(_ ocr: PhotoReading, to json: inout JSONWriter) {
        json.key("ocr")
        json.object { json in
            json.field("advice", ocr.advice, omitNil: true)
            json.key("checkThese")
            json.array(ocr.checkThese) { json, word in json.string(word) }
            json.field("confidence", ocr.confidence)
            json.key("corrections")
            json.array(ocr.corrections) { json, correction in
                json.object { json in
                    json.field("confidence", correction.confidence)
                    json.field("distance", correction.distance)
                    json.field("printed", correction.printed)
                    json.field("readAs", correction.readAs)
                }
            }
            json.field("text", ocr.text)
        }
    }

    /// `section` is the report's last section written, which the next finding or ingredient most
    /// likely repeats.
    private func write(_ finding: Finding, to json: inout JSONWriter, section: inout JSONWriter.RepeatedString?) {
        json.field("concern", finding.concern.rawValue)
        json.field("concernTitle", finding.text.concernTitle)
        json.field("conditional", finding.conditional)
        json.field("ingredient", finding.ingredient)
        json.field("later", finding.text.later)
        json.field("match", finding.match)
        json.field("position", finding.position)
        json.field("positionNote", finding.positionNote, omitNil: true)
        json.field("quote", finding.quote, omitNil: true)
        json.field("reason", finding.text.reason)
        json.key("section")
        json.string(finding.section, repeating: &section)
        if finding.setAside { json.field("setAside", true) }
        json.field("severity", finding.severity)
        json.field("what", finding.text.what)
    }

    private func write(
        _ ingredient: ClassifiedIngredient, to json: inout JSONWriter,
        section: inout JSONWriter.RepeatedString?
    ) {
        json.key("concerns")
        json.array(ingredient.concerns) { json, concern in json.string(concern.rawValue) }
        json.field("match", ingredient.match)
        json.field("name", ingredient.text.name, omitNil: false)
        json.field("note", ingredient.note, omitNil: true)
        json.field("position", ingredient.position)
        json.key("printed")
        json.string(ingredient.printed, plain: ingredient.text.printedIsPlain)
        json.key("section")
        json.string(ingredient.section, repeating: &section)
        json.field("verdict", ingredient.verdict)
        json.field("what", ingredient.text.what, omitNil: true)
    }
}
