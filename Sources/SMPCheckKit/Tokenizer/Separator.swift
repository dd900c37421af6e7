/// Which bytes separate the items of an ingredient list.
enum Separator {
    /// The byte length of the separator at `index`, or 0 when the text there is not one.
    ///
    /// Commas between digits belong to chemical names (`1,2-Hexanediol`, `2-Bromo-2-Nitropropane-1, 3-Diol`);
    /// a bullet between digits is a misprinted hyphen (`C14•16`).
    @inline(__always)
    static func length(in text: [UInt8], at index: Int, limit: Int) -> Int {
        // Called for every byte of a panel: most bytes cannot start a separator, and say so here.
        let byte = text[index]
        guard
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ";") || byte == 0x0A
                || byte == 0x0D || byte >= 0xC2
        else { return 0 }
        return separatorLength(text, index, limit)
    }

    private static func separatorLength(_ text: [UInt8], _ index: Int, _ limit: Int) -> Int {
        let byte = text[index]
        switch byte {
        case UInt8(ascii: ","):
            return isChemicalComma(text, index, limit, width: 1) ? 0 : 1
        case UInt8(ascii: "|"):
            // Scrapers that turned commas into pipes also split `2-oleamido-1 | 3-octadecanediol`.
            return isChemicalComma(text, index, limit, width: 1) ? 0 : 1
        case UInt8(ascii: ";"), 0x0A, 0x0D:
            return 1
        case 0xC2 where index + 1 < limit && text[index + 1] == 0xB7: // ·
            return betweenDigits(text, index, limit, width: 2) ? 0 : 2
        case 0xE2 where index + 2 < limit:
            let tail = (text[index + 1], text[index + 2])
            // • ● ▪ ◦
            if tail == (0x80, 0xA2) || tail == (0x97, 0x8F) || tail == (0x96, 0xAA) || tail == (0x97, 0xA6) {
                return betweenDigits(text, index, limit, width: 3) ? 0 : 3
            }
            return 0
        case 0xE3 where index + 2 < limit && text[index + 1] == 0x80 && text[index + 2] == 0x81: // 、
            return 3
        // ・ (Japanese brands' English lists)
        case 0xE3 where index + 2 < limit && text[index + 1] == 0x83 && text[index + 2] == 0xBB:
            return 3
        case 0xEF where index + 2 < limit && text[index + 1] == 0xBC:
            if text[index + 2] == 0x8C { return isChemicalComma(text, index, limit, width: 3) ? 0 : 3 } // ，
            if text[index + 2] == 0x9B { return 3 } // ；
            return 0
        // ｜ ･
        case 0xEF
        where index + 2 < limit && text[index + 1] == 0xBD && (text[index + 2] == 0x9C || text[index + 2] == 0xA5):
            return 3
        default:
            return 0
        }
    }

    private static func betweenDigits(_ text: [UInt8], _ index: Int, _ limit: Int, width: Int) -> Bool {
        index > 0 && ByteClass.isDigit(text[index - 1]) && index + width < limit
            && ByteClass.isDigit(text[index + width])
    }

    /// `1,2-`, `4,4a,`, `1, 3-diol`: a digit, the comma, at most one space, then one or two digits
    /// followed by a hyphen, comma (with no space before), letter or bracket; or `1,2 Hexanediol` at
    /// the start of an item. `CI 77491, 77492` (long numbers) still splits.
    private static func isChemicalComma(_ text: [UInt8], _ index: Int, _ limit: Int, width: Int) -> Bool {
        var before = index
        if text[index] == UInt8(ascii: "|"), before > 0, text[before - 1] == 0x20 { before -= 1 }
        guard before > 0, isDigitAt(text, before - digitWidthBefore(text, before), limit) else { return false }
        var next = index + width
        let spaced = next < limit && text[next] == 0x20
        if spaced { next += 1 }
        var digits = 0
        while next < limit, let step = digitWidth(text, next, limit) {
            digits += 1
            next += step
        }
        guard digits >= 1, digits <= 2, next < limit else { return false }
        let follower = text[next]
        // `1,2 Hexanediol`, `1,3 Butylene Glycol`: locants that open an item, a space for the hyphen.
        if follower == 0x20, next + 1 < limit, ByteClass.isASCIILetter(text[next + 1]),
            opensItem(text, digitsEndingAt: before)
        {
            return true
        }
        // `2,4,6-` runs on without spaces: in `Benzophenone-3, 1,3 Butylene Glycol` the first comma splits.
        return follower == UInt8(ascii: "-") || (follower == UInt8(ascii: ",") && !spaced)
            || ByteClass.isASCIILetter(follower)
            || follower == UInt8(ascii: ")") || follower == UInt8(ascii: "]")
            || text.starts(with: [0xEF, 0xBC, 0x8D], at: next)
            || text.starts(with: [0xEF, 0xBC, 0x8C], at: next)
    }

    /// Whether the ASCII digits that end before `end` start an item: nothing but spaces between them
    /// and the start of the text or a list separator.
    private static func opensItem(_ text: [UInt8], digitsEndingAt end: Int) -> Bool {
        var index = end
        while index > 0, ByteClass.isDigit(text[index - 1]) { index -= 1 }
        guard index < end else { return false }
        while index > 0, text[index - 1] == 0x20 { index -= 1 }
        guard index > 0 else { return true }
        let previous = text[index - 1]
        return previous == UInt8(ascii: ",") || previous == UInt8(ascii: ";") || previous == UInt8(ascii: ":")
            || previous == UInt8(ascii: "|") || previous == 0x0A || previous == 0x0D || previous >= 0x80
    }

    private static func digitWidthBefore(_ text: [UInt8], _ index: Int) -> Int {
        index >= 3 && text[index - 3] == 0xEF && text[index - 2] == 0xBC && (0x90...0x99).contains(text[index - 1])
            ? 3 : 1
    }

    private static func isDigitAt(_ text: [UInt8], _ index: Int, _ limit: Int) -> Bool {
        index >= 0 && digitWidth(text, index, limit) != nil
    }

    /// ASCII digits and full-width digits (`１`), which Japanese labels use in `１，２－ヘキサンジオール`.
    private static func digitWidth(_ text: [UInt8], _ index: Int, _ limit: Int) -> Int? {
        if ByteClass.isDigit(text[index]) { return 1 }
        if index + 2 < limit, text[index] == 0xEF, text[index + 1] == 0xBC, (0x90...0x99).contains(text[index + 2]) {
            return 3
        }
        return nil
    }
}
