/// Undoes the slips OCR makes in ingredient names, against the names the lexicon knows: letters it
/// confuses (`l`/`I`/`1`, `rn`/`m`, `0`/`O`, `Cl`/`CI`), thin letters it drops (`GLYCERN`,
/// `NIACNAMDE`, `Ol` for `OIL`), and, at a higher cost, any one letter wrong.
///
/// A name is corrected only to a name the lexicon knows, and never to one that raises less than
/// what the name as read raises: a correction may raise a concern, never clear one.
public struct OCRCorrector: Sendable {
    let lexicon: Lexicon

    /// Pairs OCR engines confuse, as lookup-key bytes (lower case): each swap costs one.
    private static let confusions: [(read: [UInt8], meant: [UInt8])] = [
        ("l", "i"), ("i", "l"), ("1", "l"), ("1", "i"), ("|", "l"), ("|", "i"), ("!", "i"), ("!", "l"), ("!|", "l"),
        ("0", "o"),
        ("o", "0"), ("5", "s"), ("s", "5"), ("8", "b"), ("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"),
        ("vv", "w"), ("c", "e"), ("e", "c"), ("li", "h"), ("ri", "n"), ("n", "ri"), ("u", "ii"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Letters thin enough to vanish from a photo: each one put back costs one.
    private static let thinLetters: [UInt8] = [UInt8(ascii: "i"), UInt8(ascii: "l")]

    /// Words tried per item: an item of more words is a run of several names, corrected word by word.
    static let longestItem = 8

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The words of one list item corrected to a known name, with the number of slips undone; nil
    /// when the item is known as read, or no correction makes it known without clearing a concern.
    /// `words` are as printed (`MNERAL`, `Ol`); the answer's words are lookup keys (`mineral`, `oil`).
    public func correct(_ words: [String]) -> (words: [String], distance: Int)? {
        guard !words.isEmpty, words.count <= Self.longestItem else { return nil }
        let keys = words.map { lexicon.normalizer.keyBytes($0.utf8) }
        if isKnown(keys) { return nil }
        let candidates = keys.map { [($0, 0)] + corrections(of: $0) }
        var best: (keys: [[UInt8]], distance: Int)?
        var tried = 0
        Self.combinations(candidates, budget: 3) { choice, distance in
            tried += 1
            guard tried <= 400, best.map({ distance < $0.distance }) ?? true, isKnown(choice) else { return }
            best = (choice, distance)
        }
        guard let best, best.distance > 0, !clears(from: keys, to: best.keys) else { return nil }
        return (best.keys.map { String(decoding: $0, as: UTF8.self) }, best.distance)
    }

    /// Words not in any known name, each replaced by its one cheapest correction when that is a
    /// single slip and no other correction costs as little: for a run of names whose commas the OCR
    /// lost (`NIACNAMDE DMETHICONE`), which the tokenizer then splits. Nil when nothing changed or
    /// the run would then raise less than as read.
    public func correctWords(_ words: [String]) -> (words: [String], distance: Int)? {
        let keys = words.map { lexicon.normalizer.keyBytes($0.utf8) }
        var corrected = keys
        var distance = 0
        for (index, key) in keys.enumerated() where key.count >= 4 && !lexicon.ocrVocabulary.contains(key) {
            let options = corrections(of: key)
            guard let first = options.first, first.1 == 1, options.dropFirst().allSatisfy({ $0.1 > 1 }) else {
                continue
            }
            corrected[index] = first.0
            distance += 1
        }
        guard distance > 0, !clears(from: keys, to: corrected) else { return nil }
        return (corrected.map { String(decoding: $0, as: UTF8.self) }, distance)
    }

    /// Whether the words, joined, make a name the lexicon knows (without fuzzy guessing).
    func isKnown(_ keys: [[UInt8]]) -> Bool {
        lexicon.knownMatch(String(decoding: Array(keys.joined(separator: [0x20])), as: UTF8.self)) != nil
    }

    /// Whether reading `read` as `corrected` would lose a concern that the name as read raises.
    private func clears(from read: [[UInt8]], to corrected: [[UInt8]]) -> Bool {
        func concerns(_ keys: [[UInt8]]) -> Set<ConcernID> {
            Set(lexicon.lookup(String(decoding: Array(keys.joined(separator: [0x20])), as: UTF8.self)).concerns)
        }
        return !concerns(read).isSubset(of: concerns(corrected))
    }

    /// Known words a word read may have been, cheapest first, with their cost: one or two confusions
    /// or dropped thin letters, or (cost two) any one letter wrong, missing or extra. At most eight.
    func corrections(of word: [UInt8]) -> [([UInt8], Int)] {
        guard word.count >= 2, word.count <= 40 else { return [] }
        let vocabulary = lexicon.ocrVocabulary
        var found: [([UInt8], Int)] = []
        func offer(_ candidate: [UInt8], _ cost: Int) {
            guard candidate != word, vocabulary.contains(candidate), !found.contains(where: { $0.0 == candidate })
            else { return }
            found.append((candidate, cost))
        }
        let first = Self.slips(of: word)
        for candidate in first { offer(candidate, 1) }
        // Two slips (`NIACNAMDE`: two thin letters lost), or any one letter wrong, cost two.
        for once in first where word.count >= 4 {
            for candidate in Self.slips(of: once) { offer(candidate, 2) }
        }
        for candidate in Self.singleEdits(of: word) where word.count >= 3 { offer(candidate, 2) }
        return Array(found.sorted { $0.1 < $1.1 }.prefix(8))
    }

    /// Every word one OCR slip away: a confusion swapped back, or a thin letter put back.
    static func slips(of word: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for (read, meant) in confusions {
            var start = 0
            while start + read.count <= word.count {
                if word[start..<(start + read.count)].elementsEqual(read) {
                    out.append(Array(word[..<start]) + meant + Array(word[(start + read.count)...]))
                }
                start += 1
            }
        }
        for position in 0...word.count {
            for letter in thinLetters { out.append(Array(word[..<position]) + [letter] + Array(word[position...])) }
        }
        return out
    }

    /// Every word one letter away: a letter inserted, removed or replaced.
    static func singleEdits(of word: [UInt8]) -> [[UInt8]] {
        let letters = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        var out: [[UInt8]] = []
        for position in 0...word.count {
            for letter in letters { out.append(Array(word[..<position]) + [letter] + Array(word[position...])) }
            guard position < word.count else { continue }
            out.append(Array(word[..<position]) + Array(word[(position + 1)...]))
            for letter in letters where letter != word[position] {
                var replaced = word
                replaced[position] = letter
                out.append(replaced)
            }
        }
        return out
    }

    /// Calls `body` with each choice of one candidate per word whose costs add up to at most `budget`.
    private static func combinations(
        _ candidates: [[([UInt8], Int)]], budget: Int, _ body: ([[UInt8]], Int) -> Void
    ) {
        var choice: [[UInt8]] = []
        func visit(_ index: Int, _ spent: Int) {
            guard index < candidates.count else { return body(choice, spent) }
            for (word, cost) in candidates[index] where spent + cost <= budget {
                choice.append(word)
                visit(index + 1, spent + cost)
                choice.removeLast()
            }
        }
        visit(0, 0)
    }
}
