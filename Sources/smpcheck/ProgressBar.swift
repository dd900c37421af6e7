import Foundation
import SMPCheckKit

/// A one-line progress display on stderr (records, records/s, percent and time left), shown only
/// when stderr is a terminal, and redrawn at most five times a second.
final class ProgressBar {
    private let enabled = isatty(2) == 1
    private let clock = ContinuousClock()
    private var lastDraw = ContinuousClock.now
    private var drawn = false

    func update(_ progress: CatalogScanner.Progress) {
        guard enabled, clock.now - lastDraw > .milliseconds(200) else { return }
        lastDraw = clock.now
        let elapsed = progress.seconds
        let rate = elapsed > 0 ? Double(progress.records) / elapsed : 0
        var line = "\(progress.records) records · \(Int(rate)) records/s"
        if progress.size > 0, progress.offset > 0 {
            let fraction = min(1, Double(progress.offset) / Double(progress.size))
            let remaining = elapsed / fraction - elapsed
            line += " · \(Int(fraction * 100))% · about \(Int(remaining.rounded())) s left"
        }
        Output.standardError("\r\u{1B}[K\(line)")
        drawn = true
    }

    /// Clears the line, so the summary starts on a clean one.
    func finish() {
        guard drawn else { return }
        Output.standardError("\r\u{1B}[K")
    }
}
