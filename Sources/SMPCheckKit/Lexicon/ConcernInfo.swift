/// What the lexicon says about one concern: its severity in each phase and the words reports use.
public struct ConcernInfo: Sendable, Equatable {
    public var id: ConcernID
    /// A short name for people: "harsh sulfate cleanser".
    public var title: String
    public var healing: Severity
    public var settling: Severity
    public var healed: Severity
    /// Why it matters while the scalp heals.
    public var why: String
    /// What changes later in healing.
    public var later: String
    public var source: String
    /// Whether a name raising it marks the ~1 % line of a list: what follows a named fragrance allergen
    /// is below 1 %, as allergens are declared only above 0.001 % and sit with the fragrance at the tail.
    public var marksTail: Bool = false

    /// The concern's default severity in `phase` (`fresh` follows `healing`).
    public func severity(in phase: Phase) -> Severity { StageSeverities(self).severity(in: phase) }
}
