/// How a product's concerns weigh at each stage of healing, gathered while it is classified for one
/// phase, so that "usable from day N" follows the same rules as the verdict (positions, entries' own
/// severities, formula rules, concerns named in set-aside text) without classifying the list again.
struct HealingTimeline: Sendable {
    /// Each concern raised at some stage, with its worst severity at each stage. A product raises a
    /// few concerns, so a linear search beats hashing.
    private var concerns: [(id: ConcernID, stages: StageSeverities)] = []

    /// Adds one ingredient's concern; a concern raised by several ingredients keeps the worst at each stage.
    mutating func add(_ concern: ConcernID, _ stages: StageSeverities) {
        guard stages.isEverRaised else { return }
        if let index = concerns.firstIndex(where: { $0.id == concern }) {
            concerns[index].stages = concerns[index].stages.worst(with: stages)
        } else {
            concerns.append((concern, stages))
        }
    }

    /// The product at each stage, in order: days 0–14, 15–42, 43 on.
    var stages: [HealingStage] {
        HealingStage.phases.map { phase in
            var stage = HealingStage(fromDay: phase.firstDay, avoid: [], caution: [])
            for concern in concerns {
                switch concern.stages.severity(in: phase) {
                case .avoid: stage.avoid.append(concern.id)
                case .caution: stage.caution.append(concern.id)
                case .ok: break
                }
            }
            return stage
        }
    }
}
