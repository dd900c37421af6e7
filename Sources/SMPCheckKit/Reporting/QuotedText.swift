/// A text with its JSON string literal: quoted and escaped once, then copied into every report
/// that repeats it.
///
/// The lexicon's words fill most of a report: each finding carries its concern's title, the reason
/// and what changes later, each ingredient the name matched and what it is. A scan writes the same
/// few thousand texts into millions of reports, and escaping them at every write took an eighth of
/// a scanned record's instructions. The price is a second copy of each text, kept with the match.
struct QuotedText: Sendable, Equatable {
    let text: String
    /// `text` as a JSON string literal, quotes included.
    let json: [UInt8]

    init(_ text: String) {
        self.text = text
        json = JSONWriter.literal(text)
    }

    static func == (lhs: QuotedText, rhs: QuotedText) -> Bool { lhs.text == rhs.text }
}
