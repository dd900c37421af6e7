/// One ingredient as read off a label, before classification.
struct Token: Sendable, Equatable {
    /// The ingredient as printed (trimmed), e.g. `Sodium Laureth Sulfate*`.
    var printed: String { printedName.printed }
    /// The normalized lookup key, e.g. `sodium laureth sulfate`.
    var key: String { printedName.key }
    /// `declared`, `may-contain`, or a kit component's name.
    var section: String
    /// Byte range of the printed text in the label text.
    var range: Range<Int>
    /// True for the parts of a supplier blend written `X (and) Y`.
    var isBlendPart: Bool
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

    static func == (lhs: Token, rhs: Token) -> Bool {
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
struct TokenizedList: Sendable, Equatable {
    var tokens: [Token]
    var skipped: [SkippedText]
}

/// The names of the sections of a list that are not kit components: what `ClassifiedIngredient.section`
/// and `Finding.section` hold for an ordinary ingredient and for a shade block.
public enum ListSection {
    /// The section every ordinary ingredient belongs to.
    public static let declared = "declared"
    /// The section of a conditional shade block (`may contain`, `[+/-]`).
    public static let mayContain = "may-contain"
}
