/// One ingredient of the list with its classification for the chosen phase.
public struct ClassifiedIngredient: Sendable, Equatable, Codable {
    /// 1-based place in the printed list (across sections, in printed order).
    public var position: Int
    public var printed: String
    /// The canonical name matched; nil when nothing matched.
    public var name: String?
    public var section: String
    public var match: LexiconMatch.Kind
    /// Concerns that apply at this position and phase (empty when none, or when position clears them).
    public var concerns: [ConcernID]
    public var verdict: Verdict
    /// What it is, when the lexicon knows (a curated description, or CosIng functions).
    public var what: String?
    /// A remark that changes the reading: a low position, a blend part, a fuzzy suggestion.
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case position, printed, name, section, match, concerns, verdict, what, note
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(printed, forKey: .printed)
        try container.encode(name, forKey: .name) // the contract wants an explicit null
        try container.encode(section, forKey: .section)
        try container.encode(match, forKey: .match)
        try container.encode(concerns, forKey: .concerns)
        try container.encode(verdict, forKey: .verdict)
        try container.encodeIfPresent(what, forKey: .what)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
