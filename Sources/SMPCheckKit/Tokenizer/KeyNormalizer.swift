/// Turns an ingredient as printed into the key the lexicon is indexed by.
///
/// `Sodium Laureth Sulphate*`, `SODIUM LAURETH SULFATE 25%` and `ｓｏｄｉｕｍ ｌａｕｒｅｔｈ ｓｕｌｆａｔｅ`
/// all become `sodium laureth sulfate`. Brackets are kept: the lexicon decides what to try with
/// and without them. Pure-ASCII input never touches ICU.
struct KeyNormalizer: Sendable {
    /// Word-level spelling unification (`sulphate` -> `sulfate`), lower-cased.
    let spellings: [[UInt8]: [UInt8]]
    /// Words in `spellings`, as a set of (length, first letter): most words of a name are dismissed
    /// by two bit tests, with no hashing and no copy.
    private let spellingShapes: WordShapes

    init(spellings: [[UInt8]: [UInt8]]) {
        self.spellings = spellings
        spellingShapes = WordShapes(spellings.keys)
    }

    func key(_ printed: some Collection<UInt8>) -> String {
        String(decoding: keyBytes(printed), as: UTF8.self)
    }

    func keyBytes(_ printed: some Collection<UInt8>) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(printed.count)
        appendKey(printed, to: &key)
        return key
    }

    /// Appends the key of `printed` to `out`: in place, with no intermediate array, when the name
    /// is plain and needs no respelling (loading the inventory does this 28,000 times at start-up).
    func appendKey(_ printed: some Collection<UInt8>, to out: inout [UInt8]) {
        let start = out.count
        guard Self.appendPlainKey(printed, to: &out) else {
            out += fullKey(printed)
            return
        }
        let respelled = respelled(out[start...])
        if respelled == nil, Self.isTrimmed(out[start...]) { return }
        let plain = respelled ?? Array(out[start...])
        out.removeSubrange(start...)
        out += Self.trimmed(plain)
    }

    /// Every step, for a name the fast path cannot take: marks, case folding (through ICU when not
    /// ASCII), percentages, codes, spacing and spellings. Tests hold the fast path to it.
    func fullKey(_ printed: some Collection<UInt8>) -> [UInt8] {
        var bytes = Self.dropMarkers(printed)
        if bytes.contains(where: { $0 >= 0x80 }) {
            bytes = UnicodeFolding.fold(bytes)
        } else {
            for index in bytes.indices { bytes[index] = ByteClass.lowercased(bytes[index]) }
        }
        bytes = Self.dropPercentages(bytes)
        bytes = Self.dropCodes(bytes)
        bytes = Self.tidySpacing(bytes)
        bytes = respell(bytes)
        return Self.trimmed(bytes)
    }

    /// The fast path for the common case, a plain ASCII name (`SODIUM LAURETH SULFATE`): lower-cased
    /// after `out`'s existing bytes. False when any later step could change the text, so both paths
    /// agree; `out` is then as it was.
    private static func appendPlainKey(_ printed: some Collection<UInt8>, to out: inout [UInt8]) -> Bool {
        if let plain = printed.withContiguousStorageIfAvailable({ appendPlainKey($0, to: &out) }) { return plain }
        return Array(printed).withUnsafeBufferPointer { appendPlainKey($0, to: &out) }
    }

    /// Checks the bytes first and copies them only when the name is plain: one bulk copy lower-cased in
    /// place costs far less than appending byte by byte (the inventory's 28,000 names take this path
    /// at every start).
    private static func appendPlainKey(_ printed: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        guard isPlain(printed) else { return false }
        let start = out.count
        out.append(contentsOf: printed)
        out.withUnsafeMutableBufferPointer { buffer in
            for index in start..<buffer.count { buffer[index] = ByteClass.lowercased(buffer[index]) }
        }
        return true
    }

    /// Whether no step but lower-casing and respelling would change the name. Brackets and periods
    /// pass (one name in four that a first pass meets has them) unless a later step acts on them: a
    /// space inside a bracket, a supplier code in one, a `c.i.` colour index.
    private static func isPlain(_ printed: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for index in printed.indices {
            let lower = ByteClass.lowercased(printed[index])
            switch lower {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "'"), UInt8(ascii: ","):
                // `ci77491`, `cl 77491` and `c.i.` need the colour-index repair.
                if ByteClass.isDigit(lower), previous == UInt8(ascii: "i") || previous == UInt8(ascii: "l") {
                    return false
                }
                if lower == UInt8(ascii: "-"), previous == 0x20 { return false }
            case 0x20:
                if previous == 0x20 || previous == UInt8(ascii: "/") || isOpening(previous) { return false }
            case UInt8(ascii: "/"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                if previous == 0x20 { return false }
            case UInt8(ascii: "("), UInt8(ascii: "["):
                if codeEnd(printed, open: index) != nil { return false }
            case UInt8(ascii: "."):
                if previous == UInt8(ascii: "c") || previous == UInt8(ascii: "i") { return false }
            default:
                return false
            }
            previous = lower
        }
        return previous != 0x20 || printed.isEmpty
    }

    private static func isOpening(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") }

    // MARK: Steps

    /// Removes footnote and trademark marks and zero-width characters; maps dashes, quotes and
    /// no-break spaces to ASCII; a bullet between digits is a misprinted hyphen (`C14•16`).
    static func dropMarkers(_ input: some Collection<UInt8>) -> [UInt8] {
        let source = Array(input)
        var out: [UInt8] = []
        out.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "*"), UInt8(ascii: "^"), UInt8(ascii: "~"):
                    break
                case UInt8(ascii: "+"):
                    // `+/-` tolerances and `Fragrance+` marks both go.
                    if index + 2 < source.count, source[index + 1] == UInt8(ascii: "/"),
                        source[index + 2] == UInt8(ascii: "-")
                    {
                        index += 2
                    }
                case UInt8(ascii: "\\"):
                    // `Water\Aqua\Eau`: some exports print the alias slash backwards.
                    out.append(UInt8(ascii: "/"))
                case UInt8(ascii: "|") where isLocantPipe(source, index, out):
                    // `1 | 2-hexanediol`: scrapers that turned commas into pipes also hit the locants.
                    while out.last == 0x20 { out.removeLast() }
                    out.append(UInt8(ascii: ","))
                    while index + 1 < source.count, source[index + 1] == 0x20 { index += 1 }
                default:
                    out.append(byte)
                }
                index += 1
                continue
            }
            let length = min(ByteClass.sequenceLength(byte), source.count - index)
            let sequence = Array(source[index..<(index + length)])
            index += length
            switch sequence {
            case [0xE2, 0x80, 0xA0], [0xE2, 0x80, 0xA1], [0xC2, 0xB0], [0xC2, 0xB9], [0xC2, 0xB2], [0xC2, 0xB3],
                [0xE2, 0x84, 0xA2], [0xC2, 0xAE], [0xC2, 0xA9], [0xE2, 0x84, 0xA0], [0xC2, 0xB1], [0xC2, 0xAD],
                [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0x8C], [0xE2, 0x80, 0x8D], [0xEF, 0xBB, 0xBF], [0xE2, 0x81, 0xBA]:
                continue
            case [0xE2, 0x81, 0xB4], [0xE2, 0x81, 0xB5], [0xE2, 0x81, 0xB6], [0xE2, 0x81, 0xB7], [0xE2, 0x81, 0xB8],
                [0xE2, 0x81, 0xB9]:
                continue
            case [0xE2, 0x80, 0x90], [0xE2, 0x80, 0x91], [0xE2, 0x80, 0x92], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94],
                [0xE2, 0x80, 0x95], [0xE2, 0x88, 0x92]:
                out.append(UInt8(ascii: "-"))
            case [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0xCA, 0xBC], [0xC2, 0xB4]:
                out.append(UInt8(ascii: "'"))
            case [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]:
                out.append(UInt8(ascii: "\""))
            case [0xC2, 0xA0], [0xE2, 0x80, 0xAF], [0xE2, 0x80, 0x89], [0xE2, 0x80, 0x8A]:
                out.append(UInt8(ascii: " "))
            case [0xE2, 0x80, 0xA2], [0xC2, 0xB7]:
                let betweenDigits =
                    out.last.map(ByteClass.isDigit) == true
                    && index < source.count && ByteClass.isDigit(source[index])
                out.append(betweenDigits ? UInt8(ascii: "-") : UInt8(ascii: " "))
            default:
                out.append(contentsOf: sequence)
            }
        }
        return out
    }

    /// A pipe between digits (spaces aside): `1 | 2-hexanediol` was `1,2-hexanediol`.
    private static func isLocantPipe(_ source: [UInt8], _ index: Int, _ out: [UInt8]) -> Bool {
        guard let before = out.last(where: { $0 != 0x20 }), ByteClass.isDigit(before) else { return false }
        var after = index + 1
        while after < source.count, source[after] == 0x20 { after += 1 }
        return after < source.count && ByteClass.isDigit(source[after])
    }

    /// Removes concentrations (`2%`, `(0.5 %)`, `< 1%`): a label's percentages are not part of a name.
    static func dropPercentages(_ input: [UInt8]) -> [UInt8] {
        guard input.contains(UInt8(ascii: "%")) else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        for byte in input {
            guard byte == UInt8(ascii: "%") else {
                out.append(byte)
                continue
            }
            var cut = out.count
            while cut > 0,
                ByteClass.isDigit(out[cut - 1]) || out[cut - 1] == UInt8(ascii: ".")
                    || out[cut - 1] == UInt8(ascii: ",") || out[cut - 1] == UInt8(ascii: " ")
                    || out[cut - 1] == UInt8(ascii: "<") || out[cut - 1] == UInt8(ascii: ">")
                    || out[cut - 1] == UInt8(ascii: "=") || out[cut - 1] == UInt8(ascii: "/")
                    || out[cut - 1] == UInt8(ascii: "-")
            {
                cut -= 1
            }
            out.removeSubrange(cut...)
            out.append(UInt8(ascii: " "))
        }
        return removeEmptyBrackets(out)
    }

    /// Removes supplier codes and lot markers that some brands print inside a name:
    /// `(F.I.L. C183943/1)`, `(Code F.I.L. D240552/1)`, `[nano]` stays meaningful only as a note.
    static func dropCodes(_ input: [UInt8]) -> [UInt8] {
        guard input.contains(where: isOpening) else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        input.withUnsafeBufferPointer { input in
            var index = 0
            while index < input.count {
                let byte = input[index]
                if isOpening(byte), let close = codeEnd(input, open: index) {
                    index = close + 1
                    continue
                }
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// Codes are short, so only the next few bytes are searched for the closing bracket: a long
    /// or deeply nested bracket is never scanned to its end (that would make nesting quadratic).
    private static let maximumCodeLength = 80

    /// The index of the bracket closing a code group opened at `open`, or nil when the group is not
    /// a code. Either case of letters: the plain-name check asks before lower-casing.
    private static func codeEnd(_ input: UnsafeBufferPointer<UInt8>, open: Int) -> Int? {
        let limit = min(input.count, open + 1 + maximumCodeLength)
        guard
            let close = input[(open + 1)..<limit].firstIndex(where: {
                $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "]")
            })
        else { return nil }
        var content = input[(open + 1)..<close]
        while content.first == 0x20 { content.removeFirst() }
        while content.last == 0x20 { content.removeLast() }
        func starts(with prefix: StaticString) -> Bool {
            let prefix = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            return content.count >= prefix.count && zip(content, prefix).allSatisfy { ByteClass.lowercased($0) == $1 }
        }
        let isCode =
            content.isEmpty || (content.count == 4 && starts(with: "nano")) || starts(with: "f.i.l")
            || starts(with: "code")
            || starts(with: "fil ") || starts(with: "lot ")
        return isCode ? close : nil
    }

    static func removeEmptyBrackets(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        for byte in input {
            if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                var probe = out.count
                while probe > 0, out[probe - 1] == UInt8(ascii: " ") { probe -= 1 }
                if probe > 0, out[probe - 1] == UInt8(ascii: "(") || out[probe - 1] == UInt8(ascii: "[") {
                    out.removeSubrange((probe - 1)...)
                    continue
                }
            }
            out.append(byte)
        }
        return out
    }

    /// One space between words, none inside brackets or around `/`; `Polyquaternium -10` -> `polyquaternium-10`;
    /// colour-index forms `c.i. 77891`, `ci77891` -> `ci 77891`.
    static func tidySpacing(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var pendingSpace = false
        for (index, raw) in input.enumerated() {
            let byte = ByteClass.isSpace(raw) ? UInt8(ascii: " ") : raw
            if byte == UInt8(ascii: " ") {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                let previous = out.last ?? 0
                let next = index + 1 < input.count ? input[index + 1] : 0
                let glue =
                    byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "/")
                    || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "/")
                    || (byte == UInt8(ascii: "-") && ByteClass.isDigit(next) && ByteClass.isASCIILetter(previous))
                if !glue { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
            }
            out.append(byte)
        }
        return fixColourIndex(out)
    }

    private static func fixColourIndex(_ input: [UInt8]) -> [UInt8] {
        guard input.count >= 3 else { return input }
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 2)
        var index = 0
        while index < input.count {
            let atWordStart = index == 0 || !ByteClass.isWordByte(input[index - 1])
            // Byte by byte: a literal's `Array` here was built at every word of every name.
            if atWordStart, index + 3 < input.count, input[index] == UInt8(ascii: "c"),
                input[index + 1] == UInt8(ascii: "."),
                input[index + 2] == UInt8(ascii: "i"), input[index + 3] == UInt8(ascii: ".")
            {
                out += [UInt8(ascii: "c"), UInt8(ascii: "i")]
                index += 4
                if index < input.count, ByteClass.isDigit(input[index]) { out.append(UInt8(ascii: " ")) }
                continue
            }
            if atWordStart, index + 2 < input.count, input[index] == UInt8(ascii: "c"),
                input[index + 1] == UInt8(ascii: "i") || input[index + 1] == UInt8(ascii: "l"),
                ByteClass.isDigit(input[index + 2])
            {
                out += [UInt8(ascii: "c"), UInt8(ascii: "i"), UInt8(ascii: " ")]
                index += 2
                continue
            }
            out.append(input[index])
            index += 1
        }
        return out
    }

    /// Applies the word-level spelling table (`sulphate` -> `sulfate`, `cl 77491` -> `ci 77491`).
    /// Returns the input itself when no word is in the table, the common case.
    func respell(_ input: [UInt8]) -> [UInt8] {
        respelled(input[...]) ?? input
    }

    /// The bytes with every word of the spelling table replaced; nil when no word is in it.
    private func respelled(_ input: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8]?
        var copied = input.startIndex
        var index = input.startIndex
        while index < input.endIndex {
            guard ByteClass.isASCIILetter(input[index]) else {
                index += 1
                continue
            }
            let end = ByteClass.endOfLetters(in: input, from: index, limit: input.endIndex)
            if spellingShapes.mayContain(length: end - index, first: input[index], last: input[end - 1]),
                let replacement = spellings[Array(input[index..<end])]
            {
                if out == nil {
                    out = []
                    out!.reserveCapacity(input.count + 8)
                }
                out!.append(contentsOf: input[copied..<index])
                out!.append(contentsOf: replacement)
                copied = end
            }
            index = end
        }
        guard var result = out else { return nil }
        result.append(contentsOf: input[copied...])
        return result
    }

    /// Whether `trimmed` would leave `bytes` as they are.
    static func isTrimmed(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        return !isTrimJunk(first) && !isTrimJunk(last)
    }

    /// Punctuation and spaces that never start or end a key.
    private static func isTrimJunk(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "-"),
            UInt8(ascii: "_"), UInt8(ascii: "|"), UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            true
        default:
            false
        }
    }

    static func trimmed(_ input: [UInt8]) -> [UInt8] {
        var start = 0
        var end = input.count
        while start < end, isTrimJunk(input[start]) { start += 1 }
        while end > start, isTrimJunk(input[end - 1]) { end -= 1 }
        if start == 0, end == input.count { return input }
        return Array(input[start..<end])
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

/// Which (length, first byte) and (length, last byte) pairs a set of lower-case words has: a cheap,
/// exact-negative filter in front of a dictionary lookup.
struct WordShapes: Sendable {
    /// Bit `byte & 63` of `firsts[length]` / `lasts[length]`, for lengths below 64.
    private var firsts: [UInt64] = Array(repeating: 0, count: 64)
    private var lasts: [UInt64] = Array(repeating: 0, count: 64)

    init(_ words: some Sequence<[UInt8]>) {
        for word in words where !word.isEmpty && word.count < 64 {
            firsts[word.count] |= 1 << UInt64(word[0] & 63)
            lasts[word.count] |= 1 << UInt64(word[word.count - 1] & 63)
        }
    }

    func mayContain(length: Int, first: UInt8, last: UInt8) -> Bool {
        length < 64 && firsts[length] & (1 << UInt64(first & 63)) != 0 && lasts[length] & (1 << UInt64(last & 63)) != 0
    }
}
