/// One JSON object per line: the report of the output contract with `record` and `id` first, or
/// `{"record", "id", "skipped", "source"}` / `{"record", "id", "error", "source"}` for a record with no report.
public struct JSONLinesScanFormatter: ScanFormatter {
    public init() {}

    public func header() -> [UInt8] { [] }

    public func write(_ result: ScanResult, to output: inout [UInt8]) {
        var capacity = 256
        if case .report(let report) = result.outcome { capacity += JSONReporter.estimatedSize(of: report) }
        var json = JSONWriter(pretty: false, capacity: capacity)
        json.object { json in
            json.field("record", result.record)
            json.field("id", result.id, omitNil: false)
            switch result.outcome {
            case .report(let report): JSONReporter().write(report, to: &json)
            case .skipped(let reason):
                json.field("skipped", reason)
                json.field("source", result.source)
            case .error(let message):
                json.field("error", message)
                json.field("source", result.source)
            }
        }
        json.append(to: &output)
        output.append(0x0A)
    }
}
