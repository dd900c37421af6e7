import Foundation

/// One row of `thresholds.tsv`: a measure of the speed check and the largest ratio it may reach.
struct SpeedThreshold {
    /// The measure's name, as `SpeedCheck` records it.
    let measure: String
    /// What smpcheck's time is divided by.
    let reference: String
    /// The largest median ratio that passes.
    let atMost: Double
    /// What the measure needs to run, printed when it is skipped.
    let needs: String

    /// Reads the file: tab-separated `measure`, `reference`, `at_most`, `needs`, after a header; `#` lines are comments.
    static func load(path: String) throws -> [SpeedThreshold] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        return try rows.map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let atMost = Double(cells[2]) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path, "line": String(line)])
            }
            return SpeedThreshold(measure: cells[0], reference: cells[1], atMost: atMost, needs: cells[3])
        }
    }
}
