/// Which brackets of a panel pair up, found in one pass with a stack.
///
/// Unpaired brackets are ignored by the splitter, so `Ci 77891 (Titanium Dioxide, Cl 77492 (Iron Oxides).`
/// does not swallow the rest of the list. A bracket that opens a shade block (`[+/- May contain ...]`)
/// is transparent: its content is split like the list around it.
struct BracketMap: Sendable {
    /// Brackets that pair up, and those that open or close a shade block.
    private(set) var paired: Positions
    private(set) var transparent: Positions

    /// A set of text positions inside one panel, as bits: the splitter asks about every bracket it
    /// meets, and a bit test beats hashing.
    struct Positions: Sendable {
        private let start: Int
        private var bits: [UInt64]

        init(_ range: Range<Int>) {
            start = range.lowerBound
            bits = Array(repeating: 0, count: (range.count + 63) / 64)
        }

        mutating func insert(_ position: Int) {
            let offset = position - start
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }

        func contains(_ position: Int) -> Bool {
            let offset = position - start
            guard offset >= 0, offset >> 6 < bits.count else { return false }
            return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }
    }

    init(_ text: [UInt8], _ range: Range<Int>, shadeBlockStarts: Set<Int>) {
        var paired = Positions(range)
        var transparent = Positions(range)
        var stack: [Int] = []
        text.withUnsafeBufferPointer { buffer in
            // Names run for dozens of bytes between brackets: they are crossed eight bytes a step.
            var index = Self.nextBracket(in: buffer, from: range.lowerBound, limit: range.upperBound)
            while index < range.upperBound {
                switch buffer[index] {
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    stack.append(index)
                default: // a closing bracket: the walk stops at nothing else
                    if let open = stack.popLast(), Self.closes(buffer[open], buffer[index]) {
                        paired.insert(open)
                        paired.insert(index)
                        if !shadeBlockStarts.isEmpty,
                            shadeBlockStarts.contains(Self.contentStart(text, open + 1, range.upperBound))
                        {
                            transparent.insert(open)
                            transparent.insert(index)
                        }
                    } else {
                        stack.removeAll()
                    }
                }
                index = Self.nextBracket(in: buffer, from: index + 1, limit: range.upperBound)
            }
        }
        self.paired = paired
        self.transparent = transparent
    }

    /// The first bracket at or after `start`, or `limit`.
    private static func nextBracket(in text: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        ByteWord.endOfRun(in: text, from: start, limit: limit) { ~ByteWord.asciiBrackets(in: $0) }
    }

    private static func closes(_ open: UInt8, _ close: UInt8) -> Bool {
        (open, close) == (UInt8(ascii: "("), UInt8(ascii: ")"))
            || (open, close) == (UInt8(ascii: "["), UInt8(ascii: "]"))
            || (open, close) == (UInt8(ascii: "{"), UInt8(ascii: "}"))
    }

    private static func contentStart(_ text: [UInt8], _ start: Int, _ limit: Int) -> Int {
        var index = start
        while index < limit, text[index] == 0x20 { index += 1 }
        return index
    }
}
