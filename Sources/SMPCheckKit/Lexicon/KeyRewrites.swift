/// The other keys a name found nowhere as printed is looked up by, stage after stage, until one is
/// known: how labels print listed names with more around them or with a slip in them.
///
/// 1. Without the words of grade or origin before it (`organic extra virgin olive oil`: `qualifier`s
///    of label-phrases.tsv).
/// 2. Without the words of grade, origin or purpose after it and without an amount (`salicylic acid ip
///    2% w/w`, `sesame oil 19.2 ml`, `avobenzone 3% sunscreen`: `suffix`es and `unit`s).
/// 3. Without the hyphens where the pack's line broke (`san- talum album (sandalwood) oil`,
///    `to-copheryl acetate`).
/// 4. With a dash printed apart closed up (`biosaccharide gum - 1`), else each side of it: a name
///    with an alias or a label on the other side (`lanolin alcohol - eucerit`).
/// 5. After a label and a colon (`refresh: water`).
/// 6. With a hyphen, not a space, before the number of a name's word (`polyquaternium 4`, `peg 8 stearate`,
///    `benzophenone 3`).
///
/// The lexicon looks each key up in full, these rewrites included, and reports what it finds as a
/// synonym: the listed name is not the printed one.
struct KeyRewrites: Sendable {
    /// Keys, longest first (`extra virgin` before `virgin`).
    private let qualifiers: [[UInt8]]
    private let suffixes: [[UInt8]]
    private let units: Set<[UInt8]>

    init(_ phrases: LabelPhrases, normalizer: KeyNormalizer) {
        func keys(_ kind: LabelPhrases.Kind) -> [[UInt8]] {
            phrases.phrases(of: kind).map { Array(normalizer.key($0.utf8).utf8) }.sorted { $0.count > $1.count }
        }
        qualifiers = keys(.qualifier)
        suffixes = keys(.suffix)
        units = Set(keys(.unit))
    }

    /// The first answer `lookup` gives for a rewrite of `key`. A stage's rewrites are worked out only
    /// when those before it found nothing: every run of words that segmenting tries and finds nowhere
    /// comes here, and most have none of the bytes a stage acts on.
    func firstMatch<Match>(for key: String, _ lookup: (String) -> Match?) -> Match? {
        var key = key
        return key.withUTF8 { key in
            func first(_ keys: [[UInt8]]) -> Match? {
                for key in keys { if let match = lookup(String(decoding: key, as: UTF8.self)) { return match } }
                return nil
            }
            return first(withoutQualifiers(key)) ?? first(withoutTrailers(key)) ?? first(withoutLineBreaks(key))
                ?? first(dashForms(key)) ?? first(afterLabel(key))
                ?? first(Self.hyphenedNumbers(key).map { [$0] } ?? [])
        }
    }

    // MARK: Stages

    /// All qualifiers shed in one loop: the lookup of the rest then finds none, however many were printed.
    private func withoutQualifiers(_ key: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        // A space where a qualifier would end turns away nearly every key before a byte is compared.
        var start = 0
        while let qualifier = qualifiers.first(where: {
            key.count - start > $0.count + 1 && key[start + $0.count] == 0x20
                && key[start..<(start + $0.count)].elementsEqual($0)
        }) {
            start += qualifier.count + 1
        }
        return start == 0 ? [] : [Array(key[start...])]
    }

    /// Suffixes and amounts shed in one loop from the end, as qualifiers are from the start
    /// (`stearic acid 10 mg usp`). The key has lost its percentages already (`KeyNormalizer.dropPercentages`).
    private func withoutTrailers(_ key: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        var end = key.count
        while let start = trailerStart(in: key, before: end) { end = start &- 1 }
        return end == key.count ? [] : [Array(key[..<end])]
    }

    /// Where a suffix or an amount that ends at `end` starts; nil unless a space and some name come before it.
    private func trailerStart(in key: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        // The byte before a suffix must be a space: one comparison turns away nearly every key.
        let suffix = suffixes.first {
            end > $0.count &+ 1 && key[end &- $0.count &- 1] == 0x20 && key[(end &- $0.count)..<end].elementsEqual($0)
        }
        let start = suffix.map { end &- $0.count } ?? amountStart(in: key, before: end)
        return start.flatMap { $0 > 1 && key[$0 &- 1] == 0x20 ? $0 : nil }
    }

    /// `4.8g`, `19.2 ml`, `10k ppm`, `1000 iu`: a number (digits and periods, perhaps with a `k`) and a
    /// unit, together or a space apart, ending at `end`.
    private func amountStart(in key: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var unit = end
        while unit > 0, ByteClass.isASCIILetter(key[unit &- 1]) { unit &-= 1 }
        guard unit < end else { return nil }
        var number = unit > 0 && key[unit &- 1] == 0x20 ? unit &- 1 : unit
        if number > 0, key[number &- 1] == UInt8(ascii: "k") { number &-= 1 }
        let digitsEnd = number
        while number > 0, ByteClass.isDigit(key[number &- 1]) || key[number &- 1] == UInt8(ascii: ".") { number &-= 1 }
        // The number first: nearly every name ends in a word with none before it, and is turned away here.
        guard number < digitsEnd, key[number..<digitsEnd].contains(where: ByteClass.isDigit),
            units.contains(Array(key[unit..<end]))
        else { return nil }
        return number
    }

    /// First without the hyphens a space follows (the surest sign of a break), then without every
    /// hyphen between two letters, since names keep some (`bis-diglyceryl`).
    private func withoutLineBreaks(_ key: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        guard Self.contains(UInt8(ascii: "-"), key) else { return [] }
        var lineBreaks: [UInt8] = []
        var allHyphens: [UInt8] = []
        var index = 0
        while index < key.count {
            let byte = key[index]
            if byte == UInt8(ascii: "-"), index > 0, ByteClass.isASCIILetter(key[index - 1]) {
                if index + 2 < key.count, key[index + 1] == 0x20, ByteClass.isASCIILetter(key[index + 2]) {
                    index += 2
                    continue
                }
                if index + 1 < key.count, ByteClass.isASCIILetter(key[index + 1]) {
                    lineBreaks.append(byte)
                    index += 1
                    continue
                }
            }
            lineBreaks.append(byte)
            allHyphens.append(byte)
            index += 1
        }
        // Both are the same when every hyphen had a space after it: looked up once.
        let forms = [lineBreaks, allHyphens].filter { $0.count < key.count }
        return forms.count == 2 && forms[0] == forms[1] ? [forms[0]] : forms
    }

    /// Every dash between spaces closed up where alphanumerics stand on both sides of it, then each side.
    private func dashForms(_ key: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        guard Self.contains(UInt8(ascii: "-"), key) else { return [] }
        var sides: [ArraySlice<UInt8>] = []
        var start = 0
        // A dash whose leading space closed the previous one (`a - - b`) is not a separator of its own.
        for index in 1..<max(1, key.count - 1)
        where key[index] == UInt8(ascii: "-") && key[index - 1] == 0x20 && key[index + 1] == 0x20 && index - 1 >= start
        {
            sides.append(ArraySlice(key[start..<(index - 1)]))
            start = index + 2
        }
        guard !sides.isEmpty else { return [] }
        sides.append(ArraySlice(key[start...]))
        func isAlphanumeric(_ byte: UInt8?) -> Bool {
            byte.map { ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) } ?? false
        }
        var closed = Array(sides[0])
        for side in sides.dropFirst() {
            closed +=
                isAlphanumeric(closed.last) && isAlphanumeric(side.first)
                ? [UInt8(ascii: "-")] : [0x20, UInt8(ascii: "-"), 0x20]
            closed += side
        }
        return (closed.elementsEqual(key) ? [] : [closed]) + sides.map(Array.init)
    }

    /// The name after the last colon: a kit component's or a product's label before it (the tokenizer
    /// makes a short label a section of its own).
    private func afterLabel(_ key: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        guard Self.contains(UInt8(ascii: ":"), key), let colon = key.lastIndex(of: UInt8(ascii: ":")),
            colon > 0, colon + 2 < key.count, key[colon + 1] == 0x20
        else { return [] }
        return [Array(key[(colon + 2)...])]
    }

    /// Every space between a letter and a number made a hyphen. (`Polysorbate 20`, whose INCI name has the
    /// space, is found as printed and never comes here.)
    static func hyphenedNumbers(_ key: some RandomAccessCollection<UInt8>) -> [UInt8]? {
        func isNumberSpace(_ index: Int) -> Bool {
            key[key.index(key.startIndex, offsetBy: index)] == 0x20
                && ByteClass.isASCIILetter(key[key.index(key.startIndex, offsetBy: index - 1)])
                && ByteClass.isDigit(key[key.index(key.startIndex, offsetBy: index + 1)])
        }
        // Most keys have none: they are looked through, not copied.
        guard key.count > 2, let first = (1..<(key.count - 1)).first(where: isNumberSpace) else { return nil }
        var form = Array(key)
        for index in first..<(form.count - 1) where isNumberSpace(index) { form[index] = UInt8(ascii: "-") }
        return form
    }

    /// One `memchr`, no copy.
    private static func contains(_ byte: UInt8, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.firstIndex(of: byte, in: key, 0..<key.count) != nil
    }
}
