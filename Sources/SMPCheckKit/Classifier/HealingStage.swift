/// A product at one stage of healing: from which day the stage runs, and the concerns it raises there.
/// A report holds three, for days 0–14, 15–42 and 43 on; from them come `Report.usableFromDay` and
/// `Report.noAvoidFromDay`.
public struct HealingStage: Sendable, Equatable, Codable {
    /// The first day since the session of this stage: 0, 15 or 43.
    public var fromDay: Int
    /// Concerns that are `avoid` at this stage.
    public var avoid: [ConcernID]
    /// Concerns that are `caution` at this stage.
    public var caution: [ConcernID]

    /// The product's verdict at this stage, when its full list was read.
    public var verdict: Verdict { !avoid.isEmpty ? .avoid : !caution.isEmpty ? .caution : .ok }

    /// The phase whose severities each stage uses; the first 48 hours use the healing severities.
    static let phases: [Phase] = [.healing, .settling, .healed]
}

extension Phase {
    /// The first day since the session that belongs to the phase's stage (the first 48 hours share the
    /// healing stage, from day 0).
    var firstDay: Int {
        switch self {
        case .fresh, .healing: 0
        case .settling: 15
        case .healed: 43
        }
    }
}
