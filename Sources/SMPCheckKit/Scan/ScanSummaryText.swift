import Foundation

/// The few lines a scan prints on stderr when it ends: how many records, what became of each, what
/// was flagged most, how much the lexicon recognized, and how fast it went.
public enum ScanSummaryText {
    public static func render(_ summary: ScanSummary) -> String {
        var lines = [
            "\(summary.records) records in \(format(summary.seconds, digits: 2)) s (\(Int(summary.recordsPerSecond)) records/s)"
        ]
        let outcomes =
            Verdict.allCases.map { "\(label($0)) \(summary.verdicts[$0, default: 0])" }
            + ["skipped \(summary.skipped)", "errors \(summary.errors)"]
        lines.append("  " + outcomes.joined(separator: " · "))
        let concerns = summary.topConcerns(5)
        if !concerns.isEmpty {
            lines.append("  top concerns: " + concerns.map { "\($0.concern) (\($0.products))" }.joined(separator: ", "))
        }
        let flagged = summary.topFlaggedIngredients(5)
        if !flagged.isEmpty {
            lines.append("  most flagged: " + flagged.map { "\($0.name) (\($0.products))" }.joined(separator: ", "))
        }
        if summary.ingredients > 0 {
            lines.append(
                "  recognized \(summary.recognized) of \(summary.ingredients) ingredients "
                    + "(\(format(100 * Double(summary.recognized) / Double(summary.ingredients), digits: 1)) %)")
        }
        return lines.map { "smpcheck: " + $0 }.joined(separator: "\n") + "\n"
    }

    /// `unknown` for a product means no ingredient list was found.
    static func label(_ verdict: Verdict) -> String {
        verdict == .unknown ? "no list found" : verdict.rawValue
    }

    static func format(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
