import Foundation

/// The JSON of the output contract, one object per report.
public struct JSONReporter: Reporter {
    public var pretty: Bool

    public init(pretty: Bool = true) { self.pretty = pretty }

    public func render(_ report: Report) -> String {
        let encoder = JSONEncoder()
        // Sorted keys: the same report always renders to the same bytes (golden files, caches, diffs).
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a value type of plain fields cannot fail; an empty object would hide a bug, so trap.
        let data = try! encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + (pretty ? "\n" : "")
    }
}
