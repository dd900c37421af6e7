/// What was repaired in a label before it was read: text copied from a PDF, a terminal, an old database
/// or a scraper carries stray control characters, escape sequences and broken UTF-8, and the names
/// around them must still be read. A report says what was repaired.
public struct TextRepairs: Sendable, Equatable, Codable {
    /// Control characters and escape sequences (`ESC[31m`, `ESC]0;title BEL`) removed; a form feed or
    /// vertical tab became a line break.
    public var controlCharacters = 0
    /// Bytes that were not UTF-8, replaced: dropped inside a word, a space elsewhere, so neither a name
    /// is cut in two nor two names glued.
    public var brokenBytes = 0

    public init(controlCharacters: Int = 0, brokenBytes: Int = 0) {
        self.controlCharacters = controlCharacters
        self.brokenBytes = brokenBytes
    }

    public var isEmpty: Bool { controlCharacters == 0 && brokenBytes == 0 }

    /// Bytes repaired into valid UTF-8 with no control characters but tab and line breaks, and what was done.
    static func repairing(_ bytes: [UInt8]) -> (bytes: [UInt8], repairs: TextRepairs) {
        bytes.withUnsafeBufferPointer { input in
            var repairs = TextRepairs()
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                let byte = input[index]
                if byte == 0x1B {
                    index = endOfEscape(input, at: index)
                    repairs.controlCharacters += 1
                } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F {
                    // A form feed or vertical tab parts lines; any other control character is noise.
                    if byte == 0x0C || byte == 0x0B { output.append(0x0A) }
                    repairs.controlCharacters += 1
                    index += 1
                } else if byte < 0x80 {
                    output.append(byte)
                    index += 1
                } else if let length = UTF8Validator.sequenceLength(input, at: index) {
                    output.append(contentsOf: input[index..<index + length])
                    index += length
                } else {
                    var end = index + 1
                    while end < input.count, input[end] >= 0x80, UTF8Validator.sequenceLength(input, at: end) == nil {
                        end += 1
                    }
                    repairs.brokenBytes += end - index
                    let inWord =
                        output.last.map(ByteClass.isASCIILetter) == true
                        && end < input.count && ByteClass.isASCIILetter(input[end])
                    if !inWord, output.last.map(ByteClass.isSpace) == false { output.append(0x20) }
                    index = end
                }
            }
            return (output, repairs)
        }
    }

    /// Where an escape sequence starting at `index` ends: a CSI (`ESC [` parameters, then a final byte), an
    /// OSC (`ESC ]` text, ended by BEL or `ESC \`), or a two-byte escape. Bounded, so a lone ESC never
    /// swallows the text after it.
    private static func endOfEscape(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 1 < input.count else { return index + 1 }
        switch input[index + 1] {
        case UInt8(ascii: "["):
            var end = index + 2
            while end < min(input.count, index + 64), (0x20...0x3F).contains(input[end]) { end += 1 }
            return end < input.count && (0x40...0x7E).contains(input[end]) ? end + 1 : index + 1
        case UInt8(ascii: "]"):
            var end = index + 2
            while end < min(input.count, index + 512) {
                if input[end] == 0x07 { return end + 1 }
                if input[end] == 0x1B, end + 1 < input.count, input[end + 1] == UInt8(ascii: "\\") { return end + 2 }
                end += 1
            }
            return index + 1
        case 0x40...0x5F: return index + 2
        default: return index + 1
        }
    }
}
