/// One word read from a photo, split into the name's letters (`core`) and the punctuation around
/// them (`(`, `,`, `.`), so a correction changes the letters and keeps the list's separators.
struct PrintedWord {
    private var leading: Substring
    /// The word without the brackets and punctuation around it (`GLYCERIN` of `GLYCERIN,`).
    private(set) var core: String
    private var trailing: Substring
    let confidence: Double
    let startsLine: Bool

    init(_ word: OCRWord) {
        let text = Substring(word.text)
        let start = text.firstIndex(where: Self.isNamePart) ?? text.endIndex
        let end = text[start...].lastIndex(where: Self.isNamePart).map(text.index(after:)) ?? start
        leading = text[..<start]
        core = String(text[start..<end])
        trailing = text[end...]
        confidence = word.confidence
        startsLine = word.startsLine || word.startsBlock
    }

    /// The word as printed, punctuation included.
    var text: String { String(leading) + core + trailing }

    /// Whether a separator follows the word (or is all of it): it ends a list item.
    var endsItem: Bool { (core.isEmpty ? leading : trailing).contains { $0 == "," || $0 == ";" || $0 == "." } }

    /// Whether the word ends in a period (`CHLORIDE.`), not a comma or nothing.
    var endsWithPeriod: Bool { trailing.contains(".") && !trailing.contains(",") }

    /// Whether the word holds a letter or a digit: specks and rules read as `—`, `_` or `|` do not.
    var isReadable: Bool { core.contains { $0.isLetter || $0.isNumber } }

    /// Whether letters are the heading `Ingredients` as OCR may read it (`INGREDlENTS`, `lngredients`).
    static func isIngredientsHeading(_ letters: String) -> Bool {
        let letters = Array(letters.lowercased().utf8)
        guard (9...13).contains(letters.count) else { return false }
        return distance(letters, Array("ingredients".utf8)) <= 2
    }

    /// Whether the word's letters are all capitals (`MINERAL`).
    var isCapitals: Bool {
        let letters = core.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// Puts a corrected lookup key in place of the letters, in the case they were printed in, or in
    /// capitals when the name around it is (`MINERAL Ol` is `MINERAL OIL`, not `MINERAL Oil`).
    mutating func replaceCore(with key: String, inCapitals: Bool) {
        if inCapitals || isCapitals {
            core = key.uppercased()
        } else if core.first(where: \.isLetter)?.isUppercase == true {
            core = key.prefix(1).uppercased() + key.dropFirst()
        } else {
            core = key
        }
    }

    /// Letters, digits and the marks inside names (`C10-30`, `ACRYLATES/`, `%`); not brackets or separators.
    private static func isNamePart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "%" || character == "|"
    }

    /// A key without the brackets and punctuation around it, for the vocabulary.
    static func trimmed(_ word: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isPunctuation(_ byte: UInt8) -> Bool {
            byte < 0x80 && !(ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte) || byte == UInt8(ascii: "%"))
        }
        let start = word.firstIndex { !isPunctuation($0) } ?? word.endIndex
        let end = word[start...].lastIndex { !isPunctuation($0) }.map { $0 + 1 } ?? start
        return word[start..<end]
    }

    /// The edit distance between two short words.
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
