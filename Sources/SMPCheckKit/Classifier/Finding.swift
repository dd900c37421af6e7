/// One concern raised by one ingredient, with everything a person needs to understand it.
public struct Finding: Sendable, Equatable {
    public var concern: ConcernID
    /// The concern in plain words ("harsh sulfate cleanser").
    public var concernTitle: String { text.concernTitle.text }
    public var severity: Severity
    /// The ingredient as printed.
    public var ingredient: String
    public var position: Int
    /// Why it matters now, in plain words.
    public var reason: String { text.reason.text }
    public var section: String
    /// What the ingredient is.
    public var what: String { text.what.text }
    /// What changes later in healing.
    public var later: String { text.later.text }
    /// Set when only the ingredient's position supports the finding ("likely").
    public var positionNote: String?
    /// True for a shade block (`may contain`): only some versions of the product hold it.
    public var conditional: Bool
    /// How the name was matched (`exact`, `synonym`, `pattern`, `function`, `fuzzy`).
    public var match: LexiconMatch.Kind

    /// The lexicon's words for this concern of the match, shared by every finding it raises.
    let text: FindingText
    /// For a concern named in text set aside from the list (a sentence run on after it),
    /// that text; the finding's `position` is then 0.
    public var quote: String? = nil
    /// Whether the concern was named in text set aside from the list rather than listed.
    public var setAside: Bool { quote != nil }
}

// In an extension, so the memberwise initializer stays: the classifier builds findings with it.
extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case concern, concernTitle, severity, ingredient, position, reason, section, what, later, positionNote,
            conditional, match, quote, setAside
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        concern = try container.decode(ConcernID.self, forKey: .concern)
        text = FindingText(
            concernTitle: try container.decode(String.self, forKey: .concernTitle),
            reason: try container.decode(String.self, forKey: .reason),
            what: try container.decode(String.self, forKey: .what),
            later: try container.decode(String.self, forKey: .later))
        severity = try container.decode(Severity.self, forKey: .severity)
        ingredient = try container.decode(String.self, forKey: .ingredient)
        position = try container.decode(Int.self, forKey: .position)
        section = try container.decode(String.self, forKey: .section)
        positionNote = try container.decodeIfPresent(String.self, forKey: .positionNote)
        conditional = try container.decode(Bool.self, forKey: .conditional)
        match = try container.decode(LexiconMatch.Kind.self, forKey: .match)
        quote = try container.decodeIfPresent(String.self, forKey: .quote)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(concern, forKey: .concern)
        try container.encode(concernTitle, forKey: .concernTitle)
        try container.encode(severity, forKey: .severity)
        try container.encode(ingredient, forKey: .ingredient)
        try container.encode(position, forKey: .position)
        try container.encode(reason, forKey: .reason)
        try container.encode(section, forKey: .section)
        try container.encode(what, forKey: .what)
        try container.encode(later, forKey: .later)
        try container.encodeIfPresent(positionNote, forKey: .positionNote)
        try container.encode(conditional, forKey: .conditional)
        try container.encode(match, forKey: .match)
        try container.encodeIfPresent(quote, forKey: .quote)
        if setAside { try container.encode(true, forKey: .setAside) }
    }
}
