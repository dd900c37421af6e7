/// Any scan output, kept to the records whose verdict is one of `verdicts` (`--only ok`): the others,
/// and records skipped or in error, are left out. The scan's summary still counts every record.
public struct FilteredScanFormatter: ScanFormatter {
    public var base: any ScanFormatter
    public var verdicts: Set<Verdict>

    public init(_ base: any ScanFormatter, verdicts: Set<Verdict>) {
        self.base = base
        self.verdicts = verdicts
    }

    public func header() -> [UInt8] { base.header() }

    public func write(_ result: ScanResult, to output: inout [UInt8]) {
        guard case .report(let report) = result.outcome, verdicts.contains(report.verdict) else { return }
        base.write(result, to: &output)
    }
}
