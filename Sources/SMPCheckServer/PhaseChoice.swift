import SMPCheckKit

/// The healing phase a request asks for: a phase name or a number of days, as the CLI's
/// `--phase` and `--days`.
enum PhaseChoice {
    /// Healing when neither is given.
    static func resolve(phase: String?, days: Int?) throws(APIError) -> Phase {
        switch (phase, days) {
        case (.some, .some):
            throw .badRequest("give \"phase\" or \"days\", not both")
        case (let name?, nil):
            guard let phase = Phase(rawValue: name.lowercased()) else {
                throw .badRequest(
                    "unknown phase '\(name)'; use one of \(Phase.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return phase
        case (nil, let days?):
            guard days >= 0 else { throw .badRequest("\"days\" cannot be negative") }
            return Phase(daysSinceSession: days)
        case (nil, nil):
            return .healing
        }
    }
}
