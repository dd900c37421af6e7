/// What one concern of one ingredient weighs at each stage of healing: days 0–14 (the first 48 hours
/// and healing share the healing severities), 15–42 (settling) and 43 on (healed).
struct StageSeverities: Sendable, Equatable {
    var healing: Severity
    var settling: Severity
    var healed: Severity

    /// The concern's severities, as the match's entry or rule adjusted them.
    init(_ info: ConcernInfo) {
        healing = info.healing
        settling = info.settling
        healed = info.healed
    }

    private init(healing: Severity, settling: Severity, healed: Severity) {
        self.healing = healing
        self.settling = settling
        self.healed = healed
    }

    /// The severity in `phase` (`fresh` follows `healing`).
    func severity(in phase: Phase) -> Severity {
        switch phase {
        case .fresh, .healing: healing
        case .settling: settling
        case .healed: healed
        }
    }

    /// Each stage's severity passed through the same rule (a place in the list, a cap for a mention).
    func map(_ transform: (Severity) -> Severity) -> StageSeverities {
        StageSeverities(healing: transform(healing), settling: transform(settling), healed: transform(healed))
    }

    /// The worse of two at each stage.
    func worst(with other: StageSeverities) -> StageSeverities {
        StageSeverities(
            healing: max(healing, other.healing), settling: max(settling, other.settling),
            healed: max(healed, other.healed))
    }

    /// Whether it raises anything at any stage.
    var isEverRaised: Bool { max(healing, settling, healed) > .ok }
}
