/// Mends a tokenized list where labels break the one-name-per-item rule: a name a stray comma cut
/// in two is rejoined (`Sodium, Chloride`), a name printed again as its translation or common name is
/// merged (`Water, Aqua-Eau`), and unknown marked names at the very end become footnotes.
///
/// Each pass works in place, by index: most lists have nothing to mend, and then no token is copied
/// or moved.
struct ListRepairs {
    let list: ListContext

    /// Unknown mark-led names at the very end of the list are footnotes (`..., Phenoxyethanol. *Hadasei-3`).
    func moveTrailingFootnotes(from tokens: inout [Token], to skipped: inout [SkippedText]) {
        var trailing: [SkippedText] = []
        while let last = tokens.last, last.mayBeFootnote {
            trailing.insert(SkippedText(text: last.printed, reason: .footnote), at: 0)
            tokens.removeLast()
        }
        skipped += trailing
        for index in tokens.indices { tokens[index].mayBeFootnote = false }
    }

    // MARK: Cut names

    /// `Sodium, Chloride`, `Butylene, Glycol`, `Ammonium Acryloyldimethyltaurate/VP, Copolymer`: scraped
    /// lists whose commas fell between the words of one name, or replaced a copolymer's slash; and
    /// `DISODIUM⏎EDTA`, a name a PDF, an e-mail or a narrow pack wrapped onto the next line. A name
    /// found nowhere that looks cut (see `wholeName`) and its neighbour across a comma, when together
    /// (joined by a space or a slash) they make a name listed as printed, are that one ingredient.
    func rejoinCutNames(in tokens: inout [Token]) {
        // A shared loop with the alias pass, taking the merge as a closure, was slower: the closure was
        // not inlined.
        var kept = 0
        for index in tokens.indices {
            // Known pairs, nearly all of them, are passed over before any token is copied.
            if kept > 0, Self.mayBePiece(tokens[kept - 1]) || Self.mayBePiece(tokens[index]),
                let whole = wholeName(cutInto: tokens[kept - 1], tokens[index])
            {
                tokens[kept - 1] = whole
            } else {
                if kept != index { tokens.swapAt(kept, index) }
                kept += 1
            }
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// The one name `first` and `second` were cut from, if they are pieces of a listed name.
    private func wholeName(cutInto first: Token, _ second: Token) -> Token? {
        let text = list.text
        // The unknown one must look cut: one word, or a name stopped on a word no name ends with.
        let firstIsCut = Self.mayBePiece(first) && (isPiece(first) || endsMidName(first))
        let secondIsCut = Self.mayBePiece(second) && isPiece(second)
        let between = text[first.range.upperBound..<second.range.lowerBound]
        let wrapped = !between.contains(UInt8(ascii: ",")) && between.contains(where: Self.isLineBreak)
        guard firstIsCut || secondIsCut, !first.mayBeFootnote, !second.mayBeFootnote, areNeighbours(first, second),
            wrapped || between.contains(UInt8(ascii: ","))
        else { return nil }
        let range = first.range.lowerBound..<second.range.upperBound
        // The pair recurs on every row of a catalog that prints it; its answer depends only on its bytes.
        guard !list.cache.isUnsegmentable(text[range]) else { return nil }
        var joined = Array(text[first.range]) + [UInt8(ascii: " ")] + text[second.range]
        for joint in [UInt8(ascii: " "), UInt8(ascii: "/")] {
            joined[first.range.count] = joint
            let key = list.normalizer.key(joined)
            // Only a name listed as printed is evidence: a synonym, a family pattern or a bracketed word
            // reads past extra words (`glycerin vegetable`), and would take in any unknown neighbour.
            guard let match = list.recognizer.knownMatch(key), match.kind == .exact, !match.isByPart else { continue }
            // A name the line broke is printed whole; a comma in it stays, as the label printed it.
            let printed = wrapped ? String(decoding: joined, as: UTF8.self) : list.printed(range)
            return Token(
                printed: printed, key: key, section: first.section, range: range, isBlendPart: false,
                match: match)
        }
        list.cache.rememberUnsegmentable(text[range])
        return nil
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

    /// Whether a token's name may be a piece of a cut one: found nowhere, or only guessed to be a plant
    /// named without its form (`Cananga` of `Cananga, Odorata Flower Oil`).
    private static func mayBePiece(_ token: Token) -> Bool { !token.printedName.isSure }

    /// One word (`Palmitate`, `Denat.`, `Dicaprylate/Dicaprate`): a piece of a name rather than a name.
    /// Two names of several words each (`Sodium Hydroxypropylphosphate, Decylglucoside Crosspolymer`)
    /// are two declarations as printed, even where one listed name holds both.
    private func isPiece(_ token: Token) -> Bool {
        !list.text[list.trim(token.range)].contains(where: ByteClass.isSpace)
    }

    /// Whether a name stops on a word no name ends with: a radical (`Hydroxypropyl`, `Polyglyceryl-3
    /// Sorbityl`) or a salt's cation (`Hydroxyethyl Acrylate/Sodium`).
    private func endsMidName(_ token: Token) -> Bool {
        let text = list.text
        let range = list.trim(token.range)
        var start = range.upperBound
        while start > range.lowerBound, ByteClass.isASCIILetter(text[start - 1]) { start -= 1 }
        let word = start..<range.upperBound
        guard word.count >= 4 else { return false }
        return text.startsLowercased(with: "yl", at: word.upperBound - 2)
            || list.phrases.words.cations.contains(text, word)
    }

    /// Whether two tokens are separate items of one section with nothing but a separator between
    /// them: not `Water (and) Aqua`, not a claim or a footnote, not the parts of a blend.
    private func areNeighbours(_ previous: Token, _ token: Token) -> Bool {
        guard token.section == previous.section, !token.isBlendPart, !previous.isBlendPart,
            previous.range.upperBound <= token.range.lowerBound
        else { return false }
        let between = list.text[previous.range.upperBound..<token.range.lowerBound]
        return !between.contains(where: {
            ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "(")
        })
    }

    // MARK: Aliases

    /// `Water, Aqua-Eau`, `Parfum, Fragrance`: a name printed again right after itself as a
    /// translation or common name, after a comma or a slash, is one ingredient, not two. A list that gives each
    /// name its own slot (`fragrance | parfum | aroma`, one a line) declares each as printed. Two INCI names of one substance
    /// (`Ascorbyl Tetraisopalmitate, Tetrahexyldecyl Ascorbate`), two varieties of one plant
    /// (`Camellia Sinensis (Green Tea) Leaf Extract, Camellia Sinensis (White Tea) ...`), two colours
    /// of one colour index and a name repeated word for word all stay as printed.
    func mergeAdjacentAliases(in tokens: inout [Token]) {
        var kept = 0
        for index in tokens.indices {
            if kept > 0, let ingredient = tokens[index].printedName.ingredient,
                ingredient == tokens[kept - 1].printedName.ingredient, isAlias(tokens[index], of: tokens[kept - 1])
            {
                let first = tokens[kept - 1]
                let range = first.range.lowerBound..<tokens[index].range.upperBound
                tokens[kept - 1] = Token(
                    printed: list.printed(range), key: first.key, section: first.section, range: range,
                    isBlendPart: false, match: first.match)
            } else {
                if kept != index { tokens.swapAt(kept, index) }
                kept += 1
            }
        }
        tokens.removeLast(tokens.count - kept)
    }

    /// Whether `token`, known as the same ingredient as `previous`, is its alias.
    private func isAlias(_ token: Token, of previous: Token) -> Bool {
        guard let name = token.match?.name, !TailEstimate.isColourIndex(key: name.lowercased()),
            areNeighbours(previous, token),
            list.text[previous.range.upperBound..<token.range.lowerBound].contains(where: {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "/")
            })
        else { return false }
        let variants = (KeyVariants(previous.key), KeyVariants(token.key))
        // A name that carries its own aliases (`Declustered Water (+)/Aqua/Eau`) is a declaration of its own.
        guard variants.0.slashParts.isEmpty, variants.1.slashParts.isEmpty else { return false }
        let forms = (variants.0.stripped, variants.1.stripped)
        guard forms.0 != forms.1 else { return false }
        // Two chemical names (each with a long systematic word) are two declarations, even of one substance.
        let chemical = (Self.hasSystematicWord(forms.0), Self.hasSystematicWord(forms.1))
        let recognizer = list.recognizer
        return !(recognizer.isINCIName(forms.0) && recognizer.isINCIName(forms.1)) && !(chemical.0 && chemical.1)
    }

    /// `polyacryldimethyltauramide`, `tetrahexyldecyl`: a word of twelve letters or more, which
    /// common names and translations (`shea butter`, `eau`) do not have.
    private static func hasSystematicWord(_ key: String) -> Bool {
        var run = 0
        for byte in key.utf8 {
            run = ByteClass.isASCIILetter(byte) ? run + 1 : 0
            if run >= 12 { return true }
        }
        return false
    }
}
