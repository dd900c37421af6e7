/// The values a JSON Lines scan wants from one line, read straight off its bytes: the line is
/// checked to be one well-formed JSON object (RFC 8259, valid UTF-8), and only the values at the
/// wanted paths are decoded.
///
/// `JSONSerialization` first builds a dictionary of bridged objects for the whole line, which cost a
/// scan some 39,000 instructions a record, five times what reading a CSV record costs. This reader
/// takes on the lines catalogs are made of; for any other it returns nil and the caller decodes the
/// line the general way, so a line reads the same either way. Nil for: malformed JSON (including
/// what `JSONSerialization` tolerates, such as a trailing comma), a wanted value that is neither a
/// string, an integer of up to 18 digits nor null, a key written with escapes, a key on a wanted
/// path given twice, and nesting deeper than `maximumDepth`.
struct JSONLineFields {
    /// The text at each wanted path, in the order given; nil where the line has no value or null.
    let values: [String?]

    /// Levels of nested arrays and objects read before handing the line back.
    static let maximumDepth = 64

    /// `paths` are key paths from the line's object, each key as UTF-8 bytes.
    init?(_ line: [UInt8], paths: [[[UInt8]]]) {
        let values: [String?]? = line.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes, paths: paths)
            return reader.readLine() ? reader.values : nil
        }
        guard let values else { return nil }
        self.values = values
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let paths: [[[UInt8]]]
        var values: [String?]
        /// Whether the line gave a value (null included) for each path: a second one is a duplicate key.
        var seen: [Bool]
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>, paths: [[[UInt8]]]) {
            self.bytes = bytes
            self.paths = paths
            values = Array(repeating: nil, count: paths.count)
            seen = Array(repeating: false, count: paths.count)
        }

        mutating func readLine() -> Bool {
            skipSpace()
            guard peek == UInt8(ascii: "{"), readObject(candidates: Array(paths.indices), depth: 0) else {
                return false
            }
            skipSpace()
            return index == bytes.count
        }

        private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        private mutating func expect(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        // MARK: Values

        /// An object whose keys are compared with the `candidates` paths at `depth`: a key that ends
        /// one of them is a wanted value, a key that continues one leads into a nested object.
        private mutating func readObject(candidates: [Int], depth: Int) -> Bool {
            guard depth < JSONLineFields.maximumDepth, expect(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if expect(UInt8(ascii: "}")) { return true }
            var matchedKeys: [Range<Int>] = []
            while true {
                guard let key = readKey() else { return false }
                skipSpace()
                guard expect(UInt8(ascii: ":")) else { return false }
                skipSpace()
                let matching = candidates.filter { paths[$0].count > depth && Self.equal(paths[$0][depth], bytes[key]) }
                if !matching.isEmpty {
                    // A key given twice: `JSONSerialization` keeps one of them, this reader would mix them.
                    guard !matchedKeys.contains(where: { Self.equal(bytes[$0], bytes[key]) }) else { return false }
                    matchedKeys.append(key)
                }
                if let wanted = matching.first(where: { paths[$0].count == depth + 1 }) {
                    guard readWanted(path: wanted) else { return false }
                } else if !matching.isEmpty, peek == UInt8(ascii: "{") {
                    guard readObject(candidates: matching, depth: depth + 1) else { return false }
                } else {
                    guard skipValue(depth: depth + 1) else { return false }
                }
                skipSpace()
                if expect(UInt8(ascii: "}")) { return true }
                guard expect(UInt8(ascii: ",")) else { return false }
                skipSpace()
            }
        }

        /// The value of a wanted path: a string, an integer (as printed) or null.
        private mutating func readWanted(path: Int) -> Bool {
            guard !seen[path] else { return false }
            seen[path] = true
            switch peek {
            case UInt8(ascii: "\""):
                guard let text = readString() else { return false }
                values[path] = text
            case UInt8(ascii: "n"):
                return readLiteral("null")
            default:
                let start = index
                guard readNumber() else { return false }
                let number = bytes[start..<index]
                // What `JSONSerialization` gives back unchanged: no fraction or exponent, no "-0", and
                // few enough digits to be an `Int`.
                guard number.allSatisfy({ ByteClass.isDigit($0) || $0 == UInt8(ascii: "-") }), number.count <= 18,
                    !number.elementsEqual("-0".utf8)
                else { return false }
                values[path] = String(decoding: number, as: UTF8.self)
            }
            return true
        }

        private static func equal(_ key: some Collection<UInt8>, _ other: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
            key.count == other.count && key.elementsEqual(other)
        }

        private mutating func skipValue(depth: Int) -> Bool {
            switch peek {
            case UInt8(ascii: "{"): return readObject(candidates: [], depth: depth)
            case UInt8(ascii: "["): return skipArray(depth: depth)
            case UInt8(ascii: "\""): return skipString()
            case UInt8(ascii: "t"): return readLiteral("true")
            case UInt8(ascii: "f"): return readLiteral("false")
            case UInt8(ascii: "n"): return readLiteral("null")
            default: return readNumber()
            }
        }

        private mutating func skipArray(depth: Int) -> Bool {
            guard depth < JSONLineFields.maximumDepth, expect(UInt8(ascii: "[")) else { return false }
            skipSpace()
            if expect(UInt8(ascii: "]")) { return true }
            while true {
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if expect(UInt8(ascii: "]")) { return true }
                guard expect(UInt8(ascii: ",")) else { return false }
                skipSpace()
            }
        }

        private mutating func readLiteral(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard bytes.count - index >= count,
                bytes[index..<(index + count)].elementsEqual(
                    UnsafeBufferPointer(start: literal.utf8Start, count: count))
            else { return false }
            index += count
            return true
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        private mutating func readNumber() -> Bool {
            _ = expect(UInt8(ascii: "-"))
            if !expect(UInt8(ascii: "0")) {
                guard let first = peek, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9") else { return false }
                skipDigits()
            }
            if expect(UInt8(ascii: ".")) {
                guard skipDigits() else { return false }
            }
            if expect(UInt8(ascii: "e")) || expect(UInt8(ascii: "E")) {
                if !expect(UInt8(ascii: "+")) { _ = expect(UInt8(ascii: "-")) }
                guard skipDigits() else { return false }
            }
            return true
        }

        /// Whether there was at least one digit.
        @discardableResult
        private mutating func skipDigits() -> Bool {
            let start = index
            while let byte = peek, ByteClass.isDigit(byte) { index += 1 }
            return index > start
        }

        // MARK: Strings

        /// A key's bytes, between its quotes; nil for a malformed key or one written with escapes,
        /// which would have to be decoded before it could be compared.
        private mutating func readKey() -> Range<Int>? {
            guard peek == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            guard skipString(), !bytes[start..<(index - 1)].contains(UInt8(ascii: "\\")) else { return nil }
            return start..<(index - 1)
        }

        private mutating func skipString() -> Bool {
            scanString { _ in }
        }

        /// The string's text, escapes decoded.
        private mutating func readString() -> String? {
            var decoded: [UInt8] = []
            guard scanString({ decoded.append(contentsOf: $0) }) else { return nil }
            return String(decoding: decoded, as: UTF8.self)
        }

        /// Reads a string literal from its opening quote, checking it as it goes: no raw control
        /// character, valid escapes (surrogates in pairs), valid UTF-8. `emit` gets the text in pieces,
        /// runs of plain bytes as they lie and each escape decoded.
        private mutating func scanString(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
            guard expect(UInt8(ascii: "\"")) else { return false }
            var runStart = index
            while index < bytes.count {
                // Eight plain bytes (no quote, backslash, control or non-ASCII byte) at a time.
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if ByteWord.bytes(below: 0x20, in: word) | ByteWord.bytes(equalTo: UInt8(ascii: "\""), in: word)
                        | ByteWord.bytes(equalTo: UInt8(ascii: "\\"), in: word) == 0, !ByteWord.hasNonASCII(word)
                    {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    emit(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += 1
                    return true
                case UInt8(ascii: "\\"):
                    emit(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    guard readEscape(emit) else { return false }
                    runStart = index
                case ..<0x20:
                    return false
                case ..<0x80:
                    index += 1
                default:
                    guard let length = UTF8Validator.sequenceLength(bytes, at: index) else { return false }
                    index += length
                }
            }
            return false
        }

        private mutating func readEscape(_ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
            index += 1
            guard let byte = peek else { return false }
            index += 1
            let simple: UInt8? =
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "f"): 0x0C
                case UInt8(ascii: "n"): 0x0A
                case UInt8(ascii: "r"): 0x0D
                case UInt8(ascii: "t"): 0x09
                default: nil
                }
            if var simple {
                withUnsafePointer(to: &simple) { emit(UnsafeBufferPointer(start: $0, count: 1)) }
                return true
            }
            guard byte == UInt8(ascii: "u"), var scalar = readHex4() else { return false }
            if (0xD800..<0xDC00).contains(scalar) {
                guard readLiteral("\\u"), let low = readHex4(), (0xDC00..<0xE000).contains(low) else { return false }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                return false
            }
            // Surrogates were ruled out above, so the value is a scalar.
            Array(Unicode.Scalar(scalar)!.utf8).withUnsafeBufferPointer(emit)
            return true
        }

        private mutating func readHex4() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}
