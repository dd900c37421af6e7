/// The single words that tell a label's names from its sentences, its footnotes and its cut pieces,
/// read from label-phrases.tsv: so a language or a part word is added without a Swift change.
///
/// - `sentence-word`: a word of prose (`the`, `with`, `helps`; `pour`, `und`, `untuk`): an item full of
///   them is a sentence, not a name.
/// - `ingredient-word`: `ingredient`, which no ingredient's name holds ("*Ingredients from organic farming").
/// - `claim-continuation`: a word after `free` that makes it a claim (`free from parabens`).
/// - `footnote-word`: a word of the sentences that explain a label's marks (`organic`, `certified`).
/// - `part-word`: a word no name starts with (`oil`, `extract`, `flower`): an item that opens with one
///   is the tail of the name before it, cut off by a stray separator.
/// - `plant-part`: further parts of a plant a name may give (`peel`, `stem`, `resin`).
/// - `plant-product`, `process-word`: what a plant is made into (`butter`, `juice`) and how (`ferment`).
/// - `cation`: a cation that opens a salt's name and never ends one (`sodium`).
struct LabelWords: Sendable {
    /// Sentence, ingredient, claim-continuation and footnote words in one table, so each word of an
    /// item is looked up once.
    private let flagged: WordSet
    let partWords: WordSet
    let plantParts: WordSet
    let plantProducts: WordSet
    let processWords: WordSet
    let cations: WordSet

    static let sentence: UInt8 = 1, ingredient: UInt8 = 2, claimContinuation: UInt8 = 4, footnote: UInt8 = 8

    init(entries: [(kind: LabelPhrases.Kind, phrase: String, note: String)]) {
        func words(_ kind: LabelPhrases.Kind) -> [String] { entries.filter { $0.kind == kind }.map(\.phrase) }
        flagged = WordSet(
            flagged: words(.sentenceWord).map { ($0, Self.sentence) }
                + words(.ingredientWord).map { ($0, Self.ingredient) }
                + words(.claimContinuation).map { ($0, Self.claimContinuation) }
                + words(.footnoteWord).map { ($0, Self.footnote) })
        partWords = WordSet(words(.partWord))
        plantParts = WordSet(words(.plantPart))
        plantProducts = WordSet(words(.plantProduct))
        processWords = WordSet(words(.processWord))
        cations = WordSet(words(.cation))
    }

    /// The flags of the word `text[range]` (`sentence`, `ingredient`, ...), 0 when it has none.
    func flags(_ text: [UInt8], _ range: Range<Int>) -> UInt8 { flagged.flags(text, range) }

    /// Whether the word `text[range]` is a sentence word.
    func isSentenceWord(_ text: [UInt8], _ range: Range<Int>) -> Bool { flags(text, range) & Self.sentence != 0 }

    /// Whether any word of `range` is a sentence word: it stops at the first, which in prose comes
    /// within a few words, where counting them all reads to the end of a long description.
    func hasSentenceWord(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        !ItemWords.forEachWord(text, range) { !isSentenceWord(text, $0) }
    }

    /// `leaf`, `oil`, `ferment`: a word that belongs to a plant's part, product or process, never to the
    /// Latin or the common name of the plant.
    func isPartOrProduct(_ text: [UInt8], _ word: Range<Int>) -> Bool {
        partWords.contains(text, word) || plantParts.contains(text, word) || plantProducts.contains(text, word)
            || processWords.contains(text, word)
    }
}
