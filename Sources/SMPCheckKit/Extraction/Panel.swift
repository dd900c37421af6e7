/// Where a label's ingredient declaration sits in its text.
public struct Panel: Sendable, Equatable {
    /// How the panel was found.
    public enum Origin: String, Sendable, Codable {
        /// Under a heading that introduces the full declaration (`Ingredients:`, `INCI`, `全成分`).
        case heading
        /// Under a heading for a partial list (`Key ingredients:`), used only when nothing better exists.
        case partialHeading = "partial-heading"
        /// The whole text, or one block of it, reads as a bare list.
        case bareList = "bare-list"
    }

    /// Byte ranges of the declaration in the label text, in order (drug-facts actives and inactives are two).
    public var ranges: [Range<Int>]
    /// The heading as printed, when there was one.
    public var heading: String?
    public var origin: Origin
    /// Text that may be a list printed with spaces only (`Water Glycerin Myristic Acid ...`), or with
    /// commas only between a Latin name and its common name: the tokenizer reads each of its items as a
    /// run of names, and the checker takes it only when they are mostly known names.
    var mayBeRunOn = false
}
