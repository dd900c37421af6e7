/// One panel being tokenized: its text, the words that structure labels, the recognizer that looks
/// names up and the memory of items read before. Every stage of the tokenizer (`ItemSplitter`,
/// `ItemReader`, `RunOnSegmenter`, `ListRepairs`) reads the list through one of these, so a function
/// takes only the ranges it works on.
///
/// Ranges are byte offsets into `text`; nothing is copied out of it until a token is made.
///
/// Each stage holds a copy, so it holds three references only: what every list shares is reached
/// through the one `Tokenizer`.
struct ListContext {
    let text: [UInt8]
    let tokenizer: Tokenizer
    let recognizer: any NameRecognizer
    /// The panel may be names run together (see `Panel.mayBeRunOn`): its items are read as runs of
    /// names, which split otherwise than the same bytes in a list.
    let runsOfNames: Bool

    var phrases: LabelPhrases { tokenizer.phrases }
    var normalizer: KeyNormalizer { tokenizer.normalizer }
    var cache: ReadingCache { tokenizer.cache }

    /// The text of `range` as printed.
    func printed(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }

    /// The lookup key of the text in `range`.
    func key(_ range: Range<Int>) -> String {
        normalizer.key(text[range])
    }

    /// A section's name as tokens carry it: a kit component's as printed.
    func name(of section: ListItem.Section) -> String {
        switch section {
        case .declared: ListSection.declared
        case .mayContain: ListSection.mayContain
        case .component(let label): printed(label)
        }
    }

    /// `range` without the spaces, separators, quotes and leading `and` around a name. A period that
    /// closes an abbreviation (`Alcohol Denat.`) stays.
    func trim(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        func junk(_ byte: UInt8) -> Bool {
            ByteClass.isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        // A no-break space (U+00A0), which text copied off web pages carries after its commas, is a space too.
        func isNoBreakSpace(at index: Int) -> Bool {
            text[index] == 0xC2 && index + 1 < upper && text[index + 1] == 0xA0
        }
        // So are curly quotes (U+2018 to U+201F) around a list given as a page field's value.
        func isCurlyQuote(at index: Int) -> Bool {
            index + 2 < upper && text[index] == 0xE2 && text[index + 1] == 0x80
                && (0x98...0x9F).contains(text[index + 2])
        }
        while lower < upper {
            if junk(text[lower]) {
                lower += 1
            } else if isNoBreakSpace(at: lower) {
                lower += 2
            } else if isCurlyQuote(at: lower) {
                lower += 3
            } else {
                break
            }
        }
        // The "and" of a last list item: "Grape, mulberry, and milk enzymes".
        for joiner: StaticString in ["and ", "& "]
        where text.startsLowercased(with: joiner, at: lower) && upper - lower > joiner.utf8CodeUnitCount {
            lower += joiner.utf8CodeUnitCount
        }
        while upper > lower {
            if junk(text[upper - 1]) || text[upper - 1] == UInt8(ascii: ";") {
                upper -= 1
            } else if upper - lower >= 2, isNoBreakSpace(at: upper - 2) {
                upper -= 2
            } else if upper - lower >= 3, isCurlyQuote(at: upper - 3) {
                upper -= 3
            } else {
                break
            }
        }
        // A period that belongs to an abbreviation stays: `Alcohol Denat.`
        if upper < range.upperBound, text[upper] == UInt8(ascii: "."), upper > lower,
            ByteClass.isASCIILetter(text[upper - 1])
        {
            var wordStart = upper
            while wordStart > lower, ByteClass.isASCIILetter(text[wordStart - 1]) { wordStart -= 1 }
            if phrases.abbreviations.contains(text[wordStart..<upper].map(ByteClass.lowercased)) { upper += 1 }
        }
        return lower..<upper
    }

    /// The first word of `range`: letters, with hyphens and non-ASCII bytes inside it.
    func firstWord(in range: Range<Int>) -> Range<Int>? {
        guard let start = range.first(where: { ByteClass.isNameWordByte(text[$0]) }) else { return nil }
        // Runs of letters a word at a time; a hyphen or a non-ASCII byte continues the word.
        var end = start
        while end < range.upperBound {
            end = ByteClass.endOfLetters(in: text, from: end, limit: range.upperBound)
            guard end < range.upperBound, ByteClass.isNameWordByte(text[end]) else { break }
            end += 1
        }
        return start..<end
    }

    /// Words for segmentation: split on spaces and after `%`; a bracketed group stays with the word before it.
    func wordSpans(in range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start: Int?
        var depth = 0
        for index in range {
            let byte = text[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if depth == 0, byte == 0x20 || byte == 0x09 {
                if let begin = start { spans.append(begin..<index) }
                start = nil
                continue
            }
            if start == nil {
                // A bracket attaches to the word before it: "Cocos Nucifera (Coconut) Oil".
                if byte == UInt8(ascii: "("), let last = spans.popLast() {
                    start = last.lowerBound
                } else {
                    start = index
                }
            }
            if byte == UInt8(ascii: "%"), depth == 0 {
                if let begin = start { spans.append(begin..<(index + 1)) }
                start = nil
            }
        }
        if let begin = start { spans.append(begin..<range.upperBound) }
        return spans
    }
}
