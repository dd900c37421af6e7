/// One ingredient as read off a label, before classification.
public struct Token: Sendable, Equatable {
    /// The ingredient as printed (trimmed), e.g. `Sodium Laureth Sulfate*`.
    public var printed: String { printedName.printed }
    /// The normalized lookup key, e.g. `sodium laureth sulfate`.
    public var key: String { printedName.key }
    /// `declared`, `may-contain`, or a kit component's name.
    public var section: String
    /// Byte range of the printed text in the label text.
    public var range: Range<Int>
    /// True for the parts of a supplier blend written `X (and) Y`.
    public var isBlendPart: Bool
    /// An unknown name that opens with a footnote mark (`*Hadasei-3`): a footnote if nothing follows it.
    var mayBeFootnote = false
    /// What the lexicon knows about `key`, found while tokenizing; nil when it is found nowhere.
    var match: LexiconMatch? { printedName.match }

    /// The printed text, key and match in one shared object (see `PrintedName`).
    let printedName: PrintedName

    init(
        printed: String, key: String, section: String, range: Range<Int>, isBlendPart: Bool,
        mayBeFootnote: Bool = false,
        match: LexiconMatch?
    ) {
        printedName = PrintedName(printed: printed, key: key, match: match)
        self.section = section
        self.range = range
        self.isBlendPart = isBlendPart
        self.mayBeFootnote = mayBeFootnote
    }

    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.printed == rhs.printed && lhs.key == rhs.key && lhs.section == rhs.section && lhs.range == rhs.range
            && lhs.isBlendPart == rhs.isBlendPart && lhs.mayBeFootnote == rhs.mayBeFootnote && lhs.match == rhs.match
    }
}

/// Text inside the panel that was read and deliberately not treated as an ingredient.
public struct SkippedText: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        /// Marketing or pack prose.
        case prose
        /// A free-from claim ("sulfate-free", "made without parabens").
        case claim
        /// A footnote ("*certified organic").
        case footnote
        /// A product, batch or formula code printed after the list (`[PR-018116]`, `F.I.L. D12345/1`).
        case code
    }

    public var text: String
    public var reason: Reason
}

/// The tokenizer's result: ingredients in printed order, and what was skipped.
public struct TokenizedList: Sendable, Equatable {
    public var tokens: [Token]
    public var skipped: [SkippedText]
}

/// The section every ordinary ingredient belongs to.
public let declaredSection = "declared"
/// The section of a conditional shade block (`may contain`, `[+/-]`).
public let mayContainSection = "may-contain"
