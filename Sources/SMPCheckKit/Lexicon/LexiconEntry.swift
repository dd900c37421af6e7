/// One curated ingredient: what it is, which concerns it raises (or is mistaken for), and why.
public struct LexiconEntry: Sendable, Equatable {
    /// Canonical INCI name, upper case.
    public var name: String
    public var concerns: [ConcernID]
    /// Concerns this benign look-alike is commonly mistaken for (`CETEARYL ALCOHOL` -> `drying-alcohol`).
    public var notConcerns: [ConcernID]
    /// Severity while healing, when it differs from the concern's default.
    public var healing: Severity?
    /// Severity once healed, when it differs from the concern's default.
    public var healed: Severity?
    public var position: PositionRule?
    /// Its legal maximum is 1 % or less, so what follows it in a list is below 1 %.
    public var marksTail: Bool
    public var variants: [String]
    /// What it is, in plain words.
    public var what: String
    /// Why it matters (or, for a look-alike, why it does not).
    public var reason: String
    /// What it likely does when listed low.
    public var tailReason: String
    public var source: String
    /// The lexicon file it came from, for messages.
    public var file: String
}
