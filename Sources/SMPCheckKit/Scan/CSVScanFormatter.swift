/// One CSV row per record: `record,id,verdict,concerns,flagged,error,skipped,source,usable_from_day,
/// no_avoid_from_day`. `flagged` lists the flagged ingredients as printed; `verdict` is empty for a record
/// with no report; the days are empty when that day never comes (see `Report.usableFromDay`).
///
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) get a leading apostrophe: catalog text is written by strangers.
public struct CSVScanFormatter: ScanFormatter {
    public init() {}

    public func header() -> [UInt8] {
        Array("record,id,verdict,concerns,flagged,error,skipped,source,usable_from_day,no_avoid_from_day\r\n".utf8)
    }

    public func write(_ result: ScanResult, to output: inout [UInt8]) {
        var cells = [String(result.record), result.id ?? "", "", "", "", "", "", result.source, "", ""]
        switch result.outcome {
        case .report(let report):
            cells[2] = report.verdict.rawValue
            cells[3] = report.concernsRaised.map(\.rawValue).joined(separator: "; ")
            cells[4] = report.ingredients.filter { !$0.concerns.isEmpty }.map(\.printed).joined(separator: "; ")
            cells[8] = report.usableFromDay.map(String.init) ?? ""
            cells[9] = report.noAvoidFromDay.map(String.init) ?? ""
        case .error(let message):
            cells[5] = message
        case .skipped(let reason):
            cells[6] = reason
        }
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            Self.append(cell, to: &output)
        }
        output.append(contentsOf: [0x0D, 0x0A])
    }

    static func append(_ cell: String, to output: inout [UInt8]) {
        let bytes = Array(cell.utf8)
        let formula =
            bytes.first.map {
                [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains($0)
            } ?? false
        let needsQuotes =
            formula
            || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            output.append(contentsOf: bytes)
            return
        }
        output.append(UInt8(ascii: "\""))
        if formula { output.append(UInt8(ascii: "'")) }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { output.append(byte) }
            output.append(byte)
        }
        output.append(UInt8(ascii: "\""))
    }
}
