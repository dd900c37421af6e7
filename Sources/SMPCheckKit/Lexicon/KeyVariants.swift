/// The forms of one key worth looking up: as printed, without bracket characters, without the
/// bracketed words, and its slash-separated or bracketed parts.
///
/// `cocos nucifera (coconut) oil` -> debracketed `cocos nucifera coconut oil`, stripped
/// `cocos nucifera oil`, contents `coconut`; `aqua/water/eau` -> parts `aqua`, `water`, `eau`.
struct KeyVariants: Sendable {
    var full: String
    var debracketed: String
    var stripped: String
    var slashParts: [String]
    var bracketContents: [String]

    init(_ key: String) {
        full = key
        let bytes = Array(key.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "/") }) else {
            debracketed = key
            stripped = key
            slashParts = []
            bracketContents = []
            return
        }
        var plain: [UInt8] = []
        var outside: [UInt8] = []
        var contents: [[UInt8]] = []
        var depth = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                depth += 1
                if depth == 1 { contents.append([]) }
                plain.append(0x20)
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                plain.append(0x20)
            default:
                plain.append(byte)
                if depth == 0 { outside.append(byte) } else { contents[contents.count - 1].append(byte) }
            }
        }
        debracketed = Self.collapsed(plain)
        stripped = Self.collapsed(outside)
        slashParts = Self.parts(of: stripped)
        bracketContents = contents.flatMap { $0.split(separator: UInt8(ascii: ",")) }
            .map { Self.collapsed(Array($0)) }.filter { $0.utf8.count >= 3 }
    }

    /// The key without its bracket characters (`cocos nucifera (coconut) oil` -> `cocos nucifera
    /// coconut oil`), the second form names are indexed by; nil when that is the key itself.
    static func debracketedForm(of key: String) -> String? {
        guard key.utf8.contains(where: isBracket) else { return nil }
        let debracketed = KeyVariants(key).debracketed
        return debracketed == key ? nil : debracketed
    }

    static func isBracket(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") }

    /// The forms a name is indexed under, curated or inventory alike: as printed and, when it has
    /// brackets, without the bracket characters.
    static func indexForms(of key: String) -> [String] {
        guard let debracketed = debracketedForm(of: key), !debracketed.isEmpty else { return [key] }
        return [key, debracketed]
    }

    /// Slash parts worth a lookup: at least two, each with three or more letters or a colour index
    /// (`ci 77491/iron oxides`).
    private static func parts(of key: String) -> [String] {
        guard key.utf8.contains(UInt8(ascii: "/")) else { return [] }
        let parts = Array(key.utf8).split(separator: UInt8(ascii: "/")).map { Self.collapsed(Array($0)) }
        guard parts.count >= 2, parts.allSatisfy({
            $0.utf8.count(where: ByteClass.isASCIILetter) >= 3 || TailEstimate.isColourIndex(key: $0)
        }) else { return [] }
        return parts
    }

    /// Words of a name whose slash parts are the components of one substance.
    private static let substanceWords = ["polymer", "ferment", "lysate"]

    /// Whether the slash joins the components of one substance, not its aliases: a polymer's monomers
    /// (`vp/va copolymer`), a ferment's substrates (`lactobacillus/honeysuckle flower/... ferment`),
    /// a plant's parts (`epilobium angustifolium flower/leaf/stem extract`).
    var joinsComponents: Bool {
        Self.substanceWords.contains { ByteSearch.contains($0, in: stripped) }
            || slashParts.dropFirst().contains { part in
                let bytes = Array(part.utf8)
                let firstWord = bytes.prefix { $0 != 0x20 }
                return ItemWords.headNouns.contains(bytes, 0..<firstWord.count)
            }
    }

    static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0x20 {
                if let last = out.last, last != 0x20 { out.append(0x20) }
            } else {
                out.append(byte)
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
