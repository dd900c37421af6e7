import ArgumentParser
import SMPCheckKit

/// `--phase` and `--days`, shared by every subcommand that classifies.
struct PhaseOptions: ParsableArguments {
    @Option(help: "Healing phase: fresh (days 0-2), healing (days 3-14), settling (days 15-42) or healed.")
    var phase: Phase?

    @Option(help: "Days since your last SMP session; picks the phase.")
    var days: Int?

    func validate() throws {
        if phase != nil && days != nil { throw ValidationError("Give --phase or --days, not both.") }
        if let days, days < 0 { throw ValidationError("--days cannot be negative.") }
    }

    var resolved: Phase { days.map(Phase.init(daysSinceSession:)) ?? phase ?? .healing }
}

extension Phase: ExpressibleByArgument {}
