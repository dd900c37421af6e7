/// One ingredient of the list with its classification for the chosen phase.
public struct ClassifiedIngredient: Sendable, Equatable {
    /// 1-based place in the printed list (across sections, in printed order).
    public var position: Int
    /// The ingredient as printed.
    public var printed: String { text.printed }
    /// The canonical name matched; nil when nothing matched.
    public var name: String? { text.name?.text }
    public var section: String
    public var match: LexiconMatch.Kind
    /// Concerns that apply at this position and phase (empty when none, or when position clears them).
    public var concerns: [ConcernID]
    public var verdict: Verdict
    /// What it is, when the lexicon knows (a curated description, or CosIng functions).
    public var what: String? { text.what?.text }
    /// A remark that changes the reading: a low position, a blend part, a fuzzy suggestion.
    public var note: String?

    /// The printed name, the name matched and what it is: the name's shared object, not three strings.
    let text: PrintedName
}

// In an extension, so the memberwise initializer stays: the classifier builds ingredients with it.
extension ClassifiedIngredient: Codable {
    enum CodingKeys: String, CodingKey {
        case position, printed, name, section, match, concerns, verdict, what, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        position = try container.decode(Int.self, forKey: .position)
        text = PrintedName(
            printed: try container.decode(String.self, forKey: .printed),
            name: try container.decodeIfPresent(String.self, forKey: .name),
            what: try container.decodeIfPresent(String.self, forKey: .what))
        section = try container.decode(String.self, forKey: .section)
        match = try container.decode(LexiconMatch.Kind.self, forKey: .match)
        concerns = try container.decode([ConcernID].self, forKey: .concerns)
        verdict = try container.decode(Verdict.self, forKey: .verdict)
        note = try container.decodeIfPresent(String.self, forKey: .note)
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
