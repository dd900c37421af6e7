/// Splits an ingredient panel into the ingredients printed on the pack, in order.
///
/// Works on UTF-8 bytes in one pass per panel: separators count only outside paired brackets,
/// commas inside chemical names and periods after abbreviations do not split, shade blocks and kit
/// components become sections, and claims, footnotes and prose are reported as skipped rather than
/// classified. Strings are built only for the tokens it returns.
///
/// A panel goes through four stages, each a type of its own reading one `ListContext`:
/// 1. `ItemSplitter` cuts it into items at separators, marks shade blocks and kit components, sets
///    claims aside and puts back pieces a stray comma cut off (`Vaccinium Myrtillus, (Bilberry) Extract`);
/// 2. `ItemReader` reads each item: footnotes, claims and prose are set aside, supplier blends split;
/// 3. `RunOnSegmenter` splits names run together without a separator into the names the lexicon knows;
/// 4. `ListRepairs` mends the list: names cut in two are rejoined, a name printed again as its alias
///    merged, and unknown marked names at the very end moved to the footnotes.
///
/// One tokenizer serves every list a checker reads: it is immutable but for its cache, which is safe
/// to share across threads.
final class Tokenizer: Sendable {
    let phrases: LabelPhrases
    let normalizer: KeyNormalizer
    /// What items read before (see `ReadingCache`): shared by every list this tokenizer reads.
    let cache: ReadingCache

    init(phrases: LabelPhrases, normalizer: KeyNormalizer) {
        self.phrases = phrases
        self.normalizer = normalizer
        cache = ReadingCache()
    }

    /// The ingredients of `panel`. `structure` is what `LabelPhrases.structureMatcher` found in the
    /// text (the locator's hits too): its may-contain markers, claims and left-out words inside the
    /// panel shape the items.
    func tokenize(
        _ text: [UInt8], panel: Panel, structure: [PhraseMatcher.Hit], recognizer: any NameRecognizer
    ) -> TokenizedList {
        let list = ListContext(text: text, tokenizer: self, recognizer: recognizer, runsOfNames: panel.mayBeRunOn)
        let splitter = ItemSplitter(list: list)
        var items: [ListItem] = []
        // Room for a typical list at once (names average some 25 bytes with their separator):
        // growing one item at a time would reallocate the list half a dozen times.
        items.reserveCapacity(panel.ranges.reduce(0) { $0 + $1.count } / 24 + 4)
        var skipped: [SkippedText] = []
        for range in panel.ranges { splitter.split(range, structure: structure, into: &items, skipped: &skipped) }
        // More items than a list printed with spaces only has: runs of names between commas, or prose that
        // yields no names rather than have every run of its words looked up.
        if panel.mayBeRunOn, items.count > 2, !halfEndWithNames(items, in: list) {
            return TokenizedList(tokens: [], skipped: skipped)
        }
        splitter.applyComponentLabels(to: &items)
        var fragments: [Range<Int>] = []
        splitter.rejoinFragments(of: &items, into: &fragments)
        let reader = ItemReader(list: list)
        var tokens: [Token] = []
        tokens.reserveCapacity(items.count)
        for item in items { reader.appendTokens(of: item, fragments: fragments, to: &tokens, skipped: &skipped) }
        let repairs = ListRepairs(list: list)
        repairs.moveTrailingFootnotes(from: &tokens, to: &skipped)
        repairs.rejoinCutNames(in: &tokens)
        repairs.mergeAdjacentAliases(in: &tokens)
        return TokenizedList(tokens: tokens, skipped: skipped)
    }

    /// Whether half the items or more end with a listed name of up to four words (see
    /// `NameRecognizer.isListed`): a few lookups an item. Runs of names between commas that part Latin
    /// and common names do; prose with no English sentence word (a description in another language)
    /// seldom does.
    private func halfEndWithNames(_ items: [ListItem], in list: ListContext) -> Bool {
        let ending = items.count { item in
            let range = list.trim(item.range)
            let last = list.wordSpans(in: range).suffix(4)
            return last.contains {
                list.recognizer.isListed(normalizer.keyBytes(list.text[$0.lowerBound..<range.upperBound]))
            }
        }
        return ending * 2 >= items.count
    }
}

/// One item of a list as the splitter cut it: usually one name, sometimes a blend, a claim or a run
/// of names. Plain values only: a list's items are copied as they are read, and a string or array in
/// them would cost reference counting on every copy.
struct ListItem {
    var range: Range<Int>
    /// Further pieces of the same name, when a stray separator cut it and they were rejoined:
    /// their place in the list's `fragments`.
    var pieces: Range<Int> = 0..<0
    var section: Section
    /// The kit component's heading the item was printed under, if any.
    var label: Range<Int>?

    /// The section of an item; a kit component by the range of its printed name.
    enum Section: Equatable {
        case declared
        case mayContain
        case component(Range<Int>)
    }
}
