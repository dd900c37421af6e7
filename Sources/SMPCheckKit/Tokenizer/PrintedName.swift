/// An ingredient as printed, with what the lexicon makes of it, in one shared object.
///
/// The item memo hands the same object to every label that prints the name; its token and its
/// classified ingredient both hold it. A copy of either then costs one retain for all these texts,
/// on an object the label's reading has just touched, where separate strings cost one each, on
/// objects scattered over the heap.
final class PrintedName: Sendable, Equatable {
    /// As printed (trimmed), e.g. `Sodium Laureth Sulfate*`.
    let printed: String
    /// The normalized lookup key; empty for a name read back from a report.
    let key: String
    /// What the lexicon knows about `key`; nil when it is found nowhere, or for a name read back.
    let match: LexiconMatch?
    /// The canonical name matched, or suggested by a fuzzy match; nil when nothing matched.
    let name: QuotedText?
    /// What the ingredient is, when the lexicon knows.
    let what: QuotedText?
    /// Whether `printed` goes into JSON as it is, with no byte to escape: checked once here, not in
    /// every report that prints the name.
    let printedIsPlain: Bool
    /// Whether the name marks the ~1 % line, by its match (see `LexiconMatch.marksTail`) or as a colour
    /// index number (`ci 77891`, known or not): worked out once here, not for every label that prints
    /// the name, and asked of every ingredient, which the match itself would cost a retain.
    let marksTail: Bool
    /// Which ingredient the name is known as (see `LexiconMatch.ingredient`), `nil` when none: two
    /// neighbours in a list compare this number, not their names.
    let ingredient: Int?
    /// Whether the name is known for sure: not found nowhere, nor only guessed (`LexiconMatch.isGuess`).
    /// The tokenizer asks it of every neighbour in a list, which the match itself would cost a retain.
    let isSure: Bool

    convenience init(printed: String, key: String, match: LexiconMatch?) {
        self.init(printed: printed, key: key, match: match, printedIsPlain: !JSONWriter.mayNeedEscaping(printed))
    }

    private init(printed: String, key: String, match: LexiconMatch?, printedIsPlain: Bool) {
        self.printed = printed
        self.printedIsPlain = printedIsPlain
        self.key = key
        self.match = match
        name = match.flatMap { $0.kind == .none ? nil : $0.quotedName }
        what = match?.quotedWhat
        ingredient = match?.ingredient
        isSure = match.map { !$0.isGuess } ?? false
        marksTail = match?.marksTail == true || TailEstimate.isColourIndex(key: key)
    }

    /// A name read back from a report, with the texts the report gave it.
    init(printed: String, name: String?, what: String?) {
        self.printed = printed
        printedIsPlain = !JSONWriter.mayNeedEscaping(printed)
        key = ""
        match = nil
        self.name = name.map(QuotedText.init)
        self.what = what.map(QuotedText.init)
        ingredient = nil
        isSure = false
        marksTail = false
    }

    /// The same texts, whichever object holds them (an ingredient read back from a report has its
    /// own): what a report shows of a name, not how it was looked up.
    static func == (lhs: PrintedName, rhs: PrintedName) -> Bool {
        lhs === rhs || (lhs.printed == rhs.printed && lhs.name == rhs.name && lhs.what == rhs.what)
    }

    /// The same printed name under another match: the fuzzy search's answer for a name the
    /// tokenizer found nowhere. Made for every label that prints such a name, so whether the text needs
    /// escaping in JSON is carried over, not worked out again.
    func matched(_ match: LexiconMatch) -> PrintedName {
        PrintedName(printed: printed, key: key, match: match, printedIsPlain: printedIsPlain)
    }
}
