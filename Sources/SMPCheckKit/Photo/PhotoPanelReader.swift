/// Turns the words OCR read from a photo into label text the checker reads: the panel from its
/// `Ingredients` heading on, names wrapped across lines put back together, OCR slips corrected against
/// the lexicon, and the words read with low confidence noted.
struct PhotoPanelReader {
    let corrector: OCRCorrector

    /// Words read with less confidence than this (of 100) are to be checked against the pack, unless
    /// the lexicon confirms the name they are part of.
    static let lowConfidence = 60.0

    /// The panel's text and what reading it involved.
    struct Result {
        var text: String
        var corrections: [OCRCorrection]
        var lowConfidence: [String]
        /// The mean word confidence over the panel, in percent.
        var confidence: Int
        var headingFound: Bool
    }

    func read(_ page: RecognizedPage) -> Result {
        let words = page.words.map(PrintedWord.init).filter { $0.isReadable || $0.endsItem }
        let heading = Self.heading(in: words)
        var text = heading == nil ? "" : "Ingredients:"
        var corrections: [OCRCorrection] = []
        var lowConfidence: [String] = []
        var confidences: [Double] = []
        let items = Self.items(Array(words[(heading.map { $0 + 1 } ?? 0)...]))
        for (index, item) in items.enumerated() {
            let groups = rejoined(item)
            if index >= 2, endsPanel(after: items[index - 1], next: groups[0]) {
                // Short enough to be a name the OCR garbled rather than a line of prose: to be checked.
                if groups[0].count <= 4 { lowConfidence.append(groups[0].map(\.core).joined(separator: " ")) }
                break
            }
            for (part, group) in groups.enumerated() {
                let read = corrected(group)
                if let correction = read.correction { corrections.append(correction) }
                if !read.confirmed, group.count <= OCRCorrector.longestItem {
                    lowConfidence += group.filter { $0.confidence < Self.lowConfidence && $0.isReadable }.map(\.core)
                }
                // A name the lexicon split from the line before starts a line of its own, as printed.
                if !text.isEmpty { text += part > 0 || group[0].startsLine ? "\n" : " " }
                text += read.text
                confidences += group.map(\.confidence)
            }
        }
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        return Result(
            text: text, corrections: corrections, lowConfidence: lowConfidence, confidence: Int(mean.rounded()),
            headingFound: heading != nil)
    }

    /// Whether the list ended with the item before: a period at the end of its line, and a next line
    /// that does not open with a known name (`SODIUM CHLORIDE.` then `MOISTURISER. MADE IN INDIA.`).
    /// Lists that put periods between names (`GLYCERIN.` then `PENTYLENE GLYCOL.`) read on.
    private func endsPanel(after item: [PrintedWord], next: [PrintedWord]) -> Bool {
        guard let last = item.last, last.endsWithPeriod, next[0].startsLine else { return false }
        return !readsAsName(next)
    }

    /// The last word of the first `Ingredients` heading, which OCR may read as one word or two
    /// (`INGREDI ENTS:`).
    static func heading(in words: [PrintedWord]) -> Int? {
        for index in words.indices {
            if PrintedWord.isIngredientsHeading(words[index].core) { return index }
            if index + 1 < words.count, !words[index + 1].startsLine,
                PrintedWord.isIngredientsHeading(words[index].core + words[index + 1].core)
            {
                return index + 1
            }
        }
        return nil
    }

    /// The panel cut into list items: each ends at a word followed by a comma, semicolon or period.
    static func items(_ words: [PrintedWord]) -> [[PrintedWord]] {
        var items: [[PrintedWord]] = []
        var current: [PrintedWord] = []
        for word in words {
            current.append(word)
            if word.endsItem {
                items.append(current)
                current = []
            }
        }
        if !current.isEmpty { items.append(current) }
        return items
    }

    /// An item that runs over a line break is one name wrapped (`DISODIUM` / `EDTA`) or two names whose
    /// separator the OCR lost (`NIACINAMIDE` / `DIMETHICONE`): the lexicon decides. Lines joined make a
    /// known name, or neither line alone is one, or the first ends in a hyphen: one name.
    func rejoined(_ item: [PrintedWord]) -> [[PrintedWord]] {
        var lines: [[PrintedWord]] = []
        for word in item {
            if word.startsLine || lines.isEmpty { lines.append([word]) } else { lines[lines.count - 1].append(word) }
        }
        var groups = [lines[0]]
        for line in lines.dropFirst() {
            let last = groups[groups.count - 1]
            if last.last?.core.hasSuffix("-") == true || readsAsName(last + line)
                || !(readsAsName(last) || readsAsName(line))
            {
                groups[groups.count - 1] += line
            } else {
                groups.append(line)
            }
        }
        return groups
    }

    /// Whether words are a known name as read or once corrected.
    private func readsAsName(_ words: [PrintedWord]) -> Bool {
        let cores = words.map(\.core)
        return corrector.isKnown(cores.map { corrector.lexicon.normalizer.keyBytes($0.utf8) })
            || corrector.correct(cores) != nil
    }

    /// A group of words as text, corrected when the lexicon knows what they were meant to be;
    /// `confirmed` when the lexicon knows the name as read or as corrected.
    private func corrected(_ group: [PrintedWord]) -> (text: String, correction: OCRCorrection?, confirmed: Bool) {
        let cores = group.map(\.core)
        let asRead = group.map(\.text).joined(separator: " ")
        let whole = corrector.correct(cores)
        guard let fixed = whole ?? corrector.correctWords(cores) else {
            let known = corrector.isKnown(cores.map { corrector.lexicon.normalizer.keyBytes($0.utf8) })
            return (asRead, nil, known)
        }
        var words = group
        // A slip's own case says little (`Ol`): the name's other words of three letters or more say it.
        let others = group.filter { $0.core.count >= 3 }
        let inCapitals = !others.isEmpty && others.allSatisfy(\.isCapitals)
        // Only the words that changed: the rest keep their printed spelling (`Sulphate`, not its key `sulfate`).
        for index in words.indices where fixed.words[index] != corrector.lexicon.key(for: cores[index]) {
            words[index].replaceCore(with: fixed.words[index], inCapitals: inCapitals)
        }
        let printed = words.map(\.core).joined(separator: " ")
        let correction = OCRCorrection(
            printed: printed, readAs: cores.joined(separator: " "),
            confidence: Int((group.map(\.confidence).min() ?? 0).rounded()), distance: fixed.distance)
        return (words.map(\.text).joined(separator: " "), correction, whole != nil)
    }
}
