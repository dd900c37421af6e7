/// Which brackets of a panel pair up, found in one pass with a stack.
///
/// Unpaired brackets are ignored by the splitter, so `Ci 77891 (Titanium Dioxide, Cl 77492 (Iron Oxides).`
/// does not swallow the rest of the list. A bracket that opens a shade block (`[+/- May contain ...]`)
/// is transparent: its content is split like the list around it.
struct BracketMap: Sendable {
    private(set) var paired: Set<Int> = []
    private(set) var transparent: Set<Int> = []

    init(_ text: [UInt8], _ range: Range<Int>, shadeBlockStarts: Set<Int>) {
        var stack: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            switch text[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                stack.append(index)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let open = stack.popLast(), Self.closes(text[open], text[index]) {
                    paired.insert(open)
                    paired.insert(index)
                    if shadeBlockStarts.contains(Self.contentStart(text, open + 1, range.upperBound)) {
                        transparent.insert(open)
                        transparent.insert(index)
                    }
                } else {
                    stack.removeAll()
                }
            default:
                break
            }
            index += 1
        }
    }

    private static func closes(_ open: UInt8, _ close: UInt8) -> Bool {
        (open, close) == (UInt8(ascii: "("), UInt8(ascii: ")")) || (open, close) == (UInt8(ascii: "["), UInt8(ascii: "]"))
            || (open, close) == (UInt8(ascii: "{"), UInt8(ascii: "}"))
    }

    private static func contentStart(_ text: [UInt8], _ start: Int, _ limit: Int) -> Int {
        var index = start
        while index < limit, text[index] == 0x20 { index += 1 }
        return index
    }
}
